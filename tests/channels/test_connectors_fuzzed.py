"""The messaging connectors' webhooks against hostile input, correctly signed (issue 6).

A forged or missing signature is refused before anything is read (test_channels.py).
Here every request carries a valid signature, computed as the provider computes it
(tests/channels/providers.py), so the hostile body gets past the signature check and
reaches the parsing behind it:

- a well-formed message with text in any script, emoji and control characters:
  200, and the message is in the sender's tracker (nothing lost);
- anything else (missing or mistyped fields, non-object JSON, NUL, huge values):
  an answer below 500, never a crash; the provider would retry a 5xx forever.

After each run the connector still answers a normal message. `scripts/fuzz` runs
more cases (WAYPOINT_FUZZ_EXAMPLES); the suite runs a fixed sample.
"""

from __future__ import annotations

import json
import uuid

import pytest
import requests
from hypothesis import given
from hypothesis import strategies as st

from handoff.rasa_api import RasaApi
from tests.channels import providers as p
from tests.fuzz.conftest import count, fuzz_settings
from tests.fuzz.strategies import control_text, hostile_text, json_values

pytestmark = pytest.mark.e2e

# Text a person could send: any script, emoji, control characters but NUL, and at
# least one letter or digit (a message of only spaces or controls carries no text).
person_text = (
    st.one_of(
        hostile_text, st.lists(hostile_text | control_text, min_size=1, max_size=4).map(" ".join)
    )
    .map(lambda text: text.replace("\x00", ""))
    .filter(lambda text: any(ch.isalnum() for ch in text))
)
# Field values that a provider never sends: wrong types, NUL, huge, empty.
odd_strings = st.one_of(
    hostile_text.map(lambda text: text + "\x00"),
    st.just(""),
    st.just("x" * 70_000),
    hostile_text,
)



def _has_user_event(api: RasaApi, sender: str) -> bool:
    return any(e.get("event") == "user" for e in api.tracker(sender).get("events") or [])


def _judge(api: RasaApi, kind: str, sender: str, reply: requests.Response, case) -> None:
    """Never a crash; a well-formed message is accepted and kept in its tracker."""
    assert reply.status_code < 500, f"{case!r:.300}: HTTP {reply.status_code} {reply.text[:300]}"
    if kind == "valid":
        assert reply.status_code == 200, reply.text[:300]
        assert _has_user_event(api, sender), "an accepted message is not in the tracker"


# -- Twilio SMS -------------------------------------------------------------------------------


def _phone() -> str:
    return f"+1416{uuid.uuid4().int % 10_000_000:07d}"


@st.composite
def twilio_cases(draw) -> tuple[str, str, dict[str, str]]:
    """(kind, sender, the form to send)."""
    phone = _phone()
    form = p.twilio_form(phone, p.TWILIO_SMS_NUMBER, draw(person_text))
    if draw(st.integers(0, 7)) == 0:
        return "valid", phone, form
    broken = dict(form)
    field = draw(st.sampled_from(["From", "To", "Body", "NumMedia", "MessageSid", "MediaUrl0"]))
    change = draw(st.sampled_from(["drop", "odd"]))
    if change == "drop":
        broken.pop(field, None)
    else:
        broken[field] = draw(odd_strings)
    extra = draw(st.dictionaries(st.text(min_size=1, max_size=8), hostile_text, max_size=2))
    broken.update({k: v for k, v in extra.items() if k not in form})
    return "odd", phone, broken


def test_sms_webhook_fuzzed_signed_never_crashes_and_loses_nothing(rasa, api):
    @fuzz_settings(40, share=0.34)
    @given(case=twilio_cases())
    def run(case):
        count("twilio SMS (real server)")
        kind, phone, form = case
        _judge(api, kind, phone, p.twilio_post(rasa, "twilio", form), form)

    run()
    phone = _phone()
    assert p.twilio_post(rasa, "twilio", p.twilio_form(phone, p.TWILIO_SMS_NUMBER, "hello")).ok
    assert _has_user_event(api, phone)


