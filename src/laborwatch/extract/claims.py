"""Assemble claims from the stage results of one document, then drop repeats."""

from __future__ import annotations

import functools
import re

from laborwatch.extract.attribution import AttributionFinder
from laborwatch.extract.basis import BasisFinder
from laborwatch.extract.counts import Count, CountFinder
from laborwatch.extract.cues import Cues, Vocabulary
from laborwatch.extract.destinations import DestinationFinder, Placing
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.learned import Models
from laborwatch.extract.money import MoneyFinder
from laborwatch.extract.numbers import Quantity
from laborwatch.extract.origin import OriginFinder
from laborwatch.extract.periods import PeriodFinder
from laborwatch.extract.scope import ScopeFinder
from laborwatch.extract.sectors import SectorFinder
from laborwatch.extract.status import StatusFinder
from laborwatch.extract.tails import last_words, may_end_with
from laborwatch.extract.vocab import phrase_pattern, words
from laborwatch.model import Amount, Claim, Evidence

NEGATION_REACH = 16  # characters before a figure within which "not" withdraws it


@functools.cache
def _definite(language: str) -> re.Pattern[str]:
    """A definite determiner right before a figure ("the 5,000 workers"): a group named
    before, on lower-cased text."""
    return re.compile(r"\b(?:" + words(language, "definite_determiners", True) + r")\s+$")


@functools.cache
def _figure_noun(language: str) -> re.Pattern[str]:
    """A word naming the figure itself right after it ("that 20,000 figure"), lower-cased."""
    return re.compile(r"[\s-]+(?:" + words(language, "figure_nouns", True) + r")\b")


@functools.cache
def _cue_rx(language: str, before: str, key: str, after: str) -> re.Pattern[str]:
    """``before``, a phrase of the cue list ``key``, then ``after``; any case."""
    said = phrase_pattern(Vocabulary("cues", language)[key])
    return re.compile(before + "(?:" + said + ")" + after, re.IGNORECASE)


@functools.cache
def _last_words(language: str, key: str) -> tuple[str, ...] | None:
    """The last words of the cue list ``key``, for :func:`may_end_with`."""
    return last_words(Vocabulary("cues", language)[key])


