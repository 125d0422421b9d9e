"""Handing a conversation to a person: tickets, office hours, triggers, and Rasa's HTTP API.

The staff console (staff/) builds on this package; everything it needs is here.

Tickets (`TicketStore`, SQL through SQLAlchemy; `python -m handoff db upgrade`
applies the migrations):

    store = TicketStore()                       # WAYPOINT_DATABASE_URL
    store.list_queue(language="ar")             # open tickets, urgent first, then oldest
    ticket = store.get(ticket_id)               # TicketView with .messages and .audit
    store.claim(ticket_id, "amina")             # waiting/callback_requested -> claimed
    store.reply(ticket_id, "amina", text)       # record it, then send it:
    RasaApi().send_worker_reply(ticket.conversation_id, text)
    store.note(ticket_id, "amina", text)        # private, never sent
    store.resolve(ticket_id, "amina")           # -> resolved; then give the bot back:
    RasaApi().resume(ticket.conversation_id)    # says "the assistant is back"
    RasaApi().transcript(conversation_id)       # every message: time, intent, confidence
    sync_paused_messages(store, RasaApi(), ticket_id)  # copy what the person wrote while paused
    store.purge_older_than(days)                # and transcripts silent that long
    store.delete_conversation(conversation_id)  # tickets and the Rasa transcript
    delete_transcript(conversation_id)          # the transcript alone (handoff.transcripts)
    notify_unclaimed_tickets(store, RasaApi(), minutes)  # what `python -m handoff watch` runs
    store.add_staff_user(username, password_hash, "worker"); store.get_staff_user(username)

Illegal state changes raise IllegalTransition; replying to a ticket someone else
holds raises NotClaimedByYou; all errors derive from HandoffError.

Office hours: `load_agency().is_open(at)`, `.next_opening(at)` (config/agency.yml).
Triggers: `detect_crisis(text)`, `detect_professional(text)` (lexicons per language).
"""

from .errors import (
    HandoffError,
    IllegalTransition,
    InvalidValue,
    NotClaimedByYou,
    RasaApiError,
    SchemaNotCurrent,
    TicketNotFound,
)
from .hours import AgencyConfigError, AgencyHours, format_opening, load_agency
from .models import ContactMethod, MessageKind, Reason, Role, State
from .rasa_api import RasaApi, TranscriptEntry
from .store import OPEN_STATES, AuditView, MessageView, StaffView, TicketStore, TicketView
from .sync import sync_paused_messages
from .transcripts import TrackerStoreNotFound, delete_transcript, purge_transcripts
from .triggers import detect_crisis, detect_professional
from .watch import notify_unclaimed_tickets

__all__ = [
    "OPEN_STATES",
    "AgencyConfigError",
    "AgencyHours",
    "AuditView",
    "ContactMethod",
    "HandoffError",
    "IllegalTransition",
    "InvalidValue",
    "MessageKind",
    "MessageView",
    "NotClaimedByYou",
    "RasaApiError",
    "Reason",
    "Role",
    "SchemaNotCurrent",
    "StaffView",
    "State",
    "TicketNotFound",
    "TicketStore",
    "TicketView",
    "TrackerStoreNotFound",
    "RasaApi",
    "TranscriptEntry",
    "detect_crisis",
    "delete_transcript",
    "detect_professional",
    "format_opening",
    "load_agency",
    "notify_unclaimed_tickets",
    "purge_transcripts",
    "sync_paused_messages",
]
