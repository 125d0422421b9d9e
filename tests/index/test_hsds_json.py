"""The HSDS 3.0 JSON importer: real shapes in, records out, bad records reported."""

from __future__ import annotations

import json
from datetime import date

import pytest

from index import SourceError, parse_source_spec, run_import
from tests.conftest import DEMO_SOURCE, FIXTURES

SMALL = FIXTURES / "hsds/small.json"


def _import(path) -> object:
    return run_import(parse_source_spec(f"hsds-json:{path}"))


def test_import_paged_list_keeps_source_ids_and_fields():
    result = _import(SMALL)
    english = next(r for r in result.records if r.id == "svc-english")
    assert english.source == "small"
    assert english.organization == "Riverside Library"
    assert english.last_verified == date(2026, 9, 1)
    assert english.languages == ["en", "ar"]
    assert english.phones[0].number == "416-555-0101"
    assert english.locations[0].address.one_line() == "100 Queen St W, Toronto ON, M5H 2N2"
    assert english.schedules[0].byday == ["TU", "TH"]
    assert english.categories == ["Language classes"]


def test_import_malformed_records_are_reported_with_location_and_skipped():
    result = _import(SMALL)
    assert {r.id for r in result.records} == {
        "svc-english",
        "svc-food",
        "svc-closed",
        "svc-stale",
        "svc-nodesc",
    }
    messages = [str(p) for p in result.problems]
    assert any("service #6" in m and "no id" in m for m in messages)
    assert any("svc-baddate" in m and "assured_date" in m for m in messages)


def test_import_seconds_in_opening_times_are_trimmed():
    food = next(r for r in _import(SMALL).records if r.id == "svc-food")
    assert (food.schedules[0].opens_at, food.schedules[0].closes_at) == ("09:00", "17:00")


def test_import_a_plain_list_and_a_folder(tmp_path):
    services = json.loads(SMALL.read_text())["contents"][:2]
    (tmp_path / "a.json").write_text(json.dumps(services[:1]))
    (tmp_path / "b.json").write_text(json.dumps(services[1]))
    assert [r.id for r in _import(tmp_path).records] == ["svc-english", "svc-food"]


@pytest.mark.parametrize(
    "content, message",
    [("{not json", "not valid JSON"), ('{"hello": 1}', "expected an HSDS /services page")],
)
def test_import_unreadable_file_raises_a_clear_error(tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    with pytest.raises(SourceError, match=message):
        _import(bad)


def test_import_missing_path_names_it(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        _import(tmp_path / "nope.json")


def test_import_demo_dataset_is_marked_as_demo():
    result = run_import(parse_source_spec(DEMO_SOURCE))
    assert result.problems == []
    assert len(result.records) >= 140
    assert result.source.name == "Waypoint demo data (fictional)"
    assert all("FICTIONAL" in r.source_notice for r in result.records)
