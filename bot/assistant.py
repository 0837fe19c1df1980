"""The one core every channel calls: `search()` and `answer()`.

The HTTP API, the chat page, the CLI (and later the widget, Slack and Teams)
are thin adapters over this class; none has retrieval or safety logic of its
own. Order matters in `answer()`: the urgent-risk check runs first and its
signposting never depends on the index working.
"""

from __future__ import annotations

import logging
import re
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.answer import by_area, extractive_answer, lead_only, lead_sentence, lead_subject
from bot.courtesy import courtesy_reply
from bot.feedback import Feedback, FeedbackStore, FeedbackUnavailable
from bot.followup import AreaFinder, Rewrite, standalone_question
from bot.llm import ChatLLM, compose
from bot.redact import PRIVACY_NOTICE, Redaction, redact
from bot.safety import (
    CASE_DECISION_NOTE,
    CASE_OUTCOME_NOTE,
    PartnershipContacts,
    UrgencyAssessment,
    assess_urgency,
    is_case_decision_request,
    is_case_outcome_question,
    load_contacts_file,
    signposting_text,
)
from bot.sessions import Session, SessionStore
from bot.urgent_topics import NOT_PROCEDURE, REFERRAL, asks_a_question, from_chapter, topics
from index.bm25 import BM25Index
from index.embedders import load_embedder
from index.indexer import Index
from index.rerank import load_reranker
from index.retriever import NATIONAL, scope
from index.scoring import Weights
from safeguard.model import Answer, Passage
from safeguard.settings import Settings

log = logging.getLogger(__name__)

URGENT_PREFIX = "This sounds urgent."
# After urgent signposting, what introduces the answer from the documents.
PROCEDURES_SAY = "What the procedures say: "
# The fewest words an answer gets after signposting: room for a sentence or two of procedure.
MIN_ANSWER_WORDS = 40
# Asked with no area while several are held: how many areas' answers one reply shows at most.
MAX_AREAS = 3
UNAVAILABLE = (
    "The document index is unavailable just now, so I can't search the procedures. Please try again later, "
    "or ask your designated safeguarding lead. If a child is in immediate danger, call 999."
)
_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
AREAS = Path(__file__).parent / "data" / "areas.txt"
_SERVICES = (r"(?:mash|lado|front door|social care|children's services|council|police|safeguarding|partnership"
             r"|out of hours|edt|emergency duty|procedures?|thresholds?|multi|marac|mace|channel|escalation"
             r"|family hubs?|private fostering|early help)")
OTHER_AREA = (
    "I only hold documents for {held}, not for {area}. Please check {area}'s safeguarding "
    "partnership procedures, or ask your designated safeguarding lead."
)


@dataclass
class Reply:
    """An answer as a channel delivers it: with its session and an id to rate it by."""

    answer: Answer
    session_id: str
    answer_id: str
    notice: str | None = None  # the privacy reminder, on a session's first turn or when identifiers were typed


class IndexUnavailable(RuntimeError):
    """The document index could not be opened: search cannot run, urgent signposting still can."""


