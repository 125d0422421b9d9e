#!/usr/bin/env python3
"""Validate demo/hsds/services.json against the Open Referral HSDS 3.0 JSON schemas,
and check the demo dataset's own rules (fictional contact data, Canadian postal codes,
coverage per city, vetting fixtures).

Needs `jsonschema` and `referencing` (plus `rfc3339-validator` and `rfc3986-validator`
so that the date-time and uri formats are really checked). Outside the project
environment, for example:

    python3 -m venv /tmp/wp/demo-venv
    /tmp/wp/demo-venv/bin/pip install jsonschema referencing rfc3339-validator rfc3986-validator
    /tmp/wp/demo-venv/bin/python demo/hsds/validate.py --schemas ../shared/data/hsds-3.0/schema

Exit status 0 when everything passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE / "services.json"
DEFAULT_SCHEMAS = HERE.parents[2] / "shared" / "data" / "hsds-3.0" / "schema"

CITY_RULES = {
    # city: (province, area code, postal first letter, (lat min, lat max, lon min, lon max))
    "Toronto": ("ON", "416", "M", (43.58, 43.86, -79.64, -79.11)),
    "Montréal": ("QC", "514", "H", (45.40, 45.71, -73.98, -73.47)),
    "Vancouver": ("BC", "604", "V", (49.19, 49.32, -123.23, -123.02)),
    "Calgary": ("AB", "403", "T", (50.84, 51.22, -114.32, -113.85)),
}
POSTAL = re.compile(r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d$")
PHONE = re.compile(r"^(\d{3})-555-01\d\d$")
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}
ISO_639_1 = set(
    [
        "en",
        "fr",
        "ar",
        "fa",
        "ps",
        "es",
        "pt",
        "zh",
        "uk",
        "ru",
        "pa",
        "hi",
        "ur",
        "bn",
        "ta",
        "gu",
        "tl",
        "vi",
        "ko",
        "so",
        "ti",
        "am",
        "sw",
        "ln",
        "ht",
        "tr",
        "el",
        "hy",
        "ne",
        "yo",
        "it",
    ]
)
CATEGORY_CODES = set(
    [
        "language-classes",
        "settlement",
        "food",
        "shelter",
        "housing",
        "legal",
        "immigration",
        "health",
        "mental-health",
        "employment",
        "credentials",
        "child-care",
        "benefits",
        "interpretation",
        "youth",
        "seniors",
        "women",
        "lgbtq",
    ]
)
TOP_KEYS = [
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
]
# Minimum ACTIVE, recently verified services per city and category (the brief's coverage bar).
MINIMUMS = {
    "language-classes": 2,
    "food": 2,
    "shelter": 1,
    "housing": 1,
    "mental-health": 1,
    "employment": 2,
}
STALE_MONTHS = 24


def registry_for(schema_dir: Path) -> Registry:
    resources = []
    for path in sorted(schema_dir.glob("*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        # The HSDS files have no $id or $schema; they refer to each other by file name.
        resources.append(
            (path.name, Resource.from_contents(contents, default_specification=DRAFT202012))
        )
    return Registry().with_resources(resources)


def walk(node, path=""):
    """Yield (json path, dict) for every object in the tree."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{path}[{i}]")


