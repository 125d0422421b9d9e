"""Never silence: when the action server cannot answer, Rasa says so in the person's language.

Rasa 3.6 logs a failed custom-action call (action server down, killed mid-request,
timed out, a 5xx) and sends nothing: the person waits forever. Rasa has no hook
for this (`action_default_fallback` runs for low NLU confidence, not for failed
HTTP calls), so `install()` wraps `RemoteAction.run`, the one place every custom
action call goes through: on a failure it returns the catalogue's "error" message
(sorry, try again in a moment, or write "talk to a person", or call 211) as the
action's bot utterance, which the processor sends on the person's channel.

The same message answers a message Rasa could not handle at all (the tracker store
unreachable while PostgreSQL restarts, a lock never freed): `Agent.handle_message`
is wrapped too, and with no tracker to read the language from, the message's own
metadata (`language`, the widget's `browser_language`) picks it, else English.

The text comes from the action server's own catalogue files
(actions/messages/<language>.yml), in the conversation's language (slot
`language`), said once per turn however many actions fail in it.
`python -m bot.server` (the stack's way to start Rasa) installs it.
"""

from __future__ import annotations

import asyncio
import logging
from functools import cache
from pathlib import Path
from typing import Any

import yaml

__all__ = ["fallback_text", "install", "language_hint"]

logger = logging.getLogger(__name__)

MESSAGES_DIR = Path(__file__).resolve().parent.parent / "actions/messages"
MESSAGE_KEY = "error"
DEFAULT_LANGUAGE = "en"
RIGHT_TO_LEFT_MARK = "\u200f"
# Marks the utterance, so a second failing action in the same turn stays quiet.
METADATA_FLAG = "action_server_unavailable"


@cache
def _catalogue(language: str) -> dict[str, Any]:
    path = MESSAGES_DIR / f"{language}.yml"
    if not path.is_file():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def fallback_text(language: str | None) -> str:
    """The catalogue's "error" message in `language` (English when unknown or missing)."""
    catalogue = _catalogue(language or DEFAULT_LANGUAGE)
    text = catalogue.get(MESSAGE_KEY) or _catalogue(DEFAULT_LANGUAGE)[MESSAGE_KEY]
    if catalogue.get("_meta", {}).get("direction") == "rtl":
        text = RIGHT_TO_LEFT_MARK + text
    return str(text).strip()


def language_hint(metadata: dict | None) -> str | None:
    """A language code from message metadata ("fr-CA" -> "fr"), when there is one."""
    metadata = metadata or {}
    for key in ("language", "browser_language"):
        value = metadata.get(key)
        if isinstance(value, str) and value:
            return value.split("-")[0].split("_")[0].lower()
    return None


def _already_said_this_turn(tracker) -> bool:
    """True when the apology was sent since the bot last listened.

    The turn starts at the last `action_listen`, not at the person's message: a new
    conversation runs action_session_start before the message is logged, and both
    failing must still make one apology.
    """
    from rasa.shared.core.events import ActionExecuted, BotUttered

    for event in reversed(tracker.events):
        if isinstance(event, ActionExecuted) and event.action_name == "action_listen":
            return False
        if isinstance(event, BotUttered) and (event.metadata or {}).get(METADATA_FLAG):
            return True
    return False


def install() -> None:
    """Wrap RemoteAction.run once (idempotent)."""
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.shared.core.events import BotUttered

    if getattr(RemoteAction.run, "_waypoint_fallback", False):
        return
    original_run = RemoteAction.run

    async def run(self, output_channel, nlg, tracker, domain, *args, **kwargs):
        try:
            return await original_run(self, output_channel, nlg, tracker, domain, *args, **kwargs)
        except ActionExecutionRejection:
            raise  # the action declined on purpose; Rasa predicts another one
        except Exception as exc:  # noqa: BLE001 (any failure must still answer the person)
            logger.error(
                "Action %s failed (%s): told the person to try again or ask for a person",
                self.name(), exc,
            )
            if _already_said_this_turn(tracker):
                return []
            text = fallback_text(tracker.get_slot("language"))
            return [BotUttered(text, metadata={METADATA_FLAG: True})]

    run._waypoint_fallback = True
    RemoteAction.run = run
    _install_message_fallback()


def _install_message_fallback() -> None:
    from rasa.core.agent import Agent

    original_handle = Agent.handle_message

    async def handle_message(self, message):
        try:
            return await original_handle(self, message)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            # The type only: database errors carry the conversation id in their SQL.
            logger.error(
                "A message could not be handled (%s): told the person to try again",
                type(exc).__name__,
            )
            if message.output_channel is not None:
                text = fallback_text(language_hint(message.metadata))
                await message.output_channel.send_text_message(message.sender_id, text)
            raise

    Agent.handle_message = handle_message
