"""An atomic Redis lock store for several Rasa servers sharing one tracker store.

Rasa's own RedisLockStore issues tickets with a read-modify-write of one JSON
value (GET, change, SET), which two servers can interleave: both see no lock,
both take ticket 1, both run the turn on the same tracker, and one server's save
drops the other's events (RasaHQ/rasa#9213). Measured here: one of two
simultaneous messages lost in 6 of 18 trials (bench/race_lock_store.py).

This store takes the lock in one Redis command, `SET key token NX PX lifetime`,
and releases it with a script that deletes the key only while it still holds our
token, so a server whose turn outlived the lifetime never frees a lock another
server has taken since. Waiters retry with a short, jittered sleep; the lifetime
bounds how long a crashed server can hold a conversation.

Endpoints (bot/endpoints.production.yml):

    lock_store:
      type: bot.lock_store.AtomicRedisLockStore
      url: 127.0.0.1
      port: 6379
      db: 1
      key_prefix: waypoint

When Redis cannot be reached the lock is skipped, not the message: the bot keeps
answering and every Rasa server logs that the lock store is down (and when it is
back). While it is down, two messages of one conversation arriving at the same
instant on two servers can lose one, exactly as with no shared lock store.
"""

from __future__ import annotations

import asyncio
import logging
import random
import secrets
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, LockStore

__all__ = ["AtomicRedisLockStore"]

logger = logging.getLogger(__name__)

# Delete the key only if it still holds this holder's token (compare-and-delete).
_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
end
return 0
"""

# How long a waiter sleeps between attempts: from FIRST_RETRY up to MAX_RETRY.
# Rasa's default wait (1 s) would add a second to every queued message.
FIRST_RETRY = 0.005
MAX_RETRY = 0.05


class AtomicRedisLockStore(LockStore):
    """A per-conversation mutex in Redis: SET NX PX to take, compare-and-delete to release."""

    def __init__(
        self,
        endpoint_config: Any = None,
        *,
        host: str = "127.0.0.1",
        port: int = 6379,
        db: int = 1,
        password: str | None = None,
        use_ssl: bool = False,
        key_prefix: str | None = None,
        socket_timeout: float = 2.0,
    ) -> None:
        from redis import asyncio as redis_asyncio

        if endpoint_config is not None:  # Rasa passes the lock_store section of endpoints.yml
            options = dict(endpoint_config.kwargs or {})
            host = endpoint_config.url or options.pop("host", host)
            port = options.pop("port", port)
            db = options.pop("db", db)
            password = options.pop("password", password)
            use_ssl = _truthy(options.pop("use_ssl", use_ssl))
            key_prefix = options.pop("key_prefix", key_prefix)
            socket_timeout = float(options.pop("socket_timeout", socket_timeout))
        self.redis = redis_asyncio.Redis(
            host=host,
            port=int(port),
            db=int(db),
            password=password or None,
            ssl=use_ssl,
            socket_timeout=socket_timeout,
            socket_connect_timeout=socket_timeout,
        )
        self.key_prefix = f"{key_prefix}:lock:" if key_prefix else "lock:"
        self._release = self.redis.register_script(_RELEASE)
        self._redis_down = False
        super().__init__()

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = 1,
    ) -> AsyncIterator[TicketLock]:
        """Hold the conversation's lock for the block; wait while another server holds it.

        Raises LockError after waiting `lock_lifetime` seconds (the longest a live
        holder can keep it). `wait_time_in_seconds` caps the pause between attempts.
        """
        key = self.key_prefix + conversation_id
        token = secrets.token_hex(16)
        held = await self._acquire(key, token, lock_lifetime, wait_time_in_seconds)
        try:
            yield TicketLock(conversation_id)
        finally:
            if held:
                await self._release_quietly(key, token)

    async def _acquire(self, key: str, token: str, lifetime: float, max_pause: float) -> bool:
        """True once the lock is ours; False when Redis is down (the turn runs unlocked)."""
        from redis.exceptions import RedisError

        lifetime_ms = max(1, int(lifetime * 1000))
        deadline = time.monotonic() + lifetime
        pause = FIRST_RETRY
        while True:
            try:
                if await self.redis.set(key, token, nx=True, px=lifetime_ms):
                    self._note_redis_up()
                    return True
            except RedisError as exc:
                self._note_redis_down(exc)
                return False
            if time.monotonic() >= deadline:
                raise LockError(
                    f"Waited {lifetime:.0f} s for a conversation's lock; another server kept it "
                    "(TICKET_LOCK_LIFETIME sets how long a lock may be held)"
                )
            await asyncio.sleep(random.uniform(pause / 2, pause))
            pause = min(pause * 2, MAX_RETRY, max(max_pause, FIRST_RETRY))

    async def _release_quietly(self, key: str, token: str) -> None:
        from redis.exceptions import RedisError

        try:
            await self._release(keys=[key], args=[token])
        except RedisError as exc:  # the key expires by itself after the lifetime
            self._note_redis_down(exc)

    def _note_redis_down(self, exc: Exception) -> None:
        if not self._redis_down:
            self._redis_down = True
            logger.error(
                "Lock store: Redis is unreachable (%s). Messages are handled without the "
                "conversation lock until it is back: two simultaneous messages of one "
                "conversation on two servers can lose one. Start Redis or fix the lock_store "
                "section of the endpoints file.",
                type(exc).__name__,
            )

    def _note_redis_up(self) -> None:
        if self._redis_down:
            self._redis_down = False
            logger.warning("Lock store: Redis is reachable again; conversation locks are back.")

    # The ticket API of Rasa's LockStore base class is not used: `lock` above is the
    # whole protocol. These keep a stray caller from silently getting a fake lock.
    def get_lock(self, conversation_id: str) -> TicketLock | None:
        raise NotImplementedError("AtomicRedisLockStore has no ticket queue; use lock()")

    def save_lock(self, lock: TicketLock) -> None:
        raise NotImplementedError("AtomicRedisLockStore has no ticket queue; use lock()")

    def delete_lock(self, conversation_id: str) -> None:
        raise NotImplementedError("AtomicRedisLockStore has no ticket queue; use lock()")


def _truthy(value: Any) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on")
