"""Engines and migrations for the handoff database.

`upgrade()` applies the Alembic migrations shipped in handoff/migrations/ (the
command line: `python -m handoff db upgrade`); the run scripts call it at start-up.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url

from .errors import SchemaNotCurrent
from .settings import database_url

__all__ = ["check_schema", "engine_for", "head_revision", "safe_url", "upgrade"]

MIGRATIONS = Path(__file__).parent / "migrations"


def engine_for(url: str | None = None) -> Engine:
    """One engine per database URL and process (it holds the connection pool)."""
    return _engine(database_url(url))


@cache
def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # The action server and the console write the same file: wait for the
        # other's lock instead of failing, and let readers work during writes.
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def safe_url(url: str) -> str:
    """The URL with its password hidden, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


def _alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # ConfigParser interpolation: a literal % in a password must be doubled.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str | None = None, revision: str = "head") -> None:
    """Bring the database at `url` (default: the setting) to `revision`."""
    from alembic import command

    command.upgrade(_alembic_config(database_url(url)), revision)


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config("sqlite://")).get_current_head()


def check_schema(engine: Engine) -> None:
    """Raise SchemaNotCurrent, with the command that fixes it, unless migrations are applied."""
    from alembic.runtime.migration import MigrationContext

    head = head_revision()
    with engine.connect() as connection:
        current = None
        if inspect(connection).has_table("alembic_version"):
            current = MigrationContext.configure(connection).get_current_revision()
    if current != head:
        raise SchemaNotCurrent(safe_url(str(engine.url)), current, head)
