"""What a story is about, beyond its wording: figures, places, names and its date.

Independent rewrites of one story share few word shingles but keep its facts: the same
distinctive figures, the same destinations, the same people and organisations, a
publication date within days. Figures and places come from the extractor's own number
grammar and gazetteer, so a translation (figures and places survive it) still matches.
Everything here is a pure function of a document's text, language and date, so features
of stored documents can be recomputed from their text.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import zlib
from dataclasses import dataclass
from importlib import resources

import yaml

from laborwatch.errors import DataFileError
from laborwatch.extract.numbers import find_quantities
from laborwatch.extract.places import find_places
from laborwatch.extract.text import normalize

# A name: a capitalised word (letters, inner apostrophes/hyphens) not opening a sentence.
_NAME = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z]*(?:[-'’][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"(?:[.!?:;\"'“”‘’()\[\]|•–—-]|\n)\s*$")
_DIGITS = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SENTENCE_BREAK = re.compile(r"[.!?。]+[\"'”’)]*\s+|\n+")


@dataclass(frozen=True, slots=True)
class Features:
    """A document's story features (all normalised, comparable across languages)."""

    figures: frozenset[str]  # distinctive counts and amounts, as normalised values
    places: frozenset[str]  # ISO country codes named (North Korea itself left out)
    names: frozenset[str]  # lower-cased capitalised words: people, organisations, sites
    published: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Words that name nothing distinctive (``data/dedupe_words.yaml``)."""

    common: frozenset[str]
    figure_units: frozenset[str]
    min_figure: float


@functools.cache
def vocabulary() -> Vocabulary:
    """The shipped word lists; a malformed file is a :class:`DataFileError`."""
    path = resources.files("laborwatch.data") / "dedupe_words.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        common = {w.lower() for group in raw["common_names"].values() for w in group}
        return Vocabulary(
            frozenset(common), frozenset(raw["figure_units"]), float(raw["min_figure"])
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc


def features(text: str, language: str | None = "en", published: str | None = None) -> Features:
    """The story features of one document."""
    voc = vocabulary()
    norm = normalize(text)
    places = find_places(norm)
    return Features(
        _figures(norm, language or "en", voc),
        frozenset(c for p in places if p.kind != "dprk" for c in p.codes if len(c) == 2),
        _names(norm, [(p.start, p.end) for p in places], voc),
        parse_date(published),
    )


def _figures(text: str, language: str, voc: Vocabulary) -> frozenset[str]:
    try:
        found = find_quantities(text, language)
    except DataFileError:  # a language with no number grammar: digits read as English
        found = find_quantities(text, "en")
    out = set()
    for q in found:
        if q.unit not in voc.figure_units or q.vague or q.value < voc.min_figure:
            continue
        low, high = q.low if q.low is not None else q.high, q.high
        out.add(_number(low) if high is None or low == high else f"{_number(low)}-{_number(high)}")
    return frozenset(out)


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.6g}"


def significant(figure: str) -> str:
    """The significant digits of a written figure: ``1,450`` and ``1.45 million`` -> ``145``."""
    return "".join(ch for ch in figure if ch.isdigit()).strip("0")


def distinctive(figures: frozenset[str]) -> frozenset[str]:
    """Figures with at least two significant digits (round numbers recur across stories)."""
    return frozenset(f for f in figures if max(len(significant(b)) for b in f.split("-")) >= 2)


def written_figures(text: str) -> frozenset[str]:
    """The significant digits of every figure written in digits (a cheap scan), years and
    figures under ``min_figure`` left out: ``1,450`` and ``1.45 million`` both give ``145``.
    """
    low = vocabulary().min_figure
    out = set()
    for m in _DIGITS.finditer(text):
        raw = m.group().rstrip(",.")
        if len(raw) == 4 and _YEAR.match(raw):
            continue
        sig = raw.replace(",", "").replace(".", "").strip("0")
        if sig and (len(sig) >= 2 or float(raw.replace(",", "")) >= low):
            out.add(sig)
    return frozenset(out)


def sentences_with(text: str, figures: set[str]) -> int:
    """How many sentences of ``text`` write one of ``figures`` (significant digits)."""
    found = set()
    sentence, last = 0, 0
    for m in _DIGITS.finditer(text):
        sig = m.group().rstrip(",.").replace(",", "").replace(".", "").strip("0")
        if sig in figures:
            sentence += len(_SENTENCE_BREAK.findall(text, last, m.start()))
            last = m.start()
            found.add(sentence)
    return len(found)


def figure_pairs(figures: frozenset[str], limit: int) -> list[int]:
    """A 32-bit hash per pair of :func:`written_figures` with two or more significant digits
    (pairs are rare across stories; single figures are not). Only the first ``limit``
    figures (most significant digits first) make pairs."""
    top = sorted((f for f in figures if len(f) >= 2), key=lambda d: (-len(d), d))[:limit]
    return [zlib.crc32(f"{a} {b}".encode()) for a, b in itertools.combinations(sorted(top), 2)]


def figure_keys(pairs: list[int], month: str) -> list[int]:
    """Index keys for :func:`figure_pairs` in one publication month (``YYYY-MM``, or ``-``
    when the date is unknown), so a key meets only documents of nearby months however
    large the index grows. Signed 64-bit: month hash in the high half, pair in the low."""
    high = zlib.crc32(b"figures " + month.encode()) << 32
    return [_signed(high | p) for p in pairs]


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def month_of(published: dt.date | None) -> str:
    """The ``YYYY-MM`` a figure key is filed under (``-``: date unknown)."""
    return published.strftime("%Y-%m") if published else "-"


def months_near(published: dt.date | None) -> list[str]:
    """Months whose keys a document looks up: its own, the two beside it and the undated."""
    if published is None:
        return ["-"]
    first = published.replace(day=1)
    before = first - dt.timedelta(days=1)
    after = (first + dt.timedelta(days=32)).replace(day=1)
    return [month_of(before), month_of(first), month_of(after), "-"]


def _names(text: str, places: list[tuple[int, int]], voc: Vocabulary) -> frozenset[str]:
    out = set()
    spans = iter(sorted(places))
    span = next(spans, None)
    for m in _NAME.finditer(text):
        while span is not None and span[1] <= m.start():
            span = next(spans, None)
        if span is not None and span[0] <= m.start() < span[1]:
            continue  # a place: compared as a country code instead
        word = m.group().lower().rstrip("'’").removesuffix("'s").removesuffix("’s")
        if len(word) < 3 or word in voc.common:
            continue
        if m.start() == 0 or _SENTENCE_END.search(text, max(0, m.start() - 3), m.start()):
            continue  # sentence-initial capitals say nothing
        out.add(word)
    return frozenset(out)


def parse_date(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` or ``YYYY-MM`` (the month's middle day) or None."""
    if not value:
        return None
    try:
        if len(value) >= 10:
            return dt.date.fromisoformat(value[:10])
        if len(value) == 7:
            return dt.date.fromisoformat(value + "-15")
    except ValueError:
        return None
    return None
