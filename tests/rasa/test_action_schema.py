"""bot/action_schema.py: Rasa still accepts good action responses and rejects bad ones.

Runs in .venv-rasa (Rasa's environment): the same check with Rasa's own method and
with ours, on responses an action server could send.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from index.settings import PROJECT_ROOT

pytestmark = pytest.mark.e2e

RASA_PYTHON = str(PROJECT_ROOT / ".venv-rasa/bin/python")
CHECK = """
import json, sys
from rasa.core.actions.action import RemoteAction
from bot import action_schema

def outcome(response):
    try:
        return RemoteAction("action_x", None)._validate_action_result(response)
    except Exception as exc:
        return type(exc).__name__ + ": " + exc.message

responses = json.loads(sys.argv[1])
rasa = [outcome(r) for r in responses]
action_schema.install()
ours = [outcome(r) for r in responses]
print(json.dumps({"rasa": rasa, "ours": ours}))
"""
VALID = [
    {"events": [{"event": "slot", "name": "language", "value": "fr"}], "responses": []},
    {
        "events": [],
        "responses": [{"text": "Bonjour", "buttons": [{"title": "Oui", "payload": "/affirm"}]}],
    },
    {
        "events": [
            {"event": "slot", "name": "handoff_reason", "value": "asked", "timestamp": None},
            {"event": "active_loop", "name": "callback_form"},
            {"event": "followup", "name": "action_listen"},
            {"event": "bot", "text": "Un instant", "data": {}, "metadata": {}},
        ],
        "responses": [{"custom": {"cards": [{"name": "LINC"}]}}],
    },
]
INVALID = [
    {"events": [{"event": "no_such_event"}], "responses": []},
    {"events": "not a list", "responses": []},
    {"events": [], "responses": ["not an object"]},
    # right event name, wrong shape for it: only that event's own shape is checked
    {"events": [{"event": "slot", "value": "fr"}], "responses": []},
    {"events": [{"event": "slot", "name": 3, "value": "fr"}], "responses": []},
    {"events": [{"event": "bot", "text": "x", "timestamp": "yesterday"}], "responses": []},
    {"events": [{"name": "language"}], "responses": []},
    "not an object",
]
RESPONSES = VALID + INVALID


def test_action_responses_are_judged_as_rasa_judges_them():
    result = subprocess.run(
        [RASA_PYTHON, "-c", CHECK, json.dumps(RESPONSES)],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    outcomes = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcomes["ours"] == outcomes["rasa"]
    assert outcomes["ours"][: len(VALID)] == [True] * len(VALID)
    rejected = outcomes["ours"][len(VALID) :]
    assert all(o.startswith("ValidationError") for o in rejected)
    assert all("Failed to validate Action server response" in o for o in rejected)
