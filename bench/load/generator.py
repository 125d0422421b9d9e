"""N conversations at once against Rasa's REST channel, for a fixed time.

Each simulated person plays scripts one after another, each as a new
conversation (a fresh sender id), waiting for the bot's reply before typing the
next message (and `think_s` more). Conversations are spread over the target URLs
by sender, the way a load balancer with sticky routing would. When the time is
up nobody starts a new message; the messages already sent are awaited, so the
run stops by itself and no answer is cut off.

A message counts as an error when the request fails or returns a non-2xx status,
and as lost when the bot answered it with nothing (the REST channel returns the
bot's messages for that turn; every turn of our scripts gets at least one).

A live handoff (office hours, a worker joins) pauses the bot, rightly: the person
now talks to a worker, so the script ends there and the handoff is counted, not
the silence that would follow as lost messages.
"""

from __future__ import annotations

import asyncio
import itertools
import math
import statistics
import time
import uuid
import zlib
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from actions.base import RIGHT_TO_LEFT_MARK
from actions.catalogue import Catalogue, supported_languages

from .scripts import SCRIPTS, Script

__all__ = ["LoadResult", "TurnResult", "play_once", "run_load"]

REQUEST_TIMEOUT_S = 120.0
REST_PATH = "/webhooks/rest/webhook"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
# What the bot says when a worker takes the conversation over live (actions/handoff.py),
# in every language; an RTL reply starts with the right-to-left mark.
LIVE_HANDOFF_KEYS = ("handoff_live", "handoff_urgent_live")
LIVE_HANDOFF_TEXTS = frozenset(
    Catalogue(language).text(key) for language in supported_languages() for key in LIVE_HANDOFF_KEYS
)


@dataclass
class TurnResult:
    script: str
    turn: int
    latency_ms: float
    replies: int
    error: str | None = None
    handed_off: bool = False  # a worker took over live: the bot is paused from here


@dataclass
class LoadResult:
    users: int
    duration_s: float
    turns: list[TurnResult] = field(default_factory=list)

    @property
    def ok(self) -> list[TurnResult]:
        return [t for t in self.turns if t.error is None]

    @property
    def errors(self) -> Counter:
        return Counter(t.error for t in self.turns if t.error is not None)

    @property
    def lost(self) -> list[TurnResult]:
        return [t for t in self.ok if t.replies == 0]

    @property
    def handoffs(self) -> list[TurnResult]:
        return [t for t in self.ok if t.handed_off]

    @property
    def messages_per_s(self) -> float:
        return len(self.ok) / self.duration_s if self.duration_s else 0.0

    def percentile(self, q: int) -> float:
        values = sorted(t.latency_ms for t in self.ok)
        if not values:
            return float("nan")
        if len(values) == 1:
            return values[0]
        return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def check_loopback(targets: list[str]) -> None:
    """Load goes to this machine only (house rule); say so before sending anything."""
    for url in targets:
        host = urlsplit(url).hostname or ""
        if host not in LOOPBACK_HOSTS:
            raise SystemExit(f"error: target {url} is not on 127.0.0.1; load stays on this machine")


def webhook(target: str) -> str:
    target = target.rstrip("/")
    return target if target.endswith(REST_PATH) else target + REST_PATH


async def _say(client, url, sender, text, script, turn) -> TurnResult:
    started = time.perf_counter()
    try:
        response = await client.post(url, json={"sender": sender, "message": text})
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code >= 300:
            return TurnResult(script, turn, elapsed, 0, f"HTTP {response.status_code}")
        replies = response.json()
        texts = {
            (r.get("text") or "").lstrip(RIGHT_TO_LEFT_MARK) for r in replies if isinstance(r, dict)
        }
        handed_off = bool(texts & LIVE_HANDOFF_TEXTS)
        return TurnResult(script, turn, elapsed, len(replies), handed_off=handed_off)
    except (httpx.HTTPError, ValueError) as exc:
        elapsed = (time.perf_counter() - started) * 1000
        return TurnResult(script, turn, elapsed, 0, type(exc).__name__)


def _target_for(sender: str, urls: list[str]) -> str:
    # Sticky by sender, as the load balancer must be (DESIGN.md: several Rasa servers
    # lose messages when one conversation's turns land on different servers).
    return urls[zlib.crc32(sender.encode()) % len(urls)]


async def _play(client, urls, sender, script, result, deadline=math.inf, think_s=0.0) -> bool:
    """One conversation of `script`, turn by turn, until a live handoff ends it;
    False when the deadline stopped it first."""
    url = _target_for(sender, urls)
    for turn, text in enumerate(script.turns):
        if time.monotonic() >= deadline:
            return False
        said = await _say(client, url, sender, text, script.name, turn)
        result.turns.append(said)
        if said.handed_off:
            break
        if think_s:
            await asyncio.sleep(think_s)
    return True


async def _person(client, urls, scripts, deadline, think_s, result, run_id) -> None:
    for script in scripts:
        sender = f"load-{run_id}-{uuid.uuid4().hex[:12]}"
        if not await _play(client, urls, sender, script, result, deadline, think_s):
            return


async def run_load(
    targets: list[str],
    users: int,
    duration_s: float,
    think_s: float = 0.0,
    scripts: tuple[Script, ...] = SCRIPTS,
) -> LoadResult:
    """`users` people chatting for `duration_s` seconds; returns every turn's outcome."""
    check_loopback(targets)
    urls = [webhook(t) for t in targets]
    result = LoadResult(users=users, duration_s=duration_s)
    limits = httpx.Limits(max_connections=users, max_keepalive_connections=users)
    run_id = uuid.uuid4().hex[:6]
    async with httpx.AsyncClient(timeout=REQUEST_TIMEOUT_S, limits=limits) as client:
        started = time.monotonic()
        deadline = started + duration_s
        people = []
        for i in range(users):
            # Each person starts at a different script so every language is in play.
            order = itertools.islice(itertools.cycle(scripts), i % len(scripts), None)
            people.append(_person(client, urls, order, deadline, think_s, result, run_id))
        await asyncio.gather(*people)
        # Messages already sent at the deadline are awaited: count the real time.
        result.duration_s = time.monotonic() - started
    return result


async def play_once(targets: list[str], scripts: tuple[Script, ...] = SCRIPTS) -> LoadResult:
    """Every script once, one message at a time: the single-conversation latency."""
    check_loopback(targets)
    urls = [webhook(t) for t in targets]
    result = LoadResult(users=1, duration_s=0.0)
    started = time.monotonic()
    async with httpx.AsyncClient(timeout=REQUEST_TIMEOUT_S) as client:
        for script in scripts:
            await _play(client, urls, f"single-{uuid.uuid4().hex[:12]}", script, result)
    result.duration_s = time.monotonic() - started
    return result
