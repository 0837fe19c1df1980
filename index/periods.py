"""Dates and periods: what a year, a span of years or a date looks like, in one place.

A question that quotes a period ("2023-24", "in 2024", "August 2026") asks about that period, so a passage
must name it; a date or a year in a passage counts nothing ("met on 21st May" says no "how many").
"""

from __future__ import annotations

import re

from safeguard.model import Passage

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTH_WORD = "|".join([*MONTH_NAMES, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept?", "oct", "nov", "dec"])
# Between the two years of a span: "2023-24", "2025/26", "2023 \u2013 2024".
SPAN_DASH = r"\s*[-/\u2013]\s*"
# The end of a span of years, written short or in full: "-24", "/2024".
_SPAN_END = rf"{SPAN_DASH}(?:\d{{4}}|\d{{2}})"
# A year, or a span of years.
YEARS = rf"(?:19|20)\d\d(?:{_SPAN_END})?"
# A day of a month: "21st May", "May 21".
_DAY = rf"\b\d{{1,2}}\s?(?:st|nd|rd|th)?\s+(?:{MONTH_WORD})\b|\b(?:{MONTH_WORD})\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
DAY = re.compile(_DAY, re.IGNORECASE)
# A date or a year: "21st May", "May 21", "2019", "2024-25".
DATE_OR_YEAR = re.compile(rf"{_DAY}|\b{YEARS}\b", re.IGNORECASE)
# A period the question quotes, captured as its month, its first year and the end of a span ("25/26" may be
# ages, not years).
_QUOTED = re.compile(rf"\b(?:({'|'.join(MONTH_NAMES)})\s+)?(20\d\d)(?:{SPAN_DASH}(\d{{4}}|\d{{2}}))?\b",
                     re.IGNORECASE)
# A span of years with its end written short: "2025-26", "2025/26", "2025 \u2013 26"; first year and end captured.
SHORT_SPAN = re.compile(rf"\b((?:19|20)\d\d){SPAN_DASH}(\d\d)\b")


# A reporting year written with two digits each side ("25/26", "in 24-25"), as documents write "2025-26". From
# 19/20 on: "16/17 year olds" are ages. Its first year and its end are captured.
_SHORT_REPORTING_YEAR = re.compile(r"(?<![\w/.-])(19|2\d|3[0-5])\s?[/-]\s?(\d\d)(?![\w/.-])"
                                   r"(?!\s*(?:years?|yrs?|yo)\b)", re.IGNORECASE)


def short_reporting_years(text: str) -> list[str]:
    """The first year, as written ("25"), of each reporting year the text writes short ("25/26")."""
    return [first for first, end in dict.fromkeys(_SHORT_REPORTING_YEAR.findall(text)) if int(end) == int(first) + 1]


def in_full(first: str, end: str) -> str:
    """The last year of a span, in full: 2025-26 ends in 2026, 1999-00 in 2000."""
    if len(end) == 4:
        return end
    last = int(first) - int(first) % 100 + int(end)
    return str(last + 100 if last < int(first) else last)


# The last day of a reporting year: "at 31 March 2024" is the end of 2023-24, not a day in 2024-25.
_YEAR_END = re.compile(r"\b(?:31(?:st)?|end of)\s+march\s+(20\d\d)\b", re.IGNORECASE)


def quoted_periods(question: str) -> set[str]:
    """The years a question quotes (both ends of a span: "2023-24" is 2023 and 2024) and the months it pins
    to one; the end of a reporting year ("at 31 March 2024") as that date or the year it ends (2023-24)."""
    periods = {rf"march {year}|{int(year) - 1}{SPAN_DASH}(?:{year}|{year[2:]})" for year in _YEAR_END.findall(question)}
    for month, first, end in _QUOTED.findall(_YEAR_END.sub(" ", question)):
        periods |= {part.lower() for part in (month, first) if part}
        if end:
            periods.add(in_full(first, end))
    return periods


def states_periods(passage: Passage, periods: set[str]) -> bool:
    """Whether the passage (with its title and headings) names every period the question quotes:
    2024-25 figures do not answer a question about 2023-24, a count at March 2026 does not answer one about
    2026-27, nor April's about August."""
    if not periods:  # most questions quote none, and every retrieved passage is asked
        return True
    text = " ".join([passage.title, *passage.heading_path, passage.text]).lower()
    spans_apart = SHORT_SPAN.sub(lambda m: f"{m.group(1)} {in_full(m.group(1), m.group(2))}", text)
    return all(any(re.search(rf"\b(?:{period})\b", written) for written in (text, spans_apart)) for period in periods)
