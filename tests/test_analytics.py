"""The partnership's report: redacted question log, retention, feedback, gaps, CSV, admin token.

A real app (create_app + our install functions) served by uvicorn on 127.0.0.1,
over a real index of real files, questioned over HTTP.
"""

from __future__ import annotations

import csv
import io
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn

from bot import analytics
from bot.api import create_app
from bot.assistant import Assistant
from bot.feedback import FeedbackStore
from safeguard.settings import Settings
from tests.conftest import free_port, write_corpus

TOKEN = "test-admin-token-5b1f"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DAY = 86400


def build_index(root: Path) -> Path:
    """Index the small two-partnership corpus into root/data and return the data folder."""
    settings = Settings(data_dir=root / "data", embed_model="hashing", offline=True)
    report = Assistant(settings).index.ingest([write_corpus(root / "docs")])
    assert not report.failed, report.failed
    return root / "data"


@contextmanager
def serve(settings: Settings, trusted_proxies: str | None = None) -> Iterator[str]:
    """The app as `create_app` builds it (limits, analytics, observability installed), in a thread."""
    if trusted_proxies is not None:
        settings = settings.model_copy(update={"trusted_proxies": trusted_proxies})
    app = create_app(settings)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on",
                                          proxy_headers=False))  # our limiter decides whom to trust
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def settings_for(data_dir: Path, **changes) -> Settings:
    base = {"data_dir": data_dir, "embed_model": "hashing", "offline": True, "admin_token": TOKEN,
            "rate_limit_per_minute": 0}
    return Settings(**{**base, **changes})


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = build_index(tmp_path_factory.mktemp("analytics"))
    # Rows written before the server starts: one past the 30-day retention, one within it.
    store = FeedbackStore.for_data_dir(data)
    store.record_question("old", "expired question about fostering", "answered", False, [], "Anyshire",
                          now=time.time() - 45 * DAY)
    store.record_question("recent", "recent question about fostering", "answered", False, [], "Anyshire",
                          now=time.time() - 2 * DAY)
    return data


@pytest.fixture(scope="module")
def url(data_dir: Path) -> Iterator[str]:
    with serve(settings_for(data_dir)) as base:
        yield base


def chat(url: str, message: str, partnership: str | None = "Anyshire") -> dict:
    r = httpx.post(url + "/api/chat", json={"message": message, "partnership": partnership}, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


def log_csv(url: str) -> list[dict]:
    r = httpx.get(url + "/api/admin/report.csv", headers=AUTH)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(r.text)))


def test_retention_purge_deletes_only_rows_past_the_period(tmp_path: Path) -> None:
    store = FeedbackStore(f"sqlite:///{tmp_path / 'fb.sqlite'}", retention_days=30)
    now = time.time()
    store.record_question("s", "old question", "answered", False, [], None, now=now - 31 * DAY)
    store.record_question("s", "new question", "answered", False, [], None, now=now - 29 * DAY)
    assert store.purge(now=now) == 1
    assert [r["question"] for r in store.rows()] == ["new question"]
    assert store.purge(now=now + 2 * DAY) == 1 and store.rows() == []


def test_expired_rows_are_purged_on_startup(url: str) -> None:
    deadline = time.monotonic() + 10
    while True:  # the purge runs as a background task right after start-up
        questions = [r["question"] for r in log_csv(url)]
        if "expired question about fostering" not in questions or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert "expired question about fostering" not in questions
    assert "recent question about fostering" in questions


def test_questions_with_identifiers_are_stored_redacted(url: str, data_dir: Path) -> None:
    chat(url, "Jayden Okafor's mum rang from 01632 960777 - what is the LADO phone number?")
    stored = FeedbackStore.for_data_dir(data_dir).rows()
    text = " ".join(r["question"] for r in stored)
    assert "Jayden" not in text and "960777" not in text
    exported = " ".join(r["question"] for r in log_csv(url))
    assert "Jayden" not in exported and "960777" not in exported
    assert "[PHONE]" in exported and "LADO phone number" in exported


def test_report_shows_unanswered_and_low_rated_questions(url: str) -> None:
    answered = chat(url, "Who do I contact about an allegation against a member of staff?")
    assert answered["status"] == "answered"
    r = httpx.post(url + "/api/feedback", json={"answer_id": answered["answer_id"], "rating": "down",
                                                "comment": "It did not say which form to use"})
    assert r.status_code == 204
    missing = chat(url, "What is the policy on school uniform grants?")
    assert missing["status"] == "not_found"

    report = httpx.get(url + "/api/admin/report", headers=AUTH).json()
    unanswered = [q["question"] for q in report["unanswered"]]
    assert "What is the policy on school uniform grants?" in unanswered
    low = [q for q in report["low_rated"] if q["answer_id"] == answered["answer_id"]]
    assert low and low[0]["comment"] == "It did not say which form to use" and low[0]["rating"] == -1
    assert low[0]["cited"], "a low-rated answer shows which documents it stood on"
    cited_titles = {d["title"] for d in report["documents"]}
    assert any("LADO" in t or "Allegations" in t for t in cited_titles)
    assert report["counts"]["by_status"]["not_found"] >= 1 and report["counts"]["rated_down"] >= 1
    assert report["counts"]["by_channel"]["api"] >= 3
    topics = {t["topic"]: t for t in report["topics"]}
    assert "uniform" in topics and topics["uniform"]["unanswered"] >= 1

    page = httpx.get(url + "/admin/report", headers=AUTH)
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "What is the policy on school uniform grants?" in page.text
    assert "It did not say which form to use" in page.text


def test_html_report_never_renders_user_text_as_markup(url: str) -> None:
    chat(url, 'Is <script>alert("x")</script> <b>bold</b> covered by the procedures?', partnership=None)
    page = httpx.get(url + "/admin/report", headers=AUTH)
    assert "<script>" not in page.text and "<b>bold</b>" not in page.text
    assert "&lt;script&gt;" in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]


def test_csv_export_parses_and_defuses_formulas(url: str) -> None:
    answered = chat(url, "How long for a return home interview?")
    httpx.post(url + "/api/feedback", json={"answer_id": answered["answer_id"], "rating": "up",
                                            "comment": "=HYPERLINK(\"http://example.org\")"})
    rows = log_csv(url)
    assert set(analytics.CSV_COLUMNS) == set(rows[0])
    row = next(r for r in rows if r["answer_id"] == answered["answer_id"])
    assert row["status"] == "answered" and row["rating"] == "1" and row["partnership"] == "Anyshire"
    assert row["comment"].startswith("'=")  # a spreadsheet shows it as text, never runs it
    assert row["cited_doc_ids"] and "Children missing" in row["cited_titles"]


@pytest.mark.parametrize("path", ["/api/admin/report", "/admin/report", "/api/admin/report.csv"])
def test_admin_token_is_required(url: str, path: str) -> None:
    missing = httpx.get(url + path)
    assert missing.status_code == 401 and "www-authenticate" in missing.headers
    assert httpx.get(url + path, headers={"Authorization": "Bearer wrong-token"}).status_code == 403
    assert httpx.get(url + path, headers={"Authorization": "Basic " + "eDp3cm9uZw=="}).status_code == 403
    assert httpx.get(url + path, headers=AUTH).status_code == 200
    assert httpx.get(url + path, auth=("manager", TOKEN)).status_code == 200  # browser (Basic) login


def test_admin_disabled_without_a_token(data_dir: Path) -> None:
    with serve(settings_for(data_dir, admin_token="")) as base:
        assert httpx.get(base + "/api/admin/report", headers=AUTH).status_code == 404
        assert httpx.get(base + "/admin/report").status_code == 404
