"""Plain-text and Markdown parsers, plus the small helpers every parser shares.

The shared helpers (whitespace cleaning, table-row rendering, the section
builder) live here because plain text is the common denominator of all formats.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ingest.errors import ParseError
from safeguard.model import DOC_TYPES, Document, Section

# ---------------------------------------------------------------- shared helpers

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
BULLET_RE = re.compile(r"^\s*(?:[-*+\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\u25a0\u25a1\u2013\u27a2\u2713\u2714\uf0b7\uf0a7\x7f]|\d{1,2}[.)]|[a-zA-Z][.)])\s+")
_END_PUNCT = tuple(".,;:!?")


def clean(text: str) -> str:
    """Normalise unicode spacing so blocks compare and split predictably."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text.replace("\r", " ").replace("\n", " "))
    return text.strip()


def has_words(text: str) -> bool:
    """True when a block carries at least one letter or digit (not just rules or dots)."""
    return any(ch.isalnum() for ch in text)


# A question a document asks itself ("Can a teaching assistant attend instead of the DSL?", "Q: The mark has almost
# faded."): the parsers mark an accordion's summary so, and answers take what follows as its answer.
_ASKS_ITSELF = re.compile(r"\?\s*(?:\[\d+\])?$|^(?:- )?Q[:.]\s")


def asks_itself(text: str) -> bool:
    return bool(_ASKS_ITSELF.search(text.strip()))


def list_item(text: str) -> str:
    """Render a list item the one way the indexer expects: "- item"."""
    return "- " + clean(BULLET_RE.sub("", text, count=1))


