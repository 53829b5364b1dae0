"""CPU per document of the relevance scans on the irrelevant path, one process.

Reads the irrelevant articles of the shared seeds, dev and dev2 sets (52; see
``extract_cpu_passes.py --irrelevant``), keeps the 41 that name the DPRK (the others stop at
``mentions_dprk``) and times, best of 5 rounds of ``--passes`` passes, microseconds per
document: the DPRK-name scan, the worker-phrase scan, the "sent to" scan, ``has_labor_terms``
and ``features`` (and the two in a row, as the pipeline runs them: they share the union
scan). Runs on any tree: point ``PYTHONPATH`` at its ``src``, alternating trees.

    PYTHONPATH=/work/main/src python bench/relevance_scans.py

Branch relspeed (2026-12-08, 00:52 UTC, load 7.9-8.4), µs per document, main / relspeed,
two alternating rounds each: DPRK names 62.3, 64.9 / 11.4, 12.4; worker phrases 82.7, 78.9
/ 21.7, 19.7; "sent to" 68.3, 69.3 / 32.4, 28.8; ``has_labor_terms`` then ``features``
488.6, 506.7 / 285.7, 273.8.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from typing import Any

from extract_cpu_passes import relevant_records
from laborwatch.extract.pipeline import Extractor


def best_us(f: Callable[[str], Any], texts: list[str], passes: int) -> float:
    """The best of 5 rounds of ``passes`` passes of ``f`` over ``texts``, µs per text."""
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        for _ in range(passes):
            for text in texts:
                f(text)
        best = min(best, (time.process_time() - start) / passes / len(texts))
    return round(best * 1e6, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=10)
    args = ap.parse_args()
    extractor = Extractor()
    r = extractor.reader("en").relevance
    texts = [rec["text"] for rec in relevant_records(extractor, relevant=False)]
    named = [t for t in texts if r.mentions_dprk(t)]
    out: dict[str, Any] = {
        "tree": os.environ.get("PYTHONPATH", ""),
        "documents": len(texts),
        "naming_the_dprk": len(named),
        "load": round(os.getloadavg()[0], 2),
    }
    scans: dict[str, Callable[[str], Any]] = {
        "dprk_names": lambda x: list(r.dprk.finditer(x)),
        "worker_phrase": lambda x: list(r.worker_phrase.finditer(x)),
        "sent_home": lambda x: r._sent_home(x, [0], set()),
        "has_labor_terms": r.has_labor_terms,
        "features": lambda x: r.features(x, [], []),
        "has_labor_then_features": lambda x: (r.has_labor_terms(x), r.features(x, [], [])),
    }
    for name, f in scans.items():
        out[name] = best_us(f, named, args.passes)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
