"""Check the evaluation question set against the demo corpus.

Run from the repository root:  python eval/check_questions.py

For every answerable question it verifies that
  * expected_doc exists,
  * the grounding phrase (4-12 words) occurs in the document's visible text,
  * key_fact occurs in the document, close to the grounding phrase
    (same sentence or paragraph; we allow a window of WINDOW characters).
It also checks the schema of out_of_scope and urgent questions, that ids are
unique, and prints counts by kind.  Exit status is 1 if anything fails.

Text extraction is deliberately simple and independent of the product's
ingester: HTML -> BeautifulSoup get_text of <main> (or <body>), DOCX ->
paragraphs and table cells, PDF -> pypdf page text, md/txt -> raw text.
Comparison is case-insensitive after whitespace, quote and dash normalisation.
"""
import collections
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUESTIONS = os.path.join(ROOT, "eval", "questions.jsonl")
PARTNERSHIPS = {"Anyshire", "Brackenford", "Eastmarsh", "National", None}
KINDS = {"answerable", "out_of_scope", "urgent"}
WINDOW = 450

_TRANS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                        "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def normalise(text):
    return re.sub(r"\s+", " ", text.translate(_TRANS)).strip().lower()


def extract_text(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        soup = BeautifulSoup(open(path, encoding="utf-8").read(), "lxml")
        for tag in soup(["script", "style"]):
            tag.decompose()
        node = soup.find("main") or soup.body or soup
        return node.get_text(" ")
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return open(path, encoding="utf-8").read()


def check_partnerships(cache):
    """corpus/partnerships.yaml must agree with each area's referral and LADO chapters."""
    import yaml
    problems = []
    path = os.path.join(ROOT, "corpus", "partnerships.yaml")
    if not os.path.exists(path):
        return ["corpus/partnerships.yaml is missing"]
    data = yaml.safe_load(open(path, encoding="utf-8"))
    for p in data.get("partnerships", []):
        slug = p["name"].lower()
        for rel, facts in ((f"corpus/{slug}/referral.html",
                            [p["front_door"]["name"], p["front_door"]["phone"], p["front_door"]["email"],
                             p["front_door"]["hours"], p["out_of_hours"]["name"], p["out_of_hours"]["phone"],
                             p["full_name"]]),
                           (f"corpus/{slug}/lado.html", [p["lado"]["phone"], p["lado"]["email"]])):
            full = os.path.join(ROOT, rel)
            if not os.path.exists(full):
                problems.append(f"partnerships.yaml: {rel} does not exist")
                continue
            if rel not in cache:
                cache[rel] = normalise(extract_text(full))
            for fact in facts:
                if normalise(fact) not in cache[rel]:
                    problems.append(f"partnerships.yaml: {p['name']} fact {fact!r} not found in {rel}")
    return problems


def main():
    errors = []
    counts = collections.Counter()
    by_doc = collections.Counter()
    cache = {}
    ids = set()
    with open(QUESTIONS, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
            continue
        qid = q.get("id")
        where = f"{qid} (line {n})"
        for key in ("id", "question", "partnership", "kind", "expected_doc", "grounding", "key_fact"):
            if key not in q:
                errors.append(f"{where}: missing field {key}")
        if qid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(qid)
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append(f"{where}: unknown kind {kind!r}")
            continue
        if q.get("partnership") not in PARTNERSHIPS:
            errors.append(f"{where}: unknown partnership {q.get('partnership')!r}")
        if not (q.get("question") or "").strip():
            errors.append(f"{where}: empty question")
        counts[kind] += 1
        doc = q.get("expected_doc")
        if kind == "out_of_scope":
            if doc is not None or q.get("grounding") is not None or q.get("key_fact") is not None:
                errors.append(f"{where}: out_of_scope must have null expected_doc, grounding, key_fact")
            continue
        if kind == "urgent":
            if q.get("key_fact") is not None:
                errors.append(f"{where}: urgent must have null key_fact")
            if doc is not None and not os.path.exists(os.path.join(ROOT, doc)):
                errors.append(f"{where}: expected_doc {doc} does not exist")
            continue
        # answerable
        if not doc or not os.path.exists(os.path.join(ROOT, doc)):
            errors.append(f"{where}: expected_doc {doc!r} does not exist")
            continue
        by_doc[doc] += 1
        if doc not in cache:
            cache[doc] = normalise(extract_text(os.path.join(ROOT, doc)))
        text = cache[doc]
        grounding = normalise(q.get("grounding") or "")
        key = normalise(q.get("key_fact") or "")
        nwords = len(grounding.split())
        if not 4 <= nwords <= 12:
            errors.append(f"{where}: grounding has {nwords} words (want 4-12)")
        if not key:
            errors.append(f"{where}: empty key_fact")
            continue
        positions = [m.start() for m in re.finditer(re.escape(grounding), text)] if grounding else []
        if not positions:
            errors.append(f"{where}: grounding not found in {doc}: {q.get('grounding')!r}")
            continue
        if key not in text:
            errors.append(f"{where}: key_fact {q.get('key_fact')!r} not found in {doc}")
            continue
        near = any(key in text[max(0, p - WINDOW): p + len(grounding) + WINDOW] for p in positions)
        if not near:
            errors.append(f"{where}: key_fact {q.get('key_fact')!r} not near grounding in {doc}")

    errors.extend(check_partnerships(cache))

    corpus_docs = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, "corpus")):
        dirnames[:] = [d for d in dirnames if not d.startswith("_")]
        for fn in filenames:
            if fn.endswith((".html", ".pdf", ".docx", ".md", ".txt")):
                corpus_docs.append(os.path.relpath(os.path.join(dirpath, fn), ROOT))
    uncovered = sorted(d for d in corpus_docs if by_doc[d] == 0)

    print(f"questions: {len(lines)}  " + "  ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    print(f"documents in corpus: {len(corpus_docs)}; documents with answerable questions: "
          f"{len(corpus_docs) - len(uncovered)}")
    if uncovered:
        print("documents without answerable questions:", ", ".join(uncovered))
    if counts["answerable"] < 160 or counts["out_of_scope"] < 30 or counts["urgent"] < 15:
        errors.append("too few questions: need >=160 answerable, >=30 out_of_scope, >=15 urgent")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
