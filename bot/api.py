"""The HTTP API and the chat page: a thin adapter over `Assistant`."""

from __future__ import annotations

import logging
import mimetypes
import os
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, StreamingResponse

from bot import analytics, limits, observability
from bot.admin import install_admin
from bot.assistant import Assistant, IndexUnavailable
from bot.channels import install_channels
from bot.schemas import (
    ChatRequest,
    ChatResponse,
    FeedbackRequest,
    SearchRequest,
    SearchResponse,
    chat_response,
    search_result,
)
from bot.streaming import sse_events
from safeguard.settings import Settings, get_settings

log = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
# Served documents come from many hands: an HTML page must not run its scripts on our origin.
_SANDBOX = {"Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
            "X-Content-Type-Options": "nosniff"}


def create_app(settings: Settings | None = None, assistant: Assistant | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.assistant = assistant or await run_in_threadpool(Assistant, settings)
        yield

    app = FastAPI(
        title="Safeguarding procedures assistant",
        description="Answers practitioners' questions from local safeguarding partnership documents, with citations.",
        version="0.1.0",
        lifespan=lifespan,
    )

    app.state.settings = settings  # read by shared dependencies such as bot.admin.require_admin

    def core() -> Assistant:
        return app.state.assistant

    @app.exception_handler(IndexUnavailable)
    async def index_unavailable(request: Request, exc: IndexUnavailable) -> JSONResponse:
        return JSONResponse({"detail": "The document index is unavailable; please try again later."}, status_code=503)

    @app.get("/healthz")
    def healthz() -> JSONResponse:
        """200 when serving; 503 (still answering urgent messages) when the index could not be opened.

        `worker` (the process id) tells apart the processes of `safeguard serve --workers N`.
        """
        if core().index is not None:
            try:
                core().index.refresh_if_changed()  # report the live version, as a search would see it
            except Exception as exc:  # noqa: BLE001 - store unreachable: report the version still loaded
                log.warning("could not load the newly published index version (%s)", exc.__class__.__name__)
        body = {**core().health(), "worker": os.getpid()}
        return JSONResponse(body, status_code=200 if body["status"] == "ok" else 503)

    @app.post("/api/search", response_model=SearchResponse)
    def search(req: SearchRequest) -> SearchResponse:
        passages = core().search(req.query, req.top_k, req.partnership)
        return SearchResponse(results=[search_result(p, settings.public_url) for p in passages])

    @app.post("/api/chat", response_model=ChatResponse)
    def chat(req: ChatRequest) -> ChatResponse:
        return chat_response(core().answer(req.message, req.partnership, req.session_id), settings.public_url)

    @app.post("/api/chat/stream", response_class=StreamingResponse,
              responses={200: {"content": {"text/event-stream": {}}, "description": "Server-sent events"}})
    def chat_stream(req: ChatRequest) -> StreamingResponse:
        """The same answer as /api/chat, as server-sent events: meta, sentences, citations, done."""
        response = chat_response(core().answer(req.message, req.partnership, req.session_id), settings.public_url)
        return StreamingResponse(sse_events(response), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @app.post("/api/feedback", status_code=204, responses={
        404: {"description": "No such answer"},
        503: {"description": "The feedback store cannot be written just now; answers are not affected"}})
    def feedback(req: FeedbackRequest) -> None:
        if not core().rate(req.answer_id, 1 if req.rating == "up" else -1, req.comment):
            raise HTTPException(status_code=404, detail="No such answer (it may be older than the retention period)")

    @app.get("/api/documents/{doc_id}")
    def document(doc_id: str):
        """The original document. Only catalogued sources are served: ids, never paths."""
        entry = core().require_index().catalog.get(doc_id)
        if entry is None:
            raise HTTPException(status_code=404, detail="No such document")
        if entry.source.startswith(("http://", "https://")):
            return RedirectResponse(entry.source)
        path = Path(entry.source)
        if not path.is_file():
            raise HTTPException(status_code=410, detail="The document is no longer available at its source")
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if media_type == "text/markdown":
            media_type = "text/plain"
        return FileResponse(
            path, media_type=media_type, content_disposition_type="inline", filename=path.name, headers=_SANDBOX
        )

    limits.install(app, settings, core)
    install_channels(app, settings, core)  # after limits: CORS wraps 429/413 and answers preflights itself
    install_admin(app, settings, core)
    analytics.install(app, settings, core)
    observability.install(app, settings, core)  # last = outermost: it also sees 429 and 413

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page() -> str:
        return (STATIC / "chat.html").read_text(encoding="utf-8")

    return app
