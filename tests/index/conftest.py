"""Fixtures for the importer tests: a local HTTP server and fast, bounded retries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.httpfake import FakeServer


@pytest.fixture
def fake_api(monkeypatch) -> Iterator[FakeServer]:
    """A real HTTP server on 127.0.0.1; retries wait milliseconds, not seconds."""
    monkeypatch.setenv("WAYPOINT_HTTP_BACKOFF", "0.01")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")  # a CI proxy must not see test traffic
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    for name in ("WAYPOINT_HSDS_API_KEY", "WAYPOINT_HSDS_API_KEY_HEADER", "WAYPOINT_211_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    server = FakeServer().start()
    yield server
    server.stop()
