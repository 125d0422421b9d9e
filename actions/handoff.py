"""Handing the conversation to a settlement worker: live in office hours, a callback after.

In hours the action opens a waiting ticket, says a worker is joining and pauses
the bot (ConversationPaused): Rasa then logs the person's messages without
answering, and handoff.sync copies them into the ticket. The console resumes the
bot through handoff.rasa_api. After hours the callback_form asks consent, a
contact method (and the number or address) and a time window, then
action_submit_callback opens a callback ticket and says when to expect an answer.
"""

from __future__ import annotations

import logging

from rasa_sdk import Tracker
from rasa_sdk.events import (
    ActionExecuted,
    ConversationPaused,
    EventType,
    FollowupAction,
    SessionStarted,
    SlotSet,
)
from rasa_sdk.executor import CollectingDispatcher

from handoff import State, clock, load_agency
from handoff.hours import format_opening

from .catalogue import Catalogue
from .presentation import Presenter
from .tickets import ticket_store

__all__ = [
    "CALLBACK_SLOTS",
    "hand_off",
    "offer_callback_when_unclaimed",
    "next_opening_text",
    "record_if_ticket_open",
    "session_start_events",
]

logger = logging.getLogger(__name__)

CALLBACK_SLOTS = ("callback_consent", "contact_method", "contact_value", "contact_window")
LIVE_STATES = (State.WAITING.value, State.CLAIMED.value)


def next_opening_text(catalogue: Catalogue) -> str:
    agency = load_agency()
    opening = agency.next_opening(clock.now())
    if opening is None:  # an agency with no hours at all: say so plainly
        return "—"
    return format_opening(opening, catalogue.language, agency.time_zone)


def ticket_details(tracker: Tracker, catalogue: Catalogue) -> dict:
    """What a worker needs to see first: the question and what the bot already showed."""
    last_search = tracker.get_slot("last_search") or {}
    return {
        "channel": tracker.get_latest_input_channel() or "unknown",
        "language": catalogue.language,
        "last_question": last_search.get("question"),
        "shown_records": last_search.get("results") or [],
    }


def hand_off(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    catalogue: Catalogue,
    reason: str,
    *,
    urgent: bool = False,
) -> list[EventType]:
    """Open (or reuse) the conversation's ticket and tell the person what happens next."""
    say = Presenter(dispatcher, tracker, catalogue).handoff
    store = ticket_store()
    existing = store.open_ticket_for(tracker.sender_id)
    if existing is not None:
        if urgent:
            store.mark_urgent(existing.id, "bot", reason)
        say(catalogue.text("handoff_already_open"))
        return [ConversationPaused()] if existing.state in LIVE_STATES else []
    if load_agency().is_open(clock.now()):
        ticket = store.open_ticket(
            tracker.sender_id,
            reason=reason,
            urgent=urgent,
            live=True,
            **ticket_details(tracker, catalogue),
        )
        logger.info("Ticket %s opened (%s, live); bot paused", ticket.id, reason)
        key = "handoff_urgent_live" if urgent else "handoff_live"
        say(catalogue.text(key))
        return [ConversationPaused()]
    if urgent:
        # No one to join now, and no time for a consent dialogue: the ticket waits
        # at the top of the queue for the first worker in.
        ticket = store.open_ticket(
            tracker.sender_id, reason=reason, urgent=True, **ticket_details(tracker, catalogue)
        )
        logger.info("Urgent ticket %s opened after hours", ticket.id)
        text = catalogue.text("handoff_urgent_after_hours", when=next_opening_text(catalogue))
        say(text)
        return []
    resets = [SlotSet(slot, None) for slot in CALLBACK_SLOTS]
    return [*resets, SlotSet("handoff_reason", reason), FollowupAction("callback_form")]


def offer_callback_when_unclaimed(
    dispatcher: CollectingDispatcher, tracker: Tracker, catalogue: Catalogue
) -> list[EventType]:
    """No worker claimed the live ticket in time (handoff.watch): say so, offer a callback.

    The watcher already resumed the bot. The ticket stays waiting, so a worker who
    gets free can still claim it; a yes moves it to callback_requested
    (action_submit_callback reuses the open ticket).
    """
    Presenter(dispatcher, tracker, catalogue).handoff(catalogue.text("handoff_no_worker_free"))
    ticket = ticket_store().open_ticket_for(tracker.sender_id)
    reason = ticket.reason if ticket else (tracker.get_slot("handoff_reason") or "asked_human")
    resets = [SlotSet(slot, None) for slot in CALLBACK_SLOTS]
    return [*resets, SlotSet("handoff_reason", reason), FollowupAction("callback_form")]


def record_if_ticket_open(tracker: Tracker) -> None:
    """A message written while a callback ticket is open is added to it, not lost."""
    message = tracker.latest_message or {}
    text = (message.get("text") or "").strip()
    if not text or text.startswith("/"):
        return
    # Only the callback form moves a ticket to callback_requested, and every way into
    # it sets handoff_reason (never cleared). Without it there is nothing to look up:
    # this check runs on every message, and the lookup was 13% of the action server's
    # CPU under load (bench/load --profile).
    if not tracker.get_slot("handoff_reason"):
        return
    ticket = ticket_store().open_ticket_for(tracker.sender_id)
    if ticket is not None and ticket.state == State.CALLBACK_REQUESTED.value:
        ticket_store().add_message(ticket.id, text, event_key=message.get("message_id"))


def session_start_events(tracker: Tracker) -> list[EventType]:
    """A new session keeps the slots, and stays paused while a worker has the conversation.

    Rasa's SessionStarted un-pauses the tracker: without this, a person who waits
    longer than session_expiration_time for a worker would get the bot back.
    """
    events: list[EventType] = [SessionStarted()]
    events += [
        SlotSet(name, value)
        for name, value in tracker.slots.items()
        if value is not None and name != "requested_slot"
    ]
    try:
        ticket = ticket_store().open_ticket_for(tracker.sender_id)
    except Exception:  # the bot must still start a session when the database is down
        logger.exception("Could not read tickets at session start")
        ticket = None
    if ticket is not None and ticket.state in LIVE_STATES:
        events.append(ConversationPaused())
    events.append(ActionExecuted("action_listen"))
    return events
