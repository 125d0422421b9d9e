"""Office hours: is a worker there now, and if not, when is the next opening?

The agency file (WAYPOINT_AGENCY_FILE, YAML) holds the time zone, the weekly
hours, the province whose statutory holidays close the office (federal ones
too, from the `holidays` package) and the agency's own closures:

    time_zone: America/Toronto
    province: ON
    weekly_hours:              # mon..sun; a day left out is closed
      mon: ["09:00-17:00"]
      tue: ["09:00-12:00", "13:00-17:00"]
    closures:                  # dates, or ranges "2026-12-24..2027-01-01"
      - 2026-12-24..2027-01-01

The file is re-read when it changes, so an agency edits its hours without a
restart. Without a file, the defaults below apply (Mon-Fri 9:00-17:00, Toronto).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
import yaml

from index.settings import resolve_path

from . import clock, settings
from .errors import HandoffError

__all__ = ["AgencyConfigError", "AgencyHours", "format_opening", "load_agency"]

logger = logging.getLogger(__name__)

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT = {
    "time_zone": "America/Toronto",
    "province": "ON",
    "weekly_hours": {day: ["09:00-17:00"] for day in DAYS[:5]},
    "closures": [],
}
# How far next_opening looks; an agency closed for longer than this has no opening.
SEARCH_DAYS = 400


class AgencyConfigError(HandoffError):
    """The agency file is malformed; the message names the field and the expected form."""


@dataclass(frozen=True)
class AgencyHours:
    time_zone: ZoneInfo
    province: str | None
    # Weekday (0 = Monday) -> opening intervals in minutes after midnight, sorted.
    weekly: dict[int, tuple[tuple[int, int], ...]]
    closures: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def from_dict(cls, raw: dict) -> AgencyHours:
        raw = {**DEFAULT, **(raw or {})}
        try:
            zone = ZoneInfo(str(raw["time_zone"]))
        except (ZoneInfoNotFoundError, ValueError):
            raise AgencyConfigError(
                f"time_zone {raw['time_zone']!r} is not an IANA zone; e.g. America/Toronto"
            ) from None
        weekly = {}
        for day, intervals in (raw["weekly_hours"] or {}).items():
            if day not in DAYS:
                raise AgencyConfigError(f"weekly_hours: {day!r} is not one of {', '.join(DAYS)}")
            weekly[DAYS.index(day)] = tuple(sorted(_interval(i) for i in intervals or []))
        closures = frozenset(d for item in raw["closures"] or [] for d in _dates(item))
        return cls(zone, _province(raw.get("province")), weekly, closures)

    @cached_property
    def _holidays(self) -> holidays.HolidayBase:
        # Federal holidays, plus the province's when one is given.
        return holidays.country_holidays("CA", subdiv=self.province)

    def is_closed_day(self, day: date) -> bool:
        """A statutory holiday or one of the agency's closures."""
        return day in self.closures or day in self._holidays

    def is_open(self, at: datetime | None = None) -> bool:
        """Whether a worker is there at `at` (aware; default: now)."""
        local = (at or clock.now()).astimezone(self.time_zone)
        if self.is_closed_day(local.date()):
            return False
        minute = local.hour * 60 + local.minute
        return any(start <= minute < end for start, end in self.weekly.get(local.weekday(), ()))

    def next_opening(self, at: datetime | None = None) -> datetime | None:
        """When a worker is next there: `at` itself when open, else the next start of hours.

        None when the agency has no opening hours in the next SEARCH_DAYS days.
        """
        at = at or clock.now()
        if self.is_open(at):
            return at
        local = at.astimezone(self.time_zone)
        for offset in range(SEARCH_DAYS):
            day = local.date() + timedelta(days=offset)
            if self.is_closed_day(day):
                continue
            for start, _end in self.weekly.get(day.weekday(), ()):
                opening = datetime.combine(day, _clock_time(start), self.time_zone)
                if opening > local:
                    return opening
        return None


def _interval(text: str) -> tuple[int, int]:
    try:
        start, end = (part.strip() for part in str(text).split("-"))
        interval = (_minutes(start), _minutes(end))
    except ValueError:
        raise AgencyConfigError(
            f"weekly_hours: {text!r} is not an interval; write HH:MM-HH:MM, e.g. 09:00-17:00"
        ) from None
    if interval[0] >= interval[1]:
        raise AgencyConfigError(f"weekly_hours: {text!r} ends before it starts")
    return interval


def _minutes(text: str) -> int:
    hours, minutes = (int(p) for p in text.split(":"))
    if not (0 <= hours <= 24 and 0 <= minutes < 60) or (hours == 24 and minutes):
        raise ValueError(text)
    return hours * 60 + minutes


def _clock_time(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def _dates(item) -> list[date]:
    if isinstance(item, date):
        return [item]
    text = str(item)
    try:
        if ".." in text:
            first, last = (date.fromisoformat(p.strip()) for p in text.split(".."))
            return [first + timedelta(days=n) for n in range((last - first).days + 1)]
        return [date.fromisoformat(text)]
    except ValueError:
        raise AgencyConfigError(
            f"closures: {text!r} is not a date; write 2026-12-24 or 2026-12-24..2027-01-01"
        ) from None


_cache: dict[Path, tuple[float, AgencyHours]] = {}


def _province(value) -> str | None:
    """The province's code, checked now rather than at the first handoff."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):  # YAML 1.1 reads a bare ON (Ontario) as true
        raise AgencyConfigError(
            f'province: {value!r} is not a province code: put it in quotes, e.g. province: "ON"'
        )
    code = str(value).strip().upper()
    if code not in holidays.Canada.subdivisions:
        raise AgencyConfigError(
            f"province {value!r} is not a Canadian province or territory code; "
            f"one of {', '.join(holidays.Canada.subdivisions)}"
        )
    return code


def load_agency(path: str | Path | None = None) -> AgencyHours:
    """The agency's hours from its file (default: the setting), re-read when it changes."""
    path = resolve_path(path or settings.get("agency_file"))
    try:
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        logger.info("No agency file at %s: default hours (Mon-Fri 9-17, Toronto)", path)
        return AgencyHours.from_dict({})
    cached = _cache.get(path)
    if cached and cached[0] == mtime:
        return cached[1]
    with open(path, encoding="utf-8") as file:
        raw = yaml.safe_load(file) or {}
    if not isinstance(raw, dict):
        raise AgencyConfigError(f"{path}: expected a mapping with time_zone, weekly_hours, ...")
    hours = AgencyHours.from_dict(raw)
    _cache[path] = (mtime, hours)
    return hours


# Babel has no "tl" locale; Filipino ("fil") is the written standard of Tagalog.
_BABEL_LOCALES = {"tl": "fil"}


def format_opening(opening: datetime, language: str, time_zone: ZoneInfo) -> str:
    """ "Monday, March 2, 2026, 9:00 AM (Toronto time)" in the person's language."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import format_date, format_time, get_timezone_location

    try:
        locale = Locale.parse(_BABEL_LOCALES.get(language, language))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    local = opening.astimezone(time_zone)
    day = format_date(local, format="full", locale=locale)
    hour = format_time(local, format="short", locale=locale)
    zone = get_timezone_location(time_zone, locale=locale, return_city=True)
    return f"{day}, {hour} ({zone})"
