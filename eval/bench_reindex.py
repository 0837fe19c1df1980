"""Re-index benchmark: full build vs unchanged re-index vs a 5% change, measured in one run.

    python -m eval.bench_reindex [--docs 1000] [--changed 0.05] [--out bench-reindex.json]

Generates a synthetic corpus (our own filler text), builds it from scratch,
re-indexes it unchanged, edits a share of the documents and re-indexes, then
builds the edited corpus from scratch again. Figures are wall and CPU seconds
and ratios against the full build of the same run. Uses the offline hashing
embedder unless --model is given (a real model makes embedding, and so the
full build, far more expensive, and the incremental ratios smaller).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from index.embedders import load_embedder
from index.indexer import Index

WORDS = ["child", "family", "practitioner", "referral", "concern", "assessment", "plan", "school", "health", "police", "social", "worker", "strategy", "meeting", "threshold", "support", "record", "consent", "share", "information", "risk", "harm", "neglect", "visit", "review", "manager", "supervision", "escalate", "partnership", "procedure", "chapter", "timescale", "working", "days"]


def paragraph(rng: random.Random, n: int = 60) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def write_doc(path: Path, i: int, edition: int) -> None:
    rng = random.Random(i * 7919 + edition)
    sections = "\n\n".join(f"## Section {s}\n\n{paragraph(rng)}\n\n{paragraph(rng)}" for s in range(1, 4))
    path.write_text(f"# Procedure chapter {i}\n\nAnyshire Safeguarding Children Partnership. Edition {edition}.\n\n"
                    f"{sections}\n")


def timed(fn) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--changed", type=float, default=0.05)
    ap.add_argument("--model", default="hashing")
    ap.add_argument("--out", type=Path, default=Path("bench-reindex.json"))
    args = ap.parse_args()
    embedder = load_embedder(args.model, offline=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for i in range(args.docs):
            write_doc(corpus / f"chapter-{i:05d}.md", i, 1)

        index = Index(Path(tmp) / "data", embedder)
        full, full_wall, full_cpu = timed(lambda: index.ingest([corpus], partnership="Anyshire"))
        same, same_wall, same_cpu = timed(lambda: index.ingest([corpus], partnership="Anyshire"))
        n_changed = max(1, int(args.docs * args.changed))
        for i in random.Random(1).sample(range(args.docs), n_changed):
            write_doc(corpus / f"chapter-{i:05d}.md", i, 2)
        inc, inc_wall, inc_cpu = timed(lambda: index.ingest([corpus], partnership="Anyshire"))
        _, reload_wall, reload_cpu = timed(lambda: Index(Path(tmp) / "data", embedder))

        fresh = Index(Path(tmp) / "data-fresh", embedder)
        _, full2_wall, full2_cpu = timed(lambda: fresh.ingest([corpus], partnership="Anyshire"))
    result = {
        "docs": args.docs, "passages": index.store.count(), "embedder": embedder.name, "changed_docs": n_changed,
        "full_build_s": {"wall": full_wall, "cpu": full_cpu},
        "unchanged_reindex_s": {"wall": same_wall, "cpu": same_cpu},
        "changed_reindex_s": {"wall": inc_wall, "cpu": inc_cpu},
        "full_rebuild_after_change_s": {"wall": full2_wall, "cpu": full2_cpu},
        "reader_open_s": {"wall": reload_wall, "cpu": reload_cpu},
        "ratio_unchanged_vs_full": same_wall / full_wall,
        "ratio_changed_vs_full_rebuild": inc_wall / full2_wall,
        "reports": {"full": full.summary(), "unchanged": same.summary(), "changed": inc.summary()},
    }
    args.out.write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
