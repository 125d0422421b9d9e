"""One timeline for a ticket: what Rasa saw (with language, intent and confidence) and what
the store holds (the person's messages while paused, workers' replies, private notes).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from handoff.errors import HandoffError
from handoff.store import TicketView

from .bot_link import BotLink, as_line

__all__ = ["Entry", "Timeline", "timeline_for"]

logger = logging.getLogger(__name__)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Entry:
    at: datetime | None
    who: str  # "person", "bot", "worker", "note"
    text: str
    author: str | None = None
    language: str | None = None
    intent: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Timeline:
    entries: list[Entry]
    bot_error: str | None  # why Rasa's part is missing, if it is


def timeline_for(ticket: TicketView, bot: BotLink) -> Timeline:
    """Rasa's messages and the store's, by time; a store message Rasa also has appears once."""
    entries, error = [], None
    try:
        for line in map(as_line, bot.transcript(ticket.conversation_id)):
            who = "person" if line.sender == "user" else "worker" if line.from_worker else "bot"
            entries.append(
                Entry(line.at, who, line.text, None, line.language, line.intent, line.confidence)
            )
    except HandoffError as exc:
        error = str(exc)
        logger.warning("transcript of ticket %s unavailable: %s", ticket.id, type(exc).__name__)
    seen = {(e.who, e.text) for e in entries}
    for message in ticket.messages:
        who = {"user": "person", "worker": "worker", "note": "note"}.get(message.kind, message.kind)
        if (who, message.text) in seen:
            _credit(entries, message)  # a delivered reply: Rasa has it, the store knows who
            continue
        entries.append(Entry(message.created_at, who, message.text, message.author))
    entries.sort(key=lambda e: e.at or _EPOCH)
    return Timeline(entries, error)


def _credit(entries: list[Entry], message) -> None:
    if message.kind != "worker":
        return
    for i, entry in enumerate(entries):
        if entry.who == "worker" and entry.text == message.text and entry.author is None:
            entries[i] = Entry(entry.at, "worker", entry.text, message.author)
            return
