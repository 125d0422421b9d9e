"""Telegram: a secret-token webhook in, plain text and inline keyboards out.

Rasa's own Telegram connector calls setWebhook on api.telegram.org while the server
starts (so `rasa run` exits without internet), asks getMe on every update and
ignores the secret token. This one:

- never calls Telegram at start-up: `python -m bot.channels telegram-webhook --url
  ...` registers the webhook, with our secret token, once (bot/channels/__main__.py);
- checks `X-Telegram-Bot-Api-Secret-Token` against TELEGRAM_SECRET_TOKEN in constant
  time: missing or wrong, 403 and nothing processed; a body that is not an Update,
  400;
- sends plain text (no parse mode: a stray `_` in a service's name cannot break a
  message), choices as an inline keyboard, one button a row, and turns a tapped
  button (a `callback_query`) into the button's payload, answering the query so the
  person's app stops its spinner;
- talks to TELEGRAM_API_URL (a local fake in the tests) through aiogram's Bot.

Update object: https://core.telegram.org/bots/api#update
Secret token: https://core.telegram.org/bots/api#setwebhook
"""

from __future__ import annotations

import hmac
import logging
from typing import Any

from aiogram import Bot
from aiogram.bot.api import TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.exceptions import TelegramAPIError
from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

from .common import (
    ConfiguredInput,
    answer_media_only,
    closed_blueprint,
    field,
    hand_over,
    reject,
)
from .text import plain_text, split_text
from .validation import has_no_text, incoming_problem

__all__ = ["TelegramInput", "TelegramOutput", "make_bot"]

logger = logging.getLogger(__name__)

MESSAGE_LIMIT = 4096  # characters in one Telegram message
CALLBACK_DATA_LIMIT = 64  # bytes of a button's callback_data
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
START_COMMAND = "/start"
_KEYS = ("access_token", "secret_token", "telegram_api_url")


def make_bot(config: dict[str, str | None]) -> Bot:
    """aiogram's Bot for our token, talking to TELEGRAM_API_URL."""
    server = TelegramAPIServer.from_base(config["telegram_api_url"] or "")
    return Bot(config["access_token"] or "", server=server)


class TelegramOutput(OutputChannel):
    @classmethod
    def name(cls) -> str:
        return "telegram"

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        for piece in split_text(plain_text(text), MESSAGE_LIMIT):
            await self._send(recipient_id, piece)

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        keyboard = InlineKeyboardMarkup(row_width=1)
        for button in buttons:
            payload = str(button.get("payload") or button.get("title") or "")
            if len(payload.encode()) > CALLBACK_DATA_LIMIT:
                logger.warning("telegram: a button's payload is over 64 bytes; left out")
                continue
            keyboard.add(
                InlineKeyboardButton(button.get("title") or payload, callback_data=payload)
            )
        pieces = split_text(plain_text(text), MESSAGE_LIMIT) or [""]
        for piece in pieces[:-1]:
            await self._send(recipient_id, piece)
        await self._send(recipient_id, pieces[-1], reply_markup=keyboard)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self._send(recipient_id, image)

    async def _send(self, chat_id: str, text: str, **kwargs: Any) -> None:
        try:
            await self.bot.send_message(chat_id, text, **kwargs)
        except TelegramAPIError as error:
            logger.error("telegram: sendMessage failed (%s)", type(error).__name__)


class TelegramInput(ConfiguredInput):
    """POST /webhooks/telegram/webhook: an Update from Telegram."""

    config_keys = _KEYS

    @classmethod
    def name(cls) -> str:
        return "telegram"

    def __init__(self, config: dict[str, str | None]) -> None:
        super().__init__(config)
        self._bot: Bot | None = None

    @property
    def bot(self) -> Bot:
        """One Bot (one HTTP session) for the server's life; made on first use."""
        if self._bot is None:
            self._bot = make_bot(self.config)
        return self._bot

    def get_output_channel(self) -> OutputChannel | None:
        return None if self.closed else TelegramOutput(self.bot)

    def blueprint(self, on_new_message) -> Blueprint:
        if self.closed:
            return closed_blueprint(self.name(), self.closed)
        blueprint = Blueprint("telegram_signed_webhook")
        secret = (self.config["secret_token"] or "").encode()

        @blueprint.listener("after_server_stop")
        async def close_session(_app, _loop) -> None:
            if self._bot is not None:
                await self._bot.close()

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @blueprint.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            given = request.headers.get(SECRET_HEADER)
            if given is None:
                return reject(self.name(), 403, f"missing {SECRET_HEADER}")
            if not hmac.compare_digest(given.encode(), secret):
                return reject(self.name(), 403, f"{SECRET_HEADER} does not match")
            update = _json_body(request)
            if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
                return reject(self.name(), 400, "the body is not a Telegram Update")
            problem = await self._receive(request, update, on_new_message)
            if problem:
                return reject(self.name(), 400, problem)
            return response.json({"ok": True})

        return blueprint

    async def _acknowledge(self, query_id: str | None) -> None:
        """Stop the tapped button's spinner in the person's app."""
        if not query_id:
            return
        try:
            await self.bot.answer_callback_query(query_id)
        except TelegramAPIError as error:
            logger.warning("telegram: answerCallbackQuery failed (%s)", type(error).__name__)

    async def _receive(self, request: Request, update: dict, on_new_message) -> str | None:
        """Hand the update's message to Rasa; why it cannot be, or None."""
        out = TelegramOutput(self.bot)
        query = field(update, "callback_query", kind=dict)
        if query is not None:  # a tapped inline-keyboard button
            message, text = field(query, "message", kind=dict) or {}, field(query, "data")
            await self._acknowledge(field(query, "id", kind=str))
        else:
            message = field(update, "message", kind=dict)
            message = message or field(update, "edited_message", kind=dict) or {}
            text = field(message, "text")
        chat_id = field(message, "chat", "id", kind=(int, str))
        if chat_id is None:
            return None  # an update that is not a conversation (a member change, a poll): ignored
        sender = str(chat_id)
        problem = incoming_problem(sender, text)
        if problem:
            return problem
        if has_no_text(text):
            await answer_media_only(request, out, sender)
            return None
        if text.split("@")[0].strip() == START_COMMAND:
            text = "/greet"  # what a Telegram app sends when a person opens the bot
        user_message = UserMessage(
            text,
            out,
            sender,
            input_channel=self.name(),
            message_id=str(update["update_id"]),
        )
        await hand_over(on_new_message, user_message, self.name())
        return None


def _json_body(request: Request) -> Any:
    try:
        return request.json
    except (SanicException, ValueError):
        return None
