"""The dashboard (admins): the evidence agencies and funders ask for."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template

from handoff import clock
from handoff.models import State

from .auth import admin_required
from .charts import stacked_bars
from .labels import REASONS
from .stats import dashboard, format_wait

__all__ = ["bp"]

bp = Blueprint("dashboard", __name__)
DAYS = 14


@bp.get("/dashboard")
@admin_required
def index():
    store = current_app.extensions["waypoint"].store
    tickets = store.list_queue(states=[s.value for s in State], limit=100_000)
    data = dashboard(tickets, clock.now().date(), DAYS)
    charts = [
        stacked_bars("Handoffs per day, by reason", data.days, data.by_reason, REASONS),
        stacked_bars("Handoffs per day, by language", data.days, data.by_language),
    ]
    return render_template(
        "dashboard.html",
        data=data,
        charts=charts,
        median_wait=format_wait(data.median_wait_seconds),
        days=DAYS,
    )
