"""Safeguarding vocabulary: acronyms, shorthand and plain words, as data.

Practitioners write "RHI", "s47", "ooh number", "sexting"; documents say
"return home interview", "section 47 enquiry", "out of hours", "sharing nudes".
`expand()` adds the documents' words to a query; `concepts()` groups each
query term with its equivalents so answer selection counts either as present.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from index.terms import terms

PATH = Path(__file__).parent / "data" / "thesaurus.yaml"


@lru_cache(maxsize=1)
def _entries() -> dict[str, list[str]]:
    raw = yaml.safe_load(PATH.read_text(encoding="utf-8")) or {}
    return {str(k).lower(): [str(v) for v in vs] for k, vs in raw.items()}


def _matches(text: str) -> list[tuple[str, list[str]]]:
    """Thesaurus keys found in `text` as whole words or phrases."""
    lowered = " ".join(re.findall(r"[a-z0-9&'-]+", text.lower()))
    return [(k, v) for k, v in _entries().items() if re.search(rf"(?<![\w&-]){re.escape(k)}(?![\w&-])", lowered)]


def expand(text: str) -> str:
    """The query plus the documents' words for what it says."""
    extra = [alt for _, alts in _matches(text) for alt in alts]
    return " ".join([text, *extra])


def concepts(text: str) -> dict[str, frozenset[str]]:
    """Each content term of `text` → the terms that count as saying the same thing."""
    groups: dict[str, set[str]] = {t: {t} for t in terms(text)}
    for key, alts in _matches(text):
        key_terms = terms(key)
        alt_terms = {t for alt in alts for t in terms(alt)}
        for t in key_terms:
            groups.setdefault(t, {t}).update(alt_terms)
    return {t: frozenset(v) for t, v in groups.items()}
