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
from datetime import datetime
from functools import cache, lru_cache

from .categories import CATEGORIES, POPULATIONS, Category, Population
from .opening_hours import is_open, open_state
from .places import (
    Place,
    distance_km,
    find_place_in,
    fold,
    is_canadian,
    province_code,
    record_points,
    record_province,
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


# Eligibility wording that means anyone may come.
OPEN_TO_ALL = (
    *("anyone", "everyone", "everybody", "open to all", "all ages", "no eligibility"),
    *("no restrictions", "tout le monde", "ouvert à tous", "toute personne"),
)
NATIONAL_AREAS = {"canada", "national", "nationwide", "all of canada", "partout au canada"}
_AIRS = re.compile(r"[A-Z]{1,2}(?:-\d{4}(?:\.\d{4}(?:-\d{3}(?:\.\d{2})?)?)?)?")


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
        state, reason = open_state(record, filters.open_at)
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
