"""The iCarol CSV importer: DC 211's real export in, agencies, sites and programs linked.

Tests marked shared_data read ../shared/data/dc211-icarol/211.csv (and the dev set's ids);
the others write small exports to tmp_path with only the columns they need.
"""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from index import SourceError, parse_source_spec, run_import
from index.importers.icarol_csv import decode

shared = pytest.mark.shared_data

COLUMNS = [
    "ResourceAgencyNum", "PublicName", "TaxonomyLevelName", "ParentAgencyNum", "ParentAgency",
    "AgencyStatus", "AgencyDescription", "PhysicalAddress1", "PhysicalCity", "Phone1Number",
    "Phone1Name", "PhoneFax", "LastVerifiedOn", "TaxonomyCodes", "Hours", "HoursOfOperation",
]  # fmt: skip
AGENCY = {
    "ResourceAgencyNum": "100",
    "PublicName": "Helping Hands",
    "TaxonomyLevelName": "Agency",
    "ParentAgencyNum": "0",
    "AgencyStatus": "Active",
    "AgencyDescription": "An agency.",
    "PhysicalAddress1": "1 Main St",
    "PhysicalCity": "Washington",
    "Phone1Number": "(202) 555-0100",
    "LastVerifiedOn": "5/8/12 8:45",
}
PROGRAM = {
    **AGENCY,
    "ResourceAgencyNum": "200",
    "PublicName": "Food pantry",
    "TaxonomyLevelName": "Program",
    "ParentAgencyNum": "100",
    "AgencyDescription": "Free groceries.",
    "PhysicalAddress1": "",
    "PhysicalCity": "",
    "Phone1Number": "",
}


def _import(path):
    return run_import(parse_source_spec(f"icarol-csv:{path}"))


def _by_id(result):
    return {record.id: record for record in result.records}


