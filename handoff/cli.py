"""`python -m handoff` (or `waypoint-handoff`): the handoff database from the command line.

python -m handoff db upgrade        apply the migrations (the run scripts do this)
python -m handoff db check          exit 1 unless the migrations are applied
python -m handoff purge [--days N]  delete resolved tickets (and silent transcripts) older
                                    than the retention
python -m handoff watch [--once]    offer a callback when no worker claims a live ticket in
                                    WAYPOINT_UNCLAIMED_MINUTES (python -m stack run starts it)
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading

from . import settings
from .db import check_schema, engine_for, safe_url, upgrade
from .errors import HandoffError

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m handoff",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--database-url", help="default: WAYPOINT_DATABASE_URL")
    commands = parser.add_subparsers(dest="command", required=True)
    db = commands.add_parser("db", help="migrations").add_subparsers(
        dest="db_command", required=True
    )
    db.add_parser("upgrade", help="apply the migrations")
    db.add_parser("check", help="exit 1 unless the migrations are applied")
    purge = commands.add_parser("purge", help="delete resolved tickets past the retention")
    purge.add_argument("--days", type=int, default=None, help="default: WAYPOINT_RETENTION_DAYS")
    watch = commands.add_parser("watch", help="offer callbacks on unclaimed live tickets")
    watch.add_argument(
        "--minutes", type=float, default=None, help="default: WAYPOINT_UNCLAIMED_MINUTES"
    )
    watch.add_argument("--once", action="store_true", help="look once and exit (cron)")
    args = parser.parse_args(argv)
    url = settings.database_url(args.database_url)
    try:
        if args.command == "db" and args.db_command == "upgrade":
            upgrade(url)
            print(f"handoff database up to date: {safe_url(url)}")
        elif args.command == "db":
            check_schema(engine_for(url))
            print(f"handoff database up to date: {safe_url(url)}")
        elif args.command == "watch":
            _watch(url, args.minutes, args.once)
        else:
            from .store import TicketStore

            days = args.days or settings.get("retention_days")
            count = TicketStore(url).purge_older_than(days)
            print(
                f"deleted {count} resolved tickets older than {days} days, and the "
                "transcripts of conversations silent as long"
            )
    except HandoffError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _watch(url: str, minutes: float | None, once: bool) -> None:
    from .rasa_api import RasaApi
    from .store import TicketStore
    from .watch import notify_unclaimed_tickets, watch

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # the schema check is not news
    minutes = settings.get("unclaimed_minutes") if minutes is None else minutes
    store, api = TicketStore(url), RasaApi()
    if once:
        told = notify_unclaimed_tickets(store, api, minutes)
        print(f"offered a callback on {len(told)} unclaimed tickets")
        return
    stop = threading.Event()
    # SIGTERM (the stack stopping) ends the loop between two rounds, not inside one.
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        watch(store, api, minutes, stop)
    except KeyboardInterrupt:
        pass
