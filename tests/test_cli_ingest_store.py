"""``laborwatch ingest``, ``claims`` and ``documents`` through Typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jsonschema
import psycopg
import pytest

from laborwatch.model import Amount, Claim, Document, Evidence, Extraction, Period
from laborwatch.store import Store


@pytest.fixture(scope="session")
def lw(cli: Any) -> Any:
    """``laborwatch ARGS...`` through CliRunner (the conftest's ``cli``)."""
    return cli


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'lw.db'}"


@pytest.fixture
def articles(tmp_path: Path, corpus_records: dict) -> Path:
    """A folder of real articles saved as text files (read from ../shared at test time)."""
    folder = tmp_path / "saved"
    (folder / "sub").mkdir(parents=True)
    for doc_id in ("seed-000", "seed-003"):
        (folder / f"{doc_id}.txt").write_text(corpus_records[doc_id]["text"], encoding="utf-8")
    text = corpus_records["p049"]["text"]
    (folder / "sub" / "mongolia.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def ingested(
    lw: Any, tmp_path_factory: pytest.TempPathFactory, shared_dir: Path
) -> tuple[str, str]:
    """dev.jsonl and two saved articles ingested once: (db url, stderr of the run)."""
    tmp = tmp_path_factory.mktemp("ingested")
    folder = tmp / "saved"
    folder.mkdir()
    for line in (shared_dir / "corpus" / "seeds.jsonl").read_text("utf-8").splitlines()[:2]:
        rec = json.loads(line)
        (folder / f"{rec['id']}.txt").write_text(rec["text"], encoding="utf-8")
    db = f"sqlite:///{tmp / 'lw.db'}"
    first = lw("ingest", str(shared_dir / "corpus" / "dev.jsonl"), str(folder), "--db", db)
    assert first.returncode == 0, first.stderr
    return db, first.stderr


def test_cli_ingest_reingest_adds_nothing(
    lw: Any, ingested: tuple[str, str], shared_dir: Path
) -> None:
    db, first = ingested
    assert "documents: 58 new, 0 updated, 0 unchanged, 0 failed" in first
    dev = str(shared_dir / "corpus" / "dev.jsonl")
    again = lw("ingest", dev, "--db", db)
    assert again.returncode == 0, again.stderr
    assert "documents: 0 new, 0 updated, 56 unchanged, 0 failed" in again.stderr
    assert "58 documents in" in again.stderr


def test_cli_ingest_changed_file_is_a_revision(lw: Any, db: str, articles: Path) -> None:
    assert lw("ingest", str(articles), "--db", db).returncode == 0
    page = articles / "seed-003.txt"
    page.write_text(page.read_text(encoding="utf-8") + "\nCorrection appended.", "utf-8")
    out = lw("ingest", str(articles), "--db", db)
    assert "0 new, 1 updated, 2 unchanged" in out.stderr
    docs = [json.loads(x) for x in lw("documents", "--db", db, "-f", "jsonl").stdout.splitlines()]
    assert {d["id"]: d["revision"] for d in docs} == {"seed-000": 1, "seed-003": 2, "mongolia": 1}


def test_cli_ingest_bad_sources_reported_and_skipped(
    lw: Any, db: str, tmp_path: Path, corpus_records: dict
) -> None:
    corpus = tmp_path / "mixed.jsonl"
    good = {k: corpus_records["p022"][k] for k in ("id", "text", "publisher")}
    corpus.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    out = lw("ingest", str(tmp_path / "missing.html"), str(corpus), "--db", db)
    assert out.returncode == 1
    assert "missing.html" in out.stderr and "mixed.jsonl:2" in out.stderr
    assert "1 new, 0 updated, 0 unchanged, 2 failed" in out.stderr
    with Store.open(db) as store:
        assert [d.id for d in store.documents()] == ["p022"]
        runs = store.runs()
    assert runs[-1]["status"] == "finished" and runs[-1]["documents_failed"] == 2


def test_cli_documents_formats_search_and_clusters(lw: Any, ingested: tuple[str, str]) -> None:
    db, _ = ingested
    lines = lw("documents", "--db", db, "--format", "jsonl").stdout.splitlines()
    docs = {d["id"]: d for d in map(json.loads, lines)}
    assert len(docs) == 58
    wanted = {"id", "url", "title", "published", "publisher", "relevant", "cluster", "revision"}
    assert all(wanted <= set(d) for d in docs.values())
    assert docs["p006"]["cluster"] == docs["p007"]["cluster"]  # one AP story, two sites
    assert docs["p049"]["cluster"] != docs["p052"]["cluster"]
    found = lw("documents", "--db", db, "--search", "squid", "-f", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(found)))
    assert {r["id"] for r in rows} == {"p004", "p005"}
    table = lw("documents", "--db", db, "--search", "Mongolia")
    assert table.returncode == 0 and "p049" in table.stdout and "documents" in table.stderr


