"""Figures for people: stated figures as the text gave them, modelled numbers rounded.

"around 4,000", "up to 28,000", "4,000–5,000", "$500 million a year", "70%". Nothing here
rounds a stated figure: :func:`figure` prints every digit a claim has. Only modelled
numbers (estimates, revenue medians) go through :func:`approx` and
``money(..., rounded=True)``. A ground-floor module, so every stage writes figures the same
way; :mod:`laborwatch.present` shows them (and re-exports these functions).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

DASH = "–"  # between the two ends of a range
CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "KRW": "₩", "CNY": "CN¥"}
PER = {"month": "a month", "year": "a year", "day": "a day", "week": "a week", "hour": "an hour"}
SCALES = ((1e9, "billion"), (1e6, "million"))
QUALIFIER_WORDS = {"approx": "around", "at_least": "at least", "at_most": "up to"}
VAGUE_UNITS = ("", "thousands", "millions", "billions")  # per three orders of magnitude


def number(x: float) -> str:
    """Every digit, with thousands separators: 24,200; 1,234.5."""
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.10g}" if x < 1000 else f"{x:,}"


def approx(x: float) -> str:
    """A modelled number for prose, to two or three significant figures: 100,000; 1,200."""
    step = 1000 if x >= 10_000 else 100 if x >= 1_000 else 1
    return number(round(x / step) * step)


def _sign(currency: str | None) -> tuple[str, str]:
    code = (currency or "USD").upper()
    sign = CURRENCY_SIGNS.get(code)
    return (sign, "") if sign else ("", f" {code}")


def _scaled(x: float) -> tuple[str, str]:
    """(digits, scale word): 500000000 -> ('500', ' million'); 800 -> ('800', '')."""
    for size, word in SCALES:
        if abs(x) >= size:
            return f"{x / size:,.3f}".rstrip("0").rstrip("."), f" {word}"
    return number(x), ""


def money(x: float, currency: str | None = "USD", *, rounded: bool = False) -> str:
    """'$500 million', '$1.25 billion', '€800', '5,000 RUB'; ``rounded`` for model output."""
    prefix, suffix = _sign(currency)
    if rounded:
        for size, word in SCALES:
            if x >= size:
                digits = f"{x / size:.1f}" if size == 1e9 else f"{x / size:,.0f}"
                return f"{prefix}{digits} {word}{suffix}"
        return f"{prefix}{x:,.0f}{suffix}"
    digits, scale = _scaled(x)
    return f"{prefix}{digits}{scale}{suffix}"


def _money_range(low: float, high: float, currency: str | None) -> str:
    prefix, suffix = _sign(currency)
    (lo, lo_scale), (hi, hi_scale) = _scaled(low), _scaled(high)
    if lo_scale == hi_scale:  # "$250–600 million"
        return f"{prefix}{lo}{DASH}{hi}{hi_scale}{suffix}"
    return f"{money(low, currency)}{DASH}{money(high, currency)}"


def figure(
    kind: str,
    low: float | None,
    high: float | None,
    *,
    qualifier: str | None = None,
    currency: str | None = None,
    per: str | None = None,
    text: str | None = None,
) -> str:
    """A claim's figure as the text gave it, with its qualifier, currency and period.

    >>> figure("workers", 4000, 4000, qualifier="approx")
    'around 4,000'
    >>> figure("revenue", 5e8, 5e8, per="year")
    '$500 million a year'
    """
    if low is None and high is None:
        return text or "?"
    one = _one(kind, currency)
    if qualifier == "vague" and text:
        out = text
    elif qualifier == "vague":
        out = vague(kind, high if high is not None else low or 0, currency)
    elif low is not None and high is not None and low != high:
        out = _range(kind, low, high, currency)
    elif low is not None and high is not None:
        word = QUALIFIER_WORDS.get(qualifier or "", "")
        out = f"{word} {one(low)}" if word else one(low)
    elif low is not None:
        out = f"at least {one(low)}"
    else:
        out = f"up to {one(high or 0)}"
    return f"{out} {PER.get(per, 'per ' + per)}" if per and kind != "workers" else out


def vague(kind: str, value: float, currency: str | None = None) -> str:
    """A vague class in words, from its order of magnitude (spec "vague" counts):
    'dozens', 'hundreds', 'thousands', 'tens of thousands', 'hundreds of millions of
    dollars'."""
    k = max(1, len(str(int(abs(value)))) - 1)  # 2,000-9,999 -> 3
    unit = VAGUE_UNITS[min(k // 3, len(VAGUE_UNITS) - 1)]
    if k == 1:
        words = "dozens"
    elif not unit:
        words = "hundreds"
    else:
        words = ("", "tens of ", "hundreds of ")[k % 3] + unit
    if kind in ("revenue", "wage"):
        code = (currency or "USD").upper()
        return f"{words} of dollars" if code == "USD" else f"{words} {code}"
    return f"{words}%" if kind == "state_share" else words


def _one(kind: str, currency: str | None) -> Callable[[float], str]:
    """How one value of this kind of claim is written."""
    if kind == "state_share":
        return lambda x: f"{number(x)}%"
    if kind in ("revenue", "wage"):
        return functools.partial(money, currency=currency)
    return number


def _range(kind: str, low: float, high: float, currency: str | None) -> str:
    if kind == "state_share":
        return f"{number(low)}{DASH}{number(high)}%"
    if kind in ("revenue", "wage"):
        return _money_range(low, high, currency)
    return f"{number(low)}{DASH}{number(high)}"


def figure_of(item: Any) -> str:
    """:func:`figure` of a Claim, ClaimRow or Fact."""
    value = getattr(item, "value", item)  # a Claim keeps its figure in .value
    return figure(
        item.kind,
        value.low,
        value.high,
        qualifier=getattr(value, "qualifier", None),
        currency=getattr(value, "currency", None),
        per=getattr(value, "per", None),
        text=getattr(value, "text", None),
    )
