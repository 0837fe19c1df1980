"""After a change is announced, the answer gives the new value, not the chapter's old one.

A partnership's practice update says the LADO has a new number and return interviews are sooner, while the chapters
are not yet revised and still state the old values. Real files, real index.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.assistant import Assistant
from safeguard.settings import Settings
from tests.conftest import write_corpus

UPDATE = """# Practice update: November 2026

Anyshire Safeguarding Children Partnership. Published {date}

## A new number for the LADO

From 2 November 2026

The Anyshire LADO service has a new direct number: 01632 960151. Calls to the old number, 01632 960150, are
diverted until the end of February 2027. The email address has not changed.

## Return home interviews sooner

Return home interviews are now offered within 48 hours of the child coming back, instead of 72 hours.
"""


def _assistant(root: Path, date: str) -> Assistant:
    docs = write_corpus(root / "docs")
    (docs / "anyshire" / "practice-update.md").write_text(UPDATE.format(date=date))
    assistant = Assistant(Settings(data_dir=root / "data", default_partnership="Anyshire"))
    assistant.index.ingest([docs])
    return assistant


@pytest.fixture(scope="module")
def updated(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _assistant(tmp_path_factory.mktemp("updated"), "10 November 2026")


def test_the_new_number_answers_and_the_old_one_is_not_offered(updated: Assistant) -> None:
    answer = updated.answer("what is the LADO phone number").answer
    lead = answer.text.split("[1]")[0]
    assert "01632 960151" in lead, answer.text
    assert answer.citations[0].passage.title.startswith("Practice update")
    # the old number appears only where the update itself calls it old
    assert all("960150" not in c.text or "old number" in c.text for c in answer.citations), answer.text


def test_a_changed_timescale_answers_with_the_new_one(updated: Assistant) -> None:
    answer = updated.answer("how soon should a return home interview be offered").answer
    assert answer.text.split("[1]")[0].count("48 hours") == 1, answer.text
    assert not any("within 72 hours of" in c.text for c in answer.citations), answer.text


def test_a_value_the_update_did_not_change_still_comes_from_the_chapter(updated: Assistant) -> None:
    """A new phone number does not make the chapter's email address out of date."""
    answer = updated.answer("what is the LADO email address").answer
    assert "lado@anyshire.example.org" in answer.text.split("[1]")[0], answer.text



def test_an_old_number_beside_the_answer_comes_with_the_new_one(updated: Assistant) -> None:
    """Asked when the LADO can be reached, the chapter's sentence answers (it gives the days), and it still shows
    the old number: the update's new number comes with it, cited, so no one rings a retired line."""
    answer = updated.answer("which days can you reach the LADO").answer
    lead, _, rest = answer.text.partition("[1]")
    assert "Monday to Friday" in lead and "960150" in lead, answer.text
    assert "01632 960151" in rest, answer.text
    assert any(c.passage.title.startswith("Practice update") for c in answer.citations)
