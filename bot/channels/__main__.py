"""`python -m bot.channels telegram-webhook --url URL`: register our Telegram webhook.

Telegram must be told once where to post updates, and with which secret token
(it sends it back in X-Telegram-Bot-Api-Secret-Token, which the connector checks).
Rasa's own connector did this at every start-up, so the server could not start
offline; this command does it when you deploy. Run it with the Rasa environment:

    .venv-rasa/bin/python -m bot.channels telegram-webhook \\
        --url https://bot.example.org/webhooks/telegram/webhook

TELEGRAM_BOT_TOKEN and TELEGRAM_SECRET_TOKEN come from the environment;
TELEGRAM_API_URL (default https://api.telegram.org) may point elsewhere (tests).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys

from . import settings

# Telegram's rule for secret_token: https://core.telegram.org/bots/api#setwebhook
SECRET_TOKEN_RULE = re.compile(r"[A-Za-z0-9_-]{1,256}")
# The updates the connector reads; the others are not sent at all.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.channels", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    webhook = commands.add_parser("telegram-webhook", help="register the Telegram webhook")
    webhook.add_argument("--url", required=True, help="the public HTTPS URL of our webhook")
    args = parser.parse_args(argv)

    config = settings.read(None, "access_token", "secret_token", "telegram_api_url")
    closed = settings.closed_reason("telegram", config)
    if closed:
        print(f"error: {closed}", file=sys.stderr)
        return 2
    if not SECRET_TOKEN_RULE.fullmatch(config["secret_token"] or ""):
        print(
            "error: TELEGRAM_SECRET_TOKEN may hold only A-Z, a-z, 0-9, _ and -, "
            "1 to 256 of them (Telegram's rule)",
            file=sys.stderr,
        )
        return 2
    try:
        asyncio.run(_set_webhook(config, args.url))
    except Exception as error:  # the API's own message says what is wrong (token, URL)
        print(f"error: setWebhook failed: {error}", file=sys.stderr)
        return 1
    print(f"Telegram now posts updates to {args.url}")
    return 0


async def _set_webhook(config: dict[str, str | None], url: str) -> None:
    from .telegram import make_bot  # aiogram: only in the Rasa environment

    bot = make_bot(config)
    try:
        # aiogram 2.15 predates secret_token: the raw method call carries it.
        await bot.request(
            "setWebhook",
            {
                "url": url,
                "secret_token": config["secret_token"],
                "allowed_updates": json.dumps(ALLOWED_UPDATES),
            },
        )
    finally:
        await bot.close()


if __name__ == "__main__":
    sys.exit(main())