class Assistant:
    def __init__(self, settings: Settings, index: Index | None = None) -> None:
        self.settings = settings
        self.contacts, self.contacts_review_date = _load_contacts(settings.contacts_file)
        self.index_error: str | None = None
        if index is None:
            index = self._open_index(settings)
        self.index: Index | None = index
        self.sessions = SessionStore()
        self.llm = ChatLLM.from_settings(settings)  # None: extractive answers only
        log.info("answers: %s", f"llm {settings.llm_model or 'default'} with verification" if self.llm else "extractive")
        self.feedback = FeedbackStore.for_data_dir(
            settings.data_dir, settings.feedback_db_url, settings.feedback_retention_days
        )

    def _open_index(self, settings: Settings) -> Index | None:
        """Open the index; if it is broken, start degraded rather than not at all (see `health`)."""
        embedder = load_embedder(settings.embed_model, settings.offline, settings.hub_timeout)
        try:
            return Index(settings.data_dir, embedder, known_partnerships=self.partnership_names(),
                         chroma_url=settings.chroma_url, reranker=load_reranker(settings.rerank_model))
        except Exception as exc:
            self.index_error = f"{exc.__class__.__name__}: {exc}"
            log.error("the document index could not be opened (%s): serving urgent signposting only",
                      self.index_error, exc_info=log.isEnabledFor(logging.DEBUG))
            return None

    def require_index(self) -> Index:
        if self.index is None:
            raise IndexUnavailable(self.index_error or "not opened")
        return self.index

    def _held(self) -> list[str]:
        """Areas with indexed documents (none while the index is unavailable). National guidance is no area:
        "the national referral mechanism" names none."""
        held = self.index.partnerships() if self.index is not None else []
        return [a for a in held if a and a != NATIONAL]

    # -- the core ----------------------------------------------------------------

    def search(self, query: str, top_k: int | None = None, partnership: str | None = None) -> list[Passage]:
        """Hybrid search, scoped to a partnership (plus national guidance) when one is named."""
        index = self.require_index()
        index.refresh_if_changed()
        area = partnership or self.settings.default_partnership or self.area_named_in(query)
        partnerships = scope(area, index.partnerships())
        return index.retriever.search(query, top_k or self.settings.top_k, partnerships)

    def answer(self, message: str, partnership: str | None = None, session_id: str | None = None,
               channel: str = "api") -> Reply:
        """Answer a practitioner's message, record it (redacted) and return the Reply."""
        session_id = session_id or uuid.uuid4().hex
        session = self.sessions.get(session_id)
        redaction = redact(message)
        notice = PRIVACY_NOTICE if (not session.turns or redaction.changed) else None
        urgency = assess_urgency(message)  # first, and never waits on a model
        typed = _search_text(message, redaction)
        rewrite = self._standalone(typed, redaction.text, session, use_llm=not urgency.urgent)
        redacted_question = redaction.text if rewrite.method == "none" else redact(rewrite.question).text
        session.remember(redaction.text, redacted_question)
        result = self._answer(message, rewrite.question, redacted_question, partnership, session, urgency)
        cited = [(c.passage.doc_id, c.passage.title) for c in result.citations]
        area = partnership or session.partnership
        try:
            answer_id = self.feedback.record_question(
                session_id, message, result.status, result.urgent, cited, area, channel
            )
        except FeedbackUnavailable:  # already logged in one line by the store (a full disk, a database down)
            answer_id = ""
        except Exception:  # losing an analytics row must never lose the answer
            log.exception("could not record the question")
            answer_id = ""
        return Reply(result, session_id, answer_id, notice)

    def rate(self, answer_id: str, rating: int, comment: str | None = None) -> bool:
        """Thumbs up (+1) or down (-1) on an answer, with an optional comment (redacted)."""
        return self.feedback.record_feedback(Feedback(answer_id, rating, comment))

    def _standalone(self, message: str, redacted: str, session: Session, use_llm: bool) -> Rewrite:
        """The full question a follow-up stands for, or the message itself; a model sees only `redacted`."""
        llm = self.llm if use_llm else None
        rewrite = standalone_question(redacted, session.questions, self._areas(), llm, typed=message)
        if rewrite.method != "none":
            log.info("follow-up rewritten by %s", rewrite.method)
        return rewrite

    def _answer(self, message: str, question: str, redacted_question: str, partnership: str | None,
                session: Session, urgency: UrgencyAssessment) -> Answer:
        """`message` as typed drives the safety checks; `question` (a follow-up rewritten) drives search;
        only `redacted_question` may reach a model."""
        question = spell_out_areas(question)
        area = partnership or self.area_named_in(question) or session.partnership or self.settings.default_partnership
        session.partnership = area or session.partnership

        signposting = signposting_text(self.contacts_for(area), self.contacts_review_date) if urgency.urgent else None
        deciding = is_case_decision_request(message)
        preamble = [URGENT_PREFIX, signposting, PROCEDURES_SAY] if urgency.urgent else []
        words = self._words_left([*preamble, CASE_DECISION_NOTE if deciding else None])
        other = self.unheld_area_named_in(question)
        courtesy = None if urgency.urgent else courtesy_reply(message)
        try:
            if courtesy:  # "thanks, have a good weekend": no passage answers it
                result = Answer(text=courtesy, status="not_found")
            elif not urgency.urgent and is_case_outcome_question(message):  # "will dad be prosecuted"
                result = Answer(text=CASE_OUTCOME_NOTE, status="not_found")
            elif other:  # another area's question must never get one of our areas' facts
                held = ", ".join(self._held()) or "no areas yet"
                result = Answer(text=OTHER_AREA.format(held=held, area=other.title()), status="not_found")
            else:
                result = self._from_documents(question, redacted_question, area, urgency.urgent, words)
        except IndexUnavailable:
            result = Answer(text="" if urgency.urgent else UNAVAILABLE, status="not_found")
        except Exception:  # the index failing must never stop urgent signposting
            if not urgency.urgent:
                raise
            log.exception("search failed while answering an urgent message")
            result = Answer(text="", status="not_found")

        if urgency.urgent and area and not other:
            result = self._urgent_procedure(message, urgency, area, result, words)
        if deciding and result.status == "answered":
            result.text = f"{CASE_DECISION_NOTE} {result.text}"
        if urgency.urgent:
            result.urgent = True
            result.signposting = signposting
            follow = f"{PROCEDURES_SAY}{result.text}" if result.status == "answered" else ""
            result.text = " ".join(filter(None, [URGENT_PREFIX, signposting, follow]))
        return result

    def _from_documents(self, question: str, redacted_question: str, area: str | None, urgent: bool,
                        words: int) -> Answer:
        """The area's answer. Asked with no area while several are held, an answer from one area's own
        procedure comes under that area's name, with other areas' answers under theirs (`_each_area`), and is
        extractive even with a model configured: one composed answer could blur two areas' facts."""
        passages = self.search(question, top_k=8, partnership=area)
        result = extractive_answer(question, passages, self.require_index().bm25, words, scope_label=area or "")
        local = self._held()
        lead = result.citations[0].passage.partnership if result.status == "answered" else None
        if area or len(local) < 2 or lead not in local:
            return self._compose(redacted_question, passages, result, urgent, words)
        found = [p.partnership for p in passages if p.partnership in local and p.partnership != lead]
        return self._each_area(question, passages, [lead, *dict.fromkeys(found)], words) or result

    def _each_area(self, question: str, passages: list[Passage], areas: list[str], words: int) -> Answer | None:
        """The answer from the leading area's documents (and national guidance), under the area's name, then
        each other area's lead sentence under its name when it is as much about the question: near-identical
        chapters differ in their local facts, and one area's number must never pass for another's."""
        bm25 = self.require_index().bm25
        lead, others = areas[0], areas[1:MAX_AREAS]
        mine = [p for p in passages if p.partnership == lead or p.partnership not in areas]
        first = extractive_answer(question, mine, bm25, words, scope_label=lead)
        if first.status != "answered" or first.citations[0].passage.partnership != lead:
            return None
        parts = [(lead, first)]
        weights = Weights(question, bm25)
        bar = lead_subject(weights, first, lead)  # another area's lead must state as much of the subject
        for area in others:
            found = lead_only(extractive_answer(question, self.search(question, top_k=8, partnership=area), bm25,
                                                words, scope_label=area))
            left = words - sum(len(a.text.split()) + 1 for _, a in parts)
            shown = {lead_sentence(a) for _, a in parts}  # the same words in two areas' chapters: said once
            if (found.status == "answered" and found.citations[0].passage.partnership == area
                    and lead_sentence(found) not in shown and len(found.text.split()) + 1 <= left
                    and lead_subject(weights, found, area) >= bar):
                parts.append((area, found))
        return by_area(parts)

    def _words_left(self, preamble: list[str | None]) -> int:
        """What the answer itself may say: a whole reply, urgent signposting and notes included, stays
        within max_answer_words (a practitioner reads it at a glance), though never fewer than a few sentences."""
        used = sum(len(p.split()) for p in preamble if p)
        return max(MIN_ANSWER_WORDS, self.settings.max_answer_words - used)

    def _urgent_procedure(self, message: str, urgency: UrgencyAssessment, area: str, own: Answer,
                          words: int) -> Answer:
        """After signposting, the area's procedure. A question keeps its own answer; a case description
        rarely matches the right passage itself, so the procedure for its kind of risk comes first,
        then its own answer, then what to do when a child is in immediate danger. Only with a known
        area: another area's numbers must never follow."""
        if own.status == "answered" and asks_a_question(message):
            return own
        try:
            index = self.require_index()
            for topic in topics(message, urgency.reasons):
                if topic is REFERRAL and own.status == "answered":
                    return own
                # The area's own procedure: national guidance states duties, not who to call here.
                passages = [p for p in self.search(topic.question, top_k=12, partnership=area)
                            if p.doc_type not in NOT_PROCEDURE and from_chapter(topic, p)
                            and p.partnership != NATIONAL][:8]
                found = extractive_answer(topic.question, passages, index.bm25, words, scope_label=area)
                if found.status == "answered":
                    return found
        except Exception:  # signposting never waits on, or fails with, the index
            log.exception("no procedure follow-on for an urgent message")
        return own

    def _compose(self, redacted_question: str, passages: list[Passage], extractive: Answer, urgent: bool,
                 words: int) -> Answer:
        """The verified LLM answer when a model is configured and the documents cover the question.

        Urgent messages keep the extractive answer: signposting must not wait on a model.
        """
        if self.llm is None or urgent or extractive.status != "answered":
            log.info("answer path: extractive%s", " (urgent)" if self.llm and urgent else "")
            return extractive
        answer, path = compose(self.llm, redacted_question, passages, extractive, words)
        log.info("answer path: %s", path)
        return answer

    # -- helpers -----------------------------------------------------------------

    def _areas(self) -> AreaFinder:
        names = [*self._held(), *self.contacts, *(c.name for c in self.contacts.values())]
        return _area_finder(tuple(sorted(set(names))))

    def partnership_names(self) -> list[str]:
        names = {c.name for c in self.contacts.values()}
        return sorted(names)

    def contacts_for(self, partnership: str | None) -> PartnershipContacts | None:
        return self.contacts.get(partnership.strip().lower()) if partnership else None

    def area_named_in(self, text: str) -> str | None:
        """A partnership the message names ("in Anyshire, ..."), matched as a whole word."""
        lowered = text.lower()
        names = {n.lower(): n for n in self._held()}
        names.update({alias: c.name for alias, c in self.contacts.items()})
        for alias in sorted(names, key=len, reverse=True):
            if alias and re.search(rf"\b{re.escape(alias)}\b", lowered):
                return names[alias]
        return None

    def unheld_area_named_in(self, text: str) -> str | None:
        """An English area the question is about that has no indexed partnership ("LADO for Cornwall").

        Only an area the question is about counts ("in Kent", "Cumbria MASH"), not one
        mentioned in passing ("a family who moved from Kent").
        """
        held = {n.lower() for n in self._held()} | set(self.contacts)
        lowered = re.sub(r"\s+", " ", text.lower()).strip()
        bm25 = self.index.bm25 if self.index is not None else None
        for area in (*_known_areas(), *(neighbours(bm25) if bm25 is not None else ())):
            if area in held or area not in lowered:
                continue
            if _about_area(re.escape(area)).search(lowered):
                return area
        return None

    def health(self) -> dict:
        if self.index is None:
            return {"status": "degraded", "error": f"document index unavailable ({self.index_error})",
                    "documents": 0, "passages": 0, "embedder": "", "partnerships": []}
        entries = self.index.catalog.all()
        return {
            "status": "ok",
            "documents": len(entries),
            "passages": self.index.store.count(),
            "embedder": self.index.embedder.name,
            "embedder_status": self.index.embedder.status,
            "reranker": self.index.reranker.name,
            "partnerships": self.index.partnerships(),
        }


