"""Find place mentions in English text: countries, provinces, cities, regions, demonyms.

The gazetteer (``data/places.tsv``, built by ``tools/build_gazetteer.py``) is loaded once
per process. Matching is case-sensitive on token n-grams looked up in a dict (one probe
per token, a few more for tokens that start a known name); the longest name starting at
a token wins and matches never overlap. Phrases such as "around 40 countries" (abroad in
general) come from a small pattern built from ``data/regions.yaml`` (section ``world``).

Kinds: ``country``, ``subdivision``, ``city``, ``region`` (M49 codes), ``demonym``
(adjectives and peoples, ISO or M49 codes), ``abroad`` (``M49:001``) and ``dprk`` (every
name of North Korea and its places, code ``KP``: never a destination).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from itertools import accumulate, compress

import yaml

from laborwatch.errors import DataFileError
from laborwatch.extract.text import ascii_twin, plain_ascii

KINDS = frozenset({"country", "subdivision", "city", "region", "demonym", "abroad", "dprk"})
# A token is a run of letters/digits or one punctuation mark; spaces are not tokens. A run
# also splits where a lowercase letter meets a capital ("projectsNovosibirsk" in scraped
# text whose title and body were glued together).
TOKEN = re.compile(r"(?:[A-Z]+|[^\W_])[^\W_A-Z]*|[^\w\s]")
# The same tokens kept between the gaps, for splitting a text. Written with one branch per
# kind of first character (a capital run, another letter or digit, a mark), which the
# regex engine runs about twice as fast; the tokens are TOKEN's: at a capital TOKEN's
# "[A-Z]+" branch always wins, elsewhere its "[^\W_]" is a letter or digit not in A-Z
# (tests/extract/test_extract_places.py checks them against TOKEN).
_TOKEN_SPLIT = re.compile(r"([A-Z]+[^\W_A-Z]*|[^\W_A-Z]+|[^\w\s])")
_TOKEN_SPLIT_ASCII = ascii_twin(_TOKEN_SPLIT)  # the same on plain ASCII text, faster
# Typographic variants folded before lookup (the text itself is never changed).
_FOLD = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-"})
_FOLDED = re.compile("[’‘‐‑]")
_MAX_GAP = 2  # characters allowed between two tokens of one name (no line breaks)
_ARTICLES = frozenset({"the", "The"})
# Kinds whose names mostly come from data packages; they yield to hyphenated compounds.
_GENERATED_KINDS = frozenset({"city", "subdivision"})
_PREVIOUS_WORD = re.compile(r"(\w+)\s+$")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# A dateline: a place in capitals opening a line, before a comma, an agency in
# parentheses or a dash ("VLADIVOSTOK, Russia (AP) —", "ULAANBAATAR (Reuters) -").
_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+){0,2})(?=[ \t]*(?:,|\(|[—–]|-\s))", re.M
)
_DATELINE_KINDS = frozenset({"country", "subdivision", "city"})
# A label in capitals opening a line of a factbox, before a colon ("RUSSIA: about 15,000",
# "* LAOS, VIETNAM: several hundred"); each name in it is a place like any other.
_LABEL = re.compile(
    r"^[ \t]*(?:[*•-][ \t]*)?([A-Z][A-Z'-]+(?:(?:,? |, AND |, & | & )[A-Z][A-Z'-]+){0,5})[ \t]*:",
    re.M,
)
_LABEL_NAME = re.compile(r"(?!AND\b)[A-Z][A-Z'-]+(?: (?!AND\b)[A-Z][A-Z'-]+){0,2}")
_LABEL_KINDS = frozenset({"country", "subdivision", "city", "region"})
# Where a dateline or a label may open: a line starting with two capitals (after blanks or
# a bullet). Only for speed: both patterns are tried at those line starts alone, found by
# a pattern opening on a literal "\n" (the engine skips to it), not at every position.
_CAPITALS_OPEN = r"[ \t]*(?:[*•-][ \t]*)?[A-Z][A-Z.'-]"
_CAPITALS_LINE = re.compile(r"\n" + _CAPITALS_OPEN)
_CAPITALS_FIRST = re.compile(_CAPITALS_OPEN)  # the first line: no "\n" before it


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    codes: tuple[str, ...]
    kind: str  # country|subdivision|city|region|demonym|abroad|dprk
    dateline: bool = False  # "ULAANBAATAR (Reuters) -": where the story was filed


@dataclass(frozen=True, slots=True)
class Entry:
    """What a gazetteer name stands for."""

    codes: tuple[str, ...]
    kind: str


@dataclass(frozen=True, slots=True)
class CountPhrase:
    """ "more than 10 countries": pattern, code, number words and the guards."""

    pattern: re.Pattern[str]
    code: str
    numbers: dict[str, int]
    min_count: int
    exclude_after: frozenset[str]
    # the last words of the nouns ("countries", "nations"): a match ends with one of them
    ends: tuple[str, ...]
    scan: re.Pattern[str] = field(init=False, repr=False, compare=False)  # _count_matches
    scan_ascii: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        scan = re.compile(rf"[^\w-](?P<phrase>{self.pattern.pattern})", self.pattern.flags)
        object.__setattr__(self, "scan", scan)
        object.__setattr__(self, "scan_ascii", ascii_twin(scan))

    def value(self, number: str) -> int:
        """The count a matched number stands for ("29", "1,000", "dozens of")."""
        digits = number.replace(",", "")
        return int(digits) if digits.isdigit() else self.numbers[" ".join(number.split())]


def tokens(name: str) -> list[str]:
    """The folded tokens of a name, as the matcher sees them."""
    if name.isalpha() and name[1:].islower():  # "Moscow": one token, no regex needed
        return [name]
    return TOKEN.findall(name.translate(_FOLD))


class Gazetteer:
    """Names keyed by their space-joined tokens, plus the n-gram lengths per first token."""

    def __init__(
        self,
        rows: Iterable[tuple[str, str, str]],
        count: CountPhrase | None = None,
        shared: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    ):
        self.names: dict[str, Entry] = {}
        lengths: dict[str, set[int]] = {}
        seconds: dict[str, set[str]] = {}
        entries: dict[tuple[tuple[str, ...], str], Entry] = {}  # one object per meaning
        for name, code, kind in rows:
            toks = tokens(name)
            if not toks:
                continue
            key = " ".join(toks)
            old = self.names.get(key)
            codes = (code,) if old is None else tuple(sorted({*old.codes, code}))
            meaning = (codes, kind if old is None else old.kind)
            entry = entries.get(meaning)
            if entry is None:
                entry = entries[meaning] = Entry(*meaning)
            self.names[key] = entry
            lengths.setdefault(toks[0], set()).add(len(toks))
            if len(toks) > 1:
                seconds.setdefault(toks[0], set()).add(toks[1])
        # shared tuples and sets: most first tokens open names of the same lengths
        shapes: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.first = {
            t: shapes.setdefault(shape, shape)
            for t, ns in lengths.items()
            for shape in [tuple(sorted(ns, reverse=True))]
        }
        # the second tokens of the longer names of each first token (a quick "no")
        self.second = {t: frozenset(ws) for t, ws in seconds.items()}
        self.count = count
        self.joiners, self.shared_nouns = shared  # "Gulf and North African states"

    def lookup(self, name: str) -> Entry | None:
        """The entry for an exact name: ``lookup("Vladivostok").codes == ("RU",)``."""
        return self.names.get(" ".join(tokens(name)))


def _tsv_rows(path: Traversable | None = None) -> Iterator[list[str]]:
    """The non-empty rows of places.tsv (or ``path``) below its checked header, read one
    at a time (the whole table as lists would double the gazetteer's peak memory)."""
    path = path or resources.files("laborwatch.data").joinpath("places.tsv")
    try:
        with path.open(encoding="utf-8") as f:
            reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(reader)
            if header[:3] != ["name", "code", "kind"]:
                raise DataFileError(f"places.tsv: unexpected header {header}")
            yield from filter(None, reader)
    except (OSError, StopIteration, UnicodeDecodeError) as e:
        raise DataFileError(f"places.tsv cannot be read: {e}") from e


def _read_tsv(path: Traversable | None = None) -> Iterator[tuple[str, str, str]]:
    """(name, code, kind) of each row, the kind checked."""
    for r in _tsv_rows(path):
        if len(r) < 3:
            raise DataFileError(f"places.tsv cannot be read: short row {r}")
        if r[2] not in KINDS:
            raise DataFileError(f"places.tsv: unknown kind {r[2]!r} for {r[0]!r}")
        yield r[0], r[1], r[2]


def _alternation(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)


def _read_shared_head() -> tuple[frozenset[str], frozenset[str]]:
    """The joiners and region nouns of "Gulf and North African states" (regions.yaml)."""
    path = resources.files("laborwatch.data").joinpath("regions.yaml")
    try:
        with path.open(encoding="utf-8") as f:
            shared = yaml.load(f, Loader=_YAML_LOADER)["shared_head"]
        return frozenset(shared["joiners"]), frozenset(shared["nouns"])
    except (OSError, KeyError, TypeError, yaml.YAMLError) as e:
        raise DataFileError(f"regions.yaml (shared_head) is malformed: {e}") from e


def _read_count_phrase() -> CountPhrase:
    """The "around 40 countries" vocabulary from regions.yaml (section ``world``)."""
    path = resources.files("laborwatch.data").joinpath("regions.yaml")
    try:
        with path.open(encoding="utf-8") as f:
            world = yaml.load(f, Loader=_YAML_LOADER)["world"]
        cp = world["count_phrase"]
        numbers = {str(k): int(v) for k, v in cp["numbers"].items()}
        # a look-ahead on the first characters a match can open with spares the engine
        # the optional qualifier group at every other position
        initials = {w.split()[0][0] for w in [*cp["qualifiers"], *numbers] if w.split()}
        pattern = (
            "(?=[\\d" + "".join(map(re.escape, sorted(initials))) + "])"
            rf"(?<![\w-])(?:(?:{_alternation(cp['qualifiers'])})\s+)?"
            rf"(?P<n>\d{{1,3}}(?:,\d{{3}})*|{_alternation(list(numbers))})"
            rf"\s+(?:{_alternation(cp['nouns'])})\b"
        )
        return CountPhrase(
            re.compile(pattern),
            str(world["code"]),
            numbers,
            int(cp["min_count"]),
            frozenset(cp["exclude_after"]),
            tuple(sorted({str(noun).split()[-1] for noun in cp["nouns"]})),
        )
    except (OSError, KeyError, TypeError, ValueError, AttributeError, re.error) as e:
        raise DataFileError(f"regions.yaml (world.count_phrase) is malformed: {e}") from e
    except yaml.YAMLError as e:
        raise DataFileError(f"regions.yaml is not valid YAML: {e}") from e


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    return Gazetteer(_read_tsv(), _read_count_phrase(), _read_shared_head())


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Each country code's common name ("Kazakhstan", "Laos"): the shortest of its
    gazetteer names that carries a population."""
    best: dict[str, str] = {}
    for row in _tsv_rows():
        if len(row) > 3 and row[2] == "country" and row[3]:
            name, code = row[0], row[1]
            if code not in best or len(name) < len(best[code]):
                best[code] = name
    return best


@lru_cache(maxsize=1)
def state_adjectives() -> dict[str, str]:
    """Each country code's adjective ("Lithuanian", "Polish", "Kuwaiti"): its demonym in
    "-ish", else its shortest demonym not in "-s" (not the nouns "Pole", "Poles")."""
    found: dict[str, list[str]] = {}
    for row in _tsv_rows():
        if len(row) > 2 and row[2] == "demonym" and not row[0].endswith("s"):
            found.setdefault(row[1], []).append(row[0])
    return {
        code: min(names, key=lambda n: (not n.endswith("ish"), len(n), n))
        for code, names in found.items()
    }


def find_places(text: str) -> list[PlaceMention]:
    """Every place mention in ``text``, sorted by start, non-overlapping, longest first.

    Args:
        text: any string (a sentence or a whole document).

    Returns:
        Mentions whose ``text`` equals ``text[start:end]``. A possessive "'s" stays out of
        the span ("Russia's" -> "Russia"), and so does a hyphenated continuation
        ("Russian-occupied" -> "Russian"), unless the whole form is a known name.
    """
    g = gazetteer()
    found = _dict_matches(text, g)
    lines = _capital_lines(text)
    counted = (
        _count_matches(text, g.count)
        + _dateline_matches(text, g, lines)
        + _label_matches(text, g, lines)
    )
    if not counted:
        return found
    out: list[PlaceMention] = []
    for m in sorted(found + counted, key=lambda m: (m.start, m.start - m.end)):
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


@dataclass(frozen=True, slots=True)
class _Tokens:
    """The tokens of a text: their (folded) texts, and their offsets in one list, token
    ``k`` spanning ``bounds[2k]:bounds[2k + 1]`` (no tuple built per token)."""

    words: list[str]
    bounds: list[int]

    def start(self, k: int) -> int:
        return self.bounds[2 * k]

    def end(self, k: int) -> int:
        return self.bounds[2 * k + 1]


def _tokens(folded: str) -> _Tokens:
    """The tokens of ``folded``.

    Splitting on the token pattern and summing the piece lengths gives the offsets
    without one match object per token (the costliest part of place finding).
    """
    split = _TOKEN_SPLIT_ASCII.split if plain_ascii(folded) else _TOKEN_SPLIT.split
    parts = split(folded)  # gap, token, gap, token, ..., gap
    return _Tokens(parts[1::2], list(accumulate(map(len, parts))))


def _dict_matches(text: str, g: Gazetteer) -> list[PlaceMention]:
    """Greedy left-to-right longest match of token n-grams against the gazetteer."""
    # one-for-one characters: offsets are unchanged (normalised text has none of them)
    # (an ASCII text holds none of them: no scan; only for speed)
    folded = text.translate(_FOLD) if not text.isascii() and _FOLDED.search(text) else text
    tokens = _tokens(folded)
    words, bounds = tokens.words, tokens.bounds
    first, second, names, joiners = g.first, g.second, g.names, g.joiners
    n = len(words)
    out: list[PlaceMention] = []
    free = 0  # first token not yet covered by a match
    for i in compress(range(n), map(first.__contains__, words)):
        if i < free:
            continue
        word = words[i]
        lengths = first[word]
        hit: tuple[int, Entry] | None
        if i + 1 < n and words[i + 1] in second.get(word, ()):
            hit = _longest(text, tokens, i, lengths, g)
        else:  # _longest's first answer without the call ("the" before no name; speed)
            entry = names.get(word) if 1 in lengths else None
            hit = None if entry is None else (1, entry)
        if hit is None:
            continue
        j, (size, entry) = i, hit
        if word in _ARTICLES and i + 1 < n:  # "the Gulf region" > "the Gulf"
            inner = _longest(text, tokens, i + 1, first.get(words[i + 1], ()), g)
            if inner is not None and inner[0] >= size:
                j, (size, entry) = i + 1, inner
        free = j + size
        if entry.kind in _GENERATED_KINDS and _in_compound(tokens, j, size, first):
            continue
        start, end = bounds[2 * j], bounds[2 * free - 1]
        if j >= 2 and words[j - 1] in joiners:  # _shared_head's first test (speed)
            shared = _shared_head(text, tokens, j, size, g)
            if shared is not None and (not out or out[-1].end <= shared.start):
                out.append(shared)
        out.append(PlaceMention(start, end, text[start:end], entry.codes, entry.kind))
    return out


def _shared_head(
    text: str, tokens: _Tokens, j: int, size: int, g: Gazetteer
) -> PlaceMention | None:
    """ "Gulf and North African states": the word before the joiner, named with the noun
    after the name at token ``j`` ("Gulf states"), or with the name's own last word ("East
    and Southeast Asia": "East Asia"), when that is a known name."""
    words = tokens.words
    after = j + size
    if j < 2 or words[j - 1] not in g.joiners:
        return None
    nouns = [words[after]] if after < len(words) else []
    if size > 1:
        nouns.append(words[after - 1])
    entry = next(
        (
            e
            for noun in nouns
            if noun in g.shared_nouns
            for e in [g.names.get(f"{words[j - 2]} {noun}")]
            if e is not None
        ),
        None,
    )
    if entry is None:
        return None
    start, end = tokens.start(j - 2), tokens.end(j - 2)
    return PlaceMention(start, end, text[start:end], entry.codes, entry.kind)


def _longest(
    text: str,
    tokens: _Tokens,
    i: int,
    lengths: tuple[int, ...],
    g: Gazetteer,
) -> tuple[int, Entry] | None:
    """The longest known name starting at token ``i``, as (token count, entry)."""
    names, words = g.names, tokens.words
    if not (i + 1 < len(words) and words[i + 1] in g.second.get(words[i], ())):
        # no longer name goes on with the next token: only the single word can match
        entry = names.get(words[i]) if 1 in lengths else None
        return None if entry is None else (1, entry)
    for size in lengths:
        if i + size > len(words):
            continue
        if size == 1:
            entry = names.get(words[i])
        else:  # look the n-gram up first: most miss, and then spacing need not be checked
            entry = names.get(" ".join(words[i : i + size]))
            if entry is not None and not _tight(text, tokens, i, size):
                entry = None
        if entry is not None:
            return size, entry
    return None


def _tight(text: str, tokens: _Tokens, i: int, size: int) -> bool:
    """No line break and at most ``_MAX_GAP`` characters between the tokens of one name."""
    for k in range(i, i + size - 1):
        gap_start, gap_end = tokens.end(k), tokens.start(k + 1)
        if gap_end - gap_start > _MAX_GAP or "\n" in text[gap_start:gap_end]:
            return False
    return True


def _in_compound(tokens: _Tokens, i: int, size: int, first: dict[str, tuple[int, ...]]) -> bool:
    """Is the name glued by a hyphen to a capitalised non-place word ("Nandi-Ndaitwah")?"""
    t, words = tokens, tokens.words
    j = i + size
    if j + 1 < len(words) and words[j] == "-" and t.start(j) == t.end(j - 1):
        nxt = words[j + 1]
        if t.start(j + 1) == t.end(j) and nxt[:1].isupper() and nxt not in first:
            return True
    if i >= 2 and words[i - 1] == "-" and t.end(i - 1) == t.start(i):
        prev = words[i - 2]
        if t.end(i - 2) == t.start(i - 1) and prev[:1].isupper() and prev not in first:
            return True
    return False


def _count_matches(text: str, cp: CountPhrase | None) -> list[PlaceMention]:
    """ "more than 10 countries" -> abroad, unless few or made specific ("the two")."""
    if cp is None:
        return []
    # every match ends where one of the nouns' last words ends (the pattern is case-sensitive),
    # so the scan stops one character after the last of them (the "\b" after it is read
    # there); a text without them is not scanned (only for speed)
    stop = max((at + len(w) for w in cp.ends if (at := text.rfind(w)) >= 0), default=-1)
    if stop < 0:
        return []
    out = []
    # cp.pattern.finditer(text), found after the character before each match (only for
    # speed): a phrase opens after no word character or hyphen, so it is the (at most one)
    # match right after such a character, and the engine skips in C to those characters
    # instead of trying the pattern at every position; a blank before the text stands for
    # its start (offsets one on)
    padded = " " + text
    scan = cp.scan_ascii if plain_ascii(padded) else cp.scan
    for m in scan.finditer(padded, 0, stop + 2):
        start, end = m.start("phrase") - 1, m.end("phrase") - 1
        if cp.value(m.group("n")) < cp.min_count:
            continue
        before = _PREVIOUS_WORD.search(text, max(0, start - 24), start)
        if before is None or before.group(1) not in cp.exclude_after:
            out.append(PlaceMention(start, end, text[start:end], (cp.code,), "abroad"))
    return out


def _capital_lines(text: str) -> list[int]:
    """The starts of the lines of ``text`` that open on two capitals (after blanks or a
    bullet): the only places where a dateline or a label can match."""
    out = [m.start() + 1 for m in _CAPITALS_LINE.finditer(text)]
    if _CAPITALS_FIRST.match(text):
        out.insert(0, 0)
    return out


def _at_lines(rx: re.Pattern[str], text: str, lines: list[int] | None) -> Iterable[re.Match[str]]:
    """``rx.finditer(text)`` for a line-start pattern (``^`` in re.M, within one line),
    tried only at ``lines`` (every line start that can match; None: the whole text)."""
    if lines is None:
        return rx.finditer(text)
    return filter(None, (rx.match(text, pos) for pos in lines))


def _label_matches(text: str, g: Gazetteer, lines: list[int] | None = None) -> list[PlaceMention]:
    """The places of a line's label in capitals ("MIDDLE EAST: fewer than 500")."""
    out = []
    for m in _at_lines(_LABEL, text, lines):
        for n in _LABEL_NAME.finditer(m.group(1)):
            entry = g.lookup(n.group().title())
            if entry is not None and entry.kind in _LABEL_KINDS:
                start = m.start(1) + n.start()
                out.append(
                    PlaceMention(start, start + len(n.group()), n.group(), entry.codes, entry.kind)
                )
    return out


def _dateline_matches(
    text: str, g: Gazetteer, lines: list[int] | None = None
) -> list[PlaceMention]:
    """A dateline's place, written in capitals ("ULAANBAATAR (Reuters) -")."""
    out = []
    for m in _at_lines(_DATELINE, text, lines):
        if _LABEL.match(text, m.start()):
            continue  # "LAOS, VIETNAM: several hundred": a factbox line's label
        entry = g.lookup(m.group(1).title())
        if entry is not None and entry.kind in _DATELINE_KINDS:
            out.append(
                PlaceMention(m.start(1), m.end(1), m.group(1), entry.codes, entry.kind, True)
            )
    return out
