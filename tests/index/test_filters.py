"""Search filters: near a place, language, open at a time, category, population."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from index import parse_source_spec, run_import
from index.filters import SearchFilters, is_open, matches, why_not
from index.places import Place, resolve_place
from index.records import Address, Location, Schedule, ServiceRecord
from tests.conftest import DEMO_SOURCE

TORONTO_TZ = ZoneInfo("America/Toronto")
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]
EVERY_DAY = [*WEEKDAYS, "SA", "SU"]
CITIES = {  # city -> (province, latitude, longitude) of a made-up service address
    "Toronto": ("ON", 43.66, -79.39),
    "Calgary": ("AB", 51.04, -114.06),
    "Montréal": ("QC", 45.51, -73.56),
    "Vancouver": ("BC", 49.26, -123.11),
}


def _record(city="Toronto", *, hours=(), **fields) -> ServiceRecord:
    province, lat, lon = CITIES[city]
    where = Location(address=Address(city=city, province=province), latitude=lat, longitude=lon)
    schedules = [Schedule(list(days), opens, closes) for days, opens, closes in hours]
    fields |= {"locations": [where], "schedules": schedules}
    return ServiceRecord("id", "test", "A service", "What it does.", **fields)


def _virtual(service_areas=(), province="") -> ServiceRecord:
    where = Location(address=Address(province=province) if province else None, virtual=True)
    areas = list(service_areas)
    return ServiceRecord("id", "test", "Phone", "Call us.", locations=[where], service_areas=areas)


def _at(day: str, clock: str, zone=TORONTO_TZ) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=zone)


@pytest.mark.parametrize(
    ("city", "near", "radius", "kept"),
    [
        ("Toronto", "Toronto", 25, True),
        ("Toronto", "M5V 2T6", 25, True),
        ("Calgary", "Toronto", 25, False),  # a Calgary food bank is not near Toronto
        ("Calgary", "T2P 1J9", 25, True),
        ("Toronto", "Brampton", 10, False),
        ("Toronto", "Brampton", 50, True),
        ("Vancouver", "British Columbia", 25, True),  # a province: the record's province decides
        ("Toronto", "British Columbia", 25, False),
    ],
)
def test_near_keeps_records_within_the_radius(city, near, radius, kept):
    filters = SearchFilters(near=resolve_place(near), radius_km=radius)
    assert matches(_record(city), filters) is kept


@pytest.mark.parametrize(
    ("address", "near", "kept"),
    [
        (Address(city="Burnaby", province="BC"), "Vancouver", True),
        (Address(city="Burnaby", province="BC"), "Calgary", False),
        (Address(postal_code="M5V 2T6"), "Toronto", True),
        (Address(city="Toronto", postal_code="M1B 3K1"), "Mississauga", False),
        (Address(city="Springfield"), "Springfield", True),  # unknown city: same name matches
        (Address(city="Richmond", province="VA", country="US"), "Richmond", False),
    ],
)
def test_near_places_an_address_without_coordinates_by_postal_code_or_city(address, near, kept):
    record = ServiceRecord("id", "test", "A", "B", locations=[Location(address=address)])
    place = resolve_place(near) or Place(near, "", 0.0, 0.0, "America/Toronto", "city")
    assert matches(record, SearchFilters(near=place)) is kept


@pytest.mark.parametrize(
    ("areas", "province", "near", "kept"),
    [
        ((), "", "Calgary", True),  # says nothing of its reach: assumed to serve everyone
        ((), "ON", "Ottawa", True),
        ((), "ON", "Calgary", False),
        (("Toronto, ON",), "", "Toronto", True),
        (("Toronto, ON",), "", "Calgary", False),
        (("Ontario",), "", "Ottawa", True),
        (("Ontario",), "", "Montréal", False),
        (("Metro Vancouver",), "", "Burnaby", True),
        (("Canada",), "", "Iqaluit", True),
    ],
)
def test_near_virtual_service_matches_by_service_area_or_province(areas, province, near, kept):
    assert matches(_virtual(areas, province), SearchFilters(near=resolve_place(near))) is kept


def test_near_in_person_service_stays_where_it_is_whatever_area_it_names():
    record = _record("Calgary", service_areas=["Canada"])
    assert why_not(record, SearchFilters(near=resolve_place("Toronto"))).startswith("not within")


EVENING_CLASS = [(WEEKDAYS[:4], "18:00", "21:00")]
NINE_TO_FIVE = [(WEEKDAYS, "09:00", "17:00")]
OVERNIGHT = [(EVERY_DAY, "22:00", "06:00")]
MONDAY_NIGHTS = [(["MO"], "22:00", "06:00")]
ROUND_THE_CLOCK = [(EVERY_DAY, "00:00", "23:59")]
SECOND_SATURDAY = [(["2SA"], "09:00", "15:00")]


@pytest.mark.parametrize(
    ("city", "hours", "when", "open_"),
    [
        ("Toronto", EVENING_CLASS, _at("2026-03-03", "19:00"), True),  # a Tuesday
        ("Toronto", EVENING_CLASS, _at("2026-03-03", "17:00"), False),
        ("Toronto", EVENING_CLASS, _at("2026-03-03", "21:00"), False),
        ("Toronto", EVENING_CLASS, _at("2026-03-04", "00:30", ZoneInfo("UTC")), True),
        ("Vancouver", NINE_TO_FIVE, _at("2026-03-03", "10:00"), False),  # 07:00 in Vancouver
        ("Toronto", OVERNIGHT, _at("2026-03-03", "02:00"), True),
        ("Toronto", OVERNIGHT, _at("2026-03-03", "23:00"), True),
        ("Toronto", OVERNIGHT, _at("2026-03-03", "12:00"), False),
        ("Toronto", MONDAY_NIGHTS, _at("2026-03-03", "02:00"), True),  # Monday night, Tuesday 2am
        ("Toronto", MONDAY_NIGHTS, _at("2026-03-02", "02:00"), False),
        ("Toronto", SECOND_SATURDAY, _at("2026-03-14", "10:00"), True),
        ("Toronto", SECOND_SATURDAY, _at("2026-03-07", "10:00"), False),
    ],
)
def test_open_at_reads_weekly_hours_in_the_records_local_time(city, hours, when, open_):
    assert is_open(_record(city, hours=hours), when) is open_


@pytest.mark.parametrize(
    ("city", "hours", "day", "open_"),
    [
        ("Toronto", NINE_TO_FIVE, "2026-07-01", False),  # Canada Day
        ("Toronto", NINE_TO_FIVE, "2026-02-16", False),  # Family Day in Ontario
        ("Montréal", NINE_TO_FIVE, "2026-02-16", True),  # not a holiday in Quebec
        ("Montréal", NINE_TO_FIVE, "2026-06-24", False),  # Fête nationale du Québec
        ("Toronto", NINE_TO_FIVE, "2026-07-02", True),
        ("Toronto", ROUND_THE_CLOCK, "2026-07-01", True),  # 24/7 services keep going
    ],
)
def test_open_at_closes_weekday_services_on_the_provinces_holidays(city, hours, day, open_):
    assert is_open(_record(city, hours=hours), _at(day, "10:00")) is open_


def test_why_not_names_the_holiday_that_closed_a_service():
    record = _record(hours=NINE_TO_FIVE)
    reason = why_not(record, SearchFilters(open_at=_at("2026-07-01", "10:00")))
    assert "closed" in reason and "Canada Day" in reason


@pytest.mark.parametrize(("include", "kept"), [(True, True), (False, False)])
def test_open_at_keeps_unknown_hours_only_when_asked(include, kept):
    record = _record(hours_text="Call for hours")
    filters = SearchFilters(open_at=_at("2026-03-03", "10:00"), include_unknown_hours=include)
    assert is_open(record, filters.open_at) is None
    assert matches(record, filters) is kept


def test_filters_reject_a_naive_time_with_the_fix():
    with pytest.raises(ValueError, match="timezone-aware"):
        SearchFilters(open_at=datetime(2026, 3, 3, 10))


@pytest.mark.parametrize(
    ("wanted", "kept"),
    [(("ar",), True), (("AR",), True), (("ti", "fa"), True), (("zh-Hant",), False)]
    + [(("so",), False)],
)
def test_languages_keep_records_offering_any_of_them(wanted, kept):
    record = _record(languages=["en", "ar", "fa"])
    assert matches(record, SearchFilters(languages=wanted)) is kept


@pytest.mark.parametrize(
    ("wanted", "kept"),
    [("BD", True), ("BD-1800", True), ("B", True), ("BD-18", False), ("BH", False)]
    + [("food", True), ("Food", True), ("shelter", False), ("YF", False)],
)
def test_categories_match_airs_codes_by_prefix_or_our_plain_list(wanted, kept):
    record = _record(taxonomy_codes=["BD-1800.2000 * YF-3000"])
    assert matches(record, SearchFilters(categories=(wanted,))) is kept


@pytest.mark.parametrize(
    ("wanted", "kept"), [("food", True), ("Food", True), ("shelter", False), ("Shelter", False)]
)
def test_categories_match_our_demo_codes_and_names(wanted, kept):
    record = _record(taxonomy_codes=["food"], categories=["Food"])
    assert matches(record, SearchFilters(categories=(wanted,))) is kept


@pytest.mark.parametrize(
    ("eligibility", "populations", "wanted", "kept"),
    [
        ("Refugee claimants and protected persons.", [], "refugees", True),
        ("Refugee claimants and protected persons.", [], "seniors", False),
        ("Adults 55 and over, any immigration status.", [], "seniors", True),
        ("", ["YB-8000"], "seniors", True),
        ("", ["YB-8000"], "YB", True),
        ("", ["YB-8000"], "youth", False),
        ("Everyone welcome.", [], "refugees", True),  # open to anyone serves everyone
        ("Everyone welcome.", ["YB-8000"], "refugees", False),
        ("Women 16 and over and their children.", [], "women", True),
    ],
)
def test_populations_match_codes_by_prefix_or_words_in_eligibility(
    eligibility, populations, wanted, kept
):
    record = _record(eligibility=eligibility, populations=populations)
    assert matches(record, SearchFilters(populations=(wanted,))) is kept


def test_near_toronto_keeps_every_toronto_record_of_the_demo_data_and_no_other_city():
    records = run_import(parse_source_spec(DEMO_SOURCE)).records
    kept = [r for r in records if matches(r, SearchFilters(near=resolve_place("Toronto")))]
    toronto = [r for r in records if r.cities and set(r.cities) == {"Toronto"}]
    assert toronto and all(r in kept for r in toronto if r.locations[0].latitude is not None)
    placed_elsewhere = [r for r in kept if r.cities and set(r.cities) != {"Toronto"}]
    assert placed_elsewhere == []
    unplaced = [r for r in kept if not r.cities]  # phone and online services
    in_ontario = ("Toronto", "Ontario", ", ON")
    assert unplaced and all(
        any(name in area for area in r.service_areas for name in in_ontario) for r in unplaced
    )
