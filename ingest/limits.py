"""Resource limits for parsing files that come from many hands.

Partnership documents arrive as scans, broken exports, zip bombs dressed as
Word files and web pages thousands of levels deep. Every parser checks these
limits *before* doing the expensive work, so one hostile file costs a clear
one-line error, not the ingest run's memory or an afternoon of CPU.

Limits come from settings (`SAFEGUARD_MAX_FILE_MB`, `SAFEGUARD_MAX_PDF_PAGES`,
and the optional ones read with `getattr` below); `use_limits` overrides them
for one block of code (tests, a one-off import of a big archive).
"""

from __future__ import annotations

import contextlib
import re
import stat
import time
import zipfile
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.errors import ParseError

_MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much one file may cost. Defaults fit real partnership documents with wide margins."""

    max_file_bytes: int = 50 * _MB
    max_pdf_pages: int = 2000
    # Seconds one PDF may take to extract, checked between pages.
    max_pdf_seconds: float = 120.0
    # Word files: total declared unpacked size, and the compression ratio above which a big member is a bomb.
    max_unzipped_bytes: int = 200 * _MB
    max_zip_ratio: float = 200.0
    max_zip_members: int = 5000
    # Web pages: elements and nesting depth (real pages: < 2,000 elements, < 40 levels).
    max_html_elements: int = 20_000
    max_html_depth: int = 200
    # A "word" longer than this (a base64 blob, a run of one character) is cut into pieces of this size.
    max_token_chars: int = 200


_override: ContextVar[Limits | None] = ContextVar("ingest_limits", default=None)


def current() -> Limits:
    """The limits in force: an override from `use_limits`, else the settings."""
    forced = _override.get()
    return forced if forced is not None else from_settings()


def from_settings() -> Limits:
    """Build limits from the settings object (optional fields fall back to the defaults)."""
    from safeguard.settings import get_settings

    s = get_settings()
    base = Limits()
    return replace(
        base,
        max_file_bytes=int(float(s.max_file_mb) * _MB),
        max_pdf_pages=int(s.max_pdf_pages),
        max_unzipped_bytes=int(float(getattr(s, "max_unzipped_mb", base.max_unzipped_bytes / _MB)) * _MB),
        max_html_elements=int(getattr(s, "max_html_elements", base.max_html_elements)),
    )


@contextlib.contextmanager
def use_limits(limits: Limits | None = None, **changes: float) -> Iterator[Limits]:
    """Parse with other limits inside a `with` block (e.g. `use_limits(max_file_bytes=1024)`)."""
    chosen = replace(limits or current(), **changes)
    token = _override.set(chosen)
    try:
        yield chosen
    finally:
        _override.reset(token)


# ---------------------------------------------------------------- checks


def _mb(n: float) -> str:
    return f"{n / _MB:.1f} MB"


def check_file_size(size: int, limits: Limits | None = None) -> None:
    """Refuse a file bigger than SAFEGUARD_MAX_FILE_MB before reading it."""
    limits = limits or current()
    if size > limits.max_file_bytes:
        raise ParseError(
            f"file too large ({_mb(size)}; limit {_mb(limits.max_file_bytes)}, set by SAFEGUARD_MAX_FILE_MB)"
        )


def check_pdf_pages(pages: int, limits: Limits | None = None) -> None:
    limits = limits or current()
    if pages > limits.max_pdf_pages:
        raise ParseError(f"PDF has {pages} pages; limit {limits.max_pdf_pages} (SAFEGUARD_MAX_PDF_PAGES)")


class Deadline:
    """A wall-clock budget checked between units of work (PDF pages)."""

    def __init__(self, seconds: float, what: str) -> None:
        self.end = time.monotonic() + seconds
        self.seconds = seconds
        self.what = what

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise ParseError(f"{self.what} took longer than {self.seconds:.0f} s to read; giving up")


def check_zip(zf: zipfile.ZipFile, limits: Limits | None = None) -> None:
    """Refuse a zip bomb from the declared sizes in the central directory, before unpacking anything.

    zipfile never yields more than a member's declared size (it stops there and
    fails the CRC), so the declared sizes bound what python-docx can unpack.
    """
    limits = limits or current()
    members = zf.infolist()
    if len(members) > limits.max_zip_members:
        raise ParseError(f"zip/DOCX has {len(members)} parts; limit {limits.max_zip_members}")
    total = 0
    for info in members:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 10 * _MB and ratio > limits.max_zip_ratio:
            raise ParseError(
                f"DOCX part {info.filename} unpacks from {_mb(info.compress_size)} to {_mb(info.file_size)} "
                f"(ratio {ratio:.0f}:1): refusing a likely zip bomb"
            )
    if total > limits.max_unzipped_bytes:
        raise ParseError(f"DOCX unpacks to {_mb(total)}; limit {_mb(limits.max_unzipped_bytes)}")


_TAG = re.compile(rb"<[a-zA-Z]")


def check_html(data: bytes, limits: Limits | None = None) -> None:
    """Refuse pages with too many elements or absurd nesting before BeautifulSoup builds a tree.

    BeautifulSoup costs about a millisecond and a few kilobytes per element and
    recurses with the nesting, so both are measured first with lxml's C parser.
    """
    limits = limits or current()
    rough = len(_TAG.findall(data))
    if rough > limits.max_html_elements:
        raise ParseError(f"web page too complex ({rough} elements; limit {limits.max_html_elements})")
    depth = html_depth(data)
    if depth > limits.max_html_depth:
        raise ParseError(f"web page nested too deeply (over {limits.max_html_depth} levels): broken or hostile HTML")


def html_depth(data: bytes) -> int:
    """Deepest element nesting, measured by lxml (whose HTML parser itself stops at 256 levels)."""
    from lxml import etree

    try:
        tree = etree.HTML(data, parser=etree.HTMLParser(recover=True, no_network=True))
    except (etree.LxmlError, ValueError):
        return 0
    if tree is None:
        return 0
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def drop_long_tokens(text: str, limits: Limits | None = None) -> str:
    """Remove "words" longer than the limit: base64 blobs, minified code, a key held down.

    No language has words of 200 characters (URLs fit); a 5 MB line with no
    spaces would otherwise become passages no answer can quote and no embedder
    can digest quickly.
    """
    limit = (limits or current()).max_token_chars
    if len(text) <= limit or not re.search(r"\S{%d}" % (limit + 1), text):
        return text
    return re.sub(r"\s+", " ", re.sub(r"\S{%d,}" % (limit + 1), " ", text)).strip()


def split_huge_blocks(blocks: list[str], max_words: int = 1000) -> list[str]:
    """Cut blocks of more than `max_words` words (a whole file on one line) at sentence ends.

    Real paragraphs are far shorter; the cut keeps the chunker's work linear.
    """
    out: list[str] = []
    for block in blocks:
        words = block.split(" ")
        if len(words) <= max_words:
            out.append(block)
            continue
        start = 0
        while start < len(words):
            end = min(start + max_words, len(words))
            if end < len(words):
                ends = [i for i in range(end - 1, start + max_words // 2, -1) if words[i].endswith((".", "!", "?"))]
                end = ends[0] + 1 if ends else end
            out.append(" ".join(words[start:end]))
            start = end
    return out


def read_bounded(path: Path, limits: Limits | None = None) -> bytes:
    """Read a regular file, refusing it first if it is over the size limit (never reads a FIFO or device)."""
    limits = limits or current()
    try:
        info = path.stat()
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise ParseError("not a regular file")
    check_file_size(info.st_size, limits)
    try:
        with path.open("rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)  # the file may grow between stat and read
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror or exc}") from exc
    check_file_size(len(data), limits)
    return data
