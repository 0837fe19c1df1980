"""Twelfth held-out regression gate: Ravensmouth, a fifteenth fictional partnership, the clean test on arrival.

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
    # Placeholders: the set has not been run. Set these floors from the arrival run (the first evaluation of the
    # product on this set), then tighten them only as the product improves.
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
    FALSE_ALARM_CEILING = 1.0
