"""Plain text and SMS-sized pieces for the messaging apps (bot/channels/text.py)."""

from __future__ import annotations

import pytest

from bot.channels.text import SMS_LIMIT, plain_text, split_text

CARD = (
    "**Newcomer English Circle** (Demo Settlement Services)  \n"
    "What: Free _conversation_ classes.  \n"
    "Phone: [416-555-0100](tel:+14165550100)  \n"
    "Where: [12 Main St, Toronto](https://www.openstreetmap.org/search?query=12%20Main%20St)  \n"
    "_DEMO DATA: fictional service, for testing only._"
)


def test_plain_text_card_keeps_words_and_lines_without_markdown_marks():
    text = plain_text(CARD)
    lines = text.splitlines()
    assert lines[0] == "Newcomer English Circle (Demo Settlement Services)"
    assert lines[1] == "What: Free conversation classes."
    assert "*" not in text and "_" not in text and "](" not in text


def test_plain_text_phone_link_stays_a_bare_number():
    assert "Phone: 416-555-0100" in plain_text(CARD).splitlines()


def test_plain_text_web_link_keeps_its_address_after_the_text():
    line = plain_text(CARD).splitlines()[3]
    assert line.startswith("Where: 12 Main St, Toronto (https://www.openstreetmap.org/search?")


def test_plain_text_keeps_list_items_and_paragraphs():
    text = plain_text("Call now:\n\n- 911\n- 988\n\nThen 211.")
    assert text == "Call now:\n\n- 911\n- 988\n\nThen 211."


def test_plain_text_leaves_ordinary_text_alone():
    text = "Reply with the number of your choice:\n1 – Yes, please\n2 – No, thank you"
    assert plain_text(text) == text


@pytest.mark.parametrize("limit", [40, 160, SMS_LIMIT])
def test_split_text_keeps_order_and_size_and_never_cuts_a_word(limit):
    words = [f"word{i}" for i in range(900)]
    text = "\n".join(" ".join(words[i : i + 7]) for i in range(0, len(words), 7))
    pieces = split_text(text, limit)
    assert all(len(p) <= limit for p in pieces)
    assert " ".join(" ".join(pieces).split()) == " ".join(words)  # nothing lost, same order
    assert all(p.split()[0].startswith("word") and p.split()[-1].startswith("word") for p in pieces)


def test_split_text_prefers_a_line_break_to_a_space():
    first, second = split_text("a" * 30 + "\n" + "b c d e f g", limit=36)
    assert first == "a" * 30 and second == "b c d e f g"


def test_split_text_short_text_is_one_piece():
    assert split_text("  Hello  ", SMS_LIMIT) == ["Hello"]
