"""A small offline gazetteer of Canadian places: names, postal-code prefixes, coordinates.

Everything comes from two files shipped in `index/data/` (their source and accuracy are
stated in `index/data/README.md`); nothing is looked up or downloaded at run time.

    >>> resolve_place("M5V 2T6").name
    'Toronto'
    >>> find_place_in("free english classes in burnaby please").name
    'Burnaby'

A place is one of four precisions: "city" (a gazetteer place, or a postal code we only
know the city of), "fsa" (an approximate centre of a forward sortation area),
"region" (a province, or the postal region of a first letter) and "coordinates".
A bare "Quebec" / "Québec" means the province; the city is "Quebec City" or
"Ville de Québec" (`resolve_city` reads "Québec" as the city, for addresses).

`record_points`, `record_province` and `record_timezone` say where a service record is,
for the filters: from its coordinates, postal codes, cities and service areas.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .text import strip_accents_casefold

if TYPE_CHECKING:
    from .records import Address, ServiceRecord

__all__ = [
    "DEFAULT_TIMEZONE",
    "PROVINCES",
    "Place",
    "distance_km",
    "find_place_in",
    "fold",
    "is_canadian",
    "nearest_place",
    "places",
    "province_code",
    "record_points",
    "record_province",
    "record_timezone",
    "resolve_city",
    "resolve_place",
    "timezone_for",
]

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_TIMEZONE = "America/Toronto"
EARTH_RADIUS_KM = 6371.0088

# Code -> (English name, French name, IANA time zone of most of its people).
PROVINCES: dict[str, tuple[str, str, str]] = {
    "NL": ("Newfoundland and Labrador", "Terre-Neuve-et-Labrador", "America/St_Johns"),
    "NS": ("Nova Scotia", "Nouvelle-Écosse", "America/Halifax"),
    "PE": ("Prince Edward Island", "Île-du-Prince-Édouard", "America/Halifax"),
    "NB": ("New Brunswick", "Nouveau-Brunswick", "America/Moncton"),
    "QC": ("Quebec", "Québec", "America/Toronto"),
    "ON": ("Ontario", "Ontario", "America/Toronto"),
    "MB": ("Manitoba", "Manitoba", "America/Winnipeg"),
    "SK": ("Saskatchewan", "Saskatchewan", "America/Regina"),
    "AB": ("Alberta", "Alberta", "America/Edmonton"),
    "BC": ("British Columbia", "Colombie-Britannique", "America/Vancouver"),
    "YT": ("Yukon", "Yukon", "America/Whitehorse"),
    "NT": ("Northwest Territories", "Territoires du Nord-Ouest", "America/Yellowknife"),
    "NU": ("Nunavut", "Nunavut", "America/Iqaluit"),
}
# Other ways addresses and people write a province (folded, see `fold`).
PROVINCE_ALIASES = {
    "newfoundland": "NL",
    "nfld": "NL",
    "labrador": "NL",
    "pei": "PE",
    "p e i": "PE",
    "ont": "ON",
    "que": "QC",
    "pq": "QC",
    "b c": "BC",
    "man": "MB",
    "sask": "SK",
    "alta": "AB",
    "nwt": "NT",
    "n w t": "NT",
    "yukon territory": "YT",
}

# Names that are also ordinary English words: found in free text only when capitalised.
CAPITALISED_ONLY = {"delta", "mission", "terrace", "brooks", "aurora", "gander"}
MIN_NAME_IN_TEXT = 4  # shorter names are not looked for inside free text
_PUNCTUATION_CHARS = "-.'’‘_/,"
_PUNCTUATION = str.maketrans(dict.fromkeys(_PUNCTUATION_CHARS, " "))

_POSTAL = re.compile(r"([ABCEGHJ-NPRSTVXY])(\d)([ABCEGHJ-NPRSTV-Z])(?:[\s-]?(\d[A-Z]\d))?")
_POSTAL_IN_TEXT = re.compile(
    r"(?<![A-Za-z0-9])([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(?:[\s-]?(\d[A-Z]\d))?"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_NOT_POSTAL = {"B2B", "B2C", "C2C", "P2P"}
_COORDINATES = re.compile(r"(-?\d{1,2}(?:\.\d+)?)\s*[,;]\s*(-?\d{1,3}(?:\.\d+)?)")
# In free text both numbers need decimals ("2, 3 kids" is not a position).
_COORDINATES_IN_TEXT = re.compile(r"(?<![\d.])(-?\d{1,2}\.\d+)\s*[,;]\s*(-?\d{1,3}\.\d+)(?![\d.])")


@dataclass(frozen=True)
class Place:
    name: str
    province: str  # two-letter code; "" when unknown (coordinates outside Canada)
    latitude: float
    longitude: float
    timezone: str
    precision: str  # "city" | "fsa" | "region" | "coordinates"
    postal_prefix: str = ""  # the FSA or prefix a postal code was resolved by


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent-, case- and punctuation-insensitive form: "St. John's" -> "st john s"."""
    return " ".join(strip_accents_casefold(text.translate(_PUNCTUATION)).split())


