"""The channel settings: one table of name, environment variable, default and help.

A channel reads its secrets from `bot/credentials.yml` when the file names them, else
from these environment variables (the committed credentials.yml names none, so
secrets stay out of git). A channel whose secret is missing stays closed: its
webhook answers 503 and nothing reaches the bot (see `closed_reason`).

Pure Python, so the action side and the tests can read the table too; the README's
channel table is checked against it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

__all__ = ["CHANNEL_SETTINGS", "ChannelSetting", "REQUIRED", "closed_reason", "read"]


@dataclass(frozen=True)
class ChannelSetting:
    name: str  # the key in credentials.yml
    env: str
    default: str | None
    help: str
    secret: bool = False


CHANNEL_SETTINGS: tuple[ChannelSetting, ...] = (
    ChannelSetting(
        "account_sid", "TWILIO_ACCOUNT_SID", None, "Twilio account SID (AC...)", secret=True
    ),
    ChannelSetting(
        "auth_token",
        "TWILIO_AUTH_TOKEN",
        None,
        "Twilio auth token: signs every webhook (X-Twilio-Signature) and the API calls",
        secret=True,
    ),
    ChannelSetting("sms_number", "TWILIO_SMS_NUMBER", None, "the Twilio number SMS come from"),
    ChannelSetting(
        "whatsapp_number",
        "TWILIO_WHATSAPP_NUMBER",
        None,
        "the WhatsApp sender, `whatsapp:+1...`",
    ),
    ChannelSetting(
        "public_url",
        "TWILIO_PUBLIC_URL",
        None,
        "the public base URL Twilio calls (e.g. `https://bot.example.org`) when Rasa runs "
        "behind a proxy; the signature covers the URL, so it must be the one Twilio used. "
        "Unset: the URL of the request as Rasa sees it",
    ),
    ChannelSetting(
        "api_url", "TWILIO_API_URL", "https://api.twilio.com", "Twilio's REST API (tests: a fake)"
    ),
    ChannelSetting(
        "callback_template_sid",
        "TWILIO_WHATSAPP_CALLBACK_TEMPLATE_SID",
        None,
        "the approved WhatsApp template (Content API, HX...) for messages sent more than "
        "24 hours after the person's last message; its variable {{1}} gets the text",
    ),
    ChannelSetting(
        "access_token",
        "TELEGRAM_BOT_TOKEN",
        None,
        "the bot's token from @BotFather",
        secret=True,
    ),
    ChannelSetting(
        "secret_token",
        "TELEGRAM_SECRET_TOKEN",
        None,
        "sent back by Telegram in X-Telegram-Bot-Api-Secret-Token (1-256 of A-Z a-z 0-9 _ -); "
        "`python -m bot.channels telegram-webhook` registers it",
        secret=True,
    ),
    ChannelSetting(
        "telegram_api_url",
        "TELEGRAM_API_URL",
        "https://api.telegram.org",
        "Telegram's Bot API (tests: a fake)",
    ),
    ChannelSetting(
        "app_secret",
        "FACEBOOK_APP_SECRET",
        None,
        "the Meta app secret: X-Hub-Signature-256 is its HMAC-SHA256 of the body",
        secret=True,
    ),
    ChannelSetting(
        "verify_token",
        "FACEBOOK_VERIFY_TOKEN",
        None,
        "the token you type into the app's webhook settings (the GET handshake)",
        secret=True,
    ),
    ChannelSetting(
        "page_access_token",
        "FACEBOOK_PAGE_ACCESS_TOKEN",
        None,
        "the page's access token, for the Send API",
        secret=True,
    ),
    ChannelSetting(
        "graph_url",
        "FACEBOOK_GRAPH_URL",
        "https://graph.facebook.com/v18.0",
        "Meta's Graph API with its version (tests: a fake)",
    ),
)

# What each channel cannot run without.
REQUIRED: dict[str, tuple[str, ...]] = {
    "twilio": ("account_sid", "auth_token", "sms_number"),
    "whatsapp": ("account_sid", "auth_token", "whatsapp_number"),
    "telegram": ("access_token", "secret_token"),
    "facebook": ("app_secret", "verify_token", "page_access_token"),
}

_BY_NAME = {s.name: s for s in CHANNEL_SETTINGS}


def read(credentials: dict[str, Any] | None, *names: str) -> dict[str, str | None]:
    """The values of `names`: credentials.yml first, then the environment, then the default."""
    credentials = credentials or {}
    values = {}
    for name in names:
        setting = _BY_NAME[name]
        value = credentials.get(name)
        if value in (None, ""):
            value = os.environ.get(setting.env) or setting.default
        values[name] = str(value) if value not in (None, "") else None
    return values


def closed_reason(channel: str, values: dict[str, str | None]) -> str | None:
    """Why `channel` must stay closed (a message naming the variables to set), or None."""
    missing = [_BY_NAME[n].env for n in REQUIRED[channel] if not values.get(n)]
    if not missing:
        return None
    return (
        f"the {channel} channel is off: set {', '.join(missing)} (or put them in credentials.yml)"
    )
