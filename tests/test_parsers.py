"""Parser tests: structure, boilerplate removal and metadata, on built fixtures and real seeds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ingest import SUPPORTED_SUFFIXES, discover, parse_file
from ingest.docx import parse_docx
from ingest.errors import ParseError
from ingest.html import parse_html, parse_html_bytes
from ingest.metadata import infer_doc_type, infer_partnership, infer_published
from ingest.pdf import parse_pdf
from ingest.text import parse_markdown, parse_text
from safeguard.model import DOC_TYPES, Document
from tests import fixtures_docs as fx

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "native"


def all_text(doc: Document) -> str:
    return "\n".join(b for s in doc.sections for b in s.blocks)


def blocks_under(doc: Document, heading: str) -> list[str]:
    return [b for s in doc.sections if s.heading_path and s.heading_path[-1] == heading for b in s.blocks]


def headings(doc: Document) -> set[str]:
    return {h for s in doc.sections for h in s.heading_path}


# ---------------------------------------------------------------- HTML pages


def test_html_page_keeps_content_and_structure(tmp_path: Path) -> None:
    doc = parse_html(fx.write_html_page(tmp_path), base_url="https://example.org/neglect")
    assert doc.title == "Responding to Neglect"
    assert doc.url == "https://example.org/neglect"
    assert doc.format == "html"
    paths = [s.heading_path for s in doc.sections]
    assert ("1. Recognising neglect",) in paths
    assert ("1. Recognising neglect", "Indicators in babies") in paths
    items = blocks_under(doc, "1. Recognising neglect")
    assert "- Missed health appointments" in items
    assert "- Poor school attendance" in items
    assert "- including repeated lateness" in items
    rows = blocks_under(doc, "2. Who to contact")
    assert "Service: Children's Advice Hub; Telephone: 01234 567890; Hours: 9am to 5pm" in rows
    assert any("persistent failure to meet a child's basic needs and it often builds up" in b for b in items)


def test_html_page_drops_boilerplate(tmp_path: Path) -> None:
    text = all_text(parse_html(fx.write_html_page(tmp_path)))
    for junk in ("cookies", "Skip to", "About the partnership", "Training courses", "Home >",
                 "Sidebar text", "Related pages", "Privacy notice", "Copyright", "do not index", "Twitter"):
        assert junk not in text, junk


def test_html_page_metadata(tmp_path: Path) -> None:
    doc = parse_file(fx.write_html_page(tmp_path))
    assert doc.partnership == "Exampleshire"  # from the <title> site name suffix
    assert doc.published == "2026-07-14"
    assert len(doc.content_hash) == 64


def test_html_title_from_title_tag_without_site_suffix() -> None:
    page = b"<html><head><title>Allegations against staff | Exampleshire SCP</title></head>" \
           b"<body><p>Report any allegation to the designated officer within one working day.</p></body></html>"
    doc = parse_html_bytes(page, "mem://page", url="https://example.org/lado")
    assert doc.title == "Allegations against staff"
    assert doc.url == "https://example.org/lado"


# ---------------------------------------------------------------- HTML email


def test_email_newsletter(tmp_path: Path) -> None:
    doc = parse_file(fx.write_email(tmp_path))
    text = all_text(doc)
    for junk in ("View this email", "Unsubscribe", "preferences", "Forward to a friend",
                 "You are receiving", "Facebook", "Twitter", "Sneak peek", "Home – Training"):
        assert junk not in text, junk
    # Bold-only short paragraphs act as headings in emails.
    assert any("safer sleep" in b for b in blocks_under(doc, "Safer sleep reminder"))
    assert any("manager within two working days" in b for b in blocks_under(doc, "New escalation guidance"))
    # Layout tables are containers: their cells become paragraphs, not "a; b" rows.
    assert "Training dates for autumn are now open for booking." in text
    assert "Book early because places on the neglect course fill quickly." in text
    assert doc.doc_type == "newsletter"
    assert doc.published == "2026-06"
    assert doc.partnership == "Exampleshire"


# ---------------------------------------------------------------- DOCX


def test_docx_structure(tmp_path: Path) -> None:
    doc = parse_docx(fx.write_docx(tmp_path))
    assert doc.title == "Private Fostering Procedure"
    paths = [s.heading_path for s in doc.sections]
    assert ("Definition",) in paths
    assert ("Definition", "What professionals must do") in paths
    items = blocks_under(doc, "What professionals must do")
    assert "- Tell the local authority about the arrangement" in items
    assert "Remember: parents keep parental responsibility throughout." in items  # callout box
    rows = blocks_under(doc, "Timescales")
    assert rows[:2] == ["Action: Visit the child; Deadline: Within 7 working days",
                        "Action: Review the arrangement; Deadline: Every 6 weeks"]
    assert rows[2] == "Contact the fostering team if you are unsure."  # body order kept


def test_docx_metadata(tmp_path: Path) -> None:
    doc = parse_file(fx.write_docx(tmp_path))
    assert doc.format == "docx"
    assert doc.doc_type == "procedure"
    assert doc.published == "2026-02-02"
    assert doc.partnership == "Exampleshire"  # from the author property


# ---------------------------------------------------------------- PDF


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fx.write_pdf(tmp_path_factory.mktemp("pdf"))


def test_pdf_headings_pages_and_paragraphs(pdf_path: Path) -> None:
    doc = parse_pdf(pdf_path)
    assert doc.title == "Children Missing from Home or Care"
    assert {"Introduction", "Risk assessment", "Return interviews"} <= headings(doc)
    pages = {s.page for s in doc.sections}
    assert pages >= {1, 2, 3}
    # A section crossing a page break becomes one Section per page.
    assert len({s.page for s in doc.sections if s.heading_path == ("Return interviews",)}) >= 2
    later = next(s for s in doc.sections if s.heading_path == ("Return interviews",))
    assert later.page and later.page > 1
    paragraphs = [b for b in all_text(doc).split("\n") if b.startswith("Paragraph ")]
    assert len(paragraphs) == 27  # wrapped lines rejoined into whole paragraphs
    assert all(p.endswith(".") and "audit cycle" in p for p in paragraphs)
    assert all_text(doc).count("- Consider exploitation") == 3


def test_pdf_running_header_footer_and_page_numbers_removed(pdf_path: Path) -> None:
    text = all_text(parse_pdf(pdf_path))
    assert "OFFICIAL" not in text
    assert "version 3" not in text
    assert "Page " not in text


def test_pdf_metadata(pdf_path: Path) -> None:
    doc = parse_file(pdf_path)
    assert doc.format == "pdf"
    assert doc.published == "2026-05"
    assert doc.doc_type == "procedure"
    assert doc.partnership == "Exampleshire"


def test_pdf_table_rows_read_as_sentences(tmp_path: Path) -> None:
    """A figure in an annual report is only answerable if its row names what it counts."""
    doc = parse_pdf(fx.write_figures_pdf(tmp_path))
    rows = blocks_under(doc, "Key figures")
    assert rows == [
        "Measure: Contacts to the Front Door; 2024-25: 11,204; 2025-26: 12,388",
        "Measure: Children subject to a child protection plan on the last day of the reporting year; "
        "2024-25: 187; 2025-26: 203",
        "Measure: Referrals to the LADO; 2024-25: 142; 2025-26: 161",
        "Measure: Private fostering arrangements made; 2024-25: 11; 2025-26: 14",
    ]
    prose = blocks_under(doc, "What practitioners told us")
    assert prose and not any(";" in b or "Measure" in b for b in prose)
    assert all(b.startswith("The partnership asked") for b in prose)


def test_pdf_table_cell_drawn_in_pieces_keeps_its_spaces() -> None:
    """A cell's words drawn as two pieces read as the line does: "Contacts to the Front Door"."""
    from ingest.pdf import _add_fragment

    lines: list = []
    for text, x in (("Contacts to", 0.0), ("the Front Door", 60.0), ("11,204", 200.0)):
        _add_fragment(lines, 1, text, x, 700.0, 10.0, False)
    assert lines[0].text == "Contacts to the Front Door 11,204"
    assert [cell for _, cell in lines[0].cells] == ["Contacts to the Front Door", "11,204"]