def _fold_char(ch: str) -> str:
    return " " if ch in _PUNCTUATION_CHARS else strip_accents_casefold(ch)


def _folded_with_origins(text: str) -> tuple[str, list[int]]:
    """`fold(text)` without trimming, plus the index in `text` of every folded character."""
    out: list[str] = []
    origins: list[int] = []
    for i, ch in enumerate(text):
        for c in _fold_char(ch):
            if c == " " and out and out[-1] == " ":
                continue
            out.append(c)
            origins.append(i)
    return "".join(out), origins


def distance_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    phi1, phi2 = math.radians(a_lat), math.radians(b_lat)
    dphi, dlambda = phi2 - phi1, math.radians(b_lon - a_lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def province_code(text: str) -> str | None:
    """'Ontario', 'ON', 'Québec', 'B.C.', 'Colombie-Britannique' -> the two-letter code."""
    key = fold(text)
    if not key:
        return None
    if key.upper() in PROVINCES:
        return key.upper()
    return _province_names().get(key) or PROVINCE_ALIASES.get(key)


def timezone_for(province: str) -> str:
    """The IANA time zone of a province (code or name); America/Toronto when unknown."""
    code = province_code(province) if province else None
    return PROVINCES[code][2] if code else DEFAULT_TIMEZONE


@cache
def _province_names() -> dict[str, str]:
    names = {}
    for code, (english, french, _) in PROVINCES.items():
        names[fold(english)] = code
        names[fold(french)] = code
    return names


def _read_rows(name: str) -> list[dict[str, str]]:
    with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


@cache
def places() -> tuple[Place, ...]:
    """Every city and town of the gazetteer, in file order."""
    return tuple(
        Place(
            row["name"],
            row["province"],
            float(row["latitude"]),
            float(row["longitude"]),
            row["timezone"],
            "city",
        )
        for row in _read_rows("places_ca.csv")
    )


@cache
def _city_names() -> dict[str, tuple[Place, ...]]:
    """Folded name or alias -> the cities and towns of that name, in file order."""
    index: dict[str, tuple[Place, ...]] = {}
    for place, row in zip(places(), _read_rows("places_ca.csv"), strict=True):
        for name in dict.fromkeys(fold(n) for n in [row["name"], *row["aliases"].split("|")]):
            if name:
                index[name] = (*index.get(name, ()), place)
    return index


@cache
def _names() -> dict[str, Place]:
    """Folded name or alias -> place. Province names (English and French) win over a city
    of the same name; abbreviations ("Ont.", "PEI") are only read by `resolve_place`."""
    index = {name: cities[0] for name, cities in _city_names().items()}
    for key, code in _province_names().items():
        index[key] = _province_place(code)
    return index


def resolve_city(name: str, province: str = "") -> Place | None:
    """The gazetteer city or town called `name` (in `province`, when given), or None.
    Unlike `resolve_place`, "Québec" here is the city."""
    code = province_code(province) if province else None
    for place in _city_names().get(fold(name), ()):
        if code is None or place.province == code:
            return place
    return None


@cache
def _province_place(code: str) -> Place:
    """A province as a "region" place, located at its first-listed (largest) city."""
    english, _, tz = PROVINCES[code]
    capital_like = next(p for p in places() if p.timezone == tz and p.province == code)
    return Place(english, code, capital_like.latitude, capital_like.longitude, tz, "region")


@cache
def _postal_prefixes() -> dict[str, Place]:
    by_name = {(p.province, p.name): p for p in places()}
    prefixes = {}
    for row in _read_rows("fsa_ca.csv"):
        code, province = row["code"], row["province"]
        if row["latitude"]:
            lat, lon = float(row["latitude"]), float(row["longitude"])
            city = by_name.get((province, row["place"]))
            tz = city.timezone if city else timezone_for(province)
        else:
            city = by_name[(province, row["place"])]
            lat, lon, tz = city.latitude, city.longitude, city.timezone
        prefixes[code] = Place(row["place"], province, lat, lon, tz, row["precision"], code)
    return prefixes


def _place_for_postal(fsa: str) -> Place | None:
    prefixes = _postal_prefixes()
    for length in (3, 2, 1):
        if fsa[:length] in prefixes:
            return prefixes[fsa[:length]]
    return None


def _coordinates_place(lat: float, lon: float) -> Place | None:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    near = nearest_place(lat, lon, within_km=300)
    return Place(
        f"{lat:.4f},{lon:.4f}",
        near.province if near else "",
        lat,
        lon,
        near.timezone if near else DEFAULT_TIMEZONE,
        "coordinates",
    )


def nearest_place(lat: float, lon: float, *, within_km: float = 100) -> Place | None:
    """The gazetteer place closest to a point, if one lies within `within_km`."""
    best = min(places(), key=lambda p: distance_km(lat, lon, p.latitude, p.longitude))
    return best if distance_km(lat, lon, best.latitude, best.longitude) <= within_km else None


def resolve_place(text: str) -> Place | None:
    """A place from what a person or a record wrote: a city ("Montreal", "London, ON"),
    a province, a postal code or FSA ("M5V 2T6", "m5v") or "lat,lon". None if unknown."""
    text = (text or "").strip()
    if not text:
        return None
    coords = _COORDINATES.fullmatch(text)
    if coords:
        return _coordinates_place(float(coords.group(1)), float(coords.group(2)))
    postal = _POSTAL.fullmatch(text.upper())
    if postal:
        return _place_for_postal("".join(postal.group(1, 2, 3)))
    key = fold(text)
    if key in _names():
        return _names()[key]
    words = key.split(" ")
    for i in range(len(words) - 1, 0, -1):  # "london on", "st john s newfoundland"
        place = _names().get(" ".join(words[:i]))
        if place and place.province == province_code(" ".join(words[i:])):
            return place
    province = province_code(text)
    return _province_place(province) if province else None


@cache
def _name_pattern() -> re.Pattern:
    names = [n for n in _names() if len(n) >= MIN_NAME_IN_TEXT]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)")


