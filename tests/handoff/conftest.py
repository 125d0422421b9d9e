"""A migrated handoff database per test: SQLite in a temp folder and PostgreSQL.

Each PostgreSQL database gets a unique name and is dropped afterwards, so
parallel runs (other worktrees, CI) never collide.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest

from handoff.db import engine_for, upgrade
from handoff.store import TicketStore

POSTGRES_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.time = start

    def __call__(self) -> datetime:
        return self.time

    def advance(self, **delta) -> None:
        self.time += timedelta(**delta)


def _admin_execute(sql: str) -> None:
    import psycopg

    with psycopg.connect(
        "host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True
    ) as connection:
        connection.execute(sql)


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database; dropped after the test."""
    name = f"waypoint_test_{uuid.uuid4().hex[:12]}"
    try:
        _admin_execute(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # the message says how to get one
        pytest.fail(f"PostgreSQL at 127.0.0.1:5432 (user postgres) is needed: {exc}")
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    yield url
    engine_for(url).dispose()
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path}/handoff.db"
        yield url
        engine_for(url).dispose()
    else:
        yield request.getfixturevalue("postgres_url")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 15, 0, tzinfo=timezone.utc))


@pytest.fixture(autouse=True)
def _no_real_tracker_store(tmp_path, monkeypatch):
    """Never delete from the project's own var/tracker.db (the default setting)."""
    monkeypatch.setenv("WAYPOINT_TRACKER_DB", str(tmp_path / "no-tracker.db"))
    monkeypatch.delenv("WAYPOINT_TRACKER_URL", raising=False)


@pytest.fixture
def tracker_url(tmp_path) -> str:
    """Where the store deletes transcripts: a file Rasa never wrote (nothing to delete).

    Tests of the deletion itself use tests/handoff/test_transcripts.py's tracker."""
    return f"sqlite:///{tmp_path}/no-tracker.db"


@pytest.fixture
def store(database_url, clock, tracker_url) -> TicketStore:
    upgrade(database_url)
    return TicketStore(database_url, now=clock, tracker_url=tracker_url)
