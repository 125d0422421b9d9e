"""'Delete my data' and the retention reach the transcript the real Rasa server wrote."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from handoff import TicketStore, clock

pytestmark = pytest.mark.e2e


def _events_of(stack, sender: str) -> int:
    engine = sa.create_engine(f"sqlite:///{stack.config.tracker_db}")
    with engine.connect() as connection:
        query = sa.text("SELECT count(*) FROM events WHERE sender_id = :s")
        count = connection.execute(query, {"s": sender}).scalar_one()
    engine.dispose()
    return count


def test_delete_my_data_removes_tickets_and_the_rasa_transcript(stack, chat, tickets, rasa_api):
    chat.say("Where can I take free English classes in Toronto?")
    chat.say("I want to talk to a real person please")  # after hours: the callback offer
    chat.say("/affirm")
    chat.say("chat")
    chat.say("any")
    assert tickets.open_ticket_for(chat.sender) is not None
    assert _events_of(stack, chat.sender) > 10

    assert tickets.delete_conversation(chat.sender) == 1
    assert _events_of(stack, chat.sender) == 0
    assert tickets.open_ticket_for(chat.sender) is None
    # Rasa reads the tracker store on every request: the conversation is gone there too.
    texts = [e for e in rasa_api.tracker(chat.sender)["events"] if e["event"] == "user"]
    assert texts == []
    assert "0 tickets" not in tickets.audit_log(limit=1)[0].detail


def test_retention_purges_transcripts_of_silent_conversations_but_not_open_tickets(
    stack, tickets_url, chat, tickets, rasa_api
):
    chat.say("hello")
    silent = chat.sender
    chat.sender = f"{silent}-waiting"
    chat.say("I want to talk to a real person please")
    chat.say("/affirm")
    chat.say("chat")
    chat.say("any")  # an open callback ticket: its transcript stays
    assert tickets.open_ticket_for(chat.sender) is not None

    later = TicketStore(
        tickets_url,
        tracker_url=tickets.tracker_url,
        now=lambda: clock.now() + timedelta(days=31),
    )
    later.purge_older_than(30)
    assert _events_of(stack, silent) == 0
    assert _events_of(stack, chat.sender) > 0
    assert "transcripts" in later.audit_log(limit=1)[0].detail
