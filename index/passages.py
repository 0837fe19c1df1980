"""Documents → Passages: section-aware chunks of about 80–250 words.

A passage never straddles two sections (or two PDF pages), so its heading path
and page are exact. Blocks (paragraphs, list items, table rows) are packed
whole; only a block longer than the limit is split, at sentence boundaries.
A short tail is balanced with the chunk before it rather than left tiny.
"""

from __future__ import annotations

import re

from safeguard.model import Document, Passage

MAX_WORDS = 250
MIN_WORDS = 80

# Sentence end: . ! ? followed by space and an upper-case letter, digit or quote.
# Common abbreviations (e.g., i.e., Dr., etc.) are protected first.
_ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|No|vs|approx|incl)\.", re.IGNORECASE)
# A numbered item's marker ("1. Neglect: ...") starts its sentence; it is not a sentence.
_ITEM_MARKER = re.compile(r"(?:\d{1,2}|[a-z]|[ivx]{1,4})\.", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z0-9\"'(\[•-])")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences; keeps list items and table rows whole."""
    protected = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(".", "\x00"), text)
    sentences: list[str] = []
    for part in (p.replace("\x00", ".").strip() for p in _SENTENCE_END.split(protected)):
        if part and sentences and _ITEM_MARKER.fullmatch(sentences[-1]):
            sentences[-1] += " " + part
        elif part:
            sentences.append(part)
    return sentences


def _words(text: str) -> int:
    return len(text.split())


def _split_long_block(block: str, limit: int) -> list[str]:
    """Break a block longer than `limit` words at sentence ends (or hard, as a last resort)."""
    pieces: list[str] = []
    for sentence in split_sentences(block):
        words = sentence.split()
        pieces.extend(" ".join(words[i:i + limit]) for i in range(0, len(words), limit))
    return pieces


def pack_blocks(blocks: list[str], max_words: int = MAX_WORDS, min_words: int = MIN_WORDS) -> list[str]:
    """Greedily pack blocks into chunks of at most `max_words`, then balance a short tail."""
    units: list[str] = []
    for block in blocks:
        block = block.strip()
        if not block:
            continue
        units.extend(_split_long_block(block, max_words) if _words(block) > max_words else [block])

    chunks: list[list[str]] = []
    size = 0
    for unit in units:
        n = _words(unit)
        if chunks and size + n <= max_words:
            chunks[-1].append(unit)
            size += n
        else:
            chunks.append([unit])
            size = n

    # A tail under min_words borrows units from the chunk before it while that helps.
    if len(chunks) >= 2 and sum(map(_words, chunks[-1])) < min_words:
        prev, last = chunks[-2], chunks[-1]
        while len(prev) > 1:
            moved = _words(prev[-1])
            if sum(map(_words, last)) + moved > max_words:
                break
            if sum(map(_words, prev)) - moved < sum(map(_words, last)) + moved:
                break
            last.insert(0, prev.pop())
    return ["\n".join(chunk) for chunk in chunks]


def passage_id(doc_id: str, ordinal: int) -> str:
    return f"{doc_id}:{ordinal:04d}"


def document_passages(doc: Document, max_words: int = MAX_WORDS, min_words: int = MIN_WORDS) -> list[Passage]:
    """Turn one Document into its Passages, numbered in reading order."""
    passages: list[Passage] = []
    for section in doc.sections:
        for chunk in pack_blocks(section.blocks, max_words, min_words):
            ordinal = len(passages)
            passages.append(
                Passage(
                    passage_id=passage_id(doc.doc_id, ordinal),
                    doc_id=doc.doc_id,
                    text=chunk,
                    heading_path=tuple(section.heading_path),
                    page=section.page,
                    ordinal=ordinal,
                    title=doc.title,
                    partnership=doc.partnership,
                    doc_type=doc.doc_type,
                    source=doc.source,
                    url=doc.url,
                    published=doc.published,
                )
            )
    return passages
