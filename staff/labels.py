"""Words the console shows for the handoff's codes, and small formatting helpers."""

from __future__ import annotations

from datetime import datetime

from handoff import clock

__all__ = ["REASONS", "STATES", "age", "reason_label"]

REASONS = {
    "crisis": "Crisis or safety language",
    "asked_human": "Asked for a person",
    "low_confidence": "The bot found no good answer",
    "nlu_fallback": "The bot did not understand",
    "repeated_failure": "Several failed answers in a row",
    "professional_advice": "Needs a licensed professional",
}
STATES = {
    "waiting": "Waiting",
    "claimed": "Claimed",
    "callback_requested": "Callback requested",
    "resolved": "Resolved",
}


def reason_label(code: str) -> str:
    return REASONS.get(code, code)


def age(since: datetime | None, now: datetime | None = None) -> str:
    """'45 s', '12 min', '3 h 5 min', '2 d 4 h': how long ago, to the useful unit."""
    if since is None:
        return ""
    seconds = max(0, int(((now or clock.now()) - since).total_seconds()))
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h"
