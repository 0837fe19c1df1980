"""Teams end to end: Teams-shaped activities to `safeguard serve` through the Agents SDK's adapter.

Replies go to the activity's serviceUrl, which here is a local fake Bot
Connector on 127.0.0.1 that records them, so we assert on the Adaptive Card
a practitioner would see. Conversation flow runs in the Emulator dev mode
(no app id); a second server configured with an app id shows production
auth rejecting requests without a valid Bearer token.
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

import httpx
import pytest

from bot.feedback import FeedbackStore
from tests.conftest import LiveServer, run_cli, write_corpus
from tests.test_slack import BRACKENFORD_LADO, URGENT, Recorder

BOT = {"id": "28:00000000-0000-0000-0000-0000000000b0", "name": "Safeguarding assistant"}
TENANT = "00000000-0000-0000-0000-0000000000aa"


def connector(path: str, body: object) -> tuple[int, object]:
    return 201, {"id": f"reply-{uuid.uuid4().hex[:8]}"}


@pytest.fixture(scope="module")
def teams(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("teams")
    ingest = run_cli("ingest", str(write_corpus(root / "docs")), "--data-dir", str(root / "data"))
    assert ingest.returncode == 0, ingest.stderr
    fake = Recorder(connector)
    live = LiveServer(root / "data", env={"SAFEGUARD_TEAMS_DEV_ANONYMOUS": "true", "SAFEGUARD_TEAMS_APP_ID": "",
                                          "SAFEGUARD_PUBLIC_URL": "https://assist.example.org"})
    yield live, fake, root / "data"
    live.stop()
    fake.shutdown()


def activity(service_url: str, text: str | None = None, conversation: dict | None = None, **extra) -> dict:
    """A message activity as Teams posts it to a bot (personal chat unless `conversation` says otherwise)."""
    body = {
        "type": "message", "id": str(time.time_ns()), "timestamp": "2026-07-14T10:00:00.000Z",
        "serviceUrl": service_url, "channelId": "msteams",
        "from": {"id": "29:1user", "name": "A Practitioner", "aadObjectId": "00000000-0000-0000-0000-000000000001"},
        "conversation": conversation or {"conversationType": "personal", "tenantId": TENANT, "id": f"a:{uuid.uuid4().hex}"},
        "recipient": BOT, "textFormat": "plain", "locale": "en-GB",
        "entities": [{"type": "clientInfo", "locale": "en-GB", "country": "GB", "platform": "Web"}],
        "channelData": {"tenant": {"id": TENANT}},
    }
    if text is not None:
        body["text"] = text
    return {**body, **extra}


def send(live: LiveServer, act: dict, headers: dict | None = None) -> httpx.Response:
    return httpx.post(live.url + "/api/messages", json=act, headers=headers or {}, timeout=30)


def reply_to(fake: Recorder, act: dict) -> dict:
    """The activity the bot posted back in reply to `act` (v3/conversations/{id}/activities/{replyToId})."""
    return fake.wait_for(lambda p: "/v3/conversations/" in p["path"] and p["body"].get("replyToId") == act["id"])["body"]


def card_of(reply: dict) -> dict:
    (attachment,) = reply["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    return attachment["content"]


def test_personal_chat_gets_adaptive_card_with_cited_answer(teams) -> None:
    live, fake, _ = teams
    act = activity(fake.url + "/connector/", BRACKENFORD_LADO)
    assert send(live, act).status_code in (200, 202)
    reply = reply_to(fake, act)
    assert reply["conversation"]["id"] == act["conversation"]["id"]
    card = card_of(reply)
    assert card["type"] == "AdaptiveCard"
    texts = [b.get("text", "") for b in card["body"]]
    assert "01632 960250" in texts[0] and "960150" not in texts[0]
    sources = [t for t in texts if t.startswith("[1] ")]
    assert sources and "(https://assist.example.org/api/documents/" in sources[0]
    assert "[Allegations against staff: the LADO — Contact details]" in sources[0]
    assert any("identify a child" in t for t in texts)  # privacy notice on the first turn
    submits = [a for a in card["actions"] if a["type"] == "Action.Submit"]
    assert {a["data"]["safeguard_feedback"] for a in submits} == {"up", "down"}


def test_channel_mention_in_reply_chain_keeps_context(teams) -> None:
    live, fake, _ = teams
    chain = {"conversationType": "channel", "isGroup": True, "tenantId": TENANT,
             "id": f"19:{uuid.uuid4().hex}@thread.tacv2;messageid=1700000000001"}
    mention = {"type": "mention", "mentioned": BOT, "text": f"<at>{BOT['name']}</at>"}
    first = activity(fake.url + "/connector/", f"<at>{BOT['name']}</at> {BRACKENFORD_LADO}", chain, entities=[mention])
    send(live, first)
    assert "960250" in json.dumps(card_of(reply_to(fake, first)))
    follow = activity(fake.url + "/connector/", f"<at>{BOT['name']}</at> What is the emergency duty team number?",
                      chain, entities=[mention])
    send(live, follow)
    answer = card_of(reply_to(fake, follow))["body"][0]["text"]
    assert "960299" in answer and "960199" not in answer  # scoped to Brackenford by the earlier question


def test_urgent_message_card_starts_with_999_container(teams) -> None:
    live, fake, _ = teams
    act = activity(fake.url + "/connector/", URGENT)
    send(live, act)
    first = card_of(reply_to(fake, act))["body"][0]
    assert first["type"] == "Container" and first["style"] == "attention"
    assert "999" in json.dumps(first)


def test_feedback_submit_records_rating(teams) -> None:
    live, fake, data_dir = teams
    question = activity(fake.url + "/connector/", "how long for a return home interview?")
    send(live, question)
    card = card_of(reply_to(fake, question))
    up = next(a for a in card["actions"] if a["type"] == "Action.Submit" and a["data"]["safeguard_feedback"] == "up")
    # Teams posts an Action.Submit as a message whose `value` is the action's data, replying to the card.
    submit = activity(fake.url + "/connector/", None, question["conversation"], value=up["data"], replyToId="card-1")
    assert send(live, submit).status_code in (200, 202)
    assert "helpful" in reply_to(fake, submit)["text"]
    rows = {r["answer_id"]: r for r in FeedbackStore.for_data_dir(Path(data_dir)).rows()}
    assert rows[up["data"]["answer_id"]]["rating"] == 1 and rows[up["data"]["answer_id"]]["channel"] == "teams"


def test_dev_mode_refuses_a_non_local_service_url(teams) -> None:
    live, fake, _ = teams
    before = len(fake.posts)
    r = send(live, activity("https://smba.trafficmanager.net/uk/", BRACKENFORD_LADO))
    assert r.status_code == 403 and len(fake.posts) == before


def test_production_rejects_requests_without_a_valid_token(tmp_path: Path) -> None:
    fake = Recorder(connector)
    live = LiveServer(tmp_path / "data", env={"SAFEGUARD_TEAMS_APP_ID": "00000000-0000-0000-0000-0000000000b0",
                                              "SAFEGUARD_TEAMS_APP_PASSWORD": "not-a-real-secret",
                                              "SAFEGUARD_TEAMS_TENANT_ID": TENANT,
                                              "SAFEGUARD_TEAMS_DEV_ANONYMOUS": "true"})
    try:
        act = activity(fake.url + "/connector/", BRACKENFORD_LADO)
        assert send(live, act).status_code == 401
        assert send(live, act, {"Authorization": "Bearer not-a-jwt"}).status_code == 401
        assert send(live, act, {"Authorization": "Basic dXNlcjpwYXNz"}).status_code == 401
        time.sleep(0.5)
        assert fake.posts == []
    finally:
        live.stop()
        fake.shutdown()