class ClaimBuilder:
    """Runs the claim stages over every sentence of a prepared document."""

    def __init__(self, view: DocView, cues: Cues, models: Models | None = None) -> None:
        self.view = view
        models = models or Models()
        self.counts = CountFinder(view, cues)
        self.places = DestinationFinder(view, cues)
        self.status = StatusFinder(view, cues, models.status)
        self.sectors = SectorFinder(view, cues)
        self.periods = PeriodFinder(view)
        self.sources = AttributionFinder(view, cues)
        self.money = MoneyFinder(view, cues)
        self.scope = ScopeFinder(view)
        self.basis = BasisFinder(view)
        self.origins = OriginFinder(view, self.sources)
        self.definite = _definite(cues.language)
        self.figure_noun = _figure_noun(cues.language)
        language = cues.language
        # a line of page furniture listing other stories ("RELATED: ...", "Read more: ...")
        self.furniture = _cue_rx(language, r"[ \t]*", "furniture_line_leads", r"[ \t]*:")
        # the rest of a withdrawn figure: "[not 25,000] workers, as earlier reported"
        self.corrected = _cue_rx(
            language, r"(?:\s+[\w'’-]+){0,3}?\s*,?\s*", "corrected_after", r"\b"
        )
        # the word that withdraws the figure after it ("not [25,000]")
        self.negation = _cue_rx(language, r"\b", "corrected_before", r"\s+$")
        self.negation_ends = _last_words(language, "corrected_before")
        # the end of a contrasted figure: "about 1,100 in 2017, [not 11,000]." (the clause ends)
        self.contrast_end = re.compile(r"(?:\s+[\w'’-]+){0,2}\s*(?:[.;)]|$)")
        # the opening of a correction notice's sentence ("A previous version stated ...")
        self.corrected_lead = _cue_rx(language, r"\s*", "corrected_sentence_leads", r"\b")

    def _withdrawn(self, sv: SentenceView, start: int, end: int) -> bool:
        """Does the text withdraw the figure at ``start:end`` ("..., not 25,000 as earlier
        reported")?"""
        text = self.view.text
        if self.corrected_lead.match(text, sv.start, sv.end):
            # "A previous version stated that Kuwait hosted 60,000 ...; the figure was 6,000"
            cut = text.find(";", sv.start, sv.end)
            return cut < 0 or start < cut
        reach = max(sv.start, start - NEGATION_REACH)
        if not may_end_with(text[reach:start], self.negation_ends):
            return False  # no withdrawing word ends there (an exact pre-test of the search)
        negated = self.negation.search(text, reach, start)
        if negated is None:
            return False
        if self.corrected.match(text, end, sv.end):
            return True  # "not 25,000 as earlier reported"
        # "There were about 1,100 ... in 2017, not 11,000.": a figure set against another
        return (
            text[: negated.start()].rstrip().endswith(",")
            and any(o.end <= negated.start() and o.unit == "count" for o in sv.quantities)
            and self.contrast_end.match(text, end, sv.end) is not None
        )

    def _furniture(self, sv: SentenceView) -> bool:
        """Is the sentence on a line of page furniture listing other stories?"""
        text = self.view.text
        line = text.rfind("\n", 0, sv.start) + 1
        # the line's lead ends with a colon: without one the match is spared
        return text.find(":", line, sv.end) >= 0 and bool(self.furniture.match(text, line, sv.end))

    def evidence(self, sv: SentenceView) -> Evidence:
        return Evidence(self.view.original(sv.start, sv.end), sv.start, sv.end)

    def placed_counts(self, sv: SentenceView) -> list[tuple[Count, Placing]]:
        """The worker figures of one sentence, each with where it is."""
        counts = self.counts.find(sv)
        destinations = self.places.for_sentence(sv, counts) if counts else []
        return list(zip(counts, destinations, strict=True))

    def _restates(self, q: Quantity, placed: dict[tuple, list[str]], codes: list[str]) -> bool:
        """ "The 5,000 North Korean workers" after "5,000 workers to Russia and China":
        the same figure named again (the spec's one claim), here with a part of its place."""
        before = placed.get((q.low, q.high))
        if before is None or sorted(before) == sorted(codes):
            return False
        return bool(self.definite.search(self.view.lower, max(0, q.start - 12), q.start))

    def _names_bound(
        self, q: Quantity, bounded: dict[float, Claim], codes: list[str]
    ) -> Claim | None:
        """ "The 50,000 workers" after "as many as 50,000": a definite point figure (or one
        called a figure, "that 20,000 figure") naming the bound of an earlier open-ended
        figure is that figure without its qualifier (one claim, the first one's bounds). Its
        place must not differ."""
        if q.qualifier not in ("exact", "approx") or q.low is None:
            return None
        first = bounded.get(q.low)
        if first is None or (codes and sorted(first.destinations) != sorted(codes)):
            return None
        lower = self.view.lower
        if self.definite.search(lower, max(0, q.start - 12), q.start):
            return first
        return first if self.figure_noun.match(lower, q.end) else None  # "That 20,000 figure"

    def build(self) -> list[Claim]:
        claims: list[Claim] = []
        placed: dict[tuple, list[str]] = {}
        bounded: dict[float, Claim] = {}  # open-ended worker figures by their bound
        exact: set[float] = set()  # point worker figures stated so far
        for sv in self.view.sentences:
            if not sv.quantities and not self.money.names_fraction(sv):
                continue  # ("give nearly half of what they earn": a share without a digit)
            if self._furniture(sv):
                continue  # "RELATED: Russia to take in 50,000 more builders"
            for count, placing in self.placed_counts(sv):
                q = count.quantity
                if self._withdrawn(sv, q.start, q.end):
                    continue  # "..., not 25,000 as earlier reported"
                if self._restates(q, placed, placing.codes):
                    continue
                first = None if q.low in exact else self._names_bound(q, bounded, placing.codes)
                if first is not None:
                    first.sector = first.sector or self.sectors.sector(sv, q)
                    continue
                if placing.codes:
                    placed.setdefault((q.low, q.high), placing.codes)
                attribution = self.sources.attribution(sv)
                claim = Claim(
                    kind="workers",
                    value=worker_count(q, self.view.original(q.start, max(count.head_end, q.end))),
                    evidence=self.evidence(sv),
                    destinations=placing.codes,
                    status=self.status.status(sv, q, count.head_end),  # type: ignore[arg-type]
                    sector=self.sectors.sector(sv, q),
                    period=self.periods.period(sv, q),
                    attribution=attribution,
                    scope=self.scope.scope(sv, count, placing),  # type: ignore[arg-type]
                    origin=self.origins.origin(sv, q.start),
                    cumulative=self.basis.cumulative(sv, q),
                    place_strength=placing.strength,
                )
                claims.append(claim)
                if q.qualifier in ("at_least", "at_most"):
                    bound = q.low if q.qualifier == "at_least" else q.high
                    if bound is not None:
                        bounded.setdefault(bound, claim)
                elif q.qualifier in ("exact", "approx") and q.low is not None:
                    exact.add(q.low)
            for money in self.money.find(sv):
                if self._withdrawn(sv, money.start, money.end):
                    continue
                q_period, cumulative = None, False
                for q in sv.quantities:
                    if q.start <= money.start < q.end or money.start <= q.start < money.end:
                        q_period = self.periods.period(sv, q)
                        cumulative = self.basis.cumulative(sv, q)
                        break
                attribution = self.sources.attribution(sv)
                claims.append(
                    Claim(
                        kind=money.kind,  # type: ignore[arg-type]
                        value=money.value,
                        evidence=self.evidence(sv),
                        period=q_period,
                        attribution=attribution,
                        origin=self.origins.origin(sv, money.start),
                        basis=self.basis.basis(  # type: ignore[arg-type]
                            money.kind, sv, money.start, money.end
                        ),
                        cumulative=cumulative,
                    )
                )
        return deduplicate(claims)


