"""Filters on service records: near a place, language offered, open at a time, category,
population served. The search over-fetches its nearest records and keeps those that match.

    >>> f = SearchFilters(near=resolve_place("Toronto"), languages=("ar",), categories=("food",))
    >>> [r for r in records if matches(r, f)]

Choices a caller should know:

- Near. A record matches when any of its located addresses lies within `radius_km` of the
  place. An address without coordinates is located by its postal code (FSA) or its city in
  the gazetteer, and otherwise matches when its city has the place's name. For a "region"
  place (a province, or a postal code we only know the first letter of) the record's
  province decides instead. An in-person service is where its addresses are. A record that
  can be used from afar (a virtual location, or no physical location) or that we cannot
  place matches when one of its `service_areas` names the place, a city within the radius,
  its province or Canada. A remote one with no service areas matches places in its own
  province, and any place when its province is unknown too (a phone or web service that
  says nothing of its reach is assumed to serve everyone).
- Open. Weekly schedules are read in the record's local time (its city or province in the
  gazetteer; America/Toronto when unknown). Hours that end before they start run overnight
  (22:00-06:00); 00:00-23:59 on all seven days is 24/7. A schedule that does not run every
  day of the week is assumed closed on the statutory holidays of the record's province
  (the `holidays` package, "public" category); a daily schedule (shelters, crisis lines,
  daily meals) is assumed to run on holidays too. A record without a structured schedule
  has unknown hours: kept when `include_unknown_hours` is true (the default; 211 data often
  has only free-text hours), left out otherwise.
- Categories. Each wanted category is one of our plain categories (`CATEGORIES`: matched by
  its code, its label among the record's category names, or its AIRS code prefixes), an
  AIRS code prefix ("BD" and "BD-1800" match "BD-1800.2000"; "BD-18" is no code and
  matches nothing), or a category name. A record needs to match any one of them.
- Populations. Each wanted population is one of `POPULATIONS` (AIRS "Y" code prefixes, or
  its words in the eligibility text), a "Y" code prefix, or a word. A record whose
  eligibility says it is open to anyone ("everyone welcome") and names no population code
  matches every population.
- Languages. ISO 639-1 codes, compared on the primary subtag ("zh-Hant" is "zh"); a record
  must list one of them. Records listing no language do not match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

import holidays
from dateutil.rrule import FR, MO, MONTHLY, SA, SU, TH, TU, WE, WEEKLY, rrule

from .places import (
    Place,
    distance_km,
    find_place_in,
    fold,
    is_canadian,
    province_code,
    record_points,
    record_province,
    record_timezone,
    resolve_place,
)
from .records import Address, ServiceRecord

__all__ = [
    "CATEGORIES",
    "POPULATIONS",
    "Category",
    "Population",
    "SearchFilters",
    "is_open",
    "matches",
    "why_not",
]


@dataclass(frozen=True)
class Category:
    label: str
    airs_prefixes: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # other category names meaning the same, any language


@dataclass(frozen=True)
class Population:
    airs_prefixes: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # looked for as whole words in the eligibility text


# Our plain categories (the codes of the demo data's "waypoint-categories" taxonomy).
# The AIRS prefixes are codes as they occur in 211 records, not a copy of the taxonomy.
CATEGORIES: dict[str, Category] = {
    "language-classes": Category("Language classes", ("HH-0500.8000",), ("ESL", "LINC")),
    "settlement": Category("Settlement help", ("PH-1450",), ("Settlement services",)),
    "employment": Category("Jobs and employment", ("ND",), ("Employment",)),
    "credentials": Category("Credential recognition"),
    "benefits": Category("Benefits and taxes", ("NL", "NS", "FT-1000", "DT-8800")),
    "housing": Category("Housing and tenant help", ("BH", "FT-4500"), ("Housing",)),
    "shelter": Category("Shelter", ("BH-1800", "BH-1850", "BH-8600"), ("Emergency shelter",)),
    "food": Category("Food", ("BD",), ("Food banks",)),
    "health": Category("Health care", ("L",), ("Health",)),
    "mental-health": Category("Mental health", ("RP", "RM", "RR")),
    "legal": Category("Legal help", ("FT",), ("Legal services",)),
    "immigration": Category("Immigration help", ("FT-3500", "FT-3600")),
    "interpretation": Category("Interpretation and translation", ("PH-3500",)),
    "child-care": Category("Child care", ("PH-1250", "NL-3000.1500")),
    "women": Category("Women"),
    "youth": Category("Youth"),
    "seniors": Category("Seniors"),
    "lgbtq": Category("LGBTQ+", ("PN-8100.4500-240",), ("LGBTQ2S+",)),
}

POPULATIONS: dict[str, Population] = {
    "refugees": Population(
        ("YE-7000",),
        ("refugee", "refugee claimant", "asylum", "asylum seeker", "protected person")
        + ("réfugié", "réfugiée", "demandeur d'asile", "demandeurs d'asile"),
    ),
    "immigrants": Population(
        ("YE-3300", "YE-2000"),
        ("immigrant", "newcomer", "new to canada", "permanent resident")
        + ("personnes immigrantes", "nouveaux arrivants", "nouvelles arrivantes"),
    ),
    "undocumented": Population(
        ("YE-9000",),
        ("undocumented", "without status", "any immigration status", "sans statut"),
    ),
    "seniors": Population(
        ("YB-8000",),
        ("senior", "older adult", "55 and over", "60 and over", "65 and over", "55+", "65+")
        + ("aînés", "personnes âgées"),
    ),
    "youth": Population(("YB-9500", "YB-9000"), ("youth", "young people", "teen", "jeunes")),
    "children": Population(("YB-9500.1500",), ("children", "child", "kids", "enfants")),
    "women": Population((), ("women", "woman", "mothers", "femmes")),
    "lgbtq": Population((), ("lgbt", "lgbtq", "lgbtq+", "2slgbtq+", "lgbtq2s+", "queer")),
    "disabilities": Population(("YF",), ("disability", "disabilities", "handicap")),
}

# Eligibility wording that means anyone may come.
OPEN_TO_ALL = (
    *("anyone", "everyone", "everybody", "open to all", "all ages", "no eligibility"),
    *("no restrictions", "tout le monde", "ouvert à tous", "toute personne"),
)
NATIONAL_AREAS = {"canada", "national", "nationwide", "all of canada", "partout au canada"}
_AIRS = re.compile(r"[A-Z]{1,2}(?:-\d{4}(?:\.\d{4}(?:-\d{3}(?:\.\d{2})?)?)?)?")
_DAY = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
_WEEKDAYS = {"MO": MO, "TU": TU, "WE": WE, "TH": TH, "FR": FR, "SA": SA, "SU": SU}
_CLOCK = re.compile(r"(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*([ap])?\.?\s*m?\.?")
_DAY_MINUTES = 24 * 60


@dataclass(frozen=True)
class SearchFilters:
    """What the person asked to narrow the results by; every part is optional."""

    near: Place | None = None
    radius_km: float = 25.0
    languages: tuple[str, ...] = ()  # ISO 639-1: keep records offering any of them
    open_at: datetime | None = None  # timezone-aware
    categories: tuple[str, ...] = ()
    populations: tuple[str, ...] = ()
    include_unknown_hours: bool = True

    def __post_init__(self) -> None:
        if not self.radius_km > 0:
            raise ValueError(f"radius_km must be a positive number of km; got {self.radius_km!r}")
        if self.open_at is not None and self.open_at.utcoffset() is None:
            raise ValueError(
                "open_at must be timezone-aware, e.g. datetime.now(ZoneInfo('America/Toronto'))"
                f"; got naive {self.open_at.isoformat()}"
            )
        languages = tuple(dict.fromkeys(_primary(code) for code in self.languages if code))
        object.__setattr__(self, "languages", languages)
        for name in ("categories", "populations"):
            values = tuple(v.strip() for v in getattr(self, name) if v and v.strip())
            object.__setattr__(self, name, values)

    @property
    def active(self) -> bool:
        """True when any filter is set (the search then needs to over-fetch)."""
        return bool(
            self.near or self.languages or self.open_at or self.categories or self.populations
        )


def matches(record: ServiceRecord, filters: SearchFilters) -> bool:
    """True when `record` passes every filter that is set."""
    return why_not(record, filters) is None


def why_not(record: ServiceRecord, filters: SearchFilters) -> str | None:
    """Why `record` fails `filters` (the first failing filter), or None when it passes."""
    if filters.languages:
        offered = {_primary(code) for code in record.languages}
        if not offered.intersection(filters.languages):
            listed = ", ".join(sorted(offered)) or "no languages listed"
            return f"not offered in {', '.join(filters.languages)} (offers {listed})"
    if filters.categories and not any(_in_category(record, c) for c in filters.categories):
        return f"not in category {', '.join(filters.categories)}"
    if filters.populations and not any(_serves(record, p) for p in filters.populations):
        return f"not for {', '.join(filters.populations)}"
    if filters.near is not None:
        reason = _not_near(record, filters.near, filters.radius_km)
        if reason:
            return reason
    if filters.open_at is not None:
        state, reason = _open_state(record, filters.open_at)
        if state is False or (state is None and not filters.include_unknown_hours):
            return reason
    return None


def _primary(code: str) -> str:
    return code.strip().lower().replace("_", "-").split("-")[0]


# --- categories and populations ----------------------------------------------------------


def _codes(record: ServiceRecord) -> list[str]:
    """Service taxonomy codes, upper-cased. iCarol writes "BD-1800 * YF-3000" for a service
    (BD-1800) aimed at a target population (YF-3000): the population is not a category."""
    return [code.split("*")[0].strip().upper() for code in record.taxonomy_codes]


def _population_codes(record: ServiceRecord) -> list[str]:
    """Population codes: the record's own, and the "Y" codes among its taxonomy codes."""
    codes = [c.strip().upper() for code in record.taxonomy_codes for c in code.split("*")]
    return [c.strip().upper() for c in record.populations] + [c for c in codes if c[:1] == "Y"]


