"""Slack channel: app mentions, DMs, `/safeguarding` and feedback buttons on one URL.

A thin adapter over `Assistant`: Bolt verifies Slack's request signature
(bad or stale → 401), the core answers, and this module only renders the
Reply as Block Kit. Answers go in a thread; the thread is the session, so
follow-ups keep their context. Mounted only when a bot token and signing
secret are configured.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool

from bot.channels.render import (
    FEEDBACK_EXPIRED,
    FEEDBACK_THANKS,
    URGENT_TITLE,
    body_text,
    plain_text,
    question_text,
    sources,
    urgent_text,
)
from safeguard.settings import Settings

if TYPE_CHECKING:
    from slack_bolt import App

    from bot.assistant import Assistant, Reply

log = logging.getLogger(__name__)

PATH = "/slack/events"
COMMAND = "/safeguarding"
FEEDBACK_ACTION = re.compile(r"^safeguard_feedback_(up|down)$")
EMPTY_QUESTION = "Ask me a question about your safeguarding procedures, e.g. `/safeguarding LADO phone number`."
THINKING = "Looking in the procedures…"


def install(app: FastAPI, settings: Settings, core: Callable[[], Assistant]) -> None:
    """Mount POST /slack/events when the bot token and signing secret are both set."""
    if not (settings.slack_bot_token and settings.slack_signing_secret):
        return
    bolt = build_bolt_app(settings, core)
    handler = _threaded_handler(bolt)

    @app.post(PATH, include_in_schema=False)
    async def slack_events(request: Request) -> Response:
        return await handler.handle(request)


def api_url(settings: Settings) -> str:
    """Slack Web API base URL: Slack itself unless SAFEGUARD_SLACK_API_URL points elsewhere (tests, proxies)."""
    url = getattr(settings, "slack_api_url", "") or os.environ.get("SAFEGUARD_SLACK_API_URL", "")
    url = url or "https://slack.com/api/"
    return url if url.endswith("/") else url + "/"


def build_bolt_app(settings: Settings, core: Callable[[], Assistant]) -> App:
    """The Bolt app with our listeners. No network at start-up: the token is checked on first use."""
    from slack_bolt import App
    from slack_sdk import WebClient

    client = WebClient(token=settings.slack_bot_token, base_url=api_url(settings), timeout=15)
    # The token travels in the client; verification waits for the first event (auth.test, cached).
    bolt = App(signing_secret=settings.slack_signing_secret, client=client, token_verification_enabled=False,
               name="safeguard")
    base_url = settings.public_url

    def answer_in_thread(event: dict, say: Callable, request: Any) -> None:
        if request.headers.get("x-slack-retry-num"):
            return  # Slack re-sent an event we already took; answering twice would confuse
        question = question_text(event.get("text", ""))
        thread_ts = event.get("thread_ts") or event["ts"]
        channel = event["channel"]
        if not question:
            say(text=EMPTY_QUESTION, thread_ts=thread_ts)
            return
        reply = core().answer(question, session_id=f"slack:{channel}:{thread_ts}", channel="slack")
        say(text=plain_text(reply), blocks=reply_blocks(reply, base_url), thread_ts=thread_ts)

    @bolt.event("app_mention")
    def on_mention(event: dict, say: Callable, request: Any) -> None:
        answer_in_thread(event, say, request)

    @bolt.event("message")
    def on_message(event: dict, say: Callable, request: Any) -> None:
        # Only direct messages from people; edits, joins and bot posts carry a subtype or bot_id.
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        answer_in_thread(event, say, request)

    @bolt.command(COMMAND)
    def on_command(ack: Callable, command: dict, respond: Callable) -> None:
        question = question_text(command.get("text", ""))
        if not question:
            ack(text=EMPTY_QUESTION)
            return
        ack(text=THINKING)
        session = f"slack:{command.get('channel_id', '')}:{command.get('user_id', '')}:command"
        reply = core().answer(question, session_id=session, channel="slack")
        # Ephemeral: only the asker sees a question that may concern a child.
        respond(text=plain_text(reply), blocks=reply_blocks(reply, base_url), response_type="ephemeral",
                replace_original=True)

    @bolt.action(FEEDBACK_ACTION)
    def on_feedback(ack: Callable, action: dict, body: dict, respond: Callable) -> None:
        ack()
        rating = 1 if action["action_id"].endswith("_up") else -1
        recorded = core().rate(action.get("value", ""), rating)
        note = FEEDBACK_THANKS[rating] if recorded else FEEDBACK_EXPIRED
        respond(**_feedback_update(body, note))

    return bolt


def _threaded_handler(bolt: App):
    """Bolt's FastAPI handler, with the synchronous dispatch moved off the event loop."""
    from slack_bolt.adapter.fastapi import SlackRequestHandler
    from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response

    class ThreadedSlackRequestHandler(SlackRequestHandler):
        async def handle(self, req: Request, addition_context_properties: dict | None = None) -> Response:
            if req.method != "POST":
                return await super().handle(req, addition_context_properties)
            body = await req.body()
            bolt_req = to_bolt_request(req, body, addition_context_properties)
            return to_starlette_response(await run_in_threadpool(self.app.dispatch, bolt_req))

    return ThreadedSlackRequestHandler(bolt)


