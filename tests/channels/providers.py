"""Real webhook payloads of the three providers, signed exactly as each provider signs.

The signatures are computed here from the providers' documented algorithms (not
with the libraries the connectors use), so a connector that checked the wrong thing
would fail these tests.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from urllib.parse import urlencode

import requests

__all__ = [
    "messenger_event",
    "messenger_post",
    "telegram_callback_update",
    "telegram_message_update",
    "twilio_form",
    "twilio_post",
    "twilio_signature",
]

# Values the tests give the Rasa server through its environment.
TWILIO_ACCOUNT_SID = "AC" + "1" * 32
TWILIO_AUTH_TOKEN = "12345678901234567890123456789012"
TWILIO_SMS_NUMBER = "+14165550199"
TWILIO_WHATSAPP_NUMBER = "whatsapp:+14155238886"
TWILIO_PUBLIC_URL = "https://bot.example.org"  # as if behind a TLS proxy
TWILIO_TEMPLATE_SID = "HX" + "b" * 32
TELEGRAM_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
TELEGRAM_SECRET = "waypoint-test_secret-Token-1"
FACEBOOK_APP_SECRET = "0123456789abcdef0123456789abcdef"
FACEBOOK_VERIFY_TOKEN = "waypoint-verify"
FACEBOOK_PAGE_TOKEN = "EAAtestpagetoken"
FACEBOOK_PAGE_ID = "106405612345678"


# -- Twilio -------------------------------------------------------------------------
# The form an incoming message posts:
# https://www.twilio.com/docs/messaging/guides/webhook-request


def twilio_form(sender: str, to: str, body: str, **extra: str) -> dict[str, str]:
    sid = "SM" + uuid.uuid4().hex
    form = {
        "ToCountry": "CA",
        "ToState": "ON",
        "SmsMessageSid": sid,
        "NumMedia": "0",
        "ToCity": "TORONTO",
        "FromZip": "",
        "SmsSid": sid,
        "FromState": "ON",
        "SmsStatus": "received",
        "FromCity": "TORONTO",
        "Body": body,
        "FromCountry": "CA",
        "To": to,
        "ToZip": "",
        "NumSegments": "1",
        "MessageSid": sid,
        "AccountSid": TWILIO_ACCOUNT_SID,
        "From": sender,
        "ApiVersion": "2010-04-01",
    }
    form.update(extra)
    return form


def twilio_signature(url: str, form: dict[str, str], auth_token: str = TWILIO_AUTH_TOKEN) -> str:
    """https://www.twilio.com/docs/usage/security#validating-requests: the URL, then each
    parameter name and value sorted by name, HMAC-SHA1 with the auth token, base64."""
    data = url + "".join(name + form[name] for name in sorted(form))
    digest = hmac.new(auth_token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def twilio_post(
    rasa_url: str, channel: str, form: dict[str, str], signature: str | None = "sign"
) -> requests.Response:
    """POST the form to our webhook; signed for the public URL Twilio would have called."""
    path = f"/webhooks/{channel}/webhook"
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if signature == "sign":
        signature = twilio_signature(TWILIO_PUBLIC_URL + path, form)
    if signature is not None:
        headers["X-Twilio-Signature"] = signature
    return requests.post(rasa_url + path, data=urlencode(form), headers=headers, timeout=120)


# -- Telegram -------------------------------------------------------------------------
# Update and Message objects: https://core.telegram.org/bots/api#update


def _user(chat_id: int) -> dict:
    return {"id": chat_id, "is_bot": False, "first_name": "Test", "language_code": "en"}


def telegram_message_update(chat_id: int, text: str) -> dict:
    return {
        "update_id": int(time.time() * 1000) % 2_000_000_000,
        "message": {
            "message_id": 1365,
            "from": _user(chat_id),
            "chat": {"id": chat_id, "first_name": "Test", "type": "private"},
            "date": int(time.time()),
            "text": text,
        },
    }


def telegram_callback_update(chat_id: int, data: str) -> dict:
    """A tap on an inline-keyboard button: https://core.telegram.org/bots/api#callbackquery"""
    return {
        "update_id": int(time.time() * 1000) % 2_000_000_000 + 1,
        "callback_query": {
            "id": "4382bfdwdsb323b2d9",
            "from": _user(chat_id),
            "message": {
                "message_id": 1366,
                "from": {"id": 123456789, "is_bot": True, "first_name": "Waypoint"},
                "chat": {"id": chat_id, "type": "private"},
                "date": int(time.time()),
                "text": "...",
            },
            "chat_instance": "-76543210987654321",
            "data": data,
        },
    }


def telegram_post(rasa_url: str, update, secret: str | None = TELEGRAM_SECRET):
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    body = update if isinstance(update, bytes) else json.dumps(update).encode()
    return requests.post(
        f"{rasa_url}/webhooks/telegram/webhook", data=body, headers=headers, timeout=120
    )


# -- Messenger -------------------------------------------------------------------------
# https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages
# https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messaging_postbacks


def messenger_event(psid: str, *, text=None, quick_reply=None, postback=None, attachment=False):
    event: dict = {
        "sender": {"id": psid},
        "recipient": {"id": FACEBOOK_PAGE_ID},
        "timestamp": int(time.time() * 1000),
    }
    if postback is not None:
        event["postback"] = {"mid": "m_" + uuid.uuid4().hex, "title": "Yes", "payload": postback}
        return event
    message: dict = {"mid": "m_" + uuid.uuid4().hex}
    if text is not None:
        message["text"] = text
    if quick_reply is not None:
        message["quick_reply"] = {"payload": quick_reply}
    if attachment:
        message["attachments"] = [
            {"type": "image", "payload": {"url": "https://scontent.example/photo.jpg"}}
        ]
    event["message"] = message
    return event


def messenger_body(*events: dict) -> bytes:
    body = {
        "object": "page",
        "entry": [
            {"id": FACEBOOK_PAGE_ID, "time": int(time.time() * 1000), "messaging": list(events)}
        ],
    }
    return json.dumps(body).encode()


def messenger_post(rasa_url: str, body: bytes, *, sha256="sign", sha1="sign"):
    """Meta sends both headers: X-Hub-Signature (SHA-1) and X-Hub-Signature-256."""
    headers = {"Content-Type": "application/json"}
    key = FACEBOOK_APP_SECRET.encode()
    if sha1 == "sign":
        sha1 = "sha1=" + hmac.new(key, body, hashlib.sha1).hexdigest()
    if sha256 == "sign":
        sha256 = "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()
    if sha1 is not None:
        headers["X-Hub-Signature"] = sha1
    if sha256 is not None:
        headers["X-Hub-Signature-256"] = sha256
    return requests.post(
        f"{rasa_url}/webhooks/facebook/webhook", data=body, headers=headers, timeout=120
    )
