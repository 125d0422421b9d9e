"""The README documents every setting, and each package's public surface is honest."""

from __future__ import annotations

import importlib

import pytest

from handoff.settings import SETTINGS as HANDOFF_SETTINGS
from index.settings import PROJECT_ROOT, SETTINGS
from staff.settings import SETTINGS as STAFF_SETTINGS

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


ALL_SETTINGS = SETTINGS + HANDOFF_SETTINGS + STAFF_SETTINGS


@pytest.mark.parametrize("setting", ALL_SETTINGS, ids=lambda s: s.env)
def test_readme_documents_every_setting_with_its_default(setting):
    rows = [line for line in README.splitlines() if line.startswith(f"| `{setting.env}`")]
    row = rows[0] if rows else None
    assert row is not None, f"{setting.env} is missing from the README's settings table"
    assert f"`{setting.default}`" in row, f"README gives another default for {setting.env}"


@pytest.mark.parametrize("package", ["index", "actions", "stack", "handoff", "staff"])
def test_public_names_exist(package):
    module = importlib.import_module(package)
    assert module.__all__ and all(hasattr(module, name) for name in module.__all__)


def test_readme_test_command_is_what_ci_runs():
    ci = (PROJECT_ROOT / ".ci/run").read_text()
    assert "scripts/test" in ci and "scripts/test" in README
