"""The staff console's fixtures (real PostgreSQL store, FakeBot at the Rasa edge)."""

from tests.staff.conftest import (  # noqa: F401
    _cheap_password_hashing,
    _no_real_tracker_store,
    accounts,
    app,
    bot,
    clock,
    flags,
    staff_pg_url,
    store,
    tracker_url,
)
