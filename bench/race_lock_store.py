"""Lost messages with Rasa's RedisLockStore against ours, in the same race harness.

Starts the production layout twice (two Rasa servers, PostgreSQL, Redis), once per
lock store, runs simultaneous pairs (tests/production/race.py) and prints what was
lost. Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and redis-server.

    .venv/bin/python bench/race_lock_store.py [--senders 50] [--rounds 10]

Measured 2026-11-23 (100 pairs each, machine shared with other test runs): Rasa's
RedisLockStore lost 3 of 200 messages in one run and 0 in another; ours 0 and 0.
The race depends on timing: use many pairs to compare.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stack.production import LOCK_STORE_CLASS, ProductionConfig, ProductionStack  # noqa: E402
from tests.handoff.conftest import _admin_execute  # noqa: E402
from tests.production.conftest import RedisServer  # noqa: E402
from tests.production.race import run_race  # noqa: E402


def measure(lock_store: str, senders: int, rounds: int, folder: Path) -> str:
    name = f"waypoint_race_{uuid.uuid4().hex[:12]}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    redis_server = RedisServer(folder)
    redis_server.start()
    try:
        config = ProductionConfig.on_free_ports(
            log_dir=folder / f"logs-{lock_store}",
            run_dir=folder / f"run-{lock_store}",
            database_url=f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}",
            redis_url=redis_server.url,
            redis_prefix="race",
            lock_store=lock_store,
            extra_env={"WAYPOINT_UNCLAIMED_MINUTES": "0"},
        )
        with ProductionStack(config):
            servers = (config.rasa_server_url(1), config.rasa_server_url(2))
            return run_race(servers, config.rasa_token, senders, rounds).summary()
    finally:
        redis_server.stop()
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--senders", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for label, lock_store in (("Rasa's RedisLockStore", "redis"),
                                  ("AtomicRedisLockStore", LOCK_STORE_CLASS)):
            summary = measure(lock_store, args.senders, args.rounds, Path(folder))
            print(f"{label}: {summary}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
