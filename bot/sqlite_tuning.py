"""SQLite tracker store: one pool of open connections, write-ahead log, normal sync.

The embedded default keeps Rasa's tracker in SQLite (bot/endpoints.yml). Rasa 3.6
creates that engine with SQLAlchemy 1.4's default for a SQLite file, NullPool: every
retrieve and every save opens a new connection (reading the schema again) and
closes it, and with SQLite's rollback journal each commit writes, syncs and
deletes a journal file. Under load that was a third of the Rasa server's busy
time (`python -m bench.load --profile`).

Here the engine keeps its connections (QueuePool, as SQLAlchemy 2.0 does for
SQLite files) and each connection runs in WAL mode with synchronous=NORMAL: a
commit appends to the log and syncs at checkpoints. A crash of Rasa loses
nothing; a power cut can lose the last moments of conversations, never corrupt
the file (https://www.sqlite.org/wal.html). PostgreSQL (the production layout)
is not touched.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import QueuePool

__all__ = ["PRAGMAS", "install"]

PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")
_installed = False


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


def install() -> None:
    """Pool and tune the SQLite tracker store's connections (idempotent)."""
    global _installed
    if _installed:
        return
    from rasa.core import tracker_store

    rasa_kwargs = tracker_store.create_engine_kwargs

    def create_engine_kwargs(url: Any) -> dict[str, Any]:
        if not _is_sqlite_file(url):
            return rasa_kwargs(url)
        # A pooled connection may be used by another thread than the one that
        # opened it (never by two at once: the pool hands it to one at a time).
        return {"poolclass": QueuePool, "connect_args": {"check_same_thread": False}}

    tracker_store.create_engine_kwargs = create_engine_kwargs
    event.listen(Engine, "connect", _tune)
    _installed = True
