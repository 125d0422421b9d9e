"""After hours: the callback_form asks consent, how to reach the person, and when.

The questions are actions (action_ask_<slot>) so their text and buttons come
from the catalogue; validate_callback_form reads the answers (button payloads,
or typed text checked with `phonenumbers` and `email-validator`);
action_submit_callback opens the ticket. The session-start action lives here
too: it keeps a paused conversation paused across Rasa's session expiry.
"""

from __future__ import annotations

import logging
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

from handoff import clock, load_agency

from .base import WaypointAction
from .catalogue import Catalogue
from .handoff import (
    CALLBACK_SLOTS,
    next_opening_text,
    offer_callback_when_unclaimed,
    session_start_events,
    ticket_details,
)
from .presentation import Presenter
from .tickets import in_thread, ticket_store

__all__ = [
    "ActionAskCallbackConsent",
    "ActionAskContactMethod",
    "ActionAskContactValue",
    "ActionAskContactWindow",
    "ActionNoWorkerFree",
    "ActionSessionStart",
    "ActionSubmitCallback",
    "ValidateCallbackForm",
]

logger = logging.getLogger(__name__)

METHODS = ("chat", "phone", "email")
WINDOWS = ("morning", "afternoon", "any")


def _ask_choice(dispatcher, tracker, catalogue: Catalogue, text: str, pairs) -> None:
    """`text` with its choices, (catalogue key of the title, payload) pairs, in the shape
    of the person's channel (actions/presentation.py)."""
    options = [(catalogue.text(key), payload) for key, payload in pairs]
    Presenter(dispatcher, tracker, catalogue).choice(text, options)


class _Ask(WaypointAction):
    checks_message = False


class ActionAskCallbackConsent(_Ask):
    action_name = "action_ask_callback_consent"

    async def respond(self, dispatcher, tracker, catalogue) -> list[EventType]:
        if load_agency().is_open(clock.now()):
            # In hours the form runs only when no worker claimed a live ticket in time.
            text = catalogue.text("callback_offer_in_hours")
        else:
            text = catalogue.text("callback_offer", when=next_opening_text(catalogue))
        pairs = [("callback_yes", "/affirm"), ("callback_no", "/deny")]
        _ask_choice(dispatcher, tracker, catalogue, text, pairs)
        return []


class ActionAskContactMethod(_Ask):
    action_name = "action_ask_contact_method"

    async def respond(self, dispatcher, tracker, catalogue) -> list[EventType]:
        pairs = [(f"contact_{m}", m) for m in METHODS]
        _ask_choice(dispatcher, tracker, catalogue, catalogue.text("ask_contact_method"), pairs)
        return []


class ActionAskContactValue(_Ask):
    action_name = "action_ask_contact_value"

    async def respond(self, dispatcher, tracker, catalogue) -> list[EventType]:
        key = "ask_email" if tracker.get_slot("contact_method") == "email" else "ask_phone"
        dispatcher.utter_message(text=catalogue.text(key))
        return []


class ActionAskContactWindow(_Ask):
    action_name = "action_ask_contact_window"

    async def respond(self, dispatcher, tracker, catalogue) -> list[EventType]:
        pairs = [(f"window_{w}", w) for w in WINDOWS]
        _ask_choice(dispatcher, tracker, catalogue, catalogue.text("ask_contact_window"), pairs)
        return []


