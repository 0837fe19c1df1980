"""How well a piece of text answers a question: shared by reranking and answer selection.

Coverage is the share of the question's IDF-weighted concepts a sentence (with
its section heading as weaker context) contains; a concept is a question term
with its thesaurus equivalents and spelling correction. Intents add a bonus
when the question asks for a kind of answer (a phone number, a timescale, a
time, a count, a name) and the sentence gives one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from index.bm25 import SHORTEST_CORRECTED, BM25Index, near
from index.passages import split_sentences
from index.periods import DATE_OR_YEAR, DAY, MONTH_NAMES, SPAN_DASH
from index.terms import terms, words
from index.thesaurus import concepts
from safeguard.model import NATIONAL, Passage

HEADING_WEIGHT = 0.8
RANK_PRIOR = 0.1

_LANDLINE = re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b")
_PHONE = re.compile(rf"{_LANDLINE.pattern}|\b(?:999|101|111)\b")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
_TIMESCALE = re.compile(
    rf"\b(?:\d+|{_NUMBER_WORDS}|same|next)[\s-]*(?:working[\s-]+|school[\s-]+|calendar[\s-]+)?"
    r"(?:hours?|days?|weeks?|months?|years?)\b|\bimmediately\b|\bsame day\b"
    r"|\bby the end of (?:the )?(?:next |same )?(?:working |school )?day\b"
    r"|\bby (?:\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)|(?:12 )?noon|midday|midnight)\b",  # a deadline: "by 12 noon"
    re.IGNORECASE,
)
# A time of day: "9.30am", "noon", "17:00".
_TIME = r"(?:\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)|midnight|midday|noon|(?:[01]?\d|2[0-3]):[0-5]\d)"
_CLOCK = re.compile(rf"\b{_TIME}\b", re.IGNORECASE)
# A numbered item's marker ("4. Do not close ...") is a label, not a count.
ITEM_MARKER = re.compile(r"^(?:- )?\d{1,2}[.)]\s")
# A numbered paragraph's clause number ("3.3 The police tell CARD ...") is a label too, not a count.
_CLAUSE_NUMBER = re.compile(r"^(?:- )?\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z])")
# A count, not a label's number: "Level 2", "Stage 3", "section 47" and "Year 10" count nothing.
# Numbered items a question may name ("stage 5", "tier 2", "episode 3"): the sentence about that item answers,
# and one about another item of the kind does not.
_ITEM_KINDS = ("level", "stage", "tier", "step", "part", "episode", "module", "phase")
_LABELS = (*_ITEM_KINDS, "section", "year", "zone", "chapter", "page", "paragraph", "appendix")
_LABEL = "".join(rf"(?<!{label} )" for label in _LABELS)
_NAMED_ITEM = re.compile(rf"\b({'|'.join(_ITEM_KINDS)})\s*(\d{{1,2}})\b", re.IGNORECASE)
ITEM_BONUS = 0.3
# "One" is mostly a word, not a figure ("in one team", "one of the"), unless it is counted ("at least one").
_COUNT = re.compile(rf"{_LABEL}\b\d[\d,.%]*\b|\b(?!one\b)(?:{_NUMBER_WORDS})\b"
                    r"|\b(?:at least|only|just|exactly|more than|fewer than|less than|no more than) one\b"
                    r"|\bone or (?:more|two)\b", re.IGNORECASE)
_PERCENT = re.compile(r"\d\s?%|\bper ?cent\b|\bper [\d,]+\b", re.IGNORECASE)
# An instruction: what a practitioner is told to do ("Contact the MASH...", "What to do: Start an EHA").
_ACTION = re.compile(
    r"(?:^|; )(?:- )?(?:[\w ]{1,20}: )?(?:(?:if|where|when|once|before|after|until) [^;.]{3,150}?, )?"
    r"(?:contact|call|ring|telephone|phone|send|make|complete|record|tell|ask|discuss|hold|let"
    r"|refer|report|keep|check|follow|share|speak|write|seek|inform|use|do not|don't|never|ensure|consider"
    r"|arrange|start|submit|email|notify|explain|agree|book|raise|escalate|talk|listen|take|give|offer|review)\b",
    re.IGNORECASE)
ACTION_BONUS = 0.15
# Who does something: "is carried out by", "chaired by", "the designated officers are".
_AGENT = re.compile(r"\b(?:(?:carried out|chaired|led|run|provided|convened|completed|made|managed|done) by"
                    r"|(?:chairs|leads|runs|convenes)|officers? (?:are|is))\b", re.IGNORECASE)
_AGE = re.compile(r"\b(?:under|over|below|above|aged|age(?: of)?)\s+\d{1,2}\b|\b\d{1,2}(?:\s*|-)(?:years?|months?)"
                  r"(?:[\s-]+old|\s+of\s+age)\b", re.IGNORECASE)
# An age, or a band of ages ("for ages 5 to 18"): how old, never how many.
_AGES = re.compile(rf"\b(?:ages?|aged)\s+\d{{1,2}}\s*(?:to|-|\u2013|and)\s*\d{{1,2}}\b|{_AGE.pattern}", re.IGNORECASE)
_PERIODICALLY = r"(?:daily|weekly|fortnightly|monthly|quarterly|termly|annually|yearly)"
_WEEKDAY_STEM = r"(?:mon|tues|wednes|thurs|fri|satur|sun)"  # + "day"
_FREQUENCY = re.compile(
    rf"\b(?:{_PERIODICALLY}|every (?:\w+ ){{0,3}}?(?:days?|weeks?"
    r"|fortnights?|months?|years?|terms?|quarters?)|each (?:day|week|month|term|year|quarter)"
    r"|(?:once|twice|\w+ times) (?:a|per|each) (?:day|week|fortnight|month|year|term)"
    # "three days a week", "2 sessions each month"
    rf"|(?:\d+|{_NUMBER_WORDS}) (?:days?|nights?|mornings?|afternoons?|evenings?|sessions?) (?:a|per|each) "
    r"(?:week|fortnight|month|term|year)"
    # "reviewed after every missing episode", "every other Thursday"
    r"|(?:after|following) (?:each|every) \w+|every time"
    rf"|every other (?:{_WEEKDAY_STEM}?day|week|month|term|year))\b", re.IGNORECASE)
_WEEKDAY = re.compile(rf"\b{_WEEKDAY_STEM}days?\b", re.IGNORECASE)
_PROPER_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|and\s+)?[A-Z][a-z]+)+\b")
WHO_GIVES = (_PROPER_NAME, _AGENT)


@dataclass(frozen=True)
class Intent:
    """A kind of answer the question asks for, and how to recognise a sentence that gives it."""

    asks: re.Pattern[str]
    gives: tuple[re.Pattern[str], ...]
    bonus: float
    covers: frozenset[str]  # question terms a sentence giving this kind of answer covers


def _q(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# The words a yes-or-no question opens with ("does the child get to pick...", "can I share...").
_AUXILIARY = r"can|could|do|does|did|should|is|are|will|would|must|may|shall"


# "contact form", "over the phone" and "by email" name a form or a way of meeting, not a number to ring.
# "The number of the LADO" is a telephone number; "the number of rapid reviews" is a count.
_COUNTED = r"numbers? of (?!(?:the|a|an|your|our|my|their|this|that)\b)"
CONTACT = Intent(_q(rf"(?<!over the )(?<!by )(?<!on the )\b((?!{_COUNTED})number|phone|ring|call"
                    r"|contact(?! form| centre| record)|telephone|tel|email|e-mail)\b"), (_PHONE, _EMAIL), 0.3,
                 frozenset(terms("number numbers phone telephone tel call ring contact contacts email e-mail address "
                                 "mailbox inbox details line")))
# Asked for a contact, "send" and what is sent say where something goes ("email to send the referral to"), not
# what it is about: a contacts table names the service, not the form. Not among CONTACT's covers: a sentence
# giving a phone number says nothing about sending.
_SENDING = frozenset(terms("send sending sent referral referrals request requests form forms"))
TIMESCALE = Intent(_q(r"\b(how (long|soon|quickly|fast|quick|many (?:hours|hrs|days|weeks|wks|months))|when|timescales?"
                      r"|deadline|within|by when|(?<!what )(?<!which )(?:days?|hours?)"
                      r"|max(?:imum)? (?:time|length)|how far in advance|how much notice)\b"),
                   (_TIMESCALE,), 0.2,
                   frozenset(terms("long soon quickly fast quick timescale timescales deadline days hours time "
                                   "within far advance notice length")))
# "Opening hours" and "when is it open" ask for a time; "a close relative" and "keep a case open" do not, nor "what
# time of year" (a season).
_WHEN_DOES = r"\bwhen (?:does|do|is|are) (?:\w+ ){0,4}"
_STARTS_OR_ENDS = r"(?:start|starts|begin|begins|finish|finishes|end|ends)"
CLOCK = Intent(_q(r"\b(what time(?! of (?:the )?(?:year|month|term|week))|what hours|opening (?:hours?|hrs|times?)"
                  r"|closing time|shut|shuts)\b"
                  rf"|{_WHEN_DOES}(?:{_STARTS_OR_ENDS}|open|opens|close|closes)\b"),
               (_CLOCK,), 0.3, frozenset(terms("time open opening close closes shut shuts hours"
                                               " start starts begin begins finish finishes end ends")))
# "When does X start" asks a time of day of a service ("when does the helpline open") but of a process an age, a
# timescale or a date ("when does transition planning start").
_PROCESS_STARTS = _q(rf"{_WHEN_DOES}{_STARTS_OR_ENDS}\b")
_ASKS_CLOCK_TIME = _q(r"\b(what time|what hours|opening (?:hours?|hrs|times?)|closing time)\b")
COUNT = Intent(_q(rf"\b(how many|how much|{_COUNTED})"), (_COUNT,), 0.15, frozenset(terms("number numbers")))
FREQUENCY = Intent(_q(rf"\b(how often|how frequently|frequency|how regularly|{_PERIODICALLY} or {_PERIODICALLY})\b"),
                   (_FREQUENCY,), 0.15,
                   frozenset(terms("often frequency frequently regularly")))
# "What percentage", "%": asked so plainly that an answer without one is a near miss; "rate" and "proportion" may
# not be.
_SHARE_WORDS = r"\b(?:percentage|per ?cent)\b|%"
_ASKS_SHARE = _q(_SHARE_WORDS)
PERCENT = Intent(_q(rf"\b(?:rate|proportion)\b|{_SHARE_WORDS}"), (_PERCENT,), 0.15,
                 frozenset(terms("percentage rate proportion percent")))
WEEKDAY = Intent(_q(r"\b(which days?|what days?)\b"), (_WEEKDAY,), 0.2, frozenset(terms("day days")))
AGE = Intent(_q(r"\b(what age|age limit|ages?|how old|aged)\b"), (_AGE,), 0.2, frozenset(terms("age ages limit")))
ACTION = Intent(_q(r"\bwhat (?:do|should|must|shall|can|would) (?:i|we|you|staff|they|schools?) (?:need to )?do\b"
                   r"|(?<!decide )(?<!decides )\bwhat (?:to do|action|steps?)\b|\bwhat next\b|\bnext steps?\b"),
                (_ACTION,), ACTION_BONUS,
                frozenset())
# "How much does the ICB put into the budget": a sum or a share, not a count.
_SUM = _q(r"£\s?\d|\b\d[\d,.]*\s?(?:pounds|k|m|million)\b|\bfree\b|\bno (?:charge|cost)\b")
MONEY = Intent(_q(r"\bhow much\b.*\b(pay|pays|paid|contribut\w*|puts? in(?:to| to)?|spend|spends"
                  r"|spent|fund\w*|budget)\b"),
               (_SUM, _PERCENT), 0.2,
               frozenset(terms("cost costs price charge")))
# A price, a fee or a charge ("how much did the review cost", "do we get charged for a medical", "foster carer
# allowance rates"): a sum or "free"; a percentage is not a price.
FEE = Intent(_q(r"\b(?:get|be|are|is|were|was) charged for\b|\bcost anything\b"
                r"|\bhow much\b.*\b(?:cost|costs|costing|charge[sd]?|price)\b"
                r"|\b(?:fees?|allowance rates?|(?:weekly|fostering|carers?'?) allowances?)\b"),
             (_SUM,), 0.2, frozenset(terms("fee fees charged charge cost costs price rate rates")))
WHO = Intent(_q(r"^\s*who\b|\bwho (is|are|does|do|should|can|must|will|leads?|chairs?|runs?)\b"
                r"|\b(called|name of|named)\b"), WHO_GIVES, 0.1, frozenset(terms("called name named")))
# Asks for a person by name: "name of the team manager", "who is the independent scrutineer", "who's the lead
# LADO". Not "who chairs MACE" or "who is the chair of MACE", which a role answers, nor "who is the LADO".
_ASKS_PERSON = _q(r"\bname of (?:the |your |our )?(?:[\w'-]+ ){0,4}?(?:manager|chair|chairperson|scrutineer|reviewer"
                  r"|co-?ordinator|officer|lado|director|head|author|nurse|doctor|superintendent|inspector|adviser"
                  r"|advisor|listener|headteacher|head teacher|principal|dsl)s?\b"
                  r"|\bwhat(?:'s|s| is| was| are) (?:his|her|their) names?\b"
                  r"|\bwho(?:'s| is| was| are| were) (?:the )?(?:(?:[\w'-]+ ){0,3}?(?:scrutineer|reviewer"
                  r"|chair(?! of)|chairperson|director|head|headteacher|head teacher|principal|dsl)s?"
                  r"|(?:lead|senior|other|deputy|new|current) lados?|lados)\b"
                  r"|\b(?:headteacher|head teacher|principal|dsl|listener|manager|nurse|doctor|chair)(?:'s|s)? names?\b"
                  r"|^\W*who\b[^?]*\bnames?(?: please| pls| plz)?\W*$")  # "who is the partnership manager - name"
_TITLE = r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Cllr|Councillor)\.?"
_NAME_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_TITLED = re.compile(rf"\b{_TITLE}\s+{_NAME_WORD}\b")
_NAME_PAIR = re.compile(rf"(?=\b({_NAME_WORD})\s+({_NAME_WORD})\b)")


# A word that ends the name of a place or a body, not a person: "Fenwarden Royal Infirmary", "Waymark Youth Trust".
_BODY = re.compile(r"\s*(?:Infirmary|Hospital|Trust|Council|Unit|Centre|Center|School|Academy|College|University"
                   r"|Service|Services|Team|Panel|Partnership|Police|Court|House|Clinic|Surgery|Board|Hub"
                   r"|Foundation|Project|Network|Group|Road|Street)\b")


# Joined to a capitalised word before it, two capitalised words end a role's or a body's title: "Head of
# Safeguarding and Quality Assurance", "Director of Public Health".
_TITLE_GOES_ON = re.compile(r"\b[A-Z][\w']*\s+(?:of|and|for|&)\s+$")


def names_person(text: str, lower_case_words: frozenset[str]) -> bool:
    """Whether `text` names a person: a title and a name, or two capitalised words the documents never
    write in lower case ("Helen Brackley", not "Tidewater Team Manager" nor "Fenwarden Royal Infirmary")."""
    if _TITLED.search(text):
        return True
    for pair in _NAME_PAIR.finditer(text):
        words = pair.group(1, 2)
        if _BODY.match(text, pair.end(2)) or any(_BODY.fullmatch(word) for word in words):
            continue
        if _TITLE_GOES_ON.search(text, 0, pair.start(1)):
            continue
        if all(part.lower() not in lower_case_words for word in words for part in word.split("-")):
            return True
    return False


# A bare topic and a reporting period ("ifd contacts 2025-26", "early help assessments started last yr") asks for
# that period's figure, though no words ask for one (`asked` adds it).
FIGURE = Intent(re.compile(r"(?!)"), (*COUNT.gives, *PERCENT.gives), 0.15, frozenset())
_REPORTING_PERIOD = _q(rf"\b(?:last|previous) (?:yr|year)\b|\b20\d\d{SPAN_DASH}\d\d\b")
_QUESTION_WORD = _q(r"^\W*(?:what|which|who|whom|whose|when|where|why|how|is|are|do|does|did|can|could|should|will"
                    r"|would|has|have|tell|explain)\b")
# Opening hours are a span ("8.45am to 4.45pm", "between 9am and 5pm", "24 hours a day"): one time of day is something
# else's ("a notification at 9am each day").
# A service's hours asked bare ("exploitation team hours", "consultation line - hours?"), or its opening on a day
# ("is the team open on a Sunday"); not "within 24 hours", "out of hours" nor "school hours".
_BARE_HOURS = (r"(?<!\d )(?<!out of )(?<!office )(?<!working )(?<!school )(?<!unsocial )\b(?:hours|hrs)\W*$"
               # "private fostering team office hours" asks when it is open; "lado number office hours" a number
               r"|^(?!.*\b(?:numbers?|phone|ring|call|contact|email|tel|who)\b).*(?<!or )\boffice (?:hours|hrs)\W*$"
               r"|\b(?:is|are) (?:\w+ ){1,5}open (?:on|at|over) (?:a |the )?(?:weekends?|bank holidays?"
               rf"|{_WEEKDAY_STEM}days?)")
HOURS = Intent(_q(rf"\b(opening (?:hours?|hrs|times?)|what hours|when (?:is|are) (?:\w+ ){{0,4}}open)\b|{_BARE_HOURS}"),
               (_q(rf"\b{_TIME}\s*(?:to|-|\u2013|until|till)\s*{_TIME}|\bbetween {_TIME} and {_TIME}"
                   r"|\b24 hours a day\b|\b24/7\b|\bround the clock\b"),), 0.1, frozenset())
# "Who chairs the forum" is answered by who chairs it ("chaired by the team manager"), not by who attends it.
CHAIR = Intent(_q(r"\bwho (?:chairs|will chair|is chairing|chaired)\b"),
               (_q(r"\bchaired\b|\bchairs (?:the|it|this|each|every|all|a|an)\b|\bchairs\s*(?:[.;]|$)"
                   r"|\bchair(?:person)? (?:is|will be)\b"
                   r"|\bchair:|\b(?:led|convened) by\b"),), 0.1, frozenset())
# "When did the old form stop", "when is the conference": a day in the calendar, not a timescale.
DATE = Intent(_q(r"\bwhen (?:did|was|were|has|had)\b|\bsince when\b"
                 r"|\bwhen(?:'s| is| are) (?:the |our |a )?(?:next )?(?:[\w-]+ ){0,3}(?:briefing|conference|course"
                 r"|training|event|session|seminar|workshop|launch)s?\b"),
              (DATE_OR_YEAR,), 0.2, frozenset(terms("date")))
# "What date is the next executive meeting", "date of the FGM training": a day of a month ("the 2026-27 priorities"
# give none), and an answer giving none is a near miss. Not a child's "date of birth".
ON_DATE = Intent(_q(r"\b(?:what|which) date\b|\bdate of (?!birth\b)"), (DAY,), DATE.bonus, DATE.covers)
# "When does MARAC meet": a standing meeting's frequency, day or time. ("When is it held", of one meeting, asks
# for a timescale.)
MEETING = Intent(_q(r"\bwhen (?:does|do|will) (?:[\w-]+ ){0,5}(?:meet|sit)\b"),
                 (*FREQUENCY.gives, *WEEKDAY.gives, *CLOCK.gives, *DATE.gives), 0.15, frozenset())
# "When is the next course", "closing date for the fund": a date in the calendar, and an answer giving none
# (what the course covers, how the fund pays) is a near miss.
NEXT_DATE = Intent(_q(r"\bclosing date\b|\bwhen(?:'s| is| does| do| will) the next\b"), (DATE_OR_YEAR,), DATE.bonus,
                   DATE.covers)
# "Address of the family hub", "refuge address": where it is, a street, a building or a postcode (an email will
# do); not an email address, nor the address of a child on a plan.
_STREET = re.compile(r"\b[A-Z][a-z]+ (?:Street|Road|Lane|Avenue|Way|Close|Drive|Place|Square|Terrace|Row|Hill|Gardens"
                     r"|Crescent|Walk|Parade|Quay|Green|House|Hall|Centre|Building|Court)\b")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
ADDRESS = Intent(_q(r"(?<!email )(?<!e-mail )(?<!e mail )(?<!web )(?<!website )\baddress(?:\W*$| (?:of|for) "
                    r"(?!(?:a|an|the|their|his|her) (?:child|children|family|pupil|young|baby|person)\b))"
                    r"|\bwhat(?:'s|s| is) the address\b"),
                 (_STREET, _POSTCODE, _EMAIL), 0.2,
                 frozenset(terms("address where")))
# "Where is MARAC held", "where are CP medicals done", "where is the front door based": a place (a street, a postcode,
# a named building or unit, a venue), not who takes part or when. Not "where do I send the form" (a contact), "where
# has cuckooing been happening" (estates and flats), "where is Child T now" (who they live with) nor a yes-or-no
# question ("does the child get to pick where the interview takes place").
_PLACE_VERBS = (r"held|based|done|happen|happens|take place|takes place|carried out|located|seen|sits?|meets?|runs?"
                r"|hosted")
_BUILDING = (r"Suite|Hospital|Infirmary|Centre|Center|Unit|Hall|House|Clinic|Station|Room|Building|Hub|Library"
             r"|Office|Court|Annexe|Yard|Point|Depot|Barracks|Camp|Site")
_NOT_YES_NO = rf"^(?!\s*(?:{_AUXILIARY})\b).*?"
PLACE = Intent(_q(rf"{_NOT_YES_NO}(?:\bwhere(?:'s|s| is| are| r| does| do| will| would| was| were)? "
                  rf"(?:[\w'-]+ ){{0,6}}?(?:{_PLACE_VERBS})\b"
                  rf"|\bwhere(?:'s| is| are| r) (?:the )?(?:[\w'-]+ ){{0,4}}?(?!now\b)[\w'-]+\W*$)"),
               (_STREET, _POSTCODE, re.compile(rf"\b[A-Z][\w']+ (?:{_BUILDING})s?\b"),
                re.compile(r"\b(?:Venue|Where|Location|Based at):")), 0.2,
               frozenset(terms("where")))
# "What did Ofsted rate children's services": an inspection's judgement, on the inspectorates' four-point scale.
_INSPECTION = r"(?:ofsted|inspection|inspectorate|cqc|hmicfrs)"
_RATED = r"(?:rate|rated|rating|grade|graded|judge|judged|judgement|judgment)"
JUDGEMENT = Intent(_q(rf"\b{_INSPECTION}\b.*\b{_RATED}\b|\b{_RATED}\b.*\b{_INSPECTION}\b"),
                   (_q(r"\b(?:outstanding|good|requires improvement|inadequate)\b"),), 0.2,
                   frozenset())
# "Postcode for the unit": an address, with its postcode. Not a postcode the asker gives ("postcode BK1 2XY").
POSTCODE = Intent(_q(r"\b(?:post ?codes?|postal address) (?:for|of)\b"
                     r"|\bwhat(?:'s| is)? (?:the |its |their )?post ?code\b|\bpost ?code\W*$"),
                  (_POSTCODE,),
                  0.2, frozenset(terms("postcode post code postal address")))
INTENTS = (CONTACT, TIMESCALE, CLOCK, COUNT, FREQUENCY, PERCENT, WEEKDAY, AGE, ACTION, MONEY, WHO, FIGURE, HOURS,
           CHAIR, DATE, ON_DATE, JUDGEMENT, MEETING, POSTCODE, FEE, NEXT_DATE, ADDRESS, PLACE)
# Kinds of answer asked for so plainly that an answer stating none is a near miss, each with the kinds that
# answer it: "how many" is answered by a count or a rate ("how many days" by a timescale, asked as well).
STRICT_INTENTS: dict[Intent, frozenset[Intent]] = {
    CLOCK: frozenset({CLOCK}),
    FREQUENCY: frozenset({FREQUENCY}),
    COUNT: frozenset({COUNT, PERCENT}),
    WEEKDAY: frozenset({WEEKDAY}),
    MONEY: frozenset({MONEY}),
    HOURS: frozenset({HOURS}),
    CHAIR: frozenset({CHAIR}),
    JUDGEMENT: frozenset({JUDGEMENT}),
    MEETING: frozenset({MEETING}),
    POSTCODE: frozenset({POSTCODE}),
    FEE: frozenset({FEE}),
    ON_DATE: frozenset({ON_DATE}),
    NEXT_DATE: frozenset({NEXT_DATE}),
    ADDRESS: frozenset({ADDRESS}),
}


def asked(question: str) -> list[Intent]:
    """The kinds of answer a question asks for; "out of hours" names a service, not a timescale."""
    question = _OUT_OF_HOURS.sub(" ", question)
    found = [i for i in INTENTS if i.asks.search(question)]
    if not found and _REPORTING_PERIOD.search(question) and not _QUESTION_WORD.match(question):
        found.append(FIGURE)
    return found


@lru_cache(maxsize=200_000)
def gives(text: str) -> frozenset[Intent]:
    """The kinds of answer `text` states (a phone, a timescale, a time...). A phone number's digits
    are a contact, never a count: "telephone 01632 960370" or "call 101" does not say how many; nor do "2 working
    days", "9.30am" and "aged 5 to 18", a timescale, a time and an age."""
    bare = _LANDLINE.sub(" ", text)
    uncounted = _PHONE.sub(" ", text)  # "on 999", "ring 101": numbers to call, not counts
    for not_a_count in (ITEM_MARKER, _CLAUSE_NUMBER, _TIMESCALE, _CLOCK, DATE_OR_YEAR, _AGES):
        uncounted = not_a_count.sub(" ", uncounted)
    return frozenset(i for i in INTENTS
                     if any(p.search(text if i is CONTACT else uncounted if i is COUNT else bare) for p in i.gives))