def months_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, min(day.day, 28))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--schemas", type=Path, default=DEFAULT_SCHEMAS, help="HSDS 3.0 schema/ folder"
    )
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=date.today(),
        help="date used for the 'verified within 24 months' check",
    )
    args = parser.parse_args()

    errors: list[str] = []
    document = json.loads(args.data.read_text(encoding="utf-8"))
    registry = registry_for(args.schemas)
    service_schema = registry.contents("service.json")
    validator = Draft202012Validator(
        service_schema, registry=registry, format_checker=FormatChecker()
    )

    # -- the paged list envelope (shape of the /services API answer)
    for key in TOP_KEYS:
        if key not in document:
            errors.append(f"top level: missing {key}")
    services = document.get("contents", [])
    if document.get("total_items") != len(services) or document.get("size") != len(services):
        errors.append("top level: total_items/size do not match the number of services")
    if (
        document.get("total_pages"),
        document.get("page_number"),
        document.get("first_page"),
        document.get("last_page"),
        document.get("empty"),
    ) != (1, 1, True, True, False):
        errors.append("top level: expected one full page")
    demo = document.get("waypoint_demo") or {}
    if "FICTIONAL DEMO DATA" not in str(demo.get("notice", "")):
        errors.append("top level: waypoint_demo.notice missing")

    # -- HSDS 3.0 schema, every service object
    schema_errors = 0
    for i, service in enumerate(services):
        for error in validator.iter_errors(service):
            schema_errors += 1
            where = "/".join(str(p) for p in error.absolute_path)
            errors.append(
                f"schema: service #{i + 1} ({service.get('name')!r}) "
                f"at {where or '<root>'}: {error.message}"
            )

    # -- ids: unique per object, and the same id always describes the same object
    seen: dict[str, str] = {}
    service_ids = Counter(s.get("id") for s in services)
    for sid, n in service_ids.items():
        if n > 1:
            errors.append(f"ids: service id {sid} used {n} times")
    for path, obj in walk(services):
        oid = obj.get("id")
        if not isinstance(oid, str):
            continue
        canonical = json.dumps(obj, sort_keys=True, ensure_ascii=False)
        if oid in seen and seen[oid] != canonical:
            errors.append(f"ids: {oid} at {path} differs from an earlier object with the same id")
        seen.setdefault(oid, canonical)

    # -- dataset rules
    cutoff = months_before(args.today, STALE_MONTHS)
    per_city = Counter()
    per_category = Counter()
    usable = defaultdict(Counter)  # city -> category -> active and recently verified services
    inactive, stale = [], []
    phone_owner: dict[str, str] = {}
    for i, s in enumerate(services):
        label = f"service #{i + 1} {s.get('name')!r}"
        for key in (
            "name",
            "description",
            "eligibility_description",
            "fees_description",
            "application_process",
            "assured_date",
            "last_modified",
            "url",
            "email",
        ):
            if not s.get(key):
                errors.append(f"{label}: missing {key}")
        sentences = len(re.findall(r"[.!?](\s|$)", s.get("description", "")))
        if s.get("description") and " / " not in s["description"] and not 1 <= sentences <= 4:
            errors.append(f"{label}: description has {sentences} sentences")
        try:
            assured = date.fromisoformat(s["assured_date"])
            modified = datetime.fromisoformat(s["last_modified"].replace("Z", "+00:00")).date()
        except (KeyError, ValueError) as exc:
            errors.append(f"{label}: bad assured_date/last_modified ({exc})")
            continue
        if modified < assured:
            errors.append(f"{label}: last_modified before assured_date")
        if assured > args.today:
            errors.append(f"{label}: assured_date in the future")
        if s.get("status") != "active":
            inactive.append(s)
        elif assured < cutoff:
            stale.append(s)
        for text in (
            s.get("url", ""),
            s.get("email", ""),
            s["organization"].get("website", ""),
            s["organization"].get("email", ""),
        ):
            host = (
                text.split("@")[-1] if "@" in text else re.sub(r"^https://([^/]+).*$", r"\1", text)
            )
            if not (host == "example.org" or host.endswith(".example.org")):
                errors.append(f"{label}: {text!r} is not under example.org")
        cities = set()
        for sal in s.get("service_at_locations", []):
            location = sal["location"]
            if location["location_type"] == "virtual":
                if location.get("addresses"):
                    errors.append(f"{label}: virtual location has an address")
                continue
            for address in location.get("addresses", []):
                city = address["city"]
                cities.add(city)
                if city not in CITY_RULES:
                    errors.append(f"{label}: unknown city {city!r}")
                    continue
                province, _, letter, (la0, la1, lo0, lo1) = CITY_RULES[city]
                if address["state_province"] != province or address["country"] != "CA":
                    errors.append(f"{label}: province/country wrong for {city}")
                pc = address["postal_code"]
                if not POSTAL.match(pc) or pc[0] != letter:
                    errors.append(f"{label}: postal code {pc!r} not valid for {city}")
                if not (la0 <= location["latitude"] <= la1 and lo0 <= location["longitude"] <= lo1):
                    errors.append(f"{label}: coordinates outside {city}")
        if not cities:
            # virtual-only: the city is the organization's, read from its phone's area code
            area = s["organization"]["phones"][0]["number"][:3]
            cities = {c for c, rule in CITY_RULES.items() if rule[1] == area}
        city = sorted(cities)[0]
        per_city[city] += 1
        area_code = CITY_RULES[city][1]
        for path, obj in walk(s):
            if "number" in obj:
                m = PHONE.match(obj["number"])
                if not m or m.group(1) != area_code:
                    errors.append(f"{label}: phone {obj['number']!r} is not {area_code}-555-01xx")
            if "opens_at" in obj:
                if (
                    not (TIME.match(obj["opens_at"]) and TIME.match(obj["closes_at"]))
                    or obj["opens_at"] >= obj["closes_at"]
                ):
                    errors.append(
                        f"{label}: bad times {obj['opens_at']}-{obj['closes_at']} at {path}"
                    )
                days = {re.sub(r"^-?\d+", "", d) for d in obj.get("byday", "").split(",")}
                if not days <= DAYS or not obj.get("description"):
                    errors.append(f"{label}: bad schedule at {path}")
            if "code" in obj and "taxonomy" not in obj and obj.get("code") not in ISO_639_1:
                errors.append(f"{label}: language code {obj.get('code')!r} not ISO 639-1")
        for number in {p["number"] for p in s.get("phones", [])}:
            owner = s["organization"]["id"]
            if phone_owner.setdefault(number, owner) != owner:
                errors.append(f"{label}: phone {number} also used by another organization")
        codes = [a["taxonomy_term"]["code"] for a in s.get("attributes", [])]
        if not 1 <= len(codes) <= 2 or not set(codes) <= CATEGORY_CODES:
            errors.append(f"{label}: categories {codes}")
        for a in s.get("attributes", []):
            if (
                a.get("link_id") != s["id"]
                or a["taxonomy_term"].get("taxonomy") != "waypoint-categories"
            ):
                errors.append(f"{label}: attribute not linked to the service / wrong taxonomy")
        for code in codes:
            per_category[code] += 1
            if s.get("status") == "active" and assured >= cutoff:
                usable[city][code] += 1

    for city in CITY_RULES:
        for code, minimum in MINIMUMS.items():
            if usable[city][code] < minimum:
                errors.append(
                    f"coverage: {city} has {usable[city][code]} usable {code} services "
                    f"(< {minimum})"
                )
        if usable[city]["legal"] + usable[city]["immigration"] < 1:
            errors.append(f"coverage: {city} has no legal/immigration service")
    toronto_english = [
        s
        for s in services
        if s["status"] == "active"
        and any(a["taxonomy_term"]["code"] == "language-classes" for a in s["attributes"])
        and any(
            sal["location"].get("addresses", [{}])[0].get("city") == "Toronto"
            for sal in s["service_at_locations"]
        )
        and "Free" in s["fees_description"]
    ]
    evening = [s for s in toronto_english if any(h["opens_at"] >= "17:00" for h in s["schedules"])]
    if len(toronto_english) < 4 or not evening:
        errors.append(
            f"coverage: Toronto has {len(toronto_english)} free English-class services, "
            f"{len(evening)} in the evening"
        )

    print(f"file: {args.data}")
    print(f"schemas: {args.schemas}")
    print(f"services: {len(services)}; schema errors: {schema_errors}")
    print("per city: " + ", ".join(f"{c} {per_city[c]}" for c in CITY_RULES))
    print("per category: " + ", ".join(f"{c} {per_category[c]}" for c in sorted(per_category)))
    print(f"inactive: {len(inactive)}: " + "; ".join(s["name"] for s in inactive))
    print(
        f"not verified since {cutoff} (stale on {args.today}): {len(stale)}: "
        + "; ".join(f"{s['name']} ({s['assured_date']})" for s in stale)
    )
    print(
        f"Toronto free English-class services: {len(toronto_english)} "
        f"({len(evening)} with evening hours)"
    )
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: valid HSDS 3.0 and all dataset checks pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
