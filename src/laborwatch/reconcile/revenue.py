"""What the DPRK state earns from its workers: workers x monthly wage x 12 x state share.

Monte Carlo (numpy): workers are drawn from a triangular distribution over the stock
estimate (low, central, high); wages and state shares from an equal-weight mixture of the
wage and state-share facts near the year (uniform within each fact's range), else from the
documented priors in ``data/estimation.yaml``. The result is the median and the 90%
interval, set beside the revenue figures the articles themselves state for that year.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from laborwatch.reconcile import config
from laborwatch.reconcile.intervals import interval
from laborwatch.reconcile.records import Estimate, Fact, RevenueEstimate


def _near(facts: Iterable[Fact], kind: str, year: int, window: int) -> tuple[list[Fact], str]:
    pool = [f for f in facts if f.kind == kind and f.credibility != 5]
    near = [f for f in pool if f.years and f.years[0] - window <= year <= f.years[1] + window]
    if near:
        return near, f"{len(near)} {kind} facts within {window} years of {year}"
    dated = [f for f in pool if f.years]
    if dated:
        return dated, f"{len(dated)} {kind} facts of other years"
    return [], "prior"


def _mixture(
    rng: np.random.Generator, facts: list[Fact], n: int, scale: list[float], rules: dict[str, Any]
) -> np.ndarray:
    """Pick a fact per draw, then a value uniformly within its range (times its scale)."""
    spans = np.array([interval(f, rules)[::2] for f in facts], dtype=float)
    spans *= np.array(scale, dtype=float)[:, None]
    pick = rng.integers(0, len(facts), n)
    return rng.uniform(spans[pick, 0], spans[pick, 1])


def _monthly_scale(fact: Fact) -> float:
    return 1 / 12 if fact.per == "year" else 1.0


def estimate_revenue(
    workers: Estimate, facts: list[Fact], settings: dict[str, Any] | None = None
) -> RevenueEstimate:
    """Annual state revenue from the workers of one stock estimate.

    Args:
        workers: a stock estimate (usually the world's for a year).
        facts: graded facts (wage, state_share and revenue facts are used).
        settings: the estimation rules (default: ``data/estimation.yaml``).
    """
    cfg = settings or config.estimation()
    rules, rev = cfg["estimates"], cfg["revenue"]
    n, window = int(rev["draws"]), int(rev["window_years"])
    rng = np.random.default_rng([int(rev["seed"]), workers.year])
    if workers.high > workers.low:
        w = rng.triangular(workers.low, workers.central, workers.high, n)
    else:
        w = np.full(n, workers.central)
    inputs: dict[str, Any] = {
        "workers": [round(workers.low), round(workers.central), round(workers.high)]
    }
    wage_facts, inputs["wage"] = _near(facts, "wage", workers.year, window)
    wage_facts = [f for f in wage_facts if (f.low or f.high) and f.per in ("month", "year")]
    if wage_facts:
        wage = _mixture(rng, wage_facts, n, [_monthly_scale(f) for f in wage_facts], rules)
        inputs["wage_facts"] = [f.id for f in wage_facts]
    else:
        prior = rev["priors"]["wage_usd_month"]
        wage = rng.uniform(prior["low"], prior["high"], n)
        inputs["wage"] = f"prior {prior['low']}-{prior['high']} USD/month: {prior['citation']}"
    share_facts, inputs["state_share"] = _near(facts, "state_share", workers.year, window)
    share_facts = [f for f in share_facts if f.low is not None or f.high is not None]
    if share_facts:
        share = _mixture(rng, share_facts, n, [1.0] * len(share_facts), rules)
        inputs["state_share_facts"] = [f.id for f in share_facts]
    else:
        prior = rev["priors"]["state_share_pct"]
        share = rng.uniform(prior["low"], prior["high"], n)
        inputs["state_share"] = f"prior {prior['low']}-{prior['high']}%: {prior['citation']}"
    total = w * wage * 12 * np.clip(share, 0, 100) / 100
    p05, median, p95 = np.percentile(total, [5, 50, 95])
    stated = [
        f.id
        for f in facts
        if f.kind == "revenue"
        and f.covers(workers.year)
        and set(f.destinations) <= {workers.destination}
    ]
    return RevenueEstimate(
        workers.destination, workers.year, float(median), float(p05), float(p95), n, inputs, stated
    )
