"""Estimative language per ICD 203 (Analytic Standards, 2015).

Likelihood words and their probability bands come from ``data/estimation.yaml``;
confidence (high / moderate / low, in the sources and reasoning) is always stated apart
from likelihood, never folded into it.
"""

from __future__ import annotations

from typing import Any

from laborwatch.reconcile import config


def _bands() -> tuple[tuple[Any, ...], ...]:
    return config.estimation().language.likelihood


def _clamp(p: float) -> float:
    """Into the bands' reach: ICD 203 bands never reach 0 or 100%."""
    bands = _bands()
    return min(max(p, float(bands[0][0])), float(bands[-1][1]))


def _find(p: float) -> int:
    p = _clamp(p)
    bands = _bands()
    for i, (lo, hi, _, _) in enumerate(bands):
        if lo <= p < hi or (i == len(bands) - 1 and p == hi):
            return i
    raise AssertionError("likelihood bands leave a gap")


def cannot_assess() -> str:
    """What the brief says where the evidence's truth cannot be judged (credibility 6)."""
    return config.estimation().language.cannot_assess


def likelihood_term(p: float | None) -> str:
    """ICD 203 term for a probability: 0.7 -> 'likely'; None -> 'cannot assess'."""
    if p is None:
        return cannot_assess()
    return str(_bands()[_find(p)][2])


def band(p: float | None) -> str:
    """The band a probability falls in, as printed beside the term: '55-80%' ('' for None)."""
    if p is None:
        return ""
    lo, hi = _bands()[_find(p)][:2]
    return f"{round(lo * 100)}-{round(hi * 100)}%"


def credibility_probability(credibility: int) -> float | None:
    """How likely a fact of this Admiralty credibility is to hold (None: cannot be judged)."""
    return config.estimation().language.credibility_probability.get(credibility)


def step_down(p: float | None) -> float | None:
    """The middle of the band below p's band (used when evidence only partly applies)."""
    if p is None:
        return None
    bands = _bands()
    low_band = bands[max(_find(p) - 1, 0)]
    return (float(low_band[0]) + float(low_band[1])) / 2


def confidence_level(origins: int, best_reliability: str, contradicted: bool) -> str:
    """Analytic confidence in the sources: 'high', 'moderate' or 'low'."""
    if origins >= 2 and best_reliability in "AB" and not contradicted:
        return "high"
    if best_reliability in "AB" or origins >= 2:
        return "moderate"
    return "low"


def phrase(p: float | None, confidence: str) -> str:
    """'likely (55-80%), moderate confidence'; 'cannot assess, low confidence'."""
    if p is None:
        return f"{cannot_assess()}, {confidence} confidence"
    return f"{likelihood_term(p)} ({band(p)}), {confidence} confidence"
