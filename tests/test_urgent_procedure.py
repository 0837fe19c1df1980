"""After urgent signposting, the area's procedure for that kind of risk (demo corpus, real index)."""

from __future__ import annotations

import pytest

from bot.assistant import PROCEDURES_SAY, URGENT_PREFIX, Assistant
from bot.safety import assess_urgency
from bot.urgent_topics import ALLEGATION, IMAGES, REFERRAL, topics
from safeguard.settings import Settings
from tests.conftest import REPO


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant = Assistant(Settings(data_dir=tmp_path_factory.mktemp("urgent") / "data"))
    assistant.index.ingest([REPO / "corpus"])
    return assistant


def _topics(message: str) -> list[str]:
    return [t.question for t in topics(message, assess_urgency(message).reasons)]


def test_the_kind_of_risk_picks_the_procedure_and_immediate_danger_comes_last() -> None:
    assert _topics("a child has told me a teacher touched her inappropriately today")[0] == ALLEGATION.question
    assert ALLEGATION.question not in _topics("I'm a teacher and a pupil told me her dad hits her at home")
    assert _topics("a pupil told me her family are taking her abroad next week to be cut")[0].startswith("FGM")
    assert _topics("student is being blackmailed with nudes, they will be posted tonight")[0] == IMAGES.question
    assert all(_topics(m)[-1] == REFERRAL.question for m in (
        "a 15 year old told me he's going to kill himself tonight", "a girl says her stepdad hits her"))


def test_signposting_first_then_the_areas_bruising_protocol(bot: Assistant) -> None:
    answer = bot.answer("just found a 3 month old with bruising on her cheek at a home visit", "Anyshire").answer
    assert answer.urgent and answer.text.startswith(URGENT_PREFIX)
    assert answer.text.index("999") < answer.text.index(PROCEDURES_SAY)
    assert {c.passage.source.rsplit("/", 1)[-1] for c in answer.citations} == {"bruising-non-mobile-babies.html"}
    assert all(c.passage.partnership == "Anyshire" for c in answer.citations)


def test_an_area_without_that_chapter_gets_its_immediate_danger_procedure(bot: Assistant) -> None:
    """Eastmarsh has no FGM chapter: the follow-on is its own referral procedure, never Anyshire's FGM one."""
    answer = bot.answer("a pupil told me her family are taking her abroad next week to be cut", "Eastmarsh").answer
    assert answer.urgent and PROCEDURES_SAY in answer.text
    assert {c.passage.source.rsplit("/", 1)[-1] for c in answer.citations} == {"referral.html"}
    assert {c.passage.partnership for c in answer.citations} == {"Eastmarsh"}


@pytest.mark.parametrize("message", ["a 15 year old told me he's going to kill himself tonight",
                                     "a girl in year 8 just told me her stepdad hits her and she's scared to go home"])
def test_a_disclosure_is_followed_by_the_referral_procedure_not_a_story_like_it(bot: Assistant, message: str) -> None:
    """"A 15 year old told me ...": the child's age and "told" are in every story a learning briefing tells, so
    they must not make one of those stories the answer; the area's immediate-danger procedure follows."""
    answer = bot.answer(message, "Anyshire").answer
    assert answer.urgent and PROCEDURES_SAY in answer.text
    assert {c.passage.source.rsplit("/", 1)[-1] for c in answer.citations} == {"referral.html"}


def test_an_allegation_against_staff_follows_with_the_lado(bot: Assistant) -> None:
    answer = bot.answer("a child has told me a teacher touched her inappropriately today", "Brackenford").answer
    assert answer.urgent and "01632 960350" in answer.text.split(PROCEDURES_SAY)[1]  # Brackenford's LADO line


def test_no_area_no_procedure_after_signposting(bot: Assistant) -> None:
    """Without a known area the follow-on could be another area's procedure and numbers: none is given."""
    answer = bot.answer("mum has just phoned me saying her partner is outside with a knife").answer
    assert answer.urgent and PROCEDURES_SAY not in answer.text and answer.citations == []


def test_the_whole_urgent_reply_stays_within_the_word_limit(tmp_path) -> None:
    """Signposting comes first and the procedure after it; the two together stay within max_answer_words,
    so the follow-on is shortened rather than the reply running long when a practitioner has least time."""
    short = Assistant(Settings(data_dir=tmp_path / "data", max_answer_words=100))
    short.index.ingest([REPO / "corpus"])
    for message in ("just found a 3 month old with bruising on her cheek at a home visit",
                    "a pupil told me her family are taking her abroad next week to be cut"):
        answer = short.answer(message, "Anyshire").answer
        assert answer.urgent and PROCEDURES_SAY in answer.text
        assert len(answer.text.split()) <= 100
