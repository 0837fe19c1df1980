"""Slack end to end: signed requests to `safeguard serve`, replies caught by a fake Slack API on 127.0.0.1.

The server runs as a user runs it (env settings, real Chroma, real files); its
Slack Web API client and the response_url calls go to a local recorder, so
nothing reaches the internet and we assert on exactly what the app posted.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode

import httpx
import pytest

from bot.feedback import FeedbackStore
from tests.conftest import LiveServer, run_cli, write_corpus

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
BRACKENFORD_LADO = "What is the LADO phone number in Brackenford?"
URGENT = "A child has just told me her stepdad hits her and she is scared to go home tonight"


class Recorder(ThreadingHTTPServer):
    """A local stand-in for a remote HTTP API: records every POST and answers from `reply`."""

    daemon_threads = True

    def __init__(self, reply: Callable[[str, object], tuple[int, object]]) -> None:
        super().__init__(("127.0.0.1", 0), _RecordingHandler)
        self.reply = reply
        self.posts: list[dict] = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def wait_for(self, match: Callable[[dict], bool], timeout: float = 20.0, after: int = 0) -> dict:
        """The latest recorded POST (from index `after` on) that `match`es, waiting up to `timeout` s."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [p for p in list(self.posts)[after:] if match(p)]
            if found:
                return found[-1]
            time.sleep(0.05)
        raise AssertionError(f"no matching POST within {timeout} s; got {[p['path'] for p in self.posts]}")


class _RecordingHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
        if "json" in (self.headers.get("Content-Type") or ""):
            body: object = json.loads(raw or "null")
        else:
            body = {k: v[0] for k, v in parse_qs(raw).items()}
        self.server.posts.append({"path": self.path, "body": body, "headers": dict(self.headers)})
        status, answer = self.server.reply(self.path, body)
        data = (answer if isinstance(answer, str) else json.dumps(answer)).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain" if isinstance(answer, str) else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


def slack_api(path: str, body: object) -> tuple[int, object]:
    if path.endswith("/auth.test"):
        return 200, {"ok": True, "url": "https://example.slack.com/", "team": "Example", "user": "safeguard",
                     "team_id": "T1", "user_id": "UBOT", "bot_id": "BBOT"}
    if path.endswith("/chat.postMessage"):
        return 200, {"ok": True, "channel": body.get("channel"), "ts": f"{time.time():.6f}", "message": body}
    return 200, "ok"  # response_url


