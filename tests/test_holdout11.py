"""Eleventh held-out regression gate: Kelbridge, a fourteenth fictional partnership, the clean test on arrival.

eval/holdout11/ (held-out set 12) holds eighteen documents and 525 questions (428 answerable, 70 out of scope, 27
urgent), written blind at the start of the fourteenth session (2026-11-24): without reading how the product ranks or
answers, without reading any other set's questions, and without asking the product anything. Over half of its
questions (290) carry no partnership. The corpus evaluated is the demo corpus plus Kelbridge. The tests are in
tests/holdout_suite.py.
"""

from __future__ import annotations

from tests.holdout_suite import EVAL, HoldoutSuite


class TestKelbridgeHoldout(HoldoutSuite):
    """Written blind at the start of the fourteenth session (2026-11-24); placeholder floors, not yet run."""

    FOLDER = EVAL / "holdout11"
    AREA = "kelbridge"
    MINIMUM = {"answerable": 380, "out_of_scope": 62, "urgent": 24}
    # Placeholders until the set's first run: every floor is 0.0 and the false-alarm ceiling 1.0, so the gate checks
    # only that the set runs, is large enough, keeps scoped answers in their area and keeps answers short.
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
