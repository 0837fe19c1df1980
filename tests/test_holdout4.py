"""Fourth held-out regression gate: Fenwarden, a seventh fictional partnership, a development set since Larkhaven.

eval/holdout4/ holds twelve documents and 257 questions written without reading how the product ranks or
answers, and without asking it anything. Measured once, on arrival, with no change chosen from it, it was the
clean test until Larkhaven (tests/test_holdout5.py) arrived; its failures have been read since. About half its questions
name no area and carry no partnership, though the demo areas hold chapters on the same subjects. The corpus
evaluated is the demo corpus plus Fenwarden. The tests are in tests/holdout_suite.py.
"""

from __future__ import annotations

from tests.holdout_suite import EVAL, HoldoutSuite


class TestFenwardenHoldout(HoldoutSuite):
    FOLDER = EVAL / "holdout4"
    AREA = "fenwarden"
    MINIMUM = {"answerable": 150, "out_of_scope": 30, "urgent": 13}
    # Measured 2026-11-23, sixth session, on arrival (hashing embedder): recall@5 0.885, mrr@10 0.730, ndcg@10 0.777,
    # cited_correct 0.622, key_fact 0.646, key_fact_first 0.545, refusal_accuracy 0.636, urgent_recall 1.000,
    # urgent_false_alarms 0.095. Far below the other sets: these floors guard against regression, not a target.
    # Seventh session: read as a development set once Larkhaven (test_holdout5.py) arrived; answers under each
    # area's name lifted cited_correct to 0.646 and key_fact to 0.656.
    # Eighth session: plain words and hyphenated shorthand, an instruction after its condition, and near-miss
    # checks (a span's end year, a place is not a person, a postcode, a fee, an age band is no count): recall@5
    # 0.900, mrr@10 0.750, ndcg@10 0.795, cited_correct 0.689, key_fact 0.689, key_fact_first 0.569,
    # refusal_accuracy 0.848.
    # Twelfth session: key_fact_first 117/209 (0.5598): a scoped question's national glossary row now outscores a
    # conference timescale that had carried the fact in a wrongly cited answer; the floor sits under the fraction.
    # Thirteenth session: refusal 0.879 (29 of 33).
    # Fourteenth session: cited_correct 0.699 (146 of 209).
    FLOORS = {
        "recall@5": 0.89,
        "mrr@10": 0.74,
        "ndcg@10": 0.79,
        "cited_correct": 0.695,
        "key_fact": 0.68,
        "key_fact_first": 0.555,
        "refusal_accuracy": 0.875,
        "urgent_recall": 1.0,
    }
    FALSE_ALARM_CEILING = 0.1
