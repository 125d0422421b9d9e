"""The handoff's settings, in the same table form as index.settings (and in the README).

A bad value is logged and the default used, as everywhere in Waypoint.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from index.settings import Setting, read, resolve_path

__all__ = ["SETTINGS", "database_url", "get", "tracker_url"]


def _minutes(raw: str) -> float:
    value = float(raw)
    if value < 0:
        raise ValueError("minutes cannot be negative (0 turns the watcher off)")
    return value


def _aware_datetime(raw: str) -> datetime:
    value = datetime.fromisoformat(raw)
    if value.tzinfo is None:
        raise ValueError("give a UTC offset, e.g. 2026-03-02T21:00:00-05:00")
    return value


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "database_url",
        "WAYPOINT_DATABASE_URL",
        "sqlite:///var/handoff.db",
        "Handoff tickets (SQLAlchemy URL): SQLite by default, "
        "postgresql+psycopg://user:password@host/db in production. A relative SQLite path "
        "is taken from the project folder.",
    ),
    Setting(
        "agency_file",
        "WAYPOINT_AGENCY_FILE",
        "config/agency.yml",
        "The agency's time zone, weekly hours, province (for holidays) and closures; "
        "re-read when it changes.",
    ),
    Setting(
        "clock_override",
        "WAYPOINT_CLOCK_OVERRIDE",
        None,
        "Demos and tests only: the time the handoff believes it is (ISO 8601 with a UTC "
        "offset), to show the in-hours or after-hours flow.",
        _aware_datetime,
    ),
    Setting(
        "rasa_url",
        "WAYPOINT_RASA_URL",
        "http://127.0.0.1:5005",
        "The Rasa server's HTTP API, used to send workers' replies and to resume the bot.",
    ),
    Setting(
        "rasa_token",
        "WAYPOINT_RASA_TOKEN",
        None,
        "The token of Rasa's HTTP API (`rasa run --enable-api --auth-token`); the stack "
        "makes a random one per run when this is unset.",
    ),
    Setting(
        "retention_days",
        "WAYPOINT_RETENTION_DAYS",
        180,
        "Resolved tickets older than this many days are deleted by `python -m handoff purge`.",
        int,
    ),
    Setting(
        "unclaimed_minutes",
        "WAYPOINT_UNCLAIMED_MINUTES",
        10,
        "In hours, a live ticket no worker claimed within this many minutes: the person is "
        "told no worker is free and offered a callback (`python -m handoff watch`; 0: never).",
        _minutes,
    ),
    Setting(
        "tracker_db",
        "WAYPOINT_TRACKER_DB",
        "var/tracker.db",
        "The Rasa server's SQLite tracker store (bot/endpoints.yml); the handoff deletes "
        "transcripts there.",
    ),
    Setting(
        "tracker_url",
        "WAYPOINT_TRACKER_URL",
        None,
        "The tracker store as an SQLAlchemy URL, when it is not the SQLite file above "
        "(PostgreSQL in production); it takes precedence over WAYPOINT_TRACKER_DB.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> Any:
    """The value of handoff setting `name`."""
    return read(_BY_NAME[name])


def database_url(url: str | None = None) -> str:
    """`url` or the setting, with a relative SQLite path made absolute (project folder)."""
    url = url or get("database_url")
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != prefix + ":memory:":
        path = resolve_path(url[len(prefix) :])
        path.parent.mkdir(parents=True, exist_ok=True)
        return prefix + str(path)
    return url


def tracker_url(url: str | None = None) -> str:
    """`url`, WAYPOINT_TRACKER_URL, or the SQLite file WAYPOINT_TRACKER_DB, as a URL."""
    return url or get("tracker_url") or "sqlite:///" + str(resolve_path(get("tracker_db")))
