"""Admin pages: accounts, retention (purge now), and "delete my data" for a conversation."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for

from handoff import settings as handoff_settings
from handoff.errors import TicketNotFound

from .accounts import AccountError, create_account, list_accounts
from .auth import admin_required, current_user
from .tickets import MAX_TICKET_ID

__all__ = ["bp"]

bp = Blueprint("admin", __name__, url_prefix="/admin")


def _store():
    return current_app.extensions["waypoint"].store


@bp.get("/")
@admin_required
def index():
    return render_template(
        "admin.html",
        accounts=list_accounts(_store()),
        retention_days=handoff_settings.get("retention_days"),
        audit=[a for a in _store().audit_log(limit=50) if a.ticket_id is None],
    )


@bp.post("/users")
@admin_required
def add_user():
    form = request.form
    try:
        account = create_account(
            _store(), form.get("username", ""), form.get("password", ""), form.get("role", "")
        )
        flash(f"Account {account.username} ({account.role}) created.", "ok")
    except AccountError as exc:
        flash(str(exc), "error")
    return redirect(url_for("admin.index"))


@bp.post("/purge")
@admin_required
def purge():
    days = handoff_settings.get("retention_days")
    count = _store().purge_older_than(days, actor=current_user().username)
    flash(
        f"Deleted {count} tickets resolved more than {days} days ago, and the transcripts "
        "of conversations silent as long.",
        "ok",
    )
    return redirect(url_for("admin.index"))


@bp.post("/delete-conversation")
@admin_required
def delete_conversation():
    conversation = request.form.get("conversation_id", "").strip()
    ticket_id = request.form.get("ticket_id", "").strip()
    # ASCII digits only ('²'.isdigit() is true too), and within PostgreSQL's integer range.
    if ticket_id.isascii() and ticket_id.isdigit() and not conversation:
        try:
            if int(ticket_id) > MAX_TICKET_ID:
                raise TicketNotFound(ticket_id)
            conversation = _store().get(int(ticket_id)).conversation_id
        except TicketNotFound:
            conversation = ""
    if not conversation:
        flash("Give the ticket number or the conversation id to delete.", "error")
        return redirect(url_for("admin.index"))
    count = _store().delete_conversation(conversation, actor=current_user().username)
    flash(
        f"Deleted {count} tickets with their messages and notes, and the conversation's "
        "transcript in the bot's store.",
        "ok",
    )
    return redirect(url_for("admin.index"))
