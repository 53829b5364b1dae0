"""A document prepared for the claim stages: normalised text, sentences, clauses, the
quantities and place mentions of each sentence, all with offsets into the original text."""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import re
from dataclasses import dataclass, field

from laborwatch.extract.cues import cues, lowered_starts
from laborwatch.extract.numbers import Quantity, find_quantities
from laborwatch.extract.places import PlaceMention, find_places
from laborwatch.extract.scan import matches_at
from laborwatch.extract.sentences import Sentence, split_sentences
from laborwatch.extract.text import ascii_twin, caseless_lower, lower, normalize, plain_ascii
from laborwatch.extract.vocab import has, load, scan_pattern, words
from laborwatch.model import Document

log = logging.getLogger(__name__)

# A real sentence has fewer than 20 figures. The claim stages look around each figure
# within its sentence, so a sentence of thousands of figures (a table or a list flattened
# without full stops) would cost the square of its length: past this many, the rest of
# the sentence's figures are not read, and a warning names the sentence.
MAX_FIGURES_PER_SENTENCE = 200


@functools.cache
def _clause_break(language: str) -> re.Pattern[str]:
    """Where a clause ends inside a sentence: ", " ";" " - " brackets and the contrastive
    conjunctions of ``grammar.yaml``."""
    conjunctions = words(language, "clause_conjunctions") if has("grammar", language) else ""
    return re.compile(
        r",(?=\s)|;(?=\s)|\s-(?=\s)|\s\(|\)(?=\s)|\[|\]"
        + (f"|{conjunctions}" if conjunctions else ""),
        re.IGNORECASE,
    )


@functools.cache
def _clause_break_lower(language: str) -> re.Pattern[str]:
    """:func:`_clause_break` for :func:`caseless_lower` text: the same pattern lower-cased
    and case-sensitive (no escape in it has a case), which finds the same cuts faster."""
    rx = _clause_break(language)
    return re.compile(rx.pattern.lower(), rx.flags & ~re.IGNORECASE)


