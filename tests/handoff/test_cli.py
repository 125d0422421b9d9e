"""`python -m handoff`: migrations and the retention purge from the command line."""

from __future__ import annotations

import pytest

from handoff import RasaApiError
from handoff.cli import main
from handoff.rasa_api import RasaApi


def test_db_upgrade_then_check_and_purge(tmp_path, capsys):
    url = f"sqlite:///{tmp_path}/t.db"
    assert main(["--database-url", url, "db", "check"]) == 1
    assert "python -m handoff db upgrade" in capsys.readouterr().err
    assert main(["--database-url", url, "db", "upgrade"]) == 0
    assert main(["--database-url", url, "db", "check"]) == 0
    assert main(["--database-url", url, "purge", "--days", "30"]) == 0
    assert "deleted 0 resolved tickets older than 30 days" in capsys.readouterr().out


def test_rasa_api_unreachable_says_what_to_check():
    with pytest.raises(RasaApiError, match="--enable-api"):
        RasaApi("http://127.0.0.1:9", "t", timeout=2).send_worker_reply("x", "hi")
