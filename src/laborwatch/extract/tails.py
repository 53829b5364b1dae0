"""Exact pre-tests for patterns anchored at the end of a window ("... not\\s+$").

Such a pattern is searched over a window, and the regex engine tries it from every
position there; but it can only match when the window ends, after white space, with the
last word of one of its phrases. In ASCII text that test is a string suffix check.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


def last_words(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """The lower-cased last words of ``phrases``, for :func:`may_end_with`; None when one is
    not ASCII (re.IGNORECASE may fold a non-ASCII letter onto an ASCII one: then no test)."""
    out = set()
    for phrase in phrases:
        parts = str(phrase).split()
        if not parts or not parts[-1].isascii():
            return None
        out.add(parts[-1].lower())
    return tuple(sorted(out))


def last_words_as_written(phrases: list[str]) -> tuple[str, ...] | None:
    """The last words of ``phrases`` as written, for the exact pre-test
    ``window.rstrip().endswith(...)`` of a case-sensitive pattern whose matches end with
    one of them, then white space and the window's end ("not been\\s+$"): any script
    will do, as ``str.rstrip`` strips just what ``\\s`` matches. None when a phrase has no
    word (then no test)."""
    out = set()
    for phrase in phrases:
        parts = str(phrase).split()
        if not parts:
            return None
        out.add(parts[-1])
    return tuple(sorted(out))


def may_end_with(window: str, ends: tuple[str, ...] | None) -> bool:
    """Can a pattern whose matches end with one of ``ends`` (:func:`last_words`), followed
    by nothing but white space, match at the end of ``window``? False only when it surely
    cannot: an ASCII window that, white space stripped, ends with none of them (in either
    case; for a case-sensitive pattern the test is only looser)."""
    # ends_with(tail_of(window), ends), inlined (it runs for many windows)
    if ends is None or not window.isascii():
        return True
    return window.rstrip().lower().endswith(ends)


def tail_of(window: str) -> str | None:
    """``window`` as :func:`ends_with` tests it: white space stripped from its end and
    lower-cased; None when it is not ASCII (then no test). Made once, it serves the tests
    of several patterns on one window."""
    return window.rstrip().lower() if window.isascii() else None


def ends_with(tail: str | None, ends: tuple[str, ...] | None) -> bool:
    """:func:`may_end_with` of the window whose :func:`tail_of` is ``tail``."""
    return tail is None or ends is None or tail.endswith(ends)


class NeedleIndex:
    """Every occurrence of some substrings ``needles`` in ``text``, found once, to answer
    ``max(text.rfind(w, lo, hi) for w in needles)`` for many spans by bisection (each span
    otherwise costs a search per needle; a document's figures ask many spans)."""

    def __init__(self, text: str, needles: Iterable[str]) -> None:
        found: list[tuple[int, int]] = []  # (end, start) of each occurrence, overlaps too
        for w in needles:
            if not w:
                raise ValueError("empty needle")
            i = text.find(w)
            while i >= 0:
                found.append((i + len(w), i))
                i = text.find(w, i + 1)
        found.sort()
        self._ends = [end for end, _ in found]
        # the latest start among the occurrences ending at or before each one's end
        self._latest: list[int] = []
        latest = -1
        for _, start in found:
            latest = max(latest, start)
            self._latest.append(latest)

    def last(self, lo: int, hi: int) -> int:
        """Where the last occurrence inside text[lo:hi] starts; -1 when none is there."""
        i = bisect_right(self._ends, hi) - 1
        if i < 0 or self._latest[i] < lo:
            return -1
        return self._latest[i]
