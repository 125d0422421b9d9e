"""The per-sender rate limiter (bot/ratelimit.py), with real Redis and in memory.

Two limiters on one Redis stand for two Rasa servers behind a load balancer: a sender
cannot get around the limit by landing on the other server.
"""

from __future__ import annotations

import asyncio
import uuid

import pytest

from bot.ratelimit import Limit, RateLimiter, limited, parse_limit

REDIS_URL = "redis://127.0.0.1:6379/0"


def _run(coroutine):
    return asyncio.run(coroutine)


async def _flood(limiter: RateLimiter, sender: str, messages: int) -> list[bool]:
    return [await limiter.allow("rest", sender) for _ in range(messages)]


@pytest.mark.parametrize(
    "text, limit",
    [("30/minute", Limit(30, 60)), ("100 per 10 minutes", Limit(100, 600)),
     ("5/second", Limit(5, 1)), (" 2 per hour ", Limit(2, 3600)), ("0", None), ("off", None)],
)  # fmt: skip
def test_parse_limit_reads_count_and_window(text, limit):
    assert parse_limit(text) == limit


@pytest.mark.parametrize("text", ["thirty/minute", "30", "30/fortnight", "0/minute", ""])
def test_parse_limit_refuses_nonsense_with_the_expected_form(text):
    with pytest.raises(ValueError, match="30/minute"):
        parse_limit(text)


@pytest.mark.parametrize("redis_url", [None, REDIS_URL], ids=["memory", "redis"])
def test_flooding_sender_is_refused_and_another_sender_is_not(redis_url):
    limiter = RateLimiter(Limit(5, 3600), redis_url)
    flooder, bystander = f"flood-{uuid.uuid4()}", f"calm-{uuid.uuid4()}"
    assert _run(_flood(limiter, flooder, 8)) == [True] * 5 + [False] * 3
    assert _run(_flood(limiter, bystander, 2)) == [True, True]


def test_limit_is_shared_by_two_servers_through_redis():
    first, second = RateLimiter(Limit(4, 3600), REDIS_URL), RateLimiter(Limit(4, 3600), REDIS_URL)
    sender = f"flood-{uuid.uuid4()}"
    assert _run(_flood(first, sender, 2)) + _run(_flood(second, sender, 3)) == [True] * 4 + [False]


def test_limit_counts_per_channel():
    limiter = RateLimiter(Limit(1, 3600))
    assert _run(_flood(limiter, "same-id", 1)) == [True]
    assert _run(limiter.allow("telegram", "same-id")) is True


def test_unreachable_redis_lets_messages_through():
    limiter = RateLimiter(Limit(1, 3600), "redis://127.0.0.1:9/0")  # nothing listens on port 9
    assert _run(_flood(limiter, "someone", 3)) == [True, True, True]


def test_sender_ids_are_not_stored_in_redis():
    import redis

    sender = f"+1416555{uuid.uuid4().int % 10_000:04d}"
    _run(RateLimiter(Limit(5, 3600), REDIS_URL).allow("twilio", sender))
    keys = [k.decode() for k in redis.Redis.from_url(REDIS_URL).keys("waypoint:ratelimit:*")]
    assert keys and not any(sender in key for key in keys)


class _Output:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send_text_message(self, recipient_id: str, text: str) -> None:
        self.sent.append((recipient_id, text))


class _Message:  # the two attributes of rasa's UserMessage the wrapper reads
    def __init__(self, sender_id: str) -> None:
        self.sender_id = sender_id
        self.output_channel = _Output()


def test_limited_handler_drops_over_the_limit_and_answers_politely(monkeypatch):
    import bot.ratelimit as ratelimit

    monkeypatch.setattr(ratelimit, "_limiter", RateLimiter(Limit(2, 3600)))
    processed = []

    async def on_new_message(message):
        processed.append(message.sender_id)

    handler = limited(on_new_message, "socketio")
    messages = [_Message("widget-1") for _ in range(3)] + [_Message("widget-2")]
    for message in messages:
        _run(handler(message))
    assert processed == ["widget-1", "widget-1", "widget-2"]
    assert messages[2].output_channel.sent == [("widget-1", ratelimit.SLOW_DOWN)]
