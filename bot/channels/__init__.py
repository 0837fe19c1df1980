"""Channels beyond the HTTP API: each is a thin adapter over `Assistant`.

`install_channels` mounts every channel on the FastAPI app. A channel renders
the core's Reply in its own format; none has retrieval or safety logic.
"""

from __future__ import annotations

from typing import Callable

from fastapi import FastAPI

from safeguard.settings import Settings


def install_channels(app: FastAPI, settings: Settings, core: Callable) -> None:
    """Mount the widget, Slack and Teams endpoints (each decides whether it is configured)."""
    from bot.channels import widget
    widget.install(app, settings, core)
    from bot.channels import slack
    slack.install(app, settings, core)
    from bot.channels import teams
    teams.install(app, settings, core)