def worker_count(q: Quantity, text: str) -> Amount:
    """The value of a workers claim: the figure's bounds and qualifier, said as ``text``."""
    text = text.rstrip(" ,")  # "or 50,000," read on past its comma
    return Amount(q.low, q.high, text=text, qualifier=q.qualifier)  # type: ignore[arg-type]


def deduplicate(claims: list[Claim]) -> list[Claim]:
    """The same figure repeated is one claim (spec); keep its first statement.

    A worker figure without destination is dropped when the same figure has one
    elsewhere; an open-ended money/share figure that restates a bound of a closed range
    of the same kind ("Up to 90%" beside "70 to 90 percent") is dropped too.
    """
    seen: dict[tuple, Claim] = {}
    kept: list[Claim] = []
    for c in claims:
        key = (c.kind, c.value.low, c.value.high, tuple(sorted(c.destinations)))
        first = seen.get(key)
        if first is not None:
            # a restatement may name what the first statement left out ("thousands were
            # sent to building sites" after a headline "Thousands sent to Russia")
            first.sector = first.sector or c.sector
            first.origin = first.origin or c.origin
            first.period = first.period or c.period  # a headline's figure, dated in the body
            first.attribution = first.attribution or c.attribution
            if first.kind != "workers" and first.value.currency == c.value.currency:
                first.value.per = first.value.per or c.value.per  # "$500m" then "… a year"
            continue
        seen[key] = c
        kept.append(c)
    kept = _strongest_places(kept)
    placed = {(c.kind, c.value.low, c.value.high) for c in kept if c.destinations}
    ranges = [
        (c.kind, c.value.low, c.value.high)
        for c in kept
        if c.value.low is not None and c.value.high is not None and c.value.low != c.value.high
    ]
    out = []
    for c in kept:
        if (
            c.kind == "workers"
            and not c.destinations
            and (c.kind, c.value.low, c.value.high) in placed
        ):
            continue
        if c.kind != "workers" and (c.value.low is None) != (c.value.high is None):
            bound = c.value.low if c.value.low is not None else c.value.high
            if any(k == c.kind and bound in (lo, hi) for k, lo, hi in ranges):
                continue
        out.append(c)
    return out


def _strongest_places(claims: list[Claim]) -> list[Claim]:
    """One figure stated twice with different places: when one of the placings is weak
    (taken from elsewhere in the sentence or from context), keep the best-placed one."""
    best: dict[tuple, Claim] = {}
    for c in claims:
        if c.kind == "workers":
            key = _figure(c)
            if key not in best or c.place_strength > best[key].place_strength:
                best[key] = c
    specific = {
        (c.value.low, c.value.high)
        for c in claims
        if c.kind == "workers" and c.destinations and c.destinations != ["M49:001"]
    }
    out = []
    for c in claims:
        if c.kind == "workers":
            top = best[_figure(c)]
            if c.place_strength < min(3, top.place_strength) and sorted(c.destinations) != sorted(
                top.destinations
            ):
                continue
            if c.destinations == ["M49:001"] and (c.value.low, c.value.high) in specific:
                continue  # "over 1,000 loggers" abroad restates "1,000 ... to Russia"
        out.append(c)
    # a figure is never lost: when every statement of it was dropped, keep the best one
    kept = {_figure(c) for c in out if c.kind == "workers"}
    lost = [top for key, top in best.items() if key not in kept]
    return sorted(out + lost, key=claims.index) if lost else out


def _figure(c: Claim) -> tuple:
    """What makes two worker statements one figure for the scorer: the bounds ("about
    5,000" and "the 5,000" are one figure), the order of magnitude for a vague class."""
    if c.value.qualifier == "vague":
        return ("vague", c.value.high)
    return (c.value.low, c.value.high)
