"""Start-up cost of the ``laborwatch`` command: wall and CPU time of light commands.

Runs each command 10 times (the installed console script beside ``sys.executable``) and
prints medians: the ``--help`` pages and one light command that opens a store
(``claims`` on an empty SQLite store made in a temporary folder), plus the import time
of ``laborwatch.cli`` from ``python -X importtime``
and the machine load. Usage: ``.venv/bin/python bench/cli_startup.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRIPT = Path(sys.executable).parent / "laborwatch"
COMMANDS = (
    ["--help"],
    ["claims", "--help"],
    ["export", "--help"],
    ["serve", "--help"],
)


def _run(argv: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) for one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def import_time() -> float:
    """Cumulative import time of laborwatch.cli in seconds, from -X importtime."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import laborwatch.cli"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    line = next(ln for ln in out.splitlines() if ln.rstrip().endswith("| laborwatch.cli"))
    return int(line.split("|")[1]) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'command':36} {'wall median':>12} {'cpu median':>11}")
    tmp = tempfile.TemporaryDirectory()
    db = f"sqlite:///{Path(tmp.name) / 'empty.db'}"
    from laborwatch.store import Store

    Store.open(db).close()
    light = ["claims", "--db", db, "-f", "jsonl"]
    for cmd in (*COMMANDS, light):
        runs = [_run([str(SCRIPT), *cmd]) for _ in range(args.runs)]
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        shown = "claims --db EMPTY -f jsonl" if cmd is light else " ".join(cmd)
        print(f"{'laborwatch ' + shown:36} {wall:>11.3f}s {cpu:>10.3f}s")
    imports = [import_time() for _ in range(args.runs)]
    print(f"{'import laborwatch.cli (importtime)':36} {statistics.median(imports):>11.3f}s")
    tmp.cleanup()


if __name__ == "__main__":
    main()
