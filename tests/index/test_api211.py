"""The 211 Data API v2 importer, against a real local HTTP server answering in its shape."""

from __future__ import annotations

import csv
import logging
import socket
import time
from datetime import date

import pytest

from index import SourceError, parse_source_spec, run_import
from tests.httpfake import FakeServer, Reply

SECRET = "k211-secret-93bd"
SEARCH = "/api/v2/search"
# Records in the documented answer shape, values as in real iCarol data (DC 211 export).
RECORDS = [
    {
        "id": 372566,
        "ParentId": 371920,
        "PublicName": "11th Wing Family Support Center - Air Force Career Focus",
        "ParentAgency": "11th Wing Family Support, Bolling Air Force Base",
        "Description": "Career counselling and job search help for military families.",
        "Latitude": 38.835705,
        "Longitude": -77.000212,
        "PhysicalAddressStreet1": "Bolling Air Force Base",
        "PhysicalAddressCity": "Washington",
        "PhysicalAddressProvince": "DC",
        "PhysicalAddressPostalCode": "20032",
        "PhoneNumbers": [
            {"Phone": "(202) 767-0450", "Name": "Intake Number", "Description": "", "Type": ""},
            {"Phone": "(202) 767-9213", "Name": "Fax", "Description": "", "Type": "Fax"},
        ],
        "Website": "www.example.mil/career",
        "Email": "",
        "Hours": "7:30 am - 4:00 pm, Monday - Friday",
        "LanguagesOfferedList": ["English", "Spanish"],
        "Eligibility": "Active and retired military and their families.",
        "TaxonomyCodes": "P; TM-5100 * TM-5100; YN-0500; YJ-2050",
        "LastVerifiedOn": "12/3/11 0:00",
        "AgencyStatus": "Active",
    },
    {
        "id": 372568,
        "PublicName": "Family Life Education",
        "Description": "Classes.",
        "UpdatedOn": "2024-05-01T10:00:00",
    },
    {
        "id": 372561,
        "PublicName": "Financial Management",
        "Description": "Budgeting.",
        "AgencyStatus": "Active, but do not refer",
    },
    {"PublicName": "A record without an id"},
    {"id": 372570, "PublicName": "Bad date", "LastVerifiedOn": "31/31/31"},
]


def serve(server: FakeServer, records: list, *, reported: int | None = None):
    """Answer each search page from `records` by PageIndex and PageSize; returns the handler."""

    def search(request):
        body = request.json()
        start = body["PageIndex"] * body["PageSize"]
        count = len(records) if reported is None else reported
        return Reply(
            200, {"RecordCount": count, "Records": records[start : start + body["PageSize"]]}
        )

    server.route("POST", SEARCH, search)
    return search


def import_211(server: FakeServer, query: str = ""):
    return run_import(parse_source_spec(f"211-api:{server.url}{query}"))


@pytest.fixture
def key(monkeypatch):
    monkeypatch.setenv("WAYPOINT_211_API_KEY", SECRET)
    return SECRET


def test_211_import_pages_until_record_count(fake_api, key):
    serve(fake_api, RECORDS)
    result = import_211(fake_api, "?page_size=2")
    bodies = [r.json() for r in fake_api.sent(SEARCH)]
    assert [b["PageIndex"] for b in bodies] == [0, 1, 2]
    assert {b["PageSize"] for b in bodies} == {2}
    assert [r.id for r in result.records] == ["372566", "372568", "372561"]


def test_211_import_stops_on_an_empty_page_even_if_more_were_announced(fake_api, key):
    serve(fake_api, RECORDS[:2], reported=50)
    assert len(import_211(fake_api, "?page_size=2").records) == 2
    assert len(fake_api.sent(SEARCH)) == 2


def test_211_malformed_records_are_reported_and_the_rest_kept(fake_api, key):
    serve(fake_api, RECORDS)
    problems = [str(p) for p in import_211(fake_api, "?page_size=2").problems]
    assert any("page 1: record #2" in p and "no id" in p for p in problems)
    assert any("372570" in p and "bad LastVerifiedOn" in p for p in problems)


