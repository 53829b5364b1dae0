"""The extraction stages, in order: relevance -> prepare (sentences, numbers, places) ->
claims (counts, destinations, status, sector, period, attribution, money) -> dedupe.

Irrelevant documents stop after the cheap relevance stage.
"""

from __future__ import annotations

from laborwatch.errors import InputError
from laborwatch.extract.claims import ClaimBuilder
from laborwatch.extract.cues import cues
from laborwatch.extract.document import prepare
from laborwatch.extract.places import find_places
from laborwatch.extract.relevance import RelevanceScorer
from laborwatch.extract.text import normalize
from laborwatch.model import Document, Extraction

# Longer texts are refused with a clear message: split a dump into its articles first.
# (A 500-page UN Panel report is about 2 million characters.)
MAX_DOCUMENT_CHARS = 8_000_000


class Extractor:
    """Extracts one document at a time; build once, reuse for a whole corpus."""

    def __init__(self, language: str = "en", max_chars: int = MAX_DOCUMENT_CHARS) -> None:
        self.cues = cues(language)
        self.relevance = RelevanceScorer(self.cues)
        self.max_chars = max_chars

    def extract(self, doc: Document) -> Extraction:
        """A document's relevance and claims (claims only when it is relevant).

        Raises:
            InputError: the text is longer than ``max_chars``.
        """
        if len(doc.text) > self.max_chars:
            raise InputError(
                f"document too long to extract ({len(doc.text):,} characters > "
                f"{self.max_chars:,}); split it into articles",
                where=doc.source or doc.id,
            )
        text = normalize(doc.text)
        if not self.relevance.mentions_dprk(text):
            return Extraction(document=doc, relevant=False, relevance=0.0, claims=[])
        if not self.relevance.has_labor_terms(text):
            score = self.relevance.score(text, [])
            return Extraction(
                document=doc, relevant=self.relevance.is_relevant(score), relevance=score, claims=[]
            )
        places = find_places(text)
        foreign = [
            (p.start, p.end)
            for p in places
            if p.kind != "dprk" and not set(p.codes) <= self.cues.never_destinations
        ]
        score = self.relevance.score(text, foreign)
        relevant = self.relevance.is_relevant(score)
        claims = ClaimBuilder(prepare(doc, text, places), self.cues).build() if relevant else []
        return Extraction(document=doc, relevant=relevant, relevance=score, claims=claims)
