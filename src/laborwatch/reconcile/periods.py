"""Which years a claim speaks of: the period the text gives, else its publication year.

A figure's year is the year the text says it holds (the extractor resolves "last year",
"now" against the publication date); a claim with no period is dated by its publication
year alone (what an article states in the present it states of its own time). A claim with
neither is undated: it is listed, never spread over guessed years.
"""

from __future__ import annotations

from laborwatch.model import ClaimRow


def year_of(text: str | None) -> int | None:
    """The year of 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD...' (None when absent or malformed)."""
    if text and len(text) >= 4 and text[:4].isdigit():
        return int(text[:4])
    return None


def claim_years(row: ClaimRow, lookback: int = 0) -> tuple[int, int] | None:
    """Inclusive year range of a claim.

    Args:
        row: the claim with its document's publication date.
        lookback: for a claim with no period, how many years before publication it may
            describe (``facts.undated_lookback_years``; 0: the publication year only).
    """
    return years_of(row.period_start, row.period_end, row.published, lookback)


def years_of(
    period_start: str | None, period_end: str | None, published: str | None, lookback: int = 0
) -> tuple[int, int] | None:
    """:func:`claim_years` of a claim's dates alone (a period, else the publication date)."""
    start, end = year_of(period_start), year_of(period_end)
    if start is not None:
        return (start, end if end is not None and end >= start else start)
    if end is not None:
        return (end, end)
    year = year_of(published)
    if year is None:
        return None
    return (year - lookback, year)


def overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    """The years both ranges cover; two undated ranges 'overlap' as undated (None)."""
    if a is None or b is None:
        return None
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else None
