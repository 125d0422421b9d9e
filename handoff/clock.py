"""What time it is for the handoff: the real clock, or WAYPOINT_CLOCK_OVERRIDE (demos, tests)."""

from __future__ import annotations

from datetime import datetime, timezone

from . import settings

__all__ = ["now"]


def now() -> datetime:
    """The current time, aware, in UTC."""
    override = settings.get("clock_override")
    return (override or datetime.now(timezone.utc)).astimezone(timezone.utc)
