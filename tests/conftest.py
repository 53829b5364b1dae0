"""Fixtures every test may use: the shared corpus (real articles) beside the repository."""

from __future__ import annotations

import contextlib
import json
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("LABORWATCH_SHARED", REPO.parent / "shared"))


def _load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``: the real articles, gold claims and the evaluator (CI has it too)."""
    if not (SHARED / "corpus" / "seeds.jsonl").exists():
        pytest.fail(f"the shared corpus is missing at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def corpus_records(shared_dir: Path) -> dict[str, dict]:
    """Every shared article (seeds and dev) by id."""
    recs = _load_jsonl(shared_dir / "corpus" / "seeds.jsonl")
    recs += _load_jsonl(shared_dir / "corpus" / "dev.jsonl")
    return {r["id"]: r for r in recs}


@pytest.fixture(scope="session")
def gold_records(shared_dir: Path) -> dict[str, dict]:
    """Hand-annotated claims by document id."""
    return {r["document"]["id"]: r for r in _load_jsonl(shared_dir / "gold" / "dev.jsonl")}


@contextlib.contextmanager
def _serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """A threaded HTTP server on 127.0.0.1 (a free port) for ``handler``; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def serving() -> Callable[[type[BaseHTTPRequestHandler]], contextlib.AbstractContextManager[str]]:
    """``with serving(Handler) as base:`` runs a local HTTP server for a test's fixture."""
    return _serving


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The real PostgreSQL server (CI starts or installs it; see .ci/run)."""
    return os.environ.get("LABORWATCH_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def fresh_pg_schema(pg_url: str) -> Iterator[str]:
    """A uniquely named schema on the real server; yields a URL whose search_path is it."""
    import psycopg

    name = f"lw_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    sep = "&" if "?" in pg_url else "?"
    try:
        yield f"{pg_url}{sep}options={quote(f'-csearch_path={name}')}"
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {name} CASCADE")


@pytest.fixture
def pg_schema(pg_url: str) -> Iterator[str]:
    """A URL to a fresh, empty schema on the real PostgreSQL server."""
    yield from fresh_pg_schema(pg_url)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database of each kind: a SQLite file, a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'laborwatch.db'}"
    else:
        yield from fresh_pg_schema(request.getfixturevalue("pg_url"))


@dataclass
class CliResult:
    """What a command did: exit status, stdout (text and bytes) and stderr."""

    returncode: int
    stdout: str
    stdout_bytes: bytes
    stderr: str


@pytest.fixture(scope="session")
def cli() -> Callable[..., CliResult]:
    """Run ``laborwatch ARGS...`` in this process through Typer's CliRunner."""
    from typer.testing import CliRunner

    from laborwatch.cli import app

    runner = CliRunner()

    def run(*args: str, stdin: bytes | str | None = None, env: dict | None = None) -> CliResult:
        result = runner.invoke(app, list(args), input=stdin, env=env, catch_exceptions=False)
        return CliResult(result.exit_code, result.stdout, result.stdout_bytes, result.stderr)

    return run
