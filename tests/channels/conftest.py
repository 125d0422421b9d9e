"""One running stack with every messaging channel configured, and a fake of each provider.

The Rasa server gets the channels' secrets through environment variables (as a
deployment would) and talks to one local HTTP server standing in for the Twilio,
Telegram and Graph APIs, which records every call. Starting Rasa takes about a
minute, so the whole module shares one stack.
"""

from __future__ import annotations

import json
import time
from urllib.parse import parse_qsl

import pytest

from handoff import RasaApi
from stack import Stack, StackConfig
from tests.e2e.conftest import agency_file, tickets_url  # noqa: F401 (fixtures)
from tests.httpfake import FakeServer, Reply, Request

from . import providers as p

TWILIO_MESSAGES = f"/2010-04-01/Accounts/{p.TWILIO_ACCOUNT_SID}/Messages.json"
TELEGRAM = f"/bot{p.TELEGRAM_TOKEN}"
GRAPH_MESSAGES = "/v18.0/me/messages"


def _twilio_created(request: Request) -> Reply:
    form = dict(parse_qsl(request.body.decode()))
    resource = {
        "sid": "SM" + "0" * 32,
        "account_sid": p.TWILIO_ACCOUNT_SID,
        "to": form.get("To"),
        "from": form.get("From"),
        "body": form.get("Body"),
        "status": "queued",
        "num_segments": "1",
        "api_version": "2010-04-01",
    }
    return Reply(201, resource)


def _telegram_sent(request: Request) -> Reply:
    form = dict(parse_qsl(request.body.decode()))
    message = {
        "message_id": 7,
        "date": int(time.time()),
        "chat": {"id": int(form.get("chat_id", "0")), "type": "private"},
        "text": form.get("text", ""),
    }
    return Reply(200, {"ok": True, "result": message})


class ProviderApis(FakeServer):
    """The fake Twilio, Telegram and Graph APIs, with what each was asked to send."""

    def sms(self, to: str) -> list[dict[str, str]]:
        """Twilio Messages API calls to `to`, as their form parameters, in order."""
        forms = [dict(parse_qsl(r.body.decode())) for r in self.sent(TWILIO_MESSAGES)]
        return [f for f in forms if f.get("To") == to]

    def telegram(self, chat_id: int, method: str = "sendMessage") -> list[dict[str, str]]:
        forms = [dict(parse_qsl(r.body.decode())) for r in self.sent(f"{TELEGRAM}/{method}")]
        return [f for f in forms if method != "sendMessage" or f.get("chat_id") == str(chat_id)]

    def messenger(self, psid: str) -> list[dict]:
        bodies = [r.json() for r in self.sent(GRAPH_MESSAGES)]
        return [b for b in bodies if b["recipient"]["id"] == psid and "message" in b]


@pytest.fixture(scope="module")
def provider_apis():
    fake = ProviderApis()
    fake.route("POST", TWILIO_MESSAGES, _twilio_created)
    fake.route("POST", f"{TELEGRAM}/sendMessage", _telegram_sent)
    fake.route("POST", f"{TELEGRAM}/answerCallbackQuery", Reply(200, {"ok": True, "result": True}))
    fake.route(
        "POST",
        f"{TELEGRAM}/setWebhook",
        Reply(200, {"ok": True, "result": True, "description": "Webhook was set"}),
    )
    fake.route("POST", GRAPH_MESSAGES, lambda r: Reply(200, _graph_sent(r)))
    fake.start()
    yield fake
    fake.stop()


def _graph_sent(request: Request) -> dict:
    body = json.loads(request.body or b"{}")
    return {"recipient_id": (body.get("recipient") or {}).get("id"), "message_id": "m_test"}


def channel_env(api_url: str) -> dict[str, str]:
    """What a deployment puts in the environment for all four channels."""
    return {
        "TWILIO_ACCOUNT_SID": p.TWILIO_ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": p.TWILIO_AUTH_TOKEN,
        "TWILIO_SMS_NUMBER": p.TWILIO_SMS_NUMBER,
        "TWILIO_WHATSAPP_NUMBER": p.TWILIO_WHATSAPP_NUMBER,
        "TWILIO_PUBLIC_URL": p.TWILIO_PUBLIC_URL,
        "TWILIO_API_URL": api_url,
        "TWILIO_WHATSAPP_CALLBACK_TEMPLATE_SID": p.TWILIO_TEMPLATE_SID,
        "TELEGRAM_BOT_TOKEN": p.TELEGRAM_TOKEN,
        "TELEGRAM_SECRET_TOKEN": p.TELEGRAM_SECRET,
        "TELEGRAM_API_URL": api_url,
        "FACEBOOK_APP_SECRET": p.FACEBOOK_APP_SECRET,
        "FACEBOOK_VERIFY_TOKEN": p.FACEBOOK_VERIFY_TOKEN,
        "FACEBOOK_PAGE_ACCESS_TOKEN": p.FACEBOOK_PAGE_TOKEN,
        "FACEBOOK_GRAPH_URL": f"{api_url}/v18.0",
    }


@pytest.fixture(scope="module")
def channel_stack(tmp_path_factory, provider_apis, tickets_url, agency_file):  # noqa: F811
    tmp = tmp_path_factory.mktemp("channels")
    config = StackConfig.in_folder(
        tmp,
        extra_env={
            "WAYPOINT_DATABASE_URL": tickets_url,
            "WAYPOINT_AGENCY_FILE": str(agency_file),  # after hours: callbacks, not live
            "WAYPOINT_UNCLAIMED_MINUTES": "0",
            **channel_env(provider_apis.url),
        },
    )
    with Stack(config) as running:
        yield running


@pytest.fixture(scope="module")
def rasa(channel_stack) -> str:
    return channel_stack.config.rasa_url


@pytest.fixture(scope="module")
def api(channel_stack) -> RasaApi:
    return RasaApi(channel_stack.config.rasa_url, channel_stack.config.rasa_token)
