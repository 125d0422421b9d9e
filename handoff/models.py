"""The handoff tables (SQLAlchemy 2.x). Migrations in handoff/migrations/ create them.

Only what a worker needs to help the person is stored: no names, no ID numbers;
a contact value only after the person consented to a callback.
"""

from __future__ import annotations

from datetime import datetime, timezone
from enum import Enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = [
    "AuditEntry",
    "Base",
    "ContactMethod",
    "MessageKind",
    "Reason",
    "Role",
    "StaffUser",
    "State",
    "Ticket",
    "TicketMessage",
]


class State(str, Enum):
    WAITING = "waiting"
    CLAIMED = "claimed"
    CALLBACK_REQUESTED = "callback_requested"
    RESOLVED = "resolved"


class Reason(str, Enum):
    LOW_CONFIDENCE = "low_confidence"
    NLU_FALLBACK = "nlu_fallback"
    ASKED_HUMAN = "asked_human"
    REPEATED_FAILURE = "repeated_failure"
    CRISIS = "crisis"
    PROFESSIONAL_ADVICE = "professional_advice"


class MessageKind(str, Enum):
    USER = "user"  # the person, while the ticket was open
    WORKER = "worker"  # a worker's reply, sent to the person
    NOTE = "note"  # a worker's private note, never sent


class ContactMethod(str, Enum):
    CHAT = "chat"
    PHONE = "phone"
    EMAIL = "email"


class Role(str, Enum):
    WORKER = "worker"
    ADMIN = "admin"


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes on every database (SQLite keeps no time zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware one (handoff.clock.now())")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    pass


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    conversation_id: Mapped[str] = mapped_column(String(255), index=True)  # Rasa sender_id
    channel: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(32))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    # Opened in office hours: the person waits in the chat (the bot is paused).
    live: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    state: Mapped[str] = mapped_column(String(32), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    claimed_by: Mapped[str | None] = mapped_column(String(150))
    contact_method: Mapped[str | None] = mapped_column(String(16))
    contact_value: Mapped[str | None] = mapped_column(String(320))
    contact_window: Mapped[str | None] = mapped_column(String(64))
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_question: Mapped[str | None] = mapped_column(Text)
    shown_records: Mapped[list] = mapped_column(JSON, default=list)

    messages: Mapped[list[TicketMessage]] = relationship(
        back_populates="ticket", cascade="all, delete-orphan", order_by="TicketMessage.id"
    )
    audit: Mapped[list[AuditEntry]] = relationship(
        back_populates="ticket", cascade="all, delete-orphan", order_by="AuditEntry.id"
    )


class TicketMessage(Base):
    __tablename__ = "ticket_messages"
    # A message copied from Rasa's tracker carries its event's key, so syncing twice
    # never stores it twice.
    __table_args__ = (UniqueConstraint("ticket_id", "event_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    author: Mapped[str | None] = mapped_column(String(150))  # staff username; None: the person
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    event_key: Mapped[str | None] = mapped_column(String(64))

    ticket: Mapped[Ticket] = relationship(back_populates="messages")


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # NULL for actions on no single ticket (a purge, a "delete my data").
    ticket_id: Mapped[int | None] = mapped_column(
        ForeignKey("tickets.id", ondelete="CASCADE"), index=True
    )
    actor: Mapped[str] = mapped_column(String(150))  # staff username, "bot" or "system"
    action: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str | None] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    detail: Mapped[str | None] = mapped_column(Text)

    ticket: Mapped[Ticket | None] = relationship(back_populates="audit")


class StaffUser(Base):
    """Console accounts. The console hashes passwords; this table only keeps the hash."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(150), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
