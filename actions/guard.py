"""The action server's front door: only Rasa, with the shared token, gets in.

rasa-sdk has no authentication, so anyone who can reach the port could run our actions
(open tickets, read what a tracker carries). Its error handler also answers every
exception, even a malformed body or an unknown path, with HTTP 500 and echoes the
request body (a whole tracker: personal data) back.

`attach(app)` runs through rasa-sdk's plugin hook when the server builds its app:

- every path but /health needs `Authorization: Bearer <WAYPOINT_ACTION_TOKEN>`, which
  Rasa sends from bot/endpoints.yml (401 without it; 503 when the action server itself
  has no token set, which is a configuration error);
- POST /webhook must carry a JSON object with `next_action` and a `tracker` object (400);
- errors answer with their own status and a message, never the request body.

The hook is registered when rasa-sdk imports this package (actions/__init__.py), so
`python -m rasa_sdk --actions actions` is protected however it is started.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import zlib

import pluggy
from sanic import Sanic, response
from sanic.exceptions import SanicException
from sanic.request import Request

__all__ = ["TOKEN_ENV", "attach", "register"]

logger = logging.getLogger(__name__)

TOKEN_ENV = "WAYPOINT_ACTION_TOKEN"
OPEN_PATHS = {"/health"}
hookimpl = pluggy.HookimplMarker("rasa_sdk")


def _error(status: int, message: str):
    return response.json({"error": message}, status=status)


def _token_problem(request: Request):
    expected = os.environ.get(TOKEN_ENV, "")
    if not expected:
        logger.error("%s is not set: the action server refuses every call", TOKEN_ENV)
        return _error(503, f"the action server has no {TOKEN_ENV}; set the same value for Rasa")
    given = request.headers.get("authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {expected}".encode()):
        return _error(401, f"missing or wrong token: send Authorization: Bearer <{TOKEN_ENV}>")
    return None


def _body_problem(request: Request):
    raw = request.body or b""
    try:
        if request.headers.get("content-encoding") == "deflate":
            raw = zlib.decompress(raw)
        call = json.loads(raw)
    except (zlib.error, ValueError, RecursionError):  # RecursionError: nesting too deep
        return _error(400, "the body is not valid JSON (or not valid deflate data)")
    if not isinstance(call, dict):
        return _error(400, "expected a JSON object with next_action and tracker")
    if not isinstance(call.get("next_action"), str) or not isinstance(call.get("tracker"), dict):
        return _error(400, "next_action must be a string and tracker an object")
    if not isinstance(call.get("domain", {}), dict):
        return _error(400, "domain must be an object")
    return None


async def _check(request: Request):
    if request.path in OPEN_PATHS:
        return None
    problem = _token_problem(request)
    if problem is None and request.path == "/webhook" and request.method == "POST":
        problem = _body_problem(request)
    return problem


async def _on_error(request: Request, exception: Exception):
    if isinstance(exception, SanicException):  # 404, 405, ...: the caller's mistake
        return _error(exception.status_code, str(exception))
    logger.error("action server error (%s)", type(exception).__name__, exc_info=exception)
    return _error(500, "the action failed; the action server's log has the details")


# rasa-sdk's handler holds `Exception` and Sanic allows one handler per class, but looks
# handlers up along the exception's MRO: these classes take nearly every error before
# it reaches the echoing one.
HANDLED = (
    SanicException,
    LookupError,
    ValueError,
    TypeError,
    AttributeError,
    ArithmeticError,
    RuntimeError,
    OSError,
    AssertionError,
)


def attach(app: Sanic) -> None:
    """Put the token and body checks in front of rasa-sdk's routes, and our error answers."""
    app.register_middleware(_check, "request")
    for exception in HANDLED:
        app.error_handler.add(exception, _on_error)


class _Plugin:
    @hookimpl
    def attach_sanic_app_extensions(self, app: Sanic) -> None:
        attach(app)


_PLUGIN = _Plugin()


def register() -> None:
    """Have rasa-sdk call `attach` on the app it builds (idempotent)."""
    from rasa_sdk.plugin import plugin_manager

    manager = plugin_manager()
    if not manager.is_registered(_PLUGIN):
        manager.register(_PLUGIN)
