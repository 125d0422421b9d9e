"""`python -m staff`: run the console, make accounts, apply retention.

python -m staff run [--host H] [--port P]         serve the console (waitress)
python -m staff create-admin USERNAME            the first admin; prompts for the password
python -m staff add-user USERNAME [--role R]     another account (worker by default)
    --password-stdin                             read the password from standard input
python -m staff purge [--days N]                 delete tickets resolved more than N days ago
                                                 and transcripts silent as long (default
                                                 WAYPOINT_RETENTION_DAYS); run it daily
"""

from __future__ import annotations

import argparse
import getpass
import sys

from handoff import settings as handoff_settings
from handoff.errors import HandoffError

from . import settings

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "run":
            return _run(args)
        if args.command in ("create-admin", "add-user"):
            return _add_user(args)
        return _purge(args)
    except HandoffError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m staff",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--database-url", help="default: WAYPOINT_DATABASE_URL")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="serve the console")
    run.add_argument("--host", default=None, help="default: WAYPOINT_STAFF_HOST")
    run.add_argument("--port", type=int, default=None, help="default: WAYPOINT_STAFF_PORT")
    for name, role in (("create-admin", "admin"), ("add-user", "worker")):
        sub = commands.add_parser(name, help=f"make an account ({role} by default)")
        sub.add_argument("username")
        sub.add_argument("--role", default=role, choices=["worker", "admin"])
        sub.add_argument("--password-stdin", action="store_true", help="read it from stdin")
    purge = commands.add_parser("purge", help="delete tickets past the retention")
    purge.add_argument("--days", type=int, default=None, help="default: WAYPOINT_RETENTION_DAYS")
    return parser


def _store(args):
    from handoff.store import TicketStore

    return TicketStore(handoff_settings.database_url(args.database_url))


def _run(args) -> int:
    from waitress import serve

    from .app import create_app

    host = args.host or settings.get("host")
    port = args.port or settings.get("port")
    app = create_app(store=_store(args))
    print(f"Waypoint staff console: http://{host}:{port}/", flush=True)
    serve(app, host=host, port=port, threads=8, ident="waypoint-staff")
    return 0


def _add_user(args) -> int:
    from .accounts import AccountError, create_account

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"Password for {args.username} (12+ characters): ")
        if password != getpass.getpass("Again: "):
            print("error: the two passwords differ; run the command again", file=sys.stderr)
            return 1
    try:
        account = create_account(_store(args), args.username, password, args.role)
    except AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"created {account.role} account {account.username}")
    return 0


def _purge(args) -> int:
    days = args.days or handoff_settings.get("retention_days")
    count = _store(args).purge_older_than(days)
    print(
        f"deleted {count} tickets resolved more than {days} days ago, and the transcripts "
        "of conversations silent as long (except those with an open ticket)"
    )
    return 0
