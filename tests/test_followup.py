"""Follow-up questions retrieve as the full question would, with and without a model.

Real demo corpus, real index; the model (when there is one) is the fake
OpenAI-compatible server on 127.0.0.1.
"""

from __future__ import annotations

import logging

import pytest

from bot.assistant import Assistant
from bot.followup import AreaFinder, is_follow_up, rule_rewrite
from safeguard.settings import Settings
from tests.conftest import REPO
from tests.fake_llm import FakeLLM, cite_passage_with, cite_passage_with_phone, malformed, says, slow

MASH = "What is the Anyshire MASH number?"
LADO = "What is the LADO phone number in Anyshire?"
AREAS = AreaFinder(["Anyshire", "Brackenford", "Eastmarsh", "Kent", "Cornwall"])


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant = Assistant(Settings(data_dir=tmp_path_factory.mktemp("followup") / "data"))
    assistant.index.ingest([REPO / "corpus"])
    return assistant


@pytest.fixture(scope="module")
def fake() -> FakeLLM:
    server = FakeLLM().start()
    yield server
    server.stop()


@pytest.fixture
def llm_bot(bot: Assistant, fake: FakeLLM) -> Assistant:
    fake.reset()
    settings = Settings(data_dir=bot.settings.data_dir, llm_base_url=fake.url, llm_model="fake", llm_timeout=1.5)
    return Assistant(settings, index=bot.index)


def conversation(bot: Assistant, *messages: str):
    """Ask in one session; the last Reply and the session."""
    reply = None
    for message in messages:
        reply = bot.answer(message, session_id=reply.session_id if reply else None)
    return reply, bot.sessions.get(reply.session_id)


def cited_text(answer) -> str:
    return " ".join(c.passage.text for c in answer.citations)


# -- detection and rewriting (rules) ------------------------------------------------

@pytest.mark.parametrize("message", [
    "and out of hours?", "what about in Brackenford?", "How about Eastmarsh?", "and in Brackenford?",
    "what if the child is 17?", "who do I tell about it?", "what's the number?", "And the email?",
])
def test_follow_ups_are_recognised(message: str) -> None:
    assert is_follow_up(message, LADO, AREAS)


@pytest.mark.parametrize("message", [
    "How long for a return home interview in Brackenford?", "What is the threshold for a strategy discussion?",
    "thanks", "Who should attend an initial child protection conference and what happens there?",
])
def test_standalone_questions_are_not_follow_ups(message: str) -> None:
    assert not is_follow_up(message, LADO, AREAS)
    assert not is_follow_up("and out of hours?", None, AREAS)  # nothing to follow


def test_rule_rewrite_carries_topic_and_replaces_the_area() -> None:
    assert rule_rewrite("and out of hours?", MASH, AREAS) == "What is the Anyshire MASH number out of hours?"
    assert rule_rewrite("what about in Brackenford?", LADO, AREAS) == "What is the LADO phone number in Brackenford?"
    assert rule_rewrite("and Cornwall?", "What is the Anyshire LADO number?", AREAS) == \
        "What is the LADO number in Cornwall?"


# -- through the Assistant, no model --------------------------------------------------

def test_out_of_hours_follow_up_gives_the_same_partnerships_number(bot: Assistant) -> None:
    reply, session = conversation(bot, MASH, "and out of hours?")
    answer = reply.answer
    assert answer.status == "answered"
    assert "01632 960199" in answer.text  # Anyshire Emergency Duty Team
    assert "960399" not in answer.text and "960599" not in answer.text  # not another area's
    assert session.partnership == "Anyshire"
    assert session.questions[-1] == "What is the Anyshire MASH number out of hours?"


def test_area_follow_up_retrieves_as_the_full_question(bot: Assistant) -> None:
    reply, _ = conversation(bot, LADO, "what about in Brackenford?")
    full = bot.answer("What is the LADO phone number in Brackenford?").answer
    assert reply.answer.text == full.text
    assert [c.passage.passage_id for c in reply.answer.citations] == [c.passage.passage_id for c in full.citations]
    assert "01632 960350" in cited_text(reply.answer)  # Brackenford LADO
    assert {c.passage.partnership for c in reply.answer.citations} <= {"Brackenford", "National"}
    assert "960150" not in reply.answer.text


def test_follow_ups_chain_and_an_unheld_area_is_refused(bot: Assistant) -> None:
    reply, _ = conversation(bot, LADO, "what about in Brackenford?", "and out of hours?")
    assert "01632 960399" in reply.answer.text  # Brackenford Out of Hours Service
    assert "960199" not in reply.answer.text
    kent, _ = conversation(bot, LADO, "what about in Kent?")
    assert kent.answer.status == "not_found" and "Kent" in kent.answer.text and "01632" not in kent.answer.text