# The values a sentence states, by kind: what a newer document's change can replace (bot/freshness.py).
_VALUE_KINDS = (("phone", _LANDLINE), ("email", _EMAIL), ("time", _CLOCK), ("weekday", _WEEKDAY),
                ("frequency", _FREQUENCY))
_FIGURE = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")


def stated_values(text: str) -> dict[str, frozenset[str]]:
    """Each kind of value `text` states (phone numbers, emails, times of day, weekdays, frequencies, other figures),
    normalised so that "01632 960727" and "01632960727" or "Tuesday" and "tuesdays" are one value."""
    out: dict[str, frozenset[str]] = {}
    rest = text
    for label in (DATE_OR_YEAR, _CLAUSE_NUMBER, ITEM_MARKER, _NAMED_ITEM):  # "Stage 2", "3.3" and "1 May" are labels
        rest = label.sub(" ", rest)
    for kind, pattern in _VALUE_KINDS:
        found = frozenset(re.sub(r"\s+|s$", "", m.group(0).lower()) for m in pattern.finditer(rest))
        if found:
            out[kind] = found
        rest = pattern.sub(" ", rest)
    figures = frozenset(m.group(0).replace(",", "") for m in _FIGURE.finditer(rest))
    if figures:
        out["figure"] = figures
    return out


