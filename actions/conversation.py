"""The small-talk turns: greeting, thanks, goodbye, not understood, asking for a person."""

from __future__ import annotations

import logging
import os
from abc import abstractmethod

from rasa_sdk import Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from .base import WaypointAction
from .catalogue import Catalogue
from .language import explicit_language
from .language_switch import language_names

__all__ = [
    "ActionChooseLanguage",
    "ActionGoodbye",
    "ActionGreet",
    "ActionNotUnderstood",
    "ActionRequestHuman",
    "ActionThank",
]


logger = logging.getLogger(__name__)

# How long conversations are kept, told to the person in the first-message notice.
# The deployment that sets it must delete older conversations from its tracker store.
RETENTION_DAYS_ENV = "WAYPOINT_RETENTION_DAYS"
DEFAULT_RETENTION_DAYS = 30


def retention_days() -> int:
    """WAYPOINT_RETENTION_DAYS, or the default when unset or not a positive number."""
    raw = os.environ.get(RETENTION_DAYS_ENV, "")
    if not raw:
        return DEFAULT_RETENTION_DAYS
    try:
        days = int(raw)
        if days > 0:
            return days
    except ValueError:
        pass
    logger.warning(
        "%s=%r is not a positive number of days; using %d",
        RETENTION_DAYS_ENV, raw, DEFAULT_RETENTION_DAYS,
    )
    return DEFAULT_RETENTION_DAYS


class _Reply(WaypointAction):
    """An action that sends catalogue messages by key, nothing else."""

    @property
    @abstractmethod
    def message_keys(self) -> tuple[str, ...]:
        """The catalogue keys to send, in order (a class attribute in each subclass)."""

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, catalogue: Catalogue
    ) -> list[EventType]:
        for key in self.message_keys:
            dispatcher.utter_message(text=catalogue.text(key, retention_days=retention_days()))
        return []


class ActionGreet(_Reply):
    action_name = "action_greet"
    message_keys = ("greet", "notice")


class ActionThank(_Reply):
    action_name = "action_thank"
    message_keys = ("thank",)


class ActionGoodbye(_Reply):
    action_name = "action_goodbye"
    message_keys = ("goodbye",)


class ActionNotUnderstood(_Reply):
    action_name = "action_not_understood"
    message_keys = ("not_understood",)


class ActionRequestHuman(_Reply):
    # The live handoff (tickets, office hours, staff console) replaces this text.
    action_name = "action_request_human"
    message_keys = ("request_human",)


class ActionChooseLanguage(WaypointAction):
    """Confirms the new language in that language; without one, lists the languages."""

    action_name = "action_choose_language"
    handles_switches = True

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, catalogue: Catalogue
    ) -> list[EventType]:
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        current = tracker.get_slot("language")
        if explicit_language(text, message.get("metadata"), current, message.get("entities")):
            dispatcher.utter_message(text=catalogue.text("language_chosen"))
        else:
            menu = ", ".join(language_names().values())
            dispatcher.utter_message(text=catalogue.text("language_menu", languages=menu))
        return []
