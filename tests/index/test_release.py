"""Index releases: published atomically, switched live, a broken one never served."""

from __future__ import annotations

import os
import shutil
import threading
import time

import pytest

from index import ServiceIndex
from index.artifact import read_manifest
from index.errors import IndexArtifactError
from index.release import LiveIndex, publish


@pytest.fixture
def releases(tmp_path, demo_index_dir):
    folder = tmp_path / "releases"
    good = {name: shutil.copytree(demo_index_dir, folder / name) for name in ("a", "b")}
    broken = shutil.copytree(demo_index_dir, folder / "broken")
    (broken / "vectors.faiss").write_bytes(b"not a faiss index")
    return good["a"], good["b"], broken


def _live(link, embedder) -> LiveIndex:
    def load(folder, _previous):
        return ServiceIndex.load(folder, embedder=embedder)

    return LiveIndex(link, recheck_seconds=0.01, load=load)


def _wait_for(condition, live: LiveIndex, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        live.get()
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_publish_refuses_a_broken_release_and_leaves_the_link_alone(tmp_path, releases):
    good, _, broken = releases
    link = tmp_path / "current"
    publish(good, link)
    with pytest.raises(IndexArtifactError, match="rebuild"):
        publish(broken, link)
    assert link.resolve() == good.resolve()


def test_readers_never_see_a_missing_index_while_releases_are_published(tmp_path, releases):
    a, b, _ = releases
    link = tmp_path / "current"
    publish(a, link)
    errors: list[Exception] = []
    stop = threading.Event()

    def read_forever():
        while not stop.is_set():
            try:
                read_manifest(link)
            except Exception as exc:  # noqa: BLE001 (any failure is the finding)
                errors.append(exc)

    reader = threading.Thread(target=read_forever)
    reader.start()
    for _ in range(100):
        publish(b, link)
        publish(a, link)
    stop.set()
    reader.join()
    assert errors == []


def test_live_index_switches_to_a_new_release_and_keeps_the_last_good_one(
    tmp_path, releases, embedder
):
    a, b, broken = releases
    link = tmp_path / "current"
    publish(a, link)
    live = _live(link, embedder)
    first = live.get()
    assert live.target == a.resolve()

    # Someone points the link at a broken folder by hand (publish would refuse it).
    staging = tmp_path / "staging-link"
    staging.symlink_to(broken)
    os.replace(staging, link)
    time.sleep(0.5)
    assert not _wait_for(lambda: live.target != a.resolve(), live, timeout=2)
    assert live.get() is first and live.get().search("food bank").hits  # still answering

    publish(b, link)
    assert _wait_for(lambda: live.target == b.resolve(), live)
    assert live.get() is not first and live.get().search("food bank").hits
