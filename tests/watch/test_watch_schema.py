"""The 0004_watch migration creates exactly the tables ``store/watch.py`` queries."""

from __future__ import annotations

import sqlalchemy as sa

from laborwatch.store import Store
from laborwatch.store.watch import metadata


def test_watch_tables_match_their_definitions(db_url: str) -> None:
    with Store.open(db_url) as store:
        inspector = sa.inspect(store.engine)
        assert set(metadata.tables) <= set(inspector.get_table_names())
        for name, table in metadata.tables.items():
            columns = {c["name"]: c for c in inspector.get_columns(name)}
            assert set(columns) == set(table.columns.keys()), name
            for col in table.columns:
                nullable = col.nullable and not col.primary_key
                assert columns[col.name]["nullable"] == nullable, f"{name}.{col.name}"
        unique = inspector.get_unique_constraints("watch_alerts")
        assert ["rule", "key"] in [u["column_names"] for u in unique]
