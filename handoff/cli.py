"""`python -m handoff` (or `waypoint-handoff`): the handoff database from the command line.

python -m handoff db upgrade        apply the migrations (the run scripts do this)
python -m handoff db check          exit 1 unless the migrations are applied
python -m handoff purge [--days N]  delete resolved tickets older than the retention
"""

from __future__ import annotations

import argparse
import sys

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
    args = parser.parse_args(argv)
    url = settings.database_url(args.database_url)
    try:
        if args.command == "db" and args.db_command == "upgrade":
            upgrade(url)
            print(f"handoff database up to date: {safe_url(url)}")
        elif args.command == "db":
            check_schema(engine_for(url))
            print(f"handoff database up to date: {safe_url(url)}")
        else:
            from .store import TicketStore

            days = args.days or settings.get("retention_days")
            count = TicketStore(url).purge_older_than(days)
            print(f"deleted {count} resolved tickets older than {days} days")
    except HandoffError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
