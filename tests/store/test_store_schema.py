"""The migrated database matches the table definitions the queries use."""

from __future__ import annotations

import sqlalchemy as sa

from laborwatch.store import Store
from laborwatch.store.migrate import current_revision, head_revision
from laborwatch.store.schema import metadata


def test_store_migrates_to_head_and_matches_schema(store: Store) -> None:
    assert current_revision(store.engine) == head_revision() is not None
    inspector = sa.inspect(store.engine)
    tables = set(inspector.get_table_names())
    assert set(metadata.tables) <= tables
    for name, table in metadata.tables.items():
        columns = {c["name"]: c for c in inspector.get_columns(name)}
        assert set(table.columns.keys()) <= set(columns), name
        for col in table.columns:
            assert columns[col.name]["nullable"] == (col.nullable and not col.primary_key), (
                f"{name}.{col.name}"
            )
        declared = {tuple(ix.columns.keys()) for ix in table.indexes}
        present = {tuple(ix["column_names"]) for ix in inspector.get_indexes(name)}
        assert declared <= present, name
    assert "claim_copies" in inspector.get_view_names()


def test_store_url_forms(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from laborwatch.errors import ConfigError
    from laborwatch.store import resolve_url

    assert resolve_url(None).drivername == "sqlite+pysqlite"
    assert resolve_url(str(tmp_path / "x.db")).database == str(tmp_path / "x.db")
    assert resolve_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    for bad in ("mysql://u@h/db", "sqlite://", "sqlite:///:memory:"):
        try:
            resolve_url(bad)
        except ConfigError:
            continue
        raise AssertionError(bad)