def _airs_match(code: str, prefix: str) -> bool:
    """AIRS codes are hierarchical: "B" is above "BD", "BD-1800" and "BD-1800.2000". Their
    segments have a fixed width, so a well-formed prefix is always an ancestor."""
    return code.startswith(prefix) and _AIRS.fullmatch(code) is not None


def _in_category(record: ServiceRecord, wanted: str) -> bool:
    codes = _codes(record)
    names = {fold(name) for name in record.categories}
    category = CATEGORIES.get(wanted.lower()) or _category_by_label().get(fold(wanted))
    if category is not None:
        code = next(k for k, v in CATEGORIES.items() if v is category)
        return (
            code.upper() in codes
            or bool(names & {fold(category.label), *map(fold, category.names)})
            or any(_airs_match(c, p) for c in codes for p in category.airs_prefixes)
        )
    if _AIRS.fullmatch(wanted.upper()):
        return any(_airs_match(c, wanted.upper()) for c in codes)
    return fold(wanted) in names or wanted.upper() in codes


@cache
def _category_by_label() -> dict[str, Category]:
    return {fold(c.label): c for c in CATEGORIES.values()} | {
        fold(name): c for c in CATEGORIES.values() for name in c.names
    }


def _serves(record: ServiceRecord, wanted: str) -> bool:
    codes = _population_codes(record)
    population = POPULATIONS.get(wanted.lower())
    if population is None and _AIRS.fullmatch(wanted.upper()) and wanted.upper()[0] == "Y":
        population = Population((wanted.upper(),))
    elif population is None:
        population = Population((), (wanted,))
    if any(_airs_match(c, p) for c in codes for p in population.airs_prefixes):
        return True
    text = fold(" ".join([record.eligibility, *record.populations]))
    if _has_words(text, population.words):
        return True
    return not codes and _has_words(text, OPEN_TO_ALL)  # names no population: serves all


