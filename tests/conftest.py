"""Shared fixtures: the real embedding model and a real index, loaded once per session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from index import ServiceIndex, build_index, parse_source_spec, settings
from index.embedding import Embedder

# Tests never read or write the developer's own staff flags (var/flags.json); the
# servers the end-to-end tests start inherit this too.
os.environ["WAYPOINT_FLAGS_FILE"] = str(Path(tempfile.mkdtemp(prefix="waypoint-flags-")) / "f.json")

TESTS_DIR = Path(__file__).parent
FIXTURES = TESTS_DIR / "fixtures"
DEMO_SOURCE = "hsds-json:" + str(settings.PROJECT_ROOT / "demo/hsds/services.json")
SHARED_DIR = settings.PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared/ beside the project: the real 211 / HSDS files (CI has it there)."""
    assert SHARED_DIR.is_dir(), (
        f"{SHARED_DIR} is missing: tests marked shared_data need the shared data folder "
        "beside the project (run them from a checkout that has ../shared, as CI does)"
    )
    return SHARED_DIR


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The model scripts/setup built (var/models/multilingual-e5-small)."""
    return Embedder()


@pytest.fixture(scope="session")
def demo_index_dir(tmp_path_factory, embedder) -> Path:
    out = tmp_path_factory.mktemp("index") / "demo"
    spec = parse_source_spec(DEMO_SOURCE)
    build_index([spec], out, embedder=embedder, progress=False, log=lambda _: None)
    return out


@pytest.fixture(scope="session")
def demo_index(demo_index_dir, embedder) -> ServiceIndex:
    return ServiceIndex.load(demo_index_dir, embedder=embedder)


def pytest_terminal_summary(terminalreporter):
    """How many cases each fuzz target ran (tests/fuzz/conftest.py counts them), wherever
    the fuzz tests live: tests/fuzz, tests/e2e, tests/channels."""
    from tests.fuzz.conftest import CASES

    if CASES:
        terminalreporter.section("fuzz cases run")
        for target, number in sorted(CASES.items()):
            terminalreporter.write_line(f"{target:32} {number:>8,}")
