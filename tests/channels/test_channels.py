"""Each messaging channel, end to end: signed provider webhooks in, provider API calls out.

Real documented payloads (tests/channels/providers.py) go to the running Rasa
server; a local fake stands in for the Twilio, Telegram and Graph APIs and records
what the bot sent. Forged requests must get 403 and leave no trace in the tracker.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import time

import pytest
import requests

from handoff import RasaApi

from . import providers as p
from .conftest import TELEGRAM, channel_env

pytestmark = pytest.mark.e2e

QUESTION = "Where can I take free English classes in Toronto?"
ENGLISH_CLASSES = "LINC English Classes"  # the demo data's English-class service
MARKDOWN_MARKS = re.compile(r"\*\*|\]\(|(^|\s)_\S")


def _phone() -> str:
    return f"+1416555{random.randint(1000, 9999)}"



def _user_events(api: RasaApi, sender: str) -> list[dict]:
    return [e for e in api.tracker(sender).get("events") or [] if e.get("event") == "user"]


# -- start-up ---------------------------------------------------------------------------


def test_startup_made_no_call_to_telegram(channel_stack, provider_apis):
    # Rasa's own connector calls setWebhook while the server starts (and fails offline).
    assert not [r for r in provider_apis.requests if r.path.startswith(TELEGRAM)]


# -- Twilio SMS ---------------------------------------------------------------------------


def test_sms_question_gets_short_plain_cards_one_message_each(rasa, provider_apis):
    phone = _phone()
    reply = p.twilio_post(rasa, "twilio", p.twilio_form(phone, p.TWILIO_SMS_NUMBER, QUESTION))
    assert reply.status_code == 200
    sent = provider_apis.sms(phone)
    bodies = [m["Body"] for m in sent]
    assert all(m["From"] == p.TWILIO_SMS_NUMBER for m in sent)
    assert bodies[0] == "Here is what I found:"
    cards = [b for b in bodies if "Source: " in b]
    assert cards and ENGLISH_CLASSES in cards[0], bodies
    card = cards[0]
    assert re.search(r"^Phone: \+?[\d\- ()]+$", card, re.M), card  # a bare, tappable number
    assert "Languages:" not in card  # the short card leaves the long lines out
    assert all(len(b) <= 1600 and not MARKDOWN_MARKS.search(b) for b in bodies), bodies


def test_sms_choice_is_numbered_and_a_number_reply_picks_it(rasa, provider_apis):
    phone = _phone()
    form = p.twilio_form(phone, p.TWILIO_SMS_NUMBER, "I want to talk to a person")
    assert p.twilio_post(rasa, "twilio", form).status_code == 200
    offer = provider_apis.sms(phone)[-1]["Body"]
    assert "Reply with the number of your choice:" in offer
    assert "1 – Yes, please" in offer and "2 – No, thank you" in offer, offer

    before = len(provider_apis.sms(phone))
    assert p.twilio_post(rasa, "twilio", p.twilio_form(phone, p.TWILIO_SMS_NUMBER, "1")).ok
    question = provider_apis.sms(phone)[before]["Body"]
    assert question.startswith("How should the worker contact you?"), question
    assert "1 – Here, in this chat" in question


def test_worker_reply_reaches_sms_split_in_order(rasa, api, provider_apis):
    phone = _phone()
    assert p.twilio_post(rasa, "twilio", p.twilio_form(phone, p.TWILIO_SMS_NUMBER, "hello")).ok
    before = len(provider_apis.sms(phone))
    words = [f"step{i}" for i in range(700)]  # about 5,000 characters
    reply = "\n".join(" ".join(words[i : i + 10]) for i in range(0, len(words), 10))
    api.send_worker_reply(phone, reply)
    pieces = [m["Body"] for m in provider_apis.sms(phone)[before:]]
    assert len(pieces) >= 4 and all(len(piece) <= 1600 for piece in pieces)
    assert " ".join(pieces).split() == words  # every word, in order, none cut


@pytest.mark.parametrize(
    "signature",
    [None, "bm90IGEgc2lnbmF0dXJl", "signed-for-another-url", "signed-with-another-token"],
    ids=["missing", "garbage", "other-url", "other-token"],
)
def test_sms_forged_request_is_refused_and_never_processed(rasa, api, provider_apis, signature):
    phone = _phone()
    form = p.twilio_form(phone, p.TWILIO_SMS_NUMBER, QUESTION)
    if signature == "signed-for-another-url":
        signature = p.twilio_signature("https://evil.example/webhooks/twilio/webhook", form)
    elif signature == "signed-with-another-token":
        url = p.TWILIO_PUBLIC_URL + "/webhooks/twilio/webhook"
        signature = p.twilio_signature(url, form, auth_token="f" * 32)
    assert p.twilio_post(rasa, "twilio", form, signature=signature).status_code == 403
    assert provider_apis.sms(phone) == []
    assert _user_events(api, phone) == []


def test_sms_tampered_body_is_refused(rasa, api, provider_apis):
    phone = _phone()
    form = p.twilio_form(phone, p.TWILIO_SMS_NUMBER, "hello")
    signature = p.twilio_signature(p.TWILIO_PUBLIC_URL + "/webhooks/twilio/webhook", form)
    form["Body"] = "talk to a person"
    assert p.twilio_post(rasa, "twilio", form, signature=signature).status_code == 403
    assert _user_events(api, phone) == []


def test_sms_signed_but_malformed_request_gets_400(rasa):
    form = p.twilio_form(_phone(), p.TWILIO_SMS_NUMBER, "hello")
    del form["From"]
    assert p.twilio_post(rasa, "twilio", form).status_code == 400


def test_sms_text_with_a_nul_gets_400_and_is_not_stored(rasa, api):
    phone = _phone()
    form = p.twilio_form(phone, p.TWILIO_SMS_NUMBER, "hello\x00")
    assert p.twilio_post(rasa, "twilio", form).status_code == 400
    assert _user_events(api, phone) == []


# -- WhatsApp through Twilio ------------------------------------------------------------


def test_whatsapp_question_gets_the_answer_as_text(rasa, provider_apis):
    sender = "whatsapp:" + _phone()
    form = p.twilio_form(sender, p.TWILIO_WHATSAPP_NUMBER, QUESTION)
    assert p.twilio_post(rasa, "whatsapp", form).status_code == 200
    bodies = [m["Body"] for m in provider_apis.sms(sender)]
    assert any(ENGLISH_CLASSES in b for b in bodies), bodies
    assert all(m["From"] == p.TWILIO_WHATSAPP_NUMBER for m in provider_apis.sms(sender))


def test_whatsapp_photo_only_gets_a_polite_text_reply(rasa, api, provider_apis):
    sender = "whatsapp:" + _phone()
    form = p.twilio_form(
        sender,
        p.TWILIO_WHATSAPP_NUMBER,
        "",
        NumMedia="1",
        MediaContentType0="image/jpeg",
        MediaUrl0=f"https://api.twilio.com/2010-04-01/Accounts/{p.TWILIO_ACCOUNT_SID}/Media/ME1",
    )
    reply = p.twilio_post(rasa, "whatsapp", form)
    assert reply.status_code == 200
    assert [m["Body"] for m in provider_apis.sms(sender)] == [
        "Sorry, I can only read text messages. Please write your question in words."
    ]


def test_whatsapp_worker_reply_after_24_hours_goes_out_as_the_template(rasa, api, provider_apis):
    sender = "whatsapp:" + _phone()
    # A conversation whose session began, and whose last message came, 25 hours ago
    # (Rasa's SQL store reads the current session from its session_started on).
    ago = time.time() - 25 * 3600
    old_conversation = [
        {"event": "action", "name": "action_session_start", "timestamp": ago - 1},
        {"event": "session_started", "timestamp": ago - 1},
        {"event": "action", "name": "action_listen", "timestamp": ago - 1},
        {
            "event": "user",
            "text": "I need a lawyer",
            "timestamp": ago,
            "input_channel": "whatsapp",
            "parse_data": {"intent": {"name": "ask_human", "confidence": 1.0}, "entities": []},
        },
    ]
    response = requests.post(
        f"{rasa}/conversations/{sender}/tracker/events",
        params={"token": api.token},
        json=old_conversation,
        timeout=30,
    )
    response.raise_for_status()
    api.send_worker_reply(sender, "Hello, this is **Amina** from the settlement team.")
    [sent] = provider_apis.sms(sender)
    assert sent["ContentSid"] == p.TWILIO_TEMPLATE_SID and "Body" not in sent
    assert json.loads(sent["ContentVariables"]) == {
        "1": "Hello, this is Amina from the settlement team."
    }


def test_whatsapp_worker_reply_within_24_hours_is_free_text(rasa, api, provider_apis):
    sender = "whatsapp:" + _phone()
    assert p.twilio_post(rasa, "whatsapp", p.twilio_form(sender, p.TWILIO_WHATSAPP_NUMBER, "hi")).ok
    before = len(provider_apis.sms(sender))
    api.send_worker_reply(sender, "Hello, this is Amina.")
    [sent] = provider_apis.sms(sender)[before:]
    assert sent["Body"] == "Hello, this is Amina." and "ContentSid" not in sent


def test_whatsapp_forged_request_is_refused(rasa, api, provider_apis):
    sender = "whatsapp:" + _phone()
    form = p.twilio_form(sender, p.TWILIO_WHATSAPP_NUMBER, QUESTION)
    assert p.twilio_post(rasa, "whatsapp", form, signature=None).status_code == 403
    assert provider_apis.sms(sender) == [] and _user_events(api, sender) == []


# -- Telegram ---------------------------------------------------------------------------


def _chat_id() -> int:
    return random.randint(10_000_000, 99_999_999)


def test_telegram_question_gets_plain_text_cards(rasa, provider_apis):
    chat = _chat_id()
    reply = p.telegram_post(rasa, p.telegram_message_update(chat, QUESTION))
    assert reply.status_code == 200
    texts = [m["text"] for m in provider_apis.telegram(chat)]
    assert texts[0] == "Here is what I found:"
    assert any(ENGLISH_CLASSES in t and "Languages: " in t for t in texts), texts
    assert not any(MARKDOWN_MARKS.search(t) for t in texts), texts


def test_telegram_start_command_gets_the_greeting(rasa, provider_apis):
    chat = _chat_id()
    assert p.telegram_post(rasa, p.telegram_message_update(chat, "/start")).ok
    assert any("I am Waypoint" in m["text"] for m in provider_apis.telegram(chat))


def test_telegram_choice_is_an_inline_keyboard_and_a_tap_answers_it(rasa, provider_apis):
    chat = _chat_id()
    assert p.telegram_post(rasa, p.telegram_message_update(chat, "talk to a person")).ok
    offer = provider_apis.telegram(chat)[-1]
    keyboard = json.loads(offer["reply_markup"])["inline_keyboard"]
    assert [[b["text"], b["callback_data"]] for row in keyboard for b in row] == [
        ["Yes, please", "/affirm"],
        ["No, thank you", "/deny"],
    ]
    before = len(provider_apis.telegram(chat))
    assert p.telegram_post(rasa, p.telegram_callback_update(chat, "/affirm")).ok
    assert provider_apis.telegram(chat, "answerCallbackQuery")  # the app's spinner stops
    question = provider_apis.telegram(chat)[before]
    assert question["text"] == "How should the worker contact you?"
    assert "inline_keyboard" in question["reply_markup"]


def test_telegram_worker_reply_reaches_the_chat(rasa, api, provider_apis):
    chat = _chat_id()
    assert p.telegram_post(rasa, p.telegram_message_update(chat, "hello")).ok
    before = len(provider_apis.telegram(chat))
    api.send_worker_reply(str(chat), "Hello, this is Amina from the settlement team.")
    [sent] = provider_apis.telegram(chat)[before:]
    assert sent["text"] == "Hello, this is Amina from the settlement team."


@pytest.mark.parametrize("secret", [None, "", "wrong-secret", p.TELEGRAM_SECRET + "x"])
def test_telegram_wrong_or_missing_secret_is_refused(rasa, api, provider_apis, secret):
    chat = _chat_id()
    reply = p.telegram_post(rasa, p.telegram_message_update(chat, QUESTION), secret=secret)
    assert reply.status_code == 403
    assert provider_apis.telegram(chat) == [] and _user_events(api, str(chat)) == []


@pytest.mark.parametrize("body", [b"{not json", b"[]", b'{"message": {}}'])
def test_telegram_malformed_update_gets_400(rasa, body):
    assert p.telegram_post(rasa, body).status_code == 400


def test_telegram_text_with_a_nul_gets_400_and_is_not_stored(rasa, api):
    chat = _chat_id()
    reply = p.telegram_post(rasa, p.telegram_message_update(chat, "hello\x00"))
    assert reply.status_code == 400
    assert _user_events(api, str(chat)) == []


def test_telegram_webhook_command_registers_our_secret(channel_stack, provider_apis):
    root = channel_stack.config.root
    url = "https://bot.example.org/webhooks/telegram/webhook"
    env = {**os.environ, **channel_env(provider_apis.url)}
    done = subprocess.run(
        [
            str(root / ".venv-rasa/bin/python"),
            "-m",
            "bot.channels",
            "telegram-webhook",
            "--url",
            url,
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    [call] = provider_apis.telegram(0, "setWebhook")
    assert call["url"] == url and call["secret_token"] == p.TELEGRAM_SECRET
    assert json.loads(call["allowed_updates"]) == ["message", "edited_message", "callback_query"]


# -- Facebook Messenger ----------------------------------------------------------------


def _psid() -> str:
    return str(random.randint(10**15, 10**16 - 1))


def test_messenger_question_gets_plain_text_cards(rasa, provider_apis):
    psid = _psid()
    body = p.messenger_body(p.messenger_event(psid, text=QUESTION))
    assert p.messenger_post(rasa, body).status_code == 200
    texts = [m["message"]["text"] for m in provider_apis.messenger(psid)]
    assert texts[0] == "Here is what I found:"
    assert any(ENGLISH_CLASSES in t for t in texts), texts
    assert not any(MARKDOWN_MARKS.search(t) for t in texts)


def test_messenger_choice_is_quick_replies_and_a_tap_answers_it(rasa, provider_apis):
    psid = _psid()
    assert p.messenger_post(
        rasa, p.messenger_body(p.messenger_event(psid, text="talk to a person"))
    ).ok
    offer = provider_apis.messenger(psid)[-1]["message"]
    assert [(q["title"], q["payload"]) for q in offer["quick_replies"]] == [
        ("Yes, please", "/affirm"),
        ("No, thank you", "/deny"),
    ]
    before = len(provider_apis.messenger(psid))
    tap = p.messenger_event(psid, text="Yes, please", quick_reply="/affirm")
    assert p.messenger_post(rasa, p.messenger_body(tap)).ok
    question = provider_apis.messenger(psid)[before]["message"]
    assert question["text"] == "How should the worker contact you?"
    assert all(len(q["title"]) <= 20 for q in question["quick_replies"])


def test_messenger_postback_and_photo_in_one_batch_are_both_handled(rasa, provider_apis):
    psid = _psid()
    body = p.messenger_body(
        p.messenger_event(psid, attachment=True), p.messenger_event(psid, postback="/greet")
    )
    assert p.messenger_post(rasa, body).ok
    texts = [m["message"]["text"] for m in provider_apis.messenger(psid)]
    assert texts[0].startswith("Sorry, I can only read text messages")
    assert any("I am Waypoint" in t for t in texts[1:]), texts


@pytest.mark.parametrize(
    "headers",
    [
        {"sha256": None},  # SHA-1 only, correctly signed: Rasa's connector accepts this
        {"sha256": None, "sha1": None},
        {"sha256": "sha256=" + "0" * 64},
        {"sha256": "sha256=deadbeef"},
    ],
    ids=["sha1-only", "unsigned", "wrong", "short"],
)
def test_messenger_forged_request_is_refused(rasa, api, provider_apis, headers):
    psid = _psid()
    body = p.messenger_body(p.messenger_event(psid, text=QUESTION))
    assert p.messenger_post(rasa, body, **headers).status_code == 403
    assert provider_apis.messenger(psid) == [] and _user_events(api, psid) == []


def test_messenger_signed_but_malformed_body_gets_400(rasa):
    assert p.messenger_post(rasa, b'{"object": "user"}').status_code == 400


def test_messenger_a_malformed_event_is_skipped_and_the_rest_of_the_batch_answered(
    rasa, api, provider_apis
):
    psid = _psid()
    broken = {**p.messenger_event(psid, text="hello"), "sender": "\u0000"}  # not an object
    nul = p.messenger_event(psid, text="hello\x00")  # PostgreSQL cannot store a NUL
    body = p.messenger_body(broken, nul, p.messenger_event(psid, postback="/greet"))
    assert p.messenger_post(rasa, body).ok  # acknowledged: Meta would resend the batch
    assert [e["text"] for e in _user_events(api, psid)] == ["/greet"]
    assert any("I am Waypoint" in m["message"]["text"] for m in provider_apis.messenger(psid))


def test_messenger_verify_handshake(rasa):
    url = f"{rasa}/webhooks/facebook/webhook"
    ok = {
        "hub.mode": "subscribe",
        "hub.verify_token": p.FACEBOOK_VERIFY_TOKEN,
        "hub.challenge": "1158201444",
    }
    assert requests.get(url, params=ok, timeout=30).text == "1158201444"
    wrong = {**ok, "hub.verify_token": "guess"}
    assert requests.get(url, params=wrong, timeout=30).status_code == 403
