"""TicketStore: open, claim, answer and close handoff tickets, with an audit of every change.

Every method runs in its own transaction and returns plain snapshots
(`TicketView`, `MessageView`, `AuditView`), never live ORM objects, so callers
(the action server, the staff console) need no session handling.

States and the changes allowed (anything else raises IllegalTransition):

    waiting ----------> claimed ----------> resolved
       |    \\              | release()        ^
       |     \\             v                  |
       |      `-------> waiting               |
       v                                      |
    callback_requested --> claimed -----------'
    (waiting and callback_requested can also be resolved directly)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from . import clock
from .db import check_schema, engine_for
from .errors import IllegalTransition, InvalidValue, NotClaimedByYou, TicketNotFound
from .models import (
    AuditEntry,
    ContactMethod,
    MessageKind,
    Reason,
    Role,
    StaffUser,
    State,
    Ticket,
    TicketMessage,
)
from .transcripts import delete_transcript, purge_transcripts

__all__ = [
    "OPEN_STATES",
    "TRANSITIONS",
    "UNCLAIMED_NOTICE",
    "AuditView",
    "MessageView",
    "StaffView",
    "TicketStore",
    "TicketView",
]

TRANSITIONS: dict[State, frozenset[State]] = {
    State.WAITING: frozenset({State.CLAIMED, State.CALLBACK_REQUESTED, State.RESOLVED}),
    State.CALLBACK_REQUESTED: frozenset({State.CLAIMED, State.RESOLVED}),
    State.CLAIMED: frozenset({State.RESOLVED, State.WAITING}),
    State.RESOLVED: frozenset(),
}
OPEN_STATES: tuple[State, ...] = (State.WAITING, State.CLAIMED, State.CALLBACK_REQUESTED)
# The audit action recording that the person was told no worker is free (once a ticket).
UNCLAIMED_NOTICE = "unclaimed_notice"


@dataclass(frozen=True)
class MessageView:
    id: int
    kind: str  # MessageKind value: user, worker, note
    author: str | None
    text: str
    created_at: datetime


@dataclass(frozen=True)
class AuditView:
    ticket_id: int | None
    actor: str
    action: str
    from_state: str | None
    to_state: str | None
    at: datetime
    detail: str | None


@dataclass(frozen=True)
class TicketView:
    id: int
    conversation_id: str
    channel: str
    language: str
    reason: str
    urgent: bool
    state: str
    created_at: datetime
    claimed_at: datetime | None
    resolved_at: datetime | None
    claimed_by: str | None
    contact_method: str | None
    contact_value: str | None
    contact_window: str | None
    consent_at: datetime | None
    last_question: str | None
    shown_records: list[dict] = field(default_factory=list)
    messages: list[MessageView] = field(default_factory=list)
    audit: list[AuditView] = field(default_factory=list)
    live: bool = False  # opened in office hours: the person waits in the chat

    @property
    def is_open(self) -> bool:
        return self.state != State.RESOLVED.value


@dataclass(frozen=True)
class StaffView:
    id: int
    username: str
    password_hash: str
    role: str
    created_at: datetime


class TicketStore:
    """The handoff tickets in one database (default: the WAYPOINT_DATABASE_URL setting).

    `check_schema=True` fails at once, with the command to run, when the
    migrations have not been applied. `tracker_url` is Rasa's tracker store, from
    which "delete my data" and the retention also delete transcripts.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        engine: Engine | None = None,
        now: Callable[[], datetime] = clock.now,
        check_schema: bool = True,
        tracker_url: str | None = None,
    ) -> None:
        self.engine = engine or engine_for(url)
        # Rasa's tracker store, whose transcripts deletion and retention also remove
        # (handoff.transcripts; default: WAYPOINT_TRACKER_URL or WAYPOINT_TRACKER_DB).
        self.tracker_url = tracker_url
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._now = now
        if check_schema:
            _check(self.engine)

    # -- opening and reading --------------------------------------------------------

    def open_ticket(
        self,
        conversation_id: str,
        *,
        channel: str,
        language: str,
        reason: str,
        urgent: bool = False,
        live: bool = False,
        last_question: str | None = None,
        shown_records: list[dict] | None = None,
        actor: str = "bot",
    ) -> TicketView:
        """A new waiting ticket, or the conversation's open one (made urgent if this is).

        A conversation has at most one open ticket: a second trigger while one is
        open adds to it rather than queueing the person twice. `live`: opened in
        office hours, the person waits in the chat (see unclaimed_tickets).
        """
        reason = _valid(Reason, reason, "reason")
        with self._transaction() as session:
            ticket = _open_ticket_of(session, conversation_id)
            if ticket is not None:
                if urgent and not ticket.urgent:
                    ticket.urgent = True
                    self._audit(session, ticket, actor, "escalate", detail=reason)
                return _view(ticket)
            ticket = Ticket(
                conversation_id=conversation_id,
                channel=channel,
                language=language,
                reason=reason,
                urgent=urgent,
                live=live,
                state=State.WAITING.value,
                created_at=self._now(),
                last_question=_storable(last_question) if last_question else last_question,
                shown_records=list(shown_records or []),
            )
            session.add(ticket)
            session.flush()
            self._audit(session, ticket, actor, "open", None, State.WAITING.value, reason)
            return _view(ticket)

    def get(self, ticket_id: int) -> TicketView:
        """The ticket with its messages and audit trail; TicketNotFound if there is none."""
        with self._transaction() as session:
            return _view(_load(session, ticket_id), full=True)

    def open_ticket_for(self, conversation_id: str) -> TicketView | None:
        """The conversation's open ticket (waiting, claimed or callback_requested), if any."""
        with self._transaction() as session:
            ticket = _open_ticket_of(session, conversation_id)
            return _view(ticket) if ticket else None

    def list_queue(
        self,
        *,
        states: Iterable[str] = tuple(s.value for s in OPEN_STATES),
        language: str | None = None,
        reason: str | None = None,
        channel: str | None = None,
        limit: int = 200,
    ) -> list[TicketView]:
        """Tickets in `states`, urgent first, then the longest waiting first."""
        query = select(Ticket).where(Ticket.state.in_([_valid(State, s, "state") for s in states]))
        for column, value in (
            (Ticket.language, language),
            (Ticket.reason, reason),
            (Ticket.channel, channel),
        ):
            if value is not None:
                query = query.where(column == value)
        query = query.order_by(Ticket.urgent.desc(), Ticket.created_at, Ticket.id).limit(limit)
        with self._transaction() as session:
            return [_view(t) for t in session.scalars(query)]

    # -- state changes ----------------------------------------------------------------

    def claim(self, ticket_id: int, user: str) -> TicketView:
        """`user` takes the ticket; only they can reply until they release or resolve it."""
        with self._transaction() as session:
            ticket = _load(session, ticket_id)
            self._move(session, ticket, State.CLAIMED, user, "claim")
            ticket.claimed_by, ticket.claimed_at = user, self._now()
            return _view(ticket)

    def release(self, ticket_id: int, user: str) -> TicketView:
        """Back to the queue (waiting) so that another worker can claim it."""
        with self._transaction() as session:
            ticket = _load(session, ticket_id)
            _require_holder(ticket, user)
            self._move(session, ticket, State.WAITING, user, "release")
            ticket.claimed_by = ticket.claimed_at = None
            return _view(ticket)

    def request_callback(
        self,
        ticket_id: int,
        *,
        method: str,
        value: str | None,
        window: str | None,
        consent_at: datetime,
        actor: str = "bot",
    ) -> TicketView:
        """The person consented to be contacted later: how, where, and when suits them."""
        method = _valid(ContactMethod, method, "contact method")
        if method != ContactMethod.CHAT.value and not value:
            raise InvalidValue(f"a {method} callback needs the {method} to use")
        with self._transaction() as session:
            ticket = _load(session, ticket_id)
            self._move(session, ticket, State.CALLBACK_REQUESTED, actor, "request_callback")
            ticket.contact_method, ticket.contact_value = method, value
            ticket.contact_window, ticket.consent_at = window, consent_at
            return _view(ticket)

    def resolve(self, ticket_id: int, user: str, note: str | None = None) -> TicketView:
        """Close the ticket; `note` is kept as a private note."""
        with self._transaction() as session:
            ticket = _load(session, ticket_id)
            if ticket.state == State.CLAIMED.value:
                _require_holder(ticket, user)
            self._move(session, ticket, State.RESOLVED, user, "resolve")
            ticket.resolved_at = self._now()
            if note:
                self._add_message(session, ticket, MessageKind.NOTE, note, author=user)
            return _view(ticket)

    # -- messages -----------------------------------------------------------------------

    def add_message(
        self,
        ticket_id: int,
        text: str,
        *,
        at: datetime | None = None,
        event_key: str | None = None,
    ) -> bool:
        """Record a message from the person. False if `event_key` was already recorded."""
        try:
            with self._transaction() as session:
                ticket = _load(session, ticket_id)
                self._add_message(session, ticket, MessageKind.USER, text, at=at, key=event_key)
            return True
        except IntegrityError:
            return False

    def reply(self, ticket_id: int, user: str, text: str) -> MessageView:
        """Record a worker's reply (send it with handoff.rasa_api); they must hold the ticket."""
        with self._transaction() as session:
            ticket = _load(session, ticket_id)
            _require_holder(ticket, user)
            message = self._add_message(session, ticket, MessageKind.WORKER, text, author=user)
            self._audit(session, ticket, user, "reply")
            return _message_view(message)

    def note(self, ticket_id: int, user: str, text: str) -> MessageView:
        """A private note for colleagues; never sent to the person."""
        with self._transaction() as session:
            ticket = _load(session, ticket_id)
            message = self._add_message(session, ticket, MessageKind.NOTE, text, author=user)
            self._audit(session, ticket, user, "note")
            return _message_view(message)

    def mark_urgent(self, ticket_id: int, actor: str, detail: str | None = None) -> TicketView:
        with self._transaction() as session:
            ticket = _load(session, ticket_id)
            if not ticket.urgent:
                ticket.urgent = True
                self._audit(session, ticket, actor, "escalate", detail=detail)
            return _view(ticket)

    # -- retention and deletion -----------------------------------------------------------

    def purge_older_than(self, days: int, actor: str = "system") -> int:
        """Delete resolved tickets resolved more than `days` ago; open ones are kept.

        Conversations silent for `days` also leave Rasa's tracker store, except those
        with an open ticket. Returns the number of tickets deleted.
        """
        if days < 1:
            raise InvalidValue(f"retention must be at least 1 day, got {days}")
        cutoff = self._now() - timedelta(days=days)
        condition = (Ticket.state == State.RESOLVED.value) & (Ticket.resolved_at < cutoff)
        with self._transaction() as session:
            count = _delete_tickets(session, condition)
            open_ids = list(
                session.scalars(
                    select(Ticket.conversation_id).where(
                        Ticket.state.in_([s.value for s in OPEN_STATES])
                    )
                )
            )
            # Inside the ticket transaction: if the tracker store fails, no ticket is
            # deleted either, and the next run tries both again.
            conversations, events = purge_transcripts(cutoff, self.tracker_url, keep=open_ids)
            detail = f"{count} tickets, {conversations} transcripts ({events} events), {days} days"
            self._audit(session, None, actor, "purge", detail=detail)
            return count

    def delete_conversation(self, conversation_id: str, actor: str = "system") -> int:
        """ "Delete my data": every ticket of the conversation, whatever its state, and its
        transcript in Rasa's tracker store. Returns the number of tickets deleted.

        The audit keeps that a deletion happened, not whose.
        """
        with self._transaction() as session:
            count = _delete_tickets(session, Ticket.conversation_id == conversation_id)
            events = delete_transcript(conversation_id, self.tracker_url)
            detail = f"{count} tickets, {events} tracker events"
            self._audit(session, None, actor, "delete_conversation", detail=detail)
            return count

    # -- unclaimed live tickets (handoff.watch) ---------------------------------------------

    def unclaimed_tickets(self, waiting_since: datetime) -> list[TicketView]:
        """Live waiting tickets opened before `waiting_since` whose person was not yet
        told that no worker is free (an UNCLAIMED_NOTICE in the audit), oldest first."""
        told = select(AuditEntry.ticket_id).where(AuditEntry.action == UNCLAIMED_NOTICE)
        query = (
            select(Ticket)
            .where(Ticket.state == State.WAITING.value)
            .where(Ticket.live.is_(True))
            .where(Ticket.created_at < waiting_since)
            .where(Ticket.id.not_in(told))
            .order_by(Ticket.created_at, Ticket.id)
        )
        with self._transaction() as session:
            return [_view(t) for t in session.scalars(query)]

    def notify_unclaimed(
        self, ticket_id: int, notify: Callable[[TicketView], None], actor: str = "system"
    ) -> bool:
        """Run `notify(ticket)` once for a still-unclaimed ticket and record it in the audit.

        False when the ticket was claimed, closed or already notified meanwhile. The
        ticket row is locked (PostgreSQL) while `notify` runs, so a second watcher waits
        and then skips it; if `notify` raises, nothing is recorded and the next
        round tries again.
        """
        with self._transaction() as session:
            query = select(Ticket).where(Ticket.id == ticket_id).with_for_update()
            ticket = session.scalar(query)
            if ticket is None or ticket.state != State.WAITING.value:
                return False
            told = select(AuditEntry.id).where(
                (AuditEntry.ticket_id == ticket_id) & (AuditEntry.action == UNCLAIMED_NOTICE)
            )
            if session.scalar(told) is not None:
                return False
            notify(_view(ticket))
            self._audit(session, ticket, actor, UNCLAIMED_NOTICE, detail="callback offered")
            return True

    def audit_log(self, ticket_id: int | None = None, limit: int = 500) -> list[AuditView]:
        """The newest audit entries, of one ticket or of all (ticket_id None)."""
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if ticket_id is not None:
            query = query.where(AuditEntry.ticket_id == ticket_id)
        with self._transaction() as session:
            return [_audit_view(a) for a in session.scalars(query)]

    # -- staff accounts (the console hashes and checks passwords) -------------------------

    def add_staff_user(self, username: str, password_hash: str, role: str) -> StaffView:
        role = _valid(Role, role, "role")
        with self._transaction() as session:
            user = StaffUser(
                username=username, password_hash=password_hash, role=role, created_at=self._now()
            )
            session.add(user)
            session.flush()
            return _staff_view(user)

    def get_staff_user(self, username: str) -> StaffView | None:
        with self._transaction() as session:
            user = session.scalar(select(StaffUser).where(StaffUser.username == username))
            return _staff_view(user) if user else None

    # -- internals ------------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    def _move(self, session: Session, ticket: Ticket, to: State, actor: str, action: str) -> None:
        current = State(ticket.state)
        if to not in TRANSITIONS[current]:
            allowed = sorted(s.value for s in TRANSITIONS[current])
            raise IllegalTransition(ticket.id, current.value, to.value, allowed)
        ticket.state = to.value
        self._audit(session, ticket, actor, action, current.value, to.value)

    def _audit(
        self,
        session: Session,
        ticket: Ticket | None,
        actor: str,
        action: str,
        from_state: str | None = None,
        to_state: str | None = None,
        detail: str | None = None,
    ) -> None:
        session.add(
            AuditEntry(
                ticket_id=ticket.id if ticket else None,
                actor=actor,
                action=action,
                from_state=from_state,
                to_state=to_state,
                at=self._now(),
                detail=detail,
            )
        )

    def _add_message(
        self,
        session: Session,
        ticket: Ticket,
        kind: MessageKind,
        text: str,
        *,
        author: str | None = None,
        at: datetime | None = None,
        key: str | None = None,
    ) -> TicketMessage:
        message = TicketMessage(
            ticket_id=ticket.id,
            kind=kind.value,
            author=author,
            text=_storable(text),
            created_at=at or self._now(),
            event_key=key,
        )
        session.add(message)
        session.flush()
        return message


