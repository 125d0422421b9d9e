"""Staff passwords: Argon2id hashes (argon2-cffi), never the password itself."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

__all__ = ["MIN_LENGTH", "check_new_password", "hash_password", "verify_password"]

MIN_LENGTH = 12
_hasher = PasswordHasher()  # the library's current recommended parameters
# Checked against when the username does not exist, so that a wrong username
# takes as long as a wrong password and the timing tells nothing.
_DUMMY_HASH = _hasher.hash("waypoint-no-such-user")


def hash_password(password: str) -> str:
    check_new_password(password)
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True if `password` matches; for an unknown user (None) it still does the work."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def check_new_password(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ValueError(
            f"a staff password needs at least {MIN_LENGTH} characters; "
            "a few unrelated words make a good one"
        )