def find_place_in(text: str) -> Place | None:
    """The place a free-text question names, if any: a postal code or FSA first, then the
    longest gazetteer name written as whole words ("north vancouver" over "vancouver")."""
    if not text:
        return None
    coords = _COORDINATES_IN_TEXT.search(text)
    if coords:
        place = _coordinates_place(float(coords.group(1)), float(coords.group(2)))
        if place:
            return place
    for match in _POSTAL_IN_TEXT.finditer(text):
        fsa = match.group(1).upper()
        place = _place_for_postal(fsa)
        known_fsa = fsa in _postal_prefixes() or fsa[:2] in _postal_prefixes()
        if place and fsa not in _NOT_POSTAL and (match.group(2) or known_fsa):
            return place
    folded, origins = _folded_with_origins(text)
    best = None
    for match in _name_pattern().finditer(folded):
        name = match.group(1)
        if name in CAPITALISED_ONLY and not text[origins[match.start()]].isupper():
            continue
        if best is None or len(name) > len(best):
            best = name
    return _names()[best] if best else None


# --- where a service record is -----------------------------------------------------------


def is_canadian(address: Address) -> bool:
    """A Canadian address, or one that does not say (no country, no foreign province)."""
    country = fold(address.country)
    if country and country not in {"ca", "can", "canada"}:
        return False
    return not address.province or province_code(address.province) is not None


def record_points(record: ServiceRecord) -> list[tuple[float, float]]:
    """Where the record's physical locations are: coordinates, else postal code, else city."""
    points = []
    for loc in record.locations:
        if loc.latitude is not None and loc.longitude is not None:
            points.append((loc.latitude, loc.longitude))
        elif loc.address and is_canadian(loc.address):
            place = resolve_place(loc.address.postal_code) if loc.address.postal_code else None
            if place is None or place.precision == "region":
                place = resolve_city(loc.address.city, loc.address.province)
            if place is not None:
                points.append((place.latitude, place.longitude))
    return points


def record_province(record: ServiceRecord) -> str:
    """The record's Canadian province code, from its addresses, cities, coordinates or
    service areas; "" when none of those says."""
    for loc in record.locations:
        if loc.address and is_canadian(loc.address):
            code = province_code(loc.address.province) if loc.address.province else None
            city = resolve_city(loc.address.city) if loc.address.city else None
            if code or city:
                return code or city.province
    for loc in record.locations:
        if loc.latitude is not None and loc.longitude is not None:
            if loc.address and not is_canadian(loc.address):
                continue
            near = nearest_place(loc.latitude, loc.longitude, within_km=100)
            if near:
                return near.province
    for area in record.service_areas:
        served = resolve_place(area) or find_place_in(area)
        if served and served.province:
            return served.province
    return ""


def record_timezone(record: ServiceRecord) -> str:
    """The IANA time zone the record's hours are written in (America/Toronto if unknown)."""
    for loc in record.locations:
        if loc.address and is_canadian(loc.address) and loc.address.city:
            city = resolve_city(loc.address.city, loc.address.province)
            if city:
                return city.timezone
    province = record_province(record)
    return timezone_for(province) if province else DEFAULT_TIMEZONE
