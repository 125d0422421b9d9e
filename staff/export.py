"""A ticket as an export: JSON for records systems, a printable page for a paper file.

Everything free-text is redacted (staff.redaction); the conversation id is
replaced by the ticket number, which is what a colleague needs to find it again.
"""

from __future__ import annotations

from dataclasses import asdict

from handoff.store import TicketView

from .labels import reason_label
from .redaction import redact, redact_value
from .transcript import Timeline

__all__ = ["export_data"]


def export_data(ticket: TicketView, timeline: Timeline) -> dict:
    return {
        "ticket": ticket.id,
        "state": ticket.state,
        "urgent": ticket.urgent,
        "reason": ticket.reason,
        "reason_text": reason_label(ticket.reason),
        "channel": ticket.channel,
        "language": ticket.language,
        "created_at": _iso(ticket.created_at),
        "claimed_at": _iso(ticket.claimed_at),
        "claimed_by": ticket.claimed_by,
        "resolved_at": _iso(ticket.resolved_at),
        "last_question": redact(ticket.last_question),
        "callback": {
            "method": ticket.contact_method,
            "contact": redact(ticket.contact_value),
            "window": ticket.contact_window,
            "consent_at": _iso(ticket.consent_at),
        }
        if ticket.contact_method
        else None,
        "records_shown": redact_value(ticket.shown_records),
        "messages": [
            {**asdict(e), "at": _iso(e.at), "text": redact(e.text)} for e in timeline.entries
        ],
        "audit": [
            {"at": _iso(a.at), "actor": a.actor, "action": a.action, "to_state": a.to_state}
            for a in ticket.audit
        ],
    }


def _iso(value) -> str | None:
    return value.isoformat() if value else None