def answer_type_terms(text: str) -> set[str]:
    """The answer-type terms `text` satisfies: "number" is covered by a stated phone number."""
    return {t for intent in gives(text) for t in intent.covers}


_ASKS_PHONE = re.compile(r"\b(number|phone|ring|call|telephone|tel)\b", re.IGNORECASE)
_ASKS_EMAIL = re.compile(r"\b(e-?mail|address|mailbox|inbox)\b", re.IGNORECASE)
# Asks for the number or the address itself ("lado email", "what's the fax number"), not how to get in
# touch ("does the school ring the LADO?", "can I email a referral?", "if we email it at 7pm").
_ASKS_VALUE = re.compile(r"\b(numbers?|phone no|tel|(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )e-?mail|mailbox|inbox)\b",
                         re.IGNORECASE)
# "Is there a fax number" asks for the number, as "what is the fax number" does.
_YES_NO = re.compile(rf"\s*(?!(?:is|are) there (?:a|an|any)\b)({_AUXILIARY}|has|have)\b", re.IGNORECASE)
_FAX = re.compile(r"\bfax\b", re.IGNORECASE)  # asked for, and given
CHANNEL_BONUS = 0.1
# The out-of-hours line answers "out of hours number", not "LADO number" asked without it.
_OUT_OF_HOURS = re.compile(r"\b(out[\s-]+of[\s-]+(?:hours|hrs)|outside (?:office|working) hours|emergency duty team|"
                           r"evenings?|weekends?|overnight|bank holidays?)\b", re.IGNORECASE)
