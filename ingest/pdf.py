"""Parse PDFs with pypdf into headed, paged sections.

pypdf gives hard-wrapped lines with no structure, so this module rebuilds it:
fonts and positions from the text visitor tell headings from body text, vertical
gaps tell paragraphs apart, and lines repeated at the top or bottom of many
pages (running headers, footers, page numbers) are dropped so they never become
evidence. Every block keeps the page it starts on.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from ingest.errors import ParseError
from ingest.limits import Deadline, check_pdf_pages
from ingest.limits import current as current_limits
from ingest.text import (
    SectionBuilder,
    clean,
    dehyphenate_join,
    has_words,
    is_meaningful_title,
    list_item,
    render_rows,
    strip_title_from_paths,
)
from safeguard.model import Document

_BULLET_GLYPHS = set("•●▪■□◦‣⁃∙·○➢➤►▶✓✔-–*\x7f\uf0b7\uf0a7\uf0d8\uf076\uf0fc")
_MARKER = re.compile(r"^(\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]?$")
_INLINE_BULLET = re.compile(r"^[•●▪■◦‣⁃∙○➢➤►▶✓✔\x7f\uf0b7\uf0a7]\s*")
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I)
_DOT_LEADER = re.compile(r"(\.\s?){4,}\s*\d{1,4}$")
_TERMINAL = tuple('.!?:;"”’)')
# A gap of this many font sizes between pieces on one line separates table cells.
CELL_GAP = 1.5
# A table column whose every cell is this short (in words) tells a table from a two-column page.
SHORT_CELL_WORDS = 6
_FIGURE = re.compile(r"^[£$]?[\d.,%–-]+%?$")  # a cell holding only a figure
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|demi\b|[-,]bd\b", re.I)


@dataclass
class _Line:
    """One visual line of a page, with the font evidence needed to classify it."""

    page: int
    y: float
    x: float
    text: str = ""
    size: float = 0.0
    bold_chars: int = 0
    chars: int = 0
    bullet: bool = False
    marker: bool = False
    text_x: float | None = None
    parts: int = 0
    last_x: float = 0.0
    last_len: int = 0
    last_size: float = 0.0
    cells: list[tuple[float, str]] = field(default_factory=list)  # (x, text) of pieces set apart by a column gap
    pieces: list[tuple[float, str]] = field(default_factory=list)  # (x, text) of every piece, as drawn
    row: bool = False  # a table row already rendered as "Header: value; ..."

    @property
    def bold(self) -> bool:
        return self.chars > 0 and self.bold_chars >= 0.9 * self.chars


@dataclass
class _Para:
    """A paragraph, list item or heading rebuilt from consecutive lines."""

    kind: str  # "body" | "item" | "heading"
    page: int
    lines: list[_Line] = field(default_factory=list)
    level: int = 0

    @property
    def text(self) -> str:
        joined = ""
        for line in self.lines:
            joined = dehyphenate_join(joined, line.text)
        return clean(joined)


# ---------------------------------------------------------------- reading pages


def _open(path: Path) -> PdfReader:
    """Open a PDF, turning pypdf's many failure modes into one-line ParseErrors."""
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ParseError("encrypted PDF (password protected)")
            except (DependencyError, FileNotDecryptedError, NotImplementedError) as exc:
                raise ParseError("encrypted PDF (password protected)") from exc
        _ = len(reader.pages)
        return reader
    except ParseError:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files (IndexError, AssertionError, ...)
        raise ParseError(f"corrupt or unreadable PDF ({type(exc).__name__})") from exc


def _font_is_bold(font: Any) -> bool:
    if not font:
        return False
    try:
        name = str(font.get("/BaseFont") or "")
        if _BOLD_FONT.search(name):
            return True
        desc = font.get("/FontDescriptor")
        desc = desc.get_object() if desc is not None else None
        if desc is not None:
            weight = float(desc.get("/FontWeight", 0) or 0)
            return weight >= 600 or bool(int(desc.get("/Flags", 0) or 0) & (1 << 18))
    except Exception:  # broken font dictionaries should not stop extraction
        return False
    return False


