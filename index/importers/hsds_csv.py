"""Open Referral HSDS CSV data packages, versions 1.1, 2.0 and 3.0: one record per service.

A package is a folder with `datapackage.json` and one CSV per table. The version is told
by the tables present (3.0: addresses.csv, attributes.csv; 2.0: schedules.csv,
service_attributes.csv, taxonomy_terms.csv; 1.1: physical_addresses.csv,
regular_schedules.csv, services_taxonomy.csv) and decides the address and taxonomy joins:

- organization by `organization_id`; locations through service_at_location, each with
  its address (addresses.csv in 3.0, physical_addresses.csv before);
- phones, languages and schedules linked to the service, its locations or its
  service_at_location rows; weekdays as 1-7 (1 = Monday), names or RFC 5545 `byday`;
- eligibility from `eligibility_description` (3.0) or eligibility.csv;
- taxonomy codes only, never term names: `taxonomy_terms.code` in 3.0; before 3.0 the
  term id where it is an AIRS-style code (as in Open211 packages). AIRS `Y` codes
  (target populations) go to `populations`;
- last verified: the service's `assured_date`, `last_verified_on` or `last_modified`,
  else the latest metadata.csv `last_action_date` for it.

Rows are streamed with the csv module; a malformed row is reported with its file and
line and skipped. Literal `\\n`, `###MON###` markers and, in a package that shows the
signature, cp437 mojibake are repaired (see `_values`). Links that lead nowhere (a
missing organization, rows naming no service) are reported once per kind; the services
themselves are kept.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import RecordProblem, SourceError
from ..languages import language_code, language_codes
from ..records import Address, Location, Phone, Schedule, ServiceRecord, SourceInfo
from ._tables import CsvTables, Row
from ._values import (
    AIRS_CODE,
    DAY_CODES,
    clean_text,
    clock_time,
    day_code,
    has_mojibake,
    parse_date,
    to_float,
    web_url,
)

__all__ = ["detect_version", "import_source"]

FORMAT = "hsds-csv"
# HSDS resource name -> the file names publishers use for it
TABLE_FILES = {
    "service": ("services.csv",),
    "organization": ("organizations.csv",),
    "location": ("locations.csv",),
    "service_at_location": ("service_at_location.csv", "services_at_location.csv"),
    "address": ("addresses.csv",),
    "physical_address": ("physical_addresses.csv",),
    "phone": ("phones.csv",),
    "schedule": ("schedules.csv",),
    "regular_schedule": ("regular_schedules.csv",),
    "language": ("languages.csv",),
    "eligibility": ("eligibility.csv",),
    "service_area": ("service_areas.csv",),
    "service_taxonomy": ("services_taxonomy.csv", "service_taxonomy.csv"),
    "service_attribute": ("service_attributes.csv",),
    "attribute": ("attributes.csv",),
    "taxonomy_term": ("taxonomy_terms.csv",),
    "metadata": ("metadata.csv",),
}
VERIFIED_COLUMNS = ("assured_date", "last_verified_on", "last_verified", "last_modified")


def import_source(location: str):
    from . import ImportResult, file_checksum  # the package imports this module first

    folder = Path(location)
    tables = CsvTables(folder, TABLE_FILES)
    if "service" not in tables.files:
        raise SourceError("no services.csv: not an HSDS CSV data package", location=location)
    source = SourceInfo(
        name=folder.resolve().name,
        format=FORMAT,
        location=str(folder),
        checksum=file_checksum(sorted({*tables.files.values(), *folder.glob("datapackage.json")})),
    )
    result = ImportResult(source)
    result.records = list(_Services(tables, source).records())
    result.problems = tables.problems
    return result


def detect_version(tables: set[str]) -> str:
    """'3.0', '2.0' or '1.1' from the HSDS resource names present in a package."""
    if tables & {"address", "attribute"}:
        return "3.0"
    if tables & {"schedule", "service_attribute", "taxonomy_term"}:
        return "2.0"
    return "1.1"


class _Services:
    """Joins every table onto services.csv, one ServiceRecord per service row."""

    def __init__(self, tables: CsvTables, source: SourceInfo) -> None:
        self.tables = tables
        self.source = source
        self.version = detect_version(set(tables.files))
        v3 = self.version == "3.0"
        # In a package that went through the cp437 round trip, every accent is damaged.
        self.repair = any(
            has_mojibake(tables.files[t].read_text(encoding="utf-8", errors="replace"))
            for t in ("service", "organization")
            if t in tables.files
        )
        self.organizations = tables.by_id("organization")
        self.locations = tables.by_id("location")
        self.sal = tables.links("service_at_location", "service_id")
        self.addresses = tables.links("address" if v3 else "physical_address", "location_id")
        linked = ("service_id", "location_id", "service_at_location_id")
        self.phones = tables.links("phone", *linked, "organization_id")
        self.regular = tables.links("regular_schedule", *linked)
        self.schedules = tables.links("schedule", *linked)
        self.languages = tables.links("language", "service_id", "location_id")
        self.eligibility = tables.links("eligibility", "service_id")
        self.areas = tables.links("service_area", "service_id")
        self.taxonomy = self._taxonomy()
        self.verified = self._metadata_dates()
        self.missing_orgs: list[str] = []

    def records(self) -> Iterator[ServiceRecord]:
        path = self.tables.files["service"]
        for line, row in self.tables.rows("service"):
            record_id = row.get("id", "").strip()
            if not record_id:
                self.tables.report("service has no id", path, line)
                continue
            try:
                yield self._record(row, record_id, f"{path.name} line {line}")
            except RecordProblem as problem:
                self.tables.problems.append(problem)
        examples = ", ".join(self.missing_orgs[:5])
        self.tables.warn(
            "service",
            len(self.missing_orgs),
            f"services name an organization_id missing from organizations.csv "
            f"(e.g. services {examples}); kept without an organization",
        )

    def _record(self, row: Row, record_id: str, where: str) -> ServiceRecord:
        org_id = row.get("organization_id", "").strip()
        org = self.organizations.get(org_id, {})
        if org_id and not org:
            self.missing_orgs.append(record_id)
        sal_rows = self.sal.find(service_id=[record_id])
        location_ids = list(dict.fromkeys(r.get("location_id", "").strip() for r in sal_rows))
        keys = {
            "service_id": [record_id],
            "location_id": location_ids,
            "service_at_location_id": [r.get("id", "").strip() for r in sal_rows],
        }
        phones = self.phones.find(**keys) or self.phones.find(organization_id=[org_id])
        codes = self.taxonomy.get(record_id, [])
        schedules = _weekly(self.regular.find(**keys), self._text) + [
            s for r in self.schedules.find(**keys) if (s := _rfc_schedule(r, self._text))
        ]
        return ServiceRecord(
            id=record_id,
            source=self.source.name,
            name=self._text(row.get("name")),
            description=self._text(row.get("description")),
            organization=self._text(org.get("name")),
            status=row.get("status", "").strip().lower() or "active",
            last_verified=self._verified(row, record_id, where),
            url=web_url(_first(row.get("url"), org.get("url"), org.get("website"))),
            email=_first(row.get("email"), org.get("email")),
            phones=_phones(phones, self._text),
            locations=[self._location(i) for i in location_ids if i in self.locations],
            schedules=schedules,
            languages=_languages(
                self.languages.find(service_id=[record_id], location_id=location_ids)
            ),
            eligibility=self._text(row.get("eligibility_description"))
            or "\n".join(self._unique(r.get("eligibility") for r in self.eligibility.find(**keys))),
            fees=self._text(row.get("fees_description") or row.get("fees")),
            taxonomy_codes=[c for c in codes if not _is_population(c)],
            populations=[c for c in codes if _is_population(c)],
            service_areas=self._unique(
                r.get("name") or r.get("service_area") for r in self.areas.find(**keys)
            ),
        )

    def _text(self, value: str | None) -> str:
        return clean_text(value or "", repair=self.repair)

    def _unique(self, values: Any) -> list[str]:
        return list(dict.fromkeys(t for v in values if (t := self._text(v))))

    def _verified(self, row: Row, record_id: str, where: str) -> date | None:
        for column in VERIFIED_COLUMNS:
            if row.get(column, "").strip():
                try:
                    return parse_date(row[column])
                except ValueError:
                    raise RecordProblem(
                        f"bad {column}: {row[column].strip()!r}",
                        location=where,
                        record_id=record_id,
                    ) from None
        return self.verified.get(record_id)

    def _location(self, location_id: str) -> Location:
        data = self.locations[location_id]
        rows = self.addresses.find(location_id=[location_id])
        rows.sort(key=lambda a: a.get("address_type", "").strip().lower() == "postal")
        address = None
        if rows:
            a = rows[0]
            lines = (a.get(f"address_{n}") for n in range(1, 5))
            address = Address(
                street=", ".join(t for t in map(self._text, lines) if t),
                city=self._text(a.get("city")),
                province=self._text(a.get("state_province")),
                postal_code=self._text(a.get("postal_code")),
                country=self._text(a.get("country")),
            )
        return Location(
            name=self._text(data.get("name")),
            address=address,
            latitude=to_float(data.get("latitude")),
            longitude=to_float(data.get("longitude")),
            virtual=data.get("location_type", "").strip().lower() == "virtual",
        )

    def _taxonomy(self) -> dict[str, list[str]]:
        """service id -> taxonomy codes, in the package's own order."""
        codes: dict[str, list[str]] = defaultdict(list)
        if self.version == "3.0":
            terms = {
                i: r.get("code", "").strip() for i, r in self.tables.by_id("taxonomy_term").items()
            }
            links = (
                (r.get("link_id", ""), terms.get(r.get("taxonomy_term_id", "").strip(), ""))
                for _, r in self.tables.rows("attribute")
                if r.get("link_entity", "service").strip().lower() in ("service", "")
            )
        else:
            table, column = ("service_attribute", "taxonomy_term_id")
            if self.version == "1.1" or "service_attribute" not in self.tables.files:
                table, column = ("service_taxonomy", "taxonomy_id")
            links = (
                (r.get("service_id", ""), t)
                for _, r in self.tables.rows(table)
                if AIRS_CODE.fullmatch(t := r.get(column, "").strip())
            )
        for service_id, code in links:
            if service_id.strip() and code and code not in codes[service_id.strip()]:
                codes[service_id.strip()].append(code)
        return codes

    def _metadata_dates(self) -> dict[str, date]:
        latest: dict[str, date] = {}
        for _, row in self.tables.rows("metadata"):
            if row.get("resource_type", "service").strip().lower() not in ("service", ""):
                continue
            try:
                when = parse_date(row.get("last_action_date", ""))
            except ValueError:
                continue
            key = row.get("resource_id", "").strip()
            if when and key and (key not in latest or when > latest[key]):
                latest[key] = when
        return latest


