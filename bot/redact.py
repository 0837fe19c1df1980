"""Personal-data redaction for practitioner messages.

Why: before a message is logged, stored or sent to a language model we strip
identifiers of children and families (names, dates of birth, addresses,
postcodes, phone numbers, emails, NHS and National Insurance numbers). It is
rule-based and best effort (no model): it prefers over-redacting digits and
under-redacting ordinary words, and it must leave procedural questions
("What is the LADO number for Anyshire?") untouched so search still works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PRIVACY_NOTICE: str = (
    "Please don't type names or other details that could identify a child, family "
    "or colleague (such as addresses, dates of birth or NHS numbers); describe the "
    "situation in general terms instead."
)

_DATA_DIR = Path(__file__).parent / "data"

# First names that are also ordinary words: only redacted when clearly used as a name.
_AMBIGUOUS_NAMES = frozenset({
    "amber", "faith", "grace", "summer", "holly", "ivy", "jade", "ruby", "willow", "violet",
    "daisy", "poppy", "precious", "blessing", "mark", "max", "dean", "dale", "jan", "jordan",
    "georgia", "florence", "victoria", "teddy", "bonnie", "mason", "carter", "austin", "harper",
    "brooke", "frances", "ellis", "lee", "kim", "sienna", "heidi", "joy", "hope", "bailey",
    "hunter", "paige", "robin", "sky", "skye", "rory", "cody", "billy", "tommy", "will",
    "charlie", "molly", "stanley",
})
_AMBIGUOUS_FOLLOWERS = frozenset({
    "holidays", "holiday", "term", "alert", "alerts", "appeal", "scheme", "group", "groups",
    "camp", "school", "programme", "project", "team", "service", "centre", "house", "ward",
    "unit", "fair", "club", "festival", "leaders", "communities", "road", "street", "court",
    "hospital", "street", "and", "or", "plan",
})

_COMMON_SURNAMES = frozenset("""
smith jones williams brown taylor davies evans wilson thomas johnson roberts robinson
thompson wright walker white edwards hughes green hall lewis harris clarke clark patel
jackson wood turner martin cooper hill ward morris moore king baker harrison morgan allen
james scott phillips watson davis parker price bennett young griffiths mitchell kelly cook
carter richardson bailey collins bell shaw murphy miller cox richards khan marshall anderson
simpson ellis adams singh begum wilkinson foster chapman powell webb rogers gray grey mason
ali hussain campbell matthews owen palmer holmes mills barnes knight lloyd butler russell
barker fisher stevens jenkins murray dixon harvey graham pearson ahmed fletcher walsh kaur
gibson howard andrews stewart elliott reynolds saunders payne fox ford pearce brooks
lawrence cole atkinson bradley spencer gill dawson burton obrien watts booth perry ryan
grant wells armstrong francis rees hayes hart hudson newman barrett webster hunt kennedy
carr lowe hamilton hunter holland chambers wallace okafor adeyemi nowak kowalski mensah
""".split())

# Capitalised words that are never names here: safeguarding vocabulary, roles,
# organisations, places, calendar words and common sentence starters.
_TERMS = frozenset("""
a an the i i'm i've i'd we you he she they it my our your his her their its this that these those
what when where who whom why how which is are was were be been can could should would will shall
may might must do does did has have had if then so and or but not no yes please thanks thank hi
hello dear ok okay also just any some all every each there here about after before during since
until while with without within from into onto for of on in at by to up down out over under again
mum dad mother father parent parents carer carers step stepdad stepmum brother sister son daughter
uncle aunt auntie nan nana gran granny grandma grandad grandpa cousin baby child children kid kids
boy girl lad young person people family families pupil pupils student students teacher teachers
head headteacher deputy nurse doctor gp police officer pcso social worker workers sw manager
designated safeguarding lead leads dsl ddsl lado mash edt scp lscp partnership partnerships board
children's childrens services service social care early help front door team duty emergency
out hours multi agency multiagency hub referral referrals strategy discussion meeting conference
core group plan protection cp cin child-in-need need section icpc rcpc s47 s17 assessment
significant harm abuse neglect exploitation cse cce fgm county lines forced marriage honour based
domestic violence prevent channel operation encompass working together keeping children safe
education kcsie ofsted nspcc childline camhs nhs dbs police crime court family courts
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december spring summer autumn winter christmas easter
term year years week weeks day days month months today tomorrow yesterday tonight morning
afternoon evening night
anyshire brackenford eastmarsh england wales scotland ireland uk britain london county council
borough city town district local national government department dfe home office
safeguarding guidance policy procedure procedures protocol threshold thresholds document toolkit
training course learning review reviews case practice child's young people's adult adults
designated officer allegation allegations management lado's lead's partner boyfriend girlfriend
health visitor visitors midwife midwives hospital a&e school schools academy college nursery
primary secondary reception sixth form class form tutor year group club youth service
contact number phone email website address hours office line helpline report reporting
where's what's who's how's when's there's it's that's let's can't won't don't doesn't didn't
isn't wasn't aren't i'll we'll you'll he'll she'll they'll
info information sharing share consent gdpr data protection record records recording
appendix paragraph chapter page part annex table figure step steps stage stages level levels
early help assessment team around the family tac tafc signs safety risk risks indicators
private fostering fostering adoption looked after care leaver leavers virtual corporate
mr mrs ms miss dr
nobody someone somebody everyone everybody anyone anybody staff she's he's they're we're you're
yesterday recently last next new old first second third other another many much more most less
good bad best worst right wrong sure worried concerned concern concerns urgent help question
questions answer answers advice need needs want wants know think feel feels felt said says told
tell asked ask called call ring rang phoned emailed wrote write see seen saw met meet visit visited
home house flat room bedroom school office ward clinic surgery practice centre unit hostel
hi hey morning afternoon evening regards cheers sorry apologies quick query urgent important
is/are can/could god oh ah um hmm well yeah yep nope hello sir madam dear team colleagues all
""".split())

_STREET_WORDS = (r"(?:road|rd|street|st|avenue|ave|close|lane|ln|drive|way|crescent|cres|court|ct|place"
                 r"|gardens|gdns|terrace|grove|mews|rise|walk|row|parade|square|hill|green|vale|view"
                 r"|park|estate|house|cottages|fields)")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Built-in list of common UK first names (lower case)."""
    path = _DATA_DIR / "first_names.txt"
    words = path.read_text(encoding="utf-8").split("\n")
    return frozenset(w.strip().lower() for w in words if w.strip() and not w.startswith("#"))