_ASKS_OUT_OF_HOURS = re.compile(r"\b(ooh|edt|night|tonight|after \d|\dpm)\b", re.IGNORECASE)
OUT_OF_HOURS_PENALTY = 0.2


def gives_contact(weights: "Weights", text: str) -> bool:
    """Whether `text` gives the contact asked for: a fax number, an email address or a phone number when
    the question names one ("the email for the Kestrel service" is not answered by its phone number)."""
    if weights.wants_fax:
        return bool(_FAX.search(text) and _PHONE.search(text))
    if weights.wants_email or weights.wants_phone:
        return _gives_channel(weights, text)
    return CONTACT in gives(text)


def _gives_channel(weights: "Weights", text: str) -> bool:
    """A phone number asked for a number, an email address asked for an email."""
    return bool(weights.wants_phone and _PHONE.search(text) or weights.wants_email and _EMAIL.search(text))


# "How many ICPCs", "the number of s47s": the thing counted, which an answer must name somewhere (in a sentence, its
# heading or the sentence before): an answer about the forum that never names people does not say how many people
# attended. Days, weeks and times ask a timescale or a frequency instead.
_HOW_MANY = _q(rf"\bhow many\b|\b{_COUNTED}|\bno\.? of\b")
_ENDS_COUNTED = frozenset(words("were was are is be been did do does have has had got get went go in at on of for to "
                                "from by with before after since during each per last this that these those there "
                                "will would can could should must may the a an who which what we i you they it "
                                "took take came come died die need needs make made happen trigger triggers"))
