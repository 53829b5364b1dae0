"""Hostile input for the extractor: cost per size of one very long sentence, to show that
it grows linearly (bad input gets a bounded cost, never a hang).

    .venv/bin/python bench/extract_hostile.py [--sizes 300 600 1200 2400]

Two sentences with no full stop, built from words written here (no corpus text):
``figures``: an English sentence of N worker figures, each with its destination (the
extractor reads at most ``MAX_FIGURES_PER_SENTENCE`` of them and warns about the rest);
``korean``: a Korean sentence of N clauses joined by connectives, ending in a speech verb
(the relayed subject is looked for in all of it); ``blanks``: two figures apart by 20 x N
spaces and by 10 x N dashes (text laid out by a converter). Prints one JSON row per case and size
(seconds, claims, and the machine load), so growth is visible: linear cost doubles with
the size.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import time

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document

_PLACES = ("Russia", "China", "Kuwait", "Qatar", "Mongolia", "Vietnam")
_KO_PLACES = ("러시아", "중국", "몽골", "쿠웨이트")


def figures_sentence(n: int) -> str:
    """One English sentence with ``n`` worker figures and no full stop."""
    parts = [f"{300 + 7 * i} North Korean workers were sent to {_PLACES[i % 6]}" for i in range(n)]
    return "According to the ministry, " + ", ".join(parts) + "\n"


def korean_sentence(n: int) -> str:
    """One Korean sentence of ``n`` clauses joined by 고/며, ending in a speech verb."""
    parts = [
        f"{_KO_PLACES[i % 4]}에 북한 노동자 {100 + i}명이 일하{'고' if i % 2 else '며'}"
        for i in range(n)
    ]
    return "북한 노동자 문제와 관련해 " + " ".join(parts) + " 현지 소식통이 말했다\n"


def blanks_sentence(n: int) -> str:
    """Two worker figures with a run of ``20 * n`` spaces and ``10 * n`` dashes between."""
    return (
        "North Korea sent 300 workers"
        + " " * (20 * n)
        + "to Russia and 200 workers"
        + "- " * (10 * n)
        + "to China, officials said.\n"
    )


CASES = {
    "figures": (figures_sentence, "en"),
    "korean": (korean_sentence, "ko"),
    "blanks": (blanks_sentence, "en"),
}


def run(case: str, n: int, extractor: Extractor) -> dict[str, object]:
    """Extract one sentence of size ``n``; its row."""
    build, language = CASES[case]
    text = build(n)
    start = time.perf_counter()
    found = extractor.extract(Document(id=f"{case}-{n}", text=text, language=language))
    seconds = time.perf_counter() - start
    return {
        "case": case,
        "size": n,
        "characters": len(text),
        "claims": len(found.claims),
        "seconds": round(seconds, 3),
        "load_1min": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 600, 1200, 2400])
    parser.add_argument("--case", choices=sorted(CASES), nargs="+", default=sorted(CASES))
    args = parser.parse_args()
    logging.getLogger("laborwatch.extract.document").setLevel(logging.ERROR)  # the cap
    extractor = Extractor()
    for case in args.case:
        run(case, 3, extractor)  # vocabularies loaded
        for n in args.sizes:
            print(json.dumps(run(case, n, extractor)), flush=True)


if __name__ == "__main__":
    main()
