"""Same-length normalisation, so every offset found in the normalised text is an offset
into the original (evidence spans quote the original, byte for byte)."""

from __future__ import annotations

import functools
import re

_SAME_LENGTH = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2011": "-",
        "\u2010": "-",
        "\r": " ",
        "\t": " ",
        "\u000b": " ",
        "\u000c": " ",
    }
)


# The same mapping as pairs: most texts hold only a few of these characters, and replacing
# just those that occur (a fast test each) is many times faster than str.translate over every
# character of a non-ASCII text; an ASCII text can hold only the ASCII ones.
_REPLACEMENT = {chr(c): r for c, r in _SAME_LENGTH.items()}
_ASCII_REPLACEMENT = {c: r for c, r in _REPLACEMENT.items() if c.isascii()}

_LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+\b|\b[\w-]+\([aA]t\)[\w.-]+")
# A link holds no white space and one of these (its scheme, "www.", "@", "(at)"), so it lies
# within a run of non-space characters holding one: only those runs need the pattern.
_LINK_NEEDLES = ("://", "www.", "@", "(at)", "(At)")
_SPACE = re.compile(r"\s")


def normalize(text: str) -> str:
    """Map typographic quotes, dashes and odd spaces to ASCII and blank out links and
    e-mail addresses (their digits and words are not the article's), keeping every offset."""
    for c, r in (_ASCII_REPLACEMENT if text.isascii() else _REPLACEMENT).items():
        if c in text:  # each replacement is one character: no offset moves
            text = text.replace(c, r)
    if "://" in text or "www." in text or "@" in text or "(at)" in text:
        text = _blank_links(text)
    return text


def _blank_links(text: str) -> str:
    """``text`` with every match of ``_LINK`` blanked out, the pattern run only over the
    non-space runs that hold a needle (what ``_LINK.sub`` over the whole text gives: \\b
    and \\S read the run's white-space neighbours, the same at a bound as past it)."""
    pieces, done = [], 0
    for lo, hi in _needle_runs(text):
        for m in _LINK.finditer(text, lo, hi):
            pieces += [text[done : m.start()], " " * (m.end() - m.start())]
            done = m.end()
    return "".join(pieces) + text[done:] if pieces else text


def _needle_runs(text: str) -> list[tuple[int, int]]:
    """The runs of non-space characters of ``text`` that hold one of ``_LINK_NEEDLES``, as
    sorted (start, end) pairs."""
    runs: dict[int, int] = {}
    for needle in _LINK_NEEDLES:
        at = text.find(needle)
        while at >= 0:
            lo = at
            while lo and not text[lo - 1].isspace():
                lo -= 1
            space = _SPACE.search(text, at)
            runs[lo] = hi = len(text) if space is None else space.start()
            at = text.find(needle, hi)
    return sorted(runs.items())


_ASCII_LOWER = str.maketrans({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})


@functools.lru_cache(maxsize=8)  # the stages of one document ask for the same copy
def lower(text: str) -> str:
    """Lower-case ``text`` keeping its length (so offsets still hold); the case-insensitive
    vocabularies run on this copy, which is several times faster than re.IGNORECASE."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


@functools.lru_cache(maxsize=8)
def caseless_lower(text: str) -> str | None:
    """:func:`lower` of ``text`` when every cased character of it is ASCII, else None.

    On that copy a lower-cased pattern finds exactly what the same pattern finds with
    re.IGNORECASE on ``text`` (no "ſ", Kelvin sign or accented capital to fold), several
    times faster; callers fall back to the re.IGNORECASE pattern on None."""
    if text.isascii():
        return lower(text)
    # its UTF-8 bytes case-map only their ASCII letters: the text's own case maps agree with
    # them when no other character has a case (one pass in C, not one call per character)
    raw = text.encode(errors="surrogatepass")
    if (
        text.lower().encode(errors="surrogatepass") == raw.lower()
        and text.upper().encode(errors="surrogatepass") == raw.upper()
    ):
        return lower(text)
    return None


# white space to a Unicode pattern's \s (as to str.isspace), never to a re.ASCII pattern's
_UNICODE_ONLY_SPACE = "\x1c\x1d\x1e\x1f"


def plain_ascii(text: str) -> bool:
    """Does a pattern compiled with re.ASCII (:func:`ascii_twin`) find in ``text`` just what
    the Unicode pattern finds? It does in ASCII text without the separators \\x1c-\\x1f:
    there \\w, \\b, \\d, \\s and case folding agree, and the twin skips the Unicode
    category look-ups of every \\b and \\w (a tenth of the extractor's instructions)."""
    return text.isascii() and not any(c in text for c in _UNICODE_ONLY_SPACE)


def ascii_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` compiled with re.ASCII, for :func:`plain_ascii` text; ``rx`` itself when its
    pattern has a non-ASCII character (re.IGNORECASE may fold one onto ASCII: "ſ", "K")."""
    if not rx.pattern.isascii():
        return rx
    return re.compile(rx.pattern, (rx.flags & ~re.UNICODE) | re.ASCII)


_NOT_FOLDABLE = re.compile(r"\(\?-i|\(\?P|\\[A-Z]")  # case-off groups, names, \S \W
_SET_ESCAPES = frozenset("wds")  # escapes in a set that name no letter ("[\w-]", "[\d,.]")


def _cased_set(pattern: str) -> bool:
    """Does a character set of ``pattern`` name a letter, or hold an escape other than
    \\w, \\d, \\s or punctuation? (Lower-casing such a set could change what it matches;
    a set of digits, spaces and marks matches the same either way.)"""
    i, n = 0, len(pattern)
    while i < n:
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] != "[":
            i += 1
            continue
        j = i + 1
        if pattern[j : j + 1] == "^":
            j += 1
        if pattern[j : j + 1] == "]":  # a leading "]" is the character itself
            j += 1
        while j < n and pattern[j] != "]":
            if pattern[j] == "\\":
                escaped = pattern[j + 1 : j + 2]
                if escaped.isalnum() and escaped not in _SET_ESCAPES:
                    return True
                j += 2
            elif pattern[j].isalpha() or pattern[j].lower() != pattern[j].upper():
                return True
            else:
                j += 1
        i = j + 1
    return False


def folded(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``rx`` (re.IGNORECASE) lower-cased and case-sensitive, for :func:`caseless_lower`
    copies; None when its source is not a plain phrase pattern that can be lower-cased."""
    # cached on the source and flags: a Pattern's own hash and equality go over its whole
    # compiled code, which costs more than the lookup saves for large vocabularies
    return _folded(rx.pattern, rx.flags)


@functools.cache
def _folded(pattern: str, flags: int) -> re.Pattern[str] | None:
    if not flags & re.IGNORECASE or _NOT_FOLDABLE.search(pattern) or _cased_set(pattern):
        return None
    return re.compile(pattern.lower(), flags & ~re.IGNORECASE)


def folded_all(text: str, patterns: list[re.Pattern[str]]) -> tuple[str, list[re.Pattern[str]]]:
    """What to run ``patterns`` (re.IGNORECASE) on, and how: :func:`caseless_lower` of
    ``text`` with every pattern :func:`folded` when that can be, else ``text`` as it is."""
    folds = [rx for rx in map(folded, patterns) if rx is not None]
    low = caseless_lower(text)
    if low is not None and len(folds) == len(patterns):
        return low, folds
    return text, patterns
