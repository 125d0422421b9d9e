"""Office hours: weekly hours, Canadian holidays, agency closures, DST, next opening."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from handoff.hours import AgencyConfigError, AgencyHours, format_opening, load_agency

TORONTO = ZoneInfo("America/Toronto")


def _at(*args) -> datetime:
    return datetime(*args, tzinfo=TORONTO)


@pytest.fixture
def agency() -> AgencyHours:
    return AgencyHours.from_dict({"closures": ["2026-12-24..2027-01-01"]})


@pytest.mark.parametrize(
    ("at", "open_"),
    [
        (_at(2026, 3, 4, 10, 0), True),  # Wednesday morning
        (_at(2026, 3, 4, 8, 59), False),
        (_at(2026, 3, 4, 17, 0), False),  # closing time is closed
        (_at(2026, 3, 7, 12, 0), False),  # Saturday
        (_at(2026, 7, 1, 10, 0), False),  # Canada Day (federal)
        (_at(2026, 2, 16, 10, 0), False),  # Family Day (Ontario)
        (_at(2026, 12, 29, 10, 0), False),  # the agency's own closure
    ],
)
def test_is_open(agency, at, open_):
    assert agency.is_open(at) is open_


def test_family_day_closes_ontario_but_not_quebec():
    quebec = AgencyHours.from_dict({"province": "QC", "time_zone": "America/Montreal"})
    assert quebec.is_open(_at(2026, 2, 16, 10, 0))


def test_next_opening_after_friday_evening_is_monday_nine(agency):
    assert agency.next_opening(_at(2026, 3, 6, 21, 0)) == _at(2026, 3, 9, 9, 0)


def test_next_opening_when_open_is_now(agency):
    now = _at(2026, 3, 4, 10, 0)
    assert agency.next_opening(now) == now


def test_next_opening_skips_the_holidays_and_the_closure(agency):
    # Wednesday 23 Dec evening -> closure to 1 Jan, weekend -> Monday 4 Jan 2027.
    assert agency.next_opening(_at(2026, 12, 23, 18, 0)) == _at(2027, 1, 4, 9, 0)


def test_opening_across_the_spring_dst_change_is_nine_local_time(agency):
    # Clocks go forward on Sunday 8 March 2026: Monday 9:00 is 13:00 UTC, not 14:00.
    opening = agency.next_opening(_at(2026, 3, 6, 18, 0))
    assert opening.astimezone(ZoneInfo("UTC")).hour == 13


def test_utc_input_is_judged_in_the_agency_time_zone(agency):
    # 02:00 UTC on Thursday is 21:00 Wednesday in Toronto.
    assert not agency.is_open(datetime(2026, 3, 5, 2, 0, tzinfo=ZoneInfo("UTC")))


def test_split_hours_and_a_lunch_break():
    agency = AgencyHours.from_dict({"weekly_hours": {"tue": ["09:00-12:00", "13:00-17:00"]}})
    assert not agency.is_open(_at(2026, 3, 3, 12, 30))
    assert agency.next_opening(_at(2026, 3, 3, 12, 30)) == _at(2026, 3, 3, 13, 0)


def test_never_open_has_no_next_opening():
    assert AgencyHours.from_dict({"weekly_hours": {}}).next_opening(_at(2026, 3, 4)) is None


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"time_zone": "Toronto"}, "IANA"),
        ({"weekly_hours": {"monday": ["09:00-17:00"]}}, "mon, tue"),
        ({"weekly_hours": {"mon": ["9-5"]}}, "HH:MM-HH:MM"),
        ({"weekly_hours": {"mon": ["17:00-09:00"]}}, "ends before"),
        ({"closures": ["Christmas"]}, "2026-12-24"),
    ],
)
def test_bad_agency_settings_say_the_expected_form(raw, message):
    with pytest.raises(AgencyConfigError, match=message):
        AgencyHours.from_dict(raw)


def test_agency_file_is_reread_when_it_changes(tmp_path):
    path = tmp_path / "agency.yml"
    path.write_text("weekly_hours: {}\n")
    assert not load_agency(path).is_open(_at(2026, 3, 4, 10, 0))
    path.write_text("weekly_hours: {wed: ['00:00-24:00']}\n")
    import os

    os.utime(path, (1, 1))  # a different mtime even within the same second
    assert load_agency(path).is_open(_at(2026, 3, 4, 23, 59))


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Monday, March 9, 2026"), ("fr", "lundi 9 mars 2026"), ("ar", "الاثنين، 9 مارس 2026")],
)
def test_next_opening_is_written_in_the_persons_language(language, expected):
    text = format_opening(_at(2026, 3, 9, 9, 0), language, TORONTO)
    assert expected in text


def test_the_shipped_agency_file_loads_and_closes_on_ontario_holidays():
    shipped = load_agency(Path(__file__).parents[2] / "config" / "agency.yml")
    assert shipped.province == "ON"
    assert not shipped.is_open(_at(2026, 2, 16, 10, 0))  # Family Day (Ontario)


def test_a_bare_on_read_by_yaml_as_true_asks_for_quotes(tmp_path):
    path = tmp_path / "agency.yml"
    path.write_text("time_zone: America/Toronto\nprovince: ON\n", encoding="utf-8")
    with pytest.raises(AgencyConfigError, match='in quotes, e.g. province: "ON"'):
        load_agency(path)


def test_an_unknown_province_lists_the_codes():
    with pytest.raises(AgencyConfigError, match="one of AB, BC"):
        AgencyHours.from_dict({"province": "XX"})
