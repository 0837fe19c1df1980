"""National guidance in a scoped deployment: labelled as national, reached when it answers, never in the way.

A partnership's deployment (the widget's `partnership`, or SAFEGUARD_DEFAULT_PARTNERSHIP) scopes every request to
its area and national guidance. National summaries are written in general words that match many questions a little,
so they are ranked apart and join the area's passages only where they answer clearly better: the rapid review's
timescale is national, the LADO's number is the area's. Real files, real index.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.assistant import Assistant
from ingest import parse_file
from safeguard.model import NATIONAL, Passage
from safeguard.settings import Settings
from tests.conftest import write_corpus

RAPID_REVIEWS = """# Serious incidents and rapid reviews

A national summary of the statutory guidance, in plain words. Reviewed: May 2026

## Notifying a serious incident

When a child dies or is seriously harmed and abuse or neglect is known or suspected, the local authority tells the
national Child Safeguarding Practice Review Panel within 5 working days of learning of the incident.

## The rapid review

The safeguarding partners complete a rapid review within 15 working days of the notification, and send it to the
national panel with their decision on whether a local review is needed.

## Allegations against people who work with children

Every area has a designated officer who manages allegations against adults who work with children. Local
procedures give the officer's contact details.

## Children who go missing

A child who has been missing from home or care should be offered a return home interview by someone independent.
The return home interview is offered after every missing episode; local procedures say how soon it is offered.
"""


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_corpus(tmp_path_factory.mktemp("docs"))
    (root / "national").mkdir()
    (root / "national" / "rapid-reviews.md").write_text(RAPID_REVIEWS)
    return root


@pytest.fixture(scope="module")
def bot(docs: Path, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    assistant = Assistant(Settings(data_dir=tmp_path_factory.mktemp("national") / "data"))
    assistant.index.ingest([docs])
    return assistant


def test_a_folder_of_national_guidance_is_labelled_national(docs: Path) -> None:
    assert parse_file(docs / "national" / "rapid-reviews.md").partnership == NATIONAL
    assert parse_file(docs / "anyshire" / "lado.md").partnership == "Anyshire"


def test_a_scoped_request_reaches_national_guidance_the_area_does_not_cover(bot: Assistant) -> None:
    answer = bot.answer("how many working days do partners have for a rapid review", partnership="Anyshire").answer
    assert answer.status == "answered", answer.text
    assert "15 working days" in answer.text
    assert answer.citations[0].passage.partnership == NATIONAL  # shown to the practitioner as national guidance


def test_the_areas_own_procedure_still_answers_what_it_covers(bot: Assistant) -> None:
    """The national page mentions the designated officer too, but only the area's chapter gives a number."""
    answer = bot.answer("who do I contact about an allegation against a member of staff, what number",
                        partnership="Brackenford").answer
    assert "01632 960250" in answer.text and "960150" not in answer.text
    assert answer.citations[0].passage.partnership == "Brackenford"


def test_national_wording_does_not_outrank_the_areas_chapter(bot: Assistant) -> None:
    """Both say a return home interview is offered; only the area's chapter says how soon, and leads."""
    hits = bot.search("how soon is a return home interview offered after a missing episode", top_k=3,
                      partnership="Anyshire")
    assert hits[0].partnership == "Anyshire" and "72 hours" in hits[0].text


def test_an_area_with_no_documents_of_its_own_gets_national_guidance_alone(bot: Assistant) -> None:
    hits = bot.search("rapid review timescale", top_k=5, partnership="Unknownshire")
    assert hits and {p.partnership for p in hits} == {NATIONAL}


def test_national_is_not_an_area_a_question_names(bot: Assistant) -> None:
    """"The national referral mechanism" asks about trafficking, not about an area called National."""
    assert bot.area_named_in("what is the national referral mechanism") is None
    assert NATIONAL not in bot._held()


def test_the_areas_sentence_leads_when_national_guidance_scores_only_a_little_better() -> None:
    """A national glossary row ("agreed with the family") and the area's chapter ("families must agree") both
    answer; the row scores a little higher on general words, and the area's own sentence leads. Clearly better
    national guidance still leads."""
    from bot.answer import extractive_answer
    from index.bm25 import BM25Index

    def passage(pid: str, text: str, heading: str, partnership: str) -> Passage:
        return Passage(pid, pid, text, (heading,), None, 0, heading, partnership, "procedure", f"/{pid}.html", None)

    glossary = passage("g", "Term: EHA; Stands for: Early help assessment; What it means: An assessment, agreed "
                            "with the family, of the help they need.", "Glossary", NATIONAL)
    chapter = passage("c", "Early help is offered to families before problems grow. It is voluntary, so families "
                           "must agree to take part.", "Early help", "Eastmarsh")
    index = BM25Index([glossary, chapter])
    answer = extractive_answer("does family have to agree to early help", [chapter, glossary], index)
    assert answer.citations[0].passage.partnership == "Eastmarsh", answer.text
    assert "voluntary" in answer.text
    rapid = passage("r", "The safeguarding partners complete a rapid review within 15 working days.", "Rapid reviews",
                    NATIONAL)
    index = BM25Index([rapid, chapter])
    answer = extractive_answer("rapid review timescale", [rapid, chapter], index)
    assert answer.citations[0].passage.partnership == NATIONAL
    # asked what a term is, the national glossary's definition answers, not an area's sentence using the term
    term = passage("t", "Term: s17; Stands for: Section 17; What it means: The part of the Children Act 1989 about "
                        "children in need.", "Glossary", NATIONAL)
    uses = passage("u", "The social worker completes a child and family assessment under section 17 of the Children "
                        "Act 1989.", "Assessments", "Eastmarsh")
    index = BM25Index([term, uses])
    for asked in ("whats a s17", "what does s17 stand for"):
        answer = extractive_answer(asked, [term, uses], index)
        assert answer.citations[0].passage.partnership == NATIONAL, (asked, answer.text)
