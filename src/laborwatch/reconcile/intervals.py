"""A fact's figure as (low, conservative point, high), per the estimate rules.

exact N -> N, N, N;  approx N -> N(1-s), N, N(1+s);  range/vague a-b -> a, a, b;
at_least N -> N, N, N(1+o);  at_most N -> N(1-o), N(1-o), N   (s = approx_spread,
o = open_spread in ``data/estimation.yaml``). The point is the conservative reading
(ACLED codes "dozens" as 12, "hundreds" as 100: the low end of the class).
"""

from __future__ import annotations

from typing import Any

from laborwatch.reconcile import config
from laborwatch.reconcile.records import Fact


def interval(fact: Fact, rules: dict[str, Any] | None = None) -> tuple[float, float, float]:
    """(low, point, high) of a fact's figure; a fact with no figure gives (0, 0, 0)."""
    rules = rules or config.estimation()["estimates"]
    spread, open_ = float(rules["approx_spread"]), float(rules["open_spread"])
    lo, hi, q = fact.low, fact.high, fact.qualifier
    if lo is not None and hi is not None:
        if q == "approx":
            return (round(lo * (1 - spread), 6), lo, round(hi * (1 + spread), 6))
        return (lo, lo, hi)
    if lo is not None:
        return (lo, lo, round(lo * (1 + open_), 6))
    if hi is not None:
        floor = round(hi * (1 - open_), 6)
        return (floor, floor, hi)
    return (0.0, 0.0, 0.0)
