"""Kill an ingest with SIGKILL mid-run, re-run it: the store equals an uninterrupted run."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from laborwatch.store import Store

WORKER = Path(__file__).with_name("ingest_worker.py")
COPIES = 12  # 56 articles x 12 = 672 documents: seven committed batches of 100


def _run(url: str, corpus: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), url, str(corpus), str(COPIES)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _count(url: str) -> int:
    with Store.open(url) as store, store.engine.connect() as conn:
        return conn.execute(sa.text("SELECT count(*) FROM documents")).scalar_one()


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Everything an ingest writes, without surrogate ids and timestamps."""
    queries = {
        "documents": "SELECT id, content_hash, cluster, revision, relevant, relevance,"
        " publisher_id FROM documents ORDER BY id",
        "claims": "SELECT document_id, kind, low, high, qualifier, destinations, sentence,"
        " evidence_start, evidence_end, revision, current FROM claims"
        " ORDER BY document_id, evidence_start",
        "destinations": "SELECT c.document_id, c.evidence_start, d.destination"
        " FROM claim_destinations d JOIN claims c ON c.id = d.claim_id"
        " ORDER BY 1, 2, 3",
        "revisions": "SELECT document_id, revision, content_hash FROM document_revisions"
        " ORDER BY 1, 2",
        "sketches": "SELECT document_id, shingles, signature FROM minhashes ORDER BY 1",
        "buckets": "SELECT bucket, document_id FROM lsh_buckets ORDER BY 1, 2",
        "publishers": "SELECT id, name FROM publishers ORDER BY 1",
    }
    with Store.open(url) as store, store.engine.connect() as conn:
        return {k: [tuple(r) for r in conn.execute(sa.text(q))] for k, q in queries.items()}


def test_store_sigkill_then_rerun_equals_uninterrupted(
    db_url: str, other_db_url: str, shared_dir: Path
) -> None:
    corpus = shared_dir / "corpus" / "dev.jsonl"
    Store.open(db_url).close()  # migrate first, so polling never races the migration
    reference = _run(other_db_url, corpus)  # the uninterrupted run, alongside
    victim = _run(db_url, corpus)
    deadline = time.monotonic() + 120
    while _count(db_url) == 0:  # wait for the first committed batch
        assert victim.poll() is None, victim.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    interrupted = _count(db_url)
    assert 0 < interrupted < 56 * COPIES

    resumed = _run(db_url, corpus)
    out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    assert json.loads(out.splitlines()[0]) == {
        "new": 56 * COPIES - interrupted,
        "unchanged": interrupted,
    }

    _, err = reference.communicate(timeout=300)
    assert reference.returncode == 0, err

    got, want = snapshot(db_url), snapshot(other_db_url)
    assert len(want["documents"]) == 56 * COPIES and len(want["claims"]) > 200
    for table in want:
        assert got[table] == want[table], table
    clusters = {row[2] for row in want["documents"]}
    assert len(clusters) <= 56  # the copies of each article share its story cluster
