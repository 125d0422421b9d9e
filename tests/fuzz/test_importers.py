"""Every importer against hostile files: good records mixed with malformed ones.

The contract (index/importers/__init__.py): each malformed record is reported with its
location and skipped, the others are imported; a file that cannot be read at all is
refused with a SourceError that says why. Nothing else may come out: no other
exception, no good record lost.
"""

from __future__ import annotations

import csv
import html
import io
import json
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index import SourceError, parse_source_spec, run_import
from index.importers.icarol_csv import REQUIRED_COLUMNS
from tests.fuzz.conftest import count, fuzz_settings
from tests.fuzz.strategies import control_text, hostile_text, xml_safe
from tests.httpfake import FakeServer, Reply

WORK = Path(tempfile.mkdtemp(prefix="waypoint-fuzz-importers-"))
VERIFIED = "2026-01-15"
HUGE = 200_000  # over the csv module's field limit (131,072 characters)

# A good record: hostile text around a marker the importer must keep ("Service 7").
good_names = st.tuples(hostile_text, hostile_text)


def _name(parts: tuple[str, str], number: int) -> str:
    return f"{parts[0]} Service {number} {parts[1]}"


def _html_name(parts: tuple[str, str], number: int) -> str:
    """A name for formats whose text is HTML (iCarol, AIRS): '<' is written '&lt;' there.

    Unescaped, '<a' ... '>' around the marker is a tag, and the importer rightly drops it.
    """
    return _name((html.escape(parts[0]), html.escape(parts[1])), number)


def _import(fmt: str, location: Path | str):
    """The import result, or None when the whole source was refused with a clear message."""
    try:
        return run_import(parse_source_spec(f"{fmt}:{location}"))
    except SourceError as exc:
        assert str(exc).strip(), "a SourceError must say what is wrong"
        return None


def _assert_good_kept(result, expected: dict[str, int]) -> None:
    """Every good record is there, its name still carrying its marker."""
    assert result is not None, "a file with good records was refused whole"
    names = {record.id: record.name for record in result.records}
    for record_id, number in expected.items():
        assert record_id in names, f"good record {record_id} lost; problems: {result.problems[:3]}"
        assert f"Service {number}" in names[record_id]


def _assert_clean_text(result) -> None:
    """No control character survives into a record's name or description."""
    for record in result.records:
        for text in (record.name, record.description):
            assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in text), repr(text)


# ---- iCarol CSV ---------------------------------------------------------------------------

ICAROL_COLUMNS = [*REQUIRED_COLUMNS, "AgencyDescription", "LastVerifiedOn", "AgencyStatus"]


def _icarol_row(number: int, name: str, description: str, level="Agency", parent="0") -> list:
    return [str(number), name, level, parent, description, "1/15/26 8:45", "Active"]


bad_icarol_lines = st.one_of(
    st.just(b"9001,extra,Agency,0,d,2026-01-01,Active,one,two,three\r\n"),  # too many fields
    st.just(b"9002,short\r\n"),  # too few fields
    st.just(b'9003,"' + b"x" * HUGE + b'",Agency,0,d,2026-01-01,Active\r\n'),  # huge field
    st.just(b"9004,Name,Nonsense,0,d,2026-01-01,Active\r\n"),  # unknown level
    st.just(b"9005,,Agency,0,d,2026-01-01,Active\r\n"),  # no name
    st.binary(min_size=1, max_size=40).map(  # broken encoding inside one row
        lambda raw: (
            b"9006,Bad \xff\xfe"
            + raw.replace(b"\n", b"").replace(b"\r", b"").replace(b'"', b"").replace(b",", b"")
            + b",Agency,0,d,2026-01-01,Active\r\n"
        )
    ),
)


@fuzz_settings(300, share=0.25)
@given(
    names=st.lists(good_names, min_size=1, max_size=6),
    descriptions=st.lists(hostile_text, min_size=7, max_size=7),
    bad=st.lists(bad_icarol_lines, max_size=4),
    positions=st.lists(st.integers(0, 10), min_size=4, max_size=4),
)
def test_icarol_csv_keeps_good_rows_and_reports_bad_ones(names, descriptions, bad, positions):
    count("importer icarol-csv")
    good: dict[str, int] = {}
    lines: list[bytes] = []
    for number, parts in enumerate(names, start=1):
        out = io.StringIO()
        name = _html_name(parts, number)
        csv.writer(out).writerow(_icarol_row(number, name, descriptions[number]))
        lines.append(out.getvalue().encode("utf-8"))
        good[str(number)] = number
    for line, position in zip(bad, positions, strict=False):
        lines.insert(position % (len(lines) + 1), line)
    header = (",".join(ICAROL_COLUMNS) + "\r\n").encode()
    path = WORK / "icarol.csv"
    path.write_bytes(header + b"".join(lines))

    result = _import("icarol-csv", path)

    _assert_good_kept(result, good)
    _assert_clean_text(result)
    reported = " ".join(str(p) for p in result.problems)
    for line in bad:
        assert line[:4].decode() in reported or "line" in reported, "a bad row went unreported"
    assert len(result.problems) >= len(bad)