def _page_lines(page: Any, page_no: int) -> list[_Line]:
    """Group the visitor's text fragments into visual lines by baseline."""
    lines: list[_Line] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, font_size: float) -> None:
        if not text or not text.strip("\n"):
            return
        # The text matrix times the transformation matrix: its vertical scale (c, d) and origin (e, f).
        c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
        e, f = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = abs(font_size * math.hypot(c, d)) or abs(font_size) or 1.0
        bold = _font_is_bold(font)
        for i, piece in enumerate(text.split("\n")):
            if piece.strip():
                _add_fragment(lines, page_no, piece, e, f - i * size * 1.2, size, bold)

    page.extract_text(visitor_text=visit)
    for line in lines:
        line.text = clean(line.text)
    return [ln for ln in lines if ln.text]


def _add_fragment(lines: list[_Line], page_no: int, text: str, x: float, y: float, size: float, bold: bool) -> None:
    current = lines[-1] if lines else None
    if current is None or abs(current.y - y) > 0.5 * max(size, current.size, 1.0):
        current = _Line(page=page_no, y=y, x=x)
        lines.append(current)
    stripped = text.strip()
    space = bool(current.parts) and _needs_space(current, text, x)  # asked once: the answer changes with the text
    if current.parts == 1 and current.marker and x - current.x > 0.5 * size:
        # A glyph or number set apart from the text after it: a list item.
        current.bullet, current.text_x = True, x
        if not current.text.endswith(" "):
            current.text += " "
    elif space:
        current.text += " "
    _add_cell(current, text, x, space)
    current.pieces.append((x, (" " if space else "") + text))
    current.parts += 1
    current.last_x, current.last_len, current.last_size = x, len(text), size
    current.text += text
    if current.parts == 1 and (stripped in _BULLET_GLYPHS or _MARKER.match(stripped)):
        current.marker = True
        return  # bullet glyphs and list numbers often use another font: ignore them for size/bold
    visible = len(stripped)
    current.size = max(current.size, size) if current.chars else size
    current.chars += visible
    current.bold_chars += visible if bold else 0


def _add_cell(line: _Line, text: str, x: float, space: bool) -> None:
    """Pieces far apart on one baseline are table cells (or columns): keep them apart too.
    `space`: the piece is set apart from the one before, as the line's text was told."""
    if not line.cells or (line.parts and x >= _estimated_end(line) + CELL_GAP * line.last_size):
        line.cells.append((x, text))
    else:
        cx, ctext = line.cells[-1]
        line.cells[-1] = (cx, ctext + (" " if space else "") + text)


def _estimated_end(line: _Line) -> float:
    return line.last_x + line.last_len * line.last_size * 0.5


def _needs_space(line: _Line, text: str, x: float) -> bool:
    """Separately drawn pieces on one baseline (columns, a page number) need a space between them."""
    if not line.text or line.text[-1].isspace() or text[:1].isspace():
        return False
    return x >= _estimated_end(line) + line.last_size * 0.3


# ---------------------------------------------------------------- page furniture


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip()


def _edge_lines(lines: list[_Line], n: int = 3) -> list[_Line]:
    """The few lines nearest the top and bottom edges: where running headers and footers live."""
    ordered = sorted(lines, key=lambda ln: -ln.y)
    return ordered[:n] + ordered[-n:]


def _furniture_key(line: _Line) -> tuple[str, int]:
    # Running headers sit at the same height on every page; body text that repeats does not.
    return _norm(line.text), round(line.y / 4)


