"""The widget's socket.io channel, able to reach a widget connected to any Rasa server.

A message Rasa sends to a socket.io conversation goes to the socket's room on the
server that sends it. With several Rasa servers, a staff reply posted through
Rasa's HTTP API lands on whichever server the load balancer picks, often not the
one holding the person's socket, and was lost. With `WAYPOINT_SOCKETIO_REDIS_URL`
set (e.g. redis://127.0.0.1:6379/2), every server's socket.io shares one Redis
channel (python-socketio's AsyncRedisManager): a server publishes each message
and the server holding the socket delivers it.

Unset (one Rasa server, the embedded default) it is Rasa's SocketIOInput unchanged.
The widget's channel (bot/channels/websocket.py, in bot/credentials.yml) builds on it;
its name stays "socketio", so trackers and output_channel=latest are unchanged.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.socketio import SocketIOInput as RasaSocketIOInput
from sanic import Blueprint

__all__ = ["REDIS_URL_VARIABLE", "SocketIOInput"]

logger = logging.getLogger(__name__)

REDIS_URL_VARIABLE = "WAYPOINT_SOCKETIO_REDIS_URL"
# The Redis pub/sub channel; the key prefix keeps several deployments on one Redis apart.
CHANNEL_VARIABLE = "WAYPOINT_REDIS_PREFIX"


class SocketIOInput(RasaSocketIOInput):
    """Rasa's socket.io channel with a Redis client manager when one is configured."""

    def blueprint(self, on_new_message: Callable[[Any], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)
        url = os.environ.get(REDIS_URL_VARIABLE, "").strip()
        if url and self.sio is not None:
            _share_through_redis(self.sio, url, os.environ.get(CHANNEL_VARIABLE) or "waypoint")
        return blueprint


def _share_through_redis(sio, url: str, prefix: str) -> None:
    manager = _redis_manager_class()(url, channel=f"{prefix}:socketio")
    # The server was built with its in-memory manager; nothing is connected yet, so
    # swapping it now is what passing client_manager= to AsyncServer would have done.
    sio.manager = manager
    manager.set_server(sio)
    sio.manager_initialized = False
    logger.info("socket.io messages are shared between Rasa servers through Redis")


def _redis_manager_class():
    """AsyncRedisManager that, with Redis down, still delivers to this server's own sockets.

    The stock manager logs "giving up" and drops the message: with Redis down no
    widget would get any reply, even from the server it is connected to.
    """
    import pickle

    from redis.exceptions import RedisError
    from socketio import AsyncRedisManager
    from socketio.asyncio_manager import AsyncManager

    class RedisManagerWithLocalFallback(AsyncRedisManager):
        async def _publish(self, data):
            try:
                return await self.redis.publish(self.channel, pickle.dumps(data))
            except RedisError as exc:
                logger.error(
                    "socket.io: Redis unreachable (%s); delivering to this server's own "
                    "widgets only. Start Redis or fix %s.", type(exc).__name__, REDIS_URL_VARIABLE,
                )
                if data.get("method") == "emit" and not data.get("callback"):
                    await AsyncManager.emit(
                        self, data["event"], data["data"], namespace=data["namespace"],
                        room=data["room"], skip_sid=data["skip_sid"],
                    )

    return RedisManagerWithLocalFallback
