"""The console's line to the Rasa server: deliver a worker's reply, resume the bot, read the chat.

The handoff package owns the Rasa HTTP API client (`handoff.rasa_api.RasaApi`). When
that module is importable the console uses it; until it lands on this branch a
minimal client here makes the same documented calls (see DESIGN.md, "Handoff
mechanics that work"), so the console can be built and tested now. Either way the
views only see the `BotLink` protocol, and tests plug in their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Protocol
from urllib.parse import quote

import requests

from handoff import settings as handoff_settings
from handoff.errors import RasaApiError

__all__ = ["BotLink", "HttpBotLink", "Line", "as_line", "default_bot_link", "lines_from_events"]

TIMEOUT = 10


@dataclass(frozen=True)
class Line:
    """One message of the conversation as Rasa saw it."""

    at: datetime | None
    sender: str  # "user" or "bot"
    text: str
    language: str | None = None
    intent: str | None = None
    confidence: float | None = None


class BotLink(Protocol):
    def send_worker_reply(self, conversation_id: str, text: str) -> Any: ...

    def resume(self, conversation_id: str) -> Any: ...

    def transcript(self, conversation_id: str) -> list[Any]: ...


def default_bot_link() -> BotLink:
    """handoff.rasa_api.RasaApi if this branch has it, else the minimal HttpBotLink."""
    try:
        from handoff.rasa_api import RasaApi  # type: ignore[import-not-found]
    except ImportError:
        return HttpBotLink()
    return RasaApi()


class HttpBotLink:
    """Rasa's HTTP API (`rasa run --enable-api`), the three calls the console needs."""

    def __init__(self, url: str | None = None, token: str | None = None) -> None:
        self.url = (url or handoff_settings.get("rasa_url")).rstrip("/")
        self.token = token if token is not None else handoff_settings.get("rasa_token")

    def send_worker_reply(self, conversation_id: str, text: str) -> None:
        # output_channel=latest pushes the message to the channel the person used.
        event = {"event": "bot", "text": text, "metadata": {"from_worker": True}}
        self._post(conversation_id, [event], output_channel="latest", execute_side_effects="true")

    def resume(self, conversation_id: str) -> None:
        # `resume` alone led to a mispredicted next turn; action_listen after it does not.
        events = [{"event": "resume"}, {"event": "action", "name": "action_listen"}]
        self._post(conversation_id, events)

    def transcript(self, conversation_id: str) -> list[Line]:
        url = f"{self.url}/conversations/{quote(conversation_id, safe='')}/tracker"
        response = self._call("GET", url, params={"include_events": "ALL"})
        return lines_from_events(response.json().get("events") or [])

    def _post(self, conversation_id: str, events: list[dict], **params: str) -> None:
        url = f"{self.url}/conversations/{quote(conversation_id, safe='')}/tracker/events"
        self._call("POST", url, params=params, json=events)

    def _call(self, method: str, url: str, **kwargs) -> requests.Response:
        params = dict(kwargs.pop("params", {}))
        if self.token:
            params["token"] = self.token
        try:
            response = requests.request(method, url, params=params, timeout=TIMEOUT, **kwargs)
        except requests.RequestException as exc:
            raise RasaApiError(
                f"the Rasa server at {self.url} did not answer ({type(exc).__name__}); "
                "is it running with --enable-api, and is WAYPOINT_RASA_URL right?"
            ) from exc
        if not response.ok:
            raise RasaApiError(
                f"the Rasa server at {self.url} answered HTTP {response.status_code}; "
                "check WAYPOINT_RASA_TOKEN",
                response.status_code,
            )
        return response


def lines_from_events(events: list[dict]) -> list[Line]:
    """User and bot messages from Rasa tracker events, with language, intent and confidence.

    The language is the message's own (parse data or metadata) or else the
    `language` slot the actions set right after it.
    """
    lines: list[Line] = []
    pending: int | None = None  # index of a user line still waiting for its language
    for event in events:
        kind = event.get("event")
        if kind == "user":
            parse = event.get("parse_data") or {}
            intent = parse.get("intent") or {}
            meta = event.get("metadata") or {}
            language = parse.get("language") or meta.get("language")
            lines.append(
                Line(
                    _time(event.get("timestamp")),
                    "user",
                    event.get("text") or "",
                    language if isinstance(language, str) else None,
                    intent.get("name"),
                    intent.get("confidence"),
                )
            )
            pending = None if language else len(lines) - 1
        elif kind == "bot" and event.get("text"):
            lines.append(Line(_time(event.get("timestamp")), "bot", event["text"]))
        elif kind == "slot" and event.get("name") == "language" and pending is not None:
            line = lines[pending]
            lines[pending] = Line(
                line.at, line.sender, line.text, event.get("value"), line.intent, line.confidence
            )
            pending = None
    return lines


def as_line(item: Any) -> Line:
    """A Line from whatever a transcript() returns (a Line, another dataclass or a dict)."""
    if isinstance(item, Line):
        return item
    get = item.get if isinstance(item, dict) else lambda k, d=None: getattr(item, k, d)
    at = get("at") or get("time") or get("timestamp")
    return Line(
        at if isinstance(at, datetime) else _time(at),
        get("sender") or get("kind") or get("event") or "user",
        get("text") or "",
        get("language"),
        get("intent"),
        get("confidence"),
    )


def _time(value: Any) -> datetime | None:
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, tz=timezone.utc)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None
