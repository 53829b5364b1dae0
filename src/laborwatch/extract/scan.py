"""Several phrase patterns over one text in one scan.

Scanning a text once per pattern costs a pass each; a look-ahead over the union of their
phrases (:func:`union_ahead`) finds in one pass every place where any of them can start,
and each pattern is then tried only there (:func:`matches_at`), which finds exactly what
its own ``finditer`` finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from laborwatch.extract.text import caseless_lower, folded


def union_ahead(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A zero-width look-ahead of ``pattern``: its ``finditer`` yields every position where
    ``pattern`` matches, overlapping ones included."""
    return re.compile(f"(?=(?:{pattern}))", flags)


def starts(ahead: re.Pattern[str], text: str, lo: int, hi: int) -> list[int]:
    """The positions in text[lo:hi] where the look-ahead ``ahead`` matches."""
    return [m.start() for m in ahead.finditer(text, lo, hi)]


def matches_at(
    rx: re.Pattern[str], text: str, where: Sequence[int], hi: int
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, lo, hi)`` when ``where`` (ascending, from ``lo``) holds every
    position where ``rx`` can match: the leftmost match, then the next one from its end.
    ``rx`` never matches the empty string (a phrase pattern)."""
    end = -1
    for pos in where:
        if pos < end:
            continue
        m = rx.match(text, pos, hi)
        if m is not None:
            end = m.end()
            yield m


class Folding:
    """:func:`~laborwatch.extract.text.folded_all` of a fixed list of patterns, with the
    folded patterns built once (a finder's patterns are fixed per language) and only the
    lower-cased copy looked up per text."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        folds = [folded(rx) for rx in patterns]
        self.folds = tuple(f for f in folds if f is not None)
        if len(self.folds) != len(folds):
            self.folds = ()

    def on(self, text: str) -> tuple[str, tuple[re.Pattern[str], ...]]:
        """What to run the patterns on, and the patterns to run there."""
        if self.folds:
            low = caseless_lower(text)
            if low is not None:
                return low, self.folds
        return text, self.patterns