@dataclass(slots=True)
class SentenceView:
    """One sentence and what the lower stages found in it."""

    sentence: Sentence
    quantities: list[Quantity] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    clause_cuts: list[int] = field(default_factory=list)
    # the sentence's offsets and index, copied once (the stages read them very often)
    start: int = field(init=False, repr=False, compare=False)
    end: int = field(init=False, repr=False, compare=False)
    index: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        s = self.sentence
        self.start, self.end, self.index = s.start, s.end, s.index

    def before(self, reach: int) -> range:
        """The indices of up to ``reach`` sentences before this one, nearest first."""
        return range(self.index - 1, max(-1, self.index - 1 - reach), -1)

    def clause_of(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the clause holding ``pos``."""
        start, end = self.start, self.end
        for cut in self.clause_cuts:
            if cut <= pos:
                start = cut
            else:
                end = cut
                break
        return start, end


@dataclass(slots=True)
class DocView:
    document: Document
    text: str  # normalised, same length as document.text
    sentences: list[SentenceView]
    lower: str = ""  # ``text`` lower-cased, same length (for lower-case vocabularies)
    year: int | None = None
    month: int | None = None
    # search_ahead's last search per (pattern, which text, end): from where, what it found
    _ahead: dict[tuple[re.Pattern[str], bool, int], tuple[int, re.Match[str] | None]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def search_ahead(
        self, rx: re.Pattern[str], pos: int, end: int, lowered: bool = False
    ) -> re.Match[str] | None:
        """``rx.search(text, pos, end)`` in ``text`` (``lower`` with ``lowered``). The
        first match from an earlier ``pos`` is also the first from every ``pos`` up to its
        start, and no match stays none for every later ``pos``: the figures of one sentence,
        asked in order, scan it about once, not once each."""
        key = (rx, lowered, end)
        last = self._ahead.get(key)
        if last is not None and last[0] <= pos and (last[1] is None or last[1].start() >= pos):
            return last[1]
        m = rx.search(self.lower if lowered else self.text, pos, end)
        self._ahead[key] = (pos, m)
        return m

    def sentence_text(self, sv: SentenceView) -> str:
        return self.text[sv.start : sv.end]

    def original(self, start: int, end: int) -> str:
        return self.document.text[start:end]


@functools.cache
def _clause_break_ascii(language: str, lowered: bool) -> re.Pattern[str]:
    """The clause break of :func:`_clause_cuts` for :func:`plain_ascii` text."""
    return ascii_twin(_clause_break_lower(language) if lowered else _clause_break(language))


# The clause breaks of :func:`_clause_break` with every branch opening on a literal, so the
# regex engine skips in C to those characters instead of trying the pattern at every
# position: a dash or bracket after white space is found at the mark itself (the cut is
# one character before it, see _clause_cuts), a conjunction is shaped by scan_pattern.
_PUNCTUATION_BREAK = r",(?=\s)|;(?=\s)|\)(?=\s)|\[|\]|-(?<=\s-)(?=\s)|\((?<=\s\()"


@functools.cache
def _clause_scan(language: str, conjunctions: bool, plain: bool) -> re.Pattern[str]:
    """:func:`_clause_break_lower` for lower-cased text shaped for scanning (the same cuts),
    with its conjunctions or (``conjunctions`` off, for a text holding none of them)
    without them; ``plain``: its :func:`ascii_twin` for :func:`plain_ascii` text."""
    pattern = _PUNCTUATION_BREAK
    if conjunctions:
        pattern += "|" + scan_pattern([w.lower() for w in _conjunctions(language)])
    rx = re.compile(pattern)
    return ascii_twin(rx) if plain else rx


@functools.cache
def _conjunctions(language: str) -> tuple[str, ...]:
    """The clause conjunctions of ``grammar.yaml`` (none without one)."""
    if not has("grammar", language):
        return ()
    return tuple(str(w) for w in load("grammar", language).get("clause_conjunctions") or ())


@functools.cache
def _conjunction_needles(language: str) -> tuple[str, ...]:
    """A word every clause conjunction holds, lower-cased (its first): a text holding none
    has no conjunction to cut at."""
    return tuple(w.lower().split()[0] for w in _conjunctions(language) if w.split())


def _clause_cuts(body: str, offset: int, language: str = "en", lowered: bool = False) -> list[int]:
    """Clause boundaries of a sentence; a dash-delimited aside stays inside its clause
    (``lowered``: ``body`` is cut from the :func:`caseless_lower` text)."""
    if lowered:
        # only for speed: the scan-shaped pattern, without the conjunctions when none occurs
        conjunctions = any(w in body for w in _conjunction_needles(language))
        rx = _clause_scan(language, conjunctions, plain_ascii(body))
        cuts = [
            (m.start() - 1, token) if (token := m.group(0)) in "-(" else (m.start(), token)
            for m in rx.finditer(body)
        ]
    else:
        rx = _clause_break_ascii(language, False) if plain_ascii(body) else _clause_break(language)
        cuts = [(m.start(), m.group(0)) for m in rx.finditer(body)]
    dashes = [pos for pos, token in cuts if token.strip() == "-"]
    spans = list(zip(dashes[0::2], dashes[1::2], strict=False))
    out, j = [], 0
    for pos, _ in cuts:  # both in order: one pass (not every cut against every aside)
        while j < len(spans) and spans[j][1] < pos:
            j += 1
        if j == len(spans) or pos < spans[j][0]:
            out.append(offset + pos)
    return out


def _bucket(items: list, sentences: list[SentenceView], attr: str) -> None:
    i = 0
    for item in items:
        while i < len(sentences) and sentences[i].end <= item.start:
            i += 1
        if i == len(sentences):
            break
        if item.start >= sentences[i].start:
            getattr(sentences[i], attr).append(item)


def with_abroad_phrases(
    text: str, places: list[PlaceMention], language: str, lowered: str | None = None
) -> list[PlaceMention]:
    """The gazetteer's mentions plus general 'abroad' phrases ("foreign employers");
    ``lowered`` is ``text`` lower-cased, when the caller has it."""
    vocabulary = cues(language if has("cues", language) else "en")
    low = lower(text) if lowered is None else lowered
    where = lowered_starts(vocabulary.language, low)  # shared with relevance
    extra = [
        PlaceMention(m.start(), m.end(), text[m.start() : m.end()], ("M49:001",), "abroad")
        for m in matches_at(vocabulary.abroad_phrases, low, where, len(low))
    ]
    if extra and places:  # drop phrases overlapping a mention (a sweep: long texts stay linear)
        spans = sorted((p.start, p.end) for p in places)
        starts = [start for start, _ in spans]
        reach = list(itertools.accumulate((end for _, end in spans), max))
        extra = [
            e
            for e in extra
            if not ((k := bisect.bisect_left(starts, e.end)) and reach[k - 1] > e.start)
        ]
    return sorted([*places, *extra], key=lambda p: p.start) if extra else places


def language_of(doc: Document) -> str:
    """The document's language when laborwatch has its number grammar, else English."""
    code = (doc.language or "en").lower()[:2]
    return code if has("numbers", code) and has("sentences", code) else "en"


def _publication(published: str | None) -> tuple[int | None, int | None]:
    if not published:
        return None, None
    m = re.match(r"(\d{4})(?:-(\d{2}))?", published)
    if not m:
        return None, None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None


def _cap_figures(doc: Document, sv: SentenceView) -> None:
    """Keep the first ``MAX_FIGURES_PER_SENTENCE`` figures of an over-long sentence and
    warn that the rest are not read (bounded cost on hostile or flattened input)."""
    kept = sv.quantities[:MAX_FIGURES_PER_SENTENCE]
    log.warning(
        "document %s: sentence %d (characters %d-%d) has %d figures; only the first %d "
        "are read (from character %d on, not read)",
        doc.id,
        sv.index,
        sv.start,
        sv.end,
        len(sv.quantities),
        MAX_FIGURES_PER_SENTENCE,
        sv.quantities[MAX_FIGURES_PER_SENTENCE].start,
    )
    sv.quantities = kept


def prepare(
    doc: Document, text: str | None = None, places: list[PlaceMention] | None = None
) -> DocView:
    """Split and annotate a document (numbers and places are found in one pass each).

    Args:
        doc: the document.
        text: its normalised text, when the caller already has it.
        places: its place mentions, when the caller already has them.
    """
    text = normalize(doc.text) if text is None else text
    lang = language_of(doc)
    sentences = [SentenceView(s) for s in split_sentences(text, lang)]
    _bucket(find_quantities(text, lang), sentences, "quantities")
    for sv in sentences:
        if len(sv.quantities) > MAX_FIGURES_PER_SENTENCE:
            _cap_figures(doc, sv)
    places = find_places(text) if places is None else places
    lowered = lower(text)
    _bucket(with_abroad_phrases(text, places, lang, lowered), sentences, "places")
    caseless = caseless_lower(text) is not None
    source = lowered if caseless else text
    for sv in sentences:
        if sv.quantities:
            body = source[sv.start : sv.end]
            sv.clause_cuts = _clause_cuts(body, sv.start, lang, caseless)
    year, month = _publication(doc.published)
    return DocView(doc, text, sentences, lower=lowered, year=year, month=month)
