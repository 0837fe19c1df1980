"""What practitioners asked and what they thought of the answers: redacted, time-limited.

This is how a partnership finds the gaps in its documents (unanswered
questions, low-rated answers). Only redacted text is ever written, and rows
older than the retention period are deleted. SQLite under the data directory
by default; any SQLAlchemy URL (e.g. Postgres) via SAFEGUARD_FEEDBACK_DB_URL.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from bot.redact import redact
from index.terms import terms, words

log = logging.getLogger(__name__)

# Redaction placeholders ("[NAME]", "[PHONE]") are not topics.
_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")

# Called after each recorded event: ("question", {status, urgent, channel, partnership}) or
# ("feedback", {rating}). Metrics and request logs listen here; never the question text.
Listener = Callable[[str, dict], None]

_meta = MetaData()

questions = Table(
    "questions", _meta,
    Column("answer_id", String(32), primary_key=True),
    Column("session_id", String(100), index=True),
    Column("channel", String(20)),
    Column("partnership", String(100)),
    Column("question", Text),  # redacted
    Column("status", String(20)),
    Column("urgent", Integer),
    Column("cited_docs", Text),  # JSON list of [doc_id, title]
    Column("rating", Integer),  # +1, -1 or NULL
    Column("comment", Text),  # redacted
    Column("created_at", Float, index=True),
)


class FeedbackUnavailable(RuntimeError):
    """The store cannot be written just now (a full disk, a database down): answers go on, ratings wait."""


@dataclass
class Feedback:
    answer_id: str
    rating: int
    comment: str | None = None


def _sqlite_pragmas(connection, _record) -> None:
    """WAL, and no fsync per answer: a power cut may lose the last few log rows, never the index.
    (A full fsync per chat cost ~30 ms, most of an answer's time.)"""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class FeedbackStore:
    def __init__(self, url: str, retention_days: int = 30) -> None:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(url, future=True)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.retention_seconds = retention_days * 86400
        self.listeners: list[Listener] = []
        self._created = False
        try:
            self._create()
        except FeedbackUnavailable:  # e.g. a full disk at start-up: serve answers, create the tables later
            pass

    def _create(self) -> None:
        if not self._created:
            with self._writing("create the tables"):
                _meta.create_all(self.engine)
            self._created = True

    @contextmanager
    def _writing(self, what: str) -> Iterator[None]:
        """Turn a storage failure into one logged line and FeedbackUnavailable (no traceback spew)."""
        try:
            yield
        except (SQLAlchemyError, OSError) as exc:
            reason = getattr(exc, "orig", None) or exc
            log.warning("feedback store: could not %s (%s: %s)", what, reason.__class__.__name__, reason)
            raise FeedbackUnavailable(f"could not {what}: {reason}") from exc

    def add_listener(self, listener: Listener) -> None:
        if listener not in self.listeners:
            self.listeners.append(listener)

    def _notify(self, event: str, fields: dict) -> None:
        for listener in self.listeners:
            try:
                listener(event, fields)
            except Exception:  # an observer failing must never lose an answer
                log.exception("feedback listener failed")

    @classmethod
    def for_data_dir(cls, data_dir: Path, url: str = "", retention_days: int = 30) -> FeedbackStore:
        return cls(url or f"sqlite:///{(data_dir / 'feedback.sqlite').resolve()}", retention_days)

    def record_question(self, session_id: str, question: str, status: str, urgent: bool,
                        cited: list[tuple[str, str]], partnership: str | None, channel: str = "api",
                        now: float | None = None) -> str:
        """Store a redacted question and its outcome; returns the answer id for feedback."""
        answer_id = uuid.uuid4().hex
        self._create()
        with self._writing("record a question"), self.engine.begin() as db:
            db.execute(insert(questions).values(
                answer_id=answer_id, session_id=session_id, channel=channel, partnership=partnership or "",
                question=redact(question).text, status=status, urgent=int(urgent),
                cited_docs=json.dumps(cited), rating=None, comment=None, created_at=now or time.time(),
            ))
        self._notify("question", {"status": status, "urgent": bool(urgent), "channel": channel,
                                  "partnership": partnership or ""})
        return answer_id

    def record_feedback(self, fb: Feedback) -> bool:
        """Attach a rating (+1/-1) and optional comment to an answer; False if unknown."""
        comment = redact(fb.comment).text if fb.comment else None
        self._create()
        with self._writing("record feedback"), self.engine.begin() as db:
            done = db.execute(update(questions).where(questions.c.answer_id == fb.answer_id)
                              .values(rating=1 if fb.rating > 0 else -1, comment=comment))
        if done.rowcount == 1:
            self._notify("feedback", {"rating": "up" if fb.rating > 0 else "down"})
        return done.rowcount == 1

    def purge(self, now: float | None = None) -> int:
        """Delete rows older than the retention period; returns how many went."""
        cutoff = (now or time.time()) - self.retention_seconds
        self._create()
        with self._writing("purge old rows"), self.engine.begin() as db:
            return db.execute(delete(questions).where(questions.c.created_at < cutoff)).rowcount

    def rows(self, since: float = 0.0, partnership: str | None = None) -> list[dict]:
        """Question log rows (redacted), oldest first; optionally one partnership's."""
        self._create()
        query = select(questions).where(questions.c.created_at >= since)
        if partnership:
            query = query.where(func.lower(questions.c.partnership) == partnership.strip().lower())
        with self.engine.connect() as db:
            return [dict(r._mapping) for r in db.execute(query.order_by(questions.c.created_at))]

    # -- report queries: where the documents fail practitioners ----------------------

    def report(self, since: float = 0.0, partnership: str | None = None, limit: int = 20) -> dict:
        """Everything the admin report shows, from one read of the log."""
        rows = self.rows(since, partnership)
        return {
            "since": since,
            "partnership": partnership or None,
            "counts": counts(rows),
            "unanswered": unanswered(rows, limit),
            "low_rated": low_rated(rows, limit),
            "topics": top_topics(rows, limit),
            "documents": top_documents(rows, limit),
        }


def counts(rows: list[dict]) -> dict:
    """Totals by status, channel and partnership, plus urgent and rated counts."""
    return {
        "questions": len(rows),
        "urgent": sum(1 for r in rows if r["urgent"]),
        "rated_up": sum(1 for r in rows if r["rating"] == 1),
        "rated_down": sum(1 for r in rows if r["rating"] == -1),
        "by_status": dict(Counter(r["status"] for r in rows).most_common()),
        "by_channel": dict(Counter(r["channel"] for r in rows).most_common()),
        "by_partnership": dict(Counter(r["partnership"] or "(none)" for r in rows).most_common()),
    }


def _entry(r: dict) -> dict:
    return {"answer_id": r["answer_id"], "asked_at": r["created_at"], "question": r["question"],
            "partnership": r["partnership"], "channel": r["channel"], "status": r["status"],
            "urgent": bool(r["urgent"]), "rating": r["rating"], "comment": r["comment"]}


def unanswered(rows: list[dict], limit: int = 20) -> list[dict]:
    """The newest questions the documents could not answer: gaps to fill."""
    return [_entry(r) for r in reversed(rows) if r["status"] == "not_found"][:limit]


def low_rated(rows: list[dict], limit: int = 20) -> list[dict]:
    """The newest thumbs-down answers, with the practitioner's comment (redacted)."""
    return [{**_entry(r), "cited": _cited(r)} for r in reversed(rows) if r["rating"] == -1][:limit]


def top_topics(rows: list[dict], limit: int = 20) -> list[dict]:
    """Content terms by the number of questions using them (the same terms search matches on).

    Each topic is a stemmed term shown by its commonest spelling, with how many
    questions used it, how many of those went unanswered, and one example.
    """
    asked: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    example: dict[str, str] = {}
    for r in rows:
        text = _PLACEHOLDER.sub(" ", r["question"] or "")
        for word in words(text):
            for t in terms(word):
                spellings.setdefault(t, Counter())[word] += 1
        for t in set(terms(text)):
            asked[t] += 1
            missed[t] += r["status"] == "not_found"
            example.setdefault(t, r["question"])
    return [{"topic": spellings[t].most_common(1)[0][0], "term": t, "questions": n, "unanswered": missed[t],
             "example": example[t]} for t, n in asked.most_common(limit)]


def top_documents(rows: list[dict], limit: int = 20) -> list[dict]:
    """Documents by the number of answers citing them."""
    cited: Counter[str] = Counter()
    titles: dict[str, str] = {}
    for r in rows:
        for doc_id, title in {d: t for d, t in _cited(r)}.items():
            cited[doc_id] += 1
            titles[doc_id] = title
    return [{"doc_id": d, "title": titles[d], "citations": n} for d, n in cited.most_common(limit)]


def _cited(r: dict) -> list[tuple[str, str]]:
    try:
        return [(str(d), str(t)) for d, t in json.loads(r["cited_docs"] or "[]")]
    except (ValueError, TypeError):
        return []
