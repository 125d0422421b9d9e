"""The real thing: action server, Rasa server and widget page, started on free ports.

It runs what `scripts/run` runs (the trained model and the demo index that
scripts/setup built), with its own tracker database and logs in a temp folder,
handoff tickets in a fresh PostgreSQL database, an agency-hours file the tests
switch between open and closed (the action server re-reads it), and Rasa's
callback channel posting to a local receiver (it receives pushed messages).
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import requests
import yaml

from stack import Stack, StackConfig, free_port
from tests.e2e.callback_receiver import CallbackReceiver
from tests.e2e.widget import CHROMIUM, CHROMIUM_ARGS
from tests.handoff.conftest import _admin_execute

TORONTO = ZoneInfo("America/Toronto")


def write_agency(path, *, open_now: bool) -> None:
    """Open all day every day, or the same but closed today (so the next opening is tomorrow)."""
    today = datetime.now(TORONTO).date()
    days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    hours = {
        "time_zone": "America/Toronto",
        "province": None,  # no statutory holiday may close the test's office
        "weekly_hours": {day: ["00:00-24:00"] for day in days},
        "closures": [] if open_now else [today.isoformat()],
    }
    path.write_text(yaml.safe_dump(hours))
    stamp = datetime.now().timestamp() + (1 if open_now else 2)
    os.utime(path, (stamp, stamp))  # a new mtime even within one second


@pytest.fixture(scope="session")
def callback_receiver():
    receiver = CallbackReceiver()
    yield receiver
    receiver.close()


@pytest.fixture(scope="session")
def tickets_url():
    name = f"waypoint_e2e_{uuid.uuid4().hex[:12]}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    from handoff.db import engine_for

    engine_for(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}").dispose()
    _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def agency_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("agency") / "agency.yml"
    write_agency(path, open_now=False)  # after hours unless a test opens the office
    return path


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium for the widget's tests (tests/e2e/widget.py drives the widget)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def agency_site() -> str:
    """The origin of an agency's own page that embeds the widget (test_widget_embed.py)."""
    return f"http://127.0.0.1:{free_port()}"


@pytest.fixture(scope="session")
def stack(tmp_path_factory, callback_receiver, tickets_url, agency_file, agency_site):
    tmp = tmp_path_factory.mktemp("stack")
    credentials = yaml.safe_load((StackConfig().root / "bot/credentials.yml").read_text())
    credentials["callback"] = {"url": callback_receiver.url}
    (tmp / "credentials.yml").write_text(yaml.safe_dump(credentials))
    config = StackConfig.in_folder(
        tmp,
        credentials=tmp / "credentials.yml",
        extra_env={"WAYPOINT_DATABASE_URL": tickets_url, "WAYPOINT_AGENCY_FILE": str(agency_file)},
        widget_origins=(agency_site,),
    )
    with Stack(config) as running:
        yield running


@pytest.fixture
def office_open(agency_file):
    write_agency(agency_file, open_now=True)
    yield
    write_agency(agency_file, open_now=False)


class RestChat:
    """One person talking to the bot over Rasa's REST channel."""

    def __init__(self, rasa_url: str) -> None:
        self.url = f"{rasa_url}/webhooks/rest/webhook"
        self.sender = f"test-{uuid.uuid4()}"

    def say(self, text: str, **metadata) -> list[str]:
        body = {"sender": self.sender, "message": text}
        if metadata:
            body["metadata"] = metadata
        reply = requests.post(self.url, json=body, timeout=60)
        reply.raise_for_status()
        return [m["text"] for m in reply.json() if "text" in m]


class CallbackChat:
    """One person on a channel that can receive pushed messages (Rasa's callback channel)."""

    def __init__(self, rasa_url: str, receiver: CallbackReceiver) -> None:
        self.url = f"{rasa_url}/webhooks/callback/webhook"
        self.receiver = receiver
        self.sender = f"test-{uuid.uuid4()}"

    def say(self, text: str, expect: int = 1, timeout: float = 30.0) -> list[str]:
        """Send `text`; the bot's new messages (waits for at least `expect` of them)."""
        before = len(self.receiver.texts(self.sender))
        reply = requests.post(self.url, json={"sender": self.sender, "message": text}, timeout=60)
        reply.raise_for_status()
        return self.receiver.wait_for(self.sender, before + expect, timeout)[before:]

    def pushed(self, action, timeout: float = 30.0) -> str:
        """Run `action` (e.g. a worker's reply through the API); the message it pushed."""
        before = len(self.receiver.texts(self.sender))
        action()
        texts = self.receiver.wait_for(self.sender, before + 1, timeout)
        assert len(texts) > before, f"nothing pushed to {self.sender} in {timeout} s"
        return texts[before]


@pytest.fixture
def chat(stack) -> RestChat:
    return RestChat(stack.config.rasa_url)


@pytest.fixture
def pushed_chat(stack, callback_receiver) -> CallbackChat:
    return CallbackChat(stack.config.rasa_url, callback_receiver)


@pytest.fixture
def tickets(stack, tickets_url):
    from handoff import TicketStore

    # "Delete my data" and the retention delete transcripts from the stack's tracker store.
    return TicketStore(tickets_url, tracker_url=f"sqlite:///{stack.config.tracker_db}")


@pytest.fixture
def rasa_api(stack):
    from handoff import RasaApi

    return RasaApi(stack.config.rasa_url, stack.config.rasa_token)
