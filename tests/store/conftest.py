"""Every storage test runs twice: on a fresh SQLite file and on a fresh PostgreSQL schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from laborwatch.store import Store


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An open, migrated store on an empty database."""
    with Store.open(db_url) as s:
        yield s


@pytest.fixture
def other_db_url(db_url: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A second empty database of the same kind as ``db_url``."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'other.db'}"
    else:
        yield request.getfixturevalue("pg_schema")
