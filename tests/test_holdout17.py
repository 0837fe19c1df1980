"""Seventeenth held-out regression gate: Ottersley, a twentieth fictional partnership, the clean test.

eval/holdout17/ (held-out set 18) holds twenty-three documents (procedure pages, a newsletter, a practice notice,
two Word guides, two PDFs) and 584 questions (474 answerable, 78 out of scope, 32 urgent), written blind at the start
of the twentieth session (2026-11-24): without reading how the product ranks or answers, without reading any other
set's questions, and without asking the product anything. Most of its questions (389) carry no partnership.
Ottersley is a former mill town in a river valley with a reservoir and country park, an army garrison and its service
families, a prison with a visitors' centre, two council Traveller sites, a refuge network, and language schools that
place students in homestays (private fostering); county lines come up the valley railway. Its front door is
Millrace. A later practice notice changes some of its pages' values (a new number for return talks after a child goes
missing, new hours for the front door's advice line, unborn babies referred by 12 weeks of pregnancy instead of 16, a
new private fostering email address, MARAC every week instead of every two). Its neighbour, Hollinsby, has no
documents, and some out-of-scope questions ask about it. The corpus evaluated is the demo corpus plus Ottersley. The
tests are in tests/holdout_suite.py.
"""

from __future__ import annotations

from tests.holdout_suite import EVAL, HoldoutSuite


class TestOttersleyHoldout(HoldoutSuite):
    FOLDER = EVAL / "holdout17"
    AREA = "ottersley"
    MINIMUM = {"answerable": 425, "out_of_scope": 68, "urgent": 27}
    # Measured 2026-11-24, twentieth session, on arrival (hashing embedder, main at 93ad375 plus the set): recall@5
    # 0.907, mrr@10 0.805, ndcg@10 0.833, cited_correct 0.764, key_fact 0.759, key_fact_first 0.667,
    # refusal_accuracy 0.782 (61 of 78), urgent_recall 1.0 (32 of 32), urgent_false_alarms 0.067; as an Ottersley
    # deployment 0.941, 0.853, 0.877, 0.806, 0.793, 0.694, refusal 0.795. Baseline in the same run: 0.831, 0.698,
    # 0.743, 0.323, 0.346, 0.346, refusal 0.0 (it cited another area 45 times and gave a retired contact 4 times). No
    # question has been read. Below the targets on every answer measure: these floors guard against regression, a
    # little under the figures because the vector index's neighbour graph is not built identically on every run.
    FLOORS = {
        "recall@5": 0.90,
        "mrr@10": 0.80,
        "ndcg@10": 0.82,
        "cited_correct": 0.75,
        "key_fact": 0.75,
        "key_fact_first": 0.66,
        "refusal_accuracy": 0.76,
        "urgent_recall": 1.0,
    }
    FALSE_ALARM_CEILING = 0.065  # 0.062 since the twentieth session's urgency change (0.067 on arrival)