# ---- HSDS CSV -----------------------------------------------------------------------------

SERVICE_COLUMNS = ["id", "organization_id", "name", "description", "status", "assured_date"]

bad_hsds_lines = st.one_of(
    st.just(b"s9001,o1,Extra,d,active,2026-01-01,one,two\r\n"),  # too many fields
    st.just(b's9002,o1,"' + b"y" * HUGE + b'",d,active,2026-01-01\r\n'),  # huge field
    st.just(b"s9003,o1,,d,active,2026-01-01\r\n"),  # no name
    st.just(b"s9004,o1,Bad \xc3\x28 byte,d,active,2026-01-01\r\n"),  # invalid UTF-8
    st.just(b"s9005,o1,Date,d,active,31/31/31\r\n"),  # a date that is none
)


@fuzz_settings(300, share=0.25)
@given(
    names=st.lists(good_names, min_size=1, max_size=6),
    descriptions=st.lists(hostile_text, min_size=7, max_size=7),
    bad=st.lists(bad_hsds_lines, max_size=4),
    positions=st.lists(st.integers(0, 10), min_size=4, max_size=4),
)
def test_hsds_csv_keeps_good_rows_and_reports_bad_ones(names, descriptions, bad, positions):
    count("importer hsds-csv")
    folder = WORK / "hsds-csv"
    folder.mkdir(exist_ok=True)
    (folder / "organizations.csv").write_text("id,name\r\no1,Riverside Library\r\n")
    good: dict[str, int] = {}
    lines: list[bytes] = []
    for number, parts in enumerate(names, start=1):
        out = io.StringIO()
        description = descriptions[number] + " d"
        row = [f"s{number}", "o1", _name(parts, number), description, "active", VERIFIED]
        csv.writer(out).writerow(row)
        lines.append(out.getvalue().encode("utf-8"))
        good[f"s{number}"] = number
    for line, position in zip(bad, positions, strict=False):
        lines.insert(position % (len(lines) + 1), line)
    (folder / "services.csv").write_bytes(
        (",".join(SERVICE_COLUMNS) + "\r\n").encode() + b"".join(lines)
    )

    result = _import("hsds-csv", folder)

    _assert_good_kept(result, good)
    _assert_clean_text(result)
    malformed = [line for line in bad if not line.startswith((b"s9003", b"s9005"))]
    assert len(result.problems) >= len(malformed), "a malformed row went unreported"


# ---- HSDS JSON ----------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(hostile_text, inner, max_size=4),
    max_leaves=12,
)
bad_services = st.one_of(
    json_values,  # not an object at all, mostly
    st.fixed_dictionaries({"name": hostile_text}),  # no id
    st.fixed_dictionaries({"id": st.lists(st.integers()) | st.dictionaries(st.text(), st.text())}),
    st.fixed_dictionaries(
        {
            "id": st.just("bad-1"),
            "name": hostile_text,
            "phones": json_values,
            "service_at_locations": json_values,
            "schedules": json_values,
            "languages": json_values,
            "organization": json_values,
            "last_modified": json_values,
        }
    ),
    st.integers(1, 900).map(
        lambda depth: {"id": "deep", "name": json.loads("[" * depth + "]" * depth)}
    ),
)


@fuzz_settings(300, share=0.25)
@given(
    names=st.lists(good_names, min_size=1, max_size=6),
    descriptions=st.lists(hostile_text, min_size=7, max_size=7),
    bad=st.lists(bad_services, max_size=4),
    positions=st.lists(st.integers(0, 10), min_size=4, max_size=4),
)
def test_hsds_json_keeps_good_services_and_reports_bad_ones(names, descriptions, bad, positions):
    count("importer hsds-json")
    good: dict[str, int] = {}
    services: list = []
    for number, parts in enumerate(names, start=1):
        services.append(
            {
                "id": f"svc-{number}",
                "name": _name(parts, number),
                "description": descriptions[number] + " d",
                "status": "active",
                "last_modified": VERIFIED,
                "organization": {"id": "o1", "name": "Riverside Library"},
            }
        )
        good[f"svc-{number}"] = number
    for service, position in zip(bad, positions, strict=False):
        services.insert(position % (len(services) + 1), service)
    path = WORK / "services.json"
    path.write_text(json.dumps({"contents": services}), encoding="utf-8")

    result = _import("hsds-json", path)

    _assert_good_kept(result, good)
    _assert_clean_text(result)
    assert len(result.records) + len(result.problems) >= len(services) - len(bad) + sum(
        1 for service in bad if not isinstance(service, dict)
    ), "a malformed service went unreported"