_UNITS = frozenset(terms("day days week weeks wk wks month months year years yr yrs hour hours hr hrs minute minutes "
                         "mins time times"))
_PEOPLE = frozenset(terms("people persons staff practitioners professionals delegates attendees workers members "
                          "officers colleagues participants"))
_YOUNG = frozenset(terms("children child kids kid young pupils students boys girls babies infants teenagers"))


def _in_counted(word: str) -> bool:
    """A word of the counted thing's name; a verb or an adverb ("attended", "took", "actually") ends it."""
    return word not in _ENDS_COUNTED and not word.endswith(("ed", "ly"))


def _counted(question: str) -> tuple[str, ...]:
    """The terms of what a "how many" question counts, its head noun last: "how many restraint incidents were
    recorded" counts ("restraint", "incid"); none when it asks a timescale ("how many working days")."""
    found = _HOW_MANY.search(question)
    if not found:
        return ()
    phrase = list(takewhile(_in_counted, words(question[found.end():])[:4]))
    counted = tuple(t for w in phrase for t in terms(w))
    return () if set(counted) & _UNITS else counted


def names_counted(weights: "Weights", have: frozenset[str]) -> bool:
    """Whether terms an answer states (`have`) name what the question counts: one of its words in any way the
    question's thesaurus allows (or without a plural "s": "s47s"), or a word for people or for children when it
    counts them ("310 practitioners" says how many staff)."""
    def said(t: str) -> bool:
        return any(form in have or form in weights.alternatives and weights.covers(form, have)
                   for form in (t, t.rstrip("s")))
    return any(said(t) or t in _PEOPLE and have & _PEOPLE or t in _YOUNG and have & _YOUNG for t in weights.counted)


