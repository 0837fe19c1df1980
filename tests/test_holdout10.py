"""Tenth held-out regression gate: Brindleford, a thirteenth fictional partnership, the clean test on arrival.

eval/holdout10/ (held-out set 11) holds eighteen documents and 507 questions (411 answerable, 69 out of scope, 27
urgent), written blind at the start of the thirteenth session (2026-11-24): without reading how the product ranks or
answers, without reading any other set's questions, and without asking the product anything. About half of its
questions carry no partnership. The corpus evaluated is the demo corpus plus Brindleford. The tests are in
tests/holdout_suite.py.
"""

from __future__ import annotations

from tests.holdout_suite import EVAL, HoldoutSuite


class TestBrindlefordHoldout(HoldoutSuite):
    FOLDER = EVAL / "holdout10"
    AREA = "brindleford"
    MINIMUM = {"answerable": 360, "out_of_scope": 60, "urgent": 24}
    # Placeholders: the set has not been run. The lead engineer measures it on arrival and sets the floors and the
    # false-alarm ceiling from that measurement.
    FLOORS = {
        "recall@5": 0.0,
        "mrr@10": 0.0,
        "ndcg@10": 0.0,
        "cited_correct": 0.0,
        "key_fact": 0.0,
        "key_fact_first": 0.0,
        "refusal_accuracy": 0.0,
        "urgent_recall": 1.0,
    }
    FALSE_ALARM_CEILING = 1.0
