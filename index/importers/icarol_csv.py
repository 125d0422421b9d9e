"""iCarol CSV exports: one row per agency, site or program, linked by ParentAgencyNum.

`TaxonomyLevelName` says what a row is. `ParentAgencyNum == 0` marks an agency; a
program points to its agency, or to a site that points to the agency. Records are made
from Program and ProgramAtSite rows and from Agency rows too: an iCarol agency record is
itself a resource 211 staff refer to (its general line and overview), and real questions
are answered by them (the dev set judges five agency rows relevant). Site rows are
places, not services: a program linked to one takes its name, address and phones.

Status: `Active` is active; `Inactive`, `Active, but do not refer`, a description marked
deleted (`DEL0 ...`) or a row excluded from the website or directory make the record
inactive, and so does any of these on its site or agency. An empty status counts as
active. Vetting drops what is not active.

Known flaws of real exports handled here: descriptions and taxonomy names cut at 255
characters (the cut is marked with '…' and a half term dropped), HTML in descriptions,
'*Unknown*' cities, junk phone numbers, m/d/yy dates with a time.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

from ..errors import RecordProblem, SourceError
from ..languages import language_codes
from ..records import Address, Location, Phone, Schedule, ServiceRecord, SourceInfo
from ._text import (
    DAY_NAMES,
    clean_html,
    clean_line,
    coordinates,
    country_code,
    parse_day_hours,
    parse_hours,
    phone_type,
    schedules_from_days,
    split_deleted_marker,
    unique_phones,
)
from ._values import is_airs_code, web_url

__all__ = ["decode", "import_source"]

FORMAT = "icarol-csv"
RECORD_LEVELS = ("Agency", "Program", "ProgramAtSite")
KNOWN_LEVELS = (*RECORD_LEVELS, "Site")
REQUIRED_COLUMNS = ("ResourceAgencyNum", "PublicName", "TaxonomyLevelName", "ParentAgencyNum")
CUT_AT = 255  # iCarol's export truncates long text columns to this many characters
# (number column, label column, fixed label); the type follows the label ('Fax', 'TTY')
PHONE_COLUMNS = [
    *((f"Phone{n}Number", f"Phone{n}Name", "") for n in range(1, 5)),
    ("Phone5Number", "Phone5Description", ""),
    ("PhoneTollFree", "", "Toll free"),
    ("PhoneNumberHotline", "", "Hotline"),
    ("PhoneNumberBusinessLine", "", "Business line"),
    ("PhoneNumberOutOfArea", "", "Out of area"),
    ("PhoneNumberAfterHours", "", "After hours"),
    ("PhoneTTY", "", "TTY"),
    ("PhoneFax", "", "Fax"),
]
Row = dict[str, str]


def import_source(location: str):
    from . import ImportResult, file_checksum  # the package imports this module first

    path = Path(location)
    if not path.is_file():
        raise SourceError("no such file", location=str(path))
    text, _encoding = decode(path.read_bytes())
    source = SourceInfo(
        name="iCarol export",  # not the file name: re-imports match records by source and id
        format=FORMAT,
        location=str(path),
        checksum=file_checksum([path]),
    )
    result = ImportResult(source)
    rows = _read_rows(text, str(path), result.problems)
    by_id = {_id(row): row for _, row in rows}
    for line, row in rows:
        where = f"{path}: line {line}"
        level = row["TaxonomyLevelName"].strip()
        try:
            if level not in KNOWN_LEVELS:
                raise RecordProblem(
                    f"unknown TaxonomyLevelName {level!r}; expected one of "
                    f"{', '.join(KNOWN_LEVELS)}",
                    location=where,
                    record_id=_id(row),
                )
            if level in RECORD_LEVELS:
                result.records.append(_record(row, _ancestors(row, by_id), source, where))
        except RecordProblem as problem:
            result.problems.append(problem)
    return result


def decode(raw: bytes) -> tuple[str, str]:
    """The file's text and the encoding that read it: UTF-8, else Windows-1252 (cp1252).

    iCarol exports are UTF-8 today; files saved by Excel on Windows are cp1252. A file
    that is not UTF-8 throughout is read line by line: UTF-8 where a line is, cp1252
    where it is not (a UTF-8 export with a few lines edited on Windows keeps its accents
    everywhere). Bytes that cp1252 leaves undefined are replaced, so a mis-saved file
    still imports.
    """
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = []
    for line in raw.removeprefix(b"\xef\xbb\xbf").splitlines(keepends=True):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode("cp1252", errors="replace"))
    return "".join(lines), "cp1252"


def _read_rows(text: str, location: str, problems: list[RecordProblem]) -> list[tuple[int, Row]]:
    """(first line, row) for each well-formed row; a row with the wrong field count is a problem."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [name.strip() for name in next(reader, [])]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise SourceError(
            f"not an iCarol CSV export: no column {', '.join(missing)} in the first line "
            f"(expected {', '.join(REQUIRED_COLUMNS)}, ...)",
            location=location,
        )
    rows: list[tuple[int, Row]] = []
    seen: dict[str, int] = {}
    while True:
        line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(
                RecordProblem(f"unreadable CSV row: {exc}", location=f"{location}: line {line}")
            )
            continue
        where = f"{location}: line {line}"
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(header):
            problems.append(
                RecordProblem(
                    f"row has {len(values)} fields, the header has {len(header)}", location=where
                )
            )
            continue
        row = dict(zip(header, values, strict=True))
        record_id = _id(row)
        if not record_id:
            problems.append(RecordProblem("row has no ResourceAgencyNum", location=where))
        elif record_id in seen:
            problems.append(
                RecordProblem(
                    f"ResourceAgencyNum repeats line {seen[record_id]}; the first row was kept",
                    location=where,
                    record_id=record_id,
                )
            )
        else:
            seen[record_id] = line
            rows.append((line, row))
    return rows


