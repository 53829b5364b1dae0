"""Sector of a counted group, from cue words near the figure (``lang/<code>/sectors.yaml``).

The sentence decides when it names one sector (with two, the figure's clause may single
one out; with more, none); else a neighbouring sentence that speaks of "these/the
workers" and names one sector. Several sectors for one figure means none (null).
"""

from __future__ import annotations

import re
from collections import Counter

from laborwatch.extract.cues import Cues
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.numbers import Quantity

SAME_WORKERS = re.compile(
    r"\b(?:these|those|the)\s+(?:workers|laborers|labourers|people)\b|"
    r"\bthey\b|\bthem\b",
    re.IGNORECASE,
)
NEIGHBOURS = 3


class SectorFinder:
    def __init__(self, view: DocView, cues: Cues) -> None:
        self.view = view
        self.cues = cues
        self._by_sentence: dict[int, Counter[str]] = {}

    def _sectors(self, lo: int, hi: int) -> Counter[str]:
        text = self.view.text[lo:hi]
        return Counter(
            {
                name: len(rx.findall(text))
                for name, rx in self.cues.sectors.items()
                if rx.search(text)
            }
        )

    def _sentence_sectors(self, sv: SentenceView) -> Counter[str]:
        if sv.index not in self._by_sentence:
            self._by_sentence[sv.index] = self._sectors(sv.start, sv.end)
        return self._by_sentence[sv.index]

    @staticmethod
    def _single(found: Counter[str]) -> str | None:
        return next(iter(found)) if len(found) == 1 else None

    def sector(self, sv: SentenceView, q: Quantity) -> str | None:
        found = self._sentence_sectors(sv)
        if len(found) > 1:  # several sectors named: the clause may still single one out
            lo, hi = sv.clause_of(q.core_start)
            clause = self._sectors(lo, hi)
            return self._single(clause) if len(found) == 2 else None
        if found:
            return self._single(found)
        for k in range(1, NEIGHBOURS + 1):
            for j in (sv.index + k, sv.index - k):
                if 0 <= j < len(self.view.sentences):
                    other = self.view.sentences[j]
                    if SAME_WORKERS.search(self.view.sentence_text(other)):
                        single = self._single(self._sentence_sectors(other))
                        if single:
                            return single
        return None
