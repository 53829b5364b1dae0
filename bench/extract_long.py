"""Extracting one very long text (read in windows): time, and whether memory stays flat.

    nice .venv/bin/python bench/extract_long.py --mb 10 25 50

The text is the shared corpus's articles (seeds + dev, read at run time) repeated to each
size. For each size a fresh process extracts it and reports its peak resident memory (``ru_maxrss``)
and, for sizes up to ``--trace-up-to``, its peak Python allocations beyond the text
itself (tracemalloc, in a separate traced pass). Flat memory: the peak minus the text's
own size stays about the same whatever the size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("LABORWATCH_SHARED", ROOT.parent / "shared"))


def _unit() -> str:
    texts = []
    for name in ("seeds", "dev"):
        for line in (SHARED / "corpus" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return "\n\n".join(texts) + "\n\n"


def one(mb: int, trace: bool) -> dict[str, object]:
    """Extract ``mb`` MB of text in this process; the figures as a dict. ``trace``: a
    first, traced run measures peak allocations (tracemalloc slows extraction ~4x)."""
    from laborwatch.extract.pipeline import Extractor
    from laborwatch.model import Document

    unit = _unit()
    text = unit * (mb * 1_000_000 // len(unit) + 1)
    extractor = Extractor()
    extractor.extract(Document(id="warm", text=unit, language="en"))  # vocabularies loaded
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak = None
    if trace:
        tracemalloc.start()
        extractor.extract(Document(id="long", text=text, language="en"))
        peak = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
        tracemalloc.stop()
    t1 = time.perf_counter()
    result = extractor.extract(Document(id="long", text=text, language="en"))
    untraced = time.perf_counter() - t1
    return {
        "mb": round(len(text.encode("utf-8")) / 1e6, 1),
        "characters": len(text),
        "claims": len(result.claims),
        "seconds": round(untraced, 1),
        "mb_per_second": round(len(text.encode("utf-8")) / 1e6 / untraced, 2),
        "peak_traced_alloc_mib": peak,
        "rss_before_mib": round(rss_before, 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "text_mib": round(sys.getsizeof(text) / 2**20, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, nargs="+", default=[10, 25, 50])
    parser.add_argument(
        "--trace-up-to", type=int, default=10, help="tracemalloc for sizes up to this (MB)"
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.trace)))
        return
    for mb in args.mb:
        cmd = [sys.executable, __file__, "--one", str(mb)]
        if mb <= args.trace_up_to:
            cmd.append("--trace")
        out = subprocess.run(cmd, capture_output=True, text=True)
        if out.returncode:
            print(out.stderr, file=sys.stderr)
            sys.exit(out.returncode)
        row = json.loads(out.stdout)
        row["load_1min"] = round(os.getloadavg()[0], 2)
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
