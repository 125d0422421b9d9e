"""Is a service open at a given time? Weekly schedules, time zones and holidays.

Schedules are RFC 5545 BYDAY rules (as HSDS 3.0 keeps them) read in the record's
local time; dateutil's rrule decides which days a rule runs, the `holidays` package
which days are statutory holidays. The rules a caller should know are in the
docstring of index.filters ("Open").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from dateutil.rrule import FR, MO, MONTHLY, SA, SU, TH, TU, WE, WEEKLY, rrule

from .places import fold, is_canadian, record_province, record_timezone
from .records import ServiceRecord

__all__ = ["is_open", "open_state"]

_DAY = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_WEEKDAYS = {"MO": MO, "TU": TU, "WE": WE, "TH": TH, "FR": FR, "SA": SA, "SU": SU}
_CLOCK = re.compile(r"(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*([ap])?\.?\s*m?\.?")
_DAY_MINUTES = 24 * 60


def _holiday_calendar(record: ServiceRecord) -> tuple[str, str | None]:
    """(country, subdivision) whose public holidays the record keeps."""
    for loc in record.locations:
        address = loc.address
        if address and not is_canadian(address):
            country, state = fold(address.country), address.province.strip().upper()
            if country in {"", "us", "usa", "united states", "united states of america"}:
                return "US", state if state in holidays.US.subdivisions else None
            return address.country.strip().upper(), None
    return "CA", record_province(record) or None


@lru_cache(maxsize=256)
def _holidays_for(country: str, subdiv: str | None, year: int):
    try:
        return holidays.country_holidays(country, subdiv=subdiv, years=year)
    except NotImplementedError:  # a country the package does not know: no holidays
        return {}


@dataclass(frozen=True)
class _Rule:
    days: tuple[str, ...]  # RFC 5545 BYDAY tokens: "MO", "2SA" (second Saturday), "-1FR"
    opens: int  # minutes after midnight
    closes: int  # minutes after midnight; <= opens means overnight (or all day if equal)
    daily: bool  # every day of the week: assumed to run on holidays too


def is_open(record: ServiceRecord, when: datetime) -> bool | None:
    """Open at `when` (an aware datetime)? None when the record has no structured hours."""
    return open_state(record, when, explain=False)[0]


def open_state(
    record: ServiceRecord, when: datetime, *, explain: bool = True
) -> tuple[bool | None, str]:
    """(open?, why not); open? is None when the record has no structured schedule."""
    rules = [_rule(tuple(s.byday), s.opens_at, s.closes_at) for s in record.schedules]
    rules = [r for r in rules if r]
    if not rules:
        return None, "opening hours unknown (no structured schedule)"
    zone = record_timezone(record)
    local = when.astimezone(ZoneInfo(zone))
    calendar = _holiday_calendar(record)
    if any(_rule_open(r, local, calendar) for r in rules):
        return True, ""
    if not explain:
        return False, ""
    reason = f"closed at {local:%a %Y-%m-%d %H:%M} {zone}"
    if any(_rule_open(r, local, None) for r in rules):
        today = local.date()
        names = [_holiday(calendar, day) for day in (today, today - timedelta(days=1))]
        reason += f" (holiday: {next((n for n in names if n), 'statutory holiday')})"
    return False, reason


def _holiday(calendar: tuple[str, str | None] | None, day: date) -> str | None:
    return _holidays_for(*calendar, day.year).get(day) if calendar else None


def _rule_open(rule: _Rule, local: datetime, calendar: tuple[str, str | None] | None) -> bool:
    """Is the rule open at local time `local`? `calendar` None ignores holidays."""
    minute = local.hour * 60 + local.minute
    if rule.opens < rule.closes and not rule.opens <= minute < rule.closes:
        return False
    day = local.date()
    if rule.opens > rule.closes and minute < rule.closes:
        day -= timedelta(days=1)  # the small hours of an overnight opening that began yesterday
    elif rule.opens > rule.closes and minute < rule.opens:
        return False
    return _occurs(rule.days, day) and (rule.daily or not _holiday(calendar, day))


@lru_cache(maxsize=4096)
def _rule(days: tuple[str, ...], opens_at: str, closes_at: str) -> _Rule | None:
    tokens = tuple(t.strip().upper() for t in days if _DAY.fullmatch(t.strip().upper()))
    opens, closes = _minutes(opens_at), _minutes(closes_at)
    if not tokens or opens is None or closes is None:
        return None
    if closes == _DAY_MINUTES - 1:  # 23:59 means to the end of the day
        closes = _DAY_MINUTES
    if opens == 0 and closes == _DAY_MINUTES:
        closes = 0  # all day: opens == closes
    daily = set(tokens) >= set(_WEEKDAYS)
    return _Rule(tokens, opens % _DAY_MINUTES, closes % _DAY_MINUTES, daily)


def _minutes(clock: str) -> int | None:
    """'09:00', '9:00', '17:00:00', '5pm', '5:30 p.m.' -> minutes after midnight."""
    match = _CLOCK.fullmatch((clock or "").strip().lower())
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if match.group(3):
        hour = hour % 12 + (12 if match.group(3) == "p" else 0)
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return hour * 60 + minute


@lru_cache(maxsize=8192)
def _occurs(days: tuple[str, ...], day: date) -> bool:
    """Does a schedule with these BYDAY tokens run on `day`? (dateutil's rrule decides.)"""
    weekdays = []
    for token in days:
        ordinal, code = _DAY.fullmatch(token).groups()
        weekdays.append(_WEEKDAYS[code](int(ordinal)) if ordinal else _WEEKDAYS[code])
    monthly = any(w.n for w in weekdays)
    target = datetime.combine(day, time())
    start = target.replace(day=1) if monthly else target - timedelta(days=7)
    rule = rrule(MONTHLY if monthly else WEEKLY, byweekday=weekdays, dtstart=start)
    return rule.after(target, inc=True) == target
