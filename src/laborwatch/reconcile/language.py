"""Estimative language per ICD 203 (Analytic Standards, 2015).

Likelihood words and their probability bands come from ``data/estimation.yaml``;
confidence (high / moderate / low, in the sources and reasoning) is always stated apart
from likelihood, never folded into it.
"""

from __future__ import annotations

from typing import Any

from laborwatch.reconcile import config


def _bands() -> list[list[Any]]:
    return config.estimation()["language"]["likelihood"]


def likelihood_term(p: float) -> str:
    """ICD 203 term for a probability: 0.7 -> 'likely'."""
    p = min(max(p, 0.0), 1.0)
    for lo, hi, term, _ in _bands():
        if lo <= p < hi or (p == 1.0 and hi == 1.0):
            return str(term)
    raise AssertionError("likelihood bands do not cover [0, 1]")


def band(p: float) -> str:
    """The band a probability falls in, as printed beside the term: '55-80%'."""
    p = min(max(p, 0.0), 1.0)
    for lo, hi, _, _ in _bands():
        if lo <= p < hi or (p == 1.0 and hi == 1.0):
            return f"{round(lo * 100)}-{round(hi * 100)}%"
    raise AssertionError("likelihood bands do not cover [0, 1]")


def credibility_probability(credibility: int) -> float:
    """How likely a fact of this Admiralty credibility is to hold."""
    table = config.estimation()["language"]["credibility_probability"]
    return float(table.get(credibility, table.get(str(credibility), 0.5)))


def step_down(p: float) -> float:
    """The middle of the band below p's band (used when evidence only partly applies)."""
    bands = _bands()
    for i, (lo, hi, _, _) in enumerate(bands):
        if lo <= p < hi or (p == 1.0 and hi == 1.0):
            low_band = bands[max(i - 1, 0)]
            return (float(low_band[0]) + float(low_band[1])) / 2
    return p


def confidence_level(origins: int, best_reliability: str, contradicted: bool) -> str:
    """Analytic confidence in the sources: 'high', 'moderate' or 'low'."""
    if origins >= 2 and best_reliability in "AB" and not contradicted:
        return "high"
    if best_reliability in "AB" or origins >= 2:
        return "moderate"
    return "low"


def phrase(p: float, confidence: str) -> str:
    """'likely (55-80%), moderate confidence'."""
    return f"{likelihood_term(p)} ({band(p)}), {confidence} confidence"


def number(x: float) -> str:
    """Figures for people: 100,000; 1,200; 530 million dollars as $530 million."""
    if x >= 10_000:
        return f"{round(x, -3):,.0f}"
    if x >= 1_000:
        return f"{round(x, -2):,.0f}"
    return f"{round(x):,.0f}"


def money(x: float) -> str:
    """US dollars for people: $530 million, $1.2 billion, $800."""
    if x >= 1e9:
        return f"${x / 1e9:.1f} billion"
    if x >= 1e6:
        return f"${x / 1e6:,.0f} million"
    return f"${x:,.0f}"
