"""Microsoft Teams channel over the Microsoft 365 Agents SDK: POST /api/messages.

A thin adapter over `Assistant`: the SDK checks the Bot Framework JWT on
every request (none or invalid → 401) and sends replies to the activity's
serviceUrl; the core answers; this module renders the Reply as an Adaptive
Card. The conversation id (which in a Teams channel includes the reply
chain's root message) is the session, so follow-ups keep their context.

Mounted when SAFEGUARD_TEAMS_APP_ID is set. For the Bot Framework Emulator
only, SAFEGUARD_TEAMS_DEV_ANONYMOUS=true with no app id mounts it without
authentication and answers only to a loopback serviceUrl.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from bot.channels.render import (
    FEEDBACK_EXPIRED,
    FEEDBACK_THANKS,
    URGENT_TITLE,
    WELCOME,
    body_text,
    plain_text,
    question_text,
    sources,
    urgent_text,
)
from safeguard.settings import Settings

if TYPE_CHECKING:
    from bot.assistant import Assistant, Reply

log = logging.getLogger(__name__)

PATH = "/api/messages"
FEEDBACK_KEY = "safeguard_feedback"
LOOPBACK = {"localhost", "127.0.0.1", "::1"}
CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
SORRY = "Sorry, something went wrong answering that. If a child is in immediate danger, call 999."


def install(app: FastAPI, settings: Settings, core: Callable[[], Assistant]) -> None:
    """Mount POST /api/messages when a Teams app id is set (or in explicit Emulator dev mode)."""
    dev = dev_anonymous(settings)
    if not settings.teams_app_id and not dev:
        return
    from microsoft_agents.hosting.fastapi import CloudAdapter, jwt_authorization_decorator

    config, connections, validator = _auth(settings)
    adapter = CloudAdapter(connection_manager=connections, host_validator=validator)
    adapter.on_turn_error = _on_turn_error
    agent = _make_agent(core, settings.public_url)
    # The SDK's JWT check reads its configuration from the app state.
    app.state.agent_configuration = config

    @jwt_authorization_decorator
    async def messages(request: Request) -> Response:
        if dev and not await _loopback_service_url(request):
            return JSONResponse({"error": "Dev mode answers only a local serviceUrl (the Emulator)"}, status_code=403)
        return await adapter.process(request, agent)

    app.add_api_route(PATH, messages, methods=["POST"], include_in_schema=False)
    if dev:
        log.warning("Teams channel in anonymous DEV mode: for the Bot Framework Emulator only, never in production")


def dev_anonymous(settings: Settings) -> bool:
    """Emulator mode: explicitly asked for, and only while no app id is configured."""
    flag = getattr(settings, "teams_dev_anonymous", None)
    if flag is None:
        flag = os.environ.get("SAFEGUARD_TEAMS_DEV_ANONYMOUS", "").strip().lower() in {"1", "true", "yes"}
    return bool(flag) and not settings.teams_app_id


def _auth(settings: Settings) -> tuple[Any, Any, Any]:
    """JWT validation settings, the MSAL connection for outbound replies, and the serviceUrl guard."""
    from microsoft_agents.authentication.msal import MsalConnectionManager
    from microsoft_agents.hosting.core import AgentAuthConfiguration, AuthTypes, OutboundHostValidator

    if not settings.teams_app_id:  # dev mode: anonymous, outbound without a token
        config = AgentAuthConfiguration(anonymous_allowed=True)
        return config, MsalConnectionManager({"SERVICE_CONNECTION": config}), OutboundHostValidator(enabled=False)
    if not settings.teams_app_password:
        log.warning("SAFEGUARD_TEAMS_APP_PASSWORD is not set: Teams replies cannot be sent")
    config = AgentAuthConfiguration(
        auth_type=AuthTypes.client_secret, client_id=settings.teams_app_id,
        tenant_id=settings.teams_tenant_id or None, client_secret=settings.teams_app_password or None,
    )
    # Replies go only to Microsoft's channel services, whatever serviceUrl an activity names.
    return config, MsalConnectionManager({"SERVICE_CONNECTION": config}), OutboundHostValidator(enabled=True)


async def _loopback_service_url(request: Request) -> bool:
    from urllib.parse import urlparse

    try:
        body = await request.json()
        host = urlparse(str(body.get("serviceUrl", ""))).hostname or ""
    except Exception:  # noqa: BLE001 — a malformed body is simply not allowed
        return False
    return host in LOOPBACK


async def _on_turn_error(context: Any, error: Exception) -> None:
    """Log the failure; tell the user plainly, never with internals."""
    log.error("Teams turn failed", exc_info=error)
    await context.send_activity(SORRY)


def _make_agent(core: Callable[[], Assistant], base_url: str) -> Any:
    from microsoft_agents.hosting.core import ActivityHandler, CardFactory, MessageFactory

    class SafeguardingAgent(ActivityHandler):
        async def on_message_activity(self, turn_context: Any) -> None:
            activity = turn_context.activity
            if isinstance(activity.value, dict) and FEEDBACK_KEY in activity.value:
                await turn_context.send_activity(await _rate(core, activity.value))
                return
            question = question_text(activity.remove_recipient_mention())
            if not question:
                await turn_context.send_activity(WELCOME)
                return
            session = f"teams:{activity.conversation.id}"
            reply = await asyncio.to_thread(core().answer, question, None, session, "teams")
            card = MessageFactory.attachment(CardFactory.adaptive_card(answer_card(reply, base_url)))
            card.summary = plain_text(reply)[:200]
            await turn_context.send_activity(card)

        async def on_members_added_activity(self, members_added: list, turn_context: Any) -> None:
            bot_id = turn_context.activity.recipient.id if turn_context.activity.recipient else None
            if any(m.id != bot_id for m in members_added):
                await turn_context.send_activity(WELCOME)

    return SafeguardingAgent()


async def _rate(core: Callable[[], Assistant], value: dict) -> str:
    rating = 1 if value.get(FEEDBACK_KEY) == "up" else -1
    recorded = await asyncio.to_thread(core().rate, str(value.get("answer_id", "")), rating)
    return FEEDBACK_THANKS[rating] if recorded else FEEDBACK_EXPIRED


# -- rendering ------------------------------------------------------------------------


def answer_card(reply: Reply, base_url: str = "") -> dict:
    """Adaptive Card 1.4 (all Teams clients): urgent signposting container first, answer, sources, notice, feedback."""
    answer = reply.answer
    body: list[dict] = []
    urgent = urgent_text(answer)
    if urgent:
        body.append({"type": "Container", "style": "attention", "bleed": True, "items": [
            _text(URGENT_TITLE, weight="Bolder", size="Medium", color="Attention"), _text(urgent)]})
    text = body_text(answer)
    if text:
        body.append(_text(text))
    listed = sources(answer, base_url)
    if listed:
        body.append(_text("Sources", weight="Bolder", spacing="Medium"))
        body += [_text(f"[{s.n}] {_md_link(s.label, s.url)}", size="Small") for s in listed]
    if reply.notice:
        body.append(_text(reply.notice, isSubtle=True, size="Small", spacing="Medium"))
    actions = [_submit("👍 Helpful", "up", reply.answer_id), _submit("👎 Not helpful", "down", reply.answer_id)]
    return {"type": "AdaptiveCard", "$schema": CARD_SCHEMA, "version": "1.4", "body": body, "actions": actions}


def _text(text: str, **style: Any) -> dict:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def _md_link(label: str, url: str | None) -> str:
    label = label.replace("[", "(").replace("]", ")")
    return f"[{label}]({url.replace(' ', '%20').replace(')', '%29')})" if url else label


def _submit(title: str, rating: str, answer_id: str) -> dict:
    return {"type": "Action.Submit", "title": title, "data": {FEEDBACK_KEY: rating, "answer_id": answer_id}}
