"""Deleting from Rasa's tracker store (its `events` table, as SQLTrackerStore creates it).

The end-to-end tests (tests/e2e/test_privacy.py) do the same on the file the real
Rasa server wrote; these cover the edges.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
import sqlalchemy as sa

from handoff import TrackerStoreNotFound, delete_transcript, purge_transcripts


@pytest.fixture
def tracker(tmp_path):
    url = f"sqlite:///{tmp_path}/tracker.db"
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        # Rasa 3.6's SQLTrackerStore schema (rasa/core/tracker_store.py, SQLEvent).
        connection.exec_driver_sql(
            "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, "
            "type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255), "
            "action_name VARCHAR(255), data TEXT)"
        )
        rows = [
            ("old", 1_000.0),
            ("old", 2_000.0),
            ("old-open", 1_000.0),
            ("recent", 1_000.0),
            ("recent", 9_000.0),
        ]
        for sender, at in rows:
            connection.exec_driver_sql(
                "INSERT INTO events (sender_id, type_name, timestamp, data) "
                "VALUES (?, 'user', ?, '{}')",
                (sender, at),
            )
    yield url
    engine.dispose()


def _senders(url):
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        found = sorted(
            connection.exec_driver_sql("SELECT DISTINCT sender_id FROM events").scalars()
        )
    engine.dispose()
    return found


def test_delete_transcript_removes_every_event_of_one_conversation(tracker):
    assert delete_transcript("old", tracker) == 2
    assert delete_transcript("old", tracker) == 0
    assert _senders(tracker) == ["old-open", "recent"]


def test_purge_keeps_recent_conversations_and_those_with_open_tickets(tracker):
    cutoff = datetime.fromtimestamp(5_000, timezone.utc)
    assert purge_transcripts(cutoff, tracker, keep=["old-open"]) == (1, 2)
    assert _senders(tracker) == ["old-open", "recent"]


def test_a_missing_sqlite_file_has_nothing_to_delete_and_is_not_created(tmp_path):
    url = f"sqlite:///{tmp_path}/never-written.db"
    assert delete_transcript("x", url) == 0
    assert not (tmp_path / "never-written.db").exists()


def test_a_database_without_rasa_events_is_refused_with_the_setting_to_fix(tmp_path):
    url = f"sqlite:///{tmp_path}/handoff.db"
    sa.create_engine(url).connect().close()  # exists, but is not a tracker store
    with pytest.raises(TrackerStoreNotFound, match="WAYPOINT_TRACKER_DB"):
        delete_transcript("x", url)


def test_delete_conversation_deletes_tickets_and_transcript_together(store, tracker):
    store.tracker_url = tracker
    store.open_ticket("old", channel="rest", language="en", reason="asked_human")
    assert store.delete_conversation("old") == 1
    assert _senders(tracker) == ["old-open", "recent"]
    assert store.audit_log(limit=1)[0].detail == "1 tickets, 2 tracker events"


def test_a_failing_tracker_store_deletes_no_ticket(store, tmp_path):
    store.tracker_url = f"sqlite:///{tmp_path}/handoff-not-tracker.db"
    sa.create_engine(store.tracker_url).connect().close()
    ticket = store.open_ticket("p", channel="rest", language="en", reason="asked_human")
    with pytest.raises(TrackerStoreNotFound):
        store.delete_conversation("p")
    assert store.get(ticket.id).is_open
