"""Regex calls of one pass over the relevant articles, accounted per compiled pattern.

A ``sys.setprofile`` hook sees every call of a ``re.Pattern`` method (``search``,
``match``, ``finditer`` ...) during one pass of ``Extractor.extract`` over fresh copies
of the relevant articles (as ``extract_cpu_passes.py`` reads them, after one warm-up
pass), and prints per pattern: the time inside the calls (the hook's own cost included,
so only the ranking is meaningful), the calls, the compiled size (``sys.getsizeof``,
which counts the pattern's code), the methods and the lines that call it. Sorted by
calls times size (how much pattern code a pass touches), or ``--by time``.

    python bench/extract_regex_calls.py [--rows 40] [--by size|time|calls]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_cpu_passes import fresh, relevant_records
from laborwatch.extract.pipeline import Extractor


class Row:
    """One pattern's calls."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.calls = 0
        self.seconds = 0.0
        self.methods: set[str] = set()
        self.sites: set[str] = set()


def account(extractor: Extractor, docs: list[Any]) -> tuple[dict[tuple[str, int], Row], int]:
    """Every pattern method call during a pass over ``docs``, per (source, flags)."""
    rows: dict[tuple[str, int], Row] = {}
    stack: list[tuple[Row, float] | None] = []

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        if event == "c_call":
            rx = getattr(arg, "__self__", None)
            if type(rx) is not re.Pattern:
                stack.append(None)
                return
            row = rows.get((rx.pattern, rx.flags))
            if row is None:
                row = rows[rx.pattern, rx.flags] = Row(rx)
            row.calls += 1
            row.methods.add(arg.__name__)
            row.sites.add(f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}")
            stack.append((row, time.perf_counter()))
        elif event in ("c_return", "c_exception") and stack:
            top = stack.pop()
            if top is not None:
                top[0].seconds += time.perf_counter() - top[1]

    sys.setprofile(hook)
    try:
        for doc in docs:
            extractor.extract(doc)
    finally:
        sys.setprofile(None)
    return rows, len(docs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=40)
    ap.add_argument("--by", choices=("size", "time", "calls"), default="size")
    args = ap.parse_args()
    extractor = Extractor()
    records = relevant_records(extractor)
    with tempfile.TemporaryDirectory() as tmp:
        for doc in fresh(records, 0, Path(tmp)):  # warm-up: caches and first-use parses
            extractor.extract(doc)
        rows, n = account(extractor, fresh(records, 1, Path(tmp)))

    def key(r: Row) -> float:
        if args.by == "time":
            return r.seconds
        return r.calls * (sys.getsizeof(r.rx) if args.by == "size" else 1)

    ranked = sorted(rows.values(), key=key, reverse=True)
    touched = sum(sys.getsizeof(r.rx) for r in ranked)
    calls = sum(r.calls for r in ranked)
    print(f"{n} articles, {len(ranked)} patterns ({touched:,} bytes), {calls:,} calls")
    for r in ranked[: args.rows]:
        sites = ",".join(sorted(r.sites)[:3])
        print(
            f"{r.seconds * 1e3:7.2f} ms {r.calls:6d} calls {sys.getsizeof(r.rx):8,d} B "
            f"{','.join(sorted(r.methods))} {sites} {r.rx.pattern[:60]!r}"
        )


if __name__ == "__main__":
    main()