def test_pdf_prose_columns_on_shared_baselines_are_not_a_table(tmp_path: Path) -> None:
    text = all_text(parse_pdf(fx.write_interleaved_columns_pdf(tmp_path)))
    assert ";" not in text and ": " not in text
    assert "talk to the designated lead" in text


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="no text layer"):
        parse_pdf(fx.write_image_only_pdf(tmp_path))


def test_encrypted_pdf(tmp_path: Path, pdf_path: Path) -> None:
    with pytest.raises(ParseError, match="encrypted"):
        parse_file(fx.write_encrypted_pdf(pdf_path, tmp_path))


def test_pdf_with_owner_password_only_still_parses(tmp_path: Path, pdf_path: Path) -> None:
    doc = parse_file(fx.write_encrypted_pdf(pdf_path, tmp_path, user_password=""))
    assert "Return interviews" in headings(doc)


def test_corrupt_pdf(tmp_path: Path, pdf_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    with pytest.raises(ParseError):
        parse_file(broken)
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(pdf_path.read_bytes()[:400])
    with pytest.raises(ParseError):
        parse_file(truncated)


# ---------------------------------------------------------------- Markdown and text


def test_markdown(tmp_path: Path) -> None:
    doc = parse_markdown(fx.write_markdown(tmp_path))
    assert doc.title == "Exampleshire Thresholds Guide"
    assert doc.partnership == "Exampleshire"
    assert doc.doc_type == "thresholds"
    assert doc.published == "2026-03"
    assert "- Needs can be met by universal services with coordination" in blocks_under(doc, "Level 2: Early help")
    rows = blocks_under(doc, "Level 4: Specialist")
    assert rows == ["Level: 4; Response: Referral to children's social care; Lead: Social worker",
                    "Level: 3; Response: Targeted early help; Lead: Family worker"]
    intro = doc.sections[0]
    assert intro.heading_path == ()
    assert intro.blocks[0].startswith("Intro paragraph that explains how to use the levels of need when")


def test_plain_text(tmp_path: Path) -> None:
    doc = parse_file(fx.write_text(tmp_path))
    assert doc.format == "text"
    assert doc.title == "Exampleshire Tea Break Guide: Bruising in Babies"
    assert doc.doc_type == "tea_break_guide"
    assert doc.published == "2026-03"
    assert any("discussed with a safeguarding lead" in b for b in blocks_under(doc, "Why it matters"))
    assert blocks_under(doc, "What to do") == ["- Record what you saw and what the parent said",
                                               "- Refer to children's social care"]


def test_text_in_cp1252_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Children\u2019s services \u2013 contact the hub.\n".encode("cp1252"))
    assert "Children\u2019s services \u2013 contact the hub." in all_text(parse_text(path))


# ---------------------------------------------------------------- sniffing and negative cases


def test_pdf_extension_that_is_really_html(tmp_path: Path) -> None:
    fake = tmp_path / "saved-page.pdf"
    fake.write_text(fx.WEB_PAGE, encoding="utf-8")
    doc = parse_file(fake)
    assert doc.format == "html"
    assert doc.title == "Responding to Neglect"


def test_docx_with_wrong_extension(tmp_path: Path) -> None:
    real = fx.write_docx(tmp_path)
    renamed = real.rename(tmp_path / "fostering.txt")
    assert parse_file(renamed).format == "docx"


def test_zero_byte_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ParseError, match="empty file"):
        parse_file(empty)