class ValidateCallbackForm(FormValidationAction):
    def name(self) -> str:
        return "validate_callback_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        if tracker.get_slot("callback_consent") == "no":
            return ["callback_consent"]  # the form ends; nothing more is asked or kept
        if tracker.get_slot("contact_method") == "chat":
            return [s for s in domain_slots if s != "contact_value"]
        return list(domain_slots)

    def validate_callback_consent(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        if value is None:  # a reset before the form starts, not an answer
            return {"callback_consent": None}
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        if intent in ("affirm", "deny"):
            return {"callback_consent": "yes" if intent == "affirm" else "no"}
        _invalid_choice(dispatcher, tracker)
        return {"callback_consent": None}

    def validate_contact_method(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        if value is None:  # a reset before the form starts, not an answer
            return {"contact_method": None}
        choice = _choice(value, METHODS, tracker, "contact_")
        if choice is None:
            _invalid_choice(dispatcher, tracker)
        return {"contact_method": choice}

    def validate_contact_value(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        if value is None:  # a reset before the form starts, not an answer
            return {"contact_value": None}
        if tracker.get_slot("contact_method") == "email":
            address = _email(str(value or ""))
            if address is None:
                _say(dispatcher, tracker, "invalid_email")
            return {"contact_value": address}
        number = _phone(str(value or ""))
        if number is None:
            _say(dispatcher, tracker, "invalid_phone")
        return {"contact_value": number}

    def validate_contact_window(self, value, dispatcher, tracker, domain) -> dict[str, Any]:
        if value is None:  # a reset before the form starts, not an answer
            return {"contact_window": None}
        choice = _choice(value, WINDOWS, tracker, "window_")
        if choice is None:
            _invalid_choice(dispatcher, tracker)
        return {"contact_window": choice}


class ActionSubmitCallback(_Ask):
    """The form is done: open the callback ticket (with consent), or respect a no."""

    action_name = "action_submit_callback"

    async def respond(self, dispatcher, tracker, catalogue) -> list[EventType]:
        resets = [SlotSet(slot, None) for slot in CALLBACK_SLOTS]
        if tracker.get_slot("callback_consent") != "yes":
            dispatcher.utter_message(text=catalogue.text("callback_declined"))
            return resets
        reason = tracker.get_slot("handoff_reason") or "asked_human"
        method = tracker.get_slot("contact_method") or "chat"
        ticket = await in_thread(_open_callback_ticket, tracker, catalogue, reason, method)
        logger.info("Callback ticket %s opened (%s)", ticket.id, reason)
        text = catalogue.text(
            "callback_confirmed",
            contact=catalogue.text(f"contact_by_{method}"),
            when=next_opening_text(catalogue),
        )
        dispatcher.utter_message(text=text)
        return resets


def _open_callback_ticket(tracker: Tracker, catalogue: Catalogue, reason: str, method: str):
    """The conversation's ticket (a live one nobody claimed, or a new one) as a callback."""
    store = ticket_store()
    ticket = store.open_ticket(
        tracker.sender_id, reason=reason, **ticket_details(tracker, catalogue)
    )
    return store.request_callback(
        ticket.id,
        method=method,
        value=tracker.get_slot("contact_value"),
        window=tracker.get_slot("contact_window"),
        consent_at=clock.now(),
    )


class ActionNoWorkerFree(_Ask):
    """Triggered by handoff.watch (EXTERNAL_no_worker_free), not by anything the person wrote."""

    action_name = "action_no_worker_free"

    async def respond(self, dispatcher, tracker, catalogue) -> list[EventType]:
        return await in_thread(offer_callback_when_unclaimed, dispatcher, tracker, catalogue)


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher, tracker, domain) -> list[EventType]:
        return await in_thread(session_start_events, tracker)


def _say(dispatcher: CollectingDispatcher, tracker: Tracker, key: str) -> None:
    dispatcher.utter_message(text=_catalogue(tracker).text(key))


def _invalid_choice(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    Presenter(dispatcher, tracker, _catalogue(tracker)).invalid_choice()


def _catalogue(tracker: Tracker) -> Catalogue:
    return Catalogue(tracker.get_slot("language") or "en")


def _choice(value: Any, options: tuple[str, ...], tracker: Tracker, prefix: str) -> str | None:
    """A button payload, or the button's title typed in the person's language."""
    text = str(value or "").strip().casefold()
    if text in options:
        return text
    catalogue = Catalogue(tracker.get_slot("language") or "en")
    for option in options:
        if text == catalogue.text(prefix + option).casefold():
            return option
    return None


def _phone(text: str) -> str | None:
    """The number in E.164 form; Canadian numbers may omit +1."""
    try:
        number = phonenumbers.parse(text, "CA")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _email(text: str) -> str | None:
    try:
        # No DNS lookup: the action server may have no internet, and it would leak the domain.
        return validate_email(text.strip(), check_deliverability=False).normalized
    except EmailNotValidError:
        return None
