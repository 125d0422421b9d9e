"""`python -m handoff watch`: people waiting for a worker too long are told, and offered a callback.

In office hours a live ticket pauses the bot while the person waits for a worker.
When no worker has claimed it within WAYPOINT_UNCLAIMED_MINUTES, the watcher
resumes the bot and triggers EXTERNAL_no_worker_free through Rasa's HTTP API
(RasaApi.offer_callback): the bot says no worker is free, in the person's
language on their own channel, and asks whether a worker should contact them.

Why a process of its own (started by `python -m stack run` next to the others):
it needs no Rasa or action-server internals, only the ticket database and the
HTTP API, so it works the same with one Rasa server or several; and a paused
conversation ignores Rasa's own reminders, so nothing inside Rasa could do it.
Every decision is in the database (the ticket's state and the UNCLAIMED_NOTICE
audit entry), so a restart loses nothing and never tells anyone twice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from . import clock, settings
from .errors import HandoffError
from .rasa_api import RasaApi
from .store import TicketStore

__all__ = ["notify_unclaimed_tickets", "poll_seconds", "watch"]

logger = logging.getLogger(__name__)


def poll_seconds(minutes: float) -> float:
    """How often to look: a fifth of the deadline, between 0.5 and 30 seconds."""
    return min(30.0, max(0.5, minutes * 60 / 5))


def notify_unclaimed_tickets(
    store: TicketStore,
    api: RasaApi,
    minutes: float,
    now: Callable[[], datetime] = clock.now,
) -> list[int]:
    """Offer a callback on every live ticket unclaimed for `minutes`; the ids told now."""
    told = []
    for ticket in store.unclaimed_tickets(now() - timedelta(minutes=minutes)):
        try:
            if store.notify_unclaimed(ticket.id, lambda t: api.offer_callback(t.conversation_id)):
                told.append(ticket.id)
                logger.info("Ticket %s unclaimed for %s min: callback offered", ticket.id, minutes)
        except HandoffError as exc:  # Rasa down, say: nothing recorded, tried again next round
            logger.warning("Ticket %s: could not offer a callback yet: %s", ticket.id, exc)
    return told


def watch(
    store: TicketStore | None = None,
    api: RasaApi | None = None,
    minutes: float | None = None,
    stop: threading.Event | None = None,
) -> None:
    """Look every poll_seconds(minutes) until `stop` is set (or the process is stopped)."""
    minutes = settings.get("unclaimed_minutes") if minutes is None else minutes
    if minutes <= 0:
        raise HandoffError("WAYPOINT_UNCLAIMED_MINUTES is 0: the watcher is off, nothing to do")
    store, api = store or TicketStore(), api or RasaApi()
    stop = stop or threading.Event()
    interval = poll_seconds(minutes)
    logger.info(
        "Watching for live tickets unclaimed after %s min (every %.1f s)", minutes, interval
    )
    while not stop.is_set():
        try:
            notify_unclaimed_tickets(store, api, minutes)
        except Exception:  # a database hiccup must not end the watch
            logger.exception("Watching unclaimed tickets failed; trying again")
        stop.wait(interval)
