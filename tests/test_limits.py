"""Rate limits per client and request size limits, over HTTP against a real server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.limits import TokenBuckets
from tests.test_analytics import build_index, serve, settings_for

SEARCH = {"query": "LADO phone number"}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_index(tmp_path_factory.mktemp("limits"))


@pytest.fixture(scope="module")
def limited(data_dir: Path) -> Iterator[str]:
    with serve(settings_for(data_dir, rate_limit_per_minute=3, max_request_bytes=2048)) as base:
        yield base


def test_token_bucket_refills_at_the_per_minute_rate() -> None:
    now = [0.0]
    buckets = TokenBuckets(per_minute=2, clock=lambda: now[0])
    assert buckets.take("a") == 0 and buckets.take("a") == 0
    assert buckets.take("a") == pytest.approx(30.0)  # one token every 30 s
    assert buckets.take("b") == 0  # another client has its own bucket
    now[0] = 31.0
    assert buckets.take("a") == 0 and buckets.take("a") > 0


def test_question_endpoints_share_a_per_client_limit(limited: str) -> None:
    assert httpx.post(limited + "/api/search", json=SEARCH).status_code == 200
    assert httpx.post(limited + "/api/chat", json={"message": "LADO number?"}).status_code == 200
    assert httpx.post(limited + "/api/search", json=SEARCH).status_code == 200
    blocked = httpx.post(limited + "/api/chat/stream", json={"message": "LADO number?"})
    assert blocked.status_code == 429
    assert 1 <= int(blocked.headers["retry-after"]) <= 20
    assert "Too many requests" in blocked.json()["detail"]
    # A spoofed X-Forwarded-For does not buy a new bucket when no proxy is trusted.
    spoofed = httpx.post(limited + "/api/search", json=SEARCH, headers={"X-Forwarded-For": "203.0.113.9"})
    assert spoofed.status_code == 429
    # Other endpoints are not rate limited.
    assert httpx.get(limited + "/healthz").status_code == 200


def test_forwarded_client_is_the_key_behind_a_trusted_proxy(data_dir: Path) -> None:
    settings = settings_for(data_dir, rate_limit_per_minute=2)
    with serve(settings, trusted_proxies="127.0.0.1") as base:
        def search(client: str) -> int:
            headers = {"X-Forwarded-For": f"{client}, 127.0.0.1"}
            return httpx.post(base + "/api/search", json=SEARCH, headers=headers).status_code

        assert [search("198.51.100.7") for _ in range(3)] == [200, 200, 429]
        assert search("198.51.100.8") == 200  # a different practitioner behind the same proxy


def test_oversized_body_is_refused_before_parsing(limited: str) -> None:
    # Invalid for the schema: a 422 would mean the body had been parsed; 413 means it never was.
    big = json.dumps({"message": "What is the LADO number? " + "x" * 3000}).encode()
    r = httpx.post(limited + "/api/feedback", content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and "2048 bytes" in r.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the bytes are counted as they arrive
        yield b'{"answer_id": "'
        for _ in range(10):
            yield b"a" * 500
        yield b'", "rating": "up"}'

    streamed = httpx.post(limited + "/api/feedback", content=chunks(), headers={"Content-Type": "application/json"})
    assert streamed.status_code == 413 and "too large" in streamed.json()["detail"]


def test_body_within_the_limit_reaches_the_endpoint(limited: str) -> None:
    r = httpx.post(limited + "/api/feedback", json={"answer_id": "unknown", "rating": "up"})
    assert r.status_code == 404 and "No such answer" in r.json()["detail"]
    invalid = httpx.post(limited + "/api/feedback", json={"rating": "sideways"})
    assert invalid.status_code == 422  # validation errors stay clear JSON too
    assert isinstance(invalid.json()["detail"], list)
