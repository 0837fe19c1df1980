"""What practitioners asked and what they thought of the answers: redacted, time-limited.

This is how a partnership finds the gaps in its documents (unanswered
questions, low-rated answers). Only redacted text is ever written, and rows
older than the retention period are deleted. SQLite under the data directory
by default; any SQLAlchemy URL (e.g. Postgres) via SAFEGUARD_FEEDBACK_DB_URL.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine, delete, insert, select, update

from bot.redact import redact

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


@dataclass
class Feedback:
    answer_id: str
    rating: int
    comment: str | None = None


class FeedbackStore:
    def __init__(self, url: str, retention_days: int = 30) -> None:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(url, future=True)
        _meta.create_all(self.engine)
        self.retention_seconds = retention_days * 86400

    @classmethod
    def for_data_dir(cls, data_dir: Path, url: str = "", retention_days: int = 30) -> "FeedbackStore":
        return cls(url or f"sqlite:///{(data_dir / 'feedback.sqlite').resolve()}", retention_days)

    def record_question(self, session_id: str, question: str, status: str, urgent: bool,
                        cited: list[tuple[str, str]], partnership: str | None, channel: str = "api") -> str:
        """Store a redacted question and its outcome; returns the answer id for feedback."""
        answer_id = uuid.uuid4().hex
        with self.engine.begin() as db:
            db.execute(insert(questions).values(
                answer_id=answer_id, session_id=session_id, channel=channel, partnership=partnership or "",
                question=redact(question).text, status=status, urgent=int(urgent),
                cited_docs=json.dumps(cited), rating=None, comment=None, created_at=time.time(),
            ))
        return answer_id

    def record_feedback(self, fb: Feedback) -> bool:
        """Attach a rating (+1/-1) and optional comment to an answer; False if unknown."""
        comment = redact(fb.comment).text if fb.comment else None
        with self.engine.begin() as db:
            done = db.execute(update(questions).where(questions.c.answer_id == fb.answer_id)
                              .values(rating=1 if fb.rating > 0 else -1, comment=comment))
        return done.rowcount == 1

    def purge(self, now: float | None = None) -> int:
        """Delete rows older than the retention period; returns how many went."""
        cutoff = (now or time.time()) - self.retention_seconds
        with self.engine.begin() as db:
            return db.execute(delete(questions).where(questions.c.created_at < cutoff)).rowcount

    def rows(self, since: float = 0.0) -> list[dict]:
        with self.engine.connect() as db:
            result = db.execute(select(questions).where(questions.c.created_at >= since)
                                .order_by(questions.c.created_at))
            return [dict(r._mapping) for r in result]
