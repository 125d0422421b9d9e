"""tickets, ticket_messages, audit_log, staff_users

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(255), nullable=False, index=True),
        sa.Column("channel", sa.String(64), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("urgent", sa.Boolean, nullable=False),
        sa.Column("state", sa.String(32), nullable=False, index=True),
        sa.Column("created_at", TIME, nullable=False, index=True),
        sa.Column("claimed_at", TIME),
        sa.Column("resolved_at", TIME, index=True),
        sa.Column("claimed_by", sa.String(150)),
        sa.Column("contact_method", sa.String(16)),
        sa.Column("contact_value", sa.String(320)),
        sa.Column("contact_window", sa.String(64)),
        sa.Column("consent_at", TIME),
        sa.Column("last_question", sa.Text),
        sa.Column("shown_records", sa.JSON, nullable=False),
    )
    op.create_table(
        "ticket_messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "ticket_id",
            sa.Integer,
            sa.ForeignKey("tickets.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("author", sa.String(150)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("event_key", sa.String(64)),
        sa.UniqueConstraint("ticket_id", "event_key"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "ticket_id", sa.Integer, sa.ForeignKey("tickets.id", ondelete="CASCADE"), index=True
        ),
        sa.Column("actor", sa.String(150), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("from_state", sa.String(32)),
        sa.Column("to_state", sa.String(32)),
        sa.Column("at", TIME, nullable=False, index=True),
        sa.Column("detail", sa.Text),
    )
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(150), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
    )


def downgrade() -> None:
    for table in ("staff_users", "audit_log", "ticket_messages", "tickets"):
        op.drop_table(table)