def _id(row: Row) -> str:
    return row["ResourceAgencyNum"].strip()


def _ancestors(row: Row, by_id: dict[str, Row]) -> list[Row]:
    """The rows above this one, nearest first: [site, agency], [agency] or []."""
    chain: list[Row] = []
    parent_id = row["ParentAgencyNum"].strip()
    while parent_id not in ("", "0") and len(chain) < 5:  # 5: a cycle never loops forever
        parent = by_id.get(parent_id)
        if parent is None or parent is row or parent in chain:
            break
        chain.append(parent)
        parent_id = parent["ParentAgencyNum"].strip()
    return chain


def _record(row: Row, ancestors: list[Row], source: SourceInfo, where: str) -> ServiceRecord:
    record_id = _id(row)
    name = clean_line(row["PublicName"])
    if not name:
        raise RecordProblem("row has no PublicName", location=where, record_id=record_id)
    try:
        verified = _date(row.get("LastVerifiedOn", ""))
    except ValueError as exc:
        raise RecordProblem(
            f"bad LastVerifiedOn {row['LastVerifiedOn']!r}: expected m/d/yy, e.g. 5/8/12 8:45",
            location=where,
            record_id=record_id,
        ) from exc
    description, deleted = _description(row.get("AgencyDescription", ""))
    site = next((r for r in ancestors if r["TaxonomyLevelName"].strip() == "Site"), None)
    agency = next((r for r in ancestors if r["ParentAgencyNum"].strip() in ("", "0")), None)
    places = [r for r in (row, site, agency) if r is not None]
    categories, populations = _terms(row)
    codes = _codes(row.get("TaxonomyCodes", ""))
    schedules, hours_text = _hours(row)
    own_phones = _phones(row) + (_phones(site) if site else [])
    return ServiceRecord(
        id=record_id,
        source=source.name,
        name=name,
        description=description,
        organization=clean_line(agency["PublicName"] if agency else row.get("ParentAgency", ""))
        or name,
        status="inactive" if deleted or not all(_active(r) for r in places) else "active",
        last_verified=verified,
        url=next((u for u in (_website(r) for r in places) if u), ""),
        email=next((e for e in (clean_line(r.get("EmailAddressMain")) for r in places) if e), ""),
        phones=unique_phones(own_phones or (_phones(agency) if agency else [])),
        locations=_locations(places, site),
        schedules=schedules,
        languages=language_codes(clean_line(row.get("LanguagesOffered"))),
        eligibility=clean_html(row.get("Eligibility")),
        fees=clean_line(row.get("FeeStructureSource")),
        categories=categories,
        taxonomy_codes=codes,
        populations=list(dict.fromkeys(populations + [c for c in codes if c.startswith("Y")])),
        service_areas=[area] if (area := clean_line(row.get("CoverageArea"))) else [],
        hours_text=hours_text,
        source_notice=source.notice,
    )