def _write(tmp_path, *rows, encoding="utf-8"):
    path = tmp_path / "211.csv"
    with path.open("w", newline="", encoding=encoding) as file:
        writer = csv.DictWriter(file, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def _program(tmp_path, **fields):
    return _by_id(_import(_write(tmp_path, AGENCY, {**PROGRAM, **fields})))["200"]


@pytest.fixture(scope="module")
def dc211(shared_dir):
    return _import(shared_dir / "data/dc211-icarol/211.csv")


@shared
def test_import_dc211_gives_a_record_per_program_and_agency(dc211):
    assert len(dc211.records) == 1636 + 494  # programs (one has no name) + agencies
    assert dc211.source.name == "iCarol export"
    assert [str(p) for p in dc211.problems] == [
        f"{dc211.source.location}: line 2 (record 373463): row has no PublicName"
    ]


@shared
def test_import_dc211_has_every_id_the_dev_set_judged(dc211, shared_dir):
    lines = (shared_dir / "eval/dev.jsonl").read_text().splitlines()
    questions = [json.loads(line) for line in lines]
    judged = {i for q in questions if q["dataset"] == "dc211" for i in q["relevant_ids"]}
    records = _by_id(dc211)
    assert judged <= set(records)
    assert all(records[i].status == "active" for i in judged)


@shared
def test_import_dc211_known_program_keeps_its_fields(dc211):
    acb = _by_id(dc211)["372284"]
    assert (acb.name, acb.organization) == ("American Council of the Blind",) * 2
    assert acb.last_verified == date(2011, 12, 1)
    assert acb.phones[0].number == "(202) 467-5081"
    assert (
        acb.locations[0].address.one_line() == "2200 Wilson Blvd., Suite 650, Arlington VA, 22201"
    )
    assert acb.languages == ["en"]
    assert [(s.byday, s.opens_at, s.closes_at) for s in acb.schedules] == [
        (["MO", "TU", "WE", "TH", "FR"], "09:00", "17:00")
    ]


@shared
def test_import_dc211_program_takes_its_organization_from_the_parent_agency(dc211):
    school = _by_id(dc211)["373087"]
    assert school.name == "DCG - Public Charter - Next Step School"
    assert school.organization == "DCG - Public Charter School Board"
    assert school.description.endswith("successfully enter the…")  # cut at 255 by the export


@shared
@pytest.mark.parametrize(
    "record_id, status",
    [("372284", "active"), ("372741", "inactive"), ("372733", "inactive")],  # do not refer
)
def test_import_dc211_status_maps_to_active_or_inactive(dc211, record_id, status):
    assert _by_id(dc211)[record_id].status == status


def test_import_program_takes_organization_address_and_phone_from_its_agency(tmp_path):
    pantry = _program(tmp_path)
    assert pantry.organization == "Helping Hands"
    assert pantry.cities == ["Washington"]
    assert [p.number for p in pantry.phones] == ["(202) 555-0100"]


def test_import_program_under_a_site_takes_the_site_name_and_address(tmp_path):
    site = {**AGENCY, "ResourceAgencyNum": "150", "PublicName": "East office"}
    site |= {"TaxonomyLevelName": "Site", "ParentAgencyNum": "100", "PhysicalCity": "Hyattsville"}
    program = {**PROGRAM, "ParentAgencyNum": "150"}
    result = _import(_write(tmp_path, AGENCY, site, program))
    assert set(_by_id(result)) == {"100", "200"}  # a site is a place, not a service
    pantry = _by_id(result)["200"]
    assert (pantry.organization, pantry.locations[0].name) == ("Helping Hands", "East office")
    assert pantry.cities == ["Hyattsville"]


@pytest.mark.parametrize(
    "status, expected",
    [("Active", "active"), ("Inactive", "inactive"), ("Active, but do not refer", "inactive")],
)
def test_import_agency_status_is_mapped_and_passed_down_to_programs(tmp_path, status, expected):
    result = _import(_write(tmp_path, {**AGENCY, "AgencyStatus": status}, PROGRAM))
    assert {r.id: r.status for r in result.records} == {"100": expected, "200": expected}


def test_import_description_marked_del0_is_inactive_without_the_mark(tmp_path):
    pantry = _program(tmp_path, AgencyDescription="DEL0 Free groceries on Fridays.")
    assert pantry.status == "inactive"
    assert pantry.description == "Free groceries on Fridays."


def test_import_target_population_codes_joined_by_star_become_populations(tmp_path):
    pantry = _program(tmp_path, TaxonomyCodes="BD-1800.2000 * YF-3000; BH-1800 * YB-8000; L")
    assert pantry.taxonomy_codes == ["BD-1800.2000", "YF-3000", "BH-1800", "YB-8000", "L"]
    assert pantry.populations == ["YF-3000", "YB-8000"]


@pytest.mark.parametrize(
    "text, day",
    [("5/8/12 8:45", date(2012, 5, 8)), ("12/31/99 0:00", date(1999, 12, 31)), ("", None)],
)
def test_import_last_verified_reads_month_day_two_digit_year(tmp_path, text, day):
    assert _program(tmp_path, LastVerifiedOn=text).last_verified == day


def test_import_bad_date_is_reported_with_the_line_its_row_starts_on(tmp_path):
    agency = {**AGENCY, "AgencyDescription": "First line\nsecond line"}  # lines 2 and 3
    result = _import(_write(tmp_path, agency, {**PROGRAM, "LastVerifiedOn": "2012-05-08"}))
    assert [r.id for r in result.records] == ["100"]
    assert "211.csv: line 4 (record 200): bad LastVerifiedOn '2012-05-08'" in str(
        result.problems[0]
    )


def test_import_row_with_a_wrong_field_count_is_reported_and_skipped(tmp_path):
    path = _write(tmp_path, AGENCY, PROGRAM)
    path.write_text(path.read_text() + "300,Shelter,Program\r\n")
    result = _import(path)
    assert set(_by_id(result)) == {"100", "200"}
    assert f"line 4: row has 3 fields, the header has {len(COLUMNS)}" in str(result.problems[0])


def test_import_cp1252_file_is_read_with_the_fallback(tmp_path):
    path = _write(
        tmp_path, AGENCY, {**PROGRAM, "PublicName": "Café Santé – clinic"}, encoding="cp1252"
    )
    assert decode(path.read_bytes())[1] == "cp1252"
    assert _by_id(_import(path))["200"].name == "Café Santé – clinic"


def test_decode_prefers_utf8_and_drops_a_byte_order_mark():
    assert decode("\ufeffCafé".encode()) == ("Café", "utf-8")


def test_import_file_without_icarol_columns_is_refused(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("id,name\n1,Food bank\n")
    with pytest.raises(SourceError, match="not an iCarol CSV export: no column ResourceAgencyNum"):
        _import(path)


@pytest.mark.parametrize(
    "hours, free_text, schedules, hours_text",
    [
        ("Mon 9:00 am - 5:00 pm; Tue 9:00 - 5:00; Sun Close - Close; ", "", [
            (["MO", "TU"], "09:00", "17:00")], ""),
        ("Mon 24/7; Tue 24/7; ", "Open 24 hours", [(["MO", "TU"], "00:00", "24:00")],
         "Open 24 hours"),
        ("", "9:00 am - 5:00 pm, Monday - Friday; 10:00 am - 2:00 pm, Saturday", [
            (["MO", "TU", "WE", "TH", "FR"], "09:00", "17:00"), (["SA"], "10:00", "14:00")], ""),
        ("Mon; Tue; Wed; ", "By appointment, Mon - Fri", [], "By appointment, Mon - Fri"),
    ],
)  # fmt: skip
def test_import_hours_become_schedules_only_when_they_read_one_way(
    tmp_path, hours, free_text, schedules, hours_text
):
    pantry = _program(tmp_path, Hours=hours, HoursOfOperation=free_text)
    assert [(s.byday, s.opens_at, s.closes_at) for s in pantry.schedules] == schedules
    assert pantry.hours_text == hours_text


def test_import_description_cut_at_255_characters_ends_with_an_ellipsis(tmp_path):
    cut = ("Offers free groceries to families in need " * 7)[:255]
    assert _program(tmp_path, AgencyDescription=cut).description.endswith(
        "families in need…"
    )  # not "need Off"
