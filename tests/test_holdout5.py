"""Fifth held-out regression gate: Larkhaven, an eighth fictional partnership, the clean test.

eval/holdout5/ (held-out set 6) holds fourteen documents and 290 questions written without reading how the
product ranks or answers, and without asking it anything. About half its answerable questions name no area and
carry no partnership, though the demo areas hold chapters on some of the same subjects. The corpus evaluated is
the demo corpus plus Larkhaven. The tests are in tests/holdout_suite.py.
"""

from __future__ import annotations

from tests.holdout_suite import EVAL, HoldoutSuite


class TestLarkhavenHoldout(HoldoutSuite):
    FOLDER = EVAL / "holdout5"
    AREA = "larkhaven"
    MINIMUM = {"answerable": 180, "out_of_scope": 35, "urgent": 15}
    # floors set from the first measurement
    FLOORS = {
        "recall@5": 0.0,
        "mrr@10": 0.0,
        "ndcg@10": 0.0,
        "cited_correct": 0.0,
        "key_fact": 0.0,
        "key_fact_first": 0.0,
        "refusal_accuracy": 0.0,
        "urgent_recall": 0.0,
    }
    FALSE_ALARM_CEILING = 1.0  # floors set from the first measurement
