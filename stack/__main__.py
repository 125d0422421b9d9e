"""`python -m stack run`: start Waypoint on this machine (bot, widget page, staff console)."""

from __future__ import annotations

import argparse
import signal
import sys
import time

from staff import settings as staff_settings

from .processes import Stack, StackConfig, StackError


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
    args = parser.parse_args(argv)

    config = StackConfig(
        rasa_port=args.rasa_port,
        action_port=args.action_port,
        web_port=args.web_port,
        staff_port=args.staff_port,
    )
    stack = Stack(config)
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
