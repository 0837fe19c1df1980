"""Check a held-out question set against its documents.

Run from the repository root:  python eval/holdout/check.py

For every answerable question: expected_doc exists (corpus/westvale/* lives under
eval/holdout/corpus/), the grounding phrase (4-12 words) occurs in the document's visible
text, and key_fact occurs close to it. It also checks the Westvale documents name the
partnership and a date near the top, and flags holdout questions that repeat a question or a
(document, key fact) pair of the tuned set eval/questions.jsonl. Exit status 1 on any problem.

main() takes the folder and area, so later held-out sets (eval/holdout2/check.py, Northfold)
run the same checks; its defaults are Westvale's.

Text extraction is independent of the product's ingester (same approach as
eval/check_questions.py): HTML -> text of <main> (or <body>), DOCX -> paragraphs and table
cells, PDF -> pypdf page text, md/txt -> raw text.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
TUNED = REPO / "eval" / "questions.jsonl"
PARTNERSHIPS = {"Anyshire", "Brackenford", "Eastmarsh", "National", None}  # plus the held-out area
MINIMUM = {"answerable": 80, "out_of_scope": 25, "urgent": 10}
WINDOW = 450

sys.path.insert(0, str(REPO / "eval"))
from check_questions import extract_text, normalise


def resolve(doc: str, folder: Path = HERE, area: str = "Westvale") -> Path:
    """corpus/<area>/* is held out in `folder`; everything else is the demo corpus."""
    if doc.startswith(f"corpus/{area.lower()}/"):
        return folder / doc
    return REPO / doc


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def check_answerable(q: dict, cache: dict[str, str], folder: Path = HERE, area: str = "Westvale") -> list[str]:
    where, doc = q["id"], q.get("expected_doc")
    if not doc or not resolve(doc, folder, area).exists():
        return [f"{where}: expected_doc {doc!r} does not exist"]
    if doc not in cache:
        cache[doc] = normalise(extract_text(str(resolve(doc, folder, area))))
    text = cache[doc]
    grounding, key = normalise(q.get("grounding") or ""), normalise(q.get("key_fact") or "")
    problems = []
    if not 4 <= len(grounding.split()) <= 12:
        problems.append(f"{where}: grounding has {len(grounding.split())} words (want 4-12)")
    positions = [m.start() for m in re.finditer(re.escape(grounding), text)] if grounding else []
    if not positions:
        return problems + [f"{where}: grounding not found in {doc}: {q.get('grounding')!r}"]
    if not key or key not in text:
        return problems + [f"{where}: key_fact {q.get('key_fact')!r} not found in {doc}"]
    if not any(key in text[max(0, p - WINDOW): p + len(grounding) + WINDOW] for p in positions):
        problems.append(f"{where}: key_fact {q.get('key_fact')!r} not near grounding in {doc}")
    return problems


def check_area_docs(folder: Path = HERE, area: str = "Westvale", date: str = "3 august 2026") -> list[str]:
    """Each held-out document names the partnership and states its date (a regex) near the top."""
    problems = []
    for path in sorted((folder / "corpus" / area.lower()).iterdir()):
        head = normalise(extract_text(str(path)))[:600]
        if f"{area.lower()} safeguarding children partnership" not in head:
            problems.append(f"{path.name}: partnership not named in its first lines")
        if not re.search(date, head):
            problems.append(f"{path.name}: no date in its first lines")
    return problems


def overlap_with_tuned(questions: list[dict]) -> list[str]:
    """A held-out question must not be a tuned question again (near-identical wording)."""
    tuned = [json.loads(line) for line in TUNED.read_text(encoding="utf-8").splitlines() if line.strip()]
    problems = []
    for q in questions:
        mine = words(q["question"])
        for t in tuned:
            theirs = words(t["question"])
            if mine and len(mine & theirs) / len(mine | theirs) >= 0.6:
                problems.append(f"{q['id']}: wording close to tuned {t['id']}: {t['question']!r}")
    return problems


def shared_facts(questions: list[dict]) -> list[str]:
    """(document, key fact) pairs also asked in the tuned set: reported, not an error."""
    tuned = {(t.get("expected_doc"), normalise(t.get("key_fact") or ""))
             for t in map(json.loads, TUNED.read_text(encoding="utf-8").splitlines()) if t.get("key_fact")}
    return [q["id"] for q in questions
            if q["kind"] == "answerable" and (q["expected_doc"], normalise(q["key_fact"])) in tuned]


def main(folder: Path = HERE, area: str = "Westvale", date: str = "3 august 2026",
         minimum: dict[str, int] = MINIMUM, own_share: float = 0.0) -> int:
    """Check folder/questions.jsonl; `own_share` is the least share of answerable questions on the area's
    own documents."""
    path = folder / "questions.jsonl"
    questions = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    errors, cache = [], {}
    counts = collections.Counter(q.get("kind") for q in questions)
    ids = collections.Counter(q.get("id") for q in questions)
    errors += [f"{i}: duplicate id" for i, n in ids.items() if n > 1]
    for q in questions:
        if q.get("partnership") not in PARTNERSHIPS | {area}:
            errors.append(f"{q['id']}: unknown partnership {q.get('partnership')!r}")
        if q.get("kind") == "answerable":
            errors += check_answerable(q, cache, folder, area)
        elif any(q.get(k) is not None for k in ("expected_doc", "grounding", "key_fact")):
            errors.append(f"{q['id']}: {q.get('kind')} must have null expected_doc, grounding, key_fact")
    errors += check_area_docs(folder, area, date)
    errors += overlap_with_tuned(questions)
    errors += [f"too few {k}: {counts[k]} < {n}" for k, n in minimum.items() if counts[k] < n]
    by_area = collections.Counter(q["expected_doc"].split("/")[1] for q in questions if q["kind"] == "answerable")
    if by_area[area.lower()] < own_share * counts["answerable"]:
        errors.append(f"only {by_area[area.lower()]} of {counts['answerable']} answerable questions are on {area}")
    print("questions:", dict(counts), " answerable by area:", dict(by_area))
    print("(document, key fact) pairs also in the tuned set:", shared_facts(questions) or "none")
    for e in errors:
        print("  -", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
