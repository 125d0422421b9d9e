"""Open Referral HSDS 3.0, JSON form: a file or folder of `/services` answers.

Accepted shapes, as the HSDS 3.0 API serves them: a paged list
(`{"contents": [service, ...], ...}`), a plain list of services, or one service.
A folder is read file by file in name order.

A location starting with http:// or https:// is the base URL of a live HSDS 3.0 API:
`GET {base}/services?page=N&per_page=...&full=true` is read page by page (`total_pages`),
and a list item that is not the fully nested form is fetched from `{base}/services/{id}`.
WAYPOINT_HSDS_API_KEY, when set, is sent in the WAYPOINT_HSDS_API_KEY_HEADER header.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from .. import settings
from ..errors import RecordProblem, SourceError
from ..records import Address, Location, Phone, Schedule, ServiceRecord, SourceInfo
from ._http import ApiClient, BadResponseError, HTTPStatusError
from ._values import DAY_CODES

__all__ = ["import_source", "parse_service"]

FORMAT = "hsds-json"
PER_PAGE = 100  # the HSDS 3.0 API's usual maximum


def import_source(location: str):
    from . import ImportResult, file_checksum  # the package imports this module first

    if location.startswith(("http://", "https://")):
        return _import_api(location)
    path = Path(location)
    files = _json_files(path)
    documents = [(f, _load_json(f)) for f in files]
    source = SourceInfo(
        name=_source_name(path, documents),
        format=FORMAT,
        location=str(path),
        checksum=file_checksum(files),
        notice=_notice(documents),
    )
    result = ImportResult(source)
    for file, document in documents:
        for position, service in enumerate(_services_in(document, file)):
            where = f"{file}: service #{position + 1}"
            try:
                record = parse_service(service, source, where)
            except RecordProblem as problem:
                result.problems.append(problem)
            else:
                result.records.append(record)
    return result


def _import_api(base_url: str):
    from . import ImportResult

    base = base_url.rstrip("/")
    key = settings.get("hsds_api_key")
    headers = {settings.get("hsds_api_key_header"): key} if key else {}
    parts = urlsplit(base)
    source = SourceInfo(name=(parts.netloc + parts.path).rstrip("/"), format=FORMAT, location=base)
    result = ImportResult(source)
    with ApiClient(headers=headers, secrets=[key], key_env="WAYPOINT_HSDS_API_KEY") as client:
        for where, item in _api_services(client, base):
            try:
                service = _full_service(client, base, item, where)
                result.records.append(parse_service(service, source, where))
            except RecordProblem as problem:
                result.problems.append(problem)
        source.checksum = client.checksum()
    return result


def _api_services(client: ApiClient, base: str) -> Iterator[tuple[str, Any]]:
    """(where, list item) for every service on every page of {base}/services."""
    page, total_pages = 1, 1
    while page <= total_pages:
        url = f"{base}/services"
        document = client.get_json(url, params={"page": page, "per_page": PER_PAGE, "full": "true"})
        if not isinstance(document, dict) or not isinstance(document.get("contents"), list):
            raise SourceError(
                "expected an HSDS 3.0 paged list ({'contents': [...], 'total_pages': N})",
                location=f"{url}?page={page}",
            )
        contents = document["contents"]
        for position, item in enumerate(contents):
            yield f"{url}?page={page}: service #{position + 1}", item
        total_pages = _int(document.get("total_pages"), default=page)
        if not contents:
            break
        page += 1


def _full_service(client: ApiClient, base: str, item: Any, where: str) -> Any:
    """The fully nested service: the list item itself, or {base}/services/{id}."""
    service_id = _text(item.get("id")) if isinstance(item, dict) else ""
    if not service_id or "service_at_locations" in item:
        return item  # already full, or malformed (parse_service says how)
    try:
        return client.get_json(f"{base}/services/{quote(service_id, safe='')}")
    except HTTPStatusError as error:
        if error.status not in (404, 410):
            raise
        raise RecordProblem(
            f"listed, but its full record is gone (HTTP {error.status})",
            location=where,
            record_id=service_id,
        ) from None
    except BadResponseError as error:
        raise RecordProblem(str(error), location=where, record_id=service_id) from None


def _int(value: Any, *, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _json_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(path.glob("*.json"))
        if not files:
            raise SourceError("folder has no .json files", location=str(path))
        return files
    if path.is_file():
        return [path]
    raise SourceError("no such file or folder", location=str(path))


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise SourceError(f"not UTF-8 text ({exc.reason})", location=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise SourceError(
            f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
            location=str(path),
        ) from exc
    except RecursionError:
        raise SourceError(
            "JSON nested too deep to read (over about 1,000 levels); not an HSDS file",
            location=str(path),
        ) from None


def _services_in(document: Any, file: Path) -> list[Any]:
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        return document["contents"]
    if isinstance(document, list):
        return document
    if isinstance(document, dict) and "name" in document:
        return [document]
    raise SourceError(
        "expected an HSDS /services page ({'contents': [...]}), a list of services or one service",
        location=str(file),
    )


def _notice(documents: list[tuple[Path, Any]]) -> str:
    for _, document in documents:
        if isinstance(document, dict) and isinstance(document.get("waypoint_demo"), dict):
            return str(document["waypoint_demo"].get("notice", "")).strip()
    return ""


def _source_name(path: Path, documents: list[tuple[Path, Any]]) -> str:
    if _notice(documents):
        return "Waypoint demo data (fictional)"
    return path.stem if path.is_file() else path.name


def parse_service(data: Any, source: SourceInfo, where: str) -> ServiceRecord:
    """One HSDS 3.0 service object -> ServiceRecord, or RecordProblem saying what is wrong."""
    if not isinstance(data, dict):
        raise RecordProblem(f"expected a JSON object, got {type(data).__name__}", location=where)
    record_id = _text(data.get("id"))
    if not record_id:
        raise RecordProblem("service has no id", location=where)
    organization = data.get("organization") if isinstance(data.get("organization"), dict) else {}
    sals = [s for s in _list(data.get("service_at_locations")) if isinstance(s, dict)]
    locations = [_location(s.get("location")) for s in sals if isinstance(s.get("location"), dict)]
    phones = _phones(data.get("phones")) + [p for s in sals for p in _phones(s.get("phones"))]
    schedules = _schedules(data.get("schedules")) + [
        sch for s in sals for sch in _schedules(s.get("schedules"))
    ]
    languages = _languages(data.get("languages")) + [
        code for s in sals for code in _languages(_dict(s.get("location")).get("languages"))
    ]
    try:
        verified = _date(data.get("assured_date") or data.get("last_modified"))
    except ValueError as exc:
        raise RecordProblem(
            f"bad assured_date: {exc}", location=where, record_id=record_id
        ) from exc
    return ServiceRecord(
        id=record_id,
        source=source.name,
        name=_text(data.get("name")),
        description=_text(data.get("description")),
        organization=_text(organization.get("name")),
        status=_text(data.get("status")).lower() or "active",
        last_verified=verified,
        url=_text(data.get("url")) or _text(organization.get("website")),
        email=_text(data.get("email")) or _text(organization.get("email")),
        phones=_unique_phones(phones),
        locations=locations,
        schedules=schedules,
        languages=list(dict.fromkeys(languages)),
        eligibility=_text(data.get("eligibility_description")),
        fees=_text(data.get("fees_description")),
        categories=_categories(data.get("attributes")),
        taxonomy_codes=_taxonomy_codes(data.get("attributes")),
        service_areas=_service_areas(data.get("service_areas")),
        source_notice=source.notice,
    )


def _service_areas(value: Any) -> list[str]:
    """The names of the areas served ("Toronto, ON"): phone and online services have no
    address, and the place filter reads these to know whom they serve."""
    names = [_text(_dict(area).get("name")) for area in _list(value)]
    return list(dict.fromkeys(n for n in names if n))


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ("" if value is None else str(value))


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _date(value: Any) -> date | None:
    text = _text(value)
    if not text:
        return None
    if len(text) > 10:  # a timestamp such as 2023-03-15T10:30:45.123Z
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    return date.fromisoformat(text)


def _phones(value: Any) -> list[Phone]:
    phones = []
    for item in _list(value):
        number = _text(_dict(item).get("number")).strip('"')
        if number:
            phones.append(
                Phone(number, _text(item.get("type")) or "voice", _text(item.get("description")))
            )
    return phones


def _unique_phones(phones: list[Phone]) -> list[Phone]:
    seen: dict[str, Phone] = {}
    for phone in phones:
        seen.setdefault(phone.number, phone)
    return list(seen.values())


def _languages(value: Any) -> list[str]:
    codes = []
    for item in _list(value):
        code = _text(_dict(item).get("code")).lower()
        if code:
            codes.append(code)
    return codes


def _schedules(value: Any) -> list[Schedule]:
    schedules = []
    for item in _list(value):
        item = _dict(item)
        days = [d.strip().upper() for d in _text(item.get("byday")).split(",") if d.strip()]
        schedules.append(
            Schedule(
                byday=[d for d in days if d in DAY_CODES],
                opens_at=_text(item.get("opens_at"))[:5],
                closes_at=_text(item.get("closes_at"))[:5],
                description=_text(item.get("description")),
            )
        )
    return [s for s in schedules if s.byday or s.description]


def _location(data: dict[str, Any]) -> Location:
    addresses = [a for a in _list(data.get("addresses")) if isinstance(a, dict)]
    physical = [a for a in addresses if _text(a.get("address_type")) != "postal"] or addresses
    address = None
    if physical:
        a = physical[0]
        street = ", ".join(p for p in (_text(a.get("address_1")), _text(a.get("address_2"))) if p)
        address = Address(
            street=street,
            city=_text(a.get("city")),
            province=_text(a.get("state_province")),
            postal_code=_text(a.get("postal_code")),
            country=_text(a.get("country")) or "CA",
        )
    return Location(
        name=_text(data.get("name")),
        address=address,
        latitude=_float(data.get("latitude")),
        longitude=_float(data.get("longitude")),
        virtual=_text(data.get("location_type")) == "virtual",
    )


def _float(value: Any) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _terms(attributes: Any) -> list[dict[str, Any]]:
    return [_dict(_dict(a).get("taxonomy_term")) for a in _list(attributes)]


def _categories(attributes: Any) -> list[str]:
    names = [_text(t.get("name")) for t in _terms(attributes)]
    return list(dict.fromkeys(n for n in names if n))


def _taxonomy_codes(attributes: Any) -> list[str]:
    codes = [_text(t.get("code")) for t in _terms(attributes)]
    return list(dict.fromkeys(c for c in codes if c))
