"""Money amounts in US dollars at the rate of their year.

Rates come from the European Central Bank's reference rates shipped inside the
``CurrencyConverter`` package (no network at run time): an amount of year Y is converted
at the ECB rate of mid-year Y (1 July; interpolated when the ECB published none that day,
and the last published rate after the ECB stopped quoting a currency, e.g. the rouble
from March 2022, which the conversion then says).
"""

from __future__ import annotations

import datetime as dt
import functools

from currency_converter import CurrencyConverter  # type: ignore[import-untyped]


@functools.cache
def _converter() -> CurrencyConverter:
    return CurrencyConverter(fallback_on_wrong_date=True, fallback_on_missing_rate=True)


@functools.cache
def usd_rate(currency: str, year: int) -> tuple[float, str] | None:
    """USD per unit of ``currency`` in ``year`` and how it was found (None: no rate known).

    >>> round(usd_rate("USD", 2020)[0], 3)
    1.0
    """
    code = currency.upper()
    if code == "USD":
        return (1.0, "USD")
    conv = _converter()
    if code not in conv.currencies:
        return None
    day = dt.date(year, 7, 1)
    first, last = conv.bounds[code]
    note = f"ECB rate of {day.isoformat()}"
    if day > last:
        note = f"last ECB rate ({last.isoformat()}); none published for {year}"
    elif day < first:
        note = f"first ECB rate ({first.isoformat()}); none published for {year}"
    return (float(conv.convert(1, code, "USD", date=day)), note)
