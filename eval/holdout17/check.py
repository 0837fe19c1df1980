"""Check the seventeenth held-out question set (Ottersley) against its documents.

Run from the repository root:  python eval/holdout17/check.py

Ottersley is a twentieth fictional partnership, written blind: without reading how the product ranks or answers,
without asking it anything and without reading any other set's questions, so on arrival it is the clean test. The
checks are the shared ones in eval/holdout/check.py (grounding found in visible text with the key fact close by, each
document naming the partnership and a date near its top, minimum counts, no near-copies of tuned questions), run on
this folder. Any 2026 date near the top is accepted (the pattern is written out here, so checking the set imports
nothing from the product), and at least 90% of answerable questions must be on Ottersley's own documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package is importable
from eval.holdout import check as shared

MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
DATE_2026 = rf"\b\d{{1,2}} ({MONTHS}) 2026\b"  # matched against lower-cased text
MINIMUM = {"answerable": 425, "out_of_scope": 68, "urgent": 27}


def main() -> int:
    """Run the shared checks with Ottersley's folder, area, date pattern and minimum counts."""
    return shared.main(HERE, "Ottersley", date=DATE_2026, minimum=MINIMUM, own_share=0.9)


if __name__ == "__main__":
    sys.exit(main())
