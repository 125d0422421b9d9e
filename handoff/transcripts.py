"""Deleting conversations from Rasa's tracker store ("delete my data", retention).

Rasa's SQLTrackerStore keeps every event of every conversation in one table,
`events` (sender_id, type_name, timestamp as Unix seconds, data as JSON), in
SQLite or PostgreSQL. Rasa has no API to delete a conversation, so the handoff
deletes the rows itself, here and nowhere else:

    delete_transcript(sender_id)               # every event of one conversation
    purge_transcripts(before, keep=open_ids)   # conversations silent since `before`

The URL is WAYPOINT_TRACKER_URL, or the SQLite file WAYPOINT_TRACKER_DB that
bot/endpoints.yml gives Rasa. A missing SQLite file means Rasa never stored
anything there; a database without the `events` table is refused, since
"deleted" must never be said of a transcript that still exists elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import cache
from pathlib import Path

from sqlalchemy import (
    Column,
    Engine,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    func,
    inspect,
    select,
)
from sqlalchemy.engine import make_url

from . import settings
from .db import safe_url
from .errors import HandoffError

__all__ = ["TrackerStoreNotFound", "delete_transcript", "purge_transcripts"]

# The columns of Rasa 3.6's SQLTrackerStore that deletion needs (rasa/core/tracker_store.py).
_events = Table(
    "events",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255)),
    Column("timestamp", Float),
)


class TrackerStoreNotFound(HandoffError):
    def __init__(self, url: str) -> None:
        super().__init__(
            f"no Rasa tracker store (table 'events') at {url}: set WAYPOINT_TRACKER_DB to the "
            "SQLite file of bot/endpoints.yml, or WAYPOINT_TRACKER_URL to its database"
        )


def delete_transcript(sender_id: str, url: str | None = None) -> int:
    """Delete every event of conversation `sender_id`; returns how many were deleted."""
    engine = _engine(url)
    if engine is None:
        return 0
    with engine.begin() as connection:
        return connection.execute(delete(_events).where(_events.c.sender_id == sender_id)).rowcount


def purge_transcripts(
    before: datetime, url: str | None = None, keep: Iterable[str] = ()
) -> tuple[int, int]:
    """Delete conversations whose newest event is older than `before`, except those in `keep`.

    Returns (conversations, events) deleted. `keep` holds conversations with an open
    ticket: a worker still needs their transcript.
    """
    engine = _engine(url)
    if engine is None:
        return 0, 0
    keep = set(keep)
    silent = (
        select(_events.c.sender_id)
        .group_by(_events.c.sender_id)
        .having(func.max(_events.c.timestamp) < before.timestamp())
    )
    with engine.begin() as connection:
        senders = [s for s in connection.scalars(silent) if s not in keep]
        events = 0
        for start in range(0, len(senders), 500):  # bounded IN lists
            chunk = senders[start : start + 500]
            query = delete(_events).where(_events.c.sender_id.in_(chunk))
            events += connection.execute(query).rowcount
    return len(senders), events


def _engine(url: str | None):
    """The tracker store's engine; None when its SQLite file does not exist (nothing stored)."""
    url = settings.tracker_url(url)
    parsed = make_url(url)
    is_file = parsed.get_backend_name() == "sqlite" and parsed.database not in (
        None,
        "",
        ":memory:",
    )
    if is_file and not Path(parsed.database).exists():
        return None
    engine = _cached_engine(url)
    if not inspect(engine).has_table("events"):
        raise TrackerStoreNotFound(safe_url(url))
    return engine


@cache
def _cached_engine(url: str) -> Engine:
    # Not handoff.db's engine: Rasa's database keeps its own journal mode and settings;
    # on SQLite, wait for Rasa's write lock rather than fail.
    if url.startswith("sqlite"):
        return create_engine(url, connect_args={"timeout": 30})
    return create_engine(url, pool_pre_ping=True)
