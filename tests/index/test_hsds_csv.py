"""The HSDS CSV importer: the real Miami 1.1 package, the 3.0 example, broken packages."""

from __future__ import annotations

import csv
import json
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from index import SourceError, parse_source_spec, run_import
from index.importers._values import clean_text, clock_time, day_code
from index.importers.hsds_csv import detect_version
from tests.conftest import SHARED_DIR

MIAMI = SHARED_DIR / "data/miami-hsds-1.1"
HSDS3 = SHARED_DIR / "data/hsds-3.0/examples"
shared = pytest.mark.shared_data


def _import(path):
    return run_import(parse_source_spec(f"hsds-csv:{path}"))


@cache
def miami():
    result = _import(MIAMI)
    return result, {r.id: r for r in result.records}


def write_package(folder: Path, tables: dict[str, list[list[str]]]) -> Path:
    """A small HSDS package: table file name -> rows, the first row being the header."""
    folder.mkdir(exist_ok=True)
    for name, rows in tables.items():
        with (folder / name).open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
    return folder


SERVICES = [["id", "organization_id", "name", "description", "status", "assured_date"]]
ORGS = [["id", "name", "url"], ["o1", "Riverside Library", "library.example.ca"]]


@shared
def test_csv_miami_imports_every_service_with_its_own_id(shared_dir):
    result, records = miami()
    assert len(result.records) == 4089 and result.source.name == "miami-hsds-1.1"
    dev = [json.loads(line) for line in (shared_dir / "eval/dev.jsonl").open()]
    wanted = {i for q in dev if q["dataset"] == "miami" for i in q["relevant_ids"]}
    assert wanted and wanted <= records.keys()


@shared
def test_csv_miami_joins_organization_location_phone_hours_languages_codes():
    scouts = miami()[1]["136"]
    assert scouts.organization == "GIRL SCOUTS COUNCIL OF TROPICAL FLORIDA, INC."
    assert scouts.url == "http://www.girlscoutsfl.org"
    assert scouts.phones[0].number == "305-253-4841"
    assert scouts.locations[0].address.one_line() == "11347 SW 160th Street, Miami FL, 33157"
    assert [(s.byday, s.opens_at, s.closes_at) for s in scouts.schedules] == [
        (["MO", "TU", "WE", "TH", "FR"], "09:00", "17:00")
    ]
    assert scouts.languages == ["en", "es", "ht"]
    assert scouts.taxonomy_codes == ["PL-7000", "PS-9800.8500", "PX"]


@shared
def test_csv_miami_target_population_codes_go_to_populations():
    victims = miami()[1]["143"]
    assert victims.taxonomy_codes == ["FN-1900.2500", "FN-1900.1500"]
    assert victims.populations == ["YX-1500"]


@shared
def test_csv_miami_text_is_repaired():
    records = miami()[1]
    texts = [r.description for r in records.values()]
    assert not any("GÇ" in t or "###" in t or "\\n" in t for t in texts)
    assert "The Salvation Army’s Red Shield" in records["149"].description
    assert "The Café at Lotus House" in records["5692"].description


@shared
def test_csv_miami_missing_organizations_are_reported_once_and_services_kept():
    result, records = miami()
    assert records["6562"].organization == "" and records["6562"].name
    messages = [str(p) for p in result.problems]
    assert any(m.startswith("services.csv: 447 services name an organization_id") for m in messages)
    assert any(m.startswith("eligibility.csv: 2244 rows name no service_id") for m in messages)
    assert len(messages) == 2


@shared
def test_csv_miami_has_no_verification_date_to_give():
    assert {r.last_verified for r in miami()[0].records} == {None}


@shared
def test_csv_hsds3_example_package_matches_its_json_form():
    from_csv = _import(HSDS3 / "csv").records[0]
    from_json = run_import(parse_source_spec(f"hsds-json:{HSDS3 / 'service_full.json'}")).records[0]
    for field in ("id", "name", "organization", "last_verified", "url", "eligibility", "languages"):
        assert getattr(from_csv, field) == getattr(from_json, field), field
    assert from_csv.locations == from_json.locations
    assert from_csv.schedules[0] == from_json.schedules[0]


@pytest.mark.parametrize(
    "tables, version",
    [
        ({"service", "physical_address", "regular_schedule", "service_taxonomy"}, "1.1"),
        ({"service", "physical_address", "schedule", "service_attribute"}, "2.0"),
        ({"service", "address", "schedule", "attribute"}, "3.0"),
    ],
)
def test_csv_version_is_told_by_the_tables_present(tables, version):
    assert detect_version(tables) == version


def test_csv_malformed_rows_are_reported_with_file_and_line(tmp_path):
    services = SERVICES + [
        ["s1", "o1", "English class", "Evenings", "active", "2026-01-05"],
        ["s2", "o1", "Food bank", "Mondays", "active", "2026-01-05", "stray", "fields"],
        ["", "o1", "No id", "Someone forgot", "active", ""],
        ["s3", "o1", "Tax clinic", "Free", "active", "5 January"],
    ]
    package = {"services.csv": services, "organizations.csv": ORGS}
    result = _import(write_package(tmp_path / "p", package))
    assert [r.id for r in result.records] == ["s1"]
    assert [p.location for p in result.problems] == [
        "services.csv line 3",
        "services.csv line 4",
        "services.csv line 5",
    ]
    assert "8 fields where the header has 6" in result.problems[0].reason
    assert result.problems[2].record_id == "s3" and "assured_date" in result.problems[2].reason


