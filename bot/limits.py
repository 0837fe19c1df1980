"""Per-client rate limits and request size limits, before any endpoint code runs.

Pure ASGI middleware, so a rejected request costs no body parsing and no
search: the body is counted as it streams in (a missing or lying
Content-Length cannot get past it) and only then handed to the app.

Client key: the peer address; the X-Forwarded-For address only when the peer
is a trusted proxy (`trusted_proxies`: comma-separated addresses or networks).
"""

from __future__ import annotations

import ipaddress
import json
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from fastapi import FastAPI

from safeguard.settings import Settings

# The endpoints that run a search: these cost CPU, so they are rate limited.
RATE_LIMITED = frozenset({"/api/chat", "/api/chat/stream", "/api/search"})
# Token-protected admin uploads may be larger than a question.
SIZE_EXEMPT_PREFIXES = ("/api/admin/",)
MAX_CLIENTS = 50_000


class TokenBuckets:
    """One bucket per client: `per_minute` capacity, refilled continuously. In memory, LRU-bounded."""

    def __init__(self, per_minute: int, max_clients: int = MAX_CLIENTS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.max_clients = max_clients
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # key -> (tokens, last)
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """Spend one token: 0.0 if allowed, else the seconds until one is available."""
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.pop(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            wait = 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.rate
            self._buckets[key] = (tokens - 1.0 if wait == 0.0 else tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
        return wait


def parse_networks(spec: str) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(s.strip(), strict=False) for s in spec.split(",") if s.strip()]


def _in(address: str, networks: list) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in n for n in networks)


def client_key(scope: dict, trusted: list) -> str:
    """The peer's address, or the nearest untrusted address in X-Forwarded-For behind trusted proxies."""
    peer = (scope.get("client") or ("unknown", 0))[0]
    if not trusted or not _in(peer, trusted):
        return peer
    forwarded = [h[1].decode("latin-1") for h in scope.get("headers", []) if h[0] == b"x-forwarded-for"]
    hops = [a.strip() for a in ",".join(forwarded).split(",") if a.strip()]
    for address in reversed(hops):  # rightmost first: the hops our own proxies appended
        if not _in(address, trusted):
            return address
    return hops[0] if hops else peer


async def _send_json(send: Callable, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class LimitsMiddleware:
    def __init__(self, app: Callable, per_minute: int, max_bytes: int, trusted_proxies: str = "") -> None:
        self.app = app
        self.buckets = TokenBuckets(per_minute) if per_minute > 0 else None
        self.per_minute = per_minute
        self.max_bytes = max_bytes
        self.trusted = parse_networks(trusted_proxies)

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        if self.buckets is not None and path in RATE_LIMITED:
            wait = self.buckets.take(client_key(scope, self.trusted))
            if wait > 0:
                seconds = max(1, math.ceil(wait))
                return await _send_json(
                    send, 429, f"Too many requests: the limit is {self.per_minute} a minute. "
                               f"Try again in {seconds} seconds.", {"Retry-After": str(seconds)})
        if self.max_bytes <= 0 or path.startswith(SIZE_EXEMPT_PREFIXES) or scope.get("method") in ("GET", "HEAD"):
            return await self.app(scope, receive, send)
        return await self._bounded(scope, receive, send)

    async def _bounded(self, scope: dict, receive: Callable, send: Callable) -> None:
        """Read the whole body up to the limit (413 beyond it), then replay it to the app."""
        too_large = f"Request body too large: the limit is {self.max_bytes} bytes."
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            return await _send_json(send, 413, too_large, {"Connection": "close"})
        messages, size = [], 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break  # client went away: let the app see the disconnect
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                return await _send_json(send, 413, too_large, {"Connection": "close"})
            if not message.get("more_body", False):
                break

        async def replay() -> dict:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


def install(app: FastAPI, settings: Settings, core: Callable | None = None, trusted_proxies: str | None = None) -> None:
    """Rate limit the search endpoints per client and cap request bodies (settings-driven)."""
    if trusted_proxies is None:
        trusted_proxies = getattr(settings, "trusted_proxies", "")
    app.add_middleware(
        LimitsMiddleware, per_minute=settings.rate_limit_per_minute, max_bytes=settings.max_request_bytes,
        trusted_proxies=trusted_proxies,
    )
