"""The action server's handle on the handoff tickets (one TicketStore per process).

Ticket calls are blocking SQL: actions run them with `in_thread`, so that a slow
database never stalls rasa-sdk's event loop, which serves every conversation.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from handoff import TicketStore

__all__ = ["in_thread", "ticket_store"]

T = TypeVar("T")

_store: TicketStore | None = None
_lock = threading.Lock()


def ticket_store() -> TicketStore:
    """The store at WAYPOINT_DATABASE_URL, opened on first use (the schema is checked then)."""
    global _store
    with _lock:
        if _store is None:
            _store = TicketStore()
        return _store


async def in_thread(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`function(*args, **kwargs)` in the default executor (blocking ticket-database work)."""
    call = functools.partial(function, *args, **kwargs)
    return await asyncio.get_running_loop().run_in_executor(None, call)
