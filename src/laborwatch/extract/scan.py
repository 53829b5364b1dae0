"""Several phrase patterns over one text in one scan.

Scanning a text once per pattern costs a pass each; a look-ahead over the union of their
phrases (:func:`union_ahead`) finds in one pass every place where any of them can start,
and each pattern is then tried only there (:func:`matches_at`), which finds exactly what
its own ``finditer`` finds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from laborwatch.extract.text import caseless_lower, folded


def union_ahead(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A look-ahead of ``pattern``: its ``finditer`` yields every position where ``pattern``
    matches, overlapping ones included (the match's start; its end is not meant to be read).

    When the characters a match may open with are known (:func:`first_chars`), the scan
    opens on a class of them and looks back one character to try the look-ahead there:
    the regex engine then skips in C over every other character instead of starting its
    matcher at each position, and finds the same starts."""
    ahead = f"(?=(?:{pattern}))"
    firsts = _first_chars(pattern, flags)
    if firsts:
        opening = "".join(re.escape(c) for c in sorted(firsts))
        return re.compile(f"[{opening}](?<={ahead}.)", flags)
    return re.compile(ahead, flags)


def starts(ahead: re.Pattern[str], text: str, lo: int, hi: int) -> list[int]:
    """The positions in text[lo:hi] where the look-ahead ``ahead`` matches."""
    return [m.start() for m in ahead.finditer(text, lo, hi)]


def matches_at(
    rx: re.Pattern[str], text: str, where: Sequence[int], hi: int
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, lo, hi)`` when ``where`` (ascending, from ``lo``) holds every
    position where ``rx`` can match: the leftmost match, then the next one from its end.
    ``rx`` never matches the empty string (a phrase pattern). Where the character there
    cannot open a match (:func:`first_chars`), the pattern is not tried."""
    end = -1
    firsts = first_chars(rx)
    for pos in where:
        if pos < end or (firsts is not None and text[pos] not in firsts):
            continue
        m = rx.match(text, pos, hi)
        if m is not None:
            end = m.end()
            yield m


def first_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Every character a match of ``rx`` can open with (its first consumed one), read from
    the parsed pattern; None when that is not sure (a case-insensitive pattern, one that may
    match the empty string, a class of categories or negated, a construct not handled)."""
    # cached on the source and flags: a Pattern's own hash goes over its compiled code
    return _first_chars(rx.pattern, rx.flags)


@functools.cache
def _first_chars(pattern: str, flags: int) -> frozenset[str] | None:
    if flags & re.IGNORECASE or not isinstance(pattern, str):
        return None
    try:
        found = _firsts(list(_parser.parse(pattern, flags).data))
    except Exception:  # an unknown construct of another Python version: no filter
        return None
    return frozenset(found) if found is not None else None


# zero-width items: they consume nothing, so the first character is that of what follows
_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}


def _firsts(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The first characters of a sequence of parsed items (see :func:`first_chars`)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _constants.LITERAL:
            return {chr(av)}
        if op is _constants.IN:
            out = set()
            for kind, value in av:
                if kind is _constants.LITERAL:
                    out.add(chr(value))
                elif kind is _constants.RANGE and value[1] - value[0] < 256:
                    out.update(chr(c) for c in range(value[0], value[1] + 1))
                else:
                    return None
            return out
        if op is _constants.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                part = _firsts(list(branch))
                if part is None:
                    return None
                union |= part
            return union
        if op is _constants.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE or sub.getwidth()[0] == 0:
                return None  # "(?i:...)": its letters match either case
            return _firsts(list(sub.data))
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and av[0] >= 1:
            return _firsts(list(av[2]))
        return None
    return None  # nothing consumed: it may match the empty string


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