def test_211_record_fields_map_to_the_service_record(fake_api, key):
    serve(fake_api, RECORDS[:1])
    record = import_211(fake_api).records[0]
    assert (record.organization, record.status) == (
        "11th Wing Family Support, Bolling Air Force Base",
        "active",
    )
    assert record.last_verified == date(2011, 12, 3)
    assert [(p.number, p.type) for p in record.phones] == [
        ("(202) 767-0450", "voice"),
        ("(202) 767-9213", "fax"),
    ]
    assert record.locations[0].address.one_line() == "Bolling Air Force Base, Washington DC, 20032"
    assert (record.languages, record.url) == (["en", "es"], "http://www.example.mil/career")
    assert (record.taxonomy_codes, record.populations) == (["P", "TM-5100"], ["YN-0500", "YJ-2050"])
    assert record.hours_text.startswith("7:30 am") and record.record_url == ""


def test_211_status_and_dates_are_kept_as_the_source_gives_them(fake_api, key):
    serve(fake_api, RECORDS[1:3])
    education, finance = import_211(fake_api).records
    assert education.last_verified == date(2024, 5, 1)  # UpdatedOn when LastVerifiedOn is absent
    assert finance.status == "active, but do not refer"  # vetting decides, not the importer


def test_211_sends_dataset_lang_and_key_from_settings(fake_api, key, monkeypatch):
    monkeypatch.setenv("WAYPOINT_211_DATASET", "nb")
    serve(fake_api, RECORDS[:1])
    result = import_211(fake_api)
    request = fake_api.sent(SEARCH)[0]
    assert request.query == {"key": SECRET}
    assert (request.json()["Dataset"], request.json()["Lang"]) == ("nb", "en")
    assert SECRET not in result.source.location and result.source.name == "211 Data API nb/en"


def test_211_query_string_picks_the_dataset_so_two_can_be_imported(fake_api, key):
    serve(fake_api, RECORDS[:1])
    ontario, labrador = import_211(fake_api), import_211(fake_api, "?dataset=nl&lang=fr")
    assert fake_api.sent(SEARCH)[1].json()["Dataset"] == "nl"
    assert fake_api.sent(SEARCH)[1].json()["Lang"] == "fr"
    assert ontario.records[0].key != labrador.records[0].key


@pytest.mark.parametrize(
    "query, message",
    [
        ("?key=abc", "do not put the API key in the source"),
        ("?lang=de", "lang must be en or fr"),
        ("?page_size=0", "page_size must be a positive"),
        ("?city=Toronto", "unknown option city"),
    ],
)
def test_211_bad_location_options_are_refused(fake_api, key, query, message):
    with pytest.raises(SourceError, match=message):
        import_211(fake_api, query)
    assert fake_api.requests == []


def test_211_without_a_key_names_the_setting(fake_api):
    with pytest.raises(SourceError, match="set WAYPOINT_211_API_KEY"):
        import_211(fake_api)
    assert fake_api.requests == []


def test_211_refused_key_says_which_setting_and_hides_the_key(fake_api, key):
    fake_api.route("POST", SEARCH, Reply(401, {"Message": "Invalid key"}))
    with pytest.raises(SourceError, match="check WAYPOINT_211_API_KEY") as error:
        import_211(fake_api)
    assert SECRET not in str(error.value)


def test_211_429_is_retried_after_the_servers_retry_after(fake_api, key):
    search = serve(fake_api, RECORDS[:1])
    fake_api.route("POST", SEARCH, Reply(429, {}, {"Retry-After": "1"}), search)
    started = time.monotonic()
    assert len(import_211(fake_api).records) == 1
    assert 1.0 <= time.monotonic() - started < 5


def test_211_server_errors_give_up_after_the_retries(fake_api, key, monkeypatch):
    monkeypatch.setenv("WAYPOINT_HTTP_RETRIES", "3")
    fake_api.route("POST", SEARCH, Reply(503, {}))
    started = time.monotonic()
    with pytest.raises(SourceError, match="HTTP 503.*after 3 retries") as error:
        import_211(fake_api)
    assert len(fake_api.sent(SEARCH)) == 4 and time.monotonic() - started < 5
    assert SECRET not in str(error.value)


