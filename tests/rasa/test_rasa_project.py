"""The Rasa project itself: its data validates and its conversation stories pass.

Runs Rasa's own commands in .venv-rasa against the model scripts/setup trained.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from index.settings import PROJECT_ROOT

pytestmark = pytest.mark.e2e

RASA = str(PROJECT_ROOT / ".venv-rasa/bin/rasa")
MODEL = PROJECT_ROOT / "var/rasa-models/waypoint.tar.gz"
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2"}


def rasa(*args: str, cwd=PROJECT_ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [RASA, *args], cwd=cwd, env=ENV, capture_output=True, text=True, timeout=900
    )


def test_rasa_data_validates_without_warnings():
    result = rasa(
        "data",
        "validate",
        "--fail-on-warnings",
        "--domain",
        "bot/domain.yml",
        "--data",
        "data",
        "--config",
        "config.yml",
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_rasa_conversation_stories_pass_end_to_end(tmp_path):
    # --e2e runs the NLU on the story text; --fail-on-prediction-errors makes a
    # failed story fail the command (it exits 0 otherwise).
    result = rasa(
        "test",
        "core",
        "--e2e",
        "--fail-on-prediction-errors",
        "--stories",
        str(PROJECT_ROOT / "tests/rasa"),  # every story file there
        "--model",
        str(MODEL),
        "--out",
        str(tmp_path / "results"),
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
