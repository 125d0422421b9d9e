"""Rasa's SQL tracker store, made cheap: pooled SQLite in WAL mode, and lean queries.

Rasa keeps every conversation in its `events` table (bot/endpoints.yml: SQLite by
default, PostgreSQL in production). Under load the store was about 30% of the Rasa
server's busy time (`python -m bench.load --profile`). Two reasons, two fixes;
the table, its rows and what is read back stay exactly Rasa's, so a conversation
written by plain Rasa continues here and the other way round.

SQLite's connections. Rasa 3.6 creates the engine with SQLAlchemy 1.4's default
for a SQLite file, NullPool: every retrieve and save opened a new connection
(reading the schema again), and with the rollback journal each commit wrote,
synced and deleted a journal file. Here the engine keeps its connections
(QueuePool, as SQLAlchemy 2.0 does for SQLite files) and each runs in WAL mode
with synchronous=NORMAL: a commit appends to the log and syncs at checkpoints. A
crash of Rasa loses nothing; a power cut can lose the last moments of
conversations, never corrupt the file (https://www.sqlite.org/wal.html).

The queries (SQLite and PostgreSQL). Rasa loads each row as an ORM object,
builds its query anew on every call, counts the stored events with a second
ORM query before every save, and inserts row by row through the ORM's unit of
work. Here the same SQL is written once in SQLAlchemy Core with the sender as a
bound parameter (compiled once, then cached), reads only the `data` column, and
inserts a turn's new events in one executemany.
"""

from __future__ import annotations

import itertools
import json
import logging
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import QueuePool

__all__ = ["PRAGMAS", "install"]

logger = logging.getLogger(__name__)

PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")
_installed = False


def install() -> None:
    """Pool and tune SQLite's connections; give SQLTrackerStore lean queries (idempotent)."""
    global _installed
    if _installed:
        return
    from rasa.core import tracker_store

    _pool_sqlite_files(tracker_store)
    store = tracker_store.SQLTrackerStore
    queries = _Queries(store.SQLEvent.__table__)
    store._retrieve = _make_retrieve(queries)
    store.save = _make_save(queries)
    _installed = True


# -- SQLite's connections ---------------------------------------------------------------


def _pool_sqlite_files(tracker_store: Any) -> None:
    rasa_kwargs = tracker_store.create_engine_kwargs

    def create_engine_kwargs(url: Any) -> dict[str, Any]:
        if not _is_sqlite_file(url):
            return rasa_kwargs(url)
        # A pooled connection may be used by another thread than the one that
        # opened it (never by two at once: the pool hands it to one at a time).
        return {"poolclass": QueuePool, "connect_args": {"check_same_thread": False}}

    tracker_store.create_engine_kwargs = create_engine_kwargs
    event.listen(Engine, "connect", _tune)


def _is_sqlite_file(url: Any) -> bool:
    url = make_url(str(url))
    return url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")


def _tune(dbapi_connection: Any, _record: Any) -> None:
    if type(dbapi_connection).__module__.split(".")[0] not in {"sqlite3", "_sqlite3"}:
        return
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


# -- the queries ------------------------------------------------------------------------


class _Queries:
    """Rasa's event queries (SQLTrackerStore._event_query) in Core, built once."""

    def __init__(self, events: sa.Table) -> None:
        self.events = events
        sender = sa.bindparam("sender_id")
        session_start = (
            sa.select(sa.func.max(events.c.timestamp))
            .where(events.c.sender_id == sender, events.c.type_name == "session_started")
            .scalar_subquery()
        )
        # Rasa's rule: the latest session is every event at or after the latest
        # SessionStarted, or every event when there is none.
        in_latest_session = sa.or_(events.c.timestamp >= session_start, session_start.is_(None))
        of_sender = events.c.sender_id == sender
        self.all_sessions = sa.select(events.c.data).where(of_sender).order_by(events.c.id)
        self.latest_session = (
            sa.select(events.c.data).where(of_sender, in_latest_session).order_by(events.c.id)
        )
        self.count_latest_session = (
            sa.select(sa.func.count()).select_from(events).where(of_sender, in_latest_session)
        )

    def rows(self, tracker: Any, new_events: list) -> list[dict[str, Any]]:
        """The table's rows for new events, with the columns Rasa fills."""
        rows = []
        for new_event in new_events:
            data = new_event.as_dict()
            parse_data = data.get("parse_data") or {}
            rows.append(
                {
                    "sender_id": tracker.sender_id,
                    "type_name": new_event.type_name,
                    "timestamp": data.get("timestamp"),
                    "intent_name": (parse_data.get("intent") or {}).get("name"),
                    "action_name": data.get("name"),
                    "data": json.dumps(data),
                }
            )
        return rows


def _make_retrieve(queries: _Queries):
    from rasa.shared.core.trackers import DialogueStateTracker

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool):
        query = queries.all_sessions if fetch_events_from_all_sessions else queries.latest_session
        with self.session_scope() as session:
            serialised = session.execute(query, {"sender_id": sender_id}).scalars().all()
        events = [json.loads(data) for data in serialised]
        if self.domain and events:
            return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        return None

    return _retrieve


def _make_save(queries: _Queries):
    async def save(self, tracker: Any) -> None:
        await self.stream_events(tracker)
        with self.session_scope() as session:
            stored = session.execute(
                queries.count_latest_session, {"sender_id": tracker.sender_id}
            ).scalar_one()
            new_events = list(itertools.islice(tracker.events, stored, None))
            if new_events:
                session.execute(queries.events.insert(), queries.rows(tracker, new_events))
                session.commit()
        logger.debug("Tracker with sender_id '%s' stored to database", tracker.sender_id)

    return save
