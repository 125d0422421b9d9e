"""What every Waypoint action shares: the conversation's language and a safety net.

A crash inside one action must never leave the person without an answer: the
base class catches it, logs it, and sends the apology from the catalogue in the
person's language. The conversation itself lives in Rasa's tracker store and is
not touched by a failing action.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .catalogue import Catalogue
from .language import choose_language

__all__ = ["WaypointAction"]

logger = logging.getLogger(__name__)


class WaypointAction(Action, ABC):
    """Base class. Abstract, so rasa-sdk does not register it as an action itself."""

    action_name: str = ""

    def name(self) -> str:
        return self.action_name

    @abstractmethod
    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, catalogue: Catalogue
    ) -> list[EventType]:
        """Send this action's messages; return the events to apply."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        message = tracker.latest_message or {}
        language = choose_language(
            message.get("text") or "", message.get("metadata"), tracker.get_slot("language")
        )
        catalogue = Catalogue(language)
        events: list[EventType] = [SlotSet("language", catalogue.language)]
        try:
            events += await self.respond(dispatcher, tracker, catalogue)
        except Exception:
            logger.exception("%s failed for conversation %s", self.name(), tracker.sender_id)
            dispatcher.utter_message(text=catalogue.text("error"))
        return events
