"""HTTP request and response shapes: a view of the data model, and a contract.

Later integrations rely on these names and fields: extend, don't rename.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field, field_validator

from safeguard.model import Citation, Passage

if TYPE_CHECKING:
    from bot.assistant import Reply


class SearchRequest(BaseModel):
    query: str = Field(min_length=1, max_length=2000)
    top_k: int = Field(default=5, ge=1, le=50)
    partnership: str | None = Field(default=None, max_length=100)

    @field_validator("top_k", mode="before")
    @classmethod
    def _a_json_integer(cls, value: object) -> object:
        """As the schema says: an integer (24.0 is one in JSON), not true or "5" quietly read as one."""
        if isinstance(value, (bool, str)):
            raise ValueError("top_k must be an integer")
        return value


class SearchResult(BaseModel):
    doc_id: str
    title: str
    partnership: str
    doc_type: str
    source: str
    url: str
    section: str
    page: int | None
    published: str | None = None
    text: str
    score: float


class SearchResponse(BaseModel):
    results: list[SearchResult]


class ChatRequest(BaseModel):
    message: str = Field(min_length=1, max_length=4000)
    session_id: str | None = Field(default=None, max_length=100)
    partnership: str | None = Field(default=None, max_length=100)


class CitationOut(BaseModel):
    n: int
    doc_id: str
    title: str
    partnership: str
    source: str
    url: str
    section: str
    page: int | None
    published: str | None = None
    text: str


class ChatResponse(BaseModel):
    answer: str
    status: Literal["answered", "not_found"]
    urgent: bool
    signposting: str | None
    citations: list[CitationOut]
    session_id: str
    answer_id: str = Field(description="Quote it in POST /api/feedback to rate this answer.")
    notice: str | None = Field(default=None, description="Privacy reminder: shown once a session, or when identifiers were typed.")


class FeedbackRequest(BaseModel):
    answer_id: str = Field(min_length=1, max_length=64)
    rating: Literal["up", "down"]
    comment: str | None = Field(default=None, max_length=2000)


def link(p: Passage, base_url: str = "") -> str:
    """Where a practitioner can read the passage: the web page, or our copy of the file at its page."""
    if p.url:
        return p.url
    target = f"{base_url.rstrip('/')}/api/documents/{p.doc_id}"
    return f"{target}#page={p.page}" if p.page else target


def search_result(p: Passage, base_url: str = "") -> SearchResult:
    return SearchResult(
        doc_id=p.doc_id, title=p.title, partnership=p.partnership, doc_type=p.doc_type, source=p.source,
        url=link(p, base_url), section=p.section, page=p.page, published=p.published, text=p.text,
        score=round(p.score, 6),
    )


def citation_out(c: Citation, base_url: str = "") -> CitationOut:
    p = c.passage
    return CitationOut(
        n=c.n, doc_id=p.doc_id, title=p.title, partnership=p.partnership, source=p.source,
        url=link(p, base_url), section=p.section, page=p.page, published=p.published, text=c.text,
    )


def chat_response(reply: Reply, base_url: str = "") -> ChatResponse:
    answer = reply.answer
    return ChatResponse(
        answer=answer.text, status=answer.status, urgent=answer.urgent, signposting=answer.signposting,
        citations=[citation_out(c, base_url) for c in answer.citations], session_id=reply.session_id,
        answer_id=reply.answer_id, notice=reply.notice,
    )
