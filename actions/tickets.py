"""The action server's handle on the handoff tickets (one TicketStore per process)."""

from __future__ import annotations

import threading

from handoff import TicketStore

__all__ = ["ticket_store"]

_store: TicketStore | None = None
_lock = threading.Lock()


def ticket_store() -> TicketStore:
    """The store at WAYPOINT_DATABASE_URL, opened on first use (the schema is checked then)."""
    global _store
    with _lock:
        if _store is None:
            _store = TicketStore()
        return _store