def render_rows(rows: list[list[str]], has_header: bool) -> list[str]:
    """Turn table rows into sentences: "Header: value; Header: value" (or cells joined by "; ")."""
    rows = [[clean(c) for c in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    header = rows[0] if has_header and len(rows) > 1 else None
    body = rows[1:] if header else rows
    out: list[str] = []
    for row in body:
        if header:
            parts = [f"{h}: {v}" if h else v for h, v in zip(header, row) if v]
            parts += [v for v in row[len(header):] if v]
        else:
            parts = [v for v in row if v]
        # Merged cells repeat their text; say it once.
        deduped = [p for i, p in enumerate(parts) if i == 0 or p != parts[i - 1]]
        line = "; ".join(deduped)
        if has_words(line):
            out.append(line)
    return out


def dehyphenate_join(first: str, second: str) -> str:
    """Join two wrapped lines, removing a line-end hyphen that split a word."""
    first, second = first.rstrip(), second.lstrip()
    if not first:
        return second
    if re.search(r"[a-z]-$", first) and second[:1].islower():
        return first[:-1] + second
    return first + " " + second


def is_meaningful_title(title: str | None) -> bool:
    """Reject placeholder metadata titles ("Untitled", "Microsoft Word - x.docx", "Slide 1")."""
    if not title:
        return False
    t = clean(title)
    low = t.lower()
    if len(t) < 4 or not re.search(r"[a-zA-Z]{3}", t):
        return False
    if low in {"untitled", "title", "document", "(unspecified)", "unknown", "none", "default"}:
        return False
    if re.match(r"^(microsoft (word|powerpoint)|slide \d|presentation\d|document\d|doc\d)", low):
        return False
    return not re.search(r"\.(docx?|pdf|rtf|odt|pptx?|html?)$", low)


def strip_title_from_paths(sections: list[Section], title: str) -> list[Section]:
    """Drop the document title from the front of heading paths: it is already the title."""
    key = clean(title).casefold()
    for s in sections:
        if s.heading_path and s.heading_path[0].casefold() == key:
            s.heading_path = s.heading_path[1:]
    return sections


class SectionBuilder:
    """Collects headings and blocks in reading order and groups them into Sections.

    A new Section starts whenever the heading path or the page changes, so a
    section crossing a page break becomes one Section per page.
    """

    def __init__(self) -> None:
        self.sections: list[Section] = []
        self._stack: list[tuple[int, str]] = []
        self.page: int | None = None
        self.headings: list[tuple[int, str]] = []

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(text for _, text in self._stack)

    def heading(self, level: int, text: str) -> None:
        text = clean(text)
        if not has_words(text):
            return
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        self._stack.append((level, text))
        self.headings.append((level, text))

    def block(self, text: str, page: int | None = None) -> None:
        text = text.strip() if text.startswith("- ") else clean(text)
        if not has_words(text):
            return
        page = self.page if page is None else page
        last = self.sections[-1] if self.sections else None
        if last is None or last.heading_path != self.path or last.page != page:
            last = Section(heading_path=self.path, blocks=[], page=page)
            self.sections.append(last)
        last.blocks.append(text)

    def first_heading(self) -> str:
        """The highest-level heading seen first: a fallback document title."""
        if not self.headings:
            return ""
        top = min(level for level, _ in self.headings)
        return next(text for level, text in self.headings if level == top)


# ---------------------------------------------------------------- decoding


def looks_binary(data: bytes) -> bool:
    """Spot non-text files (NUL bytes or many control characters) before decoding them."""
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with BOM: judge the decoded characters
        chars = sample[: len(sample) // 2 * 2].decode("utf-16", errors="replace")
        controls = sum(1 for ch in chars if ord(ch) < 32 and ch not in "\t\n\f\r")
        return controls / max(len(chars), 1) > 0.05
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample) > 0.05


def decode_text(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252, else latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _read_text(path: Path) -> str:
    from ingest.limits import read_bounded

    data = read_bounded(Path(path))
    if looks_binary(data):
        raise ParseError("not a text file (binary content)")
    return decode_text(data).replace("\r\n", "\n").replace("\r", "\n")


def _fallback_title(path: Path) -> str:
    return re.sub(r"[_-]+", " ", Path(path).stem).strip()


# ---------------------------------------------------------------- markdown

_FRONT_KEYS = {"title", "partnership", "doc_type", "published"}
_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split optional YAML-ish front matter (--- key: value ---) from the body."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for i in range(1, min(len(lines), 60)):
        if lines[i].strip() in ("---", "..."):
            meta: dict[str, str] = {}
            for line in lines[1:i]:
                key, sep, value = line.partition(":")
                if sep:
                    meta[key.strip().lower()] = value.strip().strip("'\"")
            return meta, "\n".join(lines[i + 1:])
    return {}, text


def _inline_md(text: str) -> str:
    """Strip inline Markdown (emphasis, code, links, images, HTML tags) to plain words."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = text.replace("\\", "") if re.search(r"\\[\\`*_{}\[\]()#+\-.!|]", text) else text
    return clean(text)


def _split_pipes(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [_inline_md(c) for c in re.split(r"(?<!\\)\|", line)]


def _is_table_start(lines: list[str], i: int) -> bool:
    return "|" in lines[i] and i + 1 < len(lines) and bool(_TABLE_SEP.match(lines[i + 1])) and "-" in lines[i + 1]


def _md_events(body: str, builder: SectionBuilder) -> None:
    """Walk Markdown lines, feeding headings, paragraphs, list items and table rows to the builder."""
    lines = body.split("\n")
    para: list[str] = []
    item: list[str] | None = None

    def flush() -> None:
        nonlocal para, item
        if item is not None:
            builder.block("- " + _inline_md(" ".join(item)))
        elif para:
            joined = para[0]
            for line in para[1:]:
                joined = dehyphenate_join(joined, line)
            builder.block(_inline_md(joined))
        para, item = [], None

    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if _FENCE.match(line):
            flush()
            fence = _FENCE.match(line).group(1)  # type: ignore[union-attr]
            code: list[str] = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(fence):
                code.append(lines[i].strip())
                i += 1
            builder.block(" ".join(c for c in code if c))
        elif not stripped:
            flush()
        elif m := _ATX.match(stripped):
            flush()
            builder.heading(len(m.group(1)), _inline_md(m.group(2)))
        elif _is_table_start(lines, i):
            flush()
            rows = [_split_pipes(line)]
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                rows.append(_split_pipes(lines[i]))
                i += 1
            for row in render_rows(rows, has_header=True):
                builder.block(row)
            continue
        elif (
            para and item is None and len(para) == 1
            and re.fullmatch(r"=+|-+", stripped) and len(stripped) >= 2
        ):
            text = para[0]
            para = []
            builder.heading(1 if stripped[0] == "=" else 2, _inline_md(text))
        elif re.fullmatch(r"(\*\s*){3,}|(-\s*){3,}|(_\s*){3,}", stripped):
            flush()
        elif BULLET_RE.match(stripped) and not re.match(r"^[a-zA-Z][.)]\s", stripped):
            flush()
            item = [BULLET_RE.sub("", stripped, count=1)]
        elif item is not None and (line.startswith((" ", "\t")) or not para):
            item.append(stripped)
        else:
            if item is not None:
                flush()
            para.append(stripped.lstrip("> ").strip() if stripped.startswith(">") else stripped)
        i += 1
    flush()


def parse_markdown(path: Path) -> Document:
    """Parse a Markdown file: ATX/setext headings, lists, pipe tables and optional front matter."""
    path = Path(path)
    meta, body = _front_matter(_read_text(path))
    builder = SectionBuilder()
    _md_events(body, builder)
    h1 = next((t for level, t in builder.headings if level == 1), "")
    title = meta.get("title") or h1 or builder.first_heading() or _fallback_title(path)
    doc = Document(
        source=str(path),
        title=clean(title),
        sections=strip_title_from_paths(builder.sections, title),
        format="markdown",
        partnership=meta.get("partnership", ""),
        published=meta.get("published") or None,
    )
    if meta.get("doc_type") in DOC_TYPES:
        doc.doc_type = meta["doc_type"]
    return doc


# ---------------------------------------------------------------- plain text


def _is_text_heading(lines: list[str]) -> bool:
    """A one-line paragraph, short and without closing punctuation, reads as a heading."""
    if len(lines) != 1:
        return False
    line = lines[0].strip()
    words = line.split()
    return (
        0 < len(words) <= 12
        and len(line) <= 90
        and not line.endswith(_END_PUNCT)
        and not BULLET_RE.match(line)
        and line[0].isalnum()
        and (line[0].isupper() or line[0].isdigit())
    )


def _text_paragraph(lines: list[str], builder: SectionBuilder, page: int | None) -> None:
    """Emit one blank-line-separated paragraph, splitting out bullet lines as list items."""
    current: list[str] = []
    is_item = False

    def flush() -> None:
        nonlocal current
        if current:
            joined = current[0]
            for line in current[1:]:
                joined = dehyphenate_join(joined, line)
            builder.block(list_item(joined) if is_item else joined, page)
        current = []

    for line in lines:
        if BULLET_RE.match(line):
            flush()
            current, is_item = [line.strip()], True
        else:
            current.append(line.strip())
    flush()


def _split_paragraphs(page_text: str) -> list[list[str]]:
    chunks = re.split(r"\n[ \t]*\n", page_text)
    paras = [[ln for ln in chunk.split("\n") if ln.strip()] for chunk in chunks]
    return [p for p in paras if p]


def _is_title_line(lines: list[str]) -> bool:
    line = lines[0].strip() if len(lines) == 1 else ""
    return bool(line) and len(line.split()) <= 15 and len(line) <= 120 and not line.endswith((".", ",", ";"))


def parse_text(path: Path) -> Document:
    """Parse plain text: blank lines split paragraphs; short unpunctuated lines become headings.

    A short first line is the title; form feeds (from PDF-to-text tools) mark pages.
    """
    path = Path(path)
    pages = [_split_paragraphs(p) for p in _read_text(path).split("\f")]
    numbered = len(pages) > 1
    title = ""
    first_page = next((p for p in pages if p), [])
    if first_page and _is_title_line(first_page[0]):
        title = clean(first_page.pop(0)[0])
    builder = SectionBuilder()
    for page_no, paras in enumerate(pages, start=1):
        for idx, para in enumerate(paras):
            following = paras[idx + 1] if idx + 1 < len(paras) else None
            if _is_text_heading(para) and following is not None and not _is_text_heading(following):
                builder.heading(1, para[0])
            else:
                _text_paragraph(para, builder, page_no if numbered else None)
    if title and not builder.sections:
        builder.block(title)  # a one-line file: the line is the content as well as the title
    title = title or builder.first_heading() or _fallback_title(path)
    return Document(
        source=str(path),
        title=title,
        sections=strip_title_from_paths(builder.sections, title),
        format="text",
    )
