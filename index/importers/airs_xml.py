"""iCarol / AIRS XML 3.0 exports, as 211 centres such as BC211 publish them.

`Source > Agency > Site > SiteService`: one record per SiteService, its id the service's
`Key`. A service listed at two sites (same Key) becomes one record with two locations.
The organization is the agency; the location, the site; phones come from the service,
the site and the agency, each number once.

Reading is streamed: expat parses the file in chunks and hands over one `<Agency>` at a
time as an ElementTree, which is dropped once mapped, so memory stays flat however
large the export. Expat is used directly (not `iterparse`) for two things iterparse
cannot give: the line of each agency and service for problem reports, and handlers that
refuse any DOCTYPE or entity declaration, the carrier of entity-expansion attacks.

Status: a service is inactive when its agency, site or service description carries the
211's deletion mark (`DEL `, `DEL0 `, `DEL14 `), when `ResourceInfo` says it is not
available for referral or for the directory, or when the agency is excluded from the
website or directory; vetting then drops it.

Taxonomy: AIRS codes go to `taxonomy_codes` (target-population `Y` codes to
`populations` as well); BC211's facet strings `{what:'COUNSELLING',why:'crime',
who:'Victims'}` give categories (what, why) and populations (who).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO
from xml.parsers import expat

from ..errors import RecordProblem, SourceError
from ..languages import language_codes
from ..records import Address, Location, Phone, Schedule, ServiceRecord, SourceInfo
from ._text import (
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

__all__ = ["import_source"]

FORMAT = "airs-xml"
CHUNK_BYTES = 1 << 16
LINE_TAGS = {"Agency", "Site", "SiteService"}  # elements whose line is kept for reports
EXCLUDE_FLAGS = ("ExcludeFromWebsite", "ExcludeFromDirectory")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FACET = re.compile(r"(\w+)\s*:\s*'([^']*)'")


def import_source(location: str):
    from . import ImportResult, file_checksum  # the package imports this module first

    path = Path(location)
    if not path.is_file():
        raise SourceError("no such file", location=str(path))
    with path.open("rb") as file:
        reader = _AgencyReader(file, str(path))
        root = reader.read_root()
        if root.tag != "Source":
            raise SourceError(
                f"expected an AIRS / iCarol XML export (root element <Source>), got <{root.tag}>",
                location=str(path),
            )
        source = SourceInfo(
            name=_source_name(root.attrib, path),
            format=FORMAT,
            location=str(path),
            checksum=file_checksum([path]),
        )
        result = ImportResult(source)
        records: dict[str, ServiceRecord] = {}
        for agency, lines in reader:
            try:
                for record in _agency_records(agency, lines, source, result.problems):
                    _add(records, record)
            except RecordProblem as problem:
                result.problems.append(problem)
    result.records = list(records.values())
    return result


class _AgencyReader:
    """Streams the `<Agency>` elements of an AIRS export, each with the lines of its parts."""

    def __init__(self, file: BinaryIO, location: str) -> None:
        self.file, self.location = file, location
        self.root: ET.Element | None = None
        self._ready: deque[tuple[ET.Element, dict[int, int]]] = deque()
        self._builder: ET.TreeBuilder | None = None
        self._lines: dict[int, int] = {}
        self._depth = 0
        self._done = False
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._data
        parser.StartDoctypeDeclHandler = self._refuse_doctype
        parser.EntityDeclHandler = self._refuse_entity
        parser.UnparsedEntityDeclHandler = self._refuse_entity
        parser.ExternalEntityRefHandler = self._refuse_entity
        self._parser = parser

    def read_root(self) -> ET.Element:
        while self.root is None and not self._done:
            self._feed()
        assert self.root is not None  # expat has raised for a document with no element
        return self.root

    def __iter__(self) -> Iterator[tuple[ET.Element, dict[int, int]]]:
        while True:
            while self._ready:
                yield self._ready.popleft()
            if self._done:
                return
            self._feed()

    def _feed(self) -> None:
        chunk = self.file.read(CHUNK_BYTES)
        try:
            self._parser.Parse(chunk, not chunk)
        except expat.ExpatError as exc:
            raise SourceError(
                f"not well-formed XML: {expat.ErrorString(exc.code)} "
                f"at line {exc.lineno}, column {exc.offset + 1}",
                location=self.location,
            ) from exc
        self._done = not chunk

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        self._depth += 1
        if self._depth == 1:
            self.root = ET.Element(tag, attrs)
            return
        if self._depth == 2 and tag == "Agency":
            self._builder, self._lines = ET.TreeBuilder(), {}
        if self._builder is not None:
            element = self._builder.start(tag, attrs)
            if tag in LINE_TAGS:
                self._lines[id(element)] = self._parser.CurrentLineNumber

    def _end(self, tag: str) -> None:
        if self._builder is not None:
            self._builder.end(tag)
            if self._depth == 2:
                self._ready.append((self._builder.close(), self._lines))
                self._builder = None
        self._depth -= 1

    def _data(self, text: str) -> None:
        if self._builder is not None:
            self._builder.data(text)

    def _refuse_doctype(self, *_: object) -> None:
        raise SourceError(
            f"a DOCTYPE declaration at line {self._parser.CurrentLineNumber} is not accepted "
            "(DTDs and entities can carry entity-expansion attacks); AIRS exports need none: "
            "remove it and import again",
            location=self.location,
        )

    def _refuse_entity(self, *_: object) -> None:
        raise SourceError(
            f"an entity declaration or reference at line {self._parser.CurrentLineNumber} "
            "is not accepted (entity-expansion attacks); remove it and import again",
            location=self.location,
        )


def _source_name(attributes: dict[str, str], path: Path) -> str:
    """'BC 211 RecordOwner = 2252 - Vancouver, BC' -> 'BC 211 export'.

    Not the file name: records are matched across re-imports by source and id, and a
    new export usually has a new file name."""
    entity = attributes.get("SourceEntity", "").split("RecordOwner")[0].strip(" -,")
    return f"{entity or 'AIRS XML'} export"


def _add(records: dict[str, ServiceRecord], record: ServiceRecord) -> None:
    """A service met again at another site: one record, the new location and phones added."""
    first = records.setdefault(record.id, record)
    if first is not record:
        first.locations += [loc for loc in record.locations if loc not in first.locations]
        first.phones = unique_phones(first.phones + record.phones)


def _agency_records(
    agency: ET.Element, lines: dict[int, int], source: SourceInfo, problems: list[RecordProblem]
) -> list[ServiceRecord]:
    where = f"{source.location}: line {lines.get(id(agency), '?')} (Agency)"
    key = _text(agency, "Key")
    if not key:
        raise RecordProblem("<Agency> has no <Key>; its services were skipped", location=where)
    name = clean_line(agency.findtext("Name"))
    if not name:
        services = ", ".join(_text(s, "Key") for s in agency.iter("SiteService")) or "none"
        raise RecordProblem(
            f"<Agency> {key} has no <Name>; its services were skipped ({services})",
            location=where,
        )
    excluded = any(agency.get(flag, "").lower() == "true" for flag in EXCLUDE_FLAGS)
    agency_inactive = (
        excluded
        or _unavailable(agency.find("ResourceInfo"))
        or _marked_deleted(agency.findtext("AgencyDescription"))
    )
    records = []
    for site in agency.findall("Site"):
        site_inactive = agency_inactive or _marked_deleted(site.findtext("SiteDescription"))
        location = _location(site)
        for service in site.findall("SiteService"):
            service_where = f"{source.location}: line {lines.get(id(service), '?')} (SiteService)"
            try:
                record = _service(service, service_where, source)
            except RecordProblem as problem:
                problems.append(problem)
                continue
            record.organization = name
            record.locations = [location] if location else []
            record.phones = unique_phones(record.phones + _phones(site) + _phones(agency))
            record.url = (
                record.url
                or web_url(clean_line(site.findtext("URL/Address")))
                or web_url(clean_line(agency.findtext("URL/Address")))
            )
            record.email = record.email or clean_line(
                site.findtext("Email/Address") or agency.findtext("Email/Address")
            )
            if site_inactive:
                record.status = "inactive"
            records.append(record)
    return records


def _service(service: ET.Element, where: str, source: SourceInfo) -> ServiceRecord:
    key = _text(service, "Key")
    if not key:
        raise RecordProblem("<SiteService> has no <Key>", location=where)
    name = clean_line(service.findtext("Name"))
    if not name:
        raise RecordProblem("<SiteService> has no <Name>", location=where, record_id=key)
    description, deleted = split_deleted_marker(clean_html(service.findtext("Description")))
    info = service.find("ResourceInfo")
    try:
        verified = _date(info.get("DateLastVerified") if info is not None else None)
    except ValueError as exc:
        raise RecordProblem(
            f"bad DateLastVerified: {exc}; expected YYYY-MM-DD", location=where, record_id=key
        ) from exc
    categories, populations, codes = _taxonomy(service)
    schedules, hours_text = _hours(service.find("TimeOpen"))
    names = service.findall("Languages/Name")
    languages = [code for name in names for code in language_codes(clean_line(name.text))]
    return ServiceRecord(
        id=key,
        source=source.name,
        name=name,
        description=description,
        status="inactive" if deleted or _unavailable(info) else "active",
        last_verified=verified,
        url=web_url(clean_line(service.findtext("URL/Address"))),
        email=clean_line(service.findtext("Email/Address")),
        phones=_phones(service),
        schedules=schedules,
        languages=list(dict.fromkeys(languages)),
        eligibility=clean_html(service.findtext("Eligibility")),
        fees=clean_html(service.findtext("FeeStructure")),
        categories=categories,
        taxonomy_codes=codes,
        populations=populations,
        service_areas=_areas(service),
        hours_text=hours_text,
        source_notice=source.notice,
    )


def _text(element: ET.Element, path: str) -> str:
    return (element.findtext(path) or "").strip()


def _marked_deleted(description: str | None) -> bool:
    return split_deleted_marker(clean_html(description))[1]


def _unavailable(info: ET.Element | None) -> bool:
    if info is None:
        return False
    flags = (info.get("AvailableForReferral", ""), info.get("AvailableForDirectory", ""))
    return any(flag.strip().lower() == "false" for flag in flags)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text.strip()[:10]) if text and text.strip() else None


def _phones(element: ET.Element) -> list[Phone]:
    phones = []
    for phone in element.findall("Phone"):
        number = clean_line(phone.findtext("PhoneNumber"))
        if not number or phone.get("Confidential", "").lower() == "true":
            continue
        label = clean_line(phone.findtext("Type"))
        generic = re.fullmatch(r"phone\s*\d*", label, re.I) is not None
        phones.append(Phone(number, phone_type(label), "" if generic else label))
    return phones


def _location(site: ET.Element) -> Location | None:
    address = _address(site.find("PhysicalAddress"))
    point = coordinates(
        site.findtext("SpatialLocation/Latitude"), site.findtext("SpatialLocation/Longitude")
    )
    if address is None and point is None:
        return None
    latitude, longitude = point or (None, None)
    return Location(clean_line(site.findtext("Name")), address, latitude, longitude)


def _address(element: ET.Element | None) -> Address | None:
    if element is None or element.get("Confidential", "").lower() == "true":
        return None
    lines = [clean_line(child.text) for child in element if re.fullmatch(r"Line\d", child.tag)]
    address = Address(
        street=", ".join(line for line in lines if line),
        city=clean_line(element.findtext("City")),
        province=clean_line(element.findtext("State")),
        postal_code=clean_line(element.findtext("ZipCode")),
        country=country_code(element.findtext("Country")),
    )
    return address if address.street or address.city or address.postal_code else None


def _taxonomy(service: ET.Element) -> tuple[list[str], list[str], list[str]]:
    categories: list[str] = []
    populations: list[str] = []
    codes: list[str] = []
    for element in service.findall("Taxonomy/Code"):
        code = clean_line(element.text)
        if code.startswith("{"):
            for facet, value in FACET.findall(code):
                if facet == "who":
                    populations.append(value.strip())
                elif facet in ("what", "why"):
                    categories.append(_sentence_case(value.strip()))
        elif is_airs_code(code):
            codes.append(code)
            if code.startswith("Y"):
                populations.append(code)
    unique = dict.fromkeys
    return list(unique(c for c in categories if c)), list(unique(populations)), list(unique(codes))


def _sentence_case(text: str) -> str:
    """'HEALTH CARE (medical)' -> 'Health care (medical)'; 'crime' stays as it is."""
    head, bracket, tail = text.partition("(")
    return head.capitalize() + bracket + tail if head.isupper() else text


def _areas(service: ET.Element) -> list[str]:
    areas = []
    for area in service.findall("GeographicAreaServed"):
        city, county, state, country = (
            clean_line(area.findtext(tag)) for tag in ("City", "County", "State", "Country")
        )
        place = ", ".join(p for p in (city or county, state) if p) or country
        if place:
            areas.append(place)
    return list(dict.fromkeys(areas))


def _hours(time_open: ET.Element | None) -> tuple[list[Schedule], str]:
    """`<TimeOpen>`: day elements (`<Monday>9:00 am - 5:00 pm</Monday>`), notes, or free text.

    Days that read one way become schedules; everything else stays as hours_text.
    """
    if time_open is None:
        return [], ""
    by_day: dict[int, tuple[str, str]] = {}
    notes = [clean_html(time_open.text)]
    for child in time_open:
        text = clean_line(child.text)
        if child.tag in DAYS and text:
            hours = parse_day_hours(text)
            if hours:
                by_day[DAYS.index(child.tag)] = hours
            else:
                notes.append(f"{child.tag}: {text}")
        elif text:
            notes.append(text)
    free_text = "\n".join(n for n in notes if n)
    if by_day:
        return schedules_from_days(by_day), free_text
    schedules = parse_hours(free_text) if free_text else []
    return schedules, "" if schedules else free_text
