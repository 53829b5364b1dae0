"""Benchmark: reconcile (facts, grades, estimates, revenue, flags) over 1,000,000 ClaimRows.

The rows are synthesised from realistic distributions (destinations, statuses, figures
rounded as reporters round them, years, publishers, attributions, syndicated clusters), so
facts group as they do on real reporting. Prints the median of several runs per stage.

    .venv/bin/python bench/estimate_scale.py [--claims 1000000] [--runs 3]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import statistics
import time
from collections.abc import Callable
from typing import Any

from laborwatch.model import ClaimRow
from laborwatch.reconcile.estimates import WORLD, estimate_all
from laborwatch.reconcile.facts import build_facts
from laborwatch.reconcile.grading import grade_facts
from laborwatch.reconcile.revenue import estimate_revenue
from laborwatch.reconcile.sanctions import flag_all

DESTS = (
    [("RU",)] * 30
    + [("CN",)] * 30
    + [("M49:001",)] * 15
    + [
        ("MN",),
        ("QA",),
        ("KW",),
        ("AE",),
        ("LY",),
        ("VN",),
        ("KH",),
        ("PL",),
        ("UA",),
        ("M49:145",),
        ("M49:035",),
        ("CN", "RU"),
        ("AE", "QA"),
        ("GQ",),
        ("AO",),
    ]
)
STATUSES = (
    ["present"] * 50
    + ["dispatched"] * 20
    + ["planned"] * 15
    + ["repatriated"] * 5
    + ["recruiting"] * 5
    + ["unknown"] * 5
)
SECTORS = (
    [None] * 70
    + ["construction", "logging", "it", "fishing", "manufacturing", "medical", "hospitality"] * 4
    + [None, None]
)
PUBLISHERS = [
    "dailynk.com",
    "nknews.org",
    "rfa.org",
    "en.yna.co.kr",
    "reuters.com",
    "apnews.com",
    "scmp.com",
    "tass.com",
    "example-blog.net",
    "thediplomat.com",
]
ATTRIBUTIONS = [None] * 6 + [
    "UN Panel of Experts",
    "a Daily NK source",
    "NIS",
    "the US State Department",
    "Russia's report to the UN",
    "sources told Radio Free Asia",
    "a local source",
]
SCOPES = ["country"] * 8 + ["site", "city", "region"]  # of figures about one country
QUALIFIERS = ["exact"] * 4 + ["approx"] * 4 + ["at_least", "at_most", "range", "vague"]


def _figure(rng: random.Random) -> tuple[float | None, float | None, str]:
    value = float(f"{10 ** rng.uniform(1.5, 5.2):.2g}")
    q = rng.choice(QUALIFIERS)
    if q == "at_least":
        return value, None, q
    if q == "at_most":
        return None, value, q
    if q == "range":
        return value, float(f"{value * 1.3:.2g}"), q
    if q == "vague":
        scale = 10 ** len(str(int(value)))
        return scale * 2 / 10, scale - 1, q
    return value, value, q


def synthesise(
    n: int,
    seed: int = 7,
    documents: int | None = None,
    years: tuple[int, int] = (2010, 2025),
    first_doc: int = 0,
    first_claim: int = 1,
) -> list[ClaimRow]:
    """``n`` claims in about n/4 documents, a third of them in syndicated clusters.

    With ``documents``, that many documents (all their claims) instead of ``n`` claims;
    ``years`` bounds the publication years; documents and claims are numbered on from
    ``first_doc`` and ``first_claim`` (a batch that follows an earlier set).
    """
    rng = random.Random(seed)
    rows: list[ClaimRow] = []
    doc = first_doc
    while len(rows) < n if documents is None else doc - first_doc < documents:
        doc += 1
        year = rng.randint(*years)
        cluster = f"story-{doc // 3}" if rng.random() < 0.33 else f"doc-{doc}"
        publisher = rng.choice(PUBLISHERS)
        for _ in range(rng.randint(1, 7)):
            kind = rng.choices(["workers", "wage", "state_share", "revenue"], [80, 8, 6, 6])[0]
            if kind == "workers":
                low, high, q = _figure(rng)
                dest, status = rng.choice(DESTS), rng.choice(STATUSES)
                sector, per = rng.choice(SECTORS), None
            else:
                base = {
                    "wage": rng.choice([200, 300, 500, 600, 800, 1000]),
                    "state_share": rng.choice([30, 50, 70, 80, 90]),
                    "revenue": rng.choice([2e8, 5e8, 1.2e9]),
                }[kind]
                low, high, q = base, base * rng.choice([1, 1, 1.5]), None
                dest, status, sector = (), None, None
                per = "month" if kind == "wage" else ("year" if kind == "revenue" else None)
            period = str(year - rng.choice([0, 0, 1])) if rng.random() < 0.6 else None
            attribution = rng.choice(ATTRIBUTIONS)
            scope = (
                None
                if not dest
                else "world"
                if dest == ("M49:001",)
                else "multi"
                if dest[0].startswith("M49:")
                else rng.choice(SCOPES)
            )
            rows.append(
                ClaimRow(
                    claim_id=first_claim + len(rows),
                    document_id=f"doc-{doc}",
                    kind=kind,
                    low=low,
                    high=high,
                    qualifier=q,
                    destinations=dest,
                    status=status,
                    sector=sector,
                    period_start=period,
                    period_end=None,
                    attribution=attribution,
                    origin=attribution,
                    scope=scope,
                    basis={"wage": "gross", "state_share": "state_take", "revenue": "total"}.get(
                        kind
                    ),
                    sentence="",
                    start=0,
                    end=0,
                    per=per,
                    published=f"{year}-{rng.randint(1, 12):02d}",
                    publisher=publisher,
                    cluster=cluster,
                )
            )
    return rows[:n] if documents is None else rows


CPU: list[float] = []


def _time(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median wall-clock seconds of ``runs`` calls (CPU seconds kept in CPU)."""
    times, cpu, result = [], [], None
    for _ in range(runs):
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    CPU.append(statistics.median(cpu))
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    t0 = time.perf_counter()
    rows = synthesise(args.claims)
    print(f"synthesised {len(rows):,} claims in {time.perf_counter() - t0:.1f} s")
    t_facts, facts = _time(lambda: build_facts(rows), args.runs)
    t_grade, graded = _time(lambda: grade_facts(facts), args.runs)
    t_est, estimates = _time(lambda: estimate_all(graded), args.runs)
    money = [f for f in graded if f.kind in ("wage", "state_share", "revenue")]
    worlds = [
        e
        for e in estimates
        if e.destination == WORLD and e.measure == "stock" and e.sector is None and e.is_direct
    ]
    t_rev, _ = _time(lambda: [estimate_revenue(e, money) for e in worlds], args.runs)
    t_flag, flags = _time(lambda: flag_all(graded), args.runs)
    total = t_facts + t_grade + t_est + t_rev + t_flag
    cpu = dict(zip(("facts", "grading", "estimates", "revenue", "flags"), CPU, strict=True))
    print(
        f"facts:     {t_facts:6.2f} s  CPU {cpu['facts']:6.2f} s  "
        f"({len(facts):,} facts; {len(rows) / t_facts:,.0f} claims/s)"
    )
    print(f"grading:   {t_grade:6.2f} s  CPU {cpu['grading']:6.2f} s")
    print(
        f"estimates: {t_est:6.2f} s  CPU {cpu['estimates']:6.2f} s  ({len(estimates):,} estimates)"
    )
    print(f"revenue:   {t_rev:6.2f} s  CPU {cpu['revenue']:6.2f} s  ({len(worlds)} world-years)")
    print(f"flags:     {t_flag:6.2f} s  CPU {cpu['flags']:6.2f} s  ({len(flags):,} flags)")
    print(f"total:     {total:6.2f} s  CPU {sum(CPU):6.2f} s  (medians of {args.runs} runs)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS:  {peak:,.0f} MB (rows included); load: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
