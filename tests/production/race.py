"""The race harness: pairs of simultaneous messages for one conversation on two Rasa servers.

A pair is two messages from the same sender, sent at the same instant, one to
each Rasa server directly (not through nginx, so the two servers really do meet).
Each sender sends its pairs one after the other; all senders run at once.
Afterwards every conversation is read back from the tracker store: a message is
lost when the tracker lacks it or lacks a bot reply after it (before the next
message). The turn is "/thank" (no NLU, one trivial custom action: action_thank),
so thousands of pairs fit in a few minutes.

tests/production/test_race.py asserts zero lost with our lock store;
bench/race_lock_store.py prints the count for Rasa's RedisLockStore too.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass

import httpx

__all__ = ["RaceResult", "count_lost", "run_race"]

MESSAGE = "/thank"


@dataclass
class RaceResult:
    pairs: int
    lost_messages: int  # user messages missing from the trackers
    lost_replies: int  # user messages in the tracker with no bot reply after them
    silent_responses: int  # HTTP answers with no message in them
    failed_requests: int  # HTTP errors and timeouts
    seconds: float

    @property
    def lost(self) -> int:
        return self.lost_messages + self.lost_replies

    def summary(self) -> str:
        return (
            f"{self.pairs} pairs ({2 * self.pairs} messages) in {self.seconds:.0f} s: "
            f"{self.lost_messages} messages missing from the tracker, "
            f"{self.lost_replies} without a reply, {self.silent_responses} silent answers, "
            f"{self.failed_requests} failed requests"
        )


def count_lost(events: list[dict], sent: int) -> tuple[int, int]:
    """(messages missing, messages without a bot reply) in one tracker's events."""
    users = 0
    unanswered = 0
    waiting = False
    for event in events:
        if event.get("event") == "user":
            users += 1
            unanswered += waiting
            waiting = True
        elif event.get("event") == "bot":
            waiting = False
    unanswered += waiting
    return max(0, sent - users), unanswered


async def _race(servers: tuple[str, str], token: str, senders: int, rounds: int) -> RaceResult:
    silent = failed = 0
    timeout = httpx.Timeout(180.0)
    limits = httpx.Limits(max_connections=4 * senders)
    ids = [f"race-{uuid.uuid4().hex[:16]}" for _ in range(senders)]

    async with httpx.AsyncClient(timeout=timeout, limits=limits) as client:

        async def say(server: str, sender: str) -> None:
            nonlocal silent, failed
            try:
                reply = await client.post(
                    f"{server}/webhooks/rest/webhook", json={"sender": sender, "message": MESSAGE}
                )
                reply.raise_for_status()
                silent += not reply.json()
            except (httpx.HTTPError, ValueError):
                failed += 1

        async def conversation(sender: str) -> None:
            for _ in range(rounds):
                await asyncio.gather(say(servers[0], sender), say(servers[1], sender))

        started = time.monotonic()
        await asyncio.gather(*(conversation(sender) for sender in ids))
        seconds = time.monotonic() - started

        missing = unanswered = 0
        for sender in ids:
            tracker = await client.get(
                f"{servers[0]}/conversations/{sender}/tracker", params={"token": token}
            )
            tracker.raise_for_status()
            lost, no_reply = count_lost(tracker.json()["events"], sent=2 * rounds)
            missing += lost
            unanswered += no_reply
    return RaceResult(senders * rounds, missing, unanswered, silent, failed, seconds)


def run_race(servers: tuple[str, str], token: str, senders: int, rounds: int) -> RaceResult:
    """`senders` conversations, each sending `rounds` simultaneous pairs to the two servers."""
    return asyncio.run(_race(servers, token, senders, rounds))
