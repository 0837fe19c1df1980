"""The quality gate: the evaluation on the demo corpus must not fall below measured floors.

Floors are set from measurement (README, "Evaluation") a little under the
latest figures, and only ever go up. A change that makes answers worse for
practitioners fails here.
"""

from __future__ import annotations

import pytest

from eval.harness import evaluate

# Measured 2026-11-23, fifth session (hashing embedder): recall@5 0.977, mrr@10 0.880, ndcg@10 0.905,
# cited_correct 0.905, key_fact 0.883, key_fact_first 0.758, refusal_accuracy 1.000 (32 of 32), urgent_procedure
# 0.857 (12 of 14), urgent_false_alarms 0.027 (8 of 296 questions describing no child at risk). Ninth session of
# 2026-11-23: key_fact_first 0.765. Twelfth session: key_fact 0.879 (232 of 264): a question scoped to Eastmarsh
# ("does family have to agree to early help") is now answered from national guidance's glossary, in reach of a scoped
# request since that session, which answers 22 more questions on five areas' sets asked as deployments. Thirteenth
# session: key_fact 0.883 (233) again: the area's own sentence leads when national guidance scores only a little better.
FLOORS = {
    "recall@5": 0.975,
    "mrr@10": 0.875,
    "ndcg@10": 0.9,
    "cited_correct": 0.9,
    "key_fact": 0.88,
    "key_fact_first": 0.76,
    "refusal_accuracy": 0.99,
    "urgent_procedure": 0.85,
}
FALSE_ALARM_CEILING = 0.03


@pytest.fixture(scope="module")
def report() -> dict:
    return evaluate(with_baseline=True)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_metric_at_or_above_floor(report: dict, metric: str) -> None:
    value = report["systems"]["ours"][metric]
    assert value >= FLOORS[metric], f"{metric} fell to {value:.3f} (floor {FLOORS[metric]})"


def test_few_questions_get_the_urgent_banner_without_cause(report: dict) -> None:
    """A banner on every other question teaches practitioners to skip it."""
    assert report["systems"]["ours"]["urgent_false_alarms"] <= FALSE_ALARM_CEILING


def test_scoped_answers_never_use_another_partnership(report: dict) -> None:
    assert report["cross_area"]["ours"] == []


def test_no_answer_offers_the_old_lado_number(report: dict) -> None:
    """The July update retired the LADO's old number: no answer gives it as current."""
    assert report["stale"]["ours"] == []


def test_answers_stay_short(report: dict) -> None:
    assert report["systems"]["ours"]["median_answer_words"] <= 60


def test_beats_the_plain_llama_index_baseline(report: dict) -> None:
    ours, base = report["systems"]["ours"], report["systems"]["baseline"]
    for metric in ("recall@5", "mrr@10", "cited_correct", "key_fact"):
        assert ours[metric] > base[metric], metric
    assert report["questions"]["answerable"] >= 150


def test_a_passage_is_judged_as_its_citation_shows_it() -> None:
    """A grounding phrase may be the section heading ("Chapters reviewed with no change"): the passage under
    it grounds the answer; a passage from another document, or one not holding the phrase, does not."""
    from eval.harness import Question, is_relevant, passage_hit
    from safeguard.model import Passage

    q = Question("t1", "which chapters were reviewed with no change", "answerable", None,
                 "corpus/eastmarsh/amendments.html", "Chapters reviewed with no change", "Missing Children")

    def passage(source: str, heading: str, text: str) -> Passage:
        return Passage("p", "d", text, (heading,), None, 0, "Amendments", "Eastmarsh", "amendments", source, None)

    assert is_relevant(q, passage_hit(passage("/c/eastmarsh/amendments.html", "Chapters reviewed with no change",
                                              "Allegations; Missing Children.")))
    assert not is_relevant(q, passage_hit(passage("/c/eastmarsh/amendments.html", "New chapters", "Early help.")))
    assert not is_relevant(q, passage_hit(passage("/c/anyshire/amendments.html", "Chapters reviewed with no change",
                                                  "Allegations.")))


def test_a_table_row_grounds_a_phrase_copied_from_the_printed_table() -> None:
    """A question writer copies a table row as it is printed ("Section 47 enquiries 784 812"); the parsers
    write it with its column headers ("Measure: Section 47 enquiries; 2024-25: 784; ..."). The row is the
    grounding passage all the same; a row of other figures, or another document's row, is not."""
    from eval.harness import Hit, Question, is_relevant

    q = Question("t2", "number of s47s in 2025-26", "answerable", None, "corpus/x/annual.pdf",
                 "Section 47 enquiries 784 812", "812")
    row = ("Activity\nMeasure: Contacts; 2024-25: 9,846; 2025-26: 10,372\n"
           "Measure: Section 47 enquiries; 2024-25: 784; 2025-26: 812")
    assert is_relevant(q, Hit(source="/c/x/annual.pdf", text=row, partnership="X"))
    assert not is_relevant(q, Hit(source="/c/x/annual.pdf", text=row.replace("784", "785"), partnership="X"))
    assert not is_relevant(q, Hit(source="/c/y/annual.pdf", text=row, partnership="Y"))
