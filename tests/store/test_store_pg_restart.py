"""The PostgreSQL server restarting in the middle of an ingest, on a private server of
this test's own (initdb in a temporary folder, a free port): the machine's shared server
is never touched. The run ends with a clear error, the store keeps only whole batches,
and a re-run completes with every document and claim once."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from laborwatch.jobs.ports import free_port
from laborwatch.store import Store

WORKER = Path(__file__).with_name("ingest_worker.py")
COPIES = 10  # 56 articles x 10 = 560 documents, batches of 100
FIGURE = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")  # the worker's claims: one per figure
BIN = Path("/usr/local/bin")

pytestmark = pytest.mark.postgres


@dataclass
class PrivateServer:
    """A PostgreSQL server of this test's own."""

    data: Path
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def ctl(self, *args: str) -> None:
        options = (
            f"-p {self.port} -k {self.data.parent} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c max_connections=20"
        )
        subprocess.run(
            _as_owner(
                str(_tool("pg_ctl")),
                "-D",
                str(self.data),
                "-o",
                options,
                "-l",
                str(self.log),
                "-w",
                "-t",
                "120",
                *args,
            ),
            check=True,
            capture_output=True,
        )


def _tool(name: str) -> Path:
    found = shutil.which(name)
    return Path(found) if found else BIN / name


def _as_owner(*cmd: str) -> list[str]:
    """PostgreSQL refuses to run as root: run its tools as the postgres user then."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return list(cmd)


@pytest.fixture
def private_pg() -> Iterator[PrivateServer]:
    if not _tool("initdb").exists() or not _tool("pg_ctl").exists():
        pytest.skip("initdb/pg_ctl not found (PATH, /usr/local/bin): no private server")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: cannot start PostgreSQL")
    folder = Path(tempfile.mkdtemp(prefix="lw-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    server = PrivateServer(folder / "data", free_port(), folder / "server.log")
    try:
        subprocess.run(
            _as_owner(
                str(_tool("initdb")),
                "-D",
                str(server.data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "--no-sync",
            ),
            check=True,
            capture_output=True,
        )
        server.ctl("start")
        yield server
    finally:
        subprocess.run(
            _as_owner(str(_tool("pg_ctl")), "-D", str(server.data), "-m", "immediate", "stop"),
            check=False,
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


def _worker(url: str, corpus: Path, prefix: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKER), url, str(corpus), str(COPIES), prefix],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "LW_EXTRACT_SECONDS": "0.01"},
    )


def _figures(corpus: Path) -> dict[str, int]:
    """Claims the worker's extractor finds in each article."""
    out = {}
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["id"]] = len(FIGURE.findall(rec["text"]))
    return out


def _claims_by_document(store: Store) -> dict[str, int]:
    found: dict[str, int] = {}
    for c in store.claims():
        found[c.document_id] = found.get(c.document_id, 0) + 1
    return found


def test_store_postgres_restart_mid_ingest(private_pg: PrivateServer, shared_dir: Path) -> None:
    corpus = shared_dir / "corpus" / "dev.jsonl"
    figures = _figures(corpus)
    url = private_pg.url
    Store.open(url).close()

    victim = _worker(url, corpus, "r-")
    deadline = time.monotonic() + 300
    with Store.open(url) as store:
        while store.counts()["documents"] < 100:  # the first batch committed
            assert victim.poll() is None, victim.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
    private_pg.ctl("-m", "immediate", "stop")  # as a crash or an OOM kill of the server
    time.sleep(1.0)
    private_pg.ctl("start")
    out, err = victim.communicate(timeout=300)

    # A clear error: one line naming the database and what happened, no traceback.
    assert victim.returncode == 1, (out, err)
    assert "Traceback" not in err
    (line,) = [x for x in err.splitlines() if x.startswith("error:")]
    assert f"127.0.0.1:{private_pg.port}" in line
    assert re.search(r"connection|terminat|server closed|shut ?down", line, re.I), line

    # A consistent store: whole batches only (each document with all its claims).
    with Store.open(url) as store:
        stored = store.counts()["documents"]
        assert 0 < stored < len(figures) * COPIES
        claims = _claims_by_document(store)
        order = [f"r-{a}-{i}" for i in range(COPIES) for a in figures]
        assert sorted(d.id for d in store.documents(limit=10_000)) == sorted(order[:stored])
        for doc in store.documents(limit=10_000):
            base = doc.id.removeprefix("r-").rsplit("-", 1)[0]
            assert claims.get(doc.id, 0) == figures[base], doc.id

    rerun = _worker(url, corpus, "r-")
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    counts, failed = (json.loads(x) for x in out.splitlines())
    total = len(figures) * COPIES
    assert failed["failed"] == 0
    assert counts == {"new": total - stored, "unchanged": stored}
    with Store.open(url) as store:
        assert store.counts()["documents"] == total
        assert store.counts()["claims"] == COPIES * sum(figures.values())
        status = [r["status"] for r in store.runs()]
        assert status[-1] == "finished" and status[0] in {"failed", "interrupted"}
