"""Observability: Prometheus series at /metrics and JSON request logs free of personal data."""

from __future__ import annotations

import io
import json
import logging
import re
import time
from collections.abc import Iterator

import httpx
import pytest

from bot.observability import ACCESS_LOGGER, JsonFormatter
from tests.test_analytics import build_index, serve, settings_for


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = build_index(tmp_path_factory.mktemp("metrics"))
    with serve(settings_for(data)) as base:
        yield base


def sample(text: str, name: str, **labels: str) -> float:
    """One sample's value from Prometheus text format (0 when the series is absent)."""
    for line in text.splitlines():
        if line.startswith("#") or not line.startswith(name):
            continue
        series, _, value = line.rpartition(" ")
        got = dict(re.findall(r'(\w+)="([^"]*)"', series))
        if series.split("{")[0] == name and all(got.get(k) == v for k, v in labels.items()):
            return float(value)
    return 0.0


def scrape(url: str) -> str:
    r = httpx.get(url + "/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    return r.text


def test_metrics_expose_series_and_count_a_chat(url: str) -> None:
    before = scrape(url)
    for name in ("safeguard_http_request_duration_seconds", "safeguard_answers_total", "safeguard_urgent_answers_total",
                 "safeguard_feedback_total", "safeguard_index_documents", "safeguard_index_passages"):
        assert f"# TYPE {name.removesuffix('_total')}" in before, name
    health = httpx.get(url + "/healthz").json()
    assert sample(before, "safeguard_index_documents") == health["documents"] == 3
    assert sample(before, "safeguard_index_passages") == health["passages"]

    body = httpx.post(url + "/api/chat", json={"message": "What is the LADO phone number?",
                                                "partnership": "Anyshire"}).json()
    assert body["status"] == "answered"
    urgent = httpx.post(url + "/api/chat", json={"message": "a child told me her dad hit her with a belt today "
                                                            "and she is scared to go home tonight"}).json()
    assert urgent["urgent"] is True
    httpx.post(url + "/api/feedback", json={"answer_id": body["answer_id"], "rating": "up"})

    after = scrape(url)
    chat = {"route": "/api/chat", "method": "POST", "status": "200"}
    assert sample(after, "safeguard_http_request_duration_seconds_count", **chat) == \
        sample(before, "safeguard_http_request_duration_seconds_count", **chat) + 2
    assert sample(after, "safeguard_answers_total", status="answered", channel="api") >= \
        sample(before, "safeguard_answers_total", status="answered", channel="api") + 1
    assert sample(after, "safeguard_urgent_answers_total", channel="api") == \
        sample(before, "safeguard_urgent_answers_total", channel="api") + 1
    assert sample(after, "safeguard_feedback_total", rating="up") == sample(before, "safeguard_feedback_total", rating="up") + 1
    # Routes are templates: a document id never becomes a label value.
    httpx.get(url + "/api/documents/no-such-id")
    assert 'route="/api/documents/{doc_id}"' in scrape(url)


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """Everything logged while the test runs, by any logger, as the JSON formatter writes it."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(JsonFormatter())
    handler.setLevel(logging.DEBUG)
    loggers = [logging.getLogger(), logging.getLogger(ACCESS_LOGGER), logging.getLogger("uvicorn.access"),
               logging.getLogger("uvicorn.error")]
    for logger in loggers:
        logger.addHandler(handler)
    yield out
    for logger in loggers:
        logger.removeHandler(handler)


def test_request_logs_are_json_without_the_question(url: str, captured: io.StringIO) -> None:
    message = ("Mrs Harriet Pemberton says her son Oliver was hit; her number is 01632 960481 "
               "and email harriet.pemberton@example.org - what is the LADO phone number?")
    r = httpx.post(url + "/api/chat", json={"message": message, "partnership": "Anyshire"})
    assert r.status_code == 200
    httpx.post(url + "/api/search", json={"query": "Pemberton 01632 960481"})
    # The access line is written once the response has gone, so it can trail the client by a moment.
    deadline = time.monotonic() + 5
    while True:
        output = captured.getvalue()
        lines = [json.loads(line) for line in output.splitlines() if line.strip()]
        requests = [x for x in lines if x.get("event") == "request"]
        if any(x["route"] == "/api/search" for x in requests) or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    chat = [x for x in requests if x["route"] == "/api/chat"]
    assert chat and chat[-1]["status"] == 200 and chat[-1]["latency_ms"] > 0
    assert chat[-1]["answer_status"] in ("answered", "not_found") and chat[-1]["urgent"] in (True, False)
    assert any(x["route"] == "/api/search" for x in requests)
    for secret in ("Harriet", "Pemberton", "Oliver", "960481", "01632", "example.org", "LADO phone"):
        assert secret not in output, secret
