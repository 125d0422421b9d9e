"""Logging in and out, and who may see what.

The session cookie holds only the username; the role is read from the store on
every request, so a removed account or a changed role takes effect at once.
"""

from __future__ import annotations

from functools import wraps

from flask import (
    Blueprint,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from handoff.models import Role

from .passwords import verify_password

__all__ = ["admin_required", "bp", "current_user", "login_required"]

bp = Blueprint("auth", __name__)

GENERIC_FAILURE = "That username and password do not match an account."
THROTTLED = "Too many failed logins. Wait 15 minutes, or ask an admin to check your account."


def current_user():
    """The logged-in StaffView, or None."""
    if "user" not in g:
        username = session.get("user")
        store = current_app.extensions["waypoint"].store
        g.user = store.get_staff_user(username) if username else None
    return g.user


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if current_user() is None:
            return redirect(url_for("auth.login", next=request.full_path))
        return view(*args, **kwargs)

    return wrapped


def admin_required(view):
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if current_user().role != Role.ADMIN.value:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


@bp.route("/login", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        username = request.form.get("username", "").strip()
        password = request.form.get("password", "")
        keys = (f"user:{username.lower()}", f"addr:{request.remote_addr}")
        throttle = current_app.extensions["waypoint"].throttle
        if throttle.blocked(*keys):
            error, status = THROTTLED, 429
        else:
            user = current_app.extensions["waypoint"].store.get_staff_user(username)
            if verify_password(user.password_hash if user else None, password):
                throttle.succeeded(*keys)
                session.clear()  # a fresh session (and CSRF token) at every login
                session.permanent = True
                session["user"] = user.username
                return redirect(_safe_next(request.args.get("next")))
            throttle.failed(*keys)
            error, status = GENERIC_FAILURE, 401
        return render_template("login.html", error=error), status
    return render_template("login.html", error=error)


@bp.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("auth.login"))


def _safe_next(target: str | None) -> str:
    """Only a path on this console: never an open redirect to another site."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("queue.index")
