"""The console on a real PostgreSQL database: one uniquely named database per test session
(migrated once, dropped at the end), emptied before each test.

Rasa is replaced at the network edge only: `FakeBot` in-process for the Flask test
client, a real HTTP receiver (tests.httpfake) for the browser test.
"""

from __future__ import annotations

import os
import re
import tempfile
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from handoff.db import engine_for, upgrade
from handoff.store import TicketStore
from index.flags import FlagStore
from tests.handoff.conftest import FakeClock, _admin_execute

# Never the developer's own key file.
os.environ["WAYPOINT_STAFF_SECRET_FILE"] = str(
    Path(tempfile.mkdtemp(prefix="waypoint-staff-")) / "secret-key"
)
os.environ.pop("WAYPOINT_STAFF_SECRET_KEY", None)

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing():
    """Argon2id with small costs: the same code path, seconds less per test on 2 cores."""
    from argon2 import PasswordHasher

    import staff.passwords

    saved = staff.passwords._hasher
    staff.passwords._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    staff.passwords._hasher = saved


@pytest.fixture(scope="session")
def staff_pg_url():
    name = f"waypoint_staff_test_{uuid.uuid4().hex[:12]}"
    try:
        _admin_execute(f'CREATE DATABASE "{name}"')
    except Exception as exc:
        pytest.fail(f"PostgreSQL at 127.0.0.1:5432 (user postgres, trust) is needed: {exc}")
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    upgrade(url)
    yield url
    engine_for(url).dispose()
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime.now(timezone.utc).replace(microsecond=0))


@pytest.fixture(autouse=True)
def _no_real_tracker_store(tmp_path, monkeypatch):
    """Never delete from the project's own var/tracker.db (the default setting)."""
    monkeypatch.setenv("WAYPOINT_TRACKER_DB", str(tmp_path / "no-tracker.db"))
    monkeypatch.delenv("WAYPOINT_TRACKER_URL", raising=False)


@pytest.fixture
def tracker_url(tmp_path) -> str:
    """A small SQLite tracker store with the columns of Rasa 3.6's `events` table."""
    url = f"sqlite:///{tmp_path}/tracker.db"
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), "
                "type_name VARCHAR(255), timestamp FLOAT, intent_name VARCHAR(255), "
                "action_name VARCHAR(255), data TEXT)"
            )
        )
    engine.dispose()
    return url


def tracker_events(url: str, sender_id: str) -> int:
    engine = create_engine(url)
    with engine.connect() as connection:
        query = text("SELECT count(*) FROM events WHERE sender_id = :s")
        count = connection.execute(query, {"s": sender_id}).scalar()
    engine.dispose()
    return count


def add_tracker_events(url: str, sender_id: str, timestamp: float, count: int = 2) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        for _ in range(count):
            connection.execute(
                text(
                    "INSERT INTO events (sender_id, type_name, timestamp, data) "
                    "VALUES (:s, 'user', :t, '{}')"
                ),
                {"s": sender_id, "t": timestamp},
            )
    engine.dispose()


@pytest.fixture
def store(staff_pg_url, clock, tracker_url) -> TicketStore:
    with engine_for(staff_pg_url).begin() as connection:
        connection.execute(
            text("TRUNCATE ticket_messages, audit_log, tickets, staff_users RESTART IDENTITY")
        )
    return TicketStore(staff_pg_url, now=clock, tracker_url=tracker_url)


class FakeBot:
    """Records what the console asked Rasa to do; serves a scripted transcript."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.resumed: list[str] = []
        self.paused: list[str] = []
        self.events: dict[str, list[dict]] = {}
        self.fail: Exception | None = None
        self.synced: list[int] = []

    def send_worker_reply(self, conversation_id: str, text: str) -> None:
        if self.fail:
            raise self.fail
        self.sent.append((conversation_id, text))

    def resume(self, conversation_id: str) -> None:
        self.resumed.append(conversation_id)

    def pause(self, conversation_id: str) -> None:
        self.paused.append(conversation_id)

    def sync_paused(self, store, ticket_id: int) -> int:
        self.synced.append(ticket_id)
        return 0

    def transcript(self, conversation_id: str):
        from staff.bot_link import lines_from_events

        if self.fail:
            raise self.fail
        return lines_from_events(self.events.get(conversation_id, []))


@pytest.fixture
def bot() -> FakeBot:
    return FakeBot()


@pytest.fixture
def flags(tmp_path) -> FlagStore:
    return FlagStore(tmp_path / "flags.json")


@pytest.fixture
def app(store, bot, flags):
    from staff import create_app

    app = create_app(store=store, bot=bot, flags=flags, config={"SESSION_COOKIE_SECURE": False})
    return app


@pytest.fixture
def accounts(store):
    from staff import create_account

    create_account(store, "amina", PASSWORD, "worker")
    create_account(store, "admin", PASSWORD, "admin")
    return store


def csrf_token(client, path: str = "/login") -> str:
    page = client.get(path).get_data(as_text=True)
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def login(client, username: str, password: str = PASSWORD):
    token = csrf_token(client)
    return client.post(
        "/login", data={"username": username, "password": password, "csrf_token": token}
    )


@pytest.fixture
def worker(app, accounts):
    client = app.test_client()
    assert login(client, "amina").status_code == 302
    return client


@pytest.fixture
def admin(app, accounts):
    client = app.test_client()
    assert login(client, "admin").status_code == 302
    return client


def post(client, path: str, data: dict | None = None, page: str = "/"):
    """A POST with the CSRF token of the logged-in session, as a browser form sends it."""
    return client.post(path, data={**(data or {}), "csrf_token": csrf_token(client, page)})


def user_event(text: str, *, intent="ask_service", confidence=0.42, language="ar", ts=1.0):
    return {
        "event": "user",
        "timestamp": ts,
        "text": text,
        "parse_data": {"intent": {"name": intent, "confidence": confidence}},
        "metadata": {"language": language},
    }


def bot_event(text: str, ts=2.0):
    return {"event": "bot", "timestamp": ts, "text": text}