def test_binary_junk_with_txt_extension(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_bytes(os.urandom(2048) + b"\x00\x01\x02")
    with pytest.raises(ParseError):
        parse_file(junk)


def test_html_with_no_text(tmp_path: Path) -> None:
    blank = tmp_path / "blank.html"
    blank.write_text("<html><body><nav>Home</nav><script>x()</script></body></html>")
    with pytest.raises(ParseError, match="no text found"):
        parse_file(blank)


def test_unsupported_zip(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "not a word document")
    with pytest.raises(ParseError, match="not a Word"):
        parse_file(path)


def test_partnership_argument_wins(tmp_path: Path) -> None:
    doc = parse_file(fx.write_email(tmp_path), partnership="Otherborough")
    assert doc.partnership == "Otherborough"
    assert doc.source == str((tmp_path / "bulletin-june-2026.html").resolve())


# ---------------------------------------------------------------- discover


def test_discover(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "_tools").mkdir()  # the demo corpus keeps its build notes here: never a document
    for name in ("a.pdf", "b/c.html", "b/d.docx", "b/e.md", "f.txt", "_draft.pdf", "~$lock.docx",
                 ".hidden.pdf", ".git/x.md", "_tools/README.md", "image.png", "sheet.xlsx"):
        (tmp_path / name).write_text("x")
    (tmp_path / "b" / "loop").symlink_to(tmp_path, target_is_directory=True)
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a.pdf", "b/c.html", "b/d.docx", "b/e.md", "f.txt"]
    assert discover([tmp_path / "a.pdf", tmp_path / "a.pdf"]) == [(tmp_path / "a.pdf").resolve()]
    assert ".pdf" in SUPPORTED_SUFFIXES and ".docx" in SUPPORTED_SUFFIXES


# ---------------------------------------------------------------- metadata helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Procedure title\nUpdated: 14 July 2026\nReview date: July 2027", "2026-07-14"),
        ("Safeguarding News\nMay 2016\nSome news", "2016-05"),
        ("Annual Report\nJuly 2019 – March 2020", "2019-07"),
        ("Introduced in June 2024. Last amended March 2026.", "2026-03"),
        ("Version 2, 2026-07-14", "2026-07-14"),
        ("Issued 2026-07", "2026-07"),
        ("Next review date: June 2027", None),
        ("Working Together to Safeguard Children 2023", None),
    ],
)
def test_infer_published(text: str, expected: str | None) -> None:
    assert infer_published(text) == expected