def _claims_store(db: str, corpus_records: dict) -> None:
    r = corpus_records["seed-004"]
    doc = Document(id="seed-004", text=r["text"], publisher=r["publisher"], published="2025-10")
    at = doc.text.index("28,000")
    sentence_end = doc.text.index(".", at) + 1
    claims = [
        Claim(
            "workers",
            Amount(None, 28000, "up to 28,000", "at_most"),
            Evidence(doc.text[:sentence_end], 0, sentence_end),
            ["RU"],
            "planned",
            "construction",
            Period("2025", None, None),
            "Daily NK",
        ),
        Claim(
            "wage",
            Amount(600, 700, "$600-700", currency="USD", per="month"),
            Evidence(doc.text[:sentence_end], 0, sentence_end),
            ["CN"],
        ),
    ]
    with Store.open(db) as store:
        store.save(Extraction(doc, True, 0.9, claims))


def test_cli_claims_jsonl_is_the_spec_plus_ids(
    lw: Any, db: str, corpus_records: dict, shared_dir: Path
) -> None:
    _claims_store(db, corpus_records)
    schema = json.loads((shared_dir / "spec" / "claim.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(
        {**schema["$defs"]["claim"], "$defs": schema["$defs"]}
    )
    out = lw("claims", "--db", db, "--format", "jsonl")
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert len(lines) == 2 and out.stderr.strip() == "2 claims"
    for line in lines:
        validator.validate({k: v for k, v in line.items() if k not in ("document", "id")})
        assert line["document"] == "seed-004" and isinstance(line["id"], int)
    assert lines[0]["count"] == {
        "low": None,
        "high": 28000,
        "qualifier": "at_most",
        "text": "up to 28,000",
    }
    ru = lw(
        "claims",
        "--db",
        db,
        "--country",
        "RU",
        "--status",
        "planned",
        "--since",
        "2024",
        "--sector",
        "construction",
        "--kind",
        "workers",
        "-f",
        "csv",
    )
    rows = list(csv.DictReader(io.StringIO(ru.stdout)))
    assert [r["kind"] for r in rows] == ["workers"] and rows[0]["destinations"] == "RU"
    assert lw("claims", "--db", db, "--since", "2026", "-f", "jsonl").stdout == ""
    assert "up to 28,000" in lw("claims", "--db", db).stdout
    assert len(lw("claims", "--db", db, "--limit", "1", "-f", "jsonl").stdout.splitlines()) == 1


def test_cli_claims_bad_option_is_one_clear_line(lw: Any, db: str) -> None:
    out = lw("claims", "--db", db, "--since", "last year")
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert out.stderr.strip().startswith("error:") and len(out.stderr.strip().splitlines()) == 1
    status = lw("claims", "--db", db, "--status", "working")
    assert "--status must be one of planned" in status.stderr and status.returncode == 1
    bad = lw("documents", "--db", "mysql://nobody@nowhere/db")
    assert bad.returncode != 0 and "unsupported database" in bad.stderr


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[str]:
    name = f"lw_cli_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    try:
        yield f"{pg_url}?options={quote(f'-csearch_path={name}')}"
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {name} CASCADE")


@pytest.mark.postgres
def test_cli_ingest_into_postgresql(
    lw: Any, pg_db: str, tmp_path: Path, corpus_records: dict
) -> None:
    corpus = tmp_path / "some.jsonl"
    ids = ("p004", "p005", "p006", "p007", "p049", "seed-004")
    corpus.write_text("".join(json.dumps(corpus_records[i]) + "\n" for i in ids), "utf-8")
    first = lw("ingest", str(corpus), "--db", pg_db)
    assert first.returncode == 0, first.stderr
    # p007 copies p006 word for word; p005 is the rewrite (same story) of p004
    assert "6 new" in first.stderr and "2 documents joined an existing story" in first.stderr
    assert "6 unchanged" in lw("ingest", str(corpus), "--db", pg_db).stderr
    found = lw("documents", "--db", pg_db, "--search", "squid", "-f", "jsonl").stdout
    assert {json.loads(x)["id"] for x in found.splitlines()} == {"p004", "p005"}
