"""Turn source files into Documents: sniff the real format, parse, then fill in metadata.

File extensions on shared drives often lie (a "PDF" saved from a browser is
HTML), so the format is decided from the first bytes, not the name.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from pathlib import Path

from ingest.errors import ParseError
from safeguard.model import Document

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(
    {".pdf", ".html", ".htm", ".xhtml", ".docx", ".md", ".markdown", ".txt", ".text"}
)
# Bumped whenever a parser reads the same file differently: an index built by an older parser then
# re-reads every file instead of keeping the old reading of an unchanged one.
PARSER_VERSION = "4"
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAG = re.compile(rb"<(p|div|table|span|br|h[1-6]|ul|ol|li|a|td|tr|meta|title|style|body|head|html)\b[^>]*>", re.I)


def digest(data: bytes) -> str:
    """What a file's passages are built from: its bytes, and the parser that read them."""
    return hashlib.sha256(f"parser-{PARSER_VERSION}\0".encode() + data).hexdigest()


def _sniff(data: bytes, suffix: str) -> str:
    """Decide the real format from content: pdf, docx, html, markdown or text."""
    from ingest.text import looks_binary

    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ParseError("legacy or password-protected Office file (.doc/.xls): save as .docx or PDF")
    if data.startswith(b"{\\rtf"):
        raise ParseError("RTF is not supported: save as .docx or PDF")
    if looks_binary(data):
        raise ParseError("unsupported binary file (not PDF, DOCX, HTML or text)")
    if _HTML_START.match(head):
        return "html"
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    tags = len(_HTML_TAG.findall(head))
    if head.lstrip().startswith(b"<") and tags >= 2 or suffix in (".html", ".htm", ".xhtml") and tags >= 1:
        return "html"
    return "text"


def _sniff_zip(data: bytes) -> str:
    import io

    from ingest.limits import check_zip

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            check_zip(zf)  # a zip bomb is refused here, before anything is unpacked
            names = set(zf.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise ParseError("corrupt zip/DOCX file") from exc
    if "word/document.xml" in names:
        return "docx"
    raise ParseError("unsupported zip-based file (not a Word .docx)")


def _parse(fmt: str, path: Path, data: bytes) -> tuple[Document, str]:
    """Run the right parser; also return metadata hints (author, site name) for inference."""
    if fmt == "pdf":
        from ingest.pdf import parse_pdf, pdf_hints

        return parse_pdf(path), pdf_hints(path)
    if fmt == "docx":
        from ingest.docx import docx_hints, parse_docx

        return parse_docx(path), docx_hints(path)
    if fmt == "html":
        from ingest.html import html_hints, parse_html

        return parse_html(path), html_hints(data)
    from ingest.text import parse_markdown, parse_text

    return (parse_markdown(path) if fmt == "markdown" else parse_text(path)), ""


def parse_file(
    path: Path,
    partnership: str | None = None,
    known_partnerships: list[str] | None = None,
) -> Document:
    """Parse any supported file into a Document with source, format, metadata and content hash."""
    from ingest.limits import read_bounded
    from ingest.metadata import infer_doc_type, infer_partnership, infer_published

    try:
        path = Path(path).resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise ParseError(f"cannot read file: {exc}") from exc
    data = read_bounded(path)
    if not data:
        raise ParseError("empty file")
    fmt = _sniff(data, path.suffix.lower())
    try:
        doc, hints = _parse(fmt, path, data)
    except RecursionError as exc:  # a structure nested deeper than any parser should follow
        raise ParseError(f"{fmt} file nested too deeply to read") from exc
    _tame(doc)
    if doc.word_count == 0:
        raise ParseError("no text found")
    opening = "\n".join(b for s in doc.sections for b in s.blocks)[:4000]
    doc.source = str(path)
    doc.format = fmt
    doc.content_hash = digest(data)
    doc.partnership = (
        partnership
        or doc.partnership
        or infer_partnership(f"{doc.title}\n{hints}\n{opening}", str(path), known_partnerships)
    )
    if doc.doc_type == "other":
        headings = tuple(dict.fromkeys(s.heading_path[-1] for s in doc.sections if s.heading_path))
        doc.doc_type = infer_doc_type(doc.title, opening, str(path), headings)
    doc.published = doc.published or infer_published(f"{doc.title}\n{opening}")
    return doc


def _tame(doc: Document) -> None:
    """Bound what a hostile file can put in a Document: no 5 MB "words", headings or paragraphs."""
    from ingest.limits import drop_long_tokens, split_huge_blocks

    for section in doc.sections:
        blocks = [drop_long_tokens(b) for b in section.blocks]
        section.blocks = split_huge_blocks([b for b in blocks if b.strip("- ")])
        section.heading_path = tuple(drop_long_tokens(h)[:300] for h in section.heading_path)
    doc.sections = [s for s in doc.sections if s.blocks]
    doc.title = drop_long_tokens(doc.title)[:300] or "Untitled"


def _wanted(path: Path) -> bool:
    name = path.name
    return (
        not name.startswith((".", "_", "~$"))
        and path.suffix.lower() in SUPPORTED_SUFFIXES
    )


def discover(paths: list[Path]) -> list[Path]:
    """Expand files and folders into a sorted list of parseable files.

    Folders are walked recursively, skipping hidden files and folders, folders and
    files starting with "_" (build tools, drafts), "~$" Office lock files and unsupported
    suffixes. Symlinked folders are not followed, so link loops cannot hang, and
    a symlinked file is taken only if it points inside the folder being walked
    (a link to /etc/passwd must not become a served "document").
    """
    found: dict[str, Path] = {}
    for root in paths:
        root = Path(root)
        if root.is_file():
            if root.suffix.lower() in SUPPORTED_SUFFIXES:
                found.setdefault(str(root.resolve()), root.resolve())
            continue
        if not root.is_dir():
            continue
        top = root.resolve()
        for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
            for name in filenames:
                candidate = Path(dirpath) / name
                if _wanted(candidate) and candidate.is_file():
                    target = candidate.resolve()
                    if target.is_relative_to(top):
                        found.setdefault(str(target), target)
    return sorted(found.values())


__all__ = ["SUPPORTED_SUFFIXES", "ParseError", "discover", "parse_file"]