@dataclass
class Redaction:
    """Redacted text plus the sorted, unique kinds of identifier removed."""

    text: str
    kinds: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True if anything was redacted."""
        return bool(self.kinds)


class _Redactor:
    """Applies each rule in turn, remembering which kinds fired."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.kinds: set[str] = set()

    def sub(self, pattern: re.Pattern[str], kind: str, repl=None) -> None:
        """Replace matches with [KIND] (or a callable's result; None keeps the match)."""

        def _r(m: re.Match[str]) -> str:
            out = repl(m) if repl else f"[{kind}]"
            if out is None:
                return m.group(0)
            if out != m.group(0):
                self.kinds.add(kind)
            return out

        self.text = pattern.sub(_r, self.text)


# ---------------------------------------------------------------------------
# Numbers, contacts, dates, places
# ---------------------------------------------------------------------------

_EMAIL = re.compile(r"\b[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\b")
_NHS_SPACED = re.compile(r"(?<![\d+])\d{3}[ -]\d{3}[ -]\d{4}(?![\d])")
_TEN_DIGITS = re.compile(r"(?<![\d+])\d{10}(?!\d)")
_NI = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", re.I)
_PHONE = re.compile(r"(?<![\w+])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)\d[\d \-()]{7,15}\d(?![\d])")
_POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d(?!(?:st|nd|rd|th)\b)[A-Z]{2})\b", re.I)
_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
           r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DATE_NUM = r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})"
_DATE_TEXT = (r"(?:\d{1,2}(?:st|nd|rd|th)?(?: of)? " + _MONTHS + r"\.?,? \d{2,4}"
              r"|" + _MONTHS + r"\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
              r"|" + _MONTHS + r"\.? \d{4})")
_DOB_CUED = re.compile(
    r"(\b(?:born(?: on)?|d\.?o\.?b\.?|date of birth|birthday(?: is)?|bday)\s*(?:is\s*)?[:\-]?\s*(?:the\s+)?)"
    r"(" + _DATE_NUM + r"|" + _DATE_TEXT + r")\b", re.I)
