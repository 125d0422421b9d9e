"""`python -m staff run` as a real server process on a free port, for browser tests."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from index.settings import PROJECT_ROOT
from stack import free_port

__all__ = ["running_console"]


@contextmanager
def running_console(
    database_url: str, rasa_url: str, rasa_token: str, tmp: Path, tracker_db: Path | None = None
):
    """The console's base URL while it runs; its log is tmp/staff.log.

    `tracker_db` is Rasa's SQLite tracker store ("delete my data" deletes there too);
    by default a file in `tmp` that does not exist, never the project's own.
    """
    port = free_port()
    env = {
        **os.environ,
        "WAYPOINT_DATABASE_URL": database_url,
        "WAYPOINT_RASA_URL": rasa_url,
        "WAYPOINT_RASA_TOKEN": rasa_token,
        "WAYPOINT_STAFF_SECURE_COOKIES": "0",  # plain http on 127.0.0.1
        "WAYPOINT_STAFF_SECRET_FILE": str(tmp / "staff-secret"),
        "WAYPOINT_TRACKER_DB": str(tracker_db or tmp / "no-tracker.db"),
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("WAYPOINT_TRACKER_URL", None)
    log_path = tmp / "staff.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "staff", "run", "--port", str(port)],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(url, process, log_path)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=15)


def _wait_healthy(url, process, log_path, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, log_path.read_text()
        try:
            if requests.get(f"{url}/healthz", timeout=1).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    pytest.fail("the console did not start:\n" + log_path.read_text())
