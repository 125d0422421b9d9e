"""The public channels of the real Rasa server against hostile input (issue 6).

REST (`/webhooks/rest/webhook`): hypothesis sends broken bodies (not JSON, not an
object, wrong types for sender, message and metadata, NUL, lone surrogates, huge
bodies) and odd-but-valid messages in every script, with emoji and control characters.
Malformed: a 4xx with a message. Valid: Rasa's normal answer, and the message is in the
sender's tracker (nothing lost). Never a 500; the server answers normally afterwards.

Socket.io (the widget's channel): the same kinds of payload as `user_uttered` events;
a malformed one is dropped without taking the server down, a valid one is answered.

These run against the real servers (the session's stack); `scripts/fuzz` runs more.
"""

from __future__ import annotations

import json
import threading
import time
import uuid

import pytest
import requests
import socketio
from hypothesis import given
from hypothesis import strategies as st

from bot.channels.validation import MAX_MESSAGE_CHARS
from tests.fuzz.conftest import count, fuzz_settings
from tests.fuzz.strategies import control_text, hostile_text, json_values

pytestmark = pytest.mark.e2e

# Text Rasa must answer: any script, emoji, control characters but NUL, up to the limit.
valid_text = (
    st.one_of(
        hostile_text,
        st.lists(hostile_text | control_text, min_size=1, max_size=5).map(" ".join),
        st.text(min_size=MAX_MESSAGE_CHARS - 10, max_size=MAX_MESSAGE_CHARS),
    )
    .map(lambda text: text.replace("\x00", ""))
    .filter(lambda text: text.strip())
)
# Valid metadata carries no NUL anywhere (the channel refuses that, see MALFORMED_BODIES).
valid_metadata = st.none() | st.fixed_dictionaries(
    {},
    optional={
        "language": st.sampled_from(["ar", "fa", "so", "en", "xx"]),
        "x": json_values.filter(lambda value: "\\u0000" not in json.dumps(value)),
    },
)


@st.composite
def valid_bodies(draw) -> dict:
    body = {"sender": f"fuzz-{uuid.uuid4()}", "message": draw(valid_text)}
    metadata = draw(valid_metadata)
    if metadata is not None:
        body["metadata"] = metadata
    return body


def not_text(value) -> bool:
    return not isinstance(value, str)


def not_object(value) -> bool:
    return value is not None and not isinstance(value, dict)


MALFORMED_BODIES = [
    st.binary(max_size=200).filter(lambda raw: not raw.strip().startswith(b"{")),  # not an object
    json_values.filter(lambda value: not isinstance(value, dict)).map(json.dumps),
    st.fixed_dictionaries({"sender": json_values.filter(lambda v: not isinstance(v, str)),
                           "message": hostile_text}).map(json.dumps),
    st.fixed_dictionaries({"sender": st.just("fuzz-types"),
                           "message": json_values.filter(not_text)}).map(json.dumps),
    st.fixed_dictionaries({"sender": st.just("fuzz-metadata"), "message": st.just("hi"),
                           "metadata": json_values.filter(not_object)}).map(json.dumps),
    hostile_text.map(lambda text: json.dumps({"sender": "fuzz-nul", "message": text + "\x00"})),
    st.just('{"sender": "fuzz-surrogate", "message": "bad \\ud800 half"}'),
    st.just(json.dumps({"sender": "fuzz-long", "message": "x" * (MAX_MESSAGE_CHARS + 1)})),
    st.just(json.dumps({"sender": "fuzz-huge", "message": "x" * 70_000})),
    st.just(json.dumps({"sender": "", "message": "hi"})),
    st.just(json.dumps({"sender": "s" * 300, "message": "hi"})),
    st.just(json.dumps({"sender": "fuzz-empty", "message": " \n\t "})),
    st.just("[" * 20_000 + "]" * 20_000),
]  # fmt: skip


def _user_texts(stack, sender: str) -> list[str]:
    reply = requests.get(
        f"{stack.config.rasa_url}/conversations/{sender}/tracker",
        params={"token": stack.config.rasa_token},
        timeout=60,
    )
    reply.raise_for_status()
    return [event["text"] for event in reply.json()["events"] if event["event"] == "user"]


def _still_answers(url: str) -> None:
    reply = requests.post(
        url, json={"sender": f"after-{uuid.uuid4()}", "message": "hello"}, timeout=60
    )
    assert reply.status_code == 200 and reply.json(), "the server stopped answering"


def test_rest_channel_fuzzed_answers_4xx_or_normally_and_loses_nothing(stack):
    url = f"{stack.config.rasa_url}/webhooks/rest/webhook"
    session = requests.Session()

    @fuzz_settings(150, share=1.0)
    # One branch in 14 is a valid message (a full Rasa turn, about a second here); the
    # rest are malformed (answered in milliseconds).
    @given(case=st.one_of(valid_bodies(), *MALFORMED_BODIES))
    def run(case):
        count("rasa REST (real server)")
        if isinstance(case, dict):
            reply = session.post(url, json=case, timeout=120)
            assert reply.status_code == 200, (
                f"{case!r:.300}: HTTP {reply.status_code} {reply.text[:300]}"
            )
            assert isinstance(reply.json(), list)
            texts = _user_texts(stack, case["sender"])
            assert case["message"].strip() in texts, "an accepted message is not in the tracker"
        else:
            body = case if isinstance(case, bytes) else case.encode("utf-8", "surrogatepass")
            headers = {"Content-Type": "application/json"}
            reply = session.post(url, data=body, headers=headers, timeout=120)
            assert 400 <= reply.status_code < 500, f"{body[:300]!r}: HTTP {reply.status_code}"
            assert reply.json()["error"], "a 4xx without a message"

    run()
    _still_answers(url)


