"""The console's line to the Rasa server: deliver a worker's reply, resume the bot, read the
conversation, copy what the person wrote while paused.

The HTTP calls are handoff's (`handoff.rasa_api.RasaApi`, `handoff.sync`); this
module adds what the console shows and handoff's transcript does not carry: the
language of each message. The views only see the `BotLink` protocol, so tests
plug in their own at this edge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Protocol

from handoff.rasa_api import RasaApi
from handoff.store import TicketStore
from handoff.sync import sync_paused_messages

__all__ = ["BotLink", "Line", "RasaBotLink", "as_line", "default_bot_link", "lines_from_events"]


@dataclass(frozen=True)
class Line:
    """One message of the conversation as Rasa saw it."""

    at: datetime | None
    sender: str  # "user" or "bot"
    text: str
    language: str | None = None
    intent: str | None = None
    confidence: float | None = None
    from_worker: bool = False


class BotLink(Protocol):
    def send_worker_reply(self, conversation_id: str, text: str) -> Any: ...

    def resume(self, conversation_id: str) -> Any: ...

    def pause(self, conversation_id: str) -> Any: ...

    def transcript(self, conversation_id: str) -> list[Any]: ...

    def sync_paused(self, store: TicketStore, ticket_id: int) -> int: ...


class RasaBotLink:
    """handoff's RasaApi (WAYPOINT_RASA_URL, WAYPOINT_RASA_TOKEN), with languages per message."""

    def __init__(self, api: RasaApi | None = None) -> None:
        self.api = api or RasaApi()

    def send_worker_reply(self, conversation_id: str, text: str) -> None:
        self.api.send_worker_reply(conversation_id, text)

    def resume(self, conversation_id: str) -> None:
        self.api.resume(conversation_id)

    def pause(self, conversation_id: str) -> None:
        self.api.pause(conversation_id)

    def transcript(self, conversation_id: str) -> list[Line]:
        return lines_from_events(self.api.tracker(conversation_id).get("events") or [])

    def sync_paused(self, store: TicketStore, ticket_id: int) -> int:
        return sync_paused_messages(store, self.api, ticket_id)


def default_bot_link() -> BotLink:
    return RasaBotLink()


def lines_from_events(events: list[dict]) -> list[Line]:
    """User and bot messages from Rasa tracker events, with language, intent and confidence.

    A message's language is its own (parse data or metadata) or else the
    `language` slot the actions set right after it.
    """
    lines: list[Line] = []
    pending: int | None = None  # index of a user line still waiting for its language
    for event in events:
        kind = event.get("event")
        if kind == "user" and event.get("text"):
            intent = (event.get("parse_data") or {}).get("intent") or {}
            language = _language_of(event)
            lines.append(
                Line(
                    _time(event.get("timestamp")),
                    "user",
                    event["text"],
                    language,
                    intent.get("name"),
                    intent.get("confidence"),
                )
            )
            pending = None if language else len(lines) - 1
        elif kind == "bot" and event.get("text"):
            worker = bool((event.get("metadata") or {}).get("from_worker"))
            lines.append(
                Line(_time(event.get("timestamp")), "bot", event["text"], None, None, None, worker)
            )
        elif kind == "slot" and event.get("name") == "language" and pending is not None:
            line = lines[pending]
            lines[pending] = Line(
                line.at, line.sender, line.text, event.get("value"), line.intent, line.confidence
            )
            pending = None
    return lines


def as_line(item: Any) -> Line:
    """A Line from whatever a transcript() returns (a Line, a TranscriptEntry or a dict)."""
    if isinstance(item, Line):
        return item
    get = item.get if isinstance(item, dict) else lambda k, d=None: getattr(item, k, d)
    at = get("at") or get("timestamp")
    return Line(
        at if isinstance(at, datetime) else _time(at),
        get("sender") or "user",
        get("text") or "",
        get("language"),
        get("intent"),
        get("confidence"),
        bool(get("from_worker")),
    )


def _language_of(event: dict) -> str | None:
    for source in (event.get("parse_data") or {}, event.get("metadata") or {}):
        value = source.get("language")
        if isinstance(value, str) and value:
            return value
    return None


def _time(value: Any) -> datetime | None:
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, tz=timezone.utc)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None