def _date(text: str) -> date | None:
    day = text.strip().split(" ")[0]
    if not day:
        return None
    for pattern in ("%m/%d/%y", "%m/%d/%Y"):
        try:
            return datetime.strptime(day, pattern).date()
        except ValueError:
            continue
    raise ValueError(day)


def _description(raw: str) -> tuple[str, bool]:
    text, deleted = split_deleted_marker(clean_html(raw))
    if len(raw) == CUT_AT and text and text[-1] not in ".!?)":
        text = text.rsplit(" ", 1)[0].rstrip(",;:") + "…"  # show the cut, not half a word
    return text, deleted


def _active(row: Row) -> bool:
    status = " ".join(row.get("AgencyStatus", "").split()).casefold()
    excluded = any(
        row.get(flag, "").strip().casefold() in ("yes", "true")
        for flag in ("ExcludeFromWebsite", "ExcludeFromDirectory")
    )
    deleted = split_deleted_marker(clean_html(row.get("AgencyDescription")))[1]
    return status in ("", "active") and not excluded and not deleted


def _phones(row: Row) -> list[Phone]:
    phones = []
    for number_column, label_column, fixed_label in PHONE_COLUMNS:
        number = clean_line(row.get(number_column))
        if number:
            label = fixed_label or clean_line(row.get(label_column))
            phones.append(Phone(number, phone_type(label), label))
    return phones


def _locations(places: list[Row], site: Row | None) -> list[Location]:
    """The first of program, site, agency that has an address, with its coordinates."""
    for place in places:
        address = _address(place)
        if address is not None:
            point = coordinates(place.get("Latitude"), place.get("Longitude"))
            latitude, longitude = point or (None, None)
            name = clean_line(site["PublicName"]) if site else ""
            return [Location(name, address, latitude, longitude)]
    return []


def _address(row: Row) -> Address | None:
    def field(column: str) -> str:
        value = clean_line(row.get(column))
        return "" if value in ("-1", "*Unknown*") else value

    street = ", ".join(p for p in (field("PhysicalAddress1"), field("PhysicalAddress2")) if p)
    address = Address(
        street=street,
        city=field("PhysicalCity"),
        province=field("PhysicalStateProvince"),
        postal_code=field("PhysicalPostalCode"),
        country=country_code(row.get("PhysicalCountry")),
    )
    return address if address.street or address.city or address.postal_code else None


def _terms(row: Row) -> tuple[list[str], list[str]]:
    """Category and population names from TaxonomyTerms ('A - B - Leaf * Leaf; ...') and
    Categories ('Schools*; Education General;')."""
    terms = row.get("TaxonomyTerms", "")
    parts = terms.split(";")
    if len(terms) == CUT_AT:
        parts = parts[:-1]  # the last term was cut mid-name
    categories: list[str] = []
    populations: list[str] = []
    for part in (p.strip() for term in parts for p in term.split(" * ")):
        if part:
            leaf = clean_line(part.rsplit(" - ", 1)[-1])
            (populations if part.startswith("Target Populations") else categories).append(leaf)
    categories += [clean_line(c).rstrip("*").strip() for c in row.get("Categories", "").split(";")]
    return _unique(categories), _unique(populations)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        if name:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())


def _codes(text: str) -> list[str]:
    """'RX-8450.7000-700 * YS-2000.9500; BD-1800' -> each AIRS code once, in order."""
    codes = (code.strip() for term in text.split(";") for code in term.split("*"))
    return list(dict.fromkeys(code for code in codes if is_airs_code(code)))


def _hours(row: Row) -> tuple[list[Schedule], str]:
    """Structured `Hours` ('Mon 9:00 am - 5:00 pm; Tue ...') first, else free text that reads
    one way; `HoursOfOperation` is kept as text unless it was read completely."""
    by_day: dict[int, tuple[str, str]] = {}
    for item in row.get("Hours", "").split(";"):
        day, _, hours = item.strip().partition(" ")
        times = parse_day_hours(hours) if day.lower() in DAY_NAMES and hours else None
        if times:
            by_day[DAY_NAMES[day.lower()]] = times
    free_text = clean_html(row.get("HoursOfOperation"))
    parsed = parse_hours(free_text) if free_text else []
    if by_day:
        return schedules_from_days(by_day), "" if parsed else free_text
    return parsed, "" if parsed else free_text


def _website(row: dict[str, str]) -> str:
    return web_url(clean_line(row.get("WebsiteAddress")))
