"""Channel-neutral pieces of a Reply, so Slack and Teams show the same thing.

Why: both chat channels put urgent signposting first, list the sources as
links and offer feedback on the answer id. Only the markup differs, so the
parts are computed once here from the core's Reply; no retrieval or safety
logic lives here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.assistant import URGENT_PREFIX, Reply
from bot.schemas import link
from safeguard.model import Answer, Citation

MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
URGENT_TITLE = "This sounds urgent."
FEEDBACK_THANKS = {1: "Thanks: you rated this answer helpful.", -1: "Thanks: you rated this answer not helpful."}
FEEDBACK_EXPIRED = "Sorry, that answer is too old to rate."
WELCOME = ("I answer questions from your safeguarding partnership's procedures and guidance, citing the "
           "passage I used, and say when the documents don't cover something. I don't replace your "
           "designated safeguarding lead. If a child is in immediate danger, call 999.")


@dataclass(frozen=True)
class Source:
    """One citation as a channel lists it: number, readable label, and a link when we have one."""

    n: int
    label: str
    url: str | None


def sources(answer: Answer, base_url: str = "") -> list[Source]:
    """The answer's citations, numbered as in its text."""
    return [Source(c.n, citation_label(c), absolute_link(c, base_url)) for c in answer.citations]


def citation_label(c: Citation) -> str:
    """'Title — Section, p. 3': what a practitioner needs to find the passage."""
    p = c.passage
    label = p.title or p.source
    section = p.heading_path[-1] if p.heading_path else ""
    if section and section != p.title:
        label += f" — {section}"
    if p.page:
        label += f", p. {p.page}"
    return label


def absolute_link(c: Citation, base_url: str = "") -> str | None:
    """A link a chat client can open; None for a relative one (SAFEGUARD_PUBLIC_URL unset)."""
    url = link(c.passage, base_url)
    return url if url.startswith(("https://", "http://")) else None


def urgent_text(answer: Answer) -> str | None:
    """The signposting shown first, or None when the message was not urgent."""
    if not answer.urgent:
        return None
    return answer.signposting or answer.text


def body_text(answer: Answer) -> str:
    """The answer without the urgent lead-in that `urgent_text` already shows first."""
    text = answer.text.strip()
    if answer.urgent and answer.signposting:
        lead = f"{URGENT_PREFIX} {answer.signposting}".strip()
        if text.startswith(lead):
            text = text[len(lead):].strip()
    return text


def question_text(text: str) -> str:
    """A chat message as a question: Slack user mentions removed, whitespace tidied."""
    return " ".join(MENTION.sub(" ", text or "").split())


def plain_text(reply: Reply) -> str:
    """One-line fallback (notifications, screen readers): urgent signposting first, then the answer."""
    parts = [f"{URGENT_TITLE} {urgent_text(reply.answer)}" if reply.answer.urgent else "", body_text(reply.answer)]
    return " ".join(p for p in parts if p).strip()
