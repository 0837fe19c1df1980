"""The embeddable web widget: serves `/widget.js` and lets allowed origins call the chat API.

Why: practitioners stay on their partnership's own website. A partnership adds
one `<script src=".../widget.js" data-partnership="...">` tag; the script talks
to this server from the partnership's origin, so the browser needs CORS, and
only for origins the deployment lists in SAFEGUARD_CORS_ORIGINS.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI, Request, Response
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from safeguard.settings import Settings

WIDGET_JS = Path(__file__).resolve().parents[1] / "static" / "widget.js"
# Only what the widget calls gets CORS; search, documents and admin stay same-origin.
CORS_PATHS = frozenset({"/api/chat", "/api/chat/stream", "/api/feedback", "/healthz"})
CACHE_SECONDS = 3600
log = logging.getLogger(__name__)


class PathCORS:
    """Starlette's CORSMiddleware, applied to a fixed set of paths only."""

    def __init__(self, app: ASGIApp, origins: list[str], paths: frozenset[str] = CORS_PATHS) -> None:
        self.app = app
        self.paths = paths
        self.cors = CORSMiddleware(
            app, allow_origins=origins, allow_methods=["GET", "POST"], allow_headers=["Content-Type"],
            allow_credentials=False, max_age=600,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] in self.paths:
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def _script() -> tuple[bytes, str]:
    """The widget source and its ETag (read once: it only changes with a release)."""
    body = WIDGET_JS.read_bytes()
    return body, '"' + hashlib.sha256(body).hexdigest()[:16] + '"'


def install(app: FastAPI, settings: Settings, core: Callable) -> None:
    """Serve the widget script and allow the configured origins to call the chat API."""
    body, etag = _script()
    headers = {
        "Cache-Control": f"public, max-age={CACHE_SECONDS}",
        "ETag": etag,
        # Host pages that set Cross-Origin-Embedder-Policy can still load it.
        "Cross-Origin-Resource-Policy": "cross-origin",
        "X-Content-Type-Options": "nosniff",
    }

    @app.get("/widget.js", include_in_schema=False)
    def widget_js(request: Request) -> Response:
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=headers)
        return Response(body, media_type="text/javascript; charset=utf-8", headers=headers)

    # An Origin header never ends in "/", so "https://x.org/" in the setting would never match.
    origins = [o.rstrip("/") for o in settings.cors_origin_list]
    if "*" in origins:
        log.warning("SAFEGUARD_CORS_ORIGINS contains '*': any website can call the chat API from a browser")
    if origins:
        app.add_middleware(PathCORS, origins=origins)
