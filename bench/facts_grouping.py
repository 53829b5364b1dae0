"""Benchmark: facts grouping (``build_facts``) alone at 1,000,000 synthetic claims.

Prints the median CPU and wall seconds of several runs and a digest of the whole output (each fact's
id, fields and claims in order), so a faster grouping can be checked to give the very same
facts. With ``--against FILE``, a second ``facts.py`` (e.g. ``git show main:...``) is timed
on the same claims, runs alternating, for a before/after in one window.

    .venv/bin/python bench/facts_grouping.py [--claims 1000000] [--runs 3] [--against FILE]
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import importlib.util
import os
import statistics
import time
from collections.abc import Callable, Sequence
from types import ModuleType

from estimate_scale import synthesise
from laborwatch.model import ClaimRow
from laborwatch.reconcile import facts as current
from laborwatch.reconcile.records import Fact


def digest(facts: Sequence[Fact]) -> str:
    """A short hash of every fact's id, fields and claim ids, in order."""
    h = hashlib.sha256()
    for f in facts:
        fields = (f.id, f.kind, f.measure, f.status, f.destinations, f.sector, f.low, f.high)
        rest = (f.qualifier, f.years, f.per, f.scope, f.basis, [c.claim_id for c in f.claims])
        h.update(repr(fields + rest).encode())
    return h.hexdigest()[:16]


def _load(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("facts_against", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--against", help="another facts.py to time on the same claims")
    args = parser.parse_args()
    rows = synthesise(args.claims)
    builds: dict[str, Callable[[list[ClaimRow]], list[Fact]]] = {"this": current.build_facts}
    if args.against:
        builds["against"] = _load(args.against).build_facts
    cpu: dict[str, list[float]] = {name: [] for name in builds}
    wall: dict[str, list[float]] = {name: [] for name in builds}
    digests: dict[str, str] = {}
    counts: dict[str, int] = {}
    for _ in range(args.runs):
        for name, build in builds.items():
            gc.collect()
            c0, w0 = time.process_time(), time.perf_counter()
            facts = build(rows)
            gc.collect(0)  # the young objects the build left for the collector
            cpu[name].append(time.process_time() - c0)
            wall[name].append(time.perf_counter() - w0)
            digests[name], counts[name] = digest(facts), len(facts)
            del facts
    for name, times in cpu.items():
        runs = " ".join(f"{t:.2f}" for t in times)
        print(
            f"{name:8} CPU {statistics.median(times):6.2f} s (runs {runs})  "
            f"wall {statistics.median(wall[name]):6.2f} s  "
            f"{counts[name]:,} facts  digest {digests[name]}"
        )
    print(f"claims: {len(rows):,}; load: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