# -- rendering ------------------------------------------------------------------------


def escape(text: str) -> str:
    """Slack mrkdwn control characters; everything else is shown as written."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def reply_blocks(reply: Reply, base_url: str = "") -> list[dict]:
    """Block Kit for a Reply: urgent signposting first, answer, sources, privacy notice, feedback."""
    answer = reply.answer
    blocks: list[dict] = []
    urgent = urgent_text(answer)
    if urgent:
        blocks += [_section(f":rotating_light: *{URGENT_TITLE}* {escape(urgent)}"), {"type": "divider"}]
    body = body_text(answer)
    if body:
        blocks.append(_section(escape(body)))
    listed = sources(answer, base_url)
    if listed:
        lines = [f"[{s.n}] {_link(s.url, s.label)}" for s in listed]
        blocks.append({"type": "context", "elements": [_mrkdwn("*Sources*\n" + "\n".join(lines))]})
    if reply.notice:
        blocks.append({"type": "context", "elements": [_mrkdwn(f":lock: {escape(reply.notice)}")]})
    blocks.append(_feedback_buttons(reply.answer_id))
    return blocks


def _link(url: str | None, label: str) -> str:
    label = escape(label).replace("|", "-")
    return f"<{url.replace('|', '%7C').replace('>', '%3E')}|{label}>" if url else label


def _mrkdwn(text: str) -> dict:
    return {"type": "mrkdwn", "text": text[:3000]}


def _section(text: str) -> dict:
    return {"type": "section", "text": _mrkdwn(text)}


def _feedback_buttons(answer_id: str) -> dict:
    def button(kind: str, label: str) -> dict:
        return {"type": "button", "action_id": f"safeguard_feedback_{kind}", "value": answer_id,
                "text": {"type": "plain_text", "text": label, "emoji": True}}

    return {"type": "actions", "block_id": "safeguard_feedback",
            "elements": [button("up", "👍 Helpful"), button("down", "👎 Not helpful")]}


def _feedback_update(body: dict, note: str) -> dict:
    """Replace the rated message's buttons with a thank-you, so an answer is rated once."""
    blocks = (body.get("message") or {}).get("blocks")
    if not blocks:  # an ephemeral answer: Slack does not send its blocks back
        return {"text": note, "response_type": "ephemeral", "replace_original": False}
    kept = [b for b in blocks if b.get("type") != "actions"]
    kept.append({"type": "context", "elements": [_mrkdwn(note)]})
    return {"text": (body.get("message") or {}).get("text", note), "blocks": kept, "replace_original": True}
