"""``laborwatch estimate`` and ``report`` through the real console script, on a real store
(SQLite and PostgreSQL) filled with the shared corpus and its hand-annotated claims."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from laborwatch.cli.rows import load_rows
from laborwatch.model import Amount, Claim, Document, Evidence, Extraction, Period
from laborwatch.store import Store

CLI = str(Path(sys.executable).parent / "laborwatch")


def _claim(c: dict) -> Claim:
    v = c.get("count") or c.get("amount") or c.get("share")
    p, e = c.get("period") or {}, c["evidence"]
    return Claim(
        kind=c["kind"],
        value=Amount(
            v["low"], v["high"], v.get("text"), v.get("qualifier"), v.get("currency"), v.get("per")
        ),
        evidence=Evidence(e["sentence"], e["start"], e["end"]),
        destinations=list(c.get("destinations") or []),
        status=c.get("status"),
        sector=c.get("sector"),
        attribution=c.get("attribution"),
        period=Period(p.get("start"), p.get("end"), p.get("text")) if p else None,
    )


def fill(url: str, gold: dict[str, dict], corpus: dict[str, dict]) -> None:
    """Store every shared article with its gold claims, clustered by its story tag."""
    with Store.open(url) as store:
        for doc_id, record in gold.items():
            art = corpus[doc_id]
            doc = Document(
                id=doc_id,
                text=art["text"],
                title=art.get("title"),
                url=art.get("url"),
                published=art.get("published"),
                publisher=art.get("publisher"),
            )
            ext = Extraction(
                doc,
                record["document"].get("relevant", True),
                1.0,
                [_claim(c) for c in record["claims"]],
            )
            store.save(ext, cluster=art.get("story"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def filled_db(request, tmp_path, gold_records, corpus_records) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'lw.db'}"
        fill(url, gold_records, corpus_records)
        yield url
        return
    import psycopg

    pg_url, name = request.getfixturevalue("pg_url"), f"lw_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    try:
        url = f"{pg_url}?options={quote(f'-csearch_path={name}')}"
        fill(url, gold_records, corpus_records)
        yield url
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {name} CASCADE")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)


def test_reconcile_cli_estimate_json_from_the_store(filled_db):
    rows = load_rows(filled_db, None)
    assert {r.cluster for r in rows if r.document_id in ("p038", "p039")} == {
        "yonhap-deadline-2019"
    }
    out = run(
        "estimate", "--db", filled_db, "--country", "M49:001", "--year", "2023", "--format", "json"
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    (world,) = [e for e in data["estimates"] if e["measure"] == "stock" and not e["sector"]]
    assert world["low"] <= 100_000 <= world["high"]
    (rev,) = data["revenue"]
    assert rev["p05"] <= 500_000_000 <= rev["p95"]
    docs = {d for f in data["facts"] if f["id"] in world["facts"] for d in f["documents"]}
    assert {"seed-003", "p117"} <= docs


def test_reconcile_cli_estimate_table_and_csv(filled_db):
    table = run("estimate", "--db", filled_db, "--country", "ru")
    assert table.returncode == 0, table.stderr
    assert "Russia" in table.stdout and "stock" in table.stdout
    out = run("estimate", "--db", filled_db, "--year", "2019", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows and all(r["year"] == "2019" for r in rows)
    assert {"RU", "M49:001"} <= {r["destination"] for r in rows}
    assert "claims" in out.stderr and "claims" not in out.stdout


def test_reconcile_cli_estimate_from_extractor_output_file(tmp_path, gold_records):
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in gold_records.values()))
    out = run("estimate", "--claims", str(path), "--country", "CN", "--format", "csv")
    assert out.returncode == 0, out.stderr
    assert "CN" in out.stdout


def test_reconcile_cli_user_errors_are_one_line(tmp_path):
    missing = run("estimate", "--claims", str(tmp_path / "none.jsonl"))
    assert missing.returncode != 0 and "Traceback" not in missing.stderr
    assert "cannot read" in missing.stderr and missing.stdout == ""
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    out = run("estimate", "--claims", str(bad))
    assert out.returncode != 0 and f"{bad}:1" in out.stderr and "Traceback" not in out.stderr
