"""The queue: open tickets, urgent first, then the longest waiting; filters; auto-refresh.

The page asks /queue/rows every few seconds (static/queue.js) and swaps in the
server-rendered rows, so a new handoff shows up without a reload.
"""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from handoff.models import Reason, State
from handoff.store import OPEN_STATES

from .auth import login_required
from .labels import REASONS, STATES

__all__ = ["bp", "queue_filters"]

bp = Blueprint("queue", __name__)

STATUS_CHOICES = {
    "open": [s.value for s in OPEN_STATES],
    **{s.value: [s.value] for s in State},
    "all": [s.value for s in State],
}


def queue_filters(args) -> dict:
    """The filters of a request, with anything unknown dropped."""
    status = args.get("status", "open")
    reason = args.get("reason") or None
    return {
        "status": status if status in STATUS_CHOICES else "open",
        "language": (args.get("language") or "").strip()[:16] or None,
        "reason": reason if reason in {r.value for r in Reason} else None,
        "channel": (args.get("channel") or "").strip()[:64] or None,
    }


def _tickets(filters: dict):
    store = current_app.extensions["waypoint"].store
    return store.list_queue(
        states=STATUS_CHOICES[filters["status"]],
        language=filters["language"],
        reason=filters["reason"],
        channel=filters["channel"],
    )


@bp.get("/")
@login_required
def index():
    filters = queue_filters(request.args)
    everything = current_app.extensions["waypoint"].store.list_queue(
        states=STATUS_CHOICES["all"], limit=1000
    )
    return render_template(
        "queue.html",
        tickets=_tickets(filters),
        filters=filters,
        statuses=["open", *STATES, "all"],
        state_labels=STATES,
        reasons=REASONS,
        languages=sorted({t.language for t in everything} | {filters["language"] or "en"}),
        channels=sorted({t.channel for t in everything}),
        refresh=current_app.config["QUEUE_REFRESH_SECONDS"],
    )


@bp.get("/queue/rows")
@login_required
def rows():
    return render_template("queue_rows.html", tickets=_tickets(queue_filters(request.args)))
