"""Twilio SMS and WhatsApp: signed webhooks in, SMS-sized plain text out.

Rasa's own Twilio connector checks no signature and answers 500 on errors and on
media-only WhatsApp messages. These connectors:

- check `X-Twilio-Signature` on every request with the twilio library's
  `RequestValidator` (an HMAC of the public URL Twilio called and the form
  parameters, keyed with the auth token): missing or wrong, 403, nothing processed.
  Behind a proxy, set TWILIO_PUBLIC_URL to the base URL Twilio calls;
- answer a message with no text (a photo, a voice note) politely in the person's
  language ("I can only read text") with a 200;
- map a bare number ("2") to the payload of the choice the bot's latest message
  offered (read from the tracker store, so it works across Rasa servers); the
  action side numbers the choices in the text (actions/presentation.py);
- send plain text (bot/channels/text.py), split at line breaks into messages of at
  most 1600 characters, in order;
- WhatsApp only: more than 24 hours after the person's last message, WhatsApp
  accepts only an approved template, so a worker's late reply or a callback notice
  goes out as TWILIO_WHATSAPP_CALLBACK_TEMPLATE_SID with the text as its variable 1.

Webhook payload: https://www.twilio.com/docs/messaging/guides/webhook-request
Signature: https://www.twilio.com/docs/usage/security#validating-requests
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any
from urllib.parse import parse_qs

from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request, RequestParameters
from sanic.response import HTTPResponse
from twilio.base.exceptions import TwilioException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from .common import (
    ConfiguredInput,
    ConversationView,
    answer_media_only,
    choice_payload,
    closed_blueprint,
    hand_over,
    reject,
)
from .text import SMS_LIMIT, plain_text, split_text
from .validation import incoming_problem

__all__ = ["TwilioSmsInput", "TwilioSmsOutput", "WhatsAppInput", "WhatsAppOutput"]

logger = logging.getLogger(__name__)
# The twilio client logs every request's URL and headers at INFO; warnings are enough.
_HTTP_LOGGER = logging.getLogger(f"{__name__}.http")
_HTTP_LOGGER.setLevel(logging.WARNING)

# WhatsApp's customer-service window: after it, only approved templates.
WHATSAPP_WINDOW_SECONDS = 24 * 3600
# A template variable is one line; WhatsApp caps a template body at 1024 characters.
TEMPLATE_VARIABLE_LIMIT = 900
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
_KEYS = (
    "account_sid",
    "auth_token",
    "sms_number",
    "whatsapp_number",
    "public_url",
    "api_url",
    "callback_template_sid",
)


class TwilioSmsOutput(OutputChannel):
    """Sends plain text through Twilio's Messages API, in pieces an SMS can carry."""

    @classmethod
    def name(cls) -> str:
        return "twilio"

    def __init__(
        self,
        config: dict[str, str | None],
        sender: str,
        app: Any = None,
        person_wrote_at: float | None = None,
    ) -> None:
        self.config = config
        self.sender = sender
        self.app = app  # the Rasa server, for the conversation (WhatsApp's 24 hours)
        # Set when answering a message that just came in: the tracker store has not
        # saved it yet while the bot answers.
        self.person_wrote_at = person_wrote_at

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        for piece in split_text(plain_text(text), SMS_LIMIT):
            await self._create(to=recipient_id, body=piece)

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        # No buttons on SMS: the text already lists the choices by number
        # (actions/presentation.py), and the connector maps a number to its payload.
        await self.send_text_message(recipient_id, text)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self._create(to=recipient_id, media_url=[image])

    async def _create(self, **params: Any) -> None:
        c = self.config
        try:
            async with AsyncTwilioHttpClient(logger=_HTTP_LOGGER) as http:
                client = Client(c["account_sid"], c["auth_token"], http_client=http)
                client.api.base_url = c["api_url"]
                await client.messages.create_async(from_=self.sender, **params)
        except TwilioException as error:  # no personal data: the status and code only
            logger.error(
                "%s: Twilio refused a message (status %s, code %s)",
                self.name(),
                getattr(error, "status", "?"),
                getattr(error, "code", "?"),
            )


