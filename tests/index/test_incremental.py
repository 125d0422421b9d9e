"""Rebuilding an index re-embeds only what changed and reports exactly what changed."""

from __future__ import annotations

import json

import numpy as np
import pytest

from index import ServiceIndex, build_index, parse_source_spec
from tests.conftest import FIXTURES

QUIET = {"progress": False, "log": lambda _: None}


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "services.json"
    path.write_text((FIXTURES / "hsds/small.json").read_text())
    return path


@pytest.fixture
def build(embedder):
    def _build(source, out):
        spec = parse_source_spec(f"hsds-json:{source}")
        return build_index([spec], out, embedder=embedder, **QUIET).manifest

    return _build


def _edit(source, change):
    data = json.loads(source.read_text())
    change(data["contents"])
    source.write_text(json.dumps(data))


def test_rebuild_after_one_change_embeds_only_that_record(source, tmp_path, embedder, build):
    out = tmp_path / "index"
    build(source, out)
    before = ServiceIndex.load(out, embedder=embedder).faiss_index.reconstruct_n(0, 2)
    _edit(source, lambda services: services[1].update(description="Hampers and hot meals."))
    manifest = build(source, out)
    assert manifest["changes"]["updated"] == ["services:svc-food"]
    assert manifest["changes"]["added"] == manifest["changes"]["removed"] == []
    assert manifest["embedded"] == 1
    after = ServiceIndex.load(out, embedder=embedder).faiss_index.reconstruct_n(0, 2)
    assert np.array_equal(before[0], after[0]) and not np.array_equal(before[1], after[1])


def test_rebuild_reports_added_and_removed_records(source, tmp_path, build):
    out = tmp_path / "index"
    build(source, out)

    def swap(services):
        services[0]["id"] = "svc-english-2"

    _edit(source, swap)
    changes = build(source, out)["changes"]
    assert (changes["added"], changes["removed"]) == (
        ["services:svc-english-2"],
        ["services:svc-english"],
    )


def test_first_build_embeds_everything(source, tmp_path, build):
    manifest = build(source, tmp_path / "index")
    assert manifest["embedded"] == manifest["counts"]["indexed"] == 2