_DATE_BARE = re.compile(r"(?<![\d.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.])")
_ADDRESS_NUMBERED = re.compile(
    r"\b(?:(?:flat|apartment|apt|unit) \d+[a-z]?,? )?\d{1,4}[a-z]?,? (?:[A-Za-z][a-z'-]+ ){1,3}"
    + _STREET_WORDS + r"\b", re.I)
_ADDRESS_NAMED = re.compile(
    r"(\b(?:lives|living|lived|live|address is|address|staying|stays|moved|moving) (?:on|at|in|to|is)? ?)"
    r"((?:[A-Z][a-z'-]+ ){1,3}(?i:" + _STREET_WORDS + r"))\b")
_NON_ADDRESS_WORDS = frozenset({
    "working", "days", "day", "weeks", "week", "months", "years", "hours", "minutes", "the", "a", "of",
    "to", "and", "or", "in", "on", "at", "year", "old", "children", "times", "per", "more", "than",
    "child", "pupils", "ways", "steps", "simple", "best", "main", "key", "other", "different",
})


def _nhs_valid(digits: str) -> bool:
    """NHS number mod-11 check digit."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _phone_ok(raw: str) -> bool:
    """A UK number: 10-11 national digits starting 0 (after mapping +44)."""
    digits = re.sub(r"\D", "", raw)
    if raw.lstrip().startswith("+"):
        if not digits.startswith("44"):
            return False
        rest = digits[2:]
        digits = rest if rest.startswith("0") else "0" + rest
    return digits.startswith("0") and len(digits) in (10, 11)


# Public national helplines are not personal data; keeping them helps answers.
_PUBLIC_NUMBERS = frozenset({"08088005000", "08001111", "116123", "0800789321", "02070080151"})


def _phone_repl(m: re.Match[str]) -> str | None:
    """Redact a phone-like run; trim trailing groups that are not part of it."""
    raw = m.group(0)
    if re.sub(r"\D", "", raw) in _PUBLIC_NUMBERS:
        return None
    while raw:
        if _phone_ok(raw):
            tail = m.group(0)[len(raw):]
            return "[PHONE]" + tail
        cut = re.search(r"[ \-()]+\d+$", raw)
        if not cut:
            return None
        raw = raw[:cut.start()]
    return None


def _ten_digit_repl(m: re.Match[str]) -> str:
    """Ten digits: NHS number unless it looks like a phone number."""
    d = m.group(0)
    if d.startswith("0") and not _nhs_valid(d):
        return "[PHONE]"
    return "[NHS_NUMBER]"


def _date_repl(m: re.Match[str]) -> str | None:
    """Bare numeric dates are redacted only if day and month are plausible."""
    day, sep, month = int(m.group(1)), m.group(2), int(m.group(3))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if sep == "." and (len(m.group(1)) != 2 or len(m.group(3)) != 2):
        return None  # "5.1.10" is a paragraph number, not a date
    return "[DATE_OF_BIRTH]"


def _address_repl(m: re.Match[str]) -> str | None:
    """Skip 'number + ordinary words' like '15 working days ... way'."""
    words = re.findall(r"[A-Za-z][a-z'-]+", m.group(0))[:-1]
    if any(w.lower() in _NON_ADDRESS_WORDS for w in words):
        return None
    return "[ADDRESS]"


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

_CAP = r"[A-Z][a-z]+(?:['\u2019-][A-Z][a-z]+)?"
_CAP_OR_O = r"(?:O'[A-Z][a-z]+|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|" + _CAP + r")"
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_TITLE = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Mx|Dr|Master|Prof)\.? (" + _CAP_OR_O + r")(?: (" + _CAP_OR_O + r"))?")
_TITLE_LOWER = re.compile(r"\b(mr|mrs|ms|dr)\.? ([a-z][a-z'-]+)\b")
_CUE_CALLED = re.compile(
    r"\b((?:called|named|name is|name's|known as|aka|goes by)\s+)([A-Za-z][a-z'-]+)(?: (" + _CAP_OR_O + r"))?")
_ROLE_CUE = re.compile(
    r"\b((?i:pupil|student|child|son|daughter|boy|girl|baby|brother|sister|mum|dad|mother|father|colleague"
    r"|patient|client|nephew|niece|stepson|stepdaughter|grandson|granddaughter|learner|cousin|friend"
    r"|partner|boyfriend|girlfriend|husband|wife|carer|teacher|uncle|aunt|auntie|neighbour|toddler"
    r"|infant|teen|teenager|lad|kid|sibling|twin|stepdad|stepmum)s?,? )(" + _CAP_OR_O + r")(?: (" + _CAP_OR_O + r"))?")
_ROLE_CUE_LOWER = re.compile(r"\b((?:my|our|a) (?:pupil|student|patient|client|learner|colleague) )([a-z][a-z'-]+)\b")
_CAP_FOLLOWED = re.compile(
    r"\b(" + _CAP_OR_O + r")(?: (" + _CAP_OR_O + r"))?(?=(?:,? (?:aged?|who is|who's|is) \d|,? \(\d|,? \d{1,2},"
    r"|,? a \d{1,2}[ -]year| (?:told|said|says|disclosed|tells|whispered|admitted|keeps|reported)\b"
    r"|['\u2019]s (?:mum|dad|mother|father|parents|brother|sister|step|nan|gran|uncle|aunt|carer|family"
    r"|boyfriend|girlfriend|house|home|baby|teacher|school)))")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _sentence_initial(text: str, start: int) -> bool:
    """True if position starts a sentence (or the text)."""
    before = text[:start].rstrip(" \t\"'(\u201c")
    return not before or before[-1] in ".!?:;\n-\u2013\u2014"


def _is_term(word: str) -> bool:
    w = word.lower().replace("\u2019", "'")
    return w in _TERMS or w.rstrip("s") in _TERMS or w.endswith("'s") and w[:-2] in _TERMS


def _surname_ok(word: str | None) -> bool:
    """A following capitalised word counts as a surname unless it is a term."""
    return bool(word) and word[0].isupper() and not _is_term(word)


def _title_repl(m: re.Match[str]) -> str | None:
    if _is_term(m.group(2)):
        return None
    tail = "" if _surname_ok(m.group(3)) or not m.group(3) else " " + m.group(3)
    return f"{m.group(1)} [NAME]{tail}"


def _title_lower_repl(m: re.Match[str]) -> str | None:
    if _is_term(m.group(2)):
        return None
    return f"{m.group(1)} [NAME]"


def _called_repl(m: re.Match[str]) -> str | None:
    first = m.group(2)
    if _is_term(first) or (first[0].islower() and first.lower() not in first_names()):
        return None
    tail = "" if _surname_ok(m.group(3)) or not m.group(3) else " " + m.group(3)
    return f"{m.group(1)}[NAME]{tail}"


def _role_repl(m: re.Match[str]) -> str | None:
    if _is_term(m.group(2)):
        return None
    tail = "" if _surname_ok(m.group(3)) or not m.group(3) else " " + m.group(3)
    return f"{m.group(1)}[NAME]{tail}"


def _role_lower_repl(m: re.Match[str]) -> str | None:
    return f"{m.group(1)}[NAME]" if m.group(2) in first_names() else None


def _cap_followed_repl(m: re.Match[str], text: str) -> str | None:
    first, second = m.group(1), m.group(2)
    if _is_term(first) or (second and _is_term(second)):
        return None
    return "[NAME]"


def _base(word: str) -> tuple[str, str]:
    """Split a possessive: "Jack's" -> ("Jack", "'s")."""
    m = re.match(r"^(.*?)(['\u2019]s?)$", word)
    return (m.group(1), m.group(2)) if m and m.group(1) else (word, "")


def _is_listed_name(word: str, nxt: str | None, text: str, start: int) -> bool:
    """Decide whether a token from the first-name list is used as a name here."""
    low = word.lower()
    if low not in first_names():
        return False
    if low not in _AMBIGUOUS_NAMES:
        return True
    if not word[0].isupper():
        return False
    if nxt and _surname_ok(nxt):
        return True
    return not _sentence_initial(text, start) and (nxt or "").lower() not in _AMBIGUOUS_FOLLOWERS


def _is_surname(first: str, nxt: str) -> bool:
    """Is the token after a first name its surname?"""
    if _surname_ok(nxt):
        return True
    return nxt.lower() in _COMMON_SURNAMES and (nxt[0].isupper() or first[0].islower())


def _name_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans (start, end, replacement) for listed first names (+ surnames)."""
    toks = list(_TOKEN.finditer(text))
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        word, suffix = _base(toks[i].group(0))
        nxt_m = toks[i + 1] if i + 1 < len(toks) else None
        adjacent = nxt_m is not None and text[toks[i].end():nxt_m.start()] == " " and not suffix
        nxt = _base(nxt_m.group(0))[0] if adjacent else None
        start = toks[i].start()
        after = text[toks[i].end():toks[i].end() + 12]
        if suffix and re.match(r"\s+(?:Law|Act|Review|Syndrome|Principle|Rule)\b", after):
            i += 1
            continue  # "Sarah's Law" names a scheme, not a person
        if _is_listed_name(word, nxt, text, start):
            if nxt and _is_surname(word, nxt):
                n_word, n_suffix = _base(nxt_m.group(0))
                spans.append((start, nxt_m.end(), "[NAME]" + n_suffix))
                i += 2
                continue
            spans.append((start, toks[i].end(), "[NAME]" + suffix))
        elif (nxt and word[0].isupper() and nxt[0].isupper() and nxt.lower() in _COMMON_SURNAMES
              and not _is_term(word)):
            spans.append((start, nxt_m.end(), "[NAME]" + _base(nxt_m.group(0))[1]))
            i += 2
            continue
        i += 1
    return spans