def _remove_furniture(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop running headers/footers (edge lines repeated at the same height) and page numbers."""
    counts: Counter[tuple[str, int]] = Counter()
    for lines in pages:
        counts.update({_furniture_key(ln) for ln in _edge_lines(lines)})
    threshold = max(2, math.ceil(0.4 * len(pages)))
    cleaned: list[list[_Line]] = []
    for lines in pages:
        edges = {id(ln) for ln in _edge_lines(lines)}
        keep = []
        for ln in lines:
            if _PAGE_NUMBER.match(ln.text) or _DOT_LEADER.search(ln.text):
                continue
            if id(ln) in edges and len(pages) > 1 and counts[_furniture_key(ln)] >= threshold:
                continue
            keep.append(ln)
        cleaned.append(keep)
    return cleaned


def _drop_contents(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Remove a table of contents: the lines after "Contents" that end in a page number."""
    out: list[list[_Line]] = []
    in_toc = False
    for lines in pages:
        keep = []
        for ln in lines:
            if re.fullmatch(r"(table of )?contents", ln.text.strip(), re.I):
                in_toc = True
                continue
            if in_toc and re.search(r"\s\d{1,3}$", ln.text):
                continue
            in_toc = False
            keep.append(ln)
        out.append(keep)
    return out


# ---------------------------------------------------------------- tables


def _aligned(x: float, starts: list[float], tolerance: float = 3.0) -> int | None:
    """The column a piece starting at x belongs to, if it starts where one does."""
    for i, start in enumerate(starts):
        if abs(x - start) <= tolerance:
            return i
    return None


def _table_region(lines: list[_Line], first: int) -> list[_Line]:
    """The lines from `first` whose pieces all start where its columns start (cut at the columns
    where a cell runs close to the next one)."""
    starts = [x for x, _ in lines[first].cells]
    region = [lines[first]]
    for line in lines[first + 1:]:
        if line.page != lines[first].page:
            break
        # Only a cell holding several pieces can be cut further: most rows have one piece per cell.
        recut = _cut_at_columns(line, starts) if len(line.pieces) > len(line.cells) else line.cells
        if len(recut) > len(line.cells) and all(_aligned(x, starts) is not None for x, _ in recut):
            line = replace(line, cells=recut)
        elif any(_aligned(x, starts) is None for x, _ in line.cells):
            break
        region.append(line)
    return region


def _cut_at_columns(line: _Line, starts: list[float]) -> list[tuple[float, str]]:
    """The line's cells cut where the table's columns start. A long label runs close to the next
    column, nearer than the gap that tells cells apart ("... started" then "1,455" drawn at the column)."""
    cells: list[tuple[float, str]] = []
    for x, text in line.pieces:
        if not cells or _aligned(x, starts) is not None:
            cells.append((x, text.strip()))
        else:
            cells[-1] = (cells[-1][0], cells[-1][1] + text)
    return cells


def _table_rows(region: list[_Line]) -> tuple[list[list[str]], int]:
    """Cell texts per row, and how many of the region's lines the table used.

    Lines on one baseline are one row (a wrapped cell is often drawn before its row's other cells);
    a line holding only some cells continues the row above it. Lines after the last full row
    belong to the table only when set as tightly as a wrapped cell."""
    starts = [x for x, _ in region[0].cells]
    by_baseline: dict[float, dict[int, str]] = {}
    last_line: dict[float, int] = {}
    for i, line in enumerate(region):
        y = next((b for b in by_baseline if abs(b - line.y) <= 1.0), line.y)
        row = by_baseline.setdefault(y, {})
        for x, text in line.cells:
            j = _aligned(x, starts)
            row[j] = dehyphenate_join(row.get(j, ""), clean(text))  # type: ignore[index]
        last_line[y] = i
    rows: list[list[str]] = []
    used = 0
    previous_y = 0.0
    for y in sorted(by_baseline, reverse=True):  # the first baseline is the full row the region started from
        cells = by_baseline[y]
        if len(cells) == len(starts) or not rows:
            rows.append([cells.get(j, "") for j in range(len(starts))])
        elif previous_y - y > 1.6 * region[last_line[y]].size:
            break  # set apart from the table: not a wrapped cell
        else:
            for j, text in cells.items():
                rows[-1][j] = dehyphenate_join(rows[-1][j], text)
        used = max(used, last_line[y] + 1)
        previous_y = y
    return rows, used


def _looks_like_table(rows: list[list[str]]) -> bool:
    """At least two rows, and a column (after the first) of short cells: prose in two page
    columns has long lines in both."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return False
    return any(all(len(r[j].split()) <= SHORT_CELL_WORDS for r in rows) for j in range(1, len(rows[0])))


def _has_header(rows: list[list[str]], first_bold: bool) -> bool:
    """A bold first row, or one of words over a column that otherwise holds figures."""
    if first_bold:
        return True
    return any(not _FIGURE.match(rows[0][j]) and all(_FIGURE.match(r[j]) for r in rows[1:] if r[j])
               for j in range(1, len(rows[0])))


def _tables(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Replace each table's lines with one line per row, rendered "Header: value; Header: value",
    so a figure in an annual report is an answerable sentence, not a run of numbers."""
    out: list[list[_Line]] = []
    for lines in pages:
        keep: list[_Line] = []
        i = 0
        while i < len(lines):
            rows, used = _table_rows(_table_region(lines, i)) if len(lines[i].cells) >= 2 else ([], 0)
            if used < 2 or not _looks_like_table(rows):
                keep.append(lines[i])
                i += 1
                continue
            first = lines[i]
            for text in render_rows(rows, _has_header(rows, first.bold)):
                keep.append(_Line(page=first.page, y=first.y, x=first.x, text=text, size=first.size,
                                  chars=len(text), row=True))
            i += used
        out.append(keep)
    return out


# ---------------------------------------------------------------- classifying lines


def _body_size(lines: list[_Line]) -> float:
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size * 2) / 2] += ln.chars
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _heading_levels(lines: list[_Line], body: float) -> dict[float, int]:
    """Map each font size clearly larger than body text to a heading level (largest = 1)."""
    big = sorted({round(ln.size * 2) / 2 for ln in lines if _is_big(ln, body)}, reverse=True)
    return {size: min(i + 1, 4) for i, size in enumerate(big)}


