"""Check the fifth held-out question set (Larkhaven) against its documents.

Run from the repository root:  python eval/holdout5/check.py

Larkhaven is an eighth fictional partnership, written without reading how the product ranks or answers and
without asking it anything; as of its creation it is the clean test. The checks are eval/holdout/check.py's
(grounding in visible text, key fact near it, documents name the partnership and a date, minimum counts, no
overlap with the tuned set), run on this folder. Larkhaven's documents carry their own dates, so any 2026 date
near the top is accepted; at least 90% of answerable questions must be on Larkhaven's own documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package is importable
from eval.holdout import check as shared
from eval.holdout2.check import DATE_2026

MINIMUM = {"answerable": 180, "out_of_scope": 35, "urgent": 15}


def main() -> int:
    """Run the shared checks with Larkhaven's folder, area, date pattern and minimum counts."""
    return shared.main(HERE, "Larkhaven", date=DATE_2026, minimum=MINIMUM, own_share=0.9)


if __name__ == "__main__":
    sys.exit(main())
