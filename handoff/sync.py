"""Copy what the person wrote while the bot was paused from Rasa's tracker into the ticket.

While a conversation is paused, Rasa stores the person's messages in its tracker
store and runs no action, so nothing of ours sees them. The console calls
`sync_paused_messages` when it shows a ticket (and may call it on a timer for
the queue); each message is stored once (keyed by its Rasa message id), and a
message with crisis language makes the ticket urgent.
"""

from __future__ import annotations

from .rasa_api import RasaApi
from .store import TicketStore
from .triggers import detect_crisis

__all__ = ["sync_paused_messages"]


def sync_paused_messages(store: TicketStore, api: RasaApi, ticket_id: int) -> int:
    """Add the person's messages written since the ticket opened; returns how many were new."""
    ticket = store.get(ticket_id)
    added = 0
    for entry in api.transcript(ticket.conversation_id, since=ticket.created_at):
        if entry.sender != "user" or entry.text.startswith("/"):
            continue
        if store.add_message(ticket.id, entry.text, at=entry.at, event_key=entry.event_key):
            added += 1
            if detect_crisis(entry.text):
                store.mark_urgent(ticket.id, "bot", "crisis language while waiting")
    return added
