"""bot/sql_tracker_store.py: Rasa's SQL tracker store with lean queries (and pooled
SQLite in WAL mode) keeps every conversation exactly as Rasa's own store does.

Runs in .venv-rasa (Rasa's environment), with Rasa's own SQLTrackerStore, on a
SQLite file and on a fresh PostgreSQL database.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import uuid

import pytest

from index.settings import PROJECT_ROOT
from tests.handoff.conftest import _admin_execute

pytestmark = pytest.mark.e2e

RASA_PYTHON = str(PROJECT_ROOT / ".venv-rasa/bin/python")
SENDER = "+14165550100"
# Three turns, a new session (as after the session timeout), two more turns. Every
# event has a fixed timestamp so that two runs write the same rows.
CONVERSE = """
import asyncio, json, sys
from bot import sql_tracker_store
if sys.argv[2] == "ours":
    sql_tracker_store.install()
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

url = json.loads(sys.argv[1])
domain = Domain.from_dict(
    {"slots": {"language": {"type": "text", "mappings": [{"type": "custom"}]}}}
)
store = SQLTrackerStore(domain, **url)
sender, start = sys.argv[3], int(sys.argv[4])
clock = iter(range(start, start + 1000))

async def turn(text, events_before=()):
    tracker = await store.retrieve(sender) or DialogueStateTracker(sender, [])
    for event in events_before:
        tracker.update(event)
    intent = {"name": "ask", "confidence": 0.97}
    tracker.update(UserUttered(text, intent, parse_data={"intent": intent, "text": text},
                               timestamp=next(clock)))
    tracker.update(ActionExecuted("action_search_services", timestamp=next(clock)))
    tracker.update(SlotSet("language", "fr", timestamp=next(clock)))
    tracker.update(BotUttered(f"answer to {text}", {"custom": {"cards": [{"name": "LINC"}]}},
                              timestamp=next(clock)))
    tracker.update(ActionExecuted("action_listen", timestamp=next(clock)))
    await store.save(tracker)

def texts(tracker):
    return [e.text for e in tracker.events if isinstance(e, (UserUttered, BotUttered))]

async def converse():
    for number in range(3):
        await turn(f"question {number}")
    restart = [ActionExecuted("action_session_start", timestamp=next(clock)),
               SessionStarted(timestamp=next(clock))]
    await turn("question 3", restart)
    await turn("question 4")
    latest = await store.retrieve(sender)
    everything = await store.retrieve_full_tracker(sender)
    return {"latest": texts(latest), "all": texts(everything),
            "slot": latest.get_slot("language"), "pool": type(store.engine.pool).__name__}

print(json.dumps(asyncio.run(converse())))
"""
ALL_TEXTS = [f"{kind} {n}" for n in range(5) for kind in ("question", "answer to question")]


def _converse(store: dict, mode: str, sender: str = SENDER, clock: int = 1000) -> dict:
    """Plays the conversation with Rasa's store or ours; event times start at `clock`."""
    result = subprocess.run(
        [RASA_PYTHON, "-c", CONVERSE, json.dumps(store), mode, sender, str(clock)],
        capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def _rows(connection, sender: str) -> list[tuple]:
    return list(
        connection.execute(
            "SELECT type_name, timestamp, intent_name, action_name, data FROM events"
            f" WHERE sender_id = '{sender}' ORDER BY id"
        )
    )


@pytest.fixture
def postgres_store():
    name = f"waypoint_tracker_{uuid.uuid4().hex[:12]}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    yield {"dialect": "postgresql", "host": "127.0.0.1", "port": 5432, "db": name,
           "username": "postgres"}  # fmt: skip
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_our_store_keeps_the_sessions_and_writes_rasas_rows_on_sqlite(tmp_path):
    db = tmp_path / "tracker.db"
    store = {"dialect": "sqlite", "db": str(db)}
    ours = _converse(store, "ours", sender="ours")
    rasas = _converse(store, "rasa", sender="rasa")

    assert ours["latest"] == ["question 3", "answer to question 3", "question 4",
                              "answer to question 4"]  # fmt: skip
    assert ours["all"] == ALL_TEXTS
    assert ours["slot"] == "fr"
    assert {k: v for k, v in ours.items() if k != "pool"} == {
        k: v for k, v in rasas.items() if k != "pool"
    }
    assert ours["pool"] == "QueuePool"  # Rasa's default for a file: NullPool
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert _rows(connection, "ours") == _rows(connection, "rasa")
        assert len(_rows(connection, "ours")) == 27


def test_our_store_writes_rasas_rows_on_postgresql(postgres_store):
    import psycopg

    ours = _converse(postgres_store, "ours", sender="ours")
    rasas = _converse(postgres_store, "rasa", sender="rasa")

    assert ours["all"] == rasas["all"] == ALL_TEXTS
    assert ours["latest"] == rasas["latest"] == ALL_TEXTS[6:]
    dsn = f"host=127.0.0.1 port=5432 user=postgres dbname={postgres_store['db']}"
    with psycopg.connect(dsn) as connection:
        assert _rows(connection, "ours") == _rows(connection, "rasa")
        assert len(_rows(connection, "ours")) == 27


def test_a_conversation_saved_by_plain_rasa_continues_in_ours_and_back(tmp_path):
    store = {"dialect": "sqlite", "db": str(tmp_path / "tracker.db")}
    _converse(store, "rasa", clock=1000)
    continued = _converse(store, "ours", clock=2000)
    assert continued["all"] == ALL_TEXTS * 2
    # the second run's new session started after the first run's: only its last two turns
    assert continued["latest"] == ALL_TEXTS[6:]
    back = _converse(store, "rasa", clock=3000)
    assert back["all"] == ALL_TEXTS * 3
