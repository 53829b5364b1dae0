"""Exact pre-tests for patterns anchored at the end of a window ("... not\\s+$").

Such a pattern is searched over a window, and the regex engine tries it from every
position there; but it can only match when the window ends, after white space, with the
last word of one of its phrases. In ASCII text that test is a string suffix check.
"""

from __future__ import annotations

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


def may_end_with(window: str, ends: tuple[str, ...] | None) -> bool:
    """Can a pattern whose matches end with one of ``ends`` (:func:`last_words`), followed
    by nothing but white space, match at the end of ``window``? False only when it surely
    cannot: an ASCII window that, white space stripped, ends with none of them (in either
    case; for a case-sensitive pattern the test is only looser)."""
    return ends_with(tail_of(window), ends)


def tail_of(window: str) -> str | None:
    """``window`` as :func:`ends_with` tests it: white space stripped from its end and
    lower-cased; None when it is not ASCII (then no test). Made once, it serves the tests
    of several patterns on one window."""
    return window.rstrip().lower() if window.isascii() else None


def ends_with(tail: str | None, ends: tuple[str, ...] | None) -> bool:
    """:func:`may_end_with` of the window whose :func:`tail_of` is ``tail``."""
    return tail is None or ends is None or tail.endswith(ends)
