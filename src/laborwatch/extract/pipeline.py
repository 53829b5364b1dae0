"""The extraction stages, in order: relevance -> prepare (sentences, numbers, places) ->
claims (counts, destinations, status, sector, period, attribution, money) -> dedupe.

Irrelevant documents stop after the cheap relevance stage.
"""

from __future__ import annotations

from laborwatch.extract.claims import ClaimBuilder
from laborwatch.extract.cues import cues
from laborwatch.extract.document import prepare
from laborwatch.extract.places import find_places
from laborwatch.extract.relevance import RelevanceScorer
from laborwatch.extract.text import normalize
from laborwatch.model import Document, Extraction


class Extractor:
    """Extracts one document at a time; build once, reuse for a whole corpus."""

    def __init__(self, language: str = "en") -> None:
        self.cues = cues(language)
        self.relevance = RelevanceScorer(self.cues)

    def extract(self, doc: Document) -> Extraction:
        """A document's relevance and claims (claims only when it is relevant)."""
        text = normalize(doc.text)
        if not self.relevance.mentions_dprk(text):
            return Extraction(document=doc, relevant=False, relevance=0.0, claims=[])
        places = find_places(text)
        foreign = [
            (p.start, p.end)
            for p in places
            if p.kind != "dprk" and not set(p.codes) <= {"KP", "KR"}
        ]
        score = self.relevance.score(text, foreign)
        relevant = self.relevance.is_relevant(score)
        claims = ClaimBuilder(prepare(doc, text, places), self.cues).build() if relevant else []
        return Extraction(document=doc, relevant=relevant, relevance=score, claims=claims)
