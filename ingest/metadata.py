"""Infer document type, publication date and partnership from what a document says about itself.

Practitioners filter by partnership and document type, and need to know how
current a document is, so these are inferred from titles, file names and the
opening text when the file itself does not say.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath

from safeguard.model import NATIONAL

# ---------------------------------------------------------------- doc type

# Checked in order: the first match wins, so specific phrases come before broad ones.
_TYPE_RULES: list[tuple[str, str]] = [
    ("tea_break_guide", r"tea[\s_-]*break"),
    ("amendments", r"amendments?\b|amendment[\s_-]*log|what'?s[\s_-]*new|updates?[\s_-]*to[\s_-]*(the[\s_-]*)?procedures|procedures?[\s_-]*updates?"),
    ("annual_report", r"annual[\s_-]*report|yearly[\s_-]*report|annual[\s_-]*review"),
    ("thresholds", r"thresholds?\b|levels[\s_-]*of[\s_-]*need|continuum[\s_-]*of[\s_-]*need|right[\s_-]*help,?[\s_-]*right[\s_-]*time|effective[\s_-]*support[\s_-]*document"),
    ("learning_briefing", r"learning[\s_-]*(briefing|summary|review|from)|(7|seven|6|six)[\s_-]*(minute|step)[\s_-]*briefing|practice[\s_-]*review|serious[\s_-]*case[\s_-]*review|briefing"),
    ("newsletter", r"news[\s_-]*letter|e-?bulletin|bulletin|\bnews\b|e-?news"),
    ("procedure", r"procedures?\b|protocol|polic(y|ies)|practice[\s_-]*guidance|guidance|chapter"),
]

# Phrases strong enough to trust when they appear in the opening text rather than the title.
_TEXT_RULES: list[tuple[str, str]] = [
    ("tea_break_guide", r"tea[\s-]*break[\s-]*guide"),
    ("annual_report", r"\b(this|our)\s+annual\s+report|\bannual\s+report\s+\d{4}"),
    ("newsletter", r"\b(this|our|the)\s+(\w+\s+)?newsletter|welcome to the [\w\s]{0,30}newsletter"),
    ("learning_briefing", r"learning\s+briefing|(7|seven)[\s-]minute\s+briefing"),
    ("amendments", r"amendments?\s+(to|in)\s+(this|these|the)\s+(procedures|manual)"),
    ("thresholds", r"threshold(s)?\s+(document|guidance)\s+(sets|describes|explains)"),
    ("procedure", r"\bth(is|ese)\s+(procedures?|protocol|policy|practice\s+guidance)\b"),
]


def _path_words(path: str) -> str:
    """The file name and its folder, with separators as spaces (where hints like 'newsletters/' live)."""
    parts = PurePath(path.split("?")[0]).parts[-2:]
    return " ".join(re.sub(r"[_.+]", " ", p) for p in parts)


_NUMBERED_HEADING = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?\s+[A-Za-z]")
# Online procedures manuals number their chapter sections ("1. Introduction", "2.1 Signs").
MIN_NUMBERED_HEADINGS = 3


def infer_doc_type(title: str, text: str, path: str, headings: tuple[str, ...] = ()) -> str:
    """Pick a doc type from keywords in the title or file name, else strong phrases near the start,
    else the shape of a procedures-manual chapter (numbered section headings)."""
    for haystack in (title, _path_words(path)):
        low = haystack.lower()
        for doc_type, pattern in _TYPE_RULES:
            if re.search(pattern, low):
                return doc_type
    opening = text[:600].lower()
    for doc_type, pattern in _TEXT_RULES:
        if re.search(pattern, opening):
            return doc_type
    if sum(bool(_NUMBERED_HEADING.match(h)) for h in headings) >= MIN_NUMBERED_HEADINGS:
        return "procedure"
    return "other"


# ---------------------------------------------------------------- dates

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,\s*" + _YEAR + r"\b", re.I),
    re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),
    re.compile(r"\b(?P<dd>[0-3]?\d)/(?P<mm>[01]?\d)/(?P<yyyy>(?:19|20)\d\d)\b"),
]
_UPDATE_CUE = re.compile(
    r"\b(last\s+)?(updated|amended|revised|published|issued|reviewed|version\s+date|date\s+of\s+(publication|issue)"
    r"|publication\s+date|issue\s+date|date\s+published)\s*(:|-|–|on|in)?\s*$",
    re.I,
)
_FUTURE_CUE = re.compile(r"(next\s+review|review\s+date|review\s+due|due\s+for\s+review|expir\w*|deadline)\W{0,3}[^\n.]{0,15}$", re.I)


def _iso(match: re.Match[str]) -> str | None:
    """Turn one date match into ISO YYYY-MM-DD or YYYY-MM, rejecting impossible days."""
    g = match.groupdict()
    if g.get("y"):
        return match.group(0)
    if g.get("yyyy"):
        day, month, year = int(g["dd"]), int(g["mm"]), g["yyyy"]
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return f"{year}-{month:02d}-{day:02d}"
    month = _MONTHS[g["mon"].lower().rstrip(".")[:4 if g["mon"].lower().startswith("sept") else 3]]
    if g.get("day"):
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        return f"{g['year']}-{month:02d}-{day:02d}"
    return f"{g['year']}-{month:02d}"


def _dates(text: str) -> list[tuple[int, int, str]]:
    """All dates in the text as (start, end, iso), keeping the most specific match per position."""
    found: list[tuple[int, int, str]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _ in found):
                continue
            iso = _iso(m)
            if iso:
                found.append((m.start(), m.end(), iso))
    return sorted(found)


def infer_published(text: str) -> str | None:
    """The stated update/amendment date near the start, else the first date there (not a review-by date)."""
    head = text[:2000]
    candidates = [(s, iso) for s, _, iso in _dates(head) if not _FUTURE_CUE.search(head[max(0, s - 30):s])]
    for start, iso in candidates:
        if _UPDATE_CUE.search(head[max(0, start - 40):start]):
            return iso
    return candidates[0][1] if candidates else None


# ---------------------------------------------------------------- partnership

_ORG_SUFFIX = (
    r"(?:Local\s+)?(?:Safeguarding\s+Children(?:'s)?\s+(?:Partnership|Board|Partnership\s+Board)"
    r"|Children\s+and\s+Adults\s+Safeguarding\s+Partnership"
    r"|Safeguarding\s+Children\s+and\s+Adults\s+Partnership"
    r"|Safeguarding\s+Partnership|LSCB|SCP)\b"
)
_PLACE = r"((?:[A-Z][\w'’.]*(?:-[a-zA-Z]+)*\s+(?:(?:and|&|upon|on|of|in|le)\s+)?){1,5})"
_ORG_RE = re.compile(_PLACE + _ORG_SUFFIX)
_NOT_PLACE = {
    "the", "a", "an", "welcome", "to", "from", "of", "our", "your", "by", "and", "&", "for", "with",
    "annual", "report", "newsletter", "news", "update", "briefing", "guide", "local", "new", "joint",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "about", "contact", "home", "copyright", "©",
}


def _place_from(raw: str) -> str:
    """Trim a captured run of capitalised words down to the place name before the suffix."""
    words = raw.split()
    while words and (words[0].lower().strip("'’") in _NOT_PLACE or words[0].isupper() and len(words[0]) > 1 and len(words) > 1):
        words = words[1:]
    while words and words[-1].lower() in {"and", "&", "of", "on", "in", "upon", "le", "local", "children", "adults", "community", "safety"}:
        words = words[:-1]
    return " ".join(words)


def _canonical(name: str, known: list[str] | None) -> str:
    for k in known or []:
        if k.casefold() == name.casefold():
            return k
    return name


_NATIONAL_FOLDERS = {"national", "national guidance"}


def infer_partnership(text: str, path: str, known: list[str] | None = None) -> str:
    """The place in "<Place> Safeguarding Children Partnership/Board" near the start, else a known name."""
    head = text[:2000]
    places = [p for line in head.split("\n") for p in (_place_from(m.group(1)) for m in _ORG_RE.finditer(line)) if p]
    if places:
        counts = Counter(places)
        best = max(places, key=lambda p: (counts[p], -places.index(p)))
        return _canonical(best, known)
    low = text.lower()
    for name in known or []:
        if name and re.search(r"\b" + re.escape(name.lower()) + r"\b", low):
            return name
    parts = [re.sub(r"[_-]+", " ", p).lower() for p in PurePath(path).parts[:-1]]
    for name in known or []:
        if name and any(re.search(r"\b" + re.escape(name.lower()) + r"\b", p) for p in parts):
            return name
    if parts and parts[-1] in _NATIONAL_FOLDERS:  # a folder of national guidance names no area
        return NATIONAL
    return ""
