"""Versioned migrations (Alembic), run programmatically when a store is opened."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from laborwatch.store.engine import WRITE

MIGRATION_LOCK = 0x6C77_0001  # advisory lock id: "lw", migrations


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("laborwatch.store") / "migrations"))
    return cfg


def head_revision() -> str | None:
    """The newest migration shipped with this version of laborwatch."""
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema, in one write transaction.

    Two processes opening a new store at once take turns (SQLite's write lock, an advisory
    lock on PostgreSQL); the second finds the schema current and does nothing.
    """
    if current_revision(engine) == head_revision():
        return
    cfg = _config()
    with engine.connect() as conn:
        conn.execution_options(**{WRITE: True})
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
