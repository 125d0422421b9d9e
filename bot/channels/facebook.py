"""Facebook Messenger: SHA-256-signed webhooks in, plain text and quick replies out.

Rasa's own connector checks only the old SHA-1 `X-Hub-Signature` and silently drops
requests that carry only `X-Hub-Signature-256`. This one requires
`X-Hub-Signature-256` ("sha256=" + the HMAC-SHA256 of the raw body keyed with the app
secret, compared in constant time) and ignores the SHA-1 header: Meta sends both on
every request, and SHA-1 alone is not enough. Missing or wrong: 403, nothing
processed. A body that is not a page event: 400. The GET verify-token handshake
answers the challenge only to the right FACEBOOK_VERIFY_TOKEN.

Every event of a batch is handled, in order (Rasa's stops after the first): text,
quick-reply taps and postbacks reach the bot as the text or payload; attachments
only get "I can only read text"; echoes of our own messages, deliveries and reads
are ignored. Choices go out as quick replies (at most 13, titles of at most 20
characters: actions/presentation.py shortens them); text as plain text in pieces of
at most 2000 characters. The Send API is FACEBOOK_GRAPH_URL (a local fake in tests).

Events: https://developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages
and .../webhook-events/messaging_postbacks; signature:
https://developers.facebook.com/docs/messenger-platform/webhooks#validate-payloads
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
from typing import Any

from fbmessenger import MessengerClient
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

__all__ = ["MessengerInput", "MessengerOutput", "signature_matches"]

logger = logging.getLogger(__name__)

MESSAGE_LIMIT = 2000  # characters of one Messenger text message
MAX_QUICK_REPLIES = 13
QUICK_REPLY_TITLE_LIMIT = 20
SIGNATURE_HEADER = "X-Hub-Signature-256"
_KEYS = ("app_secret", "verify_token", "page_access_token", "graph_url")


def signature_matches(app_secret: str, body: bytes, header: str) -> bool:
    """Is `header` "sha256=<hex HMAC-SHA256 of body keyed with app_secret>"?"""
    expected = "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), header.strip().lower().encode())


class MessengerOutput(OutputChannel):
    @classmethod
    def name(cls) -> str:
        return "facebook"

    def __init__(self, client: MessengerClient) -> None:
        self.client = client

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        for piece in split_text(plain_text(text), MESSAGE_LIMIT):
            await self._send(recipient_id, {"text": piece})

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self.send_quick_replies(recipient_id, text, buttons)

    async def send_quick_replies(
        self, recipient_id: str, text: str, quick_replies: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        replies = [
            {
                "content_type": "text",
                "title": str(b.get("title") or b.get("payload"))[:QUICK_REPLY_TITLE_LIMIT],
                "payload": str(b.get("payload") or b.get("title")),
            }
            for b in quick_replies[:MAX_QUICK_REPLIES]
        ]
        pieces = split_text(plain_text(text), MESSAGE_LIMIT) or [""]
        for piece in pieces[:-1]:
            await self._send(recipient_id, {"text": piece})
        await self._send(recipient_id, {"text": pieces[-1], "quick_replies": replies})

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        attachment = {"type": "image", "payload": {"url": image, "is_reusable": True}}
        await self._send(recipient_id, {"attachment": attachment})

    async def _send(self, recipient_id: str, message: dict[str, Any]) -> None:
        # fbmessenger is synchronous (requests): off the event loop.
        try:
            answer = await asyncio.to_thread(self.client.send, message, recipient_id, "RESPONSE")
        except Exception as error:  # a network failure must not end the bot's turn
            logger.error("facebook: the Send API failed (%s)", type(error).__name__)
            return
        if isinstance(answer, dict) and "error" in answer:
            code = (answer.get("error") or {}).get("code")
            logger.error("facebook: the Send API refused a message (code %s)", code)


class MessengerInput(ConfiguredInput):
    """GET and POST /webhooks/facebook/webhook."""

    config_keys = _KEYS

    @classmethod
    def name(cls) -> str:
        return "facebook"

    def get_output_channel(self) -> OutputChannel | None:
        if self.closed:
            return None
        client = MessengerClient(self.config["page_access_token"])
        client.graph_url = (self.config["graph_url"] or "").rstrip("/")
        return MessengerOutput(client)

    def blueprint(self, on_new_message) -> Blueprint:
        if self.closed:
            return closed_blueprint(self.name(), self.closed)
        blueprint = Blueprint("facebook_signed_webhook")
        secret = self.config["app_secret"] or ""
        verify_token = (self.config["verify_token"] or "").encode()

        @blueprint.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @blueprint.route("/webhook", methods=["GET"])
        async def handshake(request: Request) -> HTTPResponse:
            given = (request.args.get("hub.verify_token") or "").encode()
            if request.args.get("hub.mode") != "subscribe" or not hmac.compare_digest(
                given, verify_token
            ):
                return reject(self.name(), 403, "wrong hub.verify_token")
            return response.text(request.args.get("hub.challenge") or "")

        @blueprint.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            header = request.headers.get(SIGNATURE_HEADER)
            if not header:
                return reject(self.name(), 403, f"missing {SIGNATURE_HEADER}")
            if not signature_matches(secret, request.body or b"", header):
                return reject(self.name(), 403, f"{SIGNATURE_HEADER} does not match")
            payload = _json_body(request)
            if (
                not isinstance(payload, dict)
                or payload.get("object") != "page"
                or not isinstance(payload.get("entry"), list)
            ):
                return reject(self.name(), 400, "the body is not a Messenger page event")
            # One bad event must not cost the others of the batch, and Meta retries a
            # whole batch that is not acknowledged: skip it, say why in the log.
            for entry in payload["entry"]:
                for event in field(entry, "messaging", kind=list) or []:
                    problem = await self._receive(request, event, on_new_message)
                    if problem:
                        logger.warning("facebook: an event was skipped: %s", problem)
            return response.text("EVENT_RECEIVED")

        return blueprint

    async def _receive(self, request: Request, event: Any, on_new_message) -> str | None:
        """Hand one messaging event to Rasa; why it cannot be, or None."""
        if field(event, "message", "is_echo"):
            return None  # the page's own message, echoed back by Meta
        sender = field(event, "sender", "id", kind=(str, int))
        if sender is None:
            return "no sender id"
        sender = str(sender)
        message = field(event, "message", kind=dict) or {}
        postback = field(event, "postback", kind=dict)
        if postback:
            text = field(postback, "payload") or field(postback, "title")
        elif message:
            text = field(message, "quick_reply", "payload") or field(message, "text")
        else:
            return None  # deliveries, reads, reactions: nothing to answer
        problem = incoming_problem(sender, text)
        if problem:
            return problem
        out = self.get_output_channel()
        if has_no_text(text):
            await answer_media_only(request, out, sender)
            return None
        mid = field(message, "mid", kind=str)
        user_message = UserMessage(text, out, sender, input_channel=self.name(), message_id=mid)
        await hand_over(on_new_message, user_message, self.name())
        return None


def _json_body(request: Request) -> Any:
    try:
        return request.json
    except (SanicException, ValueError):
        return None
