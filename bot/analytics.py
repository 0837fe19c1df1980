"""The partnership's view of the service: what practitioners ask and where the documents fail them.

`install()` adds, behind the admin token:
  GET /api/admin/report      the report as JSON
  GET /admin/report          the same as an HTML page (server-rendered, every value escaped)
  GET /api/admin/report.csv  the question log (redacted) as CSV
and purges rows past the retention period on start-up and then hourly.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import logging
import time
from collections.abc import Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from string import Template

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response

from bot.admin import require_admin
from bot.feedback import FeedbackStore, FeedbackUnavailable
from safeguard.settings import Settings

log = logging.getLogger(__name__)

TEMPLATE = Path(__file__).parent / "static" / "report.html"
PURGE_EVERY_SECONDS = 3600.0
CSV_COLUMNS = ("asked_at", "answer_id", "channel", "partnership", "status", "urgent", "rating",
               "question", "comment", "cited_doc_ids", "cited_titles")
# The page shows only our markup: no scripts at all, even if escaping were ever missed.
_PAGE_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
                 "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}


# -- report views ----------------------------------------------------------------------


def iso(ts: float | None) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M UTC") if ts else ""


def _table(headers: list[str], rows: list[list[object]], empty: str) -> str:
    if not rows:
        return f"<p class=empty>{escape(empty)}</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _counts_html(counts: dict) -> str:
    totals = [["Questions", counts["questions"]], ["Urgent", counts["urgent"]],
              ["Rated helpful", counts["rated_up"]], ["Rated unhelpful", counts["rated_down"]]]
    parts = [_table(["Total", "Count"], totals, "")]
    for key, label in (("by_status", "Status"), ("by_channel", "Channel"), ("by_partnership", "Partnership")):
        parts.append(_table([label, "Questions"], [[k, v] for k, v in counts[key].items()], "None yet."))
    return "<div class=grid>" + "".join(parts) + "</div>"


def render_html(report: dict, retention_days: int) -> str:
    """The report page; every value from the log goes through `escape`."""
    scope = report["partnership"] or "all partnerships"
    sections = {
        "scope": escape(f"{scope}, questions since {iso(report['since']) or 'the start of the log'}"),
        "retention": escape(str(retention_days)),
        "counts": _counts_html(report["counts"]),
        "unanswered": _table(
            ["Asked", "Partnership", "Channel", "Question"],
            [[iso(r["asked_at"]), r["partnership"], r["channel"], r["question"]] for r in report["unanswered"]],
            "No unanswered questions."),
        "low_rated": _table(
            ["Asked", "Partnership", "Question", "Comment", "Cited"],
            [[iso(r["asked_at"]), r["partnership"], r["question"], r["comment"] or "",
              "; ".join(t for _, t in r["cited"])] for r in report["low_rated"]],
            "No answers rated unhelpful."),
        "topics": _table(
            ["Word", "Questions", "Unanswered", "Example"],
            [[t["topic"], t["questions"], t["unanswered"], t["example"]] for t in report["topics"]],
            "No questions yet."),
        "documents": _table(
            ["Document", "Answers citing it"], [[d["title"], d["citations"]] for d in report["documents"]],
            "No documents cited yet."),
    }
    return Template(TEMPLATE.read_text(encoding="utf-8")).substitute(sections)


def csv_export(rows: list[dict]) -> str:
    """The question log as CSV; cells that a spreadsheet would run as formulas are defused."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        cited = _cited_pairs(r["cited_docs"])
        writer.writerow([_cell(v) for v in (
            iso(r["created_at"]), r["answer_id"], r["channel"], r["partnership"], r["status"], int(r["urgent"] or 0),
            "" if r["rating"] is None else r["rating"], r["question"], r["comment"] or "",
            " ".join(d for d, _ in cited), "; ".join(t for _, t in cited),
        )])
    return out.getvalue()


def _cited_pairs(raw: str | None) -> list[tuple[str, str]]:
    try:
        return [(str(d), str(t)) for d, t in json.loads(raw or "[]")]
    except (ValueError, TypeError):
        return []


def _cell(value: object) -> object:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


# -- retention -------------------------------------------------------------------------


async def purge_forever(store: Callable[[], FeedbackStore], every: float) -> None:
    """Delete expired rows now, then every `every` seconds; a failure waits for the next round."""
    while True:
        try:
            removed = await run_in_threadpool(lambda: store().purge())
            log.info("feedback retention purge removed %d rows", removed)
        except Exception:
            log.exception("feedback retention purge failed")
        await asyncio.sleep(every)


def _schedule_purge(app: FastAPI, core: Callable, every: float) -> None:
    """Run the purge loop for the app's lifetime, around whatever lifespan it already has."""
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(a: FastAPI):
        async with inner(a) as state:
            task = asyncio.create_task(purge_forever(lambda: core().feedback, every))
            try:
                yield state
            finally:
                task.cancel()

    app.router.lifespan_context = lifespan


# -- wiring ----------------------------------------------------------------------------

UNAVAILABLE_DETAIL = ("Feedback could not be saved just now: the service's feedback store is unavailable "
                      "(its disk may be full). Answers are not affected; please try again later.")
RETRY_AFTER_SECONDS = 300


async def feedback_unavailable(request: Request, exc: FeedbackUnavailable) -> JSONResponse:
    """503 with a JSON reason, not a bare 500: the store failed, the request was fine."""
    return JSONResponse({"detail": UNAVAILABLE_DETAIL}, status_code=503,
                        headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


def install(app: FastAPI, settings: Settings, core: Callable, purge_every: float = PURGE_EVERY_SECONDS) -> None:
    """Mount the admin report endpoints, the retention schedule and the store-unavailable answer."""
    app.add_exception_handler(FeedbackUnavailable, feedback_unavailable)
    admin = Depends(require_admin)

    def report(days: int | None, partnership: str | None, limit: int) -> dict:
        store: FeedbackStore = core().feedback
        window = days if days is not None else settings.feedback_retention_days
        since = time.time() - window * 86400
        return store.report(since, partnership, limit)

    @app.get("/api/admin/report", dependencies=[admin], tags=["admin"])
    def report_json(days: int | None = Query(None, ge=1, le=3660), partnership: str | None = Query(None, max_length=100),
                    limit: int = Query(20, ge=1, le=500)) -> dict:
        """Unanswered and low-rated questions, most asked topics, most cited documents, counts."""
        return report(days, partnership, limit)

    @app.get("/admin/report", dependencies=[admin], response_class=HTMLResponse, include_in_schema=False)
    def report_page(days: int | None = Query(None, ge=1, le=3660),
                    partnership: str | None = Query(None, max_length=100)) -> HTMLResponse:
        body = render_html(report(days, partnership, 50), settings.feedback_retention_days)
        return HTMLResponse(body, headers=_PAGE_HEADERS)

    @app.get("/api/admin/report.csv", dependencies=[admin], tags=["admin"],
             response_class=Response, responses={200: {"content": {"text/csv": {}}}})
    def report_csv(days: int | None = Query(None, ge=1, le=3660),
                   partnership: str | None = Query(None, max_length=100)) -> Response:
        """The question log (redacted), oldest first."""
        window = days if days is not None else settings.feedback_retention_days
        rows = core().feedback.rows(time.time() - window * 86400, partnership)
        return Response(csv_export(rows), media_type="text/csv; charset=utf-8", headers={
            "Content-Disposition": 'attachment; filename="questions.csv"', "Cache-Control": "no-store"})

    _schedule_purge(app, core, purge_every)
