"""One place decides how results, choices and handoff notices look on each channel."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.catalogue import Catalogue
from actions.presentation import Presenter, shape_of, short_card
from tests.actions.test_cards import _record

OPTIONS = [("Yes, please", "/affirm"), ("No, thank you", "/deny")]


def _tracker(channel: str | None) -> Tracker:
    events = [{"event": "user", "text": "hi", "input_channel": channel}] if channel else []
    return Tracker("p-1", {}, {"text": "hi"}, events, False, None, {}, "action_listen")


def _present(channel: str | None, language: str = "en") -> tuple[Presenter, CollectingDispatcher]:
    dispatcher = CollectingDispatcher()
    return Presenter(dispatcher, _tracker(channel), Catalogue(language)), dispatcher


@pytest.mark.parametrize(
    ("channel", "shape"),
    [
        ("socketio", "rich"),
        ("rest", "rich"),
        (None, "rich"),
        ("twilio", "sms"),
        ("whatsapp", "sms"),
        ("telegram", "keyboard"),
        ("facebook", "quick_replies"),
    ],
)
def test_shape_follows_the_channel_the_person_last_wrote_from(channel, shape):
    assert shape_of(_tracker(channel)) == shape


def test_sms_choice_is_numbered_in_the_text_and_keeps_the_payloads():
    presenter, dispatcher = _present("twilio")
    presenter.choice("Should a worker contact you?", OPTIONS)
    [message] = dispatcher.messages
    assert message["text"].splitlines() == [
        "Should a worker contact you?",
        "Reply with the number of your choice:",
        "1 – Yes, please",
        "2 – No, thank you",
    ]
    # The connector maps a reply "2" to the second payload, read from these buttons.
    assert [b["payload"] for b in message["buttons"]] == ["/affirm", "/deny"]


def test_widget_choice_is_plain_buttons():
    presenter, dispatcher = _present("socketio")
    presenter.choice("Should a worker contact you?", OPTIONS)
    [message] = dispatcher.messages
    assert message["text"] == "Should a worker contact you?"
    assert message["buttons"] == [{"title": t, "payload": p} for t, p in OPTIONS]


def test_messenger_quick_reply_titles_are_cut_to_twenty_characters_at_a_word():
    presenter, dispatcher = _present("facebook")
    presenter.choice("When?", [("In the morning before work starts", "morning")])
    [button] = dispatcher.messages[0]["buttons"]
    assert len(button["title"]) <= 20 and button["title"] == "In the morning…"
    assert button["payload"] == "morning"


def test_sms_results_are_short_cards_one_message_each():
    presenter, dispatcher = _present("whatsapp")
    presenter.results("Here is what I found:", [_record(), _record(name="Other")], "More?")
    texts = [m["text"] for m in dispatcher.messages]
    assert texts[0] == "Here is what I found:" and texts[-1] == "More?"
    assert texts[1].splitlines()[0] == "LINC Evening Classes"
    assert "Languages" not in texts[1] and "**" not in texts[1]


def test_short_card_keeps_what_a_person_needs_to_go_there():
    lines = short_card(_record(), Catalogue("en")).splitlines()
    assert lines == [
        "LINC Evening Classes",
        "What: Free English classes for permanent residents and refugees.",
        "Where: 12 King St, Toronto ON, M5H 1A1",
        "When: Mon–Thu 18:00–21:00",
        "Phone: 416-555-0111",
        "Source: Riverside 211, last verified 2026-10-02",
    ]


def test_invalid_choice_on_sms_asks_for_a_number_in_the_persons_language():
    presenter, dispatcher = _present("twilio", "fr")
    presenter.invalid_choice()
    assert dispatcher.messages[0]["text"] == "Désolé, veuillez répondre avec l'un des numéros."
