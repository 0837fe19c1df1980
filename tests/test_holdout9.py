"""Ninth held-out regression gate: Mossbury, a twelfth fictional partnership, the clean test on
arrival and a development set since the thirteenth session.

eval/holdout9/ (held-out set 10) holds sixteen documents and 460 questions (374 answerable, 62 out of scope, 24 urgent)
written blind: without reading how the product ranks or answers, without reading any other set's questions, and
without asking the product anything. About half of its questions carry no partnership. The corpus evaluated is the
demo corpus plus Mossbury. The tests are in tests/holdout_suite.py.
"""

from __future__ import annotations

from tests.holdout_suite import EVAL, HoldoutSuite


class TestMossburyHoldout(HoldoutSuite):
    FOLDER = EVAL / "holdout9"
    AREA = "mossbury"
    MINIMUM = {"answerable": 300, "out_of_scope": 50, "urgent": 20}
    # Measured 2026-11-23, twelfth session, on arrival (hashing embedder, main at ef0f23e with this set):
    # recall@5 0.936, mrr@10 0.826, ndcg@10 0.855, cited_correct 0.816, key_fact 0.802, key_fact_first 0.684,
    # refusal_accuracy 0.581, urgent_recall 1.000, urgent_false_alarms 0.064. At that session's end (changes chosen
    # on Copperdale): 0.936 (350 of 374), 0.827, 0.856, 0.818 (306), 0.805 (301), 0.682 (255), refusal 0.581 (36 of
    # 62). Its failures were first read in the thirteenth session (2026-11-24), when Brindleford
    # (tests/test_holdout10.py) became the clean test. Below the targets: these floors guard against regression.
    # Thirteenth session, its failures read: key_fact 0.807 (302), key_fact_first 0.687 (257), refusal 0.677 (42 of
    # 62), urgent_false_alarms 0.055.
    # Fourteenth session (a document's own question brings its answer): key_fact 0.816 (305).
    FLOORS = {
        "recall@5": 0.93,
        "mrr@10": 0.82,
        "ndcg@10": 0.85,
        "cited_correct": 0.815,
        "key_fact": 0.815,
        "key_fact_first": 0.685,
        "refusal_accuracy": 0.72,
        "urgent_recall": 1.0,
    }
    FALSE_ALARM_CEILING = 0.06
