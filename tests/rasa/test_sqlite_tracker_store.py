"""bot/sqlite_tuning.py: Rasa's SQLite tracker store keeps its connections, in WAL mode,
and still keeps every conversation.

Runs in .venv-rasa (Rasa's environment), with Rasa's own SQLTrackerStore.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess

import pytest

from index.settings import PROJECT_ROOT

pytestmark = pytest.mark.e2e

RASA_PYTHON = str(PROJECT_ROOT / ".venv-rasa/bin/python")
CONVERSE = """
import asyncio, json, sys
from bot import sqlite_tuning
if sys.argv[2] == "tuned":
    sqlite_tuning.install()
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=sys.argv[1])

async def converse():
    for turn in range(3):
        tracker = await store.retrieve("+14165550100") or DialogueStateTracker("+14165550100", [])
        tracker.update(UserUttered(f"question {turn}", {"name": "ask", "confidence": 1.0}))
        tracker.update(BotUttered(f"answer {turn}"))
        await store.save(tracker)
    kept = await store.retrieve("+14165550100")
    return [e.text for e in kept.events if isinstance(e, (UserUttered, BotUttered))]

texts = asyncio.run(converse())
print(json.dumps({"texts": texts, "pool": type(store.engine.pool).__name__}))
"""


def _converse(db, mode: str) -> dict:
    result = subprocess.run(
        [RASA_PYTHON, "-c", CONVERSE, str(db), mode],
        capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_tuned_store_keeps_its_connections_in_wal_mode_and_loses_nothing(tmp_path):
    db = tmp_path / "tracker.db"
    outcome = _converse(db, "tuned")
    expected = [f"{kind} {turn}" for turn in range(3) for kind in ("question", "answer")]
    assert outcome["texts"] == expected
    assert outcome["pool"] == "QueuePool"  # Rasa's default for a file: NullPool
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        stored = connection.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    assert stored == 6


def test_a_conversation_saved_by_plain_rasa_continues_in_the_tuned_store(tmp_path):
    db = tmp_path / "tracker.db"
    _converse(db, "plain")
    outcome = _converse(db, "tuned")
    assert len(outcome["texts"]) == 12
    assert outcome["texts"][:2] == ["question 0", "answer 0"]
