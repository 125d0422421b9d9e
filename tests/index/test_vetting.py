"""Vetting keeps what a worker could stand behind and counts what it drops, by reason."""

from datetime import date

import pytest

from index import VettingPolicy, parse_source_spec, run_import, vet
from tests.conftest import FIXTURES

POLICY = VettingPolicy(max_verified_age_months=24, today=date(2026, 11, 23))


def _records():
    return run_import(parse_source_spec(f"hsds-json:{FIXTURES / 'hsds/small.json'}")).records


def test_vetting_drops_inactive_stale_and_empty_records_by_reason():
    kept, report = vet(_records(), POLICY)
    assert {r.id for r in kept} == {"svc-english", "svc-food"}
    assert report.dropped == {
        "inactive": 1,
        "missing description": 1,
        "not verified within 24 months": 1,
    }
    assert report.dropped_ids["inactive"] == ["small:svc-closed"]


def test_vetting_window_is_configurable():
    kept, _ = vet(_records(), VettingPolicy(max_verified_age_months=120, today=date(2026, 11, 23)))
    assert "svc-stale" in {r.id for r in kept}


def test_vetting_drops_a_record_nobody_can_contact():
    record = _records()[0]
    record.phones, record.url, record.email, record.locations = [], "", "", []
    kept, report = vet([record], POLICY)
    assert kept == [] and report.dropped == {"no way to contact": 1}


def test_vetting_can_keep_records_without_a_verification_date():
    record = _records()[0]
    record.last_verified = None
    assert vet([record], POLICY)[1].dropped == {"never verified": 1}
    allowing = VettingPolicy(
        max_verified_age_months=24, today=date(2026, 11, 23), allow_unverified=True
    )
    assert [r.id for r in vet([record], allowing)[0]] == ["svc-english"]


def test_build_that_keeps_nothing_says_why_and_what_to_change(tmp_path):
    from index import WaypointError, build_index

    spec = parse_source_spec(f"hsds-json:{FIXTURES / 'hsds/small.json'}")
    policy = VettingPolicy(max_verified_age_months=1, today=date(2030, 1, 1))
    with pytest.raises(WaypointError, match="vetting kept no records.*--max-age-months"):
        build_index([spec], tmp_path / "out", policy=policy, progress=False, log=lambda _: None)


def _copy(record, source, verified):
    from dataclasses import replace

    return replace(record, source=source, last_verified=verified)


def test_vetting_keeps_the_most_recently_verified_copy_across_sources():
    record = _records()[0]
    older = _copy(record, "Agency list", date(2026, 1, 5))
    newer = _copy(record, "211 Ontario", date(2026, 10, 1))
    kept, report = vet([older, newer], POLICY)
    assert [r.source for r in kept] == ["211 Ontario"]
    assert report.dropped_ids["duplicate of a record in another source"] == [older.key]


def test_vetting_keeps_same_named_services_within_one_source():
    from dataclasses import replace

    first = _records()[0]
    second = replace(first, id="svc-english-east")
    kept, _ = vet([first, second], POLICY)
    assert len(kept) == 2
