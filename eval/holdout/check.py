"""Check the held-out question set against its documents.

Run from the repository root:  python eval/holdout/check.py

For every answerable question: expected_doc exists (corpus/westvale/* lives under
eval/holdout/corpus/), the grounding phrase (4-12 words) occurs in the document's visible
text, and key_fact occurs close to it. It also checks the Westvale documents name the
partnership and a date near the top, and flags holdout questions that repeat a question or a
(document, key fact) pair of the tuned set eval/questions.jsonl. Exit status 1 on any problem.

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
QUESTIONS = HERE / "questions.jsonl"
TUNED = REPO / "eval" / "questions.jsonl"
PARTNERSHIPS = {"Anyshire", "Brackenford", "Eastmarsh", "National", "Westvale", None}
MINIMUM = {"answerable": 80, "out_of_scope": 25, "urgent": 10}
WINDOW = 450

sys.path.insert(0, str(REPO / "eval"))
from check_questions import extract_text, normalise


def resolve(doc: str) -> Path:
    """corpus/westvale/* is held out here; everything else is the demo corpus."""
    if doc.startswith("corpus/westvale/"):
        return HERE / doc
    return REPO / doc


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def check_answerable(q: dict, cache: dict[str, str]) -> list[str]:
    where, doc = q["id"], q.get("expected_doc")
    if not doc or not resolve(doc).exists():
        return [f"{where}: expected_doc {doc!r} does not exist"]
    if doc not in cache:
        cache[doc] = normalise(extract_text(str(resolve(doc))))
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


def check_westvale_docs() -> list[str]:
    """Each Westvale document names the partnership and states its date near the top."""
    problems = []
    for path in sorted((HERE / "corpus" / "westvale").iterdir()):
        head = normalise(extract_text(str(path)))[:600]
        if "westvale safeguarding children partnership" not in head:
            problems.append(f"{path.name}: partnership not named in its first lines")
        if "3 august 2026" not in head:
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


def main() -> int:
    questions = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    errors, cache = [], {}
    counts = collections.Counter(q.get("kind") for q in questions)
    ids = collections.Counter(q.get("id") for q in questions)
    errors += [f"{i}: duplicate id" for i, n in ids.items() if n > 1]
    for q in questions:
        if q.get("partnership") not in PARTNERSHIPS:
            errors.append(f"{q['id']}: unknown partnership {q.get('partnership')!r}")
        if q.get("kind") == "answerable":
            errors += check_answerable(q, cache)
        elif any(q.get(k) is not None for k in ("expected_doc", "grounding", "key_fact")):
            errors.append(f"{q['id']}: {q.get('kind')} must have null expected_doc, grounding, key_fact")
    errors += check_westvale_docs()
    errors += overlap_with_tuned(questions)
    errors += [f"too few {k}: {counts[k]} < {n}" for k, n in MINIMUM.items() if counts[k] < n]
    by_area = collections.Counter(q["expected_doc"].split("/")[1] for q in questions if q["kind"] == "answerable")
    print("questions:", dict(counts), " answerable by area:", dict(by_area))
    print("(document, key fact) pairs also in the tuned set:", shared_facts(questions) or "none")
    for e in errors:
        print("  -", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
