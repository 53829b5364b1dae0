"""Sector of a counted group, from cue words near the figure (``lang/<code>/sectors.yaml``).

The clause decides, else the sentence when it names one sector only, else a neighbouring
sentence that speaks of "these/the workers" with one sector, else the document when all
its sector words agree. Several sectors for one figure means none (null).
"""

from __future__ import annotations

import re
from collections import Counter

from laborwatch.extract.cues import Cues
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.numbers import Quantity

SAME_WORKERS = re.compile(r"\b(?:these|those|the)\s+(?:workers|laborers|labourers|people)\b|"
                          r"\bthey\b|\bthem\b", re.IGNORECASE)
NEIGHBOURS = 2


class SectorFinder:
    def __init__(self, view: DocView, cues: Cues) -> None:
        self.view = view
        self.cues = cues
        self._doc: str | None | bool = False

    def _sectors(self, lo: int, hi: int) -> Counter[str]:
        text = self.view.text[lo:hi]
        return Counter({name: len(rx.findall(text)) for name, rx in self.cues.sectors.items()
                        if rx.search(text)})

    @staticmethod
    def _single(found: Counter[str]) -> str | None:
        return next(iter(found)) if len(found) == 1 else None

    def sector(self, sv: SentenceView, q: Quantity) -> str | None:
        lo, hi = sv.clause_of(q.core_start)
        found = self._sectors(lo, hi)
        if found:
            return self._single(found)
        found = self._sectors(sv.start, sv.end)
        if found:
            return self._single(found)
        for k in range(1, NEIGHBOURS + 1):
            for j in (sv.index + k, sv.index - k):
                if 0 <= j < len(self.view.sentences):
                    other = self.view.sentences[j]
                    if SAME_WORKERS.search(self.view.sentence_text(other)):
                        single = self._single(self._sectors(other.start, other.end))
                        if single:
                            return single
        return self.document_sector()

    def document_sector(self) -> str | None:
        if self._doc is False:
            found = self._sectors(0, len(self.view.text))
            self._doc = self._single(found) if sum(found.values()) >= 2 else None
        return self._doc  # type: ignore[return-value]
