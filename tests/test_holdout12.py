"""Twelfth held-out regression gate: Ravensmouth, a fifteenth fictional partnership, the clean test.

eval/holdout12/ (held-out set 13) holds twenty documents (sixteen web pages, two Word guides, two PDFs) and 557
questions (455 answerable, 73 out of scope, 29 urgent), written blind at the start of the fifteenth session
(2026-11-24): without reading how the product ranks or answers, without reading any other set's questions, and without
asking the product anything. Over half of its questions (394) carry no partnership. The corpus evaluated is the demo
corpus plus Ravensmouth. The tests are in tests/holdout_suite.py.
"""

from __future__ import annotations

from tests.holdout_suite import EVAL, HoldoutSuite


class TestRavensmouthHoldout(HoldoutSuite):
    FOLDER = EVAL / "holdout12"
    AREA = "ravensmouth"
    MINIMUM = {"answerable": 409, "out_of_scope": 65, "urgent": 26}
    # Measured 2026-11-24, fifteenth session, on arrival (hashing embedder, main at 53ee1c9): recall@5 0.956, mrr@10
    # 0.868, ndcg@10 0.890, cited_correct 0.820 (373 of 455), key_fact 0.758 (345), key_fact_first 0.666 (303),
    # refusal_accuracy 0.589 (43 of 73), urgent_recall 0.966 (28 of 29), urgent_false_alarms 0.104; as a Ravensmouth
    # deployment 0.978, 0.892, 0.912, 0.840, 0.771, 0.673, refusal 0.575. The one urgent message missed, and one
    # answerable question the check of that fix showed, were read (for safety, so urgent recall here is no longer
    # blind); no other question has been read. At the session's end (changes chosen on Kelbridge): recall@5 0.956,
    # mrr@10 0.869, ndcg@10 0.891, cited_correct 0.824 (375), key_fact 0.763 (347), key_fact_first 0.675 (307),
    # refusal 0.603 (44), urgent_recall 1.000, urgent_false_alarms 0.106; as a deployment 0.978, 0.892, 0.913, 0.844,
    # 0.776, 0.681, refusal 0.589. Far below the targets: these floors guard against regression.
    # Sixteenth session (a development set now, its failures read): recall@5 0.956, mrr@10 0.870, ndcg@10 0.891,
    # cited_correct 0.833, key_fact 0.771, key_fact_first 0.688, refusal 0.630 (46 of 73), urgent 1.000, false
    # alarms 0.106; as a deployment 0.978, 0.893, 0.913, 0.853, 0.785, 0.695, refusal 0.616.
    FLOORS = {
        "recall@5": 0.955,
        "mrr@10": 0.865,
        "ndcg@10": 0.89,
        "cited_correct": 0.83,
        "key_fact": 0.77,
        "key_fact_first": 0.68,
        "refusal_accuracy": 0.68,
        "urgent_recall": 1.0,
    }
    FALSE_ALARM_CEILING = 0.11
