"""Benchmark: add 1,000 documents to the picture of 1,000,000 claims, beside a full rebuild.

The claims are those of ``estimate_scale.py``; the batch is new reporting (documents
published in the latest years, ``--batch-years``; ``--batch-years 2010-2025`` spreads it
over every year, the worst case). Prints, for the incremental update and the full rebuild
of the same claims, wall and CPU seconds and memory: the update's peak of new allocations
(tracemalloc) and the process's peak RSS while the first picture was built. Checks that
both pictures are the same (estimates, revenue, flags, facts and their grades).

    .venv/bin/python bench/picture_incremental.py [--claims 1000000] [--documents 1000]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from estimate_scale import synthesise
from laborwatch.reconcile import Picture, reconcile
from laborwatch.reconcile.incremental import Reconciler


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    gc.collect()
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - t0, time.process_time() - c0, out


def _digest(p: Picture) -> str:
    return json.dumps(
        [
            [e.to_dict() for e in p.estimates],
            [r.to_dict() for r in p.revenue],
            [f.to_dict() for f in p.flags],
            [x.to_dict() for x in p.plans + p.compliance],
            [(f.id, f.grade, f.contradicts, len(f.claims)) for f in p.facts],
        ],
        sort_keys=True,
        default=str,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--batch-years", default="2025-2026")
    parser.add_argument(
        "--runs", type=int, default=4, help="batches added one after another (the last traced)"
    )
    parser.add_argument("--no-rebuild", action="store_true", help="skip the full rebuild")
    args = parser.parse_args()
    lo, hi = (int(y) for y in args.batch_years.split("-"))
    print(f"load: {os.getloadavg()}")
    rows = synthesise(args.claims)
    last_doc = int(rows[-1].document_id.split("-")[1])
    batches = []
    for run in range(args.runs):
        batch = synthesise(
            0,
            seed=100 + run,
            documents=args.documents,
            years=(lo, hi),
            first_doc=last_doc + run * args.documents,
            first_claim=rows[-1].claim_id + 1 + sum(len(b) for b in batches),
        )
        batches.append(batch)
    mine = _incremental(args, rows, batches)
    if args.no_rebuild:
        return
    every = rows + [r for b in batches for r in b]
    gc.collect()
    before = _rss_mb()
    wall, cpu, full = _timed(lambda: reconcile(every))
    print(
        f"full rebuild, {len(every):,} claims: {wall:6.2f} s  CPU {cpu:6.2f} s  "
        f"peak RSS {_peak_mb():,.0f} MB (process; {before:,.0f} MB before)"
    )
    print("same picture:", _digest(full) == mine)
    print(f"load: {os.getloadavg()}")


def _incremental(args: argparse.Namespace, rows: list[Any], batches: list[list[Any]]) -> str:
    """Build the first picture, add the batches; the last picture's digest."""
    base = _rss_mb()
    rec = Reconciler()
    wall, cpu, _ = _timed(lambda: rec.add(rows))
    first_peak = _peak_mb() - base
    print(
        f"first picture, {len(rows):,} claims: {wall:6.2f} s  CPU {cpu:6.2f} s  "
        f"peak RSS +{first_peak:,.0f} MB over the rows ({base:,.0f} MB)"
    )
    walls, cpus = [], []
    for n, batch in enumerate(batches):
        traced = n == len(batches) - 1  # the last batch measures memory (tracemalloc slows it)
        if traced:
            tracemalloc.start()
        wall, cpu, picture = _timed(lambda b=batch: rec.add(b))  # type: ignore[misc]
        what = f"{wall:6.2f} s  CPU {cpu:6.2f} s"
        if traced:
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
            what = f"new allocations peak {peak:,.0f} MB (traced, so slower)"
        else:
            walls.append(wall)
            cpus.append(cpu)
        touched = sorted(rec.touched_years)
        print(
            f"  +{args.documents:,} documents ({len(batch):,} claims; years "
            f"{touched[0]}-{touched[-1]} recomputed): {what}"
        )
    print(
        f"incremental update: median {statistics.median(walls):.2f} s  CPU "
        f"{statistics.median(cpus):.2f} s  of {len(walls)}; process RSS {_rss_mb():,.0f} MB"
    )
    return _digest(picture)


if __name__ == "__main__":
    main()
