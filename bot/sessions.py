"""Conversation sessions: what a follow-up question needs from earlier turns.

In memory, bounded in size and age. Only redacted text is ever kept.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

MAX_TURNS = 10  # enough context for follow-ups, little to hold


@dataclass
class Session:
    partnership: str | None = None
    turns: list[str] = field(default_factory=list)  # redacted messages as typed, oldest first
    questions: list[str] = field(default_factory=list)  # redacted standalone questions (follow-ups rewritten)
    touched: float = field(default_factory=time.monotonic)

    def remember(self, message: str, question: str) -> None:
        """Keep the last turns: the redacted message and the standalone question it meant."""
        self.turns = [*self.turns, message][-MAX_TURNS:]
        self.questions = [*self.questions, question][-MAX_TURNS:]


class SessionStore:
    def __init__(self, max_sessions: int = 10_000, ttl_seconds: float = 3600.0) -> None:
        self._sessions: OrderedDict[str, Session] = OrderedDict()
        self._lock = threading.Lock()
        self.max_sessions = max_sessions
        self.ttl = ttl_seconds

    def get(self, session_id: str) -> Session:
        now = time.monotonic()
        with self._lock:
            session = self._sessions.pop(session_id, None)
            if session is None or now - session.touched > self.ttl:
                session = Session()
            session.touched = now
            self._sessions[session_id] = session
            while len(self._sessions) > self.max_sessions:
                self._sessions.popitem(last=False)
            return session
