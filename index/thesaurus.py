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

from index.periods import SHORT_SPAN, in_full, short_reporting_years
from index.terms import terms

PATH = Path(__file__).parent / "data" / "thesaurus.yaml"


def _spells_out(phrase: str, acronym: str) -> bool:
    """Whether `phrase` is `acronym` written out: "national referral mechanism" is the NRM,
    "multi-agency safeguarding hub" the MASH."""
    initials = "".join(w[0] for w in re.findall(r"[a-z0-9]+", phrase.lower()))
    return acronym.isalpha() and len(acronym) >= 3 and initials == acronym  # "da", "la": too many meanings


@lru_cache(maxsize=1)
def _entries() -> dict[str, list[str]]:
    """Each key → its equivalents. An acronym's spelling-out is an equivalent of the acronym too: a question
    saying "national referral mechanism" is answered by a table row that says "NRM referrals"."""
    raw = yaml.safe_load(PATH.read_text(encoding="utf-8")) or {}
    entries = {str(k).lower(): [str(v) for v in vs] for k, vs in raw.items()}
    for key, alts in list(entries.items()):
        for alt in alts:
            if _spells_out(alt, key) and key not in entries.setdefault(alt.lower(), []):
                entries[alt.lower()].append(key)
    return entries


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """All keys in one alternation, longest first, so "cp plan" wins over "cp"."""
    keys = sorted(_entries(), key=len, reverse=True)
    return re.compile(r"(?<![\w&-])(" + "|".join(map(re.escape, keys)) + r")('?s)?(?![\w&-])")


# A time of the evening or the night ("at 9pm", "11.30pm", "2am") falls out of office hours.
_NIGHT_TIME = re.compile(r"\b(?:(?:[6-9]|1[01])(?:[.:][0-5]\d)?\s?pm|(?:12|[1-6])(?:[.:][0-5]\d)?\s?am)\b")
_OUT_OF_OFFICE = ["out of hours", "outside hours", "evening", "overnight"]
# A child's age ("a 15 year old", "16yo", "14 yr old") is stated by a document as an age band: "aged 14 and
# over", "under 16".
_AGE = re.compile(r"\b\d{1,2}\s?(?:-?\s?(?:years?|yrs?)\s?-?\s?olds?|yo|y/o)\b")
_AGED = ["aged", "under", "child", "young person"]  # a child's age: a band, or the child it describes


def _reporting_years(text: str) -> list[tuple[str, list[str]]]:
    """A reporting year written short ("25/26") is the one documents write "2025-26": its first year in full."""
    return [(first, [f"20{first}"]) for first in short_reporting_years(text)]


def _matches(text: str) -> list[tuple[str, list[str]]]:
    """Thesaurus keys found in `text` as whole words or phrases. A key of three or more letters
    may be plural ("ICPCs", "strategy meetings"); a shorter one would be another word ("cps")."""
    lowered = " ".join(re.findall(r"[a-z0-9&'-]+", text.lower()))
    entries = _entries()
    # "mon-thurs", "ex-partner": each side of a hyphen is read as a word too, after the hyphenated key.
    forms = (lowered, lowered.replace("-", " ")) if "-" in lowered else (lowered,)
    found = (m.group(1) for form in forms
             for m in _pattern().finditer(form) if not m.group(2) or len(m.group(1)) >= 3)
    low = text.lower()
    night = [(t, _OUT_OF_OFFICE) for t in dict.fromkeys(_NIGHT_TIME.findall(low))]
    ages = [(t, _AGED) for t in dict.fromkeys(_AGE.findall(low))]
    years = [(end, [last]) for end, last in _multi_year_span_ends(text)] + _reporting_years(text)
    return [(k, entries[k]) for k in dict.fromkeys(found)] + night + ages + years


def _multi_year_span_ends(text: str) -> list[tuple[str, str]]:
    """Each span of two or more years written short, as its end as written and its last year in full:
    "2023-26" ends in 2026, "1998-01" in 2001; "2020-21", a reporting year, is left out."""
    out = []
    for first, end in dict.fromkeys(SHORT_SPAN.findall(text)):
        last = in_full(first, end)
        if int(last) - int(first) >= 2:
            out.append((end, last))
    return out


def expand(text: str) -> str:
    """The query plus the documents' words for what it says."""
    extra = [alt for _, alts in _matches(text) for alt in alts]
    return " ".join([text, *extra])


def concepts(text: str) -> dict[str, list[frozenset[str]]]:
    """Each content term of `text` → the ways of saying it, each a set of terms that must all appear.

    "rhi" → [{"rhi"}, {"return", "home", "interview"}]: a passage saying "return home
    interview" covers "RHI", but one that only says "home" does not.
    """
    groups: dict[str, list[frozenset[str]]] = {t: [frozenset([t])] for t in terms(text)}
    for key, alts in _matches(text):
        ways = [frozenset(terms(alt)) for alt in alts if terms(alt)]
        # A phrase of stop words ("who should be at") still asks something: its first equivalent names it.
        for t in terms(key) or (sorted(ways[0])[:1] if ways else []):
            groups.setdefault(t, [frozenset([t])]).extend(w for w in ways if w not in groups[t])
    return groups