@lru_cache(maxsize=1024)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:s|es)?(?!\w)")


def _has_words(folded_text: str, words: tuple[str, ...]) -> bool:
    """Does the folded text contain any of `words` as whole words (plural "s" allowed)?"""
    return bool(words) and bool(_words_pattern(words).search(folded_text))


# --- near a place ------------------------------------------------------------------------


def _not_near(record: ServiceRecord, place: Place, radius_km: float) -> str | None:
    points = record_points(record)
    if place.precision == "region":
        if record_province(record) == place.province:
            return None
        failure = f"not in {place.name}"
    else:
        distances = [distance_km(lat, lon, place.latitude, place.longitude) for lat, lon in points]
        if any(d <= radius_km for d in distances):
            return None
        if any(_same_city(loc.address, place) for loc in record.locations if loc.address):
            return None
        failure = f"not within {radius_km:g} km of {place.name}: " + (
            f"its closest location is {min(distances):.0f} km away"
            if distances
            else "it has no location we can place"
        )
    remote = any(loc.virtual for loc in record.locations) or not any(
        not loc.virtual and (loc.latitude is not None or (loc.address and loc.address.one_line()))
        for loc in record.locations
    )
    if points and not remote:
        return failure  # an in-person service is where its addresses are
    if any(_area_covers(area, place, radius_km) for area in record.service_areas):
        return None
    if remote and not record.service_areas:
        province = record_province(record)
        if not province or province == place.province:
            return None
    return failure


def _same_city(address: Address, place: Place) -> bool:
    """A city the gazetteer does not know, named like the place (and not abroad)."""
    province = province_code(address.province) if address.province else None
    return (
        is_canadian(address)
        and fold(address.city) == fold(place.name)
        and province in (None, place.province)
    )


def _area_covers(area: str, place: Place, radius_km: float) -> bool:
    """Does a service area ("Toronto, ON", "Ontario", "Metro Vancouver", "Canada") cover
    the place?"""
    if fold(area) in NATIONAL_AREAS:
        return True
    served = resolve_place(area) or find_place_in(area)
    if served is None:
        return False
    if served.precision == "region" or place.precision == "region":
        return served.province == place.province
    distance = distance_km(served.latitude, served.longitude, place.latitude, place.longitude)
    return distance <= radius_km


# --- holidays and opening hours ---------------------------------------------------------


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
    return _open_state(record, when, explain=False)[0]


def _open_state(
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