# ---- AIRS / iCarol XML --------------------------------------------------------------------


def _airs_agency(key: str, name: str, service_key: str, service_name: str) -> str:
    return (
        f"<Agency><Key>{escape(key)}</Key><Name>{escape(name)}</Name>"
        f"<AgencyDescription>An agency.</AgencyDescription>"
        f"<Site><Key>site-{escape(key)}</Key><Name>Main site</Name>"
        f"<SiteService><Key>{escape(service_key)}</Key><Name>{escape(service_name)}</Name>"
        f"<Description>{escape(service_name)} helps.</Description>"
        f'<ResourceInfo AvailableForReferral="true" DateLastVerified="{VERIFIED}"/>'
        f"</SiteService></Site></Agency>"
    )


bad_agencies = st.one_of(
    st.just("<Agency><Name>No key</Name></Agency>"),
    st.just(
        "<Agency><Key>k1</Key><Site><Key>s</Key><SiteService><Name>x</Name></SiteService></Site></Agency>"
    ),
    st.integers(10, 3000).map(
        lambda depth: "<Agency><Key>deep</Key>" + "<x>" * depth + "</x>" * depth + "</Agency>"
    ),
    st.just("<Agency><Key>huge</Key><Name>" + "z" * HUGE + "</Name></Agency>"),
    hostile_text.map(lambda text: f"<Agency>{escape(xml_safe(text))}</Agency>"),
    hostile_text.map(
        lambda text: f"<Agency><Key>attr</Key><Name lang={quoteattr(xml_safe(text))}/></Agency>"
    ),
)


@fuzz_settings(300, share=0.25)
@given(
    names=st.lists(good_names, min_size=1, max_size=5),
    bad=st.lists(bad_agencies, max_size=4),
    positions=st.lists(st.integers(0, 10), min_size=4, max_size=4),
)
def test_airs_xml_keeps_good_services_and_reports_bad_agencies(names, bad, positions):
    count("importer airs-xml")
    good: dict[str, int] = {}
    agencies: list[str] = []
    for number, parts in enumerate(names, start=1):
        name = xml_safe(_html_name(parts, number))
        agencies.append(_airs_agency(f"a{number}", f"Agency {number}", f"svc{number}", name))
        good[f"svc{number}"] = number
    for agency, position in zip(bad, positions, strict=False):
        agencies.insert(position % (len(agencies) + 1), agency)
    path = WORK / "export.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<Source SourceEntity="Fuzz 211" SchemaVersion="3.0">\n'
        + "\n".join(agencies)
        + "\n</Source>\n",
        encoding="utf-8",
    )

    result = _import("airs-xml", path)

    _assert_good_kept(result, good)
    _assert_clean_text(result)


XML_ATTACKS = [
    # billion laughs: entity expansion
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    "<Source><Agency><Name>&lol3;</Name></Agency></Source>",
    # external entity: would read a local file
    '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    "<Source><Agency><Name>&xxe;</Name></Agency></Source>",
    # external DTD
    '<?xml version="1.0"?><!DOCTYPE Source SYSTEM "http://127.0.0.1:9/evil.dtd"><Source/>',
    # parameter entities
    '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY % p "<!ENTITY x \'y\'>"> %p;]><Source/>',
]


@pytest.mark.parametrize(
    "attack", XML_ATTACKS, ids=["billion-laughs", "xxe", "external-dtd", "parameter-entity"]
)
def test_airs_xml_entity_attacks_are_refused_before_expansion(attack):
    count("importer airs-xml")
    path = WORK / "attack.xml"
    path.write_text(attack)
    with pytest.raises(SourceError, match="DOCTYPE|entity|entities"):
        run_import(parse_source_spec(f"airs-xml:{path}"))


# ---- whole files of garbage: refused with a message, never a crash ---------------------

FILE_FORMATS = {
    "icarol-csv": "file.csv",
    "hsds-json": "file.json",
    "airs-xml": "file.xml",
    "hsds-csv": "services.csv",  # in a package folder
}