# ---- socket.io ------------------------------------------------------------------------------


class WidgetClient:
    """A python-socketio client speaking to Rasa as rasa-webchat does."""

    def __init__(self, rasa_url: str) -> None:
        self.client = socketio.Client(reconnection=False)
        self.answers: list[dict] = []
        self.answered = threading.Event()
        self.session = threading.Event()
        self.client.on("bot_uttered", self._on_answer)
        self.client.on("session_confirm", lambda *_: self.session.set())
        self.client.connect(rasa_url, socketio_path="/socket.io")

    def _on_answer(self, data) -> None:
        self.answers.append(data)
        self.answered.set()

    def start_session(self, session_id: str) -> None:
        self.session.clear()
        self.client.emit("session_request", {"session_id": session_id})
        assert self.session.wait(30), "no session_confirm"

    def say(self, payload, wait: float) -> bool:
        """Emit `payload` as user_uttered; True if the bot answered within `wait` seconds."""
        self.answered.clear()
        self.client.emit("user_uttered", payload)
        return self.answered.wait(wait)

    def close(self) -> None:
        self.client.disconnect()


bad_socket_payloads = st.one_of(
    json_values.filter(lambda value: not isinstance(value, dict)),
    st.fixed_dictionaries({"message": json_values.filter(lambda v: not isinstance(v, str)),
                           "session_id": st.just("{session}")}),
    st.fixed_dictionaries({"message": hostile_text, "session_id": json_values}),
    st.fixed_dictionaries({"message": hostile_text.map(lambda t: t + "\x00"),
                           "session_id": st.just("{session}")}),
    st.fixed_dictionaries({"message": st.just("hi"), "session_id": st.just("{session}"),
                           "customData": st.text(max_size=30) | json_values}),
    st.just({"message": "x" * (MAX_MESSAGE_CHARS + 1), "session_id": "{session}"}),
)  # fmt: skip


def _wait_for_text(stack, sender: str, text: str, timeout: float = 60.0) -> None:
    """The message reaches the tracker (an answer may have been to an earlier event)."""
    deadline = time.monotonic() + timeout
    while text not in _user_texts(stack, sender):
        assert time.monotonic() < deadline, "an answered message is not in the tracker"
        time.sleep(0.2)


def _fill_session(payload, session_id: str):
    if isinstance(payload, dict):
        return {k: (session_id if v == "{session}" else v) for k, v in payload.items()}
    return payload


def test_socketio_channel_fuzzed_drops_bad_events_and_keeps_answering(stack):
    widget = WidgetClient(stack.config.rasa_url)
    try:

        @fuzz_settings(60, share=0.01)
        @given(bad=bad_socket_payloads, text=valid_text.filter(lambda t: len(t) < 500))
        def run(bad, text):
            count("rasa socket.io (real server)")
            session_id = uuid.uuid4().hex
            widget.start_session(session_id)
            widget.say(_fill_session(bad, session_id), wait=0.3)  # may or may not answer
            assert widget.client.connected, "a malformed event closed the connection"
            assert widget.say({"message": text, "session_id": session_id}, wait=60), (
                f"no answer to a valid message after {bad!r:.200}"
            )
            _wait_for_text(stack, session_id, text.strip())

        run()
    finally:
        widget.close()


# ---- the action server's webhook (only Rasa calls it, with the shared token) ----------------


@st.composite
def action_calls(draw, actions: list[str]) -> bytes:
    """A call as Rasa makes it, with hostile text and slots; or a malformed one."""
    text = draw(valid_text.filter(lambda t: len(t) < 1000))
    tracker = {
        "sender_id": f"fuzz-{uuid.uuid4()}",
        "slots": {"language": draw(st.sampled_from(["en", "ar", "fa", "so", "ti", "xx", None]))},
        "latest_message": {
            "text": text,
            "intent": {"name": draw(st.sampled_from(["ask_service", "greet", "nonsense"]))},
            "entities": [],
            "metadata": draw(valid_metadata) or {},
        },
        "events": [{"event": "user", "text": text, "timestamp": 1.0}],
        "paused": False,
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": "action_listen",
    }
    call = {"next_action": draw(st.sampled_from(actions)), "tracker": tracker, "domain": {}}
    return json.dumps(call).encode()


def test_action_server_fuzzed_answers_4xx_or_normally_never_5xx(stack):
    c = stack.config
    headers = {"Authorization": f"Bearer {c.action_token}", "Content-Type": "application/json"}
    actions = [a["name"] for a in requests.get(f"{c.action_url}/actions", headers=headers).json()]
    malformed = [
        st.binary(max_size=200),
        json_values.map(lambda value: json.dumps(value).encode()),
        st.fixed_dictionaries({"next_action": json_values, "tracker": json_values})
        .map(json.dumps)
        .map(str.encode),
        hostile_text.map(
            lambda name: json.dumps({"next_action": name, "tracker": {}}).encode("utf-8")
        ),
    ]
    session = requests.Session()

    @fuzz_settings(100, share=0.3)
    @given(body=st.one_of(action_calls(actions), *malformed))
    def run(body):
        count("action server webhook (real server)")
        reply = session.post(f"{c.action_url}/webhook", data=body, headers=headers, timeout=120)
        assert reply.status_code < 500, (
            f"{body[:300]!r}: HTTP {reply.status_code} {reply.text[:300]}"
        )
        assert "request_body" not in reply.text

    run()
