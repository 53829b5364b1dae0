"""A fact's figure as the source gave it: a point, and the span it allows.

No invented figures: the point is always a number some source gave.

- exact N: point N, span N..N;  approx N: point N, span N(1-s)..N(1+s)
  (s = ``approx_spread`` in ``data/estimation.yaml``);
- range a-b: point (a+b)/2, the range's midpoint; span a..b;
- vague a-b ("thousands" = 2,000-9,999): point a, the low end of the class (ACLED codes
  "hundreds" as 100); span a..b;
- at_least N: no point, a lower bound N (span N..inf);
- at_most N: no point, an upper bound N (span 0..N). "up to N" is reported as "at most N",
  never as N/2.
"""

from __future__ import annotations

import math

from laborwatch.reconcile import config
from laborwatch.reconcile.config import EstimateRules
from laborwatch.reconcile.records import Fact


def point(fact: Fact) -> float | None:
    """The figure the source gave (None for an open bound or a fact with no figure)."""
    lo, hi, q = fact.low, fact.high, fact.qualifier
    if lo is None or hi is None:
        return None
    if q == "range" and hi != lo:
        return (lo + hi) / 2
    return lo


def span(fact: Fact, rules: EstimateRules | None = None) -> tuple[float, float]:
    """(low, high) the figure allows; open sides are 0 and infinity."""
    spread = (rules or config.estimation().estimates).approx_spread
    lo, hi = fact.low, fact.high
    if lo is not None and hi is not None:
        if fact.qualifier == "approx":
            return (round(lo * (1 - spread), 6), round(hi * (1 + spread), 6))
        return (lo, hi)
    if lo is not None:
        return (lo, math.inf)
    if hi is not None:
        return (0.0, hi)
    return (0.0, math.inf)


def interval(fact: Fact, rules: EstimateRules | None = None) -> tuple[float, float, float]:
    """(low, point, high) for money inputs and contradictions: an open bound's missing side
    is the bound itself (a uniform draw within a bound stays within what the source said)."""
    lo, hi = span(fact, rules)
    p = point(fact)
    if p is None:
        p = fact.low if fact.low is not None else (fact.high or 0.0)
    if math.isinf(hi):
        hi = p
    if fact.low is None and fact.high is not None:
        lo = p
    return (lo, p, hi)