def test_csv_quoted_line_breaks_keep_line_numbers_right(tmp_path):
    services = SERVICES + [
        ["s1", "o1", "English", "Line one\nline two\nline three", "active", ""],
        ["", "o1", "No id", "", "", ""],
    ]
    result = _import(write_package(tmp_path / "p", {"services.csv": services}))
    assert result.records[0].description == "Line one\nline two\nline three"
    assert result.problems[0].location == "services.csv line 5"


def test_csv_1_1_weekday_numbers_and_am_pm_times_become_schedules(tmp_path):
    schedule = [["id", "service_id", "weekday", "opens_at", "closes_at"]]
    schedule += [[f"r{d}", "s1", str(d), "9am", "5:30pm"] for d in range(1, 6)]
    schedule += [["r6", "s1", "Saturday", "10:00", "12:00"]]
    services = SERVICES + [["s1", "o1", "English", "Evenings", "", ""]]
    package = {"services.csv": services, "regular_schedules.csv": schedule}
    record = _import(write_package(tmp_path / "p", package)).records[0]
    assert [(s.byday, s.opens_at, s.closes_at) for s in record.schedules] == [
        (["MO", "TU", "WE", "TH", "FR"], "09:00", "17:30"),
        (["SA"], "10:00", "12:00"),
    ]


def test_csv_metadata_date_is_used_when_the_service_has_none(tmp_path):
    metadata = [["id", "resource_id", "resource_type", "last_action_date"]]
    metadata += [["m1", "s1", "service", "2025-03-01"], ["m2", "s1", "service", "2026-02-01"]]
    services = SERVICES + [["s1", "o1", "English", "Evenings", "active", ""]]
    package = {"services.csv": services, "metadata.csv": metadata, "organizations.csv": ORGS}
    record = _import(write_package(tmp_path / "p", package)).records[0]
    assert record.last_verified == date(2026, 2, 1)
    assert (record.organization, record.url) == ("Riverside Library", "http://library.example.ca")


def test_csv_clean_package_keeps_its_accents(tmp_path):
    services = SERVICES + [["s1", "o1", "Saint-Élie", "Cours de français à Montréal", "", ""]]
    record = _import(write_package(tmp_path / "p", {"services.csv": services})).records[0]
    assert (record.name, record.description) == ("Saint-Élie", "Cours de français à Montréal")


def test_csv_status_is_kept_as_the_source_gives_it(tmp_path):
    services = SERVICES + [
        ["s1", "o1", "Old", "Closed", "Inactive", ""],
        ["s2", "o1", "New", "", "", ""],
    ]
    records = _import(write_package(tmp_path / "p", {"services.csv": services})).records
    assert [r.status for r in records] == ["inactive", "active"]


def test_csv_row_that_is_not_utf8_is_reported_and_the_others_kept(tmp_path):
    folder = write_package(tmp_path / "p", {"services.csv": SERVICES})
    (folder / "services.csv").write_bytes(
        b"id,name,description\ns1,Caf\xe9 communautaire,x\ns2,Caf\xc3\xa9 Sant\xc3\xa9,y\n"
    )
    result = _import(folder)
    assert [r.name for r in result.records] == ["Café Santé"]
    assert [str(p) for p in result.problems] == [
        "services.csv line 2: not UTF-8 text (byte 0xe9); the row was skipped: "
        "save the file as UTF-8 and import again"
    ]


@pytest.mark.parametrize("make, message", [(False, "no such folder"), (True, "no services.csv")])
def test_csv_folder_without_a_package_fails_the_source(tmp_path, make, message):
    if make:
        (tmp_path / "p").mkdir()
    with pytest.raises(SourceError, match=message):
        _import(tmp_path / "p")


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("the State AttorneyGÇÖs Office", "the State Attorney’s Office"),
        ("GÇ£MandyGÇ¥ Giust", "“Mandy” Giust"),
        ("Cl+¬ment, Fay+ºal, D+¡az", "Clément, Fayçal, Díaz"),
        ("them to -Ç-£identify", "them to “identify"),
        ("Mu+¦oz", "Mu+¦oz"),  # ñ, ó, ú and ö all became ¦: left alone
        ("self-worth.\\n\\n###MON###\\n###COL###", "self-worth."),
    ],
)
def test_clean_text_repairs_what_it_can_tell_apart(raw, clean):
    assert clean_text(raw, repair=True) == clean


@pytest.mark.parametrize(
    "raw, clock",
    [
        ("9:00am", "09:00"),
        ("830am", "08:30"),
        ("12:00pm", "12:00"),
        ("12am", "00:00"),
        ("17:00:00", "17:00"),
        ("8:00m", ""),
        ("noon", ""),
    ],
)
def test_clock_time_reads_211_spellings(raw, clock):
    assert clock_time(raw) == clock


@pytest.mark.parametrize("raw, code", [("1", "MO"), ("7", "SU"), ("Thursday", "TH"), ("8", "")])
def test_day_code_reads_numbers_and_names(raw, code):
    assert day_code(raw) == code
