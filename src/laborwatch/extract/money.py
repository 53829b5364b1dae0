"""Money claims: revenue for the state, a worker's wage, and the state's share.

- revenue: an amount of at least a million with an earning cue in its sentence;
- wage: a smaller amount with a per-period or an earning cue for the worker;
- state_share: a percentage (or "half", "a third") of salaries/earnings that is taken,
  kept or paid over.
Amounts whose clause speaks of bribes, fees, quotas, costs, losses, theft and the like
are left out; so is a conversion in brackets ("$800 (£645)").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from laborwatch.extract.cues import Cues
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.numbers import Quantity
from laborwatch.extract.scan import Folding
from laborwatch.extract.vocab import load, phrase_pattern, words
from laborwatch.model import Amount

PER_WINDOW = 45


@dataclass(slots=True)
class MoneyClaim:
    kind: str  # revenue | wage | state_share
    value: Amount
    start: int
    end: int


@dataclass(frozen=True)
class _Patterns:
    per: dict[str, re.Pattern[str]]
    fractions: dict[str, float]
    fraction_re: re.Pattern[str]
    fraction_words: re.Pattern[str]  # the fractions alone: a cheap first test for fraction_re
    usd_rate: dict[str, float]
    qualifiers: dict[str, str]  # "about" -> approx (numbers.yaml, the one list)
    share_of_people: re.Pattern[str]  # "half of them": people, not pay


@functools.cache
def _patterns(language: str) -> _Patterns:
    numbers = load("numbers", language)
    fractions = numbers["fractions"]
    qualifiers = {
        " ".join(p.lower().split()): kind
        for kind, phrases in numbers["qualifiers"].items()
        for p in phrases
    }
    return _Patterns(
        qualifiers=qualifiers,
        share_of_people=re.compile(  # not "of workers' salaries"
            r"^\s*(?:" + words(language, "share_of_people") + r")(?!['’])", re.IGNORECASE
        ),
        usd_rate={k: float(v) for k, v in numbers.get("usd_per_unit_rough", {}).items()},
        per={
            period: re.compile(phrase_pattern(words), re.IGNORECASE)
            for period, words in numbers["per_periods"].items()
        },
        fractions={
            " ".join(k.lower().replace("-", " ").split()): float(v) for k, v in fractions.items()
        },
        fraction_re=re.compile(
            r"(?:(?P<q>"
            + phrase_pattern(list(qualifiers))
            + r")\s+)?(?P<f>"
            + phrase_pattern(list(fractions))
            + r")\b",
            re.IGNORECASE,
        ),
        fraction_words=re.compile(phrase_pattern(list(fractions)), re.IGNORECASE),
    )


# keyed on the identity of a Cues (which holds a mapping and so has no hash) and the
# language; the value keeps the Cues alive so that the key is never reused
_SHARE_FOLDINGS: dict[tuple[int, str], tuple[Cues, Folding]] = {}


def _share_folding(cues: Cues, language: str) -> Folding:
    """The cues of a share and the fraction words, folded once per Cues and language."""
    held = _SHARE_FOLDINGS.get((id(cues), language))
    if held is None or held[0] is not cues:
        fractions = _patterns(language).fraction_words
        held = (cues, Folding([cues.share, cues.share_objects, cues.wage, fractions]))
        _SHARE_FOLDINGS[(id(cues), language)] = held
    return held[1]


class MoneyFinder:
    def __init__(self, view: DocView, cues: Cues, language: str = "en") -> None:
        self.view = view
        self.cues = cues
        patterns = _patterns(language)
        self.per = patterns.per
        self.fractions = patterns.fractions
        self.fraction_re = patterns.fraction_re
        self.usd_rate = patterns.usd_rate
        self.qual_map = patterns.qualifiers
        self.share_of_people = patterns.share_of_people
        # the cues of a share and the fraction words, run on the lower-cased copy when the
        # text allows it
        self._share_text, (*self._share_cues, self._fraction_words) = _share_folding(
            cues, language
        ).on(view.text)

    def _names_share(self, body: str) -> bool:
        """Does a sentence (of ``_share_text``) name a share and what it is of (pay,
        earnings)?"""
        share, objects, wage = self._share_cues
        return bool(share.search(body) and (objects.search(body) or wage.search(body)))

    def _per(self, sv: SentenceView, q: Quantity) -> str | None:
        text = self.view.text
        after = text[q.end : min(sv.end, q.end + PER_WINDOW)]
        cut = re.search(r"[;]|\s-\s", after)
        after = after[: cut.start()] if cut else after
        best: tuple[int, str] | None = None
        for period, rx in self.per.items():
            m = rx.search(after)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), period)
        if best:
            return best[1]
        before = text[sv.start : q.start]
        for period, rx in self.per.items():
            if rx.search(before) and period == "month" and "monthly" in before.lower():
                return "month"
        for period, word in (("month", "monthly"), ("year", "annual")):
            if re.search(rf"\b{word}\b", before, re.IGNORECASE):
                return period
        return None

    def _excluded(self, sv: SentenceView, q: Quantity) -> bool:
        text = self.view.text
        lo, hi = sv.clause_of(q.core_start)
        adjunct = self.cues.money_adjuncts.search(text, q.end, hi)
        if self.cues.money_exclusions.search(text, lo, adjunct.start() if adjunct else hi):
            return True
        before = text[max(sv.start, q.start - 3) : q.start]
        return "(" in before and any(
            o.unit == "money" and o.end <= q.start and q.start - o.end <= 3 for o in sv.quantities
        )

    def find(self, sv: SentenceView) -> list[MoneyClaim]:
        text = self.view.text
        body = text[sv.start : sv.end]
        out: list[MoneyClaim] = []
        for q in sv.quantities:
            if q.unit == "money" and not self._excluded(sv, q):
                claim = self._money(sv, q, body)
                if claim:
                    out.append(claim)
            elif q.unit == "percent":
                claim = self._share(sv, q, body)
                if claim:
                    out.append(claim)
        out.extend(self._fractions(sv, body))
        return out

    def _money(self, sv: SentenceView, q: Quantity, body: str) -> MoneyClaim | None:
        text = self.view.text
        value = Amount(
            q.low,
            q.high,
            text=self.view.original(q.start, q.end),
            currency=q.currency or "USD",
            per=self._per(sv, q),  # type: ignore[arg-type]
        )
        rate = self.usd_rate.get(value.currency or "USD", 1.0)
        ceiling = self.cues.raw.get("wage_ceiling_usd", {}).get(value.per or "none")
        big = q.value * rate >= self.cues.million  # national sums, not one worker's pay
        big = big or (ceiling is not None and q.value * rate > float(ceiling))
        if big and self.cues.revenue.search(body):
            return MoneyClaim("revenue", value, q.start, q.end)
        lo, hi = sv.clause_of(q.core_start)
        clause = text[lo:hi]
        if not big and (value.per or self.cues.wage.search(clause)):
            if value.per is None and not self.cues.wage.search(clause):
                return None
            return MoneyClaim("wage", value, q.start, q.end)
        return None

    def _share(self, sv: SentenceView, q: Quantity, body: str) -> MoneyClaim | None:
        text = self.view.text
        if self.share_of_people.match(text[q.end : q.end + 30]):
            return None
        if not (self.cues.share.search(body) and self.cues.share_objects.search(body)):
            return None
        if (q.low is not None and q.low > 100) or (q.high is not None and q.high > 100):
            return None
        value = Amount(q.low, q.high, text=self.view.original(q.start, q.end))
        return MoneyClaim("state_share", value, q.start, q.end)

    def _fractions(self, sv: SentenceView, body: str) -> list[MoneyClaim]:
        out: list[MoneyClaim] = []
        cued = self._share_text[sv.start : sv.end]
        # a fraction word is rarer than a share cue: without one, fraction_re finds none
        if not self._fraction_words.search(cued) or not self._names_share(cued):
            return out
        for m in self.fraction_re.finditer(body):
            after = body[m.end() : m.end() + 30]
            if self.share_of_people.match(after):
                continue
            pct = self.fractions[" ".join(m.group("f").lower().replace("-", " ").split())]
            qual = self.qual_map.get(" ".join((m.group("q") or "").lower().split()))
            low = None if qual == "at_most" else pct
            high = None if qual == "at_least" else pct
            start, end = sv.start + m.start(), sv.start + m.end()
            value = Amount(low, high, text=self.view.original(start, end))
            out.append(MoneyClaim("state_share", value, start, end))
        return out
