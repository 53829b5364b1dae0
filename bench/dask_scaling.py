"""Benchmark: WARC shards through the local engine and the Dask engine with 1 and 2 workers.

Input is written first (``warc_shards.py``: real sentences from ../shared/corpus, 1%
relevant, syndicated copies). Each configuration ingests the same shard list into a fresh
SQLite store; clusters are started before the clock (their start-up is not ingest time).
Prints, per configuration and repeat: documents/s (WARC pages per wall second), the
writer's idle share, peak RSS of each worker and of the writer; then the median rates,
the 1 -> 2 worker scaling efficiency, the load (``uptime``) and an extrapolation.

    .venv/bin/python bench/dask_scaling.py [--docs 20000] [--shards 40] [--repeats 1]
        [--relevant-share 0.01] [--input SHARD_DIR] [--engines local,dask-1,dask-2]
        [--progress 60]

``--input`` reuses shards written earlier by ``warc_shards.py`` (the 1,000,000-page run);
``--progress`` prints the pages read so far, their rate, the load and the RSS every that
many seconds, so a run stopped early still gives its rate over the part done.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).parent))
from laborwatch.jobs.engines import EngineOptions, make_engine
from laborwatch.store import Store
from warc_shards import write_shards

MB = 1024 * 1024


def _rss() -> int:
    return psutil.Process().memory_info().rss


def _cpu() -> float:
    t = psutil.Process().cpu_times()
    return t.user + t.system


def _worker_cpu(client: Any | None) -> float:
    return sum(client.run(_cpu).values()) if client is not None else 0.0


class Peaks:
    """Polls the RSS of the workers (via the client) and of this process."""

    def __init__(self, client: Any | None, progress: float = 0.0, engine: Any = None) -> None:
        self.client = client
        self.workers: dict[str, int] = {}
        self.writer = 0
        self.progress = progress
        self.engine = engine
        self._t0 = time.perf_counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        last = time.perf_counter()
        while not self._stop.is_set():
            self.writer = max(self.writer, _rss())
            now: dict[str, int] = {}
            if self.client is not None:
                with contextlib.suppress(Exception):  # a poll racing the end of the run
                    now = self.client.run(_rss)
                for addr, rss in now.items():
                    self.workers[addr] = max(self.workers.get(addr, 0), rss)
            if self.progress and self.engine and time.perf_counter() - last >= self.progress:
                last = time.perf_counter()
                self._report(now)
            self._stop.wait(0.5)

    def _report(self, workers: dict[str, int]) -> None:
        elapsed = time.perf_counter() - self._t0
        pages = self.engine.stats.pages
        row = {
            "elapsed_s": round(elapsed),
            "pages": pages,
            "kept": self.engine.stats.kept,
            "docs_per_s": round(pages / elapsed, 1) if elapsed else 0,
            "load": [round(x, 1) for x in os.getloadavg()],
            "rss_mb_workers": sorted(round(v / MB) for v in workers.values()),
            "rss_mb_writer": round(_rss() / MB),
            "cpu_s_writer": round(_cpu(), 1),
        }
        if self.client is not None:
            with contextlib.suppress(Exception):
                row["cpu_s_workers"] = round(_worker_cpu(self.client), 1)
        print("progress", json.dumps(row), flush=True)

    def __enter__(self) -> Peaks:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@contextmanager
def cluster(workers: int) -> Iterator[tuple[str, Any]]:
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": ":0"},
        ) as c,
        Client(c) as client,
    ):
        client.run(lambda: __import__("laborwatch.jobs.dask_work"))  # imports not timed
        yield c.scheduler_address, client


def one_run(
    listing: Path, tmp: Path, name: str, options: EngineOptions, client: Any, progress: float = 0
) -> dict:
    db = f"sqlite:///{tmp / f'{name}-{time.monotonic_ns()}.db'}"
    with Store.open(db) as store:
        engine = make_engine(store, options)
        with Peaks(client, progress, engine) as peaks:
            cpu0, wcpu0 = _cpu(), _worker_cpu(client)
            t0 = time.perf_counter()
            engine.run([str(listing)])
            wall = time.perf_counter() - t0
        cpu, wcpu = _cpu() - cpu0, _worker_cpu(client) - wcpu0
        counts = store.counts()
    st = engine.stats
    return {
        "engine": name,
        "pages": st.pages,
        "kept": st.kept,
        "seconds": round(wall, 2),
        "docs_per_s": round(st.pages / wall, 1),
        "writer_idle_share": round(getattr(engine, "wait_seconds", 0.0) / wall, 2),
        "cpu_s_writer": round(cpu, 1),
        "cpu_s_workers": round(wcpu, 1),
        "docs_per_worker_cpu_s": round(st.pages / wcpu, 1) if wcpu else None,
        "peak_rss_mb_workers": sorted(round(v / MB) for v in peaks.workers.values()),
        "peak_rss_mb_writer": round(peaks.writer / MB),
        "stored": {k: counts[k] for k in ("documents", "clusters", "claims")},
        "load_after": [round(x, 1) for x in os.getloadavg()],
    }


def _run_named(name: str, listing: Path, tmp: Path, progress: float) -> dict:
    """One run of ``local`` or ``dask-N`` (a LocalCluster of N workers started first)."""
    if name == "local":
        return one_run(listing, tmp, name, EngineOptions(), None, progress)
    with cluster(int(name.split("-")[1])) as (address, client):
        opts = EngineOptions("dask", scheduler=address)
        return one_run(listing, tmp, name, opts, client, progress)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--shards", type=int, default=40)
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--relevant-share", type=float, default=0.01)
    ap.add_argument("--input", type=Path, help="a folder of shards already written")
    ap.add_argument("--engines", default="local,dask-1,dask-2")
    ap.add_argument("--progress", type=float, default=0.0, help="seconds between reports")
    args = ap.parse_args()
    names = args.engines.split(",")
    print("load before:", os.getloadavg(), "cores:", os.cpu_count(), flush=True)
    with tempfile.TemporaryDirectory(prefix="lw-dask-bench-") as d:
        tmp = Path(d)
        shards = args.input.resolve() if args.input else tmp / "shards"
        if not args.input:
            made = write_shards(shards, args.docs, args.shards, relevant_share=args.relevant_share)
            print("input:", json.dumps(made))
        listing = tmp / "warc.paths"
        listing.write_text("".join(f"{p}\n" for p in sorted(shards.iterdir())))
        rows: list[dict] = []
        for _ in range(args.repeats):
            for name in names:
                rows.append(_run_named(name, listing, tmp, args.progress))
                print(json.dumps(rows[-1]), flush=True)
    rate = {
        name: statistics.median(r["docs_per_s"] for r in rows if r["engine"] == name)
        for name in names
    }
    print("median documents/s:", json.dumps(rate))
    print("load after:", os.getloadavg())
    if "dask-1" not in rate or "dask-2" not in rate:
        return
    eff = rate["dask-2"] / (2 * rate["dask-1"])
    print(f"scaling efficiency 1 -> 2 workers: {eff:.2f}")
    best = rate["dask-2"]
    print(
        f"extrapolated at the 2-worker rate: 1,000,000 documents in {1e6 / best / 60:.0f} min; "
        f"per worker {best / 2:.0f} documents/s"
    )
    for name in ("dask-1", "dask-2"):
        per_cpu = statistics.median(r["docs_per_worker_cpu_s"] for r in rows if r["engine"] == name)
        print(f"{name}: {per_cpu} documents per worker CPU-second (load-independent)")


if __name__ == "__main__":
    main()
