"""Staff flag a record as outdated: it leaves answers until the source re-verifies it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from index import VettingPolicy, vet
from index.flags import FlagStore


@pytest.fixture
def store(tmp_path):
    return FlagStore(tmp_path / "flags.json")


def test_flagged_record_is_held_out_of_search(demo_index, tmp_path, monkeypatch):
    top = demo_index.search("free English classes", top_k=1).hits[0].record
    monkeypatch.setattr(demo_index, "flags", FlagStore(tmp_path / "flags.json"))
    demo_index.flags.flag(top, reason="Program ended in 2026", by="worker@agency")
    hits = demo_index.search("free English classes", top_k=5).hits
    assert top.key not in {h.record.key for h in hits}
    assert demo_index.flags.unflag(top.key)
    assert demo_index.search("free English classes", top_k=1).hits[0].record.key == top.key


def test_flag_is_lifted_when_a_newer_import_reverifies_the_record(store, demo_index):
    record = demo_index.records[0]
    store.flag(record, reason="phone number out of service", by="worker")
    assert store.is_held(record)
    assert store.is_held(replace(record, last_verified=record.last_verified))
    assert not store.is_held(replace(record, last_verified=date(2099, 1, 1)))


def test_flags_survive_a_new_store_on_the_same_file(store, demo_index):
    store.flag(demo_index.records[0], reason="closed", by="worker")
    again = FlagStore(store.path)
    assert list(again.all()) == [demo_index.records[0].key]
    assert again.all()[demo_index.records[0].key].by == "worker"


def test_flag_without_a_reason_is_refused(store, demo_index):
    with pytest.raises(ValueError, match="say why"):
        store.flag(demo_index.records[0], reason="  ", by="worker")


def test_build_vetting_drops_flagged_records(store, demo_index):
    record = demo_index.records[0]
    store.flag(record, reason="closed", by="worker")
    kept, report = vet([record], VettingPolicy(max_verified_age_months=600, flags=store))
    assert kept == [] and report.dropped == {"flagged as outdated by staff": 1}
