"""Handing off through the real servers: live in hours, a callback after hours, a crisis.

Tickets are in PostgreSQL; the person writes on Rasa's callback channel, which
(unlike REST) receives the worker's pushed replies.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from datetime import time as dtime

import pytest

from actions.catalogue import supported_languages
from handoff import format_opening, sync_paused_messages
from tests.e2e.conftest import TORONTO

pytestmark = pytest.mark.e2e


def _ticket_of(tickets, sender, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ticket = tickets.open_ticket_for(sender)
        if ticket:
            return ticket
        time.sleep(0.05)
    raise AssertionError(f"no open ticket for {sender}")


def test_in_hours_a_worker_takes_over_replies_and_gives_the_bot_back(
    office_open, pushed_chat, tickets, rasa_api
):
    started = time.monotonic()
    replies = pushed_chat.say("I want to talk to a real person please")
    assert any("A person will join this chat soon" in r for r in replies), replies
    ticket = _ticket_of(tickets, pushed_chat.sender)
    # The ticket is written before the bot answers: it is in the queue when the person
    # reads "a person will join". (Printed for the record; -s shows it.)
    print(f"\nmessage -> reply received, ticket in the store: {time.monotonic() - started:.3f} s")
    assert (ticket.state, ticket.reason, ticket.channel) == ("waiting", "asked_human", "callback")

    # Paused: the bot stays quiet, and what the person writes reaches the ticket.
    assert pushed_chat.say("are you still there?", expect=1, timeout=3) == []
    assert sync_paused_messages(tickets, rasa_api, ticket.id) == 1
    assert sync_paused_messages(tickets, rasa_api, ticket.id) == 0  # stored once
    assert [m.text for m in tickets.get(ticket.id).messages] == ["are you still there?"]

    tickets.claim(ticket.id, "amina")
    tickets.reply(ticket.id, "amina", "Hello, I am Amina from the settlement team.")
    sent = time.monotonic()
    text = "Hello, I am Amina from the settlement team."
    assert pushed_chat.pushed(lambda: rasa_api.send_worker_reply(pushed_chat.sender, text)) == text
    print(f"worker reply -> on the person's channel: {time.monotonic() - sent:.3f} s")

    tickets.resolve(ticket.id, "amina")
    back = pushed_chat.pushed(lambda: rasa_api.resume(pushed_chat.sender))
    assert "I am the Waypoint chatbot again" in back
    assert any("I am Waypoint" in r for r in pushed_chat.say("hello", expect=2))


def test_after_hours_arabic_conversation_gets_a_consented_callback(pushed_chat, tickets):
    replies = pushed_chat.say("أريد التحدث مع موظف من فضلك")
    offer = replies[-1]
    assert tickets.open_ticket_for(pushed_chat.sender) is None  # nothing kept before consent
    pushed_chat.say("/affirm")
    pushed_chat.say("phone")
    pushed_chat.say("416 555 0123")
    confirmation = pushed_chat.say("morning")[-1]

    ticket = tickets.open_ticket_for(pushed_chat.sender)
    assert ticket.state == "callback_requested" and ticket.consent_at is not None
    assert (ticket.contact_method, ticket.contact_value, ticket.contact_window) == (
        "phone",
        "+14165550123",
        "morning",
    )
    if "ar" in supported_languages():  # the Arabic catalogue comes with the languages work
        assert ticket.language == "ar" and "موظف" in offer
    tomorrow = datetime.combine(datetime.now(TORONTO).date() + timedelta(days=1), dtime(0), TORONTO)
    assert format_opening(tomorrow, ticket.language, TORONTO) in confirmation
    # Written while the callback ticket is open: added to it, not lost.
    pushed_chat.say("I also need help with housing")
    assert "I also need help with housing" in [m.text for m in tickets.get(ticket.id).messages]


def test_crisis_in_tigrinya_shows_crisis_lines_first_and_opens_an_urgent_ticket(
    pushed_chat, tickets
):
    replies = pushed_chat.say("ርእሰይ ክቐትል ደልየ ኣለኹ", expect=2)
    assert "911" in replies[0] and "988" in replies[0] and "1-866-863-0511" in replies[0]
    ticket = _ticket_of(tickets, pushed_chat.sender)
    assert ticket.urgent and ticket.reason == "crisis"
    assert tickets.list_queue()[0].urgent
