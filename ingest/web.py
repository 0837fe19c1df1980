"""Fetching partnership web pages and linked files: polite, conditional, same-site, SSRF-guarded.

Procedures manuals live on web sites. We fetch with ETag / Last-Modified so an
unchanged page costs one 304, respect robots.txt, wait between requests to a
host, follow redirects (the document is then known by its final address),
retry a failing request a bounded number of times, and refuse to connect to
private, loopback or link-local addresses unless told to (intranets, tests).
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import urldefrag, urljoin, urlparse
from urllib.robotparser import RobotFileParser

import httpx

from ingest import parse_file
from safeguard.model import Document

DOC_SUFFIXES = {".pdf": "pdf", ".docx": "docx"}
_CONTENT_SUFFIX = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "text/plain": ".txt",
    "text/markdown": ".md",
}


class UnsafeAddress(httpx.RequestError):
    """The host resolves to an address the crawler must not reach."""


@dataclass
class Fetched:
    url: str  # what we asked for
    final_url: str  # where we ended up after redirects: the document's identity
    status: int  # HTTP status; 0 = no answer (timeout, refused, unsafe)
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    error: str = ""
    links: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def is_html(self) -> bool:
        return "html" in self.content_type or (not self.content_type and self.body.lstrip()[:1] == b"<")


def check_address(host: str, allow_private: bool) -> None:
    """Refuse hosts that resolve to private, loopback, link-local or otherwise internal addresses."""
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror as exc:
        raise UnsafeAddress(f"cannot resolve {host}: {exc}") from exc
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast \
                or ip.is_unspecified:
            raise UnsafeAddress(f"{host} resolves to an internal address ({ip}); not fetched")


def same_site(a: str, b: str) -> bool:
    pa, pb = urlparse(a), urlparse(b)
    return (pa.scheme, pa.hostname, pa.port) == (pb.scheme, pb.hostname, pb.port)


def page_links(html: bytes, base: str) -> list[str]:
    """Same-site http(s) links on a page, fragments removed, in order, once each."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    found: dict[str, None] = {}
    for a in soup.find_all("a", href=True):
        url = urldefrag(urljoin(base, a["href"].strip()))[0]
        if url.startswith(("http://", "https://")) and same_site(url, base):
            found.setdefault(url, None)
    return list(found)


def sitemap_urls(xml: bytes) -> list[str]:
    """Page addresses listed in a sitemap (or the sitemaps listed in a sitemap index)."""
    return [u.strip() for u in re.findall(rb"<loc>\s*([^<]+?)\s*</loc>", xml)[:50000] for u in [u.decode()]]


def is_document_link(url: str) -> bool:
    return PurePosixPath(urlparse(url).path).suffix.lower() in DOC_SUFFIXES


