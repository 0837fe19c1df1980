"""Retired contacts: phone numbers and email addresses a partnership's newer document calls old.

An answer that quotes the LADO's old number from a chapter written before the practice update that replaced it is
out of date, however well it is cited. This check reads the corpus itself (not the product's ranking code): a
sentence that calls a number or address old ("the old number, ...", "the former address", "no longer in use") retires
it, for the documents of its partnership dated before the one saying so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest import discover, parse_file

_RETIRING = re.compile(r"\b(?:old|former|previous|no longer|used to|replaced|switched off|withdrawn)\b", re.IGNORECASE)
_PHONE = re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
# Sentences, and the clauses of one that gives the old value and the new ("The old number, ..., is no longer in use;
# the new number is ...").
_CLAUSE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|;\s*|,?\s+but\s+")


def contacts(text: str) -> set[str]:
    """The phone numbers (digits only) and email addresses in `text`."""
    return ({re.sub(r"\s", "", m) for m in _PHONE.findall(text)}
            | {m.lower().rstrip(".") for m in _EMAIL.findall(text)})


@dataclass(frozen=True)
class Retired:
    value: str
    partnership: str
    since: str  # the date of the document that calls it old
    source: str  # that document


@dataclass
class Retirements:
    retired: list[Retired]
    dates: dict[str, str | None]  # source -> published date

    def stale(self, source: str, partnership: str, quote: str, beside: frozenset[str] = frozenset()) -> set[str]:
        """The retired values `quote`, cited from `source`, states as if current: not where the answer also cites
        (`beside`) the document retiring it, which gives the new contact."""
        date = self.dates.get(source)
        if not date or _RETIRING.search(quote):
            return set()
        shown = contacts(quote)
        return {r.value for r in self.retired if r.value in shown and r.partnership.lower() == partnership.lower()
                and date < r.since and r.source not in beside}


def retirements(corpus: Path) -> Retirements:
    """Every retired contact in `corpus`, and every document's date."""
    retired: list[Retired] = []
    dates: dict[str, str | None] = {}
    for path in discover([corpus]):
        doc = parse_file(path)
        dates[doc.source] = doc.published
        if not doc.published:
            continue
        sentences = [s for section in doc.sections for block in section.blocks for s in _CLAUSE.split(block)]
        current = set().union(*(contacts(s) for s in sentences if not _RETIRING.search(s)))
        old = set().union(*(contacts(s) for s in sentences if _RETIRING.search(s))) - current
        retired += [Retired(v, doc.partnership, doc.published, doc.source) for v in sorted(old)]
    return Retirements(retired, dates)
