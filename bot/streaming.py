"""Server-sent events for a chat answer: the same content as /api/chat, in pieces.

Order: `meta` (status, urgency, signposting, ids), then one `sentence` event per
answer sentence, then `citations`, then `done`. The urgent signposting is in
the very first event, so a client can show it before anything else.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from bot.schemas import ChatResponse
from index.passages import split_sentences


def _event(name: str, data: object) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def pieces(answer: str) -> list[str]:
    """Sentences of an answer, each keeping its citation marker ("… [1]")."""
    parts = re.split(r"(?<=\])\s+(?=[^\[])", answer.strip())
    return [s for part in parts for s in (split_sentences(part) if "[" not in part else [part]) if s]


def sse_events(response: ChatResponse) -> Iterator[str]:
    meta = response.model_dump(exclude={"answer", "citations"})
    yield _event("meta", meta)
    for sentence in pieces(response.answer):
        yield _event("sentence", {"text": sentence})
    yield _event("citations", [c.model_dump() for c in response.citations])
    yield _event("done", {"answer": response.answer})
