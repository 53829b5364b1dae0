"""The source register table and the sorted claim and document pages, on SQLite and
PostgreSQL; the migration that adds them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from laborwatch.errors import ConfigError
from laborwatch.model import Amount, Claim, Document, Evidence, Extraction
from laborwatch.store import ClaimFilter, DocumentFilter, Store, reads
from laborwatch.store.reads import CLAIM_ORDERS

from .test_store_migrations import offline_sql

STATUSES = ("present", "dispatched", "planned")
SECTORS = ("construction", "fishing", "logging")


def _doc(n: int) -> Extraction:
    """Document n: published on a day of 2020-2023, two claims with distinct figures."""
    text = f"Report {n}: workers were sent abroad."
    claims = [
        Claim(
            "workers" if (n + k) % 3 else "wage",
            Amount(float((n * 37 + k * 11) % 97 + 1), float((n * 37 + k * 11) % 97 + 5), "x"),
            Evidence(text, 0, len(text)),
            ["RU"] if (n + k) % 2 else ["CN", "RU"] if n % 5 == 0 else ["CN"],
            status=STATUSES[(n + k) % 3],
            sector=SECTORS[(n * k) % 3],
            period=None,
        )
        for k in range(2)
    ]
    published = f"{2020 + n % 4}-{n % 12 + 1:02d}-{n % 27 + 1:02d}"
    doc = Document(id=f"d{n:02d}", text=text, publisher=f"p{n % 3}.org", published=published)
    return Extraction(doc, True, 0.9, claims)


@pytest.fixture
def filled(db_url: str) -> Store:
    store = Store.open(db_url)
    for n in range(1, 31):
        store.save(_doc(n))
    yield store
    store.close()


def _key(order: str, row) -> tuple:  # the order the store promises, in Python
    doc = {
        "published": (row.published,),
        "id": (),
        "figure": (row.low, row.high),
        "kind": (row.kind, row.low, row.high),
        "status": (row.status,),
        "sector": (row.sector,),
        "period": (row.published,),  # as_of: no period, so the document's date
    }[order]
    return (*doc, row.claim_id)


@pytest.mark.parametrize("order", list(CLAIM_ORDERS))
def test_store_claim_page_sorts_by_each_order_both_ways(filled: Store, order: str) -> None:
    for flt in (
        ClaimFilter(),
        ClaimFilter(country="RU"),
        ClaimFilter(country="CN", kind="workers"),
    ):
        every = list(filled.claim_rows(**{k: getattr(flt, k) for k in ("country", "kind")}))
        assert len(every) > 5
        for desc in (True, False):
            want = sorted(every, key=lambda r: _key(order, r), reverse=desc)
            if order == "figure":  # worker counts first either way (a stable sort)
                want.sort(key=lambda r: r.kind, reverse=True)
            got = filled.claim_page(flt, 7, 3, ("-" if desc else "") + order)
            assert [r.claim_id for r in got] == [r.claim_id for r in want[3:10]], (flt, desc)
    with pytest.raises(ConfigError):
        filled.claim_page(ClaimFilter(), 5, 0, "-sentence")


def test_store_document_page_newest_published_first_or_oldest(filled: Store) -> None:
    docs = list(filled.documents())
    newest = sorted(docs, key=lambda d: (d.published, int(d.id[1:])), reverse=True)
    assert [d.id for d in filled.document_page(DocumentFilter(), 8)] == [d.id for d in newest[:8]]
    oldest = filled.document_page(DocumentFilter(since="2021"), 5, 0, "published")
    assert [d.id for d in oldest] == [d.id for d in newest if d.published >= "2021"][::-1][:5]
    seen = filled.document_page(DocumentFilter(), 3, 0, "-seen")
    assert [d.id for d in seen] == ["d30", "d29", "d28"]


def test_store_source_grades_round_trip_and_are_logged(filled: Store) -> None:
    assert filled.source_grades() == [] and filled.source_log() == []
    version = filled.fingerprint()
    filled.save_source_grade(
        "publisher", "p1.org", "B", reviewer="ana", reason="track record", before="F"
    )
    filled.save_source_grade(
        "publisher", "p1.org", "D", reviewer="bo", reason="two retractions", before="F"
    )
    filled.save_source_grade(
        "origin", "Daily NK source", "B", reviewer="ana", reason="x", before="C"
    )
    grades = {(g["kind"], g["name"]): g for g in filled.source_grades()}
    assert grades[("publisher", "p1.org")]["grade"] == "D"
    assert grades[("publisher", "p1.org")]["reviewer"] == "bo"
    assert grades[("origin", "Daily NK source")]["reason"] == "x"
    log = filled.source_log()
    assert [(e["document"], e["before"], e["after"], e["note"]) for e in log] == [
        ("origin:Daily NK source", {"grade": "C"}, {"grade": "B"}, "x"),
        ("publisher:p1.org", {"grade": "B"}, {"grade": "D"}, "two retractions"),
        ("publisher:p1.org", {"grade": "F"}, {"grade": "B"}, "track record"),
    ]
    assert all(e["target"] == "source" for e in log)
    assert filled.fingerprint() != version  # the picture is rebuilt after a change
    assert filled.review_log(None, None, 10)[0]["action"] == "grade"  # the one audit log


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_store_fifth_migration_adds_the_register_and_sort_indexes(dialect: str) -> None:
    added = offline_sql(dialect, "head").split("-> 0005_desk", 1)[1]
    assert "CREATE TABLE source_grades" in added
    assert "CREATE INDEX ix_documents_published ON documents (published, seq)" in added
    assert "CREATE INDEX ix_claims_kind_figure ON claims (kind DESC, low, high, id)" in added


def test_store_a_0004_store_upgrades_and_keeps_its_claims(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store.open(f"sqlite:///{path}") as store:
        store.save(_doc(1))
    db = sqlite3.connect(path)  # back to the 0004 schema, as a store of yesterday was
    db.executescript(
        "DROP INDEX ix_claims_kind_figure; DROP INDEX ix_documents_published;"
        " DROP TABLE source_grades; UPDATE alembic_version SET version_num = '0004_watch';"
    )
    db.close()
    with Store.open(f"sqlite:///{path}") as store:
        assert store.source_grades() == []
        assert len(store.claim_page(ClaimFilter(), 10, 0, "-figure")) == 2


def _mongolia(n: int, kind: str, status: str | None) -> Extraction:
    text = f"Brief {n}: workers in Mongolia."
    claim = Claim(
        kind,
        Amount(float(n), float(n), "x"),
        Evidence(text, 0, len(text)),
        ["MN"],
        status=status,
        sector=None,
        period=None,
    )
    return Extraction(Document(id=f"mn{n}", text=text, published="2024-01-01"), True, 0.9, [claim])


def test_store_claim_page_skips_values_a_country_lacks_until_a_claim_has_one(
    filled: Store,
) -> None:
    for n in range(1, 6):
        filled.save(_mongolia(n, "workers", "present" if n % 2 else "planned"))
    mn = ClaimFilter(country="MN")
    for order in ("kind", "-kind", "status", "-status", "figure"):
        got = filled.claim_page(mn, 3, 1, order)
        want = sorted(
            filled.claim_rows(country="MN"),
            key=lambda r: (r.status, r.claim_id) if "status" in order else (r.low, r.claim_id),
            reverse=order.startswith("-"),
        )
        assert [r.claim_id for r in got] == [r.claim_id for r in want[1:4]], order
    with filled.reader() as conn:  # the money kinds and the missing status are skipped
        assert reads.empty_groups(conn, mn, "kind") == ("revenue", "wage", "state_share")
        assert None in reads.empty_groups(conn, mn, "status")
    filled.save(_mongolia(6, "wage", None))  # now Mongolia has a wage without a status
    for order in ("kind", "status", "-status"):
        assert "mn6" in {r.document_id for r in filled.claim_page(mn, 10, 0, order)}, order
