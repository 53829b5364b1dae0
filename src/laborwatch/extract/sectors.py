"""Sector of a counted group, from cue words near the figure (``lang/<code>/sectors.yaml``).

The sentence decides when it names one sector (with two, the figure's clause may single
one out; with more, none); else a neighbouring sentence that speaks of "these/the
workers" and names one sector. Several sectors for one figure means none (null).
"""

from __future__ import annotations

from collections import Counter

from laborwatch.extract.cues import Cues
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.numbers import Quantity
from laborwatch.extract.text import caseless_lower

NEIGHBOURS = 3
EXAMPLE_REACH = 30  # characters after "including" within which a cue is only an example


class SectorFinder:
    def __init__(self, view: DocView, cues: Cues) -> None:
        self.view = view
        self.cues = cues
        self._by_sentence: dict[int, Counter[str]] = {}
        self._same: dict[int, bool] = {}
        self.same_workers = cues.same_workers
        self._lower = caseless_lower(view.text)

    def _may_name(self, lo: int, hi: int) -> bool:
        """Can text[lo:hi] hold a sector cue? (False only when surely not.)"""
        if self._lower is None:
            return True
        lowered, upper = self.cues.sector_hint
        return bool(lowered.search(self._lower, lo, hi) or upper.search(self.view.text, lo, hi))

    def _speaks_of_them(self, sv: SentenceView) -> bool:
        """Does a sentence speak of the same group ("these workers", "they", "there")?"""
        if sv.index not in self._same:
            body = self.view.sentence_text(sv)
            self._same[sv.index] = self.same_workers.search(body) is not None
        return self._same[sv.index]

    def _sectors(self, lo: int, hi: int) -> Counter[str]:
        """Sector cues in text[lo:hi]: in a compound the modifier decides ("seafood
        factories" is fishing), and a cue right after "including" is only an example."""
        text = self.view.text
        if not self._may_name(lo, hi):
            return Counter()
        ranked = sorted(
            (
                (m.start(), m.end(), name)
                for name, rx in self.cues.sectors.items()
                if rx.search(text, lo, hi)  # most sectors fail fast
                for m in rx.finditer(text, lo, hi)
            ),
            key=lambda h: (h[0], h[0] - h[1]),
        )
        # overlapping cues: the longest from the leftmost start reads the phrase
        # ("seafood processing plants" is fishing, not also "processing plant")
        hits: list[tuple[int, int, str]] = []
        for hit in ranked:
            if not hits or hit[0] >= hits[-1][1]:
                hits.append(hit)
        found: Counter[str] = Counter()
        prev_end, prev_name = -10, ""
        for start, end, name in hits:
            compound = 0 <= start - prev_end <= 1 and text[prev_end:start] in (" ", "-", "")
            prev_end, prev_name = end, name if not compound else prev_name
            if compound and name != prev_name:
                continue
            example = self.cues.example_before.search(text, max(lo, start - EXAMPLE_REACH), start)
            if example:
                continue
            found[name] += 1
        return found

    def _sentence_sectors(self, sv: SentenceView) -> Counter[str]:
        if sv.index not in self._by_sentence:
            self._by_sentence[sv.index] = self._sectors(sv.start, sv.end)
        return self._by_sentence[sv.index]

    @staticmethod
    def _single(found: Counter[str]) -> str | None:
        return next(iter(found)) if len(found) == 1 else None

    def sector(self, sv: SentenceView, q: Quantity) -> str | None:
        found = self._sentence_sectors(sv)
        if len(found) > 1:  # several sectors named: the figure's own part may single one out
            lo, hi = sv.clause_of(q.core_start)
            # "400 builders would repair roads and 100 engineers would clear mines"
            others = [o for o in sv.quantities if o.unit == "count" and o is not q]
            lo = max([lo, *(o.end for o in others if o.end <= q.start)])
            hi = min([hi, *(o.start for o in others if o.start >= q.end)])
            clause = self._sectors(lo, hi)
            return self._single(clause) if len(found) == 2 else None
        if found:
            return self._single(found)
        if self._speaks_of_them(sv):  # "60 North Koreans have been employed there"
            for j in range(sv.index - 1, max(-1, sv.index - 3), -1):
                single = self._single(self._sentence_sectors(self.view.sentences[j]))
                if single:
                    return single
        for k in range(1, NEIGHBOURS + 1):
            for j in (sv.index + k, sv.index - k):
                if 0 <= j < len(self.view.sentences):
                    other = self.view.sentences[j]
                    if self._speaks_of_them(other):
                        single = self._single(self._sentence_sectors(other))
                        if single:
                            return single
        return None
