"""Per-sender rate limits for the public channels (REST, socket.io, messaging apps).

A fixed-window counter per channel and sender: at most N messages per window. The
counters live in Redis when WAYPOINT_RATE_LIMIT_REDIS_URL is set, so every Rasa server
behind a load balancer counts the same messages; otherwise in this process's memory,
which is right for the one-machine default (one Rasa server).

Use from a channel connector:

    from bot import ratelimit

    if not await ratelimit.allow("telegram", sender_id):
        ...  # answer politely (or HTTP 429) and do not process the message

or wrap the `on_new_message` callback Rasa hands to `InputChannel.blueprint`, which
drops a message over the limit and tells the sender to slow down:

    def blueprint(self, on_new_message):
        return super().blueprint(ratelimit.limited(on_new_message, self.name()))

Why not the `limits` library: it needs packaging >= 21, and Rasa 3.6 pins packaging < 21.
A fixed window is two Redis commands in one transaction (INCR, EXPIRE), so it is
written here. Senders are hashed before they become keys: phone numbers and chat ids
never sit in Redis. If Redis is unreachable, messages are let through (and a warning is
logged): a broken limiter must not silence the bot for everyone.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

__all__ = [
    "LIMIT_ENV",
    "REDIS_URL_ENV",
    "SLOW_DOWN",
    "Limit",
    "RateLimiter",
    "allow",
    "limited",
    "limiter",
    "parse_limit",
]

logger = logging.getLogger(__name__)

LIMIT_ENV = "WAYPOINT_RATE_LIMIT"
DEFAULT_LIMIT = "30/minute"
REDIS_URL_ENV = "WAYPOINT_RATE_LIMIT_REDIS_URL"
KEY_PREFIX = "waypoint:ratelimit"
SLOW_DOWN = (
    "You are sending messages faster than I can read them. "
    "Please wait a minute, then send your question again."
)
UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
_LIMIT_TEXT = re.compile(r"\s*(\d+)\s*(?:/|per)\s*(\d*)\s*(second|minute|hour|day)s?\s*", re.I)


@dataclass(frozen=True)
class Limit:
    """At most `count` messages per `seconds`, per channel and sender."""

    count: int
    seconds: int


def parse_limit(text: str) -> Limit | None:
    """'30/minute' -> Limit(30, 60); '100 per 10 minutes' -> Limit(100, 600); '0' -> None (off)."""
    if text.strip() in ("0", "off", "none"):
        return None
    match = _LIMIT_TEXT.fullmatch(text)
    if match is None or int(match[1]) < 1:
        raise ValueError(
            "expected a rate limit like '30/minute', '100 per 10 minutes' or '0' (off); "
            f"got {text!r}"
        )
    return Limit(int(match[1]), int(match[2] or 1) * UNITS[match[3].lower()])


class _MemoryCounters:
    """Counters of this process: {key: (window, count)}, old windows dropped as they pass."""

    def __init__(self) -> None:
        self.counts: dict[str, tuple[int, int]] = {}

    async def increment(self, key: str, window: int, seconds: int) -> int:
        if len(self.counts) > 10_000:  # forget windows that have ended
            self.counts = {k: v for k, v in self.counts.items() if v[0] == window}
        previous_window, count = self.counts.get(key, (window, 0))
        count = count + 1 if previous_window == window else 1
        self.counts[key] = (window, count)
        return count


class _RedisCounters:
    """Counters shared by every Rasa server: INCR and EXPIRE in one transaction."""

    def __init__(self, url: str) -> None:
        import redis.asyncio  # Rasa's own dependency (its Redis lock store)

        self.client = redis.asyncio.from_url(url, socket_timeout=1.0, socket_connect_timeout=1.0)

    async def increment(self, key: str, window: int, seconds: int) -> int:
        full_key = f"{key}:{window}"
        async with self.client.pipeline(transaction=True) as pipe:
            count, _ = await pipe.incr(full_key).expire(full_key, seconds + 1).execute()
        return int(count)


class RateLimiter:
    """Counts each sender's messages per channel in fixed windows of `limit.seconds`."""

    def __init__(self, limit: Limit | None, redis_url: str | None = None) -> None:
        self.limit = limit
        self.counters = _RedisCounters(redis_url) if redis_url else _MemoryCounters()

    async def allow(self, channel: str, sender_id: Any) -> bool:
        """True if this message is within the sender's limit (and counts it)."""
        if self.limit is None:
            return True
        sender = hashlib.sha256(str(sender_id).encode("utf-8", "replace")).hexdigest()[:32]
        key = f"{KEY_PREFIX}:{channel}:{sender}"
        window = int(time.time()) // self.limit.seconds
        try:
            count = await self.counters.increment(key, window, self.limit.seconds)
        except Exception as exc:  # Redis down or misconfigured: never block everyone
            logger.warning("rate limiter unavailable, message let through: %s", type(exc).__name__)
            return True
        return count <= self.limit.count

    def retry_after(self) -> int:
        """Seconds until the current window ends (for a Retry-After header)."""
        if self.limit is None:
            return 0
        return self.limit.seconds - int(time.time()) % self.limit.seconds


def _from_environment() -> RateLimiter:
    raw = os.environ.get(LIMIT_ENV, "").strip() or DEFAULT_LIMIT
    try:
        limit = parse_limit(raw)
    except ValueError as exc:
        logger.error("%s: %s; using %s", LIMIT_ENV, exc, DEFAULT_LIMIT)
        limit = parse_limit(DEFAULT_LIMIT)
    return RateLimiter(limit, os.environ.get(REDIS_URL_ENV, "").strip() or None)


_limiter: RateLimiter | None = None


def limiter() -> RateLimiter:
    """The process's limiter, configured from the environment on first use."""
    global _limiter
    if _limiter is None:
        _limiter = _from_environment()
    return _limiter


async def allow(channel: str, sender_id: Any) -> bool:
    """True if `sender_id` may send another message on `channel` now (and counts it)."""
    return await limiter().allow(channel, sender_id)


OnNewMessage = Callable[[Any], Awaitable[Any]]


def limited(on_new_message: OnNewMessage, channel: str, reply: str = SLOW_DOWN) -> OnNewMessage:
    """`on_new_message` that drops a message over the sender's limit and answers `reply`.

    For channels that cannot answer with HTTP 429 (socket.io, messaging apps): the
    sender gets one polite message through the message's own output channel instead.
    """

    async def handler(message) -> Any:
        if await allow(channel, message.sender_id):
            return await on_new_message(message)
        logger.info("message over the rate limit dropped on %s", channel)
        await message.output_channel.send_text_message(message.sender_id, reply)
        return None

    return handler
