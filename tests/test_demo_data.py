"""The demo dataset is valid HSDS 3.0 and keeps its own promises (fictional contacts,
coverage per city, the inactive and stale records that exercise vetting)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from index.settings import PROJECT_ROOT

pytestmark = pytest.mark.shared_data

DEMO = PROJECT_ROOT / "demo/hsds"


def test_demo_data_is_valid_hsds_3_and_passes_its_own_checks(shared_dir):
    result = subprocess.run(
        [
            sys.executable,
            str(DEMO / "validate.py"),
            "--schemas",
            str(shared_dir / "data/hsds-3.0/schema"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "OK: valid HSDS 3.0" in result.stdout


def test_demo_data_file_is_what_the_generator_writes():
    result = subprocess.run(
        [sys.executable, str(DEMO / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
