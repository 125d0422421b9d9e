"""What every Waypoint action shares: the conversation's language, safety checks, a safety net.

Before an action does anything else it checks the person's message for crisis
language (in every supported language, whatever the NLU thought the intent
was) and for questions only a licensed professional should answer; either
hands the conversation to a person. Every bot turn is a custom action, so this
runs on every message the bot answers.

Two kinds of message are answered the same whatever intent the NLU gave them: a
request to change the language ("English please", "/lang fr") gets the language
confirmation, and an answer to the bot's clarifying question ("Toronto", "now")
re-runs the search. Short answers like these are where intent classification is
weakest.

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

from handoff.triggers import detect_crisis, detect_professional

from .catalogue import Catalogue
from .handoff import hand_off, record_if_ticket_open
from .language import choose_language
from .language_switch import requested_language
from .presentation import Presenter
from .tickets import in_thread

__all__ = ["RIGHT_TO_LEFT_MARK", "WaypointAction", "safety_check"]

logger = logging.getLogger(__name__)

# Starts every message in a right-to-left language. A message that begins with a
# service's English name ("**Food Bank** ...") would otherwise be laid out left to
# right: browsers (dir="auto" in the widget), WhatsApp and Telegram all take a
# paragraph's direction from its first strong character, and this mark is one.
RIGHT_TO_LEFT_MARK = "\u200f"
# Rasa's text for an intent triggered through the HTTP API (trigger_intent, reminders).
EXTERNAL_PREFIX = "EXTERNAL: "


def safety_check(
    dispatcher: CollectingDispatcher, tracker: Tracker, catalogue: Catalogue
) -> list[EventType] | None:
    """Events of a crisis or professional-advice handoff, or None when neither applies."""
    text = (tracker.latest_message or {}).get("text") or ""
    if detect_crisis(text):
        logger.info("Crisis language in conversation %s: urgent handoff", tracker.sender_id)
        Presenter(dispatcher, tracker, catalogue).handoff(catalogue.text("crisis_lines"))
        return hand_off(dispatcher, tracker, catalogue, "crisis", urgent=True)
    kind = detect_professional(text)
    if kind:
        Presenter(dispatcher, tracker, catalogue).handoff(catalogue.text(f"professional_{kind}"))
        return hand_off(dispatcher, tracker, catalogue, "professional_advice")
    return None


def _check_message(
    dispatcher: CollectingDispatcher, tracker: Tracker, catalogue: Catalogue
) -> list[EventType] | None:
    """Every answered message: add it to an open callback ticket, then the safety check."""
    record_if_ticket_open(tracker)
    return safety_check(dispatcher, tracker, catalogue)


def _answers_a_form(tracker: Tracker) -> bool:
    """Was the latest message sent while a form was asking? Read from the events, so it
    holds for the form's questions and for the action after its last answer alike."""
    events = tracker.events or []
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=-1)
    for event in reversed(events[: max(last_user, 0)]):
        if event.get("event") == "active_loop":
            return bool(event.get("name"))
    return False


class WaypointAction(Action, ABC):
    """Base class. Abstract, so rasa-sdk does not register it as an action itself."""

    action_name: str = ""
    # Actions that answer the person's message check it first; the form's
    # questions run after the validation action already did.
    checks_message: bool = True
    # True for the actions that handle language switches and clarification answers
    # themselves; the others hand such messages to them.
    handles_switches: bool = False
    handles_answers: bool = False

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
        text = message.get("text") or ""
        if text.startswith(EXTERNAL_PREFIX):  # a triggered intent, not the person's words
            text = ""
        current = tracker.get_slot("language")
        # A form's answers are button payloads, English words ("phone", "morning"):
        # tapping "هاتف" must not switch the conversation to English.
        detected_text = "" if _answers_a_form(tracker) else text
        language = choose_language(
            detected_text, message.get("metadata"), current, message.get("entities")
        )
        catalogue = Catalogue(language)
        events: list[EventType] = [SlotSet("language", catalogue.language)]
        try:
            handoff_events = None
            if self.checks_message:
                handoff_events = await in_thread(_check_message, dispatcher, tracker, catalogue)
            if handoff_events is not None:
                events += handoff_events
            else:
                action = self._delegate(tracker, current)
                events += await action.respond(dispatcher, tracker, catalogue)
        except Exception:
            logger.exception("%s failed for conversation %s", self.name(), tracker.sender_id)
            dispatcher.utter_message(text=catalogue.text("error"))
        _mark_direction(dispatcher, catalogue)
        return events

    def _delegate(self, tracker: Tracker, current: str | None) -> WaypointAction:
        """The action that should answer the latest message (usually this one)."""
        from .conversation import ActionChooseLanguage  # these import this module
        from .search import ActionSearchServices, pending_answer

        text = (tracker.latest_message or {}).get("text") or ""
        if not self.handles_switches and requested_language(text, current):
            return ActionChooseLanguage()
        if not self.handles_answers and pending_answer(tracker, Catalogue(current or "en")):
            return ActionSearchServices()
        return self


def _mark_direction(dispatcher: CollectingDispatcher, catalogue: Catalogue) -> None:
    if catalogue.meta.get("direction") != "rtl":
        return
    for message in dispatcher.messages:
        text = message.get("text")
        if text and not text.startswith(RIGHT_TO_LEFT_MARK):
            message["text"] = RIGHT_TO_LEFT_MARK + text
