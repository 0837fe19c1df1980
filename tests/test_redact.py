"""Tests for bot.redact: every identifier kind, the cases file, clean questions unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.redact import PRIVACY_NOTICE, Redaction, first_names, redact

ROOT = Path(__file__).resolve().parents[1]


def _cases() -> list[dict]:
    path = ROOT / "eval" / "redaction_cases.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.mark.parametrize("text,kind,raw", [
    ("My pupil Amira told me", "NAME", "Amira"),
    ("Jack Smith, aged 7, is in reception", "NAME", "Jack Smith"),
    ("a boy called kayden in year 4", "NAME", "kayden"),
    ("Mrs Okafor rang", "NAME", "Okafor"),
    ("DOB 03.03.15", "DATE_OF_BIRTH", "03.03.15"),
    ("born 3 March 2015", "DATE_OF_BIRTH", "3 March 2015"),
    ("date of birth: 12/11/2012", "DATE_OF_BIRTH", "12/11/2012"),
    ("lives at 12 Acacia Avenue", "ADDRESS", "12 Acacia Avenue"),
    ("moved to 4 Kingfisher Close last week", "ADDRESS", "4 Kingfisher Close"),
    ("postcode SW1A 1AA", "POSTCODE", "SW1A 1AA"),
    ("postcode br6 3ab", "POSTCODE", "br6 3ab"),
    ("mum on 07700 900123", "PHONE", "07700 900123"),
    ("ring 01632 960100", "PHONE", "01632 960100"),
    ("ring +44 (0)1632 960100", "PHONE", "1632 960100"),
    ("ring +447700900123 today", "PHONE", "+447700900123"),
    ("email jo.bloggs@example.org", "EMAIL", "jo.bloggs@example.org"),
    ("NHS 943 476 5919", "NHS_NUMBER", "943 476 5919"),
    ("NHS 9434765919", "NHS_NUMBER", "9434765919"),
    ("number 123 456 7890 on the form", "NHS_NUMBER", "123 456 7890"),
    ("NI AB 12 34 56 C", "NI_NUMBER", "AB 12 34 56 C"),
    ("NI ab123456c", "NI_NUMBER", "ab123456c"),
])
def test_each_kind(text: str, kind: str, raw: str) -> None:
    result = redact(text)
    assert f"[{kind}]" in result.text
    assert kind in result.kinds
    assert raw not in result.text
    assert result.changed


def test_age_stays_when_name_removed() -> None:
    result = redact("Jack, aged 7, has bruises")
    assert result.text == "[NAME], aged 7, has bruises"


def test_kinds_sorted_unique() -> None:
    result = redact("Jack Smith and Amira Khan, 07700 900123 and 07700 900456, SW1A 1AA")
    assert result.kinds == sorted(set(result.kinds))
    assert result.kinds == ["NAME", "PHONE", "POSTCODE"]


def test_no_change_on_empty_and_plain() -> None:
    assert redact("") == Redaction(text="", kinds=[])
    assert not redact("What is the LADO number for Anyshire?").changed


def test_cases_file_no_identifier_survives() -> None:
    cases = _cases()
    assert len(cases) >= 60
    failures = []
    for case in cases:
        out = redact(case["text"]).text
        left = [s for s in case["must_remove"] if s in out]
        lost = [s for s in case["must_keep"] if s not in out]
        if left or lost:
            failures.append((case["text"], out, left, lost))
    print(f"redaction cases passed: {len(cases) - len(failures)}/{len(cases)}")
    assert not failures, failures


def test_clean_questions_unchanged() -> None:
    clean = [c["text"] for c in _cases() if c.get("unchanged")]
    assert len(clean) >= 40
    changed = [(t, redact(t).text) for t in clean if redact(t).text != t]
    assert not changed, changed


@pytest.mark.parametrize("text", [
    "What is the LADO number for Anyshire?",
    "Brackenford MASH phone",
    "section 47 within 15 working days",
    "Year 8",
    "ICPC",
    "county lines",
    "Is there a Summer holidays plan for the DSL?",
    "Explain paragraph 5.1.10 of the procedures",
    "How many s47 enquiries were there in the 3rd quarter?",
    "Is Sarah's Law the same as Clare's Law?",
])
def test_search_meaning_preserved(text: str) -> None:
    assert redact(text).text == text


def test_nhs_check_digit_helper() -> None:
    from bot.redact import _nhs_valid

    assert _nhs_valid("9434765919")
    assert not _nhs_valid("9434765918")


def test_first_names_file() -> None:
    names = first_names()
    assert len(names) >= 300
    assert all(n == n.lower() for n in names)
    for term in ("lado", "mash", "dsl", "anyshire", "police", "harm"):
        assert term not in names


def test_privacy_notice() -> None:
    assert "name" in PRIVACY_NOTICE.lower()
    assert len(PRIVACY_NOTICE.split(".")) <= 3
