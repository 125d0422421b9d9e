"""The real thing: action server, Rasa server and widget page, started on free ports.

It runs what `scripts/run` runs (the trained model and the demo index that
scripts/setup built), with its own tracker database and logs in a temp folder.
"""

from __future__ import annotations

import uuid

import pytest
import requests

from stack import Stack, StackConfig, free_port


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("stack")
    config = StackConfig(
        rasa_port=free_port(),
        action_port=free_port(),
        web_port=free_port(),
        tracker_db=tmp / "tracker.db",
        log_dir=tmp / "logs",
    )
    with Stack(config) as running:
        yield running


class RestChat:
    """One person talking to the bot over Rasa's REST channel."""

    def __init__(self, rasa_url: str) -> None:
        self.url = f"{rasa_url}/webhooks/rest/webhook"
        self.sender = f"test-{uuid.uuid4()}"

    def say(self, text: str, **metadata) -> list[str]:
        body = {"sender": self.sender, "message": text}
        if metadata:
            body["metadata"] = metadata
        reply = requests.post(self.url, json=body, timeout=60)
        reply.raise_for_status()
        return [m["text"] for m in reply.json() if "text" in m]


@pytest.fixture
def chat(stack) -> RestChat:
    return RestChat(stack.config.rasa_url)