def test_session_keeps_only_redacted_turns(bot: Assistant) -> None:
    _, session = conversation(bot, LADO, "and what if Jack Thornbury at BK1 2XY is the teacher?")
    kept = " ".join(session.turns + session.questions)
    assert "Jack" not in kept and "Thornbury" not in kept and "BK1" not in kept
    assert session.questions[-1].startswith("What is the LADO phone number in Anyshire if")


# -- with a model -----------------------------------------------------------------------

def test_model_rewrite_is_used(llm_bot: Assistant, fake: FakeLLM, caplog: pytest.LogCaptureFixture) -> None:
    first = llm_bot.answer(LADO)
    fake.script(says("What is the telephone number of the LADO in Brackenford?"),
                cite_passage_with("01632 960350", "The Brackenford LADO telephone number is 01632 960350 [{n}]."))
    with caplog.at_level(logging.INFO, logger="bot.assistant"):
        reply = llm_bot.answer("what about in Brackenford?", session_id=first.session_id)
    assert any("rewritten by llm" in r.getMessage() for r in caplog.records)
    rewrite_request, answer_request = fake.requests[-2:]
    history = rewrite_request["messages"][1]["content"]
    assert f"<turn>{LADO}</turn>" in history and "<follow_up>what about in Brackenford?</follow_up>" in history
    assert "<question>\nWhat is the telephone number of the LADO in Brackenford?\n</question>" in \
        answer_request["messages"][1]["content"]
    assert reply.answer.text == "The Brackenford LADO telephone number is 01632 960350. [1]"
    assert reply.session_id == first.session_id
    assert llm_bot.sessions.get(first.session_id).partnership == "Brackenford"


@pytest.mark.parametrize("failure", [malformed, slow(3), says("Sure! Here is your question rewritten nicely.")],
                         ids=["malformed", "timeout", "off-topic"])
def test_rules_take_over_when_the_model_rewrite_fails(llm_bot: Assistant, fake: FakeLLM, failure) -> None:
    first = llm_bot.answer(MASH)
    fake.script(failure)  # then the default model answers, citing a passage with a phone number
    reply = llm_bot.answer("and out of hours?", session_id=first.session_id)
    session = llm_bot.sessions.get(first.session_id)
    assert session.questions[-1] == "What is the Anyshire MASH number out of hours?"
    assert "<question>\nWhat is the Anyshire MASH number out of hours?\n</question>" in \
        fake.requests[-1]["messages"][1]["content"]
    assert reply.answer.status == "answered" and "960399" not in reply.answer.text


def test_rule_rewrite_without_model_matches_extractive_answer(bot: Assistant, llm_bot: Assistant,
                                                              fake: FakeLLM) -> None:
    """Baseline check: the same follow-up through a model that fails gives the no-model answer."""
    plain, _ = conversation(bot, LADO, "what about in Brackenford?")
    fake.default = malformed
    try:
        with_model, _ = conversation(llm_bot, LADO, "what about in Brackenford?")
    finally:
        fake.default = cite_passage_with_phone
    assert with_model.answer.text == plain.answer.text


def test_an_areas_short_form_is_read_as_its_name(bot: Assistant) -> None:
    """"Herts" is Hertfordshire, which we do not hold: refused as another area, never answered with
    Anyshire's number. "Beds" stays a word."""
    from bot.assistant import spell_out_areas

    assert spell_out_areas("notts lado number") == "Nottinghamshire lado number"
    assert spell_out_areas("not enough beds on the ward") == "not enough beds on the ward"
    herts = bot.answer("herts lado phone number").answer
    assert herts.status == "not_found" and "Hertfordshire" in herts.text and "01632" not in herts.text
    # a follow-up naming an area by its short form swaps the area, rather than adding it to Anyshire's question
    assert rule_rewrite("what about in herts?", LADO, bot._areas()) == "What is the LADO phone number in herts?"
    followed, _ = conversation(bot, LADO, "what about in herts?")
    assert followed.answer.status == "not_found" and "Hertfordshire" in followed.answer.text


@pytest.mark.parametrize("message", ["thanks thats really helpful, have a good weekend!", "Hi there", "ok thanks",
                                     "cheers, that was spot on :)"])
def test_a_courtesy_is_answered_in_kind_not_from_the_documents(bot: Assistant, message: str) -> None:
    """A thank-you shares words with passages ("weekend", "helpful"): quoting a procedure back reads as a
    misunderstanding. It gets a short reply, no citation, and never counts as a follow-up to the last question."""
    for reply in (bot.answer(message), conversation(bot, LADO, message)[0]):
        assert reply.answer.status == "not_found" and not reply.answer.citations
        assert "01632" not in reply.answer.text and len(reply.answer.text.split()) < 40
    # a question after a greeting is still answered
    asked = bot.answer("thanks - and what is the anyshire MASH number?").answer
    assert asked.status == "answered" and "01632" in asked.text
