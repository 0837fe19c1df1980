"""Crawling a partnership's procedures site (a real local HTTP server): conditional requests, robots.txt,
redirects, removed pages, a new linked PDF, failures that must not delete good copies, and the SSRF guard."""

from __future__ import annotations

import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from index.embedders import HashingEmbedder
from index.indexer import Index
from index.reindex import latest_report, reindex
from ingest.sources import Site, Source, SourcesConfig
from ingest.web import Fetcher
from safeguard.settings import get_settings
from tests.test_reindex import stored


def page(title: str, body: str, links: list[str] = ()) -> bytes:
    anchors = "".join(f'<li><a href="{href}">{href}</a></li>' for href in links)
    return (f"<html><head><title>{title}</title></head><body><nav><ul>{anchors}</ul></nav><main><h1>{title}</h1>"
            f"<p>Anyshire Safeguarding Children Partnership. Amended 10 January 2026.</p><h2>Contact</h2>"
            f"<p>{body} Record what you saw and heard, and tell the designated safeguarding lead the same day "
            f"so that a referral decision can be made by the right person without delay.</p></main></body></html>"
            ).encode()


def pdf(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 760, "Anyshire learning briefing: July 2026")
    y = 730
    for line in [text[i:i + 90] for i in range(0, len(text), 90)]:
        c.drawString(72, y, line)
        y -= 16
    c.save()
    return buf.getvalue()


