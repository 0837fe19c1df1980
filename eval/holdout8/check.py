"""Check the eighth held-out question set (Copperdale) against its documents.

Run from the repository root:  python eval/holdout8/check.py

Copperdale is an eleventh fictional partnership, written without reading how the product ranks or answers, without
asking it anything and without reading any other set's questions; as of its creation it is the clean test. The
checks are eval/holdout/check.py's (grounding in visible text, key fact near it, documents name the partnership and
a date, minimum counts, no overlap with the tuned set), run on this folder. Copperdale's documents carry their own
dates, so any 2026 date near the top is accepted; at least 90% of answerable questions must be on Copperdale's own
documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package is importable
from eval.holdout import check as shared
from eval.holdout2.check import DATE_2026

MINIMUM = {"answerable": 300, "out_of_scope": 50, "urgent": 20}


def main() -> int:
    """Run the shared checks with Copperdale's folder, area, date pattern and minimum counts."""
    return shared.main(HERE, "Copperdale", date=DATE_2026, minimum=MINIMUM, own_share=0.9)


if __name__ == "__main__":
    sys.exit(main())
