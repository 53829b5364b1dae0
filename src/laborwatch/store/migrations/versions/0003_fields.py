"""Claims say their scope, origin, basis and whether they are cumulative; documents say why
their text was not read; ingest runs say where they run and when they last committed (so a
killed run can be told from a live one).

The columns are those ``laborwatch.store.schema`` marks as added here.
"""

from __future__ import annotations

from laborwatch.store.ddl import column_steps

revision = "0003_fields"
down_revision = "0002_review"
upgrade, downgrade = column_steps(revision)
