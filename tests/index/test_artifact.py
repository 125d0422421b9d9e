"""The FAISS index type follows the size of the index, and every type round-trips."""

from __future__ import annotations

import numpy as np
import pytest

from index import artifact
from index.incremental import load_previous, passage_digest
from index.records import ServiceRecord

DIMENSION = 32


def _records_and_vectors(count: int):
    records = [
        ServiceRecord(id=f"svc-{i}", source="test", name=f"Service {i}", description="Help.")
        for i in range(count)
    ]
    vectors = np.random.default_rng(7).normal(size=(count, DIMENSION)).astype("float32")
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return records, vectors


def _write(out, records, vectors):
    manifest = {"dimension": DIMENSION, "model_fingerprint": "test-model"}
    digests = [passage_digest(r.passage_text()) for r in records]
    artifact.write_artifact(out, vectors, records, manifest, digests)


def test_small_indexes_are_exact(tmp_path):
    records, vectors = _records_and_vectors(50)
    _write(tmp_path / "index", records, vectors)
    manifest, index, *_ = artifact.read_artifact(tmp_path / "index")
    assert manifest["faiss_index"] == "IndexFlatIP"


@pytest.fixture
def ivf_index_dir(tmp_path, monkeypatch):
    """An index past the exact-search limit (lowered to 100 so the test stays small)."""
    monkeypatch.setattr(artifact, "EXACT_SEARCH_LIMIT", 100)
    records, vectors = _records_and_vectors(2000)
    _write(tmp_path / "index", records, vectors)
    return tmp_path / "index", vectors


def test_large_indexes_use_ivf_and_find_each_record_itself(ivf_index_dir):
    folder, vectors = ivf_index_dir
    manifest, index, records, _ = artifact.read_artifact(folder)
    assert manifest["faiss_index"] == "IndexIVFFlat"
    assert index.ntotal == 2000 and index.nprobe >= 1
    _, ids = index.search(vectors[:100], 1)
    assert (ids[:, 0] == np.arange(100)).mean() >= 0.95  # approximate, but close


def test_ivf_vectors_are_reused_by_an_incremental_rebuild(ivf_index_dir):
    folder, vectors = ivf_index_dir
    previous = load_previous(folder, "test-model")
    assert len(previous.vectors) == 2000
    first = ServiceRecord(id="svc-0", source="test", name="Service 0", description="Help.")
    assert np.allclose(previous.vectors[passage_digest(first.passage_text())], vectors[0])
