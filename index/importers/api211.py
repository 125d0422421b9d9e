"""The 211 Data API v2 (Canada): every record of a dataset, read page by page.

`211-api:https://data.211support.org` posts `{base}/api/v2/search?key=KEY` with
`PageIndex` 0, 1, ... until `RecordCount` records are read. The key comes only from
WAYPOINT_211_API_KEY (on the command line it would land in the manifest and the shell
history). Dataset, language and page size come from WAYPOINT_211_DATASET,
WAYPOINT_211_LANG and WAYPOINT_211_PAGE_SIZE, or from the location's query string, so
one build can import two datasets:
`211-api:https://data.211support.org?dataset=nl&lang=fr`.

Each record is one program at one site; its `id` (the ResourceAgencyNum) is the source
id. `TaxonomyCodes` such as `BD-1800.2000 * YF-3000; LR-0450` give the taxonomy codes,
with AIRS `Y` codes (target populations) in `populations`. `record_url` stays empty:
the public pages (`https://211ontario.ca/service/<id>/<slug>/`) need a slug the API does
not give, and no other dataset's page address is documented.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from .. import settings
from ..errors import RecordProblem, SourceError
from ..languages import language_codes
from ..records import Address, Location, Phone, ServiceRecord, SourceInfo
from ._http import ApiClient
from ._values import AIRS_CODE, clean_text, parse_date, to_float, web_url

__all__ = ["import_source", "parse_record"]

FORMAT = "211-api"
KEY_ENV = "WAYPOINT_211_API_KEY"
LANGS = ("en", "fr")
# iCarol fields asked for beyond the default answer
FIELDS = (
    "ParentAgency",
    "AgencyStatus",
    "TaxonomyCodes",
    "LanguagesOffered",
    "LastVerifiedOn",
    "FeeStructureSource",
    "CoverageArea",
    "HoursOfOperation",
)
_OPTIONS = {"dataset", "lang", "page_size"}


def import_source(location: str):
    from . import ImportResult  # the package imports this module first

    base, options = _parse_location(location)
    key = settings.get("api211_key")
    if not key:
        raise SourceError(
            f"the 211 Data API needs a key: set {KEY_ENV} (from the data-sharing agreement)",
            location=base,
        )
    query = urlencode({"dataset": options["dataset"], "lang": options["lang"]})
    source = SourceInfo(
        name=f"211 Data API {options['dataset']}/{options['lang']}",
        format=FORMAT,
        location=f"{base}?{query}",
    )
    result = ImportResult(source)
    with ApiClient(secrets=[key], key_env=KEY_ENV) as client:
        for where, item in _search(client, f"{base}/api/v2/search", key, options):
            try:
                result.records.append(parse_record(item, source, where))
            except RecordProblem as problem:
                result.problems.append(problem)
        source.checksum = client.checksum()
    return result


def _parse_location(location: str) -> tuple[str, dict[str, Any]]:
    parts = urlsplit(location)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SourceError(
            "expected the API's base URL, e.g. 211-api:https://data.211support.org"
            "?dataset=on&lang=en",
            location=location,
        )
    given = dict(parse_qsl(parts.query))
    shown = f"{parts.scheme}://{parts.netloc}{parts.path}"
    if "key" in {k.lower() for k in given}:
        raise SourceError(f"do not put the API key in the source; set {KEY_ENV}", location=shown)
    unknown = set(given) - _OPTIONS
    if unknown:
        raise SourceError(
            f"unknown option {', '.join(sorted(unknown))}; "
            f"the options are {', '.join(sorted(_OPTIONS))}",
            location=shown,
        )
    options = {
        "dataset": given.get("dataset") or settings.get("api211_dataset"),
        "lang": (given.get("lang") or settings.get("api211_lang")).lower(),
        "page_size": given.get("page_size") or settings.get("api211_page_size"),
    }
    if options["lang"] not in LANGS:
        raise SourceError(f"lang must be en or fr, not {options['lang']!r}", location=shown)
    options["page_size"] = _int(options["page_size"], default=0)
    if options["page_size"] <= 0:
        raise SourceError("page_size must be a positive whole number", location=shown)
    base = re.sub(r"/api/v2/?$", "", shown.rstrip("/"))
    return base, options


def _search(
    client: ApiClient, url: str, key: str, options: dict[str, Any]
) -> Iterator[tuple[str, Any]]:
    """(where, record) for every record of the dataset, page after page."""
    page, read = 0, 0
    while True:
        body = {
            "Dataset": options["dataset"],
            "Lang": options["lang"],
            "Search": "term",
            "Term": "*",
            "MatchMode": "all",
            "SortOrder": "name",
            "PageIndex": page,
            "PageSize": options["page_size"],
            "Fields": ",".join(FIELDS),
        }
        answer = client.post_json(url, body, params={"key": key})
        records = answer.get("Records") if isinstance(answer, dict) else None
        if not isinstance(records, list):
            raise SourceError(
                "expected a search answer ({'RecordCount': N, 'Records': [...]})",
                location=f"{url} page {page}",
            )
        for position, record in enumerate(records):
            yield f"{url} page {page}: record #{position + 1}", record
        read += len(records)
        total = _int(answer.get("RecordCount"), default=read)
        if not records or read >= total:
            return
        page += 1


def parse_record(data: Any, source: SourceInfo, where: str) -> ServiceRecord:
    """One search record -> ServiceRecord, or RecordProblem saying what is wrong."""
    if not isinstance(data, dict):
        raise RecordProblem(f"expected a JSON object, got {type(data).__name__}", location=where)
    r = {str(k).lower(): v for k, v in data.items()}  # field names' case varies
    record_id = _text(r.get("id"))
    if not record_id:
        raise RecordProblem("record has no id", location=where)
    field = "LastVerifiedOn" if _text(r.get("lastverifiedon")) else "UpdatedOn"
    try:
        verified = parse_date(_text(r.get(field.lower())))
    except ValueError:
        raise RecordProblem(
            f"bad {field}: {_text(r.get(field.lower()))!r}",
            location=where,
            record_id=record_id,
        ) from None
    codes = _codes(r.get("taxonomycodes"))
    return ServiceRecord(
        id=record_id,
        source=source.name,
        name=_text(r.get("publicname")) or _text(r.get("officialname")),
        description=_text(r.get("description")),
        organization=_text(r.get("parentagency")),
        status=_text(r.get("agencystatus")).lower() or "active",
        last_verified=verified,
        url=web_url(_text(r.get("website")) or _text(r.get("websiteaddress"))),
        email=_text(r.get("email")) or _text(r.get("emailaddressmain")),
        phones=_phones(r.get("phonenumbers")),
        locations=_locations(r),
        languages=_languages(r),
        eligibility=_text(r.get("eligibility")),
        fees=_text(r.get("feestructuresource")),
        taxonomy_codes=[c for c in codes if not c.startswith("Y")],
        populations=[c for c in codes if c.startswith("Y")],
        service_areas=_areas(r.get("servicearea") or r.get("coveragearea")),
        hours_text=_text(r.get("hours")) or _text(r.get("hoursofoperation")),
    )


def _text(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return clean_text(str(value))


def _int(value: Any, *, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _phones(value: Any) -> list[Phone]:
    phones: dict[str, Phone] = {}
    for item in value if isinstance(value, list) else []:
        p = {str(k).lower(): v for k, v in item.items()} if isinstance(item, dict) else {}
        number = _text(p.get("phone"))
        label = " ".join(t for t in (_text(p.get("type")), _text(p.get("name"))) if t).lower()
        kind = next((k for k in ("fax", "tty", "text") if k in label), "voice")
        description = _text(p.get("name")) or _text(p.get("description"))
        if number:
            phones.setdefault(number, Phone(number, kind, description))
    return list(phones.values())


def _locations(r: dict[str, Any]) -> list[Location]:
    lines = (_text(r.get(f"physicaladdressstreet{n}")) for n in (1, 2))
    address = Address(
        street=", ".join(t for t in lines if t),
        city=_text(r.get("physicaladdresscity")),
        province=_text(r.get("physicaladdressprovince")),
        postal_code=_text(r.get("physicaladdresspostalcode")),
        country=_text(r.get("physicaladdresscountry")) or "CA",
    )
    latitude, longitude = to_float(r.get("latitude")), to_float(r.get("longitude"))
    if not (address.street or address.city or latitude is not None):
        return []
    return [Location(address=address, latitude=latitude, longitude=longitude)]


def _languages(r: dict[str, Any]) -> list[str]:
    listed = r.get("languagesofferedlist")
    names = listed if isinstance(listed, list) else [_text(r.get("languagesoffered"))]
    return list(dict.fromkeys(code for n in names for code in language_codes(_text(n))))


def _codes(value: Any) -> list[str]:
    """`BD-1800.2000 * YF-3000; LR-0450` (or a list of such) -> the AIRS codes, in order."""
    text = "; ".join(map(str, value)) if isinstance(value, list) else _text(value)
    parts = (p.strip() for p in re.split(r"[;*]", text))
    return list(dict.fromkeys(p for p in parts if AIRS_CODE.fullmatch(p)))


def _areas(value: Any) -> list[str]:
    items = value if isinstance(value, list) else _text(value).split(";")
    return list(dict.fromkeys(t for t in map(_text, items) if t))
