"""A newer document's change outranks an older chapter's value.

Partnerships announce changes (a new LADO number, longer front-door hours, MARAC on another day) in a practice
update or bulletin months before every chapter is revised, so the older page still states the old value. Citing
it is the worst kind of wrong answer: confident, sourced and out of date. A later-dated document of the same
partnership that gives a new value ("now", "new", "instead of") and names the older sentence's value as the old
one ("the old number, ...", "it used to close at 5pm", "instead of 5") answers instead, and older sentences
stating a value it calls old are left out of the answer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from index.bm25 import BM25Index
from index.scoring import Weights, gives, names_unasked_item, stated_values, text_units
from safeguard.model import NATIONAL, Passage

# A changed value may lead when its sentence scores within this much of the older one.
FRESH_MARGIN = 0.15

_CHANGE = re.compile(r"\b(?:now|new|no longer|instead of|rather than|(?:has|have|had) (?:changed|moved)"
                     r"|changed to|moved to|replaced|renamed)\b", re.IGNORECASE)
# A sentence about what was: all its values are old ones.
_WAS = re.compile(r"\b(?:old|former|formerly|previously|used to|no longer|until recently)\b", re.IGNORECASE)
# The old value inside a change sentence: "every Tuesday instead of every other Thursday", "3 days, rather than 5,".
_OLD_CLAUSE = re.compile(r"\b(?:instead of|rather than|in place of|replacing)\b[^,;.]*", re.IGNORECASE)

Values = dict[str, frozenset[str]]


class Sentence(Protocol):
    text: str
    passage: Passage
    score: float


def new_values(text: str) -> Values:
    """The values a sentence gives as changed and current: none unless it says something changed."""
    if not _CHANGE.search(text) or _WAS.search(text):
        return {}
    return stated_values(_OLD_CLAUSE.sub(" ", text))


@lru_cache(maxsize=2_000)
def _old_values(text: str) -> Values:
    """The values a passage calls old: those of its sentences about what was, and of its "instead of" clauses."""
    out: dict[str, set[str]] = {}
    for unit in text_units(text):
        spans = [unit] if _WAS.search(unit) else _OLD_CLAUSE.findall(unit)
        for span in spans:
            for kind, values in stated_values(span).items():
                out.setdefault(kind, set()).update(values)
    return {kind: frozenset(values) for kind, values in out.items()}


def _newer(a: Passage, b: Passage) -> bool:
    """Whether `a` is from a later-dated document of the same partnership as `b`."""
    return (a.partnership == b.partnership and a.partnership != NATIONAL and a.doc_id != b.doc_id
            and bool(a.published) and bool(b.published) and str(a.published) > str(b.published))


def _outdates(current: Values, old: Values, stated: Values, kinds: frozenset[str] | None = None) -> bool:
    """Whether a sentence stating `stated` gives, for a kind that changed (of `kinds`, if given), a value other
    than the current one that the newer document names as old."""
    return any(current.get(kind) and not values <= current[kind] and values & old.get(kind, frozenset())
               for kind, values in stated.items() if kinds is None or kind in kinds)


def asked_contact_kinds(weights: Weights) -> frozenset[str] | None:
    """Asked for an email or a phone number, only a change of that value counts ("LADO email": a new phone
    number does not make the chapter's email address out of date)."""
    kinds = {"email"} if weights.wants_email else set()
    kinds |= {"phone"} if weights.wants_phone else set()
    return frozenset(kinds) or None


def replaces(new: Sentence, old: Sentence, kinds: frozenset[str] | None = None) -> bool:
    """Whether `new`, from a newer document, changes a value `old` states: `new` may lead instead of `old`, and
    when `new` leads, `old` is left out of the answer."""
    return (_newer(new.passage, old.passage)
            and _outdates(new_values(new.text), _old_values(new.passage.text), stated_values(old.text), kinds))


def freshest(lead: Sentence, ranked: list[Sentence], weights: Weights) -> Sentence:
    """The newer document's change instead of the lead, when it scores nearly as well, states what was asked as
    the lead does, is about the numbered item asked about ("stage 2"), and replaces the lead's value."""
    wanted = gives(lead.text) & set(weights.intents)
    kinds = asked_contact_kinds(weights)
    for cand in ranked:
        if cand.score < lead.score - FRESH_MARGIN:
            break
        if (cand is not lead and gives(cand.text) >= wanted and not names_unasked_item(weights, cand.text)
                and replaces(cand, lead, kinds)):
            return cand
    return lead


_CONTACT_KINDS = ("phone", "email")


@lru_cache(maxsize=1)
def retired_contacts(bm25: BM25Index) -> dict[tuple[str, str], tuple[Passage, str]]:
    """(partnership, phone number or email) → the latest passage calling it old and its sentence giving the new
    one: whatever search returns, no answer may offer a number the partnership has since retired."""
    out: dict[tuple[str, str], tuple[Passage, str]] = {}
    for p in bm25.passages:
        if not p.published or p.partnership == NATIONAL:
            continue
        old = _old_values(p.text)
        for unit in text_units(p.text):
            current = new_values(unit)
            for kind in _CONTACT_KINDS:
                if not current.get(kind):
                    continue
                for value in old.get(kind, frozenset()) - current[kind]:
                    key = (p.partnership, value)
                    if key not in out or str(out[key][0].published) < str(p.published):
                        out[key] = (p, unit)
    return out


def retired_in(sentence: Sentence, retired: dict[tuple[str, str], tuple[Passage, str]]
               ) -> tuple[str, Passage, str] | None:
    """The kind of contact, and the newer passage and change sentence replacing it, if this older sentence gives
    one its partnership has retired."""
    if _WAS.search(sentence.text):  # "the former number, ..., is no longer in use" says so itself
        return None
    stated = stated_values(sentence.text)
    for kind in _CONTACT_KINDS:
        for value in stated.get(kind, frozenset()):
            found = retired.get((sentence.passage.partnership, value))
            if found and _newer(found[0], sentence.passage):
                return kind, *found
    return None