def _is_big(line: _Line, body: float) -> bool:
    return line.size >= body * 1.15 and line.size - body >= 1.0


def _heading_level(line: _Line, nxt: _Line | None, body: float, levels: dict[float, int]) -> int:
    """0 for body text, else the heading level of a line."""
    text = line.text
    words = len(text.split())
    first_letter = re.search(r"[A-Za-z]", text)
    if (
        line.bullet or not re.search(r"[A-Za-z]{2}", text) or words > 25 or text.endswith((",", ";"))
        or (first_letter is not None and first_letter.group(0).islower())
    ):
        return 0
    if _is_big(line, body):
        return levels.get(round(line.size * 2) / 2, 1)
    followed_by_body = nxt is not None and not nxt.bold and not _is_big(nxt, body)
    if line.bold and words <= 14 and not text.endswith(".") and followed_by_body:
        return len(levels) + 1
    return 0


def _title_case(text: str) -> bool:
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return 2 <= len(words) <= 8 and all(w[0].isupper() or w.lower() in small for w in words) and words[0][0].isupper()


# ---------------------------------------------------------------- paragraphs


def _leading(pages: list[list[_Line]], body: float) -> float:
    """The usual baseline-to-baseline distance inside a paragraph of body text."""
    gaps: Counter[float] = Counter()
    for lines in pages:
        for prev, cur in zip(lines, lines[1:]):
            gap = prev.y - cur.y
            if 0 < gap < body * 3 and abs(prev.size - body) < 0.6 and abs(cur.size - body) < 0.6:
                gaps[round(gap * 2) / 2] += 1
    return gaps.most_common(1)[0][0] if gaps else body * 1.2


def _starts_new_para(prev: _Line, cur: _Line, para: _Para, leading: float, typical_len: float) -> bool:
    gap = prev.y - cur.y
    if cur.bullet or abs(cur.size - prev.size) > 0.6 or cur.bold != prev.bold and cur.page == prev.page:
        return True
    if gap <= 0 or gap > leading * 3:
        # A new column or a jump: only a sentence cut mid-way carries on.
        return prev.text.endswith(_TERMINAL) or not cur.text[:1].islower()
    if gap > leading * 1.35:
        # Some generators space every line like a paragraph: a sentence cut mid-way still carries on.
        unfinished = not prev.text.endswith(_TERMINAL) and cur.text[:1].islower()
        return not (unfinished and gap <= leading * 2.5)
    if para.kind == "item":
        indent = para.lines[0].text_x if para.lines[0].text_x is not None else para.lines[0].x
        return cur.x < indent - 3 and prev.text.endswith(_TERMINAL)
    return prev.text.endswith((".", "!", "?", ":")) and len(prev.text) < 0.6 * typical_len


