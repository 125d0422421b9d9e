"""The socket.io channel of the web widget, with input checks and a per-sender rate limit.

Rasa's SocketIOInput hands any `user_uttered` payload to Rasa: a number as the text, a
NUL character, a lone surrogate. Here such a message is dropped with a warning (without
its text) before Rasa sees it, and a sender over the rate limit gets one polite message
instead of an answer (`bot.ratelimit.limited`). Everything else is Rasa's channel.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from sanic import Blueprint

from bot import ratelimit
from bot.channels.socketio import SocketIOInput  # shares messages through Redis when set
from bot.channels.validation import message_problem

__all__ = ["WaypointSocketIOInput"]

logger = logging.getLogger(__name__)


class WaypointSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel (same name and path) behind the checks of `validation`."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        limited = ratelimit.limited(on_new_message, self.name())

        async def checked(message: UserMessage) -> Any:
            problem = message_problem(message.sender_id, message.text, message.metadata)
            if problem:
                logger.warning("socket.io message refused: %s", problem)
                return None
            return await limited(message)

        return super().blueprint(checked)
