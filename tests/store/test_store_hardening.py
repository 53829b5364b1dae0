"""Concurrent ingests into one SQLite store, counters of a failed batch, killed runs."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from laborwatch.model import Amount, Claim, Document, Evidence, Extraction
from laborwatch.store import RunCounts, Store
from laborwatch.store.runner import Ingest
from laborwatch.store.schema import ingest_runs

WORKER = Path(__file__).with_name("ingest_worker.py")
COPIES = 6  # 56 articles x 6 = 336 documents per worker, batches of 100


def _worker(url: str, corpus: Path, prefix: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), url, str(corpus), str(COPIES), prefix],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **env},
    )


def test_store_two_ingest_processes_into_one_sqlite_store(tmp_path: Path, shared_dir: Path) -> None:
    """Both writers wait for the write lock (BEGIN IMMEDIATE) instead of failing at once.

    Both record their run, then start ingesting at the same moment with an extractor that
    takes 10 ms a document, as two ``laborwatch ingest`` commands started together do.
    """
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    corpus = shared_dir / "corpus" / "dev.jsonl"
    Store.open(url).close()
    start = str(time.time() + 15)  # generous: both interpreters must be up by then
    env = {"LW_EXTRACT_SECONDS": "0.01", "LW_START_AT": start}
    workers = [_worker(url, corpus, prefix, **env) for prefix in ("a-", "b-")]
    outcomes = []
    for w in workers:
        out, err = w.communicate(timeout=600)
        assert w.returncode == 0, err
        counts, failed = (json.loads(line) for line in out.splitlines())
        outcomes.append((counts, failed))
    for counts, failed in outcomes:
        assert failed["failed"] == 0, failed["failures"]
        assert counts == {"new": 56 * COPIES, "unchanged": 0}
    with Store.open(url) as store:
        assert store.counts()["documents"] == 2 * 56 * COPIES
        runs = store.runs()
    assert [r["status"] for r in runs] == ["finished", "finished"]
    assert [r["documents_new"] for r in runs] == [56 * COPIES, 56 * COPIES]


class _Figures:
    def extract(self, doc: Document) -> Extraction:
        claim = Claim("workers", Amount(100.0, 100.0, "100", "exact"), Evidence(doc.text, 0, 3))
        return Extraction(doc, True, 0.5, [claim])


def _then_fail(n: int) -> Iterator[object]:
    for i in range(n):
        yield Document(id=f"doc-{i}", text=f"100 workers, report {i}.")
    raise RuntimeError("the source broke mid-batch")


def test_store_failed_batch_is_not_counted_as_stored(store: Store) -> None:
    job = Ingest(store, extractor=_Figures(), batch_documents=4)
    with pytest.raises(RuntimeError):
        job.run(_then_fail(6))  # one batch of 4 commits, the second (2 documents) rolls back
    assert store.counts()["documents"] == 4
    assert (job.counts.documents_new, job.counts.claims_added) == (4, 4)
    assert job.counts.documents_failed == 2
    assert any("rolled back" in f for f in job.counts.failures)


def test_store_killed_run_is_marked_interrupted_by_the_next(db_url: str, shared_dir: Path) -> None:
    corpus = shared_dir / "corpus" / "dev.jsonl"
    with Store.open(db_url) as store:
        live = store.begin_run(["this process, still running"])
        victim = _worker(db_url, corpus, "v-")
        deadline = time.monotonic() + 120
        while store.counts()["documents"] == 0:  # the victim committed a batch
            assert victim.poll() is None, victim.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
        killed = next(r["id"] for r in store.runs() if r["id"] != live)
        assert {r["id"]: r["status"] for r in store.runs()}[killed] == "running"

        after = store.begin_run(["the next run"])
        status = {r["id"]: r["status"] for r in store.runs()}
        assert status == {live: "running", killed: "interrupted", after: "running"}
        store.finish_run(live, RunCounts())
        store.finish_run(after, RunCounts())
        assert next(r for r in store.runs() if r["id"] == killed)["finished_at"] is not None


def test_store_silent_run_on_another_host_is_interrupted(store: Store) -> None:
    """A run elsewhere cannot be asked if its process lives: an hour without a batch is dead."""
    now = datetime.now(UTC)
    with store.transaction() as conn:
        for host, last in (("elsewhere", now - timedelta(hours=2)), ("busy", now)):
            conn.execute(
                sa.insert(ingest_runs).values(
                    started_at=last, heartbeat_at=last, status="running", host=host, pid=1
                )
            )
    store.begin_run(["next"])
    status = {r["host"]: r["status"] for r in store.runs()}
    assert status == {
        "elsewhere": "interrupted",
        "busy": "running",
        socket.gethostname(): "running",
    }


def test_store_two_ingest_processes_with_overlapping_inputs(db_url: str, shared_dir: Path) -> None:
    """Two writers ingesting the same documents at the same moment, on SQLite and on
    PostgreSQL: no error, each document stored once with its claims once, and every
    document counted once as new, by one writer or the other."""
    corpus = shared_dir / "corpus" / "dev.jsonl"
    Store.open(db_url).close()
    start = str(time.time() + 15)
    env = {"LW_EXTRACT_SECONDS": "0.005", "LW_START_AT": start}
    workers = [_worker(db_url, corpus, "same-", **env) for _ in range(2)]
    outcomes = []
    for w in workers:
        out, err = w.communicate(timeout=600)
        assert w.returncode == 0, err
        counts, failed = (json.loads(line) for line in out.splitlines())
        assert failed["failed"] == 0, failed["failures"]
        outcomes.append(counts)
    total = 56 * COPIES
    assert sum(c["new"] for c in outcomes) == total
    assert sum(c["new"] + c["unchanged"] for c in outcomes) == 2 * total
    with Store.open(db_url) as store:
        counts = store.counts()
        assert counts["documents"] == total
        assert counts["claims"] == _claims_expected(corpus)
        assert [r["status"] for r in store.runs()] == ["finished", "finished"]


def _claims_expected(corpus: Path) -> int:
    """Claims of one ingest by the worker's extractor (one per figure like 24,200)."""
    import re

    figure = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")
    texts = [json.loads(line)["text"] for line in corpus.read_text().splitlines() if line.strip()]
    return COPIES * sum(len(figure.findall(t)) for t in texts)
