"""The extraction stages, in order: language -> relevance -> prepare (sentences, numbers,
places) -> claims (counts, destinations, status, sector, period, attribution, money) ->
dedupe.

Each document is read with the vocabularies of its own language (``lang/<code>``); a
language laborwatch has no vocabularies for is reported as unread, never judged
irrelevant in silence. Irrelevant documents stop after the cheap relevance stage.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from laborwatch.extract.claims import ClaimBuilder
from laborwatch.extract.cues import Cues, cues, readable
from laborwatch.extract.document import DocView, prepare
from laborwatch.extract.language import document_language
from laborwatch.extract.learned import Models
from laborwatch.extract.places import PlaceMention, find_places
from laborwatch.extract.relevance import RelevanceScorer
from laborwatch.extract.text import normalize
from laborwatch.extract.vocab import phrase_pattern
from laborwatch.extract.windows import extract_in_windows
from laborwatch.model import Claim, Document, Extraction

# Longer texts are read in windows (extract/windows.py), so memory stays flat: one pass
# over 5 M characters peaked at 650 MiB resident, windows over 50 M stay near 130 MiB
# (bench/extract_long.py). News articles are far shorter; a 500-page UN Panel report
# (about 2 million characters) is read in windows, with the same claims.
MAX_DOCUMENT_CHARS = 1_000_000


@dataclass(frozen=True)
class Reader:
    """What reading one language takes: its cues, relevance scorer, place finder and
    claim builder."""

    cues: Cues
    relevance: RelevanceScorer
    places: Callable[[str], list[PlaceMention]]
    builder: Callable[[DocView, Cues], list[Claim]]
    masked: re.Pattern[str] | None = None  # names that only look like cues ("노동당")

    def foreign(self, places: list[PlaceMention]) -> list[tuple[int, int]]:
        """The spans of places abroad (not the DPRK, never a destination) for relevance."""
        return [
            (p.start, p.end)
            for p in places
            if p.kind != "dprk" and not set(p.codes) <= self.cues.never_destinations
        ]

    def others(self, places: list[PlaceMention]) -> list[tuple[int, int]]:
        """The spans of nationalities other than the DPRK's, for relevance ("South Korean
        workers", "Nepali migrants")."""
        return [(p.start, p.end) for p in places if p.kind == "demonym"]

    def mask(self, text: str) -> str:
        """``text`` with the masked names blanked, keeping every offset."""
        if self.masked is None:
            return text
        return self.masked.sub(lambda m: " " * len(m.group(0)), text)


def _english(view: DocView, vocabulary: Cues, models: Models | None = None) -> list[Claim]:
    return ClaimBuilder(view, vocabulary, models).build()


PlaceFinder = Callable[[str], list[PlaceMention]]
ClaimBuilding = Callable[[DocView, Cues], list[Claim]]


def _korean() -> tuple[PlaceFinder, ClaimBuilding]:
    """Korean's place finder and claim builder, imported on the first Korean document (a
    run over English text never loads the Korean rules)."""
    from laborwatch.extract.ko.claims import KoreanClaimBuilder
    from laborwatch.extract.ko.places import find_korean_places

    def build(view: DocView, vocabulary: Cues) -> list[Claim]:
        return KoreanClaimBuilder(view, vocabulary).build()

    return find_korean_places, build


# The readers of languages other than English, each loaded on first use.
_BUILDERS: dict[str, Callable[[], tuple[PlaceFinder, ClaimBuilding]]] = {"ko": _korean}


def unread_reason(language: str) -> str:
    """The message for a document laborwatch cannot read."""
    return f"language {language} is not read"


class Extractor:
    """Extracts one document at a time; build once, reuse for a whole corpus.

    Args:
        language: read every document as this language, ignoring its own ``language``
            (None, the default: each document's declared or detected language).
        max_chars: longer documents are read in windows (bounded memory).
        on_unread: called with the document and the reason when its language is not read.
        models: the learned decisions of English reading (default: the shipped models;
            ``Models()`` leaves every decision to the rules).
    """

    def __init__(
        self,
        language: str | None = None,
        max_chars: int = MAX_DOCUMENT_CHARS,
        on_unread: Callable[[Document, str], None] | None = None,
        models: Models | None = None,
    ) -> None:
        self.models = models if models is not None else Models.shipped()
        self.language = language
        self.max_chars = max_chars
        self.on_unread = on_unread
        self._readers: dict[str, Reader] = {}
        self.cues = self.reader("en").cues  # English, for callers that inspect the cues

    def reader(self, language: str) -> Reader:
        """The (cached) reader of ``language``; callers check :func:`readable` first."""
        found = self._readers.get(language)
        if found is None:
            vocabulary = cues(language)
            # the learned decisions were trained on English: other languages keep the rules
            english = functools.partial(
                _english, models=self.models if language == "en" else Models()
            )
            load = _BUILDERS.get(language)
            places, builder = load() if load is not None else (find_places, english)
            masked = vocabulary.raw.get("masked_phrases")
            found = Reader(
                vocabulary,
                RelevanceScorer(vocabulary, self.models.relevance if language == "en" else None),
                places,
                builder,
                re.compile(phrase_pattern(masked)) if masked else None,
            )
            self._readers[language] = found
        return found

    def extract(self, doc: Document, gate: bool = True) -> Extraction:
        """A document's relevance and claims (claims only when it is relevant, unless
        ``gate`` is off: then a text that reads as irrelevant on its own, a snippet or a
        window of a relevant document, keeps its claims); a text longer than
        ``max_chars`` is read in windows."""
        ungated = functools.partial(self._extract, gate=False)
        if len(doc.text) > self.max_chars:
            if not gate:  # every window keeps its claims: nothing to read again
                return extract_in_windows(doc, ungated)
            return extract_in_windows(doc, self._extract, reread=ungated)
        return self._extract(doc, gate=gate)

    def _extract(self, doc: Document, gate: bool = True) -> Extraction:
        """One pass over ``doc``; with ``gate`` off the claims are built even when the text
        alone reads as irrelevant (a window of a document found relevant elsewhere)."""
        language = self.language or document_language(doc)
        if doc.language is None:
            doc.language = language  # the store and the output say what was detected
        if not readable(language):
            reason = unread_reason(language)
            if self.on_unread is not None:
                self.on_unread(doc, reason)
            return Extraction(document=doc, relevant=False, relevance=0.0, unread=reason)
        if self.language and doc.language != language:
            doc.language = language  # prepare() picks the number grammar from it
        r = self.reader(language)
        text = r.mask(normalize(doc.text))
        if gate and not r.relevance.mentions_dprk(text):
            return Extraction(document=doc, relevant=False, relevance=0.0, claims=[])
        if not r.relevance.has_labor_terms(text):  # no worker figure without a labour term
            score = r.relevance.score(text, [])
            return Extraction(
                document=doc, relevant=r.relevance.is_relevant(score), relevance=score, claims=[]
            )
        places = r.places(text)
        score = r.relevance.score(text, r.foreign(places), r.others(places))
        relevant = r.relevance.is_relevant(score)
        if gate and not relevant:  # an irrelevant document keeps no claims
            return Extraction(document=doc, relevant=False, relevance=score, claims=[])
        claims = r.builder(prepare(doc, text, places), r.cues)
        return Extraction(document=doc, relevant=relevant, relevance=score, claims=claims)
