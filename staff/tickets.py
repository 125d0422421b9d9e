"""One ticket: its whole context on one screen, and what a worker can do with it."""

from __future__ import annotations

import logging

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    json,
    redirect,
    render_template,
    request,
    url_for,
)

from handoff.errors import HandoffError, TicketNotFound

from .auth import current_user, login_required
from .export import export_data
from .labels import STATES, age, reason_label
from .records import flag_shown_record, shown_records
from .transcript import timeline_for

__all__ = ["bp"]

bp = Blueprint("tickets", __name__, url_prefix="/tickets")
logger = logging.getLogger(__name__)
MAX_TEXT = 4000  # one reply or note; longer is a paste accident
PHONE_OR_EMAIL = ("phone", "email")  # callbacks answered outside the chat


# Ticket ids are PostgreSQL integers: a larger number in the URL is no ticket (404),
# not an "integer out of range" error from the database (500).
MAX_TICKET_ID = 2**31 - 1


@bp.url_value_preprocessor
def _known_range(endpoint, values):
    if values and not 0 < values.get("ticket_id", 1) <= MAX_TICKET_ID:
        abort(404)


def _services():
    return current_app.extensions["waypoint"]


def _ticket(ticket_id: int):
    try:
        return _services().store.get(ticket_id)
    except TicketNotFound:
        abort(404)


def _text() -> str:
    text = request.form.get("text", "").strip()
    if not text:
        flash("Write something first.", "error")
    elif len(text) > MAX_TEXT:
        flash(f"That is longer than {MAX_TEXT} characters; split it.", "error")
        text = ""
    return text


def _back(ticket_id: int):
    return redirect(url_for("tickets.show", ticket_id=ticket_id))


@bp.get("/<int:ticket_id>")
@login_required
def show(ticket_id: int):
    ticket = _ticket(ticket_id)
    if ticket.is_open and _sync_paused(ticket_id):
        ticket = _ticket(ticket_id)  # new messages, perhaps now urgent
    return render_template(
        "ticket.html",
        ticket=ticket,
        timeline=timeline_for(ticket, _services().bot),
        records=shown_records(ticket.shown_records),
        flags=_services().flags.all(),
        reason=reason_label(ticket.reason),
        state=STATES.get(ticket.state, ticket.state),
        waited=age(ticket.created_at, ticket.claimed_at or ticket.resolved_at),
    )


@bp.post("/<int:ticket_id>/claim")
@login_required
def claim(ticket_id: int):
    if not _act(lambda store, user: store.claim(ticket_id, user)):
        return _back(ticket_id)
    ticket = _ticket(ticket_id)
    if ticket.contact_method in PHONE_OR_EMAIL:
        flash("Claimed: the person is yours.", "ok")
    else:
        # The worker answers in the chat: the bot must be quiet there. A live ticket is
        # paused already, but not one whose person declined the no-worker-free callback.
        _deliver(lambda bot: bot.pause(ticket.conversation_id),
                 "Claimed: the person is yours; the bot is quiet until you resolve.")
    return _back(ticket_id)


@bp.post("/<int:ticket_id>/release")
@login_required
def release(ticket_id: int):
    _act(lambda store, user: store.release(ticket_id, user), "Back in the queue.")
    return _back(ticket_id)


@bp.post("/<int:ticket_id>/reply")
@login_required
def reply(ticket_id: int):
    text = _text()
    if text and _act(lambda store, user: store.reply(ticket_id, user, text)):
        # Recorded first, then sent: a failed delivery is visible, never a lost reply.
        ticket = _ticket(ticket_id)
        _deliver(lambda bot: bot.send_worker_reply(ticket.conversation_id, text), "Reply sent.")
    return _back(ticket_id)


@bp.post("/<int:ticket_id>/note")
@login_required
def note(ticket_id: int):
    text = _text()
    if text:
        _act(lambda store, user: store.note(ticket_id, user, text), "Note saved (not sent).")
    return _back(ticket_id)


@bp.post("/<int:ticket_id>/resolve")
@login_required
def resolve(ticket_id: int):
    if _act(lambda store, user: store.resolve(ticket_id, user), "Resolved."):
        ticket = _ticket(ticket_id)
        _deliver(lambda bot: bot.resume(ticket.conversation_id), "The bot is back for the person.")
    return _back(ticket_id)


@bp.post("/<int:ticket_id>/flag")
@login_required
def flag(ticket_id: int):
    ticket = _ticket(ticket_id)
    key = request.form.get("record", "")
    reason = request.form.get("reason", "").strip()[:500]
    try:
        flag_shown_record(
            _services().flags, ticket.shown_records, key, reason=reason, by=current_user().username
        )
        flash("Flagged: the record stays out of answers until its source re-verifies it.", "ok")
    except ValueError as exc:
        flash(str(exc), "error")
    return _back(ticket_id)


@bp.get("/<int:ticket_id>/export.json")
@login_required
def export_json(ticket_id: int):
    ticket = _ticket(ticket_id)
    data = export_data(ticket, timeline_for(ticket, _services().bot))
    body = json.dumps(data, ensure_ascii=False, indent=2)
    return Response(
        body,
        mimetype="application/json",
        headers={"Content-Disposition": f'attachment; filename="ticket-{ticket_id}.json"'},
    )


@bp.get("/<int:ticket_id>/export")
@login_required
def export_page(ticket_id: int):
    ticket = _ticket(ticket_id)
    data = export_data(ticket, timeline_for(ticket, _services().bot))
    return render_template("export.html", data=data)


def _sync_paused(ticket_id: int) -> int:
    """Copy what the person wrote while paused into the open ticket (may make it urgent).

    Not for resolved tickets: after the bot resumes, the person talks to the bot again,
    and that is not part of the handoff.
    """
    try:
        return _services().bot.sync_paused(_services().store, ticket_id)
    except TicketNotFound:
        abort(404)
    except HandoffError as exc:  # the page still shows what the store has
        logger.warning("sync of ticket %s failed: %s", ticket_id, type(exc).__name__)
    return 0


def _act(change, done: str | None = None) -> bool:
    try:
        change(_services().store, current_user().username)
    except HandoffError as exc:
        flash(str(exc), "error")
        return False
    if done:
        flash(done, "ok")
    return True


def _deliver(call, done: str) -> None:
    try:
        call(_services().bot)
        flash(done, "ok")
    except HandoffError as exc:
        logger.warning("delivery to Rasa failed: %s", type(exc).__name__)  # no text in logs
        flash(f"Saved, but not delivered to the person: {exc}", "error")