def _mutations(seed: bytes):
    """Bytes of a valid-looking file, then cut, spliced and salted with garbage."""
    return st.tuples(
        st.integers(0, len(seed)), st.binary(max_size=64), st.integers(0, len(seed))
    ).map(lambda t: seed[: t[0]] + t[1] + seed[t[2] :])


SEEDS = {
    "icarol-csv": (
        ",".join(ICAROL_COLUMNS) + "\r\n1,Name,Agency,0,Desc,2026-01-01,Active\r\n"
    ).encode(),
    "hsds-json": b'{"contents": [{"id": "1", "name": "N", "description": "D"}]}',
    "airs-xml": _airs_agency("a", "A", "s", "S").join([b"<Source>".decode(), "</Source>"]).encode(),
    "hsds-csv": (",".join(SERVICE_COLUMNS) + "\r\ns1,o1,Name,Desc,active,2026-01-01\r\n").encode(),
}


@fuzz_settings(300, share=0.25)
@given(data=st.data(), fmt=st.sampled_from(sorted(FILE_FORMATS)))
def test_any_bytes_are_imported_or_refused_with_a_message(data, fmt):
    count(f"importer {fmt}")
    raw = data.draw(st.binary(max_size=300) | _mutations(SEEDS[fmt]) | control_text.map(str.encode))
    if fmt == "hsds-csv":
        folder = WORK / "garbage-package"
        folder.mkdir(exist_ok=True)
        (folder / "services.csv").write_bytes(raw)
        _import(fmt, folder)
    else:
        path = WORK / FILE_FORMATS[fmt]
        path.write_bytes(raw)
        _import(fmt, path)


@pytest.mark.parametrize("depth", [10_000, 200_000])
def test_hsds_json_nested_too_deep_is_refused_with_a_message(depth):
    count("importer hsds-json")
    path = WORK / "deep.json"
    path.write_text("[" * depth + "]" * depth)
    with pytest.raises(SourceError, match="nested"):
        run_import(parse_source_spec(f"hsds-json:{path}"))


# ---- 211 Data API over HTTP ---------------------------------------------------------------

SEARCH = "/api/v2/search"
bad_api_records = st.one_of(
    json_values,
    st.fixed_dictionaries({"PublicName": hostile_text}),  # no id
    st.fixed_dictionaries(
        {
            "id": st.integers(1, 10**12) | hostile_text,
            "PublicName": json_values,
            "PhoneNumbers": json_values,
            "LanguagesOfferedList": json_values,
            "LastVerifiedOn": json_values,
            "Latitude": json_values,
        }
    ),
)
bad_pages = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda value: json.dumps(value).encode()),
    st.just(b"<html><body>Service Unavailable</body></html>"),
    st.just(b'{"RecordCount": 1, "Records": ' + b"[" * 5000 + b"]" * 5000 + b"}"),
)


@pytest.fixture(scope="module")
def api_server():
    server = FakeServer().start()
    yield server
    server.stop()


@pytest.fixture
def api_env(monkeypatch):
    monkeypatch.setenv("WAYPOINT_211_API_KEY", "fuzz-key")
    monkeypatch.setenv("WAYPOINT_HTTP_BACKOFF", "0.001")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setenv("no_proxy", "127.0.0.1")


@fuzz_settings(200, share=0.125)
@given(
    names=st.lists(good_names, min_size=1, max_size=5),
    bad=st.lists(bad_api_records, max_size=4),
    positions=st.lists(st.integers(0, 10), min_size=4, max_size=4),
)
def test_211_api_keeps_good_records_and_reports_bad_ones(
    api_server, api_env, names, bad, positions
):
    count("importer 211-api")
    good: dict[str, int] = {}
    records: list = []
    for number, parts in enumerate(names, start=1):
        records.append(
            {
                "id": 1000 + number,
                "PublicName": _name(parts, number),
                "Description": "Helps.",
                "LastVerifiedOn": "12/3/25 0:00",
            }
        )
        good[str(1000 + number)] = number
    for record, position in zip(bad, positions, strict=False):
        records.insert(position % (len(records) + 1), record)
    api_server.route("POST", SEARCH, Reply(200, {"RecordCount": len(records), "Records": records}))

    result = _import("211-api", f"{api_server.url}?page_size=100")

    _assert_good_kept(result, good)
    _assert_clean_text(result)


@fuzz_settings(200, share=0.125)
@given(page=bad_pages, status=st.sampled_from([200, 200, 200, 400, 404, 500, 503]))
def test_211_api_garbage_answers_are_refused_with_a_message(api_server, api_env, page, status):
    count("importer 211-api")
    api_server.route("POST", SEARCH, Reply(status, page, {"Content-Type": "application/json"}))
    _import("211-api", f"{api_server.url}?page_size=100")
