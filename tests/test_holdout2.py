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
    # Measured 2026-11-23, fifth session (hashing embedder); no rule, word list or threshold was chosen from its
    # failures: recall@5 0.993, mrr@10 0.926, ndcg@10 0.941, cited_correct 0.837, key_fact 0.810, key_fact_first 0.762,
    # refusal_accuracy 0.867, urgent_recall 1.000, urgent_false_alarms 0.085.
    FLOORS = {
        "recall@5": 0.99,
        "mrr@10": 0.92,
        "ndcg@10": 0.94,
        "cited_correct": 0.83,
        "key_fact": 0.8,
        "key_fact_first": 0.76,
        "refusal_accuracy": 0.86,
        "urgent_recall": 1.0,
    }
    FALSE_ALARM_CEILING = 0.09
