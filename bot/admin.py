"""Admin endpoints: start a re-index, watch it, read the latest change report.

Guarded by a bearer token (settings.admin_token). With no token configured the
endpoints do not exist (404), so a default install exposes nothing.
`require_admin` is a plain FastAPI dependency other routers can reuse.
"""

from __future__ import annotations

import base64
import hmac
import threading
import time
from collections.abc import Callable

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request

from index.publish import WriterLock
from index.reindex import latest_report
from safeguard.settings import Settings, get_settings


def _settings(request: Request) -> Settings:
    return getattr(request.app.state, "settings", None) or get_settings()


def _presented_token(request: Request) -> str | None:
    """The token from `Authorization: Bearer <token>`, or Basic auth's password (a browser's prompt)."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer":
        return value.strip() or None
    if scheme.lower() == "basic":
        try:
            return base64.b64decode(value.strip()).decode("utf-8").partition(":")[2] or None
        except (ValueError, UnicodeDecodeError):
            return None
    return None


def require_admin(request: Request) -> None:
    """404 when admin is off, 401 without a token, 403 with a wrong one."""
    token = _settings(request).admin_token
    if not token:
        raise HTTPException(status_code=404, detail="Not Found")
    presented = _presented_token(request)
    if not presented:
        # Basic lets a manager's browser prompt for the token on the HTML report page.
        challenge = 'Basic realm="safeguard admin"' if request.url.path.startswith("/admin/") else "Bearer"
        raise HTTPException(status_code=401, detail="Admin token required", headers={"WWW-Authenticate": challenge})
    if not hmac.compare_digest(presented.encode(), token.encode()):
        raise HTTPException(status_code=403, detail="Wrong admin token")


class ReindexJob:
    """At most one background re-index per process; the writer lock covers other processes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.thread: threading.Thread | None = None
        self.status: dict = {"state": "idle"}

    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def start(self, settings: Settings, index, gate: bool) -> bool:
        with self._lock:
            if self.running() or WriterLock(index.data_dir).busy():
                return False
            self.status = {"state": "running", "started": time.time(), "gate": gate}
            self.thread = threading.Thread(target=self._run, args=(settings, index, gate), daemon=True)
            self.thread.start()
            return True

    def _run(self, settings: Settings, index, gate: bool) -> None:
        from index.reindex import reindex
        from ingest.sources import load_sources

        try:
            report = reindex(index, load_sources(settings.sources_file), settings, gate=gate)
            self.status = {**self.status, "state": "finished", "finished": time.time(), "summary": report.summary(),
                           "published": report.published, "version": index.version, "notes": report.notes}
        except Exception as exc:  # reported to the admin, never raised into the server
            self.status = {**self.status, "state": "failed", "finished": time.time(),
                           "error": f"{exc.__class__.__name__}: {exc}"}


def admin_router(core: Callable[[], object]) -> APIRouter:
    """`core()` returns the running Assistant (its `.index` is re-indexed in place)."""
    router = APIRouter(prefix="/api/admin", dependencies=[Depends(require_admin)], tags=["admin"])
    job = ReindexJob()

    @router.post("/reindex", status_code=202)
    def start_reindex(request: Request, gate: bool = True) -> dict:
        if not job.start(_settings(request), core().require_index(), gate):
            raise HTTPException(status_code=409, detail="A re-index is already running")
        return job.status

    @router.get("/reindex")
    def reindex_status() -> dict:
        return job.status

    @router.get("/reports/latest")
    def report_latest() -> dict:
        report = latest_report(core().require_index().data_dir)
        if report is None:
            raise HTTPException(status_code=404, detail="No re-index has run yet")
        return report

    return router


def install_admin(app: FastAPI, settings: Settings, core: Callable[[], object]) -> None:
    """Mount the admin endpoints (the one line api.py needs)."""
    app.state.settings = settings
    app.include_router(admin_router(core))
