"""Web fixtures: a store built from the real shared articles through the real extractor.

The corpus store is built once per session; tests that write get their own file copy.
"""

from __future__ import annotations

import itertools
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
import uvicorn
from fastapi.testclient import TestClient

from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.jsonl import read_jsonl
from laborwatch.jobs.ports import free_port
from laborwatch.model import Document
from laborwatch.review import TokenStore
from laborwatch.store import Store
from laborwatch.store.runner import Ingest
from laborwatch.web import create_app


def ingest_corpus(store: Store, shared_dir: Path) -> None:
    corpus = shared_dir / "corpus"
    items = itertools.chain(read_jsonl(corpus / "seeds.jsonl"), read_jsonl(corpus / "dev.jsonl"))
    Ingest(store, extractor=Extractor()).run(items)


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Path:
    """A SQLite store holding every shared article (seeds and dev), extracted and clustered."""
    path = tmp_path_factory.mktemp("webstore") / "corpus.db"
    with Store.open(f"sqlite:///{path}") as store:
        ingest_corpus(store, shared_dir)
    return path


@pytest.fixture
def store(corpus_db: Path, tmp_path: Path) -> Iterator[Store]:
    """A private, writable copy of the corpus store."""
    path = tmp_path / "store.db"
    shutil.copy(corpus_db, path)
    with Store.open(f"sqlite:///{path}") as s:
        yield s


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store), base_url="http://127.0.0.1") as c:
        yield c


@pytest.fixture
def token(store: Store) -> str:
    return TokenStore(store).create("test analyst")


@pytest.fixture
def live_server(store: Store) -> Iterator[str]:
    """The app under uvicorn on an ephemeral 127.0.0.1 port, in a thread."""
    app = create_app(store)
    config = uvicorn.Config(
        app, host="127.0.0.1", port=free_port(), log_level="warning", access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{config.port}"
    finally:
        server.should_exit = True
        thread.join(10)


PAYLOAD = "<script>alert('xss')</script>"
IMG = '<img src=x onerror="alert(1)">'


@pytest.fixture
def hostile_claims(store: Store, corpus_records: dict) -> list[int]:
    """Claim ids of a real article wrapped in script payloads (title, text, publisher, URL)."""
    doc = Document(
        id="xss-1",
        title=f"{PAYLOAD} North Korean workers {IMG}",
        text=f"{PAYLOAD}\n{IMG}</mark><script>alert(2)</script>\n\n"
        f"{corpus_records['seed-000']['text']}\n\n{PAYLOAD}",
        url="javascript:alert(3)",
        publisher=f"evil{PAYLOAD}.example",
        published="2024-05",
    )
    store.save(Extractor().extract(doc))
    ids = [r.claim_id for r in store.claim_rows(document="xss-1")]
    assert ids, "the hostile article must yield claims to render"
    return ids


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_store(  # an empty store on SQLite and on the real PostgreSQL
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Store]:
    if request.param == "sqlite":
        with Store.open(f"sqlite:///{tmp_path / 'r.db'}") as s:
            yield s
        return
    pg_url = request.getfixturevalue("pg_url")
    name = f"lw_web_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    try:
        url = f"{pg_url}?options={quote(f'-csearch_path={name}')}"
        with Store.open(url) as s:
            yield s
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {name} CASCADE")