def intent_bonus(weights: "Weights", sentence: str) -> float:
    """The bonus for stating the kind of answer asked for; asked for a number, a phone number
    beats an email address (and the reverse), and the out-of-hours line yields to the main one
    unless the question is about out of hours."""
    bonus = sum(i.bonus for i in weights.intents if i in gives(sentence))
    if _gives_channel(weights, sentence):
        bonus += CHANNEL_BONUS
    if weights.intents and not weights.out_of_hours and _OUT_OF_HOURS.search(sentence):
        bonus -= OUT_OF_HOURS_PENALTY
    if weights.items and weights.items & _items(sentence):
        bonus += ITEM_BONUS
    if weights.share is not None:
        bonus += band_fit(weights.share, sentence)
    return bonus


_PC = r"\s?(?:%|percent\b|per cent\b)"
# A share the question quotes ("year 7 on 92% attendance"), not a bound it sets ("attendance below 90%").
_QUOTED_SHARE = re.compile(rf"(?<!below )(?<!under )(?<!over )(?<!above )(?<!than )(?<!least )\b(\d{{1,3}}){_PC}",
                           re.IGNORECASE)
# The bands a thresholds table sets ("below 90 percent", "between 90 and 94 percent", "95 percent of the time or
# more"), each read as the shares it holds.
_BANDS: tuple[tuple[re.Pattern[str], Callable[[float, float], tuple[float, float]]], ...] = (
    (_q(rf"\bbetween (\d{{1,3}})(?:{_PC})? and (\d{{1,3}}){_PC}"), lambda a, b: (a, b)),
    (_q(rf"\b(\d{{1,3}})(?:{_PC})?\s?(?:to|-|\u2013)\s?(\d{{1,3}}){_PC}"), lambda a, b: (a, b)),
    (_q(rf"\b(?:below|under|less than|lower than) (\d{{1,3}}){_PC}"), lambda a, _: (0.0, a - 0.5)),
    (_q(rf"\b(?:over|above|more than|higher than) (\d{{1,3}}){_PC}"), lambda a, _: (a + 0.5, 100.0)),
    (_q(rf"\b(?:at least) (\d{{1,3}}){_PC}|\b(\d{{1,3}}){_PC}(?: of the time)? or (?:more|above|over|higher)\b"),
     lambda a, _: (a, 100.0)),
)
BAND_FIT = 0.2


@lru_cache(maxsize=200_000)
def _bands(text: str) -> tuple[tuple[float, float], ...]:
    found = []
    for pattern, band in _BANDS:
        for m in pattern.finditer(text):
            numbers = [float(g) for g in m.groups() if g is not None]
            found.append(band(numbers[0], numbers[-1]))
    return tuple(found)


def band_fit(share: float, sentence: str) -> float:
    """Asked about a share a table sorts into bands ("92% attendance, what level"), the row whose band holds it
    answers, and a row whose bands all miss it ("below 90 percent") does not."""
    bands = _bands(sentence)
    if not bands:
        return 0.0
    return BAND_FIT if any(low <= share <= high for low, high in bands) else -BAND_FIT


@lru_cache(maxsize=200_000)
def _items(text: str) -> frozenset[tuple[str, str]]:
    return frozenset((label.lower(), number) for label, number in _NAMED_ITEM.findall(text))


def names_unasked_item(weights: "Weights", text: str) -> bool:
    """Whether `text` names a numbered item of a kind the question names, other than the one asked about."""
    asked_kinds = {label for label, _ in weights.items}
    return any(label in asked_kinds and (label, n) not in weights.items for label, n in _items(text))


def names_other_item(weights: "Weights", texts: list[str]) -> bool:
    """Whether an answer is about another numbered item of the kind the question names, and never the one
    asked about: "episode 4" does not answer "what was episode 3 about", nor "Stage 2" a question on stage 5."""
    if not weights.items:
        return False
    stated = frozenset().union(*(_items(t) for t in texts))
    asked_kinds = {label for label, _ in weights.items}
    return not weights.items & stated and any(label in asked_kinds for label, _ in stated)


# Words practitioners wrap a question in ("possible outcomes of a LADO case", "can I still go ahead
# myself"): rare in procedures, so their IDF is high, but they name no topic.
_VAGUE = frozenset(terms("case cases possible situation situations thing things stuff kind kinds type types sort "
                         "way ways exactly usually actually still someone somebody anyone anything something "
                         "myself yourself themselves himself herself ourselves since ahead go going make "
                         "expect expected cant look looks say says said back out down last yr year"))
VAGUE_WEIGHT = 0.6
# An unseen word's least weight, as a share of the weight of a word no document uses.
UNSEEN_SHARE = 0.5
_MONTHS = frozenset(terms(" ".join(MONTH_NAMES)))


# A word shaped like an English place name ("westvale", "northfold"): typed in lower case, as most questions
# are, it is still a proper noun, and one no document uses is an area or a place we do not hold.
_PLACE_SHAPED = re.compile(r"\b[a-z]{3,}(?:shire|vale|ford|mere|fold|ham|bury|borough|wich|field|pool|mouth|chester"
                           r"|caster|bridge|worth|stead|minster|dale|marsh|combe)\b", re.IGNORECASE)


# Words that ask for a kind of answer. Misspelt ("emial", "numebr"), one still asks: a typo is read as the word.
_ASKING_WORDS = ("email", "phone", "number", "telephone", "address", "mailbox", "inbox", "contact", "often",
                 "hours", "opening", "postcode", "percentage", "deadline", "timescale")
_WORD = re.compile(r"[A-Za-z]+")


def as_asked(question: str, known_words: frozenset[str]) -> str:
    """The question with each typo of an asking word written as that word ("whats the emial for the lado" asks
    for an email address). A word the documents use is never a typo ("addressed"), nor is one that starts with
    another letter ("thurs" is not "hours") or another form of the word ("numbers" asks for no phone number)."""
    def read(m: re.Match[str]) -> str:
        word = m.group(0).lower()
        if len(word) < SHORTEST_CORRECTED or word in known_words or word in _ASKING_WORDS:
            return m.group(0)
        # A typo seldom changes the first letter; "numbers" and "phoned" are other forms, not typos.
        close = near(word, [w for w in _ASKING_WORDS if w[0] == word[0] and not word.startswith(w)])
        return max(close)[1] if close else m.group(0)
    return _WORD.sub(read, question)


def _dated(term: str) -> bool:
    """A number or a month: part of a date or a figure the question quotes, not what it is about."""
    return term.isdigit() or term in _MONTHS


