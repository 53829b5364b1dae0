"""Database URLs: what ``--db`` accepts and what SQLAlchemy gets."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from laborwatch.errors import ConfigError

DEFAULT_URL = "sqlite:///laborwatch.db"


def resolve_url(db: str | None) -> URL:
    """``sqlite:///path``, a bare file path, or ``postgresql://...`` (psycopg 3 driver)."""
    text = (db or DEFAULT_URL).strip()
    if "://" not in text:
        text = f"sqlite:///{Path(text).expanduser()}"
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise ConfigError(f"not a database URL: {text!r}") from exc
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
        return url.set(drivername="postgresql+psycopg")
    if url.drivername in ("sqlite", "sqlite+pysqlite"):
        if url.database in (None, "", ":memory:"):
            raise ConfigError("an SQLite store needs a file: sqlite:///path/to/laborwatch.db")
        return url.set(drivername="sqlite+pysqlite")
    raise ConfigError(f"unsupported database {url.drivername!r}: use sqlite:/// or postgresql://")


def display_url(url: URL) -> str:
    """The URL without its password, for messages."""
    return url.render_as_string(hide_password=True)
