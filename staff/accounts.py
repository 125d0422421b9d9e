"""Staff accounts: create them (hashing the password here) and list them.

The store keeps accounts (`add_staff_user`, `get_staff_user`); listing reads the
same table through the store's engine, read-only.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from handoff.models import Role, StaffUser
from handoff.store import StaffView, TicketStore

from .passwords import hash_password

__all__ = ["AccountError", "create_account", "list_accounts"]

USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


class AccountError(ValueError):
    """An account that cannot be made as asked; the message says what to change."""


def create_account(store: TicketStore, username: str, password: str, role: str) -> StaffView:
    username = username.strip().lower()
    if not username or not set(username) <= USERNAME_CHARS or len(username) > 150:
        raise AccountError(
            "a username is 1-150 of: lower-case letters, digits, dot, dash, underscore"
        )
    if role not in {r.value for r in Role}:
        raise AccountError(f"role must be worker or admin, not {role!r}")
    try:
        return store.add_staff_user(username, hash_password(password), role)
    except ValueError as exc:  # the password rule
        raise AccountError(str(exc)) from None
    except IntegrityError:
        raise AccountError(f"there is already an account {username!r}") from None


def list_accounts(store: TicketStore) -> list[tuple[str, str]]:
    """(username, role) of every account, by username."""
    with Session(store.engine) as session:
        rows = session.execute(select(StaffUser.username, StaffUser.role).order_by("username"))
        return [(name, role) for name, role in rows]