class Weights:
    """IDF weights for the question's concepts, taken from the keyword index.

    A concept is a question term with its thesaurus equivalents and spelling
    correction: "RHI" is covered by a sentence that says "return home interview".
    """

    def __init__(self, question: str, bm25: BM25Index) -> None:
        asking = as_asked(question, bm25.known_words)  # "emial" read as "email", not "femal"
        self.intents = tuple(asked(asking))
        # The words that ask for a kind of answer ("number", "how often"): what a question asks for, not about.
        self.answer_kinds = frozenset(t for i in self.intents for t in i.covers)
        self.out_of_hours = bool(_OUT_OF_HOURS.search(asking) or _ASKS_OUT_OF_HOURS.search(asking))
        self.items = _items(question)
        quoted = _QUOTED_SHARE.search(asking)
        self.share = float(quoted.group(1)) if quoted else None
        self.wants_phone = bool(_ASKS_PHONE.search(asking)) and not _ASKS_EMAIL.search(asking)
        self.wants_email = bool(_ASKS_EMAIL.search(asking)) and not _ASKS_PHONE.search(asking)
        self.wants_fax = bool(_FAX.search(asking))
        self.wants_person = bool(_ASKS_PERSON.search(asking))
        self.strict = {i: STRICT_INTENTS[i] for i in self.intents if i in STRICT_INTENTS}
        if COUNT in self.strict:  # "how many days", "how many years old", "how much does it cost": the timescale,
            self.strict[COUNT] |= {TIMESCALE, AGE, MONEY, FEE} & set(self.intents)  # the age or the sum answers
        if PERCENT in self.intents and _ASKS_SHARE.search(asking):
            self.strict[PERCENT] = frozenset({PERCENT})
        if CLOCK in self.strict and _PROCESS_STARTS.search(asking) and not _ASKS_CLOCK_TIME.search(asking):
            self.strict[CLOCK] |= {AGE, TIMESCALE, DATE}  # "when does transition planning start": at 17 and a half
        self.wants_contact_value = CONTACT in self.intents and COUNT not in self.intents \
            and bool(_ASKS_VALUE.search(asking)) and not _YES_NO.match(asking)
        groups = concepts(asking)
        # Proper nouns: capitalised after a sentence's first word, or shaped like a place name in any case.
        named = [*re.findall(r"(?<!^)(?<![.?!]\s)\b[A-Z][a-z]{2,}\b", question), *_PLACE_SHAPED.findall(question)]
        proper_nouns = {terms(w)[0] for w in named if terms(w)}
        corrected = {t: bm25.correct(t) for t in groups}
        # Each term as typed, its thesaurus equivalents, its spelling correction and, typed as one word, the
        # words the documents hyphenate ("prebirth": {"pre", "birth"}).
        self.alternatives: dict[str, list[frozenset[str]]] = {
            t: ways + [frozenset([corrected[t]])] + ([frozenset(bm25.parts(t))] if bm25.parts(t) else [])
            for t, ways in groups.items()
        }
        self.terms = list(self.alternatives)
        known = [bm25.idf(c) for c in corrected.values() if c in bm25.doc_freq]
        typical = sorted(known)[len(known) // 2] if known else 1.0
        self.weight: dict[str, float] = {}
        for t in self.terms:
            c = corrected[t]
            if c in bm25.doc_freq:
                self.weight[t] = bm25.idf(c)
            elif any(way <= bm25.doc_freq.keys() for way in self.alternatives[t]):
                self.weight[t] = typical
            else:
                self.weight[t] = _unseen_weight(t, bm25, typical, t in proper_nouns)
            if t in _VAGUE:
                self.weight[t] *= VAGUE_WEIGHT
        if quoted:  # "on 92% attendance": a value to place in a band (`band_fit`), not a word to find
            self.weight.pop(quoted.group(1), None)
        self.total = sum(self.weight.values()) or 1.0
        self.focus = _focus(asking, self)
        counted = _counted(asking) if COUNT in self.intents else ()
        head = counted[-1] if counted else ""
        # A thing the documents never name ("callouts") cannot be required of an answer.
        named = head in _PEOPLE | _YOUNG or any(way <= bm25.doc_freq.keys() for way in self.alternatives.get(head, []))
        self.counted = counted if named else ()

    def covers(self, concept: str, present: set[str] | frozenset[str]) -> bool:
        return any(way <= present for way in self.alternatives[concept])

    def subject_coverage(self, have: set[str] | frozenset[str], area: str = "") -> float:
        """Coverage of what the question is about: without the area's name and the words that ask
        for a kind of answer ("number", "how often"), which every near miss in that area covers."""
        generic = set(terms(area)) | self.answer_kinds
        if self.wants_contact_value:  # "email to send the form to": where it goes, not what it is about
            generic |= _SENDING
        subject = {t: w for t, w in self.weight.items() if t not in generic}
        if any(not _dated(t) for t in subject):  # "at 31 March 2026": a date, not a topic
            subject = {t: w for t, w in subject.items() if not _dated(t)}
        total = sum(subject.values())
        if not total:
            return 1.0
        return sum(w for t, w in subject.items() if self.covers(t, have)) / total

    def coverage(self, present: set[str], context: set[str] = frozenset()) -> float:
        """Weighted share of the question's concepts the text states (its context counts a little less).
        A wrapper word counts when a text has it and is not held against a text that lacks it."""
        stated = heading = lacking = 0.0
        for t, w in self.weight.items():
            if self.covers(t, present):
                stated += w
            elif self.covers(t, context):
                heading += w
            elif t in _VAGUE and not self.covers(t, present | context):
                lacking += w
        return (stated + HEADING_WEIGHT * heading) / ((self.total - lacking) or 1.0)


# What a question asks for, named before what it is about: "is there PARKING at Weavers Hall", "what's the SALARY
# for a LADO". An answer that never names it answers something else about the same subject.
_FOCUS = re.compile(r"^\W*(?:(?:(?:what|wot)(?:'s|s| is| are| was)|whats)\s+(?:the|a|an)"
                    r"|(?:is|are) there(?:\s+(?:a|an|any|some))?"
                    r"|can (?:i|we|you) (?:get|bring|book|have)(?:\s+(?:a|an|the|my|our|some|any))?"
                    r"|how (?:do|can) (?:i|we|you) apply for(?:\s+(?:a|an|the))?)"
                    r"\s+(?P<phrase>(?:[\w'-]+\s+){0,2}?[\w'-]+?)"
                    r"(?=\s+(?:for|at|of|in|on|to|from|with|about|when|if|after|before|during|between|by|per)\b|\W*$)",
                    re.IGNORECASE)


# Words that name no thing ("a SEPARATE out of hours line", "whats a s17 AGAIN"), or only the kind of answer, which
# the sentence stating it need not say ("the old time LIMIT": "within 1 hour").
_NOT_HEADS = frozenset("again out up new old first main current latest next last separate extra other same "
                       "limit limits deadline deadlines timescale timescales timeframe time date number figure rate "
                       "amount age name".split())


def _focus(asking: str, weights: "Weights") -> frozenset[str]:
    """The concepts a question names as the thing it asks for, before what that thing is about."""
    m = _FOCUS.match(asking)
    if not m:
        return frozenset()
    generic = weights.answer_kinds | _VAGUE
    words = [w for w in m.group("phrase").lower().split() if w not in _NOT_HEADS and not w.endswith("ed")]
    named = [t for w in words for t in terms(w) if t in weights.alternatives and t not in generic]
    return frozenset(named[-1:])  # the head noun: "wifi PASSWORD", "self-harm PROTOCOL"


def _unseen_weight(term: str, bm25: BM25Index, typical: float, proper_noun: bool) -> float:
    """A word no document uses, and no typo of one ("password", "honour"), is what the documents cannot answer:
    it weighs at least UNSEEN_SHARE of the rarest word's weight, a proper noun (an area we do not hold) more.
    A word too short to be corrected ("wifi", "yo") or a vague one ("herself") weighs as a typical word."""
    if proper_noun:
        return bm25.idf(term) * 1.5
    if term in _VAGUE or len(term) < SHORTEST_CORRECTED or not term.isalpha():
        return typical
    return max(typical, UNSEEN_SHARE * bm25.idf(term))


def units(passage: Passage) -> tuple[str, ...]:
    """Sentences of a passage; table rows and list items stay whole."""
    return text_units(passage.text)


@lru_cache(maxsize=50_000)
def text_units(text: str) -> tuple[str, ...]:
    """Sentences of a text; table rows and list items stay whole."""
    out: list[str] = []
    for block in text.split("\n"):
        if block.startswith("- ") or is_row(block):
            out.append(block)
        else:
            out.extend(split_sentences(block))
    return tuple(out)


def is_row(unit: str) -> bool:
    """A table row as the parsers write it: "Header: value; Header: value;"."""
    return ": " in unit and ";" in unit


def context_terms(p: Passage) -> frozenset[str]:
    """What every sentence of a passage is said under: its title, its headings and its partnership
    (a newsletter titled "DSCB Newsletter" is still Derbyshire's)."""
    return _context(p.title, p.heading_path, p.partnership or "")


@lru_cache(maxsize=50_000)
def _context(title: str, headings: tuple[str, ...], partnership: str) -> frozenset[str]:
    return frozenset(terms(" ".join([title, *headings, partnership]))) | partnership_initials(partnership)


def partnership_initials(partnership: str) -> frozenset[str]:
    """How practitioners shorten an area's partnership: "cscp: ..." is Copperdale Safeguarding Children
    Partnership, and as a board it was the "cscb"."""
    if not partnership or partnership == NATIONAL:  # national guidance is no partnership: "nscp" is Northfold's
        return frozenset()
    initials = "".join(w[0] for w in re.findall(r"[a-z]+", partnership.lower()) if w not in {"and", "of", "the"})
    return frozenset({f"{initials}scp", f"{initials}scb"})


@lru_cache(maxsize=200_000)
def present(text: str) -> frozenset[str]:
    """Terms a text contains, plus the answer-type terms it satisfies (cached: texts repeat)."""
    return frozenset(terms(text)) | answer_type_terms(text)


def passage_coverage(weights: Weights, p: Passage) -> float:
    return weights.coverage(present(p.text), context_terms(p))




def sentence_score(question: str, weights: Weights, unit: str, context: set[str], rank: int,
                   values_as_words: bool = True) -> float:
    """Coverage of the question by one sentence (heading as context), its intent bonus and a rank prior.

    Reranking counts an address's words ("lado@anyshire...") as evidence for the passage; choosing
    the answer sentence does not (`values_as_words=False`), or the email line beats the phone line."""
    have = present(unit) if values_as_words else prose_present(unit)
    return weights.coverage(have, context) + intent_bonus(weights, unit) + RANK_PRIOR / (1 + rank)


_ADDRESS = re.compile(rf"{_EMAIL.pattern}|\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)


@lru_cache(maxsize=200_000)
def prose_present(text: str) -> frozenset[str]:
    """`present`, but an address counts as a value, not as words: "lado@anyshire.example.org"
    states an email address without being a sentence about the LADO in Anyshire."""
    return frozenset(terms(_ADDRESS.sub(" ", text))) | answer_type_terms(text)


# A sentence giving something its local name ("In Westvale, return home interviews are called return
# conversations."): the rest of the passage uses the local name.
_NAMES = re.compile(r"\b(?:(?:is|are) (?:now |locally )?(?:called|known as)|known locally as|referred to as)\b",
                    re.IGNORECASE)


def unit_contexts(passage: Passage) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each sentence with its context: the headings, the sentence before it in the passage ("Thank you
    to all who took part in the audit." gives context to "Over 40 took part."), and any earlier sentence
    naming what the passage goes on to call by a local name."""
    return _unit_contexts(passage.text, context_terms(passage))


@lru_cache(maxsize=50_000)  # every question reads the same passages' sentences again
def _unit_contexts(text: str, heading: frozenset[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    out: list[tuple[str, frozenset[str]]] = []
    previous: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()
    for unit in text_units(text):
        row = is_row(unit)  # a table row stands on its own: the row above is another record
        out.append((unit, heading | named if row else heading | previous | named))
        previous = frozenset() if row else present(unit)
        if _NAMES.search(unit):
            named |= previous
    return tuple(out)


# An amendments page restates what a chapter now says; the chapter is what to cite, unless the question is
# about the change itself ("what was the old time limit", "what replaced the CAF").
_ASKS_CHANGE = re.compile(r"\b(chang\w*|updat\w*|amend\w*|new|old|previous\w*|used to|replac\w*|no longer|now|still"
                          r"|any ?more)\b", re.IGNORECASE)
RESTATED_PENALTY = 0.15


def restated_penalty(question: str, passage: Passage) -> float:
    return RESTATED_PENALTY if passage.doc_type == "amendments" and not _ASKS_CHANGE.search(question) else 0.0


def best_sentence_score(question: str, weights: Weights, passage: Passage) -> float:
    best = max((sentence_score(question, weights, u, ctx, 0) for u, ctx in unit_contexts(passage)), default=0.0)
    return best - restated_penalty(question, passage)
