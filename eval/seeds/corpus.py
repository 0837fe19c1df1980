"""Real partnership documents as a held-out set: the shared seed documents beside the demo corpus.

The seeds (newsletters, an annual report and a partnership web page from four real English
partnerships, in HTML, PDF and DOCX) are not ours to copy, so they are read from `../shared/seeds/native`
beside the repository and never committed; `questions.jsonl` holds our questions about them, with short
locating phrases only. Run `python -m eval.seeds.corpus DEST` to assemble the corpus `safeguard eval`
indexes: the demo corpus plus the seeds in `DEST/seeds/`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from eval.holdout.build import assemble_full_corpus as assemble_with_demo

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds" / "native"
QUESTIONS = Path(__file__).parent / "questions.jsonl"


def available(seeds: Path = SEEDS) -> bool:
    return seeds.is_dir() and any(seeds.iterdir())


def assemble_full_corpus(dest: Path, seeds: Path = SEEDS) -> Path:
    """Copy the demo corpus (without its build tools) and the seed documents into one folder,
    because the harness indexes one corpus folder."""
    if not available(seeds):
        raise FileNotFoundError(f"no seed documents in {seeds}")
    return assemble_with_demo(dest, held_out=seeds, name="seeds")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m eval.seeds.corpus DEST")
    print(assemble_full_corpus(Path(sys.argv[1])))