@pytest.fixture(scope="module")
def slack(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("slack")
    ingest = run_cli("ingest", str(write_corpus(root / "docs")), "--data-dir", str(root / "data"))
    assert ingest.returncode == 0, ingest.stderr
    fake = Recorder(slack_api)
    live = LiveServer(root / "data", env={
        "SAFEGUARD_SLACK_BOT_TOKEN": "xoxb-test-token", "SAFEGUARD_SLACK_SIGNING_SECRET": SECRET,
        "SAFEGUARD_SLACK_API_URL": fake.url + "/api/", "SAFEGUARD_PUBLIC_URL": "https://assist.example.org",
    })
    yield live, fake, root / "data"
    live.stop()
    fake.shutdown()


def post_signed(url: str, body: str, content_type: str, secret: str = SECRET, age: float = 0,
                extra: dict | None = None) -> httpx.Response:
    """POST as Slack does: v0 HMAC-SHA256 of 'v0:{timestamp}:{body}' with the signing secret."""
    ts = str(int(time.time() - age))
    sig = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    headers = {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig, "Content-Type": content_type, **(extra or {})}
    return httpx.post(url + "/slack/events", content=body, headers=headers, timeout=10)


def post_event(url: str, event: dict, **kw) -> httpx.Response:
    payload = {"token": "unused", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
               "event_id": f"Ev{time.time_ns()}", "event_time": int(time.time()), "event": event,
               "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}]}
    return post_signed(url, json.dumps(payload), "application/json", **kw)


def new_ts() -> str:
    return f"{time.time():.6f}"


def thread_reply(fake: Recorder, thread_ts: str, after: int = 0) -> dict:
    return fake.wait_for(lambda p: p["path"].endswith("/chat.postMessage") and p["body"].get("thread_ts") == thread_ts,
                         after=after)


def block_texts(blocks: list[dict]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def test_url_verification_echoes_the_challenge(slack) -> None:
    live, _, _ = slack
    r = post_signed(live.url, json.dumps({"token": "t", "challenge": "c-123", "type": "url_verification"}),
                    "application/json")
    assert r.status_code == 200 and r.json() == {"challenge": "c-123"}


def test_bad_or_stale_signatures_are_rejected(slack) -> None:
    live, fake, _ = slack
    ts = new_ts()
    event = {"type": "app_mention", "user": "U1", "text": f"<@UBOT> {BRACKENFORD_LADO}", "ts": ts, "channel": "C9"}
    assert post_event(live.url, event, secret="not-the-secret").status_code == 401
    assert post_event(live.url, event, age=6 * 60).status_code == 401
    time.sleep(0.5)
    assert not [p for p in fake.posts if p["body"].get("thread_ts") == ts], "an unsigned request was answered"


def test_mention_answered_in_thread_with_citation_link_and_follow_up_keeps_context(slack) -> None:
    live, fake, _ = slack
    root_ts = new_ts()
    r = post_event(live.url, {"type": "app_mention", "user": "U1", "channel": "C1", "ts": root_ts,
                              "text": f"<@UBOT> {BRACKENFORD_LADO}"})
    assert r.status_code == 200
    first = thread_reply(fake, root_ts)["body"]
    assert first["channel"] == "C1"
    assert "01632 960250" in first["text"]
    blocks = block_texts(first["blocks"])
    assert "<https://assist.example.org/api/documents/" in blocks
    assert "|Allegations against staff: the LADO — Contact details>" in blocks
    assert "identify a child" in blocks  # the privacy notice on a session's first turn
    assert first["blocks"][-1]["type"] == "actions"

    # A follow-up in the thread is scoped by the earlier question (Brackenford only) ...
    seen = len(fake.posts)
    post_event(live.url, {"type": "app_mention", "user": "U1", "channel": "C1", "ts": new_ts(),
                          "thread_ts": root_ts, "text": "<@UBOT> What is the emergency duty team number?"})
    follow = thread_reply(fake, root_ts, after=seen)["body"]
    assert "960299" in follow["text"] and "960199" not in follow["text"]
    assert "identify a child" not in block_texts(follow["blocks"])
    # ... while the same words in a new thread are not.
    other_ts = new_ts()
    post_event(live.url, {"type": "app_mention", "user": "U1", "channel": "C1", "ts": other_ts,
                          "text": "<@UBOT> What is the emergency duty team number?"})
    assert "960199" in thread_reply(fake, other_ts)["body"]["text"]


def test_urgent_dm_puts_999_signposting_first(slack) -> None:
    live, fake, _ = slack
    ts = new_ts()
    r = post_event(live.url, {"type": "message", "channel_type": "im", "channel": "D1", "user": "U2", "ts": ts,
                              "text": URGENT})
    assert r.status_code == 200
    body = thread_reply(fake, ts)["body"]
    assert body["channel"] == "D1"
    first_block = body["blocks"][0]
    assert first_block["type"] == "section" and "999" in first_block["text"]["text"]
    assert "urgent" in first_block["text"]["text"].lower()
    assert body["text"].startswith("This sounds urgent.")


def test_bot_edited_and_redelivered_messages_are_ignored(slack) -> None:
    live, fake, _ = slack
    ts = new_ts()
    retry = post_event(live.url, {"type": "message", "channel_type": "im", "channel": "D1", "user": "U2", "ts": ts,
                                  "text": BRACKENFORD_LADO}, extra={"X-Slack-Retry-Num": "1"})
    assert retry.status_code == 200
    post_event(live.url, {"type": "message", "channel_type": "im", "channel": "D1", "user": "U2", "ts": ts,
                          "bot_id": "BOTHER", "text": BRACKENFORD_LADO})
    post_event(live.url, {"type": "message", "subtype": "message_changed", "channel_type": "im", "channel": "D1",
                          "ts": ts, "message": {"text": BRACKENFORD_LADO}})
    time.sleep(1.0)
    assert not [p for p in fake.posts if p["body"].get("thread_ts") == ts]


def test_slash_command_answers_privately_via_response_url(slack) -> None:
    live, fake, _ = slack
    form = {"token": "unused", "team_id": "T1", "channel_id": "C2", "user_id": "U3", "command": "/safeguarding",
            "text": "how long for a return home interview?", "response_url": fake.url + "/respond/cmd-1",
            "trigger_id": "t1"}
    r = post_signed(live.url, urlencode(form), "application/x-www-form-urlencoded")
    assert r.status_code == 200
    answer = fake.wait_for(lambda p: p["path"] == "/respond/cmd-1" and "blocks" in p["body"])["body"]
    assert answer["response_type"] == "ephemeral"
    assert "72 hours" in answer["text"]
    assert "Children missing from home or care — Return home interviews" in block_texts(answer["blocks"])


def test_feedback_button_records_rating_and_thanks(slack) -> None:
    live, fake, data_dir = slack
    ts = new_ts()
    post_event(live.url, {"type": "app_mention", "user": "U4", "channel": "C3", "ts": ts,
                          "text": "<@UBOT> how long for a return home interview?"})
    message = thread_reply(fake, ts)["body"]
    buttons = message["blocks"][-1]["elements"]
    answer_id = buttons[0]["value"]
    assert {b["action_id"] for b in buttons} == {"safeguard_feedback_up", "safeguard_feedback_down"}

    payload = {"type": "block_actions", "user": {"id": "U4"}, "team": {"id": "T1"}, "api_app_id": "A1",
               "container": {"type": "message", "message_ts": "1.2", "channel_id": "C3"}, "channel": {"id": "C3"},
               "message": {"type": "message", "ts": "1.2", "text": message["text"], "blocks": message["blocks"]},
               "response_url": fake.url + "/respond/act-1", "trigger_id": "t2",
               "actions": [{"type": "button", "action_id": "safeguard_feedback_down", "block_id": "safeguard_feedback",
                            "value": answer_id, "action_ts": "1.3"}]}
    r = post_signed(live.url, urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")
    assert r.status_code == 200
    update = fake.wait_for(lambda p: p["path"] == "/respond/act-1")["body"]
    assert update["replace_original"] is True
    assert "not helpful" in block_texts(update["blocks"])
    assert all(b["type"] != "actions" for b in update["blocks"])  # rated once: the buttons are gone

    rows = {r["answer_id"]: r for r in FeedbackStore.for_data_dir(Path(data_dir)).rows()}
    assert rows[answer_id]["rating"] == -1 and rows[answer_id]["channel"] == "slack"
