"""What the DPRK state earns from its workers: workers x state take per worker x 12.

Inputs are typed by ``basis`` (docs/reasoning.md, "Revenue"):

- ``state_take`` wages are what the state collects per worker: used as they are;
- ``gross`` wages times the state's share (``state_share`` facts of basis state_take, and
  the share implied where one story gives both gross and take-home pay: 1 - take/gross)
  give the same thing a second way; ``take_home`` wages enter only through that share;
- IT earnings (sector it, or basis ``other``) are kept apart: a freelancer's income is no
  wage of a construction worker; share changes (basis ``other``) are not shares;
- amounts in other currencies are converted to USD at the rate of their year
  (:mod:`laborwatch.reconcile.currency`); an amount with no known rate is left out.

Monte Carlo (numpy): workers are drawn from a triangular distribution over the stock
estimate; the average take per worker is a bootstrap of the evidence (per draw, the facts
are resampled with replacement and each gives a value uniformly within its range; their
mean is the average), so more independent figures narrow it and one stray figure cannot
widen it unduly. With no evidence, the documented priors of ``data/estimation.yaml``.

Two routes, triangulated: where sources state the year's total revenue for the place
(basis ``total``, one year, a figure rather than a bound), half the draws come from
those totals (each equally likely, uniform within its span widened by
``approx_spread``: a stated total is itself an estimate) and half from the bottom-up
model above; the totals are also listed beside the result (``stated``).

Where the 95th percentile is more than ``revenue.max_ratio`` times the 5th, the evidence
cannot narrow the interval and the estimate says so (``sufficient`` False).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np

from laborwatch.reconcile import config
from laborwatch.reconcile.config import EstimateRules, Estimation
from laborwatch.reconcile.currency import usd_rate
from laborwatch.reconcile.intervals import interval
from laborwatch.reconcile.records import Estimate, Fact, RevenueEstimate

Span = tuple[float, float]


def _near(facts: Iterable[Fact], kind: str, year: int, window: int) -> tuple[list[Fact], str]:
    pool = [f for f in facts if f.kind == kind and f.credibility != 5]
    near = [f for f in pool if f.years and f.years[0] - window <= year <= f.years[1] + window]
    if near:
        return near, f"{len(near)} {kind} facts within {window} years of {year}"
    dated = [f for f in pool if f.years]
    if dated:
        return dated, f"{len(dated)} {kind} facts of other years"
    return [], "prior"


def monthly_usd(fact: Fact, rules: EstimateRules) -> tuple[Span | None, str]:
    """A wage fact's range in USD per month, or None with the reason it cannot be used."""
    if fact.per not in ("month", "year"):
        return None, "no period (per month or year) given"
    currency = fact.claims[0].currency or "USD"
    year = fact.years[0] if fact.years else 0
    rate = usd_rate(currency, year) if year else (1.0, "USD") if currency == "USD" else None
    if rate is None:
        return None, f"no exchange rate for {currency} in {year or 'an undated year'}"
    lo, _, hi = interval(fact, rules)
    scale = rate[0] / (12 if fact.per == "year" else 1)
    return (lo * scale, hi * scale), ("" if currency == "USD" else f"{currency}: {rate[1]}")


def typed_inputs(
    facts: list[Fact], rules: EstimateRules
) -> tuple[dict[str, list[tuple[Fact | None, Span]]], list[tuple[str, str]]]:
    """Wage and share evidence by role (take, gross, share), and what was left out, why."""
    roles: dict[str, list[tuple[Fact | None, Span]]] = {"take": [], "gross": [], "share": []}
    left: list[tuple[str, str]] = []
    take_home: dict[str, list[Span]] = {}
    gross_by_story: dict[str, list[Span]] = {}
    for fact in facts:
        if fact.kind == "state_share":
            if fact.basis == "other":
                left.append((fact.id, "a change in the share, not a share"))
            elif fact.low is not None or fact.high is not None:
                lo, _, hi = interval(fact, rules)
                roles["share"].append((fact, (lo / 100, hi / 100)))
            continue
        if fact.sector == "it" or fact.basis == "other":
            left.append((fact.id, "IT or other earnings: kept apart from workers' wages"))
            continue
        span, why = monthly_usd(fact, rules)
        if span is None:
            left.append((fact.id, why))
            continue
        story = min(c.cluster or c.document_id for c in fact.claims)
        if fact.basis == "state_take":
            roles["take"].append((fact, span))
        elif fact.basis == "take_home":
            take_home.setdefault(story, []).append(span)
            left.append((fact.id, "take-home pay: used only for the share it implies"))
        else:  # gross, or a wage whose basis is not stated
            roles["gross"].append((fact, span))
            gross_by_story.setdefault(story, []).append(span)
    for story, homes in take_home.items():
        for g in gross_by_story.get(story, []):
            for t in homes:
                gm, tm = sum(g) / 2, sum(t) / 2
                if gm > tm > 0:
                    roles["share"].append((None, (1 - t[1] / gm, 1 - t[0] / gm)))
    return roles, left


BOOTSTRAP_EXACT = 64  # above this many facts, the bootstrap mean's normal limit is drawn


