"""Property-based fuzzing of the parsers and the chunker (hypothesis).

Parsers get random bytes behind each format's real header and random HTML,
Markdown and text structures: the only acceptable outcomes are a Document or a
ParseError (a per-file reason), never another exception. The chunker must keep
every word exactly once, in order, within its limits.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.passages import document_passages, pack_blocks
from ingest import parse_file
from ingest.errors import ParseError
from safeguard.model import Document, Section
from tests import fixtures_docs as fx

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HEADERS = {
    ".pdf": b"%PDF-1.7\n",
    ".docx": b"PK\x03\x04",
    ".html": b"<!doctype html><html><body>",
    ".txt": b"",
    ".md": b"# ",
}


def _parse_bytes(data: bytes, suffix: str) -> Document | None:
    """Parse bytes saved under a suffix; None when the parser gave a ParseError (an accepted outcome)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            doc = parse_file(path)
        except ParseError as exc:
            assert str(exc) and "\n" not in str(exc)
            return None
    assert doc.word_count > 0 and doc.title
    return doc


@pytest.fixture(scope="module")
def pdf_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return fx.write_pdf(tmp_path_factory.mktemp("pdf")).read_bytes()


@pytest.fixture(scope="module")
def docx_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return fx.write_docx(tmp_path_factory.mktemp("docx")).read_bytes()


@FUZZ
@given(suffix=st.sampled_from(sorted(HEADERS)), body=st.binary(max_size=4000))
def test_random_bytes_behind_each_header_never_crash(suffix: str, body: bytes) -> None:
    _parse_bytes(HEADERS[suffix] + body, suffix)


@FUZZ
@given(body=st.binary(min_size=1, max_size=3000), cut=st.integers(min_value=0, max_value=100))
def test_damaged_real_pdf_never_crashes(pdf_bytes: bytes, body: bytes, cut: int) -> None:
    """A real PDF with a stretch overwritten by random bytes: damaged exports look like this."""
    at = len(pdf_bytes) * cut // 100
    _parse_bytes(pdf_bytes[:at] + body + pdf_bytes[at + len(body):], ".pdf")


@FUZZ
@given(body=st.binary(min_size=1, max_size=2000), cut=st.integers(min_value=0, max_value=100))
def test_damaged_real_docx_never_crashes(docx_bytes: bytes, body: bytes, cut: int) -> None:
    at = len(docx_bytes) * cut // 100
    _parse_bytes(docx_bytes[:at] + body + docx_bytes[at + len(body):], ".docx")


TAGS = ["p", "div", "span", "h1", "h2", "h5", "ul", "ol", "li", "table", "tr", "td", "th", "b", "a", "br",
        "script", "style", "iframe", "nav", "footer", "main", "article", "embed", "svg", "template", "noscript"]
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)


@st.composite
def html_trees(draw: st.DrawFn, depth: int = 0) -> str:
    """Random nesting of real tags, attributes and text, sometimes left unclosed."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 6 and draw(st.booleans()):
            tag = draw(st.sampled_from(TAGS))
            attr = draw(st.sampled_from(["", ' class="cookie-banner"', ' onclick="x()"', ' hidden', ' role="main"',
                                         ' style="display:none"', ' colspan="999999"']))
            close = draw(st.booleans())
            parts.append(f"<{tag}{attr}>{draw(html_trees(depth + 1))}" + (f"</{tag}>" if close else ""))
        else:
            parts.append(draw(WORDS).replace("<", "&lt;"))
    return "".join(parts)


@FUZZ
@given(tree=html_trees())
# Found by this test: an unclosed <script role="main"> was taken as the content and its raw text indexed.
@example(tree='<script role="main"><p onclick="x()"><p><p class="cookie-banner">000000000000000000</p>')
def test_random_html_structures(tree: str) -> None:
    doc = _parse_bytes(f"<html><head><title>T</title></head><body>{tree}</body></html>".encode(), ".html")
    if doc is not None:
        text = "\n".join(b for s in doc.sections for b in s.blocks)
        assert "x()" not in text  # event handlers are attributes: never text


MD_LINES = st.one_of(
    st.builds(lambda n, t: "#" * n + " " + t, st.integers(1, 7), WORDS),
    st.builds(lambda t: "- " + t, WORDS),
    st.builds(lambda a, b: f"| {a} | {b} |", WORDS, WORDS),
    st.just("|---|---|"), st.just("```"), st.just("---"), st.just(""), st.just("==="), WORDS,
)


@FUZZ
@given(lines=st.lists(MD_LINES, max_size=30), suffix=st.sampled_from([".md", ".txt"]),
       encoding=st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
def test_random_markdown_and_text_structures(lines: list[str], suffix: str, encoding: str) -> None:
    text = "\n".join(lines)
    data = text.encode(encoding, errors="replace")
    _parse_bytes(data, suffix)


# ---------------------------------------------------------------- the chunker

BLOCKS = st.lists(
    st.lists(st.text(alphabet="abcdefghij.!?AB12 ", min_size=1, max_size=12).filter(lambda w: w.strip()),
             max_size=600).map(" ".join),
    max_size=12,
)


def _words(chunks: list[str]) -> list[str]:
    return [w for c in chunks for w in c.split()]


@FUZZ
@given(blocks=BLOCKS, max_words=st.integers(1, 300), min_words=st.integers(0, 120))
@example(blocks=["a " * 1000], max_words=250, min_words=80)
def test_pack_blocks_loses_and_duplicates_no_word(blocks: list[str], max_words: int, min_words: int) -> None:
    chunks = pack_blocks(blocks, max_words=max_words, min_words=min_words)
    assert _words(chunks) == [w for b in blocks for w in b.split()]  # every word once, in order
    assert all(len(c.split()) <= max_words for c in chunks)
    assert all(c.strip() for c in chunks)


@FUZZ
@given(sections=st.lists(st.tuples(BLOCKS, st.one_of(st.none(), st.integers(1, 500))), min_size=1, max_size=5))
def test_document_passages_keep_sections_pages_and_order(sections: list[tuple[list[str], int | None]]) -> None:
    doc = Document(source="/fuzz/doc.md", title="Fuzz", format="markdown",
                   sections=[Section(heading_path=(f"S{i}",), blocks=b, page=p) for i, (b, p) in enumerate(sections)])
    passages = document_passages(doc)
    assert [p.ordinal for p in passages] == list(range(len(passages)))
    assert len({p.passage_id for p in passages}) == len(passages)
    for i, (blocks, page) in enumerate(sections):
        mine = [p for p in passages if p.heading_path == (f"S{i}",)]
        assert all(p.page == page for p in mine)
        assert _words([p.text for p in mine]) == [w for b in blocks for w in b.split()]