def _first(*values: str | None) -> str:
    return next((v.strip() for v in values if v and v.strip()), "")


def _weekly(rows: list[Row], text: Any) -> list[Schedule]:
    """regular_schedules rows (one weekday each) -> one Schedule per opening time."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for row in rows:
        day = day_code(row.get("weekday"))
        if day:
            key = (
                clock_time(row.get("opens_at")),
                clock_time(row.get("closes_at")),
                text(row.get("original_text")),
            )
            groups.setdefault(key, []).append(day)
    return [
        Schedule(sorted(set(days), key=DAY_CODES.index), opens, closes, note)
        for (opens, closes, note), days in groups.items()
    ]


def _rfc_schedule(row: Row, text: Any) -> Schedule | None:
    days = [d.strip().upper() for d in row.get("byday", "").split(",")]
    schedule = Schedule(
        byday=[d for d in days if d in DAY_CODES],
        opens_at=clock_time(row.get("opens_at")),
        closes_at=clock_time(row.get("closes_at")),
        description=text(row.get("description")),
    )
    return schedule if schedule.byday or schedule.description else None


def _phones(rows: list[Row], text: Any) -> list[Phone]:
    phones: dict[str, Phone] = {}
    for row in rows:
        number = row.get("number", "").strip().strip('"').strip()
        extension = row.get("extension", "").strip()
        if number:
            full = f"{number} ext. {extension}" if extension else number
            kind = row.get("type", "").strip().lower() or "voice"
            phones.setdefault(full, Phone(full, kind, text(row.get("description"))))
    return list(phones.values())


def _languages(rows: list[Row]) -> list[str]:
    codes: list[str] = []
    for row in rows:
        code = language_code(row.get("code", ""))
        codes += [code] if code else language_codes(row.get("name") or row.get("language") or "")
    return list(dict.fromkeys(codes))


def _is_population(code: str) -> bool:
    """AIRS target-population codes start with Y (YF-3000 families, ...)."""
    return code.startswith("Y") and bool(AIRS_CODE.fullmatch(code))
