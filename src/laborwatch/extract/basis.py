"""What a money amount is (spec/claims.md "basis") and whether a figure totals several
years ("cumulative").

Revenue is the ``total`` for the state; a state share is ``state_take`` unless it is a
change of the share (``other``); a wage is ``take_home`` when the text says what is left
to the worker, ``state_take`` when it is what the state collects from each worker,
``other`` for one person's freelance or piece earnings, else ``gross``. The cue nearest
to the amount in its clause decides between the wage cues.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.numbers import Quantity
from laborwatch.extract.scan import Folding
from laborwatch.extract.vocab import load, phrase_pattern

WAGE_BASES = ("take_home", "state_take", "other")
_LEAD = " \"'“‘("  # what may stand before a fronted adverbial


@dataclass(frozen=True)
class _Patterns:
    wage: dict[str, re.Pattern[str]]
    payer: re.Pattern[str]  # "employers pay": the amount is gross
    yields: re.Pattern[str]  # "per worker": a state_take cue a payer overrides
    share_change: re.Pattern[str]
    cumulative: re.Pattern[str]
    since: re.Pattern[str]
    perfect: re.Pattern[str]
    current: re.Pattern[str]


def _optional(items: list[str] | None) -> re.Pattern[str]:
    """A case-insensitive pattern of a cue list that may be absent (never matching)."""
    return re.compile(phrase_pattern(items), re.IGNORECASE) if items else re.compile(r"(?!)")


@functools.cache
def _patterns(language: str) -> _Patterns:
    data = load("fields", language)
    basis, cumulative = data["basis"], data["cumulative"]
    return _Patterns(
        wage={b: re.compile(phrase_pattern(basis[b]), re.IGNORECASE) for b in WAGE_BASES},
        payer=(
            re.compile(
                rf"\b(?:{phrase_pattern(basis['gross_payers'])})(?:\s+[\w'’-]+){{0,4}}?\s+"
                rf"(?:{phrase_pattern(basis['gross_payer_verbs'])})\b",
                re.IGNORECASE,
            )
            if basis.get("gross_payers") and basis.get("gross_payer_verbs")
            else re.compile(r"(?!)")
        ),
        yields=_optional(basis.get("payer_yields")),
        share_change=re.compile(phrase_pattern(basis["share_change"]), re.IGNORECASE),
        cumulative=re.compile(phrase_pattern(cumulative["phrases"]), re.IGNORECASE),
        since=re.compile(phrase_pattern(cumulative["since"]), re.IGNORECASE),
        perfect=re.compile(phrase_pattern(cumulative["perfect"]), re.IGNORECASE),
        current=(
            re.compile(phrase_pattern(cumulative["current"]), re.IGNORECASE)
            if cumulative.get("current")
            else re.compile(r"(?!)")
        ),
    )


def total_cues(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of a total over years ("in all", "over the decades"), of a perfect verb
    of sending or working ("have worked") and of the present time ("at present")."""
    p = _patterns(language)
    return p.cumulative, p.perfect, p.current


@functools.cache
def _folding(language: str) -> Folding:
    """The cues of a total, folded once per language."""
    p = _patterns(language)
    return Folding([p.cumulative, p.since, p.perfect])


class BasisFinder:
    def __init__(self, view: DocView, language: str = "en") -> None:
        self.view = view
        self.p = _patterns(language)
        self._since: dict[int, bool] = {}
        self._in_clause: dict[tuple[int, int], bool] = {}  # cumulative cue in the clause
        # the cues of a total, run on the lower-cased copy when the text allows it
        self._cue_text, (self._cumulative, self._since_rx, self._perfect) = _folding(language).on(
            view.text
        )

    def basis(self, kind: str, sv: SentenceView, start: int, end: int) -> str:
        """The basis of a money claim of ``kind`` whose amount spans text[start:end]."""
        if kind == "revenue":
            return "total"
        lo, hi = sv.clause_of(start)
        if kind == "state_share":
            return "other" if self.p.share_change.search(self.view.text[lo:hi]) else "state_take"
        text = self.view.text
        best: tuple[int, str, str] | None = None
        for name, rx in self.p.wage.items():
            for m in rx.finditer(text, sv.start, sv.end):
                if lo <= m.start() < hi or name == "other":
                    dist = start - m.end() if m.end() <= start else m.start() - end
                    if best is None or max(dist, 0) < best[0]:
                        best = (max(dist, 0), name, m.group(0))
        if best and self.p.yields.fullmatch(best[2]) and self.p.payer.search(text, lo, start):
            return "gross"  # "Employers pay ... $900 a month per worker"
        return best[1] if best else "gross"

    def cumulative(self, sv: SentenceView, q: Quantity) -> bool:
        """Does the figure total several years ("over the years", "has sent ... since 2010")?"""
        lo, hi = sv.clause_of(q.core_start)
        text, cued = self.view.text, self._cue_text
        if (lo, hi) not in self._in_clause:  # once per clause, not once per figure
            self._in_clause[lo, hi] = bool(self._cumulative.search(cued, lo, hi)) and not (
                self.p.current.search(text, lo, hi)  # "In all, ... work in China today"
            )
        if self._in_clause[lo, hi]:
            return True
        # a fronted adverbial: "Over the decades, some 60,000 ...": a match that starts
        # after nothing but quotes or brackets (tried at those few starts, not searched
        # through the whole sentence before the figure)
        lead = sv.start
        while lead < q.start and text[lead] in _LEAD:
            lead += 1
        if any(self._cumulative.match(cued, s, q.start) for s in range(sv.start, lead + 1)):
            return not self.p.current.search(text, lo, hi)
        if sv.index not in self._since:
            body = cued[sv.start : sv.end]
            self._since[sv.index] = bool(self._since_rx.search(body) and self._perfect.search(body))
        return self._since[sv.index]
