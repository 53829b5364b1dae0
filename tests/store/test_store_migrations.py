"""Migrations derive from the one schema, old stores upgrade, the new claim fields round trip.

``data/schema_0002.*.sql`` is the DDL the migrations wrote before the schema had one source
(``alembic upgrade 0002_review --sql`` at that time): a store created then must still upgrade,
and the migrations now derived from ``store/schema.py`` must write the same DDL.
"""

from __future__ import annotations

import io
import sqlite3
from importlib import resources
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.config import Config

from laborwatch.model import Amount, Claim, Document, Evidence, Extraction
from laborwatch.store import Store
from laborwatch.store.migrate import current_revision, head_revision

DATA = Path(__file__).with_name("data")


def offline_sql(dialect: str, target: str) -> str:
    buf = io.StringIO()
    cfg = Config(output_buffer=buf)
    cfg.set_main_option("script_location", str(resources.files("laborwatch.store") / "migrations"))
    cfg.set_main_option("dialect", dialect)
    command.upgrade(cfg, target, sql=True)
    return buf.getvalue()


def statements(sql: str) -> list[str]:
    """The DDL statements, whitespace-normalised and sorted (index order is not meaningful)."""
    return sorted(" ".join(s.split()) for s in sql.split(";\n") if s.strip())


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_store_migrations_derived_from_schema_write_the_old_ddl(dialect: str) -> None:
    frozen = (DATA / f"schema_0002.{dialect}.sql").read_text(encoding="utf-8")
    assert statements(offline_sql(dialect, "0002_review")) == statements(frozen)


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_store_third_migration_adds_the_new_columns(dialect: str) -> None:
    added = offline_sql(dialect, "head").split("-> 0003_fields", 1)[1]
    for column in (
        "claims ADD COLUMN scope",
        "claims ADD COLUMN origin",
        "documents ADD COLUMN unread",
    ):
        assert f"ALTER TABLE {column}" in added
    assert "claims ADD COLUMN basis" in added and "ADD COLUMN cumulative BOOLEAN" in added


def create_at_0002(url: str) -> None:
    """Build the database exactly as the 0002-era migrations did, with one old claim."""
    old_claim = (
        "INSERT INTO documents (id, text, content_hash, relevant, relevance, cluster,"
        " revision, first_seen_at, updated_at) VALUES ('old-doc', 'Some 500 workers.', 'h',"
        " true, 0.5, 'old-doc', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00');"
        "INSERT INTO claims (document_id, revision, current, kind, low, high, destinations,"
        " sentence, evidence_start, evidence_end, created_at) VALUES ('old-doc', 1, true,"
        " 'workers', 500, 500, '[\"RU\"]', 'Some 500 workers.', 0, 17, '2026-01-01 00:00:00');"
    )
    if url.startswith("sqlite"):
        db = sqlite3.connect(url.removeprefix("sqlite:///"))
        db.executescript((DATA / "schema_0002.sqlite.sql").read_text(encoding="utf-8"))
        db.executescript(old_claim.replace("true", "1"))
        db.commit()
        db.close()
    else:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute((DATA / "schema_0002.postgresql.sql").read_text(encoding="utf-8"))
            conn.execute(old_claim)


def test_store_made_at_0002_upgrades_and_keeps_its_claims(db_url: str) -> None:
    create_at_0002(db_url)
    with Store.open(db_url) as store:
        assert current_revision(store.engine) == head_revision()
        (old,) = store.claim_rows()
        assert (old.low, old.destinations, old.scope, old.origin, old.basis, old.cumulative) == (
            500.0,
            ("RU",),
            None,
            None,
            None,
            False,
        )
        assert store.document("old-doc").unread is None  # type: ignore[union-attr]
        store.save(_extraction())  # the upgraded store takes the new fields
        new = next(r for r in store.claim_rows() if r.document_id == "new-doc")
        assert (new.scope, new.origin, new.basis, new.cumulative) == (
            "country",
            "national intelligence service",
            "gross",
            True,
        )


def _extraction(unread: str | None = None) -> Extraction:
    text = "Workers sent home $500 million over the decade, the agency said."
    claim = Claim(
        "revenue",
        Amount(5e8, 5e8, "$500 million", "exact", currency="USD"),
        Evidence(text, 0, len(text)),
        ["RU"],
        scope="country",
        origin="national intelligence service",
        basis="gross",
        cumulative=True,
    )
    doc = Document(id="new-doc", text=text, publisher="Example Wire", published="2024")
    return Extraction(doc, True, 0.9, [claim], unread=unread)


def test_store_new_claim_fields_round_trip(store: Store) -> None:
    ex = _extraction()
    plain = Claim(
        "workers",
        Amount(300.0, 300.0, "300", "exact"),
        Evidence("300 workers", 0, 11),
        ["CN"],
    )
    ex.claims.append(plain)
    store.save(ex)
    rows = sorted(store.claim_rows(), key=lambda r: r.kind)
    assert [(r.kind, r.scope, r.origin, r.basis, r.cumulative) for r in rows] == [
        ("revenue", "country", "national intelligence service", "gross", True),
        ("workers", None, None, None, False),
    ]
    stored = sorted(store.claims(), key=lambda c: c.claim.kind)
    assert [c.claim for c in stored] == [ex.claims[0], plain]
    assert stored[0].to_dict()["cumulative"] is True


def test_store_keeps_why_a_document_was_not_read(store: Store) -> None:
    doc = Document(id="ko-doc", text="노동자 파견", language="ko")
    store.save(Extraction(doc, False, 0.0, [], unread="no vocabulary for language 'ko'"))
    got = store.document("ko-doc")
    assert got is not None and got.unread == "no vocabulary for language 'ko'"
    assert got.to_dict()["unread"] == got.unread