class Fetcher:
    """One polite HTTP client for a re-index run."""

    def __init__(self, delay: float = 1.0, timeout: float = 20.0, retries: int = 2, allow_private: bool = False,
                 user_agent: str = "safeguard-assistant/0.1") -> None:
        self.delay = delay
        self.retries = retries
        self.allow_private = allow_private
        self.user_agent = user_agent
        self._robots: dict[str, RobotFileParser] = {}
        self._last: dict[str, float] = {}
        # The guard runs on every request, redirects included, so a redirect cannot reach inside.
        self.client = httpx.Client(
            follow_redirects=True, max_redirects=5, timeout=timeout, headers={"User-Agent": user_agent},
            event_hooks={"request": [lambda r: check_address(r.url.host, self.allow_private)]},
        )

    def close(self) -> None:
        self.client.close()

    def _wait_turn(self, url: str) -> None:
        host = urlparse(url).netloc
        pause = self._last.get(host, 0.0) + self.delay - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        """robots.txt says we may fetch `url` (missing robots.txt = yes; unreachable = no, to be safe)."""
        parts = urlparse(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            rp = RobotFileParser(root + "/robots.txt")
            got = self.fetch(root + "/robots.txt", check_robots=False)
            if got.ok:
                rp.parse(got.body.decode("utf-8", "replace").splitlines())
            elif got.status in (401, 403) or got.status >= 500 or got.status == 0:
                rp.disallow_all = True
            else:
                rp.allow_all = True
            self._robots[root] = rp
        return self._robots[root].can_fetch(self.user_agent, url)

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None,
              check_robots: bool = True) -> Fetched:
        """GET with validators; retries timeouts, connection errors, 429 and 5xx a bounded number of times."""
        if check_robots and not self.allowed(url):
            return Fetched(url, url, 0, error="disallowed by robots.txt")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        result = Fetched(url, url, 0, error="not attempted")
        for attempt in range(self.retries + 1):
            self._wait_turn(url)
            try:
                resp = self.client.get(url, headers=headers)
            except UnsafeAddress as exc:
                return Fetched(url, url, 0, error=str(exc))
            except httpx.HTTPError as exc:
                result = Fetched(url, url, 0, error=f"{exc.__class__.__name__}: {exc}".strip(": "))
            else:
                final = str(resp.url)
                if not same_site(final, url):
                    return Fetched(url, final, 0, error=f"redirected off-site to {final}")
                result = Fetched(url, final, resp.status_code, resp.content if resp.status_code == 200 else b"",
                                 resp.headers.get("content-type", "").split(";")[0].strip().lower(),
                                 resp.headers.get("etag"), resp.headers.get("last-modified"),
                                 error="" if resp.status_code in (200, 304, 404, 410) else f"HTTP {resp.status_code}")
                if resp.status_code != 429 and resp.status_code < 500:
                    break
            time.sleep(min(0.2 * 2**attempt, 2.0))
        if result.ok and result.is_html:
            result.links = page_links(result.body, result.final_url)
        return result


def parse_fetched(got: Fetched, partnership: str | None, known_partnerships: list[str] | None = None) -> Document:
    """Parse fetched bytes into a Document known by its final URL. Raises ParseError."""
    path = PurePosixPath(urlparse(got.final_url).path)
    name = path.name or "index"
    suffix = path.suffix.lower()
    if suffix not in {".pdf", ".docx", ".html", ".htm", ".txt", ".md"}:
        suffix = ".html" if got.is_html else _CONTENT_SUFFIX.get(got.content_type, ".html")
        name = f"{name}{suffix}"
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / name
        file.write_bytes(got.body)
        doc = parse_file(file, partnership=partnership, known_partnerships=known_partnerships)
    doc.source = doc.url = got.final_url
    # Pages carry dates, tokens and banners that change on every request: hash what we index instead.
    text = "\n".join([doc.title, *(f"{s.heading}\n" + "\n".join(s.blocks) for s in doc.sections)])
    doc.content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return doc


Known = Callable[[str], "tuple[str | None, str | None, list[str]] | None"]


def crawl(fetcher: Fetcher, start: str | None, sitemap: str | None, allow: list[str], max_pages: int,
          known_urls: list[str], known: Known) -> Iterator[Fetched]:
    """Breadth-first over same-site pages under `allow` prefixes (plus linked PDF/DOCX anywhere on the site).

    Pages indexed last time are always re-checked, so a page that is gone (404/410)
    is noticed even when nothing links to it any more. `known(url)` gives the
    stored validators and links of a page, so a 304 page is still crawled through.
    """
    base = start or sitemap or ""
    queue: list[str] = [start] if start else []
    if sitemap:
        got = fetcher.fetch(sitemap)
        queue += [u for u in sitemap_urls(got.body) if same_site(u, base)] if got.ok else []
    queue += known_urls
    seen: set[str] = set()
    while queue and len(seen) < max_pages:
        url = urldefrag(queue.pop(0))[0]
        if url in seen or not same_site(url, base):
            continue
        if not is_document_link(url) and not any(urlparse(url).path.startswith(p) for p in allow):
            continue
        seen.add(url)
        stored = known(url)
        got = fetcher.fetch(url, *(stored[:2] if stored else (None, None)))
        if got.status == 304 and stored:
            got.links = stored[2]
        queue += [link for link in got.links if link not in seen]
        yield got
