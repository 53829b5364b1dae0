"""The source register: reviewers' reliability grades for publishers and origins.

Queries on a connection the :class:`~laborwatch.store.Store` hands in. A grade replaces the
shipped one (``data/reliability.yaml``) for the reconciler; every change is also an entry
of ``review_log`` (target ``source``, ``document_id`` ``kind:name``), with the reason.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from laborwatch.store.review import _log_entry
from laborwatch.store.schema import review_log, source_grades

TARGET = "source"


def grades(conn: Connection) -> list[dict[str, Any]]:
    """Every register entry: kind, name, grade, reviewer, reason, updated_at."""
    q = sa.select(source_grades).order_by(source_grades.c.kind, source_grades.c.name)
    return [{**r._mapping, "updated_at": str(r.updated_at)} for r in conn.execute(q)]


def put_grade(
    conn: Connection,
    entry: dict[str, str],
    before: str | None,
    now: datetime,
) -> None:
    """Set ``entry`` (kind, name, grade, reviewer, reason) and log before and after."""
    where = (source_grades.c.kind == entry["kind"], source_grades.c.name == entry["name"])
    old = conn.execute(sa.select(source_grades.c.grade).where(*where)).scalar()
    conn.execute(sa.delete(source_grades).where(*where))
    conn.execute(sa.insert(source_grades).values(**entry, updated_at=now))
    conn.execute(
        sa.insert(review_log).values(
            created_at=now,
            reviewer=entry["reviewer"],
            target=TARGET,
            document_id=f"{entry['kind']}:{entry['name']}",
            action="grade",
            before=json.dumps({"grade": old or before}),
            after=json.dumps({"grade": entry["grade"]}),
            note=entry["reason"],
        )
    )


def log(conn: Connection, limit: int) -> list[dict[str, Any]]:
    """The register's audit entries, newest first."""
    q = (
        sa.select(review_log)
        .where(review_log.c.target == TARGET)
        .order_by(review_log.c.id.desc())
        .limit(limit)
    )
    return [_log_entry(r._mapping) for r in conn.execute(q)]