def test_211_answer_that_is_not_json_fails_the_source(fake_api, key):
    search = serve(fake_api, RECORDS)
    fake_api.route("POST", SEARCH, search, Reply(200, '{"RecordCount": 5, "Records": [{"id"'))
    with pytest.raises(SourceError, match="not valid JSON") as error:
        import_211(fake_api, "?page_size=2")
    assert SECRET not in str(error.value)


def test_211_unreachable_server_never_shows_the_key(key, monkeypatch, caplog):
    monkeypatch.setenv("WAYPOINT_HTTP_RETRIES", "1")
    monkeypatch.setenv("WAYPOINT_HTTP_BACKOFF", "0.01")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again before the import
    caplog.set_level(logging.DEBUG)
    with pytest.raises(SourceError, match="cannot reach the server") as error:
        run_import(parse_source_spec(f"211-api:http://127.0.0.1:{port}"))
    assert SECRET not in str(error.value) and SECRET not in caplog.text
    assert "Retrying" in caplog.text  # urllib3 did log its retry, with the key redacted


@pytest.mark.shared_data
def test_211_real_dc_records_in_the_api_shape_import_with_their_ids(fake_api, key, shared_dir):
    with (shared_dir / "data/dc211-icarol/211.csv").open(encoding="utf-8", errors="replace") as f:
        rows = [r for r in csv.DictReader(f) if r["TaxonomyLevelName"] == "Program"][:45]
    serve(fake_api, [as_api_record(r) for r in rows])
    result = import_211(fake_api, "?page_size=20")
    assert [r.id for r in result.records] == [r["ResourceAgencyNum"] for r in rows]
    assert len(fake_api.sent(SEARCH)) == 3 and result.problems == []
    assert sum(bool(r.taxonomy_codes) for r in result.records) > 30


def as_api_record(row: dict) -> dict:
    """One iCarol CSV row in the 211 Data API's documented answer shape."""
    phones = [
        {"Phone": row[f"Phone{n}Number"], "Name": row.get(f"Phone{n}Name", ""), "Type": ""}
        for n in range(1, 5)
        if row[f"Phone{n}Number"]
    ]
    return {
        "id": int(row["ResourceAgencyNum"]),
        "ParentId": int(row["ParentAgencyNum"] or 0),
        "PublicName": row["PublicName"],
        "Description": row["AgencyDescription"],
        "Latitude": float(row["Latitude"]) if row["Latitude"] else None,
        "Longitude": float(row["Longitude"]) if row["Longitude"] else None,
        "PhysicalAddressStreet1": row["PhysicalAddress1"],
        "PhysicalAddressCity": row["PhysicalCity"],
        "PhysicalAddressProvince": row["PhysicalStateProvince"],
        "PhysicalAddressPostalCode": row["PhysicalPostalCode"],
        "PhoneNumbers": phones,
        "Website": row["WebsiteAddress"],
        "Email": row["EmailAddressMain"],
        "Hours": row["HoursOfOperation"],
        "LanguagesOfferedList": [
            s.strip() for s in row["LanguagesOffered"].split(",") if s.strip()
        ],
        "Eligibility": row["Eligibility"],
        "TaxonomyCodes": row["TaxonomyCodes"],
        "LastVerifiedOn": row["LastVerifiedOn"],
        "AgencyStatus": row["AgencyStatus"],
        "ParentAgency": row["ParentAgency"],
    }


def test_211_error_that_echoes_the_request_hides_the_key(fake_api, key):
    fake_api.route("POST", SEARCH, Reply(400, {"Message": f"bad request {SEARCH}?key={SECRET}"}))
    with pytest.raises(SourceError, match=r"HTTP 400.*key=\*\*\*") as error:
        import_211(fake_api)
    assert SECRET not in str(error.value)