def _paragraphs(pages: list[list[_Line]], body: float) -> list[_Para]:
    """Rebuild headings, paragraphs and list items from classified lines, page by page."""
    levels = _heading_levels([ln for lines in pages for ln in lines], body)
    leading = _leading(pages, body)
    lengths = sorted(len(ln.text) for lines in pages for ln in lines if abs(ln.size - body) < 0.6)
    typical_len = lengths[int(len(lengths) * 0.9)] if lengths else 80.0
    paras: list[_Para] = []
    for lines in pages:
        for i, line in enumerate(lines):
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            last = paras[-1] if paras else None
            if line.row:
                paras.append(_Para("row", line.page, [line]))
                continue
            level = _heading_level(line, nxt, body, levels)
            if level:
                prev = last.lines[-1] if last else None
                if (
                    last and last.kind == "heading" and last.level == level and prev is not None
                    and prev.page == line.page and 0 < prev.y - line.y <= line.size * 1.6
                ):
                    last.lines.append(line)  # a heading wrapped onto two lines
                else:
                    paras.append(_Para("heading", line.page, [line], level))
                continue
            if (last is not None and last.kind not in ("heading", "row")
                    and _continues(last, line, leading, typical_len)):
                last.lines.append(line)
                continue
            kind = "item" if line.bullet or _INLINE_BULLET.match(line.text) else "body"
            paras.append(_Para(kind, line.page, [line]))
    return _promote_title_case(paras, len(levels) + 1)


def _continues(para: _Para, line: _Line, leading: float, typical_len: float) -> bool:
    prev = para.lines[-1]
    if line.page != prev.page:
        # Carry a sentence over a page break only when it is visibly unfinished.
        return not prev.text.endswith(_TERMINAL) and line.text[:1].islower() and not line.bullet
    return not _starts_new_para(prev, line, para, leading, typical_len)


def _promote_title_case(paras: list[_Para], level: int) -> list[_Para]:
    """A lone short Title-Case line followed by a substantial paragraph reads as a heading."""
    for i, para in enumerate(paras[:-1]):
        nxt = paras[i + 1]
        text = para.text
        if (
            para.kind == "body" and len(para.lines) == 1 and _title_case(text)
            and not text.endswith(_TERMINAL) and not re.search(r"\d$", text)
            and nxt.kind == "body" and len(nxt.text.split()) >= 15
        ):
            para.kind, para.level = "heading", level
    return paras


def _item_text(para: _Para) -> str:
    first = para.lines[0]
    text = para.text
    if first.bullet:
        marker = first.text.split()[0] if first.text.split() else ""
        text = text[len(marker):].strip() if text.startswith(marker) else text
    # Word's second-level bullets often come through as a letter "o" or "§" before the text.
    text = re.sub(r"^(o|§|Ø|ü|q)\s+(?=\S)", "", text)
    return list_item(text)


# ---------------------------------------------------------------- public API


def _metadata_title(reader: PdfReader) -> str:
    try:
        meta = reader.metadata
        title = str(meta.title) if meta and meta.title else ""
    except Exception:
        return ""
    title = re.sub(r"^Microsoft (Word|PowerPoint) - ", "", clean(title))
    return title if is_meaningful_title(title) else ""


def pdf_hints(path: Path) -> str:
    """Author/subject metadata: often names the partnership that published the PDF."""
    try:
        meta = PdfReader(str(path)).metadata or {}
        return "\n".join(clean(str(meta.get(k) or "")) for k in ("/Title", "/Author", "/Subject"))
    except Exception:
        return ""


def parse_pdf(path: Path) -> Document:
    """Parse a PDF into sections with 1-based page numbers; raise ParseError when it cannot."""
    path = Path(path)
    limits = current_limits()
    reader = _open(path)
    check_pdf_pages(len(reader.pages), limits)
    deadline = Deadline(limits.max_pdf_seconds, "PDF")
    pages: list[list[_Line]] = []
    for page_no, page in enumerate(reader.pages, start=1):
        deadline.check()
        try:
            pages.append(_page_lines(page, page_no))
        except Exception:  # one damaged page should not lose the rest of the document
            pages.append([])
    if not any(has_words(ln.text) for lines in pages for ln in lines):
        raise ParseError("no text layer: a scanned PDF? Run it through OCR (or export it with text) and ingest again")
    pages = _tables(_drop_contents(_remove_furniture(pages)))
    body = _body_size([ln for lines in pages for ln in lines])
    builder = SectionBuilder()
    for para in _paragraphs(pages, body):
        if para.kind == "heading":
            builder.heading(para.level, para.text)
        elif para.kind == "item":
            builder.block(_item_text(para), para.page)
        else:
            builder.block(para.text, para.page)
    title = _metadata_title(reader) or builder.first_heading() or path.stem
    return Document(
        source=str(path),
        title=title,
        sections=strip_title_from_paths(builder.sections, title),
        format="pdf",
    )
