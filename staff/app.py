"""The staff console's Flask application: `create_app()` wires the store, the bot link and
the flag store into the views, and sets the security defaults every page shares.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from flask import Flask, current_app, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect

from handoff.store import TicketStore
from index.flags import FlagStore

from . import settings
from .bot_link import BotLink, default_bot_link
from .throttle import LoginThrottle

__all__ = ["Services", "create_app"]

# Pages show personal data: no third-party anything, no inline script, no framing.
CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)


@dataclass
class Services:
    """What the views work with; tests pass their own."""

    store: TicketStore
    bot: BotLink
    flags: FlagStore
    throttle: LoginThrottle


def create_app(
    *,
    store: TicketStore | None = None,
    bot: BotLink | None = None,
    flags: FlagStore | None = None,
    config: dict[str, Any] | None = None,
) -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key(),
        SESSION_COOKIE_NAME="waypoint_staff",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.get("secure_cookies"),
        PERMANENT_SESSION_LIFETIME=timedelta(minutes=settings.get("session_minutes")),
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session
        MAX_CONTENT_LENGTH=256 * 1024,
        QUEUE_REFRESH_SECONDS=settings.get("queue_refresh_seconds"),
    )
    app.config.update(config or {})
    app.extensions["waypoint"] = Services(
        store=store or TicketStore(),
        bot=bot or default_bot_link(),
        flags=flags or FlagStore(),
        throttle=LoginThrottle(settings.get("login_attempts")),
    )
    CSRFProtect(app)
    app.before_request(_refuse_nul)
    _register_views(app)
    _register_errors(app)
    app.after_request(_security_headers)
    return app


def _refuse_nul():
    """A NUL character anywhere in the request: 400 before any view runs.

    PostgreSQL cannot store U+0000 in text, so such a note, filter or name would fail
    deep in the store (HTTP 500); no browser sends one from a form either.
    """
    values = [request.path, *request.args.keys(), *request.args.values()]
    if request.method == "POST":
        values += [*request.form.keys(), *request.form.values()]
    if any("\x00" in value for value in values):
        message = "The request contained a NUL character, which the console cannot store."
        return render_template("error.html", title="Bad request", message=message), 400
    return None


def _register_views(app: Flask) -> None:
    from . import admin, auth, dashboard, queue, tickets
    from .auth import current_user

    for module in (auth, queue, tickets, admin, dashboard):
        app.register_blueprint(module.bp)
    from .labels import REASONS, STATES, age

    app.context_processor(lambda: {"me": current_user()})
    app.jinja_env.globals.update(reason_labels=REASONS, state_labels_all=STATES, age=age)
    app.add_url_rule("/healthz", "healthz", lambda: {"ok": True})


def _register_errors(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_failed(error):
        message = "The form had expired or came from another site. Reload the page and try again."
        return render_template("error.html", title="Form expired", message=message), 400

    @app.errorhandler(403)
    def forbidden(error):
        message = "This page is for admins. Ask an admin if you need it."
        return render_template("error.html", title="Not allowed", message=message), 403

    @app.errorhandler(400)
    def bad_request(error):
        message = "The console could not read that request. Reload the page and try again."
        return render_template("error.html", title="Bad request", message=message), 400

    @app.errorhandler(413)
    def too_large(error):
        message = "That was too large to send. Shorten it and try again."
        return render_template("error.html", title="Too large", message=message), 413

    @app.errorhandler(404)
    def not_found(error):
        message = "Nothing here: the ticket may have been resolved and purged, or deleted."
        return render_template("error.html", title="Not found", message=message), 404


def _security_headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    if current_app.config["SESSION_COOKIE_SECURE"]:  # served over HTTPS (behind TLS)
        response.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
    if response.mimetype in ("text/html", "application/json"):
        response.headers["Cache-Control"] = "no-store"  # transcripts stay off shared disks
    return response