# -- Telegram ---------------------------------------------------------------------------------


def _chat_id() -> int:
    return 10_000_000 + uuid.uuid4().int % 900_000_000


@st.composite
def telegram_cases(draw) -> tuple[str, int, bytes]:
    chat = _chat_id()
    update = p.telegram_message_update(chat, draw(person_text))
    if draw(st.integers(0, 7)) == 0:
        return "valid", chat, json.dumps(update).encode()
    choice = draw(st.integers(0, 4))
    if choice == 0:  # not an object at all, or not JSON
        body = draw(json_values.filter(lambda v: not isinstance(v, dict)).map(json.dumps))
        return "odd", chat, body.encode("utf-8", "surrogatepass")
    if choice == 1:
        return "odd", chat, draw(st.binary(max_size=200))
    if choice == 2:  # a field of the message replaced by something else
        field = draw(st.sampled_from(["text", "chat", "from", "date", "message_id"]))
        update["message"][field] = draw(json_values | odd_strings)
    elif choice == 3:  # the chat's id of the wrong type
        update["message"]["chat"]["id"] = draw(json_values.filter(lambda v: not isinstance(v, int)))
    else:  # a tap with hostile data, or an update kind we do not handle
        kind = draw(st.sampled_from(["callback_query", "edited_message", "channel_post", "poll"]))
        update = p.telegram_callback_update(chat, draw(odd_strings))
        if kind != "callback_query":
            update = {"update_id": update["update_id"], kind: draw(json_values)}
    return "odd", chat, json.dumps(update).encode("utf-8", "surrogatepass")


def test_telegram_webhook_fuzzed_with_the_secret_never_crashes_and_loses_nothing(rasa, api):
    @fuzz_settings(40, share=0.33)
    @given(case=telegram_cases())
    def run(case):
        count("telegram (real server)")
        kind, chat, body = case
        _judge(api, kind, str(chat), p.telegram_post(rasa, body), body)

    run()
    chat = _chat_id()
    assert p.telegram_post(rasa, p.telegram_message_update(chat, "hello")).ok
    assert _has_user_event(api, str(chat))


# -- Messenger --------------------------------------------------------------------------------


def _psid() -> str:
    return str(uuid.uuid4().int % 10**16)


@st.composite
def messenger_cases(draw) -> tuple[str, str, bytes]:
    psid = _psid()
    event = p.messenger_event(psid, text=draw(person_text))
    if draw(st.integers(0, 7)) == 0:
        return "valid", psid, p.messenger_body(event)
    body = json.loads(p.messenger_body(event))
    choice = draw(st.integers(0, 3))
    if choice == 0:
        raw = draw(json_values.map(json.dumps)).encode("utf-8", "surrogatepass")
        return "odd", psid, raw
    if choice == 1:  # a field of the event replaced by something else
        field = draw(st.sampled_from(["sender", "recipient", "message", "timestamp"]))
        event[field] = draw(json_values | odd_strings)
    elif choice == 2:  # the message's own fields
        field = draw(st.sampled_from(["text", "quick_reply", "attachments", "mid"]))
        event["message"][field] = draw(json_values | odd_strings)
    else:  # the envelope
        field = draw(st.sampled_from(["object", "entry"]))
        body[field] = draw(json_values)
        return "odd", psid, json.dumps(body).encode("utf-8", "surrogatepass")
    body["entry"][0]["messaging"] = [event]
    return "odd", psid, json.dumps(body).encode("utf-8", "surrogatepass")


def test_messenger_webhook_fuzzed_signed_never_crashes_and_loses_nothing(rasa, api):
    @fuzz_settings(40, share=0.33)
    @given(case=messenger_cases())
    def run(case):
        count("messenger (real server)")
        kind, psid, body = case
        _judge(api, kind, psid, p.messenger_post(rasa, body), body)

    run()
    psid = _psid()
    assert p.messenger_post(rasa, p.messenger_body(p.messenger_event(psid, text="hello"))).ok
    assert _has_user_event(api, psid)