_ORG_WORDS = re.compile(
    r"\s+(?:Foundation|Trust|Centre|Center|House|School|Academy|College|Hospital|Ward|Unit|Project|Appeal"
    r"|Charity|Institute|Practice|Surgery|Nursery|Children's Centre|Street|Road|Avenue|Lane)\b")


def _drop_org_spans(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names that start an organisation or place name ("Lucy Faithfull Foundation") stay."""
    return [sp for sp in spans if not _ORG_WORDS.match(text, sp[1])
            and not re.match(r"\s+[A-Z][a-z]+" + _ORG_WORDS.pattern, text[sp[1]:])]


def _apply_spans(r: _Redactor, spans: list[tuple[int, int, str]], kind: str) -> None:
    text = r.text
    for start, end, repl in reversed(spans):
        text = text[:start] + repl + text[end:]
    if spans:
        r.kinds.add(kind)
    r.text = text


def _redact_names(r: _Redactor) -> None:
    """Best-effort person-name removal, most specific cues first."""
    r.sub(_TITLE, "NAME", _title_repl)
    r.sub(_TITLE_LOWER, "NAME", _title_lower_repl)
    r.sub(_CUE_CALLED, "NAME", _called_repl)
    r.sub(_ROLE_CUE, "NAME", _role_repl)
    r.sub(_ROLE_CUE_LOWER, "NAME", _role_lower_repl)
    r.sub(_CAP_FOLLOWED, "NAME", lambda m: _cap_followed_repl(m, r.text))
    _apply_spans(r, _drop_org_spans(r.text, _name_spans(r.text)), "NAME")


def redact(text: str) -> Redaction:
    """Replace personal identifiers with [KIND] placeholders.

    Order matters: structured identifiers (email, NHS, NI, phone, dates,
    postcodes, addresses) go first so their digits and words cannot be
    mistaken for names.
    """
    r = _Redactor(text)
    r.sub(_EMAIL, "EMAIL")
    r.sub(_DOB_CUED, "DATE_OF_BIRTH", lambda m: m.group(1) + "[DATE_OF_BIRTH]")
    r.sub(_NHS_SPACED, "NHS_NUMBER")
    r.sub(_NI, "NI_NUMBER")
    r.sub(_PHONE, "PHONE", _phone_repl)
    r.sub(_TEN_DIGITS, "NHS_NUMBER", _ten_digit_repl)
    r.sub(_DATE_BARE, "DATE_OF_BIRTH", _date_repl)
    r.sub(_POSTCODE, "POSTCODE")
    r.sub(_ADDRESS_NUMBERED, "ADDRESS", _address_repl)
    r.sub(_ADDRESS_NAMED, "ADDRESS", lambda m: m.group(1) + "[ADDRESS]")
    _redact_names(r)
    if "[PHONE]" in r.text:
        r.kinds.add("PHONE")
    kinds = {k for k in r.kinds if f"[{k}]" in r.text}
    return Redaction(text=r.text, kinds=sorted(kinds))
