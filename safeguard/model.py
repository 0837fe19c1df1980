"""The one data model: Document → Section → Passage → Citation → Answer.

Parsers produce Documents, the indexer turns them into Passages, the retriever
returns Passages and the answerer returns an Answer whose Citations point back
at Passages. Everything else (API schemas, Chroma metadata, CLI output) is a
view of these types.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

# The partnership label of national guidance (Working Together, the FGM duty): every area's scope includes it.
NATIONAL = "National"

DocType = Literal[
    "procedure",
    "newsletter",
    "tea_break_guide",
    "learning_briefing",
    "thresholds",
    "annual_report",
    "amendments",
    "other",
]
DOC_TYPES: tuple[str, ...] = DocType.__args__  # type: ignore[attr-defined]

AnswerStatus = Literal["answered", "not_found"]


@dataclass
class Section:
    """A run of content under one heading path, on one page.

    `blocks` are paragraphs, list items ("- item") or table rows rendered as
    "Header: value; Header: value" so they read as sentences. A PDF section that
    crosses a page break is split into one Section per page so every passage
    knows its page.
    """

    heading_path: tuple[str, ...]
    blocks: list[str]
    page: int | None = None

    @property
    def heading(self) -> str:
        return " > ".join(self.heading_path)


@dataclass
class Document:
    """A parsed source file or web page with its metadata."""

    source: str  # absolute file path or URL: the identity of the document
    title: str
    sections: list[Section]
    format: str  # pdf | html | docx | markdown | text
    partnership: str = ""
    doc_type: str = "other"
    published: str | None = None  # ISO date (YYYY-MM or YYYY-MM-DD) when stated
    url: str | None = None  # public link when the source is a web page
    content_hash: str = ""

    @property
    def doc_id(self) -> str:
        return doc_id_for(self.source)

    @property
    def word_count(self) -> int:
        return sum(len(b.split()) for s in self.sections for b in s.blocks)


def doc_id_for(source: str) -> str:
    """Stable id from the source path or URL, so re-ingesting replaces in place."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


@dataclass
class Passage:
    """A retrievable unit: 80–250 words from a single section of one document."""

    passage_id: str
    doc_id: str
    text: str
    heading_path: tuple[str, ...]
    page: int | None
    ordinal: int
    title: str
    partnership: str
    doc_type: str
    source: str
    url: str | None
    published: str | None = None
    score: float = 0.0

    @property
    def section(self) -> str:
        return " > ".join(self.heading_path)


@dataclass
class Citation:
    """Where a sentence of an answer comes from: the passage and the quoted text."""

    n: int
    passage: Passage
    text: str


@dataclass
class Answer:
    text: str
    status: AnswerStatus
    citations: list[Citation] = field(default_factory=list)
    urgent: bool = False
    signposting: str | None = None
