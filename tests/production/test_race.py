"""Conversations are never lost across servers: thousands of simultaneous pairs, zero lost.

Two Rasa servers share PostgreSQL and our atomic Redis lock store. With Rasa's own
RedisLockStore the same harness loses messages (bench/race_lock_store.py prints
how many). WAYPOINT_RACE_SENDERS x WAYPOINT_RACE_ROUNDS pairs (default 50 x 20).
"""

from __future__ import annotations

import os

import pytest

from tests.production.race import run_race

pytestmark = [pytest.mark.e2e]

SENDERS = int(os.environ.get("WAYPOINT_RACE_SENDERS", "50"))
ROUNDS = int(os.environ.get("WAYPOINT_RACE_ROUNDS", "20"))


def test_simultaneous_pairs_on_two_servers_lose_no_message(production):
    servers = (production.config.rasa_server_url(1), production.config.rasa_server_url(2))
    result = run_race(servers, production.config.rasa_token, SENDERS, ROUNDS)
    print("\n" + result.summary())
    assert result.pairs >= 1000
    assert result.failed_requests == 0, result.summary()
    assert result.lost == 0, result.summary()
    assert result.silent_responses == 0, result.summary()
