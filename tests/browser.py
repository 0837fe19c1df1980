"""Browser-test helpers: Debian's Chromium driven by Playwright, and a host page on another origin.

Why: the widget lives on a partnership's website, so it is tested the way it runs
there: a real browser, a page served from a different origin, the real API.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
INSTALL_HINT = "apt-get update && apt-get install -y chromium && pip install playwright (never `playwright install`)"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def missing_browser() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found; install it with: {INSTALL_HINT}"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return f"Playwright for Python is not installed; install it with: {INSTALL_HINT}"
    return None


@contextmanager
def chromium() -> Iterator[object]:
    """A headless Debian Chromium with a fresh temporary profile (Playwright's default)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=30_000)
        try:
            yield browser
        finally:
            browser.close()


# A partnership's page, with deliberately hostile CSS: the widget must look the same despite it,
# and must not restyle the page's own buttons.
HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Anyshire Safeguarding Children Partnership</title>
<style>
  html {{ font-size: 10px; }}
  body {{ font-family: Georgia, serif; color: #333; margin: 2rem; }}
  button {{ background: rgb(255, 0, 255) !important; font-size: 30px; }}
  * {{ letter-spacing: 3px; }}
</style></head>
<body>
  <h1>Anyshire Safeguarding Children Partnership</h1>
  <p>Procedures, thresholds and training for everyone who works with children.
     <a href="#training">Training</a></p>
  <button id="host-button" type="button">Host page button</button>
  <script src="{src}" {attrs}></script>
</body></html>
"""


class HostPage:
    """A static page on its own 127.0.0.1 port (another origin) that embeds the widget.

    Started before the API so the API can be told this origin; `embed` sets the tag later.
    """

    def __init__(self) -> None:
        self.page = b"<!doctype html><title>empty</title>"
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(host.page)))
                self.end_headers()
                self.wfile.write(host.page)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def embed(self, widget_src: str, **data: str) -> None:
        """Serve a page whose only integration is the one script tag a partnership would add."""
        attrs = " ".join(f'data-{k}="{html.escape(v)}"' for k, v in data.items())
        self.page = HOST_PAGE.format(src=html.escape(widget_src), attrs=attrs).encode()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# Contrast of every visible text element in the widget (WCAG relative luminance),
# taking the nearest opaque background up the tree, across the shadow boundary.
CONTRAST_JS = """
(root) => {
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (e) => {
    for (let n = e; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out = [];
  for (const e of root.querySelectorAll('*')) {
    const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || !e.getClientRects().length) continue;
    const a = lum(rgb(getComputedStyle(e).color).slice(0, 3)), b = lum(background(e));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    out.push({ text: e.textContent.trim().slice(0, 40), tag: e.tagName, ratio: Math.round(ratio * 100) / 100 });
  }
  return out;
}
"""

# Size of every interactive target in the widget.
TARGETS_JS = """
(root) => [...root.querySelectorAll('button, input, textarea, .sources a')]
  .filter((e) => e.getClientRects().length)
  .map((e) => { const r = e.getBoundingClientRect();
                return { name: e.getAttribute('aria-label') || e.textContent.trim().slice(0, 30) || e.tagName,
                         w: r.width, h: r.height }; })
"""
