"""Alembic environment: runs on the connection the store hands over (never a config URL).

Offline (``--sql``), it writes the DDL for the dialect named in the ``dialect`` option.
"""

from __future__ import annotations

from alembic import context

if context.is_offline_mode():
    dialect = context.config.get_main_option("dialect")
    context.configure(dialect_name=dialect, literal_binds=True, as_sql=True)
else:
    context.configure(connection=context.config.attributes["connection"], target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