@lru_cache(maxsize=1)
def _area_entries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each line of the areas file: the name, and the short forms after its bar."""
    entries = []
    for line in AREAS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, short = line.partition("|")
            entries.append((name.strip(), tuple(s.strip() for s in short.split(",") if s.strip())))
    return tuple(entries)


@lru_cache(maxsize=256)
def _about_area(area: str) -> re.Pattern[str]:
    """A question about the area ("LADO for Cornwall", "does Kent use it", "Kent MASH"), not one about a child who
    lives there or moved from there ("lives in Kent but goes to school here", "on a plan in Kent, moved here")."""
    return re.compile(rf"(?<!lives )(?<!living )(?<!live )(?<!border )\b(?:in|for|at|of) (?:the )?{area}\b"
                      rf"(?! (?:but|moved|moving|goes|comes|and (?:goes|comes|moved)))"
                      rf"|^{area}\b|\b{area}(?:'s)? {_SERVICES}|\b(?:does|did|do) {area}\b"
                      rf"|\b(?:team|service|unit|panel|line) {area}(?:'s)? (?:contact|number|phone|email)")


_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
# How procedures name a neighbouring council ("placed by another council, such as Oakhurst Vale", "contact
# Hartlow's children's services", "the council where the child lives, which is Thrushcombe").
_NEIGHBOUR = re.compile(rf"\b(?:another|other|a neighbouring|neighbouring) (?:council|local authority|authority"
                        rf"|area)s?,? (?:such as|like|for example) ({_NAME})|\b({_NAME})'s children's services\b"
                        rf"|\bwhere the child lives, which is ({_NAME})\b|\blives in ({_NAME}) but\b"
                        rf"|\b({_NAME}) (?:Metropolitan )?(?:Borough|County|City|District) Council\b")
# Words that end a council's name, not the area's: "Hollinsmoor Borough Council" is about Hollinsmoor.
_COUNCIL_WORDS = re.compile(r"(?:\s+(?:Metropolitan|Borough|County|City|District|Council))+$")


@lru_cache(maxsize=1)  # the live index's; a rebuilt index replaces it rather than keeping the old one alive
def neighbours(bm25: BM25Index) -> tuple[str, ...]:
    """Areas the documents name as other councils (held ones are skipped by the caller): a question about one
    must not get a held area's facts."""
    found = {_COUNCIL_WORDS.sub("", name).lower() for p in bm25.passages for m in _NEIGHBOUR.finditer(p.text)
             for name in m.groups() if name}
    # A word the documents also write in lower case ("Each District Council") is not a place's name.
    return tuple(sorted((n for n in found if not set(n.split()) & bm25.lower_case_words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _known_areas() -> tuple[str, ...]:
    return tuple(sorted((name for name, _ in _area_entries()), key=len, reverse=True))


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, str]:
    """Each area's short form → its name ("notts" → "nottinghamshire")."""
    return {short: name for name, shorts in _area_entries() for short in shorts}


@lru_cache(maxsize=1)
def _short_form_pattern() -> re.Pattern[str] | None:
    forms = _short_forms()
    return re.compile(rf"\b({'|'.join(map(re.escape, forms))})\b", re.IGNORECASE) if forms else None


def spell_out_areas(text: str) -> str:
    """The text with each area's short form written in full ("notts LADO" → "Nottinghamshire LADO"),
    so scoping, search and the unheld-area check all see the name the documents use."""
    pattern = _short_form_pattern()
    return pattern.sub(lambda m: _short_forms()[m.group(1).lower()].title(), text) if pattern else text


def _search_text(message: str, redaction: Redaction) -> str:
    """What search and answer selection read: the message without personal identifiers.

    A child's name or postcode never helps find a procedure and, as an unknown proper
    noun, stops any passage covering the question. A phone number alone stays: it may
    be the question ("is 01632 960140 still the LADO number?").
    """
    if not redaction.changed or set(redaction.kinds) <= {"PHONE"}:
        return message
    return " ".join(_PLACEHOLDER.sub(" ", redaction.text).split())


@lru_cache(maxsize=8)
def _area_finder(held: tuple[str, ...]) -> AreaFinder:
    """Area names for follow-ups ("what about in notts?" swaps the area, short form and all)."""
    return AreaFinder([*held, *_known_areas(), *_short_forms()])


def _load_contacts(path: Path) -> tuple[dict[str, PartnershipContacts], str | None]:
    if not path.exists():
        log.warning("contacts file %s not found: urgent signposting will use generic wording", path)
        return {}, None
    loaded = load_contacts_file(path)
    return loaded.partnerships, loaded.review_date