@pytest.mark.parametrize(
    ("title", "path", "expected"),
    [
        ("Neglect tea break guide", "x.pdf", "tea_break_guide"),
        ("Seven minute briefing: Child H", "x.pdf", "learning_briefing"),
        ("Amendments to the procedures manual, June 2026", "x.html", "amendments"),
        ("Thresholds of need", "x.pdf", "thresholds"),
        ("Annual Report 2024-25", "x.pdf", "annual_report"),
        ("Partnership e-bulletin", "x.html", "newsletter"),
        ("Children missing education procedure", "x.html", "procedure"),
        ("Untitled", "/docs/newsletters/2026-05.pdf", "newsletter"),
        ("Contact us", "x.html", "other"),
    ],
)
def test_infer_doc_type(title: str, path: str, expected: str) -> None:
    assert infer_doc_type(title, "", path) == expected
    assert expected in DOC_TYPES


def test_a_chapter_with_numbered_sections_is_a_procedure() -> None:
    """Manual chapters rarely say "procedure" in their title ("Private Fostering"); their numbered
    sections give them away, so practitioners can filter to procedures."""
    chapter = ("1. What private fostering is", "2. Examples", "3. The duty to notify", "Local information")
    assert infer_doc_type("Private Fostering", "", "pf.html", chapter) == "procedure"
    assert infer_doc_type("Private Fostering", "", "pf.html", ("Introduction", "Examples", "Contacts")) == "other"
    assert infer_doc_type("Summer newsletter", "", "n.html", chapter) == "newsletter"


def test_infer_partnership() -> None:
    assert infer_partnership("Welcome to the Stoke-on-Trent Safeguarding Children Partnership", "x") == "Stoke-on-Trent"
    assert infer_partnership("Brighton and Hove Safeguarding Children Partnership", "x") == "Brighton and Hove"
    assert infer_partnership("Site | Northumberland Children and Adults Safeguarding Partnership", "x") == "Northumberland"
    assert infer_partnership("News from the board in Rutland this month", "x", ["Rutland"]) == "Rutland"
    assert infer_partnership("No place here", "/data/rutland/file.pdf", ["Rutland"]) == "Rutland"
    assert infer_partnership("No place here", "/data/file.pdf", ["Rutland"]) == ""


# ---------------------------------------------------------------- real seed documents


def seed(name_suffix: str) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("seed documents not available")
    matches = sorted(SEEDS.glob(f"*{name_suffix}"))
    if not matches:
        pytest.skip(f"no seed matching {name_suffix}")
    return matches[0]


def test_seeds_all_parse() -> None:
    if not SEEDS.is_dir():
        pytest.skip("seed documents not available")
    files = discover([SEEDS])
    assert files
    for path in files:
        doc = parse_file(path)
        assert doc.word_count > 200, path.name
        assert doc.doc_type in DOC_TYPES


