"""`python -m stack run`: start Waypoint on this machine (bot, widget page, staff console)."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time

from staff import settings as staff_settings

from .processes import Stack, StackConfig, StackError, free_port
from .production import ProductionConfig, ProductionStack

DEFAULT_DATABASE = "postgresql+psycopg://postgres@127.0.0.1:5432/waypoint"
DEFAULT_REDIS = "redis://127.0.0.1:6379/1"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m stack", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run", help="start the action server, Rasa, the widget page and the staff console"
    )
    run.add_argument("--rasa-port", type=int, default=5005)
    run.add_argument("--action-port", type=int, default=5055)
    run.add_argument("--web-port", type=int, default=8080)
    run.add_argument("--staff-port", type=int, default=staff_settings.get("port"))
    production = commands.add_parser(
        "production",
        help="the production layout on this machine: N Rasa servers, two action servers, "
        "nginx, PostgreSQL and Redis (deploy/README.md)",
    )
    production.add_argument("--port", type=int, default=8000, help="nginx's public port")
    production.add_argument("--rasa-servers", type=int, default=2)
    production.add_argument("--web-port", type=int, default=8080)
    production.add_argument("--staff-port", type=int, default=staff_settings.get("port"))
    production.add_argument(
        "--database-url", default=os.environ.get("WAYPOINT_DATABASE_URL", DEFAULT_DATABASE),
        help="PostgreSQL for tickets and conversations (WAYPOINT_DATABASE_URL)",
    )
    production.add_argument(
        "--redis-url", default=os.environ.get("WAYPOINT_REDIS_URL", DEFAULT_REDIS),
        help="Redis for conversation locks and socket.io (WAYPOINT_REDIS_URL)",
    )
    args = parser.parse_args(argv)

    if args.command == "production":
        config = ProductionConfig(
            rasa_port=args.port,
            action_port=free_port(),
            web_port=args.web_port,
            staff_port=args.staff_port,
            rasa_ports=[free_port() for _ in range(args.rasa_servers)],
            action_ports=[free_port(), free_port()],
            database_url=args.database_url,
            redis_url=args.redis_url,
        )
        return _serve(ProductionStack(config), config)
    config = StackConfig(
        rasa_port=args.rasa_port,
        action_port=args.action_port,
        web_port=args.web_port,
        staff_port=args.staff_port,
    )
    return _serve(Stack(config), config)


def _serve(stack: Stack, config: StackConfig) -> int:
    print(
        "Starting the action server, the Rasa server (about a minute), the widget page "
        "and the staff console...",
        flush=True,
    )
    started = time.monotonic()
    try:
        stack.start()
    except StackError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(
        f"\nWaypoint is running ({time.monotonic() - started:.0f} s to start):\n"
        f"  chat widget     {config.web_url}/\n"
        f"  REST channel    {config.rasa_url}/webhooks/rest/webhook\n"
        f"  action server   {config.action_url}/health\n"
        f"  staff console   {config.staff_url}/  (first time: python -m staff create-admin NAME)\n"
        f"  logs            {config.log_dir}/\n"
        "Press Ctrl-C to stop.",
        flush=True,
    )
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while all(p.popen.poll() is None for p in stack.processes):
            time.sleep(1)
        dead = [p for p in stack.processes if p.popen.poll() is not None]
        for p in dead:
            print(
                f"error: {p.name} stopped (exit code {p.popen.returncode}); see {p.log}",
                file=sys.stderr,
            )
        return 1
    except (KeyboardInterrupt, SystemExit):
        return 0
    finally:
        print("Stopping...", flush=True)
        stack.stop()


if __name__ == "__main__":
    sys.exit(main())
