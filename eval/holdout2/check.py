"""Check the second held-out question set (Northfold) against its documents.

Run from the repository root:  python eval/holdout2/check.py

The checks are eval/holdout/check.py's (grounding in visible text, key fact near it, documents name
the partnership and a date, minimum counts, no overlap with the tuned set), run on this folder.
Northfold's documents carry different dates, so any 2026 date near the top is accepted, and at least
90% of answerable questions must be on Northfold's own documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package is importable
from eval.holdout import check as shared
from index.periods import MONTH_NAMES

MONTHS = "|".join(MONTH_NAMES)
DATE_2026 = rf"\b\d{{1,2}} ({MONTHS}) 2026\b"
MINIMUM = {"answerable": 100, "out_of_scope": 28, "urgent": 12}


def main() -> int:
    """Run the shared checks with Northfold's folder, area, date pattern and minimum counts."""
    return shared.main(HERE, "Northfold", date=DATE_2026, minimum=MINIMUM, own_share=0.9)


if __name__ == "__main__":
    sys.exit(main())