class WhatsAppOutput(TwilioSmsOutput):
    """WhatsApp through Twilio: free text inside 24 hours, the approved template after."""

    @classmethod
    def name(cls) -> str:
        return "whatsapp"

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        if self.person_wrote_at is not None:
            since: float | None = time.time() - self.person_wrote_at
        else:  # a push through Rasa's HTTP API (a worker's reply): ask the tracker store
            conversation = await ConversationView.load(self.app, recipient_id)
            since = conversation.seconds_since_person_wrote()
        if since is not None and since <= WHATSAPP_WINDOW_SECONDS:
            await super().send_text_message(recipient_id, text)
            return
        template = self.config.get("callback_template_sid")
        if not template:
            logger.error(
                "whatsapp: a message outside the 24-hour window was not sent: "
                "set TWILIO_WHATSAPP_CALLBACK_TEMPLATE_SID to an approved template"
            )
            return
        variable = " ".join(plain_text(text).split())[:TEMPLATE_VARIABLE_LIMIT]
        await self._create(
            to=recipient_id, content_sid=template, content_variables=json.dumps({"1": variable})
        )


class TwilioSmsInput(ConfiguredInput):
    """POST /webhooks/twilio/webhook: Twilio's form post for an incoming SMS."""

    config_keys = _KEYS
    output_class: type[TwilioSmsOutput] = TwilioSmsOutput
    sender_key = "sms_number"

    @classmethod
    def name(cls) -> str:
        return cls.output_class.name()

    def __init__(self, config: dict[str, str | None]) -> None:
        super().__init__(config)
        self.app: Any = None

    def get_output_channel(self) -> OutputChannel | None:
        if self.closed:
            return None
        return self.output_class(self.config, self.config[self.sender_key] or "", self.app)

    def blueprint(self, on_new_message) -> Blueprint:
        if self.closed:
            return closed_blueprint(self.name(), self.closed)
        blueprint = Blueprint(f"{self.name()}_signed_webhook")
        validator = RequestValidator(self.config["auth_token"])

        @blueprint.listener("before_server_start")
        async def remember_app(app, _loop) -> None:
            self.app = app

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @blueprint.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            signature = request.headers.get("X-Twilio-Signature")
            if not signature:
                return reject(self.name(), 403, "missing X-Twilio-Signature")
            form = _form(request)
            if not validator.validate(self._called_url(request), form, signature):
                return reject(self.name(), 403, "X-Twilio-Signature does not match")
            sender = form.get("From")
            if not sender:
                return reject(self.name(), 400, "no From parameter")
            problem = incoming_problem(sender, (form.get("Body") or "").strip())
            if problem:
                return reject(self.name(), 400, problem)
            await self._receive(request, form, sender, on_new_message)
            return response.text(EMPTY_TWIML, content_type="text/xml")

        return blueprint

    def _called_url(self, request: Request) -> str:
        """The URL Twilio signed: the public one behind a proxy, else what we received."""
        base = self.config.get("public_url")
        if not base:
            return request.url
        query = f"?{request.query_string}" if request.query_string else ""
        return base.rstrip("/") + request.path + query

    async def _receive(
        self, request: Request, form: RequestParameters, sender: str, on_new_message
    ) -> None:
        text = (form.get("Body") or "").strip()
        out = self.output_class(
            self.config, self.config[self.sender_key] or "", request.app, time.time()
        )
        if not text:  # a photo, a voice note, a location: we read text only
            await answer_media_only(request, out, sender)
            return
        conversation = await ConversationView.load(request.app, sender)
        text = choice_payload(text, conversation.last_choices()) or text
        message = UserMessage(
            text,
            out,
            sender,
            input_channel=self.name(),
            message_id=form.get("MessageSid"),
        )
        await hand_over(on_new_message, message, self.name())


class WhatsAppInput(TwilioSmsInput):
    """POST /webhooks/whatsapp/webhook: the same form post, senders `whatsapp:+1...`."""

    output_class = WhatsAppOutput
    sender_key = "whatsapp_number"


def _form(request: Request) -> RequestParameters:
    """The posted form with its empty parameters: Twilio signs those too ("FromZip=")
    and Sanic's `request.form` drops them."""
    if request.content_type.split(";")[0].strip() != "application/x-www-form-urlencoded":
        return RequestParameters()
    try:
        body = request.body.decode("utf-8")
    except UnicodeDecodeError:
        return RequestParameters()
    return RequestParameters(parse_qs(body, keep_blank_values=True))
