"""A question that names no area, asked of a deployment holding several: whose procedure is whose.

Near-identical chapters differ in their local facts (Anyshire's LADO is 01632 960150, Brackenford's 01632 960250).
A practitioner who has not said where they work must see each number under its own area's name, never one area's
number alone as if it were the answer, nor two areas' numbers under one name. Real files, real index.
"""

from __future__ import annotations

import re

import pytest

from bot.answer import lead_only
from bot.assistant import Assistant, _about_area, neighbours
from bot.safety import CASE_OUTCOME_NOTE
from index.bm25 import BM25Index
from safeguard.model import Answer, Citation, Passage
from safeguard.settings import Settings
from tests.conftest import write_corpus


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant = Assistant(Settings(data_dir=tmp_path_factory.mktemp("unscoped") / "data"))
    assistant.index.ingest([write_corpus(tmp_path_factory.mktemp("docs"))])
    return assistant


def _by_label(text: str) -> dict[str, str]:
    """The reply split at its area labels ("Anyshire: ...")."""
    pieces = re.split(r"(?:^|(?<=\]) )(Anyshire|Brackenford): ", text)
    return dict(zip(pieces[1::2], pieces[2::2]))


def test_each_area_answers_under_its_own_name(bot: Assistant) -> None:
    answer = bot.answer("what is the LADO phone number").answer
    parts = _by_label(answer.text)
    assert set(parts) == {"Anyshire", "Brackenford"}, answer.text
    assert "960150" in parts["Anyshire"] and "960250" not in parts["Anyshire"]
    assert "960250" in parts["Brackenford"] and "960150" not in parts["Brackenford"]
    for area, part in parts.items():  # each marker under a label points at that area's document
        for n in re.findall(r"\[(\d+)\]", part):
            assert answer.citations[int(n) - 1].passage.partnership == area


def test_a_scoped_question_gets_its_own_area_only(bot: Assistant) -> None:
    answer = bot.answer("what is the LADO phone number", partnership="Brackenford").answer
    assert "960250" in answer.text and "960150" not in answer.text
    assert not _by_label(answer.text)


def test_a_subject_only_one_area_covers_is_answered_under_its_name(bot: Assistant) -> None:
    answer = bot.answer("how soon should a return home interview be offered").answer
    assert answer.status == "answered"
    assert _by_label(answer.text).keys() == {"Anyshire"} and "72 hours" in answer.text


def test_words_two_areas_share_are_said_once(bot: Assistant) -> None:
    """Both areas' chapters say the same here: a second area's copy adds nothing to read."""
    answer = bot.answer("can I investigate the allegation myself before telling the LADO").answer
    parts = _by_label(answer.text)
    assert len(parts) == 1, answer.text
    assert "do not investigate the allegation yourself" in answer.text.lower()


def test_another_area_shown_by_its_lead_keeps_a_list_the_lead_opens() -> None:
    """"The outcomes are:" alone would say nothing; a plain lead sentence is shown without what follows."""
    p = Passage("d:0", "d", "", ("LADO",), None, 0, "LADO", "Brackenford", "procedure", "/lado.md", None)
    listed = Answer("The outcomes are: [1] - substantiated [1] - unfounded [1]", "answered", [Citation(1, p, "")])
    assert lead_only(listed).text == listed.text
    plain = Answer("Ring the LADO on 01632 960250. [1] Email the form. [2]", "answered",
                   [Citation(1, p, ""), Citation(2, p, "")])
    assert lead_only(plain).text == "Ring the LADO on 01632 960250. [1]"


CROSS_BORDER = """# Children who live in one area and go to school in another

Anyshire Safeguarding Children Partnership. Updated: 2 June 2026

## Where to refer

Requests for help go to the council where the child lives. A child placed in Anyshire by another council, such as
Oakhurst Vale, stays that council's responsibility. If the child lives over the border, contact Hartlow's children's
services. Children on a child protection plan who move into Anyshire have a transfer-in conference within 15 working
days.
"""


@pytest.fixture(scope="module")
def border(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    docs = write_corpus(tmp_path_factory.mktemp("border-docs"))
    (docs / "anyshire" / "cross-border.md").write_text(CROSS_BORDER)
    assistant = Assistant(Settings(data_dir=tmp_path_factory.mktemp("border") / "data"))
    assistant.index.ingest([docs])
    return assistant


def test_a_neighbour_the_documents_name_is_an_area_not_held(border: Assistant) -> None:
    """The procedures name Oakhurst Vale and Hartlow as other councils: asked about theirs, the assistant says it
    holds no documents for them rather than giving Anyshire's facts. Asked about a child who lives there or moved from
    there, it answers from Anyshire's procedure."""
    for question in ("how many children are on cp plans in oakhurst vale", "does hartlow use the same threshold",
                     "hartlow front door referral form deadline"):
        answer = border.answer(question).answer
        assert answer.status == "not_found" and "I only hold documents for" in answer.text, question
    moved = border.answer("child on a plan moved here from oakhurst vale - transfer in conference timescale").answer
    assert moved.status == "answered" and "15 working days" in moved.text
    lives = border.answer("child lives in hartlow but goes to school in anyshire, where do i refer").answer
    assert lives.status == "answered" and "contact Hartlow's children's services" in lives.text


def test_a_council_named_in_full_is_a_neighbour_by_its_area_name() -> None:
    """Procedures name a neighbour by its council ("Hollinsmoor Borough Council") or by where a child lives: asked
    "does hollinsmoor use the toolkit", the assistant must know Hollinsmoor is an area it does not hold. An ordinary
    word before "District Council" ("Each") is no place, or "for each child" would be a question about it."""
    texts = ["Contact children's services in the area where the child lives, which is Hollinsmoor Borough Council.",
             "If a child lives in Skelmoor but goes to school here, refer to Skelmoor.",
             "Each District Council keeps a register, and each child on it is visited."]
    found = neighbours(BM25Index([Passage(f"d:{i}", "d", t, ("Where to refer",), None, i, "Referrals", "Anyshire",
                                          "procedure", "/x.html", None) for i, t in enumerate(texts)]))
    assert "hollinsmoor" in found and "skelmoor" in found
    assert "hollinsmoor borough" not in found and "each" not in found


@pytest.mark.parametrize("question", ["private fostering team hollinsmoor contact",
                                      "which day does the hollinsmoor marac meet",
                                      "hollinsmoor escalation policy stage timescales"])
def test_a_question_about_a_neighbours_service_is_about_that_area(question: str) -> None:
    assert _about_area("hollinsmoor").search(question)


def test_a_child_who_lives_in_a_neighbouring_area_is_our_question() -> None:
    question = "kid lives in hollinsmoor but at school in cinderbeck who do i refer to"
    assert not _about_area("hollinsmoor").search(question)


@pytest.mark.parametrize("question", ["will social care take the baby off mum if she keeps co sleeping",
                                      "does the lado think my colleague actually did it"])
def test_what_will_happen_in_a_case_is_not_answered_from_a_procedure(bot: Assistant, question: str) -> None:
    """The documents explain procedure; quoting the co-sleeping advice or the LADO's harm test would read as a
    prediction about a real family or a real colleague."""
    answer = bot.answer(question).answer
    assert answer.status == "not_found" and answer.text == CASE_OUTCOME_NOTE
