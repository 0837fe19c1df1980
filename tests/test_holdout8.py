"""Eighth held-out regression gate: Copperdale, an eleventh fictional partnership, the clean test.

Greyholm (tests/test_holdout7.py) became a development set when this one arrived: its failures were read.

eval/holdout8/ (held-out set 9) holds sixteen documents and 458 questions written without reading how the
product ranks or answers, without reading any other set's questions, and without asking the product anything.
About 45% of its questions carry no partnership. The corpus evaluated is the demo corpus plus Copperdale.
The tests are in tests/holdout_suite.py.
"""

from __future__ import annotations

from tests.holdout_suite import EVAL, HoldoutSuite


class TestCopperdaleHoldout(HoldoutSuite):
    FOLDER = EVAL / "holdout8"
    AREA = "copperdale"
    MINIMUM = {"answerable": 300, "out_of_scope": 50, "urgent": 20}
    # Measured 2026-11-23, eleventh session, on arrival (hashing embedder, main at a48b912): recall@5 0.939,
    # mrr@10 0.843, ndcg@10 0.871, cited_correct 0.777, key_fact 0.737, key_fact_first 0.657, refusal_accuracy 0.617,
    # urgent_recall 0.955 (one message missed: a child's note saying "help me"), urgent_false_alarms 0.062. At the end
    # of that session: 0.941, 0.848, 0.876, 0.785, 0.745, 0.670 (252 of 376), refusal 0.600 (36 of 60), urgent
    # recall 1.000 after the plea-for-help rule. Below the targets: these floors guard against regression.
    # Twelfth session: read as a development set once Mossbury (test_holdout9.py) arrived; at its end 0.944 (355 of
    # 376), 0.856, 0.881, cited 0.819 (308), key fact 0.774 (291), first 0.689 (259), refusal 0.617 (37 of 60).
    # Thirteenth session: refusal 0.650 (39 of 60).
    FLOORS = {
        "recall@5": 0.94,
        "mrr@10": 0.85,
        "ndcg@10": 0.875,
        "cited_correct": 0.815,
        "key_fact": 0.77,
        "key_fact_first": 0.685,
        "refusal_accuracy": 0.66,
        "urgent_recall": 1.0,
    }
    FALSE_ALARM_CEILING = 0.07