def test_seed_email_newsletter() -> None:
    doc = parse_file(seed("000_4db58837626db6c1.html"))
    text = all_text(doc)
    for junk in ("View this email in your browser", "unsubscribe", "update subscription preferences",
                 "Forward this newsletter", "You are receiving", "Powered by MailChimp",
                 "News – Events", "Good Practice – Learning – Contact Us", "Follow the NSCB on Twitter"):
        assert junk.lower() not in text.lower(), junk
    assert doc.partnership == "Northamptonshire"
    assert doc.doc_type == "newsletter"
    assert doc.published == "2016-05"
    assert "Concealed Pregnancies" in headings(doc)
    assert "- The potential significance of concealed pregnancy was not well understood." in text


def test_seed_web_page() -> None:
    doc = parse_file(seed("004_3c51542a229ebb89.html"))
    text = all_text(doc)
    for junk in ("cookies", "Skip to content", "About us", "Training calendar", "Accessibility statement",
                 "Home > Professionals", "Search this site", "Was this page helpful"):
        assert junk.lower() not in text.lower(), junk
    assert doc.title == "Northumberland joint safeguarding partnership"
    assert doc.partnership == "Northumberland"
    assert "Information on Northumberland's joint safeguarding partnership" in headings(doc)


def test_seed_newsletter_pdf() -> None:
    doc = parse_file(seed("001_3a5b3ed1cf1c4bb3.pdf"))
    text = all_text(doc)
    assert "OFFICIAL" not in text
    assert "Nottinghamshire Safeguarding Children Partnership | NSCP" not in text
    assert doc.partnership == "Nottinghamshire"
    assert doc.doc_type == "newsletter"
    assert doc.published == "2019-07"
    assert {"Partnership Update", "Contextual safeguarding update", "Neglect Toolkit"} <= headings(doc)
    assert max(s.page or 0 for s in doc.sections) >= 6
    toolkit = next(s for s in doc.sections if s.heading_path[-1:] == ("Neglect Toolkit",))
    assert toolkit.page and toolkit.page > 1
    assert any(b.startswith("- ") for b in text.split("\n"))


def test_seed_annual_report_pdf() -> None:
    doc = parse_file(seed("002_68852939f8e836bc.pdf"))
    text = all_text(doc)
    assert "OFFICIAL" not in text
    assert "| NSCP Annual Report" not in text
    assert not any(line.strip().isdigit() for line in text.split("\n"))
    assert doc.partnership == "Northamptonshire"
    assert doc.doc_type == "annual_report"
    assert doc.published == "2019-07"
    restraint = [s for s in doc.sections if s.heading_path[-1:] == ("Use of Restraint",)]
    assert restraint and all(s.page and s.page > 10 for s in restraint)
    assert max(s.page or 0 for s in doc.sections) == 17


def test_seed_docx_newsletter() -> None:
    doc = parse_file(seed("003_d45692bb47e41891.docx"))
    assert doc.partnership == "Derbyshire"
    assert doc.doc_type == "newsletter"
    assert doc.published == "2019-02"
    assert {"Early help", "Training programme", "Online safety"} <= headings(doc)
    items = blocks_under(doc, "Policies and procedures")
    assert sum(b.startswith("- ") for b in items) >= 10


def test_an_accordion_question_worded_as_a_situation_is_marked_as_the_question() -> None:
    """Procedure pages put common questions in accordions, often worded as a situation ("It is quarter to five on
    a Friday and nobody is answering."). Read as a plain sentence it matches a practitioner's question best and
    answers nothing; marked as the question, answers give the body under it."""
    from bot.answer import extractive_answer
    from index.bm25 import BM25Index
    from index.passages import document_passages

    page = (b"<html><body><main><h1>Contacts</h1><h2>Which number do I need?</h2>"
            b"<details><summary>It is quarter to five on a Friday and nobody at the Front Door is answering.</summary>"
            b"<p>On Fridays the Front Door closes at 4.30pm, so ring the Emergency Duty Team on 01632 960555.</p>"
            b"</details><details><summary>Further information</summary><p>See the partnership website.</p>"
            b"</details></main></body></html>")
    doc = parse_html_bytes(page, "mem://contacts")
    blocks = [b for s in doc.sections for b in s.blocks]
    assert "Q: It is quarter to five on a Friday and nobody at the Front Door is answering." in blocks
    assert "Further information" in blocks  # a title, not a question
    passages = document_passages(doc)
    answer = extractive_answer("its quarter to five on friday and the front door is not answering", passages,
                               BM25Index(passages))
    assert "01632 960555" in answer.text
