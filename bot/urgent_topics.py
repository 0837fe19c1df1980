"""What follows urgent signposting: the question a practitioner would ask next, per kind of risk.

Why: an urgent message describes a case ("a 3 month old with bruising on her cheek"), not a
question, so it rarely covers a passage well enough to be answered. The safety check has already
named the kind of risk; each kind maps to the procedure that applies (the bruising protocol, the
FGM reporting duty, the LADO), and the answer to that question follows the signposting. A topic's
answer counts only from a chapter about that topic (its title or headings say so), so an area
without, say, a sharing-nudes chapter gets the next question instead of a near miss; the last is
what to do when a child is in immediate danger. When none is covered, the signposting stands alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety import normalise
from safeguard.model import Passage


@dataclass(frozen=True)
class Topic:
    question: str  # asked of the area's documents
    chapter: re.Pattern[str]  # what the cited passage's title or headings must mention


def _topic(question: str, chapter: str) -> Topic:
    return Topic(question, re.compile(chapter, re.IGNORECASE))


# Someone who works with children, named as the one a concern is about ("a teacher touched her"),
# not as the writer ("I'm a teacher and ...").
_STAFF = re.compile(r"(?<!i am a )(?<!as a )(?<!i am the )"
                    r"\b(?:teacher|teaching assistant|member of staff|staff member|coach|volunteer|youth worker"
                    r"|tutor|nursery worker|childminder|priest|imam|scout leader|instructor)\b", re.IGNORECASE)
_IMAGES = re.compile(r"\b(?:nudes?|naked|sext\w*|images?|photos?|pictures?|pics?|videos?)\b", re.IGNORECASE)

ALLEGATION = _topic("allegation against staff: how to contact the LADO", r"\blado\b|allegation")
IMAGES = _topic("sharing nudes: what to do", r"\bnudes?\b|sexting|imagery")
REFERRAL = _topic("what to do if a child is in immediate danger", r"referr|immediate danger|front door|mash")
# Kinds of risk (the safety check's names) -> their topic.
BY_RISK: tuple[tuple[frozenset[str], Topic], ...] = (
    (frozenset({"fgm"}), _topic("FGM mandatory reporting duty: what must I do", r"\bfgm\b|genital")),
    (frozenset({"infant_injury"}), _topic("what to do if you see a bruise on a baby who is not mobile", r"bruis")),
    (frozenset({"missing"}), _topic("what to do when a child goes missing from care", r"missing")),
    (frozenset({"sexual_exploitation", "grooming", "online_meeting"}),
     _topic("child exploitation: what to do if you are worried", r"exploitation")),
)
# Procedures say what to do; an annual report or a newsletter only reports on it.
NOT_PROCEDURE = frozenset({"annual_report", "newsletter", "learning_briefing", "amendments"})


def topics(message: str, reasons: list[str]) -> list[Topic]:
    """The topics to answer after signposting, most specific first, always ending with immediate danger."""
    found = set(reasons)
    out: list[Topic] = []
    if _STAFF.search(normalise(message)):  # "I'm a teacher" reads as "i am a teacher"
        out.append(ALLEGATION)
    if _IMAGES.search(message) and found & {"sexual_exploitation", "sexual_abuse", "grooming", "threat"}:
        out.append(IMAGES)
    out += [topic for kinds, topic in BY_RISK if kinds & found]
    return [*dict.fromkeys(out), REFERRAL]


_QUESTION = re.compile(r"\?|^\W*(?:can|could|should|must|do|does|did|is|are|will|would|has|have)\b"
                       r"|\b(?:what|how|who|when|where|which"
                       r"|(?:should|can|could|must|do|does|will|would) (?:i|we|he|she|they|you)|is it|are we)\b",
                       re.IGNORECASE)


def asks_a_question(message: str) -> bool:
    """A question is answered from its own words first; a bare case description by its kind of risk."""
    return bool(_QUESTION.search(message))


def from_chapter(topic: Topic, passage: Passage) -> bool:
    """The passage belongs to a chapter about the topic: its title or headings name it."""
    return bool(topic.chapter.search(" ".join([passage.title, *passage.heading_path])))
