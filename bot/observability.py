"""Prometheus metrics at /metrics and one JSON log line per request.

What is measured and logged is chosen so nothing personal leaves the
process: routes are templates ("/api/documents/{doc_id}"), answers are counted
by status and channel, and the request log carries route, status code,
latency, answer status and the urgent flag — never the message, names,
addresses or the client's address.

Answer outcomes come from the feedback store's listener (every channel
records its answers there), so Slack or Teams answers are counted too.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar

from fastapi import FastAPI
from fastapi.responses import Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from starlette.routing import Match

from safeguard.settings import Settings

ACCESS_LOGGER = "safeguard.access"
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
# Answer details of the request in progress, filled in by the feedback listener.
_current: ContextVar[dict | None] = ContextVar("safeguard_request", default=None)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and any `fields` passed as extra."""

    def format(self, record: logging.LogRecord) -> str:
        line = {"ts": round(record.created, 3), "level": record.levelname.lower(), "logger": record.name,
                "msg": record.getMessage()}
        line.update(getattr(record, "fields", {}))
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


def configure_logging(level: int = logging.INFO, stream=None) -> None:
    """Make every log line JSON (call once from the server entry point)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


def _access_logger() -> logging.Logger:
    """The request log: JSON to stderr even if the rest of logging is left as it is."""
    logger = logging.getLogger(ACCESS_LOGGER)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
        logger.propagate = False
        logger.setLevel(logging.INFO)
    return logger


class Metrics:
    """The app's series, in its own registry (several apps can live in one process)."""

    def __init__(self, core: Callable) -> None:
        self.registry = CollectorRegistry()
        self.latency = Histogram("safeguard_http_request_duration_seconds", "Request latency by route",
                                 ["route", "method", "status"], buckets=LATENCY_BUCKETS, registry=self.registry)
        self.answers = Counter("safeguard_answers", "Answers by status and channel", ["status", "channel"],
                               registry=self.registry)
        self.urgent = Counter("safeguard_urgent_answers", "Answers flagged urgent", ["channel"],
                              registry=self.registry)
        self.feedback = Counter("safeguard_feedback", "Ratings received", ["rating"], registry=self.registry)
        self.registry.register(_IndexCollector(core))
        for status in ("answered", "not_found"):  # present at 0 from the start, for alert rules
            self.answers.labels(status, "api")
        self.urgent.labels("api")

    def on_event(self, event: str, fields: dict) -> None:
        """Feedback-store listener: count the outcome and tag the request in progress."""
        if event == "question":
            self.answers.labels(fields["status"], fields["channel"]).inc()
            if fields["urgent"]:
                self.urgent.labels(fields["channel"]).inc()
            current = _current.get()
            if current is not None:
                current.update(answer_status=fields["status"], urgent=bool(fields["urgent"]))
        elif event == "feedback":
            self.feedback.labels(fields["rating"]).inc()


class _IndexCollector:
    """Index size, read from the core's health() at scrape time."""

    def __init__(self, core: Callable) -> None:
        self.core = core

    def describe(self) -> list:
        return []

    def collect(self):
        try:
            health = self.core().health()
        except Exception:  # not started yet, or the index is unavailable: report nothing
            return
        yield GaugeMetricFamily("safeguard_index_documents", "Documents in the index", value=health["documents"])
        yield GaugeMetricFamily("safeguard_index_passages", "Passages in the index", value=health["passages"])


def route_of(app: FastAPI, scope: dict) -> str:
    """The matched route's template; "unmatched" for anything else (keeps label values bounded)."""
    route = scope.get("route")
    if route is not None and hasattr(route, "path"):
        return route.path
    for candidate in app.router.routes:  # answered before routing (429, 413)
        match, _ = candidate.matches(scope)
        if match == Match.FULL:
            return getattr(candidate, "path", "unmatched")
    return "unmatched"


class ObservabilityMiddleware:
    def __init__(self, app: Callable, fastapi_app: FastAPI, metrics: Metrics) -> None:
        self.app = app
        self.fastapi_app = fastapi_app
        self.metrics = metrics
        self.log = _access_logger()

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        info: dict = {"status": 500}
        token = _current.set(info)
        start = time.perf_counter()

        async def send_status(message: dict) -> None:
            if message["type"] == "http.response.start":
                info["status"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            _current.reset(token)
            self._record(scope, info, time.perf_counter() - start)

    def _record(self, scope: dict, info: dict, seconds: float) -> None:
        route, method = route_of(self.fastapi_app, scope), scope.get("method", "")
        self.metrics.latency.labels(route, method, str(info["status"])).observe(seconds)
        fields = {"event": "request", "method": method, "route": route, "status": info["status"],
                  "latency_ms": round(seconds * 1000, 2)}
        if "answer_status" in info:
            fields.update(answer_status=info["answer_status"], urgent=info["urgent"])
        self.log.info("request", extra={"fields": fields})


def _attach_on_startup(app: FastAPI, core: Callable, metrics: Metrics) -> None:
    """Listen to the core's feedback store once the lifespan has created the core."""
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(a: FastAPI):
        async with inner(a) as state:
            core().feedback.add_listener(metrics.on_event)
            yield state

    app.router.lifespan_context = lifespan


def install(app: FastAPI, settings: Settings, core: Callable) -> Metrics:
    """Add GET /metrics and the request metrics + JSON log middleware (install after limits: outermost)."""
    disable_created_metrics()  # the *_created series only add noise to every scrape
    metrics = Metrics(core)

    @app.get("/metrics", include_in_schema=False)
    def prometheus() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    app.add_middleware(ObservabilityMiddleware, fastapi_app=app, metrics=metrics)
    _attach_on_startup(app, core, metrics)
    app.state.metrics = metrics
    return metrics