def _bootstrap(rng: np.random.Generator, spans: list[Span], n: int) -> np.ndarray:
    """Per draw, the mean of a resample of the evidence (each a uniform draw in its span).

    With many facts the resample mean is drawn from its normal limit (same mean, variance
    of one uniform-within-a-random-span draw over k), which keeps memory at O(n).
    """
    arr = np.array(spans, dtype=float)
    k = len(spans)
    if k > BOOTSTRAP_EXACT:
        mid, width = arr.mean(axis=1), arr[:, 1] - arr[:, 0]
        var = float(mid.var() + (width**2 / 12).mean())
        return rng.normal(float(mid.mean()), (var / k) ** 0.5, n)
    pick = rng.integers(0, k, (n, k))
    vals = rng.uniform(arr[pick, 0], arr[pick, 1])
    return vals.mean(axis=1)


def estimate_revenue(
    workers: Estimate, facts: list[Fact], settings: Estimation | None = None
) -> RevenueEstimate:
    """Annual state revenue from the workers of one stock estimate.

    Args:
        workers: a direct stock estimate (usually the world's for a year).
        facts: graded facts (wage, state_share and revenue facts are used).
        settings: the estimation rules (default: ``data/estimation.yaml``).
    """
    cfg = settings or config.estimation()
    rules, rev = cfg.estimates, cfg.revenue
    n, window = rev.draws, rev.window_years
    rng = np.random.default_rng([rev.seed, workers.year])
    if workers.high > workers.low:
        w = rng.triangular(workers.low, workers.central, workers.high, n)
    else:
        w = np.full(n, workers.central)
    inputs: dict[str, Any] = {
        "workers": [round(workers.low), round(workers.central), round(workers.high)]
    }
    wage_facts, inputs["wage"] = _near(facts, "wage", workers.year, window)
    share_facts, inputs["state_share"] = _near(facts, "state_share", workers.year, window)
    roles, left = typed_inputs(wage_facts + share_facts, rules)
    implied = sum(1 for f, _ in roles["share"] if f is None)
    priors = rev.priors
    if not roles["gross"] and not roles["take"]:
        p = priors["wage_usd_month"]
        roles["gross"] = [(None, p.span())]
        inputs["wage"] = f"prior {p.low}-{p.high} USD/month: {p.citation}"
    if roles["gross"] and not roles["share"]:
        p = priors["state_share_pct"]
        roles["share"] = [(None, p.span(100))]
        inputs["state_share"] = f"prior {p.low}-{p.high}%: {p.citation}"
    n_share = min(len(roles["gross"]), len(roles["share"]))
    k = len(roles["take"])
    take = np.zeros(n)
    if n_share:
        take += n_share * (
            _bootstrap(rng, [s for _, s in roles["gross"]], n)
            * np.clip(_bootstrap(rng, [s for _, s in roles["share"]], n), 0, 1)
        )
    if k:
        take += k * _bootstrap(rng, [s for _, s in roles["take"]], n)
    take /= k + n_share
    inputs["wage_facts"] = [f.id for f, _ in roles["gross"] + roles["take"] if f is not None]
    inputs["state_share_facts"] = [f.id for f, _ in roles["share"] if f is not None]
    inputs["implied_shares"] = implied
    inputs["left_out"] = [{"fact": i, "reason": r} for i, r in left]
    total = w * take * 12
    stated = [
        f
        for f in facts
        if f.kind == "revenue"
        and f.covers(workers.year)
        and set(f.destinations) <= {workers.destination}
        and f.basis in (None, "total")
    ]
    one_year = [
        f
        for f in stated
        if f.years
        and f.years[0] == f.years[1]
        and f.measure != "cumulative"
        and f.low is not None
        and f.high is not None
    ]
    totals = [s for f in one_year if (s := yearly_usd(f, rules)) is not None]
    if totals:
        half = n // 2
        total[:half] = _mixture(rng, totals, half)
        inputs["stated_totals"] = f"{len(totals)} stated totals, half the draws"
    p05, median, p95 = (float(x) for x in np.percentile(total, [5, 50, 95]))
    sufficient = p05 > 0 and p95 <= rev.max_ratio * p05
    return RevenueEstimate(
        workers.destination,
        workers.year,
        median,
        p05,
        p95,
        n,
        inputs,
        [f.id for f in one_year],
        sufficient,
    )


def yearly_usd(fact: Fact, rules: EstimateRules) -> Span | None:
    """A revenue fact's span in USD per year (None: no rate for its currency)."""
    currency = fact.claims[0].currency or "USD"
    rate = usd_rate(currency, fact.years[0]) if fact.years else None
    if rate is None or (fact.low is None and fact.high is None):
        return None
    lo, _, hi = interval(fact, rules)
    scale = rate[0] * (12 if fact.per == "month" else 1)
    spread = rules.approx_spread  # a stated total is itself an estimate
    return (lo * scale * (1 - spread), hi * scale * (1 + spread))


def _mixture(rng: np.random.Generator, spans: list[Span], n: int) -> np.ndarray:
    """Per draw, one of the spans (equally likely) and a uniform value within it."""
    arr = np.array(spans, dtype=float)
    pick = rng.integers(0, len(spans), n)
    return rng.uniform(arr[pick, 0], arr[pick, 1])
