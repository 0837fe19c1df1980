"""Parse Word .docx files with python-docx, keeping body order of paragraphs and tables.

Word documents carry real structure (heading styles, list numbering, tables),
so this parser reads it rather than guessing from layout.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any, Iterator

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from ingest.errors import ParseError
from ingest.limits import check_zip
from ingest.text import (
    SectionBuilder,
    clean,
    has_words,
    is_meaningful_title,
    list_item,
    render_rows,
    strip_title_from_paths,
)
from safeguard.model import Document

_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)
_BOLD_HEADING_LEVEL = 7  # below any real heading style


def _style_chain(paragraph: Paragraph) -> Iterator[Any]:
    style = paragraph.style
    seen = 0
    while style is not None and seen < 10:
        yield style
        style = style.base_style
        seen += 1


def _heading_level(paragraph: Paragraph) -> int | None:
    """0 for a Title, N for "Heading N" (or outline level N-1), None for body text."""
    for style in _style_chain(paragraph):
        name = (style.name or "").strip()
        if name.lower() == "title":
            return 0
        m = _HEADING_STYLE.match(name) or _HEADING_STYLE.match(style.style_id or "")
        if m:
            return int(m.group(1))
    ppr = paragraph._p.pPr
    outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    if outline is not None:
        level = int(outline.get(qn("w:val"), "9"))
        return level + 1 if level < 9 else None
    return None


def _is_list(paragraph: Paragraph) -> bool:
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        num_id = ppr.numPr.numId
        return num_id is None or num_id.val != 0
    for style in _style_chain(paragraph):
        if "list" in (style.name or "").lower():
            return True
        spp = style.element.pPr
        if spp is not None and spp.numPr is not None:
            return True
    return False


def _is_bold(paragraph: Paragraph) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return False
    style_bold = any(s.font.bold for s in _style_chain(paragraph) if s.font is not None)
    return all(r.bold or (r.bold is None and (style_bold or (r.style and r.style.font.bold))) for r in runs)


def _table_grid(table: Table) -> list[list[str]]:
    grid: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue  # a merged cell appears once per grid column it spans
            seen.add(id(cell._tc))
            cells.append(clean(" ".join(p.text for p in cell.paragraphs)))
        grid.append(cells)
    return grid


def _header_row(table: Table) -> bool:
    """Word marks repeating header rows; otherwise an all-bold first row is a header."""
    if not table.rows:
        return False
    first = table.rows[0]
    trpr = first._tr.trPr
    if trpr is not None and trpr.find(qn("w:tblHeader")) is not None:
        return True
    paragraphs = [p for cell in first.cells for p in cell.paragraphs if p.text.strip()]
    return bool(paragraphs) and all(_is_bold(p) for p in paragraphs)


def _events(container: Any, parent: Any) -> Iterator[tuple[str, str, int]]:
    """Yield ("heading", text, level), ("para", text, bold) and ("row", text, 0) in body order."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == qn("w:p"):
            paragraph = Paragraph(child, parent)
            text = clean(paragraph.text)
            if not has_words(text):
                continue
            level = _heading_level(paragraph)
            if level is not None:
                yield "heading", text, level
            elif _is_list(paragraph):
                yield "item", list_item(text), 0
            else:
                yield "para", text, int(_is_bold(paragraph))
        elif tag == qn("w:tbl"):
            table = Table(child, parent)
            columns = max((len(r) for r in _table_grid(table)), default=0)
            if columns <= 1:
                # A one-column table is a box around ordinary content (a callout).
                for row in table.rows:
                    for cell in row.cells:
                        yield from _events(cell._tc, cell)
                continue
            for line in render_rows(_table_grid(table), _header_row(table)):
                yield "row", line, 0
        elif tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _events(content, parent)


def _build(events: list[tuple[str, str, int]]) -> SectionBuilder:
    """Feed events to the builder; a short all-bold paragraph before body text becomes a heading."""
    builder = SectionBuilder()
    for i, (kind, text, extra) in enumerate(events):
        nxt = events[i + 1] if i + 1 < len(events) else None
        if kind == "heading":
            builder.heading(extra, text)
        elif (
            kind == "para" and extra and len(text.split()) <= 12 and not text.endswith((".", ",", ";"))
            and nxt is not None and nxt[0] in ("para", "item", "row") and not (nxt[0] == "para" and nxt[2])
        ):
            builder.heading(_BOLD_HEADING_LEVEL, text)
        else:
            builder.block(text)
    return builder


def _open(path: Path) -> WordDocument:
    try:
        with zipfile.ZipFile(path) as zf:
            check_zip(zf)  # refuse a zip bomb before python-docx unpacks anything
        return docx.Document(str(path))
    except ParseError:
        raise
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ParseError("corrupt or unreadable DOCX") from exc
    except Exception as exc:  # lxml syntax errors and other damage
        raise ParseError(f"corrupt or unreadable DOCX ({type(exc).__name__})") from exc


def docx_hints(path: Path) -> str:
    """Author, title, subject and page-header text: these often name the partnership."""
    try:
        document = _open(path)
    except Exception:
        return ""
    props = document.core_properties
    bits = [props.title, props.author, props.subject, props.category, props.keywords]
    for section in document.sections:
        for part in (section.header, section.footer):
            try:
                bits.extend(p.text for p in part.paragraphs)
            except Exception:
                continue
    return "\n".join(clean(b) for b in bits if b and clean(b))[:3000]


def parse_docx(path: Path) -> Document:
    """Parse a .docx: heading styles form the heading path, lists become "- item", tables become rows."""
    path = Path(path)
    document = _open(path)
    try:
        events = list(_events(document.element.body, document))
    except Exception as exc:
        raise ParseError(f"corrupt or unreadable DOCX ({type(exc).__name__})") from exc
    builder = _build(events)
    core_title = clean(document.core_properties.title or "")
    title_style = next((t for kind, t, level in events if kind == "heading" and level == 0), "")
    title = (
        (core_title if is_meaningful_title(core_title) else "")
        or title_style
        or builder.first_heading()
        or path.stem
    )
    sections = strip_title_from_paths(builder.sections, title)
    if title_style and title_style != title:
        strip_title_from_paths(sections, title_style)
    return Document(source=str(path), title=title, sections=sections, format="docx")