class Site_:
    """The fixture site: path → (status, content type, body); redirects; and a log of requests."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.redirects: dict[str, str] = {}
        self.log: list[tuple[str, int, bool]] = []  # (path, status, conditional)
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                conditional = "If-None-Match" in self.headers
                if self.path in site.redirects:
                    site.log.append((self.path, 301, conditional))
                    self.send_response(301)
                    self.send_header("Location", site.redirects[self.path])
                    self.end_headers()
                    return
                status, ctype, body = site.pages.get(self.path, (404, "text/plain", b"not found"))
                etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    status, body = 304, b""
                site.log.append((self.path, status, conditional))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                if status in (200, 304):
                    self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    def html(self, path: str, title: str, body: str, links: list[str] = ()) -> None:
        self.pages[path] = (200, "text/html; charset=utf-8", page(title, body, links))

    def fetched(self, path: str) -> list[tuple[int, bool]]:
        return [(s, c) for p, s, c in self.log if p == path]


@pytest.fixture
def site():
    s = Site_()
    s.pages["/robots.txt"] = (200, "text/plain", b"User-agent: *\nDisallow: /procedures/private\n")
    start = ["/procedures/lado", "/procedures/missing", "/procedures/referral", "/procedures/escalation",
             "/procedures/private-notes", "/elsewhere/blog"]
    s.html("/procedures/", "Anyshire procedures manual", "Chapters of the manual are listed here.", start)
    s.html("/procedures/lado", "Allegations: the LADO", "Call the LADO on 01632 960150.")
    s.html("/procedures/missing", "Missing children", "Return interviews within 72 hours, call 01632 960160.")
    s.html("/procedures/referral", "Making a referral", "Phone the front door on 01632 960100.")
    s.html("/procedures/escalation", "Escalation", "Escalate to the named nurse on 01632 960120.")
    s.html("/procedures/private-notes", "Private", "Draft notes with 01632 960999.")
    s.html("/elsewhere/blog", "Blog", "Not part of the manual, 01632 960888.")
    yield s
    s.server.shutdown()


def config(site: Site_) -> SourcesConfig:
    crawl = Site(start=site.url + "/procedures/", allow=["/procedures/"], max_pages=50)
    return SourcesConfig([Source("Anyshire", sites=[crawl])], delay_seconds=0, timeout_seconds=2, retries=1)


def texts(data: Path) -> str:
    return "\n".join(t for ts in stored(data).values() for t in ts)


def test_crawl_then_july_changes_on_the_site(site: Site_, tmp_path: Path) -> None:
    settings = get_settings().model_copy(update={"data_dir": tmp_path / "data", "crawl_allow_private": True})
    index = Index(settings.data_dir, HashingEmbedder())
    first = reindex(index, config(site), settings, gate=False)
    assert len(first.added) == 5 and not first.failed, first.as_dict()
    assert not site.fetched("/procedures/private-notes")  # robots.txt disallows it
    assert not site.fetched("/elsewhere/blog")  # outside the allowed path prefix
    assert "960150" in texts(index.data_dir) and "960999" not in texts(index.data_dir)

    # July: LADO number changes, a chapter is withdrawn, one moves, one errors, a PDF briefing appears.
    site.html("/procedures/lado", "Allegations: the LADO", "Call the LADO on 01632 960155.")
    site.pages["/procedures/missing"] = (410, "text/plain", b"gone")
    site.redirects["/procedures/referral"] = "/procedures/making-a-referral"
    site.html("/procedures/making-a-referral", "Making a referral", "Phone the front door on 01632 960105.")
    site.pages["/procedures/escalation"] = (500, "text/plain", b"oops")
    site.html("/procedures/", "Anyshire procedures manual", "Chapters of the manual are listed here.",
              ["/procedures/lado", "/procedures/missing", "/procedures/referral", "/procedures/escalation",
               "/media/briefing-july.pdf"])
    site.pages["/media/briefing-july.pdf"] = (200, "application/pdf", pdf(
        "Learning from the review of Child T: always ask to see the baby's bedroom and record where the "
        "baby sleeps. Health visitors should share concerns about unsafe sleep with the GP."))
    site.log.clear()
    report = reindex(index, config(site), settings, gate=False)

    names = lambda items: sorted(s.rsplit("/", 1)[-1] for s in items)
    # The index page changed only in its navigation links, which are not indexed: unchanged.
    assert names(report.updated) == ["lado"], report.as_dict()
    assert names(report.added) == ["briefing-july.pdf", "making-a-referral"]
    assert names(report.removed) == ["missing", "referral"]
    assert [s.rsplit("/", 1)[-1] for s, _ in report.failed] == ["escalation"]
    assert report.sections[site.url + "/procedures/lado"] == ["Contact"]
    assert site.fetched("/procedures/lado")[0] == (200, True)  # asked conditionally, got the new page

    everything = texts(index.data_dir)
    assert "960155" in everything and "960150" not in everything
    assert "960160" not in everything  # withdrawn chapter gone
    assert "960105" in everything and "960100" not in everything  # moved: no orphan at the old address
    assert "960120" in everything  # a 500 keeps the previous good copy
    assert "unsafe sleep" in everything  # the new PDF is indexed
    sources = {p.source for p in index.passages()}
    assert site.url + "/procedures/referral" not in sources and site.url + "/procedures/making-a-referral" in sources
    assert index.bm25.search("unsafe sleep bedroom", 3)
    saved = latest_report(index.data_dir)
    assert saved["published"] and saved["failed"][0]["source"].endswith("/procedures/escalation")

    # Next run: unchanged pages cost a 304 each; the escalation chapter is now withdrawn (404) and goes.
    site.pages["/procedures/escalation"] = (404, "text/plain", b"")
    site.log.clear()
    version = index.version
    quiet = reindex(index, config(site), settings, gate=False)
    assert all(status in (301, 304, 404, 410) for p, status, _ in site.log if p != "/robots.txt"), site.log
    assert names(quiet.removed) == ["escalation"] and index.version == version + 1


def test_a_failing_site_never_wipes_the_partnership(site: Site_, tmp_path: Path) -> None:
    settings = get_settings().model_copy(update={"data_dir": tmp_path / "data", "crawl_allow_private": True})
    index = Index(settings.data_dir, HashingEmbedder())
    reindex(index, config(site), settings, gate=False)
    before = index.store.count()
    for path in list(site.pages):  # the site breaks: pages 404 or 500 everywhere
        if path != "/robots.txt":
            site.pages[path] = (404 if "lado" in path or "missing" in path else 500, "text/plain", b"")
    report = reindex(index, config(site), settings, gate=False)
    assert not report.removed and report.failed and any("fetches failed" in n for n in report.notes)
    assert index.store.count() == before and "960150" in texts(index.data_dir)


def test_ssrf_guard_refuses_loopback_unless_allowed(site: Site_) -> None:
    guarded = Fetcher(delay=0, timeout=2, retries=0, allow_private=False)
    got = guarded.fetch(site.url + "/procedures/lado", check_robots=False)
    assert got.status == 0 and "internal address" in got.error
    assert not site.fetched("/procedures/lado")
    allowed = Fetcher(delay=0, timeout=2, retries=0, allow_private=True)
    assert allowed.fetch(site.url + "/procedures/lado").status == 200
