"""The REST channel, `POST /webhooks/rest/webhook`, hardened.

Rasa's RestInput answers HTTP 500 for a body that is JSON but not an object, takes any
JSON type as sender or text (the error then surfaces deep in Rasa and the message is
lost), lets a caller choose another `input_channel` (so a worker's reply could go out
through Twilio to whatever "sender" the caller named), and logs the text of a message
that failed. This subclass, still named `rest` (same URL), answers:

- 400 with {"error": ...} for a body that is not a JSON object, or a sender, message or
  metadata of the wrong kind (see `validation`); 413 for a body over 64 KiB;
- 429 with Retry-After when the sender is over the rate limit (`bot.ratelimit`);
- otherwise Rasa's normal answer: the list of the bot's messages.

The input channel is always `rest`. `?stream=true` works as in Rasa.
"""

from __future__ import annotations

import json
import logging
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.utils.endpoints import bool_arg
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import ratelimit
from bot.channels.validation import message_problem

__all__ = ["MAX_BODY_BYTES", "WaypointRestInput"]

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
USAGE = 'send a JSON object like {"sender": "a1b2", "message": "Where can I learn English?"}'


def _error(status: int, message: str, **headers: str) -> HTTPResponse:
    return response.json({"error": message}, status=status, headers=headers or None)


def _read_body(request: Request) -> tuple[dict | None, HTTPResponse | None]:
    """The JSON object the caller sent, or the error response to give instead."""
    if len(request.body or b"") > MAX_BODY_BYTES:
        return None, _error(413, f"the body is larger than {MAX_BODY_BYTES} bytes")
    try:
        body = json.loads(request.body or b"")
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return None, _error(400, f"the body is not valid JSON; {USAGE}")
    if not isinstance(body, dict):
        return None, _error(400, f"expected a JSON object, got {type(body).__name__}; {USAGE}")
    return body, None


class WaypointRestInput(RestInput):
    """Rasa's REST channel with input checks, a per-sender rate limit and no text in logs."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("waypoint_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request):
            body, error = _read_body(request)
            if error:
                return error
            sender, text, metadata = body.get("sender"), body.get("message"), body.get("metadata")
            problem = message_problem(sender, text, metadata)
            if problem:
                return _error(400, problem)
            if not await ratelimit.allow(self.name(), sender):
                retry = str(ratelimit.limiter().retry_after())
                return _error(429, ratelimit.SLOW_DOWN, **{"Retry-After": retry})
            if bool_arg(request, "stream", default=False):
                stream = self.stream_response(on_new_message, text, sender, self.name(), metadata)
                return response.stream(stream, content_type="text/event-stream")
            collector = CollectingOutputChannel()
            message = UserMessage(
                text, collector, sender, input_channel=self.name(), metadata=metadata
            )
            try:
                await on_new_message(message)
            except CancelledError:
                logger.error("a REST message timed out in Rasa")
            except Exception:  # as Rasa's own channel does; but never the text in the log
                logger.exception("a REST message failed in Rasa")
            return response.json(collector.messages)

        return webhook
