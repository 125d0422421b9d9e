"""The race harness counts what a person would miss: a message gone, a reply gone."""

from __future__ import annotations

from tests.production.race import count_lost

USER, BOT, ACTION = {"event": "user"}, {"event": "bot"}, {"event": "action"}


def test_count_lost_two_answered_messages_lose_nothing():
    assert count_lost([USER, ACTION, BOT, USER, ACTION, BOT], sent=2) == (0, 0)


def test_count_lost_a_message_missing_from_the_tracker():
    assert count_lost([USER, ACTION, BOT], sent=2) == (1, 0)


def test_count_lost_a_message_without_its_reply():
    assert count_lost([USER, ACTION, USER, ACTION, BOT], sent=2) == (0, 1)
    assert count_lost([USER, ACTION, BOT, USER, ACTION], sent=2) == (0, 1)
