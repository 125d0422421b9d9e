"""What our connectors share: closed channels, safe hand-over to Rasa, the conversation.

Every connector checks the provider's signature before it reads anything else, so
a forged, unsigned or malformed request never reaches the agent: 403 for a bad
signature, 400 for a body the provider would never send, 503 while the channel's
secret is not configured. Log lines name the channel and the reason only: no
phone number, chat id or message text (personal data).
"""

from __future__ import annotations

import logging
import time
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.shared.core.trackers import EventVerbosity
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import ratelimit

from . import settings

__all__ = [
    "ConfiguredInput",
    "ConversationView",
    "answer_media_only",
    "catalogue_text",
    "choice_payload",
    "closed_blueprint",
    "field",
    "hand_over",
    "reject",
]

logger = logging.getLogger(__name__)

# The action side's message catalogue (the one place for bot text). The connectors
# read it for the few words they say themselves ("I can only read text").
CATALOGUE_DIR = Path(__file__).resolve().parents[2] / "actions" / "messages"
DEFAULT_LANGUAGE = "en"


def field(body: Any, *path: str, kind: type | tuple[type, ...] = object) -> Any:
    """body[path[0]][path[1]]... when every level is an object and the value is a `kind`;
    None otherwise. A provider's body is untrusted even when signed: a field can be
    missing, null, or of another type than the documentation says."""
    value = body
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value if isinstance(value, kind) and not isinstance(value, bool) else None


def reject(channel: str, status: int, reason: str) -> HTTPResponse:
    """A refused request: logged without personal data, answered with `status`."""
    logger.warning("%s webhook refused (%d): %s", channel, status, reason)
    return response.text(reason, status=status)


class ConfiguredInput(InputChannel):
    """A connector configured from credentials.yml or the environment (`settings.read`),
    closed while one of its secrets is missing (`settings.closed_reason`)."""

    config_keys: tuple[str, ...] = ()

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        return cls(settings.read(credentials, *cls.config_keys))

    def __init__(self, config: dict[str, str | None]) -> None:
        self.config = config
        self.closed = settings.closed_reason(self.name(), config)


def closed_blueprint(name: str, reason: str) -> Blueprint:
    """The routes of a channel whose secret is missing: every webhook request gets 503."""
    logger.warning("%s", reason)
    blueprint = Blueprint(f"{name}_closed")

    @blueprint.route("/", methods=["GET"])
    async def health(_: Request) -> HTTPResponse:
        return response.json({"status": "closed", "reason": reason}, status=503)

    @blueprint.route("/webhook", methods=["GET", "POST"])
    async def webhook(_: Request) -> HTTPResponse:
        return response.text(reason, status=503)

    return blueprint


async def hand_over(on_new_message, message: UserMessage, channel: str) -> None:
    """Pass a verified message to the agent, within the sender's rate limit (over it, the
    sender gets one polite message instead). A failure inside the bot is logged, and the
    provider still gets its 200: a retry would only repeat the same message."""
    try:
        await ratelimit.limited(on_new_message, channel)(message)
    except Exception:
        logger.exception("%s: the bot failed on a message", channel)


class ConversationView:
    """What a connector may read of a conversation in Rasa's tracker store.

    The store is shared by every Rasa server, so this works behind a load balancer.
    """

    def __init__(self, events: list[dict[str, Any]], slots: dict[str, Any]) -> None:
        self.events = events
        self.slots = slots

    @classmethod
    async def load(cls, app: Any, sender_id: str) -> ConversationView:
        agent = getattr(getattr(app, "ctx", None), "agent", None)
        store = getattr(agent, "tracker_store", None)
        tracker = await store.retrieve(sender_id) if store is not None else None
        if tracker is None:
            return cls([], {})
        state = tracker.current_state(EventVerbosity.AFTER_RESTART)  # default: no events
        return cls(state.get("events") or [], state.get("slots") or {})

    def last_choices(self) -> list[dict[str, Any]]:
        """The buttons of the bot's latest message (empty when it offered no choice)."""
        for event in reversed(self.events):
            if event.get("event") == "bot":
                return list((event.get("data") or {}).get("buttons") or [])
            if event.get("event") == "user":
                return []
        return []

    def seconds_since_person_wrote(self, now: float | None = None) -> float | None:
        """Seconds since the person's latest message, or None if they never wrote."""
        for event in reversed(self.events):
            if event.get("event") == "user" and event.get("timestamp"):
                return (now or time.time()) - float(event["timestamp"])
        return None

    @property
    def language(self) -> str:
        return self.slots.get("language") or DEFAULT_LANGUAGE


def choice_payload(text: str, choices: list[dict[str, Any]]) -> str | None:
    """The payload of choice N when `text` is just the number N of an offered choice."""
    answer = text.strip().rstrip(".)")
    if not answer.isdigit() or not choices:
        return None
    number = int(answer)
    if 1 <= number <= len(choices):
        return choices[number - 1].get("payload") or choices[number - 1].get("title")
    return None


async def answer_media_only(request: Request, out: OutputChannel, sender: str) -> None:
    """Tell the person, in their conversation's language, that the bot reads text only."""
    conversation = await ConversationView.load(request.app, sender)
    await out.send_text_message(sender, catalogue_text("media_only", conversation.language))


def catalogue_text(key: str, language: str) -> str:
    """A message of the action side's catalogue, in `language` (English when missing)."""
    for lang in (language, DEFAULT_LANGUAGE):
        value = _catalogue(lang).get(key)
        if value:
            return str(value)
    raise KeyError(f"message {key!r} is in no catalogue; add it to actions/messages/en.yml")


@cache
def _catalogue(language: str) -> dict[str, Any]:
    path = CATALOGUE_DIR / f"{language}.yml"
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8") as file:
        return yaml.safe_load(file) or {}
