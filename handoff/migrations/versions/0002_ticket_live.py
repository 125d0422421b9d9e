"""tickets.live: the person waits in the chat for a worker (opened in office hours)

Only live tickets get the watcher's "no worker is free" notice; an urgent ticket
opened after hours also waits, but nobody promised the person a worker now.
Tickets from before this revision count as not live.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tickets") as table:  # batch: SQLite cannot alter in place
        table.add_column(sa.Column("live", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("tickets") as table:
        table.drop_column("live")
