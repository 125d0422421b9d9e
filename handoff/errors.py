"""The handoff's errors. Each says what was wrong and what to do instead."""

from __future__ import annotations

__all__ = [
    "HandoffError",
    "IllegalTransition",
    "InvalidValue",
    "NotClaimedByYou",
    "RasaApiError",
    "SchemaNotCurrent",
    "TicketNotFound",
]


class HandoffError(Exception):
    """Base class of every handoff error."""


class TicketNotFound(HandoffError):
    def __init__(self, ticket_id: int) -> None:
        super().__init__(f"no ticket {ticket_id} (deleted, purged, or never created)")
        self.ticket_id = ticket_id


class IllegalTransition(HandoffError):
    """A state change the ticket's state machine does not allow."""

    def __init__(self, ticket_id: int, from_state: str, to_state: str, allowed: list[str]) -> None:
        options = ", ".join(allowed) or "nothing: it is closed"
        super().__init__(
            f"ticket {ticket_id} is {from_state} and cannot become {to_state}; "
            f"from {from_state} it can become {options}"
        )
        self.ticket_id, self.from_state, self.to_state = ticket_id, from_state, to_state


class NotClaimedByYou(HandoffError):
    def __init__(self, ticket_id: int, user: str, claimed_by: str | None) -> None:
        holder = f"claimed by {claimed_by}" if claimed_by else "not claimed"
        super().__init__(f"ticket {ticket_id} is {holder}; {user} must claim it before replying")
        self.ticket_id, self.user, self.claimed_by = ticket_id, user, claimed_by


class InvalidValue(HandoffError):
    """A value outside its allowed set (a reason, a role, a contact method...)."""


class SchemaNotCurrent(HandoffError):
    def __init__(self, url: str, current: str | None, head: str) -> None:
        super().__init__(
            f"the handoff database is at migration {current or '(none)'}, the code needs "
            f"{head}: run `python -m handoff db upgrade` (database: {url})"
        )


class RasaApiError(HandoffError):
    """The Rasa server's HTTP API refused or failed a request."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status
