"""Each migration's DDL derived from :mod:`laborwatch.store.schema` (columns declared once).

A migration calls :func:`create_tables` for the tables it introduces and :func:`add_columns`
for the columns and indexes it adds to older tables; both pick what ``schema.added_in``
attributes to that revision, so a database built step by step equals one built at once.
A migration that does nothing else takes its ``upgrade`` and ``downgrade`` from
:func:`table_steps` or :func:`column_steps`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

from laborwatch.store.schema import added_in, metadata


def create_tables(revision: str) -> None:
    """Create the tables introduced by ``revision`` with the columns and indexes they had."""
    for table in _tables():
        if added_in(table) != revision:
            continue
        columns = [_copy(c) for c in table.columns if added_in(c) == revision]
        op.create_table(table.name, *columns, **table.kwargs)
        _create_indexes(table, revision)


def add_columns(revision: str) -> None:
    """Add the columns (then indexes) ``revision`` introduced to tables that already exist."""
    for table in _tables():
        if added_in(table) == revision:
            continue
        for column in table.columns:
            if added_in(column) == revision:
                op.add_column(table.name, _copy(column))
        _create_indexes(table, revision)


def drop_columns(revision: str) -> None:
    """Undo :func:`add_columns` (batch mode, so SQLite rebuilds the table)."""
    for table in _tables():
        if added_in(table) == revision:
            continue
        names = [c.name for c in table.columns if added_in(c) == revision]
        if names:
            with op.batch_alter_table(table.name) as batch:
                for name in names:
                    batch.drop_column(name)


def drop_tables(revision: str) -> None:
    """Undo :func:`create_tables`."""
    for table in reversed(list(_tables())):
        if added_in(table) == revision:
            op.drop_table(table.name)


Step = Callable[[], None]


def table_steps(revision: str) -> tuple[Step, Step]:
    """``upgrade`` and ``downgrade`` of a revision that introduces tables."""
    return _steps(create_tables, drop_tables, revision)


def column_steps(revision: str) -> tuple[Step, Step]:
    """``upgrade`` and ``downgrade`` of a revision that adds columns to older tables."""
    return _steps(add_columns, drop_columns, revision)


def _steps(
    up: Callable[[str], None], down: Callable[[str], None], revision: str
) -> tuple[Step, Step]:
    def upgrade() -> None:
        up(revision)

    def downgrade() -> None:
        down(revision)

    return upgrade, downgrade


def _create_indexes(table: sa.Table, revision: str) -> None:
    for index in sorted(table.indexes, key=lambda i: str(i.name)):
        if added_in(index) == revision:
            op.create_index(str(index.name), table.name, [c.name for c in index.columns])


def _tables() -> list[sa.Table]:
    """The tables in the order they are declared (referenced tables first)."""
    return list(metadata.tables.values())


def _copy(column: sa.Column[Any]) -> sa.Column[Any]:
    """A detached copy of a declared column, with its foreign keys."""
    copy = column._copy()
    for fk in column.foreign_keys:
        copy.append_foreign_key(sa.ForeignKey(fk.target_fullname))
    return copy
