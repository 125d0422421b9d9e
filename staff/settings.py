"""The staff console's settings, in the same table form as index.settings (and in the README).

A bad value is logged and the default used, as everywhere in Waypoint.
"""

from __future__ import annotations

import secrets
from typing import Any

from index.settings import Setting, read, resolve_path

__all__ = ["SETTINGS", "get", "secret_key"]


def _flag(raw: str) -> bool:
    return {"1": True, "true": True, "yes": True, "0": False, "false": False, "no": False}[
        raw.lower()
    ]


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "host",
        "WAYPOINT_STAFF_HOST",
        "127.0.0.1",
        "The interface the staff console listens on; put a TLS reverse proxy in front "
        "rather than exposing it.",
    ),
    Setting("port", "WAYPOINT_STAFF_PORT", 8090, "The staff console's port.", int),
    Setting(
        "secret_key",
        "WAYPOINT_STAFF_SECRET_KEY",
        None,
        "Signs the session cookies and CSRF tokens. Unset: a random key is made once and "
        "kept in WAYPOINT_STAFF_SECRET_FILE, so sessions survive restarts.",
    ),
    Setting(
        "secret_file",
        "WAYPOINT_STAFF_SECRET_FILE",
        "var/staff-secret-key",
        "Where the generated secret key is kept (only read when WAYPOINT_STAFF_SECRET_KEY "
        "is unset); readable by its owner only.",
    ),
    Setting(
        "secure_cookies",
        "WAYPOINT_STAFF_SECURE_COOKIES",
        True,
        "Send the session cookie over HTTPS only. Set 0 only for a console on "
        "http://127.0.0.1 (scripts/run does), never behind a public address.",
        _flag,
    ),
    Setting(
        "session_minutes",
        "WAYPOINT_STAFF_SESSION_MINUTES",
        480,
        "A login lasts this many minutes (a working day), then the worker logs in again.",
        int,
    ),
    Setting(
        "queue_refresh_seconds",
        "WAYPOINT_STAFF_QUEUE_REFRESH_SECONDS",
        3,
        "How often the open queue page asks for new tickets.",
        int,
    ),
    Setting(
        "login_attempts",
        "WAYPOINT_STAFF_LOGIN_ATTEMPTS",
        5,
        "Failed logins allowed per username and per address in 15 minutes before "
        "further tries are refused for the rest of that window.",
        int,
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> Any:
    """The value of staff setting `name`."""
    return read(_BY_NAME[name])


def secret_key() -> str:
    """The configured key, else one generated once and kept (owner-only) in the secret file."""
    configured = get("secret_key")
    if configured:
        return configured
    path = resolve_path(get("secret_file"))
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.touch(mode=0o600)
    path.write_text(key + "\n", encoding="utf-8")
    return key