def _storable(text: str) -> str:
    """Text PostgreSQL can store: a NUL character (which it refuses) becomes U+FFFD.

    The channels refuse NUL already; this keeps a message from any other path (a new
    connector, a tracker synced from Rasa) from failing the whole ticket write.
    """
    return text.replace("\x00", "\ufffd")


_checked: set[str] = set()


def _check(engine: Engine) -> None:
    key = str(engine.url)
    if key not in _checked:
        check_schema(engine)
        _checked.add(key)


def _valid(kind: type, value: str, what: str) -> str:
    try:
        return kind(value).value
    except ValueError:
        options = ", ".join(m.value for m in kind)
        raise InvalidValue(f"unknown {what} {value!r}; expected one of: {options}") from None


def _load(session: Session, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise TicketNotFound(ticket_id)
    return ticket


def _open_ticket_of(session: Session, conversation_id: str) -> Ticket | None:
    query = (
        select(Ticket)
        .where(Ticket.conversation_id == conversation_id)
        .where(Ticket.state.in_([s.value for s in OPEN_STATES]))
        .order_by(Ticket.id.desc())
        .limit(1)
    )
    return session.scalar(query)


def _require_holder(ticket: Ticket, user: str) -> None:
    if ticket.state != State.CLAIMED.value or ticket.claimed_by != user:
        raise NotClaimedByYou(ticket.id, user, ticket.claimed_by)


def _delete_tickets(session: Session, condition) -> int:
    ids = list(session.scalars(select(Ticket.id).where(condition)))
    if not ids:
        return 0
    # Explicit, child tables first: SQLite enforces ON DELETE CASCADE only with a pragma.
    session.execute(delete(TicketMessage).where(TicketMessage.ticket_id.in_(ids)))
    session.execute(delete(AuditEntry).where(AuditEntry.ticket_id.in_(ids)))
    session.execute(delete(Ticket).where(Ticket.id.in_(ids)))
    return len(ids)


def _message_view(m: TicketMessage) -> MessageView:
    return MessageView(m.id, m.kind, m.author, m.text, m.created_at)


def _audit_view(a: AuditEntry) -> AuditView:
    return AuditView(a.ticket_id, a.actor, a.action, a.from_state, a.to_state, a.at, a.detail)


def _staff_view(u: StaffUser) -> StaffView:
    return StaffView(u.id, u.username, u.password_hash, u.role, u.created_at)


def _view(t: Ticket, full: bool = False) -> TicketView:
    return TicketView(
        id=t.id,
        conversation_id=t.conversation_id,
        channel=t.channel,
        language=t.language,
        reason=t.reason,
        urgent=t.urgent,
        state=t.state,
        created_at=t.created_at,
        claimed_at=t.claimed_at,
        resolved_at=t.resolved_at,
        claimed_by=t.claimed_by,
        contact_method=t.contact_method,
        contact_value=t.contact_value,
        contact_window=t.contact_window,
        consent_at=t.consent_at,
        last_question=t.last_question,
        shown_records=list(t.shown_records or []),
        messages=[_message_view(m) for m in t.messages] if full else [],
        audit=[_audit_view(a) for a in t.audit] if full else [],
        live=bool(t.live),
    )
