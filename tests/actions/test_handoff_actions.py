"""The handoff decisions inside the action server, on a real SQLite ticket store."""

from __future__ import annotations

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.tickets
from actions.callback import _email, _phone
from actions.catalogue import Catalogue
from actions.handoff import hand_off, session_start_events
from handoff.db import upgrade


@pytest.fixture
def agency(tmp_path, monkeypatch):
    path = tmp_path / "agency.yml"
    monkeypatch.setenv("WAYPOINT_AGENCY_FILE", str(path))
    return path


@pytest.fixture(autouse=True)
def store(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/tickets.db"
    upgrade(url)
    monkeypatch.setenv("WAYPOINT_DATABASE_URL", url)
    monkeypatch.setattr(actions.tickets, "_store", None)
    return actions.tickets.ticket_store()


def _tracker(text="I want a person", slots=None) -> Tracker:
    message = {"text": text, "intent": {"name": "ask_human"}, "message_id": "m1"}
    events = [{"event": "user", "text": text, "input_channel": "socketio"}]
    return Tracker("person-1", slots or {}, message, events, False, None, {}, "action_listen")


def _names(events):
    return [e["event"] + ("/" + e.get("name", "") if e.get("name") else "") for e in events]


def test_in_hours_opens_a_waiting_ticket_and_pauses_the_bot(agency, store):
    days = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    agency.write_text(
        yaml.safe_dump({"province": None, "weekly_hours": {d: ["00:00-24:00"] for d in days}})
    )
    dispatcher = CollectingDispatcher()
    events = hand_off(dispatcher, _tracker(), Catalogue("en"), "asked_human")
    assert _names(events) == ["pause"]
    ticket = store.open_ticket_for("person-1")
    assert (ticket.state, ticket.channel, ticket.language) == ("waiting", "socketio", "en")


def test_after_hours_starts_the_callback_form_without_a_ticket(agency, store):
    agency.write_text("weekly_hours: {}\n")
    events = hand_off(CollectingDispatcher(), _tracker(), Catalogue("en"), "low_confidence")
    assert "followup/callback_form" in _names(events)
    assert store.open_ticket_for("person-1") is None


def test_after_hours_crisis_opens_an_urgent_ticket_at_once(agency, store):
    agency.write_text("weekly_hours: {}\n")
    dispatcher = CollectingDispatcher()
    hand_off(dispatcher, _tracker(), Catalogue("fr"), "crisis", urgent=True)
    assert store.open_ticket_for("person-1").urgent
    assert "urgent" in dispatcher.messages[0]["text"]


def test_a_new_session_stays_paused_while_a_worker_has_the_conversation(store):
    store.open_ticket("person-1", channel="socketio", language="en", reason="asked_human")
    events = session_start_events(_tracker(slots={"language": "fr", "requested_slot": None}))
    assert _names(events) == ["session_started", "slot/language", "pause", "action/action_listen"]


def test_a_new_session_without_a_live_ticket_is_not_paused(store):
    assert "pause" not in _names(session_start_events(_tracker()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("416 555 0123", "+14165550123"), ("+33 1 42 68 53 00", "+33142685300"), ("12", None)],
)
def test_phone_numbers_are_checked_and_normalized(text, expected):
    assert _phone(text) == expected


def test_email_addresses_are_checked_without_a_dns_lookup():
    assert _email(" Amina@Example.org ") == "Amina@example.org"
    assert _email("amina@") is None
