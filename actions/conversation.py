"""The small-talk turns: greeting, thanks, goodbye, not understood, asking for a person."""

from __future__ import annotations

from abc import abstractmethod

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from .base import WaypointAction
from .catalogue import Catalogue
from .handoff import hand_off
from .tickets import in_thread

__all__ = [
    "MAX_FAILED_TURNS",
    "ActionGoodbye",
    "ActionGreet",
    "ActionNotUnderstood",
    "ActionRequestHuman",
    "ActionThank",
]

# Not understood this many times in a row: a person takes over.
MAX_FAILED_TURNS = 2


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
            dispatcher.utter_message(text=catalogue.text(key))
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


class ActionNotUnderstood(WaypointAction):
    """Ask again; the second failure in a row hands off."""

    action_name = "action_not_understood"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, catalogue: Catalogue
    ) -> list[EventType]:
        failed = int(tracker.get_slot("failed_turns") or 0) + 1
        if failed >= MAX_FAILED_TURNS:
            events = await in_thread(hand_off, dispatcher, tracker, catalogue, "repeated_failure")
            return [SlotSet("failed_turns", 0), *events]
        dispatcher.utter_message(text=catalogue.text("not_understood"))
        return [SlotSet("failed_turns", failed)]


class ActionRequestHuman(WaypointAction):
    """The person asked for a person: live in office hours, a callback after."""

    action_name = "action_request_human"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, catalogue: Catalogue
    ) -> list[EventType]:
        return await in_thread(hand_off, dispatcher, tracker, catalogue, "asked_human")
