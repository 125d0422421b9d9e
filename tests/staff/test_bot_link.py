"""What the console reads from Rasa's tracker: language, intent and confidence per message."""

from __future__ import annotations

from handoff.rasa_api import RasaApi
from staff.bot_link import RasaBotLink, lines_from_events
from tests.httpfake import FakeServer, Reply

from .conftest import bot_event, user_event


def test_language_comes_from_the_message_or_the_slot_set_after_it():
    events = [
        user_event("Bonjour", language="fr", ts=1.0),
        {"event": "user", "timestamp": 2.0, "text": "سلام", "parse_data": {"intent": {}}},
        {"event": "slot", "name": "language", "value": "fa"},
        bot_event("Hello", ts=3.0),
        {"event": "bot", "timestamp": 4.0, "text": "Amina here", "metadata": {"from_worker": True}},
    ]
    lines = lines_from_events(events)
    assert [(line.sender, line.language) for line in lines] == [
        ("user", "fr"),
        ("user", "fa"),
        ("bot", None),
        ("bot", None),
    ]
    assert lines[0].intent == "ask_service" and lines[0].confidence == 0.42
    assert lines[-1].from_worker and not lines[-2].from_worker


def test_rasa_bot_link_reads_the_tracker_through_handoffs_client():
    fake = FakeServer().start()
    try:
        tracker = Reply(200, {"events": [user_event("hi")]})
        fake.route("GET", "/conversations/a%20b/tracker", tracker)
        link = RasaBotLink(RasaApi(fake.url, token="t"))
        [line] = link.transcript("a b")
        assert line.text == "hi" and line.language == "ar"
        assert fake.requests[0].query == {"include_events": "ALL", "token": "t"}
    finally:
        fake.stop()


def test_showing_a_ticket_syncs_what_the_person_wrote_while_paused(worker, store, bot):
    ticket = store.open_ticket("c9", channel="sms", language="en", reason="asked_human")
    worker.get(f"/tickets/{ticket.id}")
    assert bot.synced == [ticket.id]


def test_a_resolved_ticket_is_not_synced(worker, store, bot):
    ticket = store.open_ticket("c9", channel="sms", language="en", reason="asked_human")
    store.resolve(ticket.id, "amina")
    worker.get(f"/tickets/{ticket.id}")
    assert bot.synced == []
