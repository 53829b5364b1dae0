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

from laborwatch.extract.cues import Cues, Vocabulary, per_cue_set, worker_phrases
from laborwatch.extract.cues import cues as compiled_cues
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.numbers import Quantity
from laborwatch.extract.scan import Folding
from laborwatch.extract.text import caseless_lower
from laborwatch.extract.vocab import (
    load,
    phrase_pattern,
    verb_forms,
    word_list,
    word_set,
    words,
)
from laborwatch.model import Amount

ELIDED_GAP = 40  # characters between an excluded amount and a second one that elides its noun
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
    per_before: dict[str, re.Pattern[str]]  # "a monthly wage of", "a yearly salary of"
    fractions: dict[str, float]
    fraction_re: re.Pattern[str]
    fraction_words: re.Pattern[str]  # the fractions alone: a cheap first test for fraction_re
    fraction_needles: tuple[str, ...]  # the longest word of each fraction: every match holds one
    usd_rate: dict[str, float]
    qualifiers: dict[str, str]  # "about" -> approx (numbers.yaml, the one list)
    share_of_people: re.Pattern[str]  # "half of them": people, not pay
    per_person: re.Pattern[str]  # "a year each": one person's amount
    share_anaphor: re.Pattern[str]  # "90% of that": of the amount named before
    per_person_before: re.Pattern[str]  # "individual developers earn ..."
    piece_rate: re.Pattern[str]  # "8 yuan per garment"
    purpose_after: re.Pattern[str]  # "$50 goes on food"
    share_relative: re.Pattern[str]  # "$450, of which ... 70%"
    home_pay: re.Pattern[str]  # "in Pyongyang, the official wage is ..."
    share_comparison: re.Pattern[str]  # "half what Russian builders get"
    compared_pay: re.Pattern[str]  # "less than half the wage of Chinese workers"
    source_list: re.Pattern[str]  # ", including ammunition sales": what an amount is from
    to_place: re.Pattern[str]  # "to (Uzbekistan)": where money goes
    in_before: re.Pattern[str]  # "in (Sinuiju)": where the pay is
    average_pay: re.Pattern[str]  # "the average monthly wage": a statistic, no one's pay
    period_exempt: frozenset[str]  # "worth $500 million a year": an income
    deduction_opener: re.Pattern[str]  # "after living costs"
    deductibles: frozenset[str]  # "costs", "fees": what a deduction takes off
    remainder_before: re.Pattern[str]  # "the remaining 30 percent"
    time_spent: frozenset[str]  # "spent": of time before a span ("spent six years")
    time_span_after: re.Pattern[str]  # " six years" after it


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
        per_person=re.compile(
            r"^[\s,]*(?:[\w-]+\s+){0,3}?(?:"
            + words(language, "money_per_person")
            + r")(?!\s+(?:"
            + words(language, "money_period_nouns")
            + "))",
            re.IGNORECASE,
        ),
        share_anaphor=re.compile(
            r"^\s*(?:" + words(language, "share_anaphors") + ")", re.IGNORECASE
        ),
        purpose_after=re.compile(  # "100 yuan (a month) for electricity"
            r"^\s*(?:(?:"
            + phrase_pattern([w for ws in numbers["per_periods"].values() for w in ws])
            + r")\s+)?(?:"
            + words(language, "money_purposes_after")
            + ")",
            re.IGNORECASE,
        ),
        share_relative=re.compile(
            r"(?:\s+[\w-]+){0,3}?\s*,?\s*(?:"
            + words(language, "share_relatives")
            + r")\b[^.;%\d]*$",
            re.IGNORECASE,
        ),
        home_pay=re.compile(words(language, "home_pay_places"), re.IGNORECASE),
        share_comparison=re.compile(
            r"\s*(?:" + words(language, "share_comparisons") + r")\b", re.IGNORECASE
        ),
        average_pay=re.compile(r"\b(?:" + words(language, "average_pay_words") + r")\b", re.I),
        in_before=re.compile(
            r"\b(?:"
            + phrase_pattern(Vocabulary("cues", language)["at_home_prepositions"])
            + r")\s+(?:(?:"
            + words(language, "articles")
            + r")\s+)?$",
            re.I,
        ),
        to_place=re.compile(r"\b(?:" + words(language, "money_to_words") + r")\s+$", re.IGNORECASE),
        source_list=re.compile(
            r"\s*,?\s*(?:" + words(language, "money_source_lists") + r")\b", re.IGNORECASE
        ),
        compared_pay=re.compile(
            r"\s*(?:" + words(language, "share_compared_pay") + r")\b", re.IGNORECASE
        ),
        period_exempt=word_set(language, "money_exclusions_without_period"),
        deduction_opener=re.compile(words(language, "money_deduction_openers"), re.IGNORECASE),
        deductibles=word_set(language, "money_deductibles"),
        remainder_before=re.compile(
            r"(?:" + words(language, "share_remainder_before") + r")\s+\Z", re.IGNORECASE
        ),
        per_person_before=re.compile(words(language, "money_per_person_before"), re.IGNORECASE),
        time_spent=word_set(language, "money_time_spent"),
        time_span_after=re.compile(
            r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:" + words(language, "money_time_nouns") + r")\b(?!['’])",
            re.IGNORECASE,
        ),
        piece_rate=re.compile(
            r"^\s*(?:"
            + words(language, "piece_rate_openers")
            + r")\s+(?!(?:"
            + words(language, "money_period_nouns")
            + "|"
            + words(language, "piece_rate_not")
            + r")\b)[a-z]",
            re.IGNORECASE,
        ),
        usd_rate={k: float(v) for k, v in numbers.get("usd_per_unit_rough", {}).items()},
        per={
            period: re.compile(phrase_pattern(words), re.IGNORECASE)
            for period, words in numbers["per_periods"].items()
        },
        per_before={
            period: re.compile(phrase_pattern(words), re.IGNORECASE)
            for period, words in numbers.get("per_adjectives", {}).items()
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
        fraction_needles=_needles(
            [max(str(k).lower().split(), key=len) for k in fractions if str(k).strip()]
        ),
    )


def _needles(found: list[str]) -> tuple[str, ...]:
    """``found`` without the words that hold another of them ("two-thirds" holds "third")."""
    unique = set(found)
    return tuple(sorted(w for w in unique if not any(o != w and o in w for o in unique)))


@dataclass(frozen=True)
class _Rules:
    """The finder's patterns built from cue lists and grammar words, once per language."""

    level_before: re.Pattern[str]  # "up from 1,500 yuan", "cut to $300": that pay's period
    other_workers: re.Pattern[str]  # after a demonym: "Kuwaiti workers", "local labourers"
    of_people: re.Pattern[str]  # "60% of the North Korean workers" (not "workers' wages")
    fraction_link: re.Pattern[str]  # "between half and two-thirds"
    person_before: re.Pattern[str]  # people as earners before "... each"
    sources_after: re.Pattern[str]  # "by selling sand": a source other than labour
    trade_words: frozenset[str]  # exclusion words of trade, unless of labour
    labour_before: re.Pattern[str]
    labour_after: re.Pattern[str]
    kept_before: re.Pattern[str]  # "allowed to keep only": the worker's part
    state_keeper: re.Pattern[str]  # "the state keeps": the state's part
    kept_after: re.Pattern[str]  # "(a tenth) reached the workers": the worker's part
    company_income: re.Pattern[str]  # "the exporter's annual revenue": a firm's, not the state's
    whole_before: re.Pattern[str]  # "Of the $1,000 ...": a whole whose part follows
    contrast: re.Pattern[str]  # "while", "but": another clause
    other_modifier: re.Pattern[str]  # "local", "native" before workers
    demonym_noun: re.Pattern[str]  # punctuation right after a demonym: a person
    article_before: re.Pattern[str]  # "a", "an", "the" right before it
    pay_part: re.Pattern[str]  # "the workers keep (about $200)": a part of a pay named before


@functools.cache
def _rules(language: str) -> _Rules:
    cues = compiled_cues(language)
    return _Rules(
        level_before=re.compile(
            r"(?:"
            + cues.raw_pattern("level_phrases")
            + "|"
            + words(language, "money_change_before")
            + r")\s+\Z",
            re.IGNORECASE,
        ),
        other_workers=re.compile(
            r"\s+(?:[\w-]+\s+){0,2}?(?:"
            + phrase_pattern(worker_phrases(cues.raw, language))
            + "|"
            + phrase_pattern(cues.relevance.get("people_worker_nouns", []))
            + "|"
            + words(language, "other_earner_nouns")
            + ")",
            re.IGNORECASE,
        ),
        of_people=re.compile(  # not "of what the developers earn": of their pay
            r"\s*of\s+(?!(?:"
            + words(language, "share_of_amount_openers")
            + r")\b)(?:the\s+|these\s+|those\s+)?(?:(?!(?:"
            + cues.raw_pattern("share_objects")
            + r"))[\w-]+\s+){0,3}?(?:"
            + cues.raw_pattern("worker_nouns")
            + "|"
            + cues.raw_pattern("people_nouns")
            + r")(?!['’\w])",
            re.IGNORECASE,
        ),
        fraction_link=re.compile(
            r"\s*(?:" + phrase_pattern(load("numbers", language)["range_links"]) + r")\s*",
            re.IGNORECASE,
        ),
        person_before=re.compile(
            cues.raw_pattern("worker_nouns") + "|" + cues.raw_pattern("people_nouns"),
            re.IGNORECASE,
        ),
        sources_after=re.compile(words(language, "money_sources_after"), re.IGNORECASE),
        trade_words=word_set(language, "money_trade_words"),
        labour_before=re.compile(
            r"\b(?:" + words(language, "money_trade_exempt_before") + r")\s+\Z", re.IGNORECASE
        ),
        labour_after=re.compile(
            r"\s+(?:" + words(language, "money_trade_exempt_after") + ")", re.IGNORECASE
        ),
        kept_before=re.compile(
            r"\b(?:" + words(language, "share_kept_before") + r")\s+(?:[\w-]+\s+){0,3}?\Z",
            re.IGNORECASE,
        ),
        state_keeper=re.compile(words(language, "share_keepers_state"), re.IGNORECASE),
        kept_after=re.compile(
            r"\s+(?:of\s+(?:[\w'’-]+\s+){0,3}?)?(?:"
            + phrase_pattern(
                verb_forms(list(word_list(language, "share_kept_after_verbs")))
                + list(word_list(language, "share_kept_after_phrases"))
            )
            + r")\s+(?:(?:the|their|its)\s+)?(?:"
            + phrase_pattern([*worker_phrases(cues.raw, language), "them", "themselves"])
            + r")\b",
            re.IGNORECASE,
        ),
        company_income=re.compile(
            r"\b(?:"
            + words(language, "money_company_owners")
            + r")['’]s\s+(?:[\w-]+\s+)?(?:"
            + words(language, "money_company_incomes")
            + r")\b",
            re.IGNORECASE,
        ),
        whole_before=re.compile(
            r"\b(?:" + words(language, "money_whole_before") + r")\s+\Z", re.IGNORECASE
        ),
        contrast=re.compile(words(language, "clause_conjunctions"), re.IGNORECASE),
        demonym_noun=re.compile(r"\s*(?:[.,;:)]|$)"),
        article_before=re.compile(
            r"\b(?:" + words(language, "demonym_articles") + r")\s+\Z", re.IGNORECASE
        ),
        other_modifier=re.compile(
            r"(?:" + words(language, "other_workers_modifiers") + r")(?=\s)", re.IGNORECASE
        ),
        pay_part=re.compile(
            r"\b(?:"
            + phrase_pattern(verb_forms(load("grammar", language)["pay_part_verbs"], language))
            + r")\s+(?:[\w-]+\s+){0,2}\Z",
            re.IGNORECASE,
        ),
    )


@per_cue_set
def _share_folding(cues: Cues, language: str) -> Folding:
    """The cues of a share and the fraction words, folded once per Cues and language."""
    fractions = _patterns(language).fraction_words
    return Folding([cues.share, cues.share_objects, cues.wage, fractions])


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
        self.p = patterns  # the grammar words of money (see _Patterns)
        self.r = _rules(language)  # the patterns built from cue lists (see _Rules)
        # the cues of a share and the fraction words, run on the lower-cased copy when the
        # text allows it
        self._share_text, (*self._share_cues, self._fraction_words) = _share_folding(
            cues, language
        ).on(view.text)
        # a text whose lower-cased copy holds no fraction's longest word names no fraction
        # in any sentence: its sentences need no fraction search (most articles)
        low = caseless_lower(view.text)
        self._fractions_named = low is None or any(n in low for n in patterns.fraction_needles)

    def names_fraction(self, sv: SentenceView) -> bool:
        """Does the sentence name a fraction ("half", "two-thirds") and a share cue?"""
        if not self._fractions_named:
            return False
        cued = self._share_text[sv.start : sv.end]
        return bool(self._fraction_words.search(cued) and self._share_cues[0].search(cued))

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
        earlier = [o for o in sv.quantities if o.unit == "money" and o.end <= q.start]
        if (
            earlier
            and (  # "$450 of it", "$600, of which $450", "up from $450": that pay's
                self.p.share_anaphor.match(text[q.end : q.end + 30])
                or self.p.share_relative.match(text, earlier[-1].end, q.start)
                or self.r.level_before.search(text, max(sv.start, q.start - 20), q.start)
                or self.r.pay_part.search(text, max(sv.start, q.start - 40), q.start)
                or self.r.whole_before.search(
                    text, max(sv.start, earlier[-1].start - 12), earlier[-1].start
                )
            )
        ):
            return self._per(sv, earlier[-1])
        before = text[sv.start : q.start]
        for period, rx in self.p.per_before.items():  # "a monthly wage of", "yearly salary"
            if rx.search(before):
                return period
        return None

    def _excluded(self, sv: SentenceView, q: Quantity) -> bool:
        text = self.view.text
        lo, hi = sv.clause_of(q.core_start)
        if self.r.sources_after.search(text, q.end, hi):
            return True  # "raised $40 million by selling sand": not from labour
        if self.r.company_income.search(text, lo, q.start):
            return True  # "The exporter's annual revenue is 300 million yuan": a firm's
        listed = self.p.source_list.match(text, hi)
        if listed:  # "..., including ammunition sales, troops and labour"
            hi = sv.clause_of(listed.end())[1]
        adjunct = self.cues.money_adjuncts.search(text, q.end, hi)
        deduction = self.p.deduction_opener.search(text, lo, q.start)
        for m in self.cues.money_exclusions.finditer(text, lo, adjunct.start() if adjunct else hi):
            word = m.group(0).lower()
            if word in self.r.trade_words and (
                self.r.labour_before.search(text, max(lo, m.start() - 12), m.start())
                or self.r.labour_after.match(text, m.end(), hi)
            ):
                continue  # "labour exports have brought in $2 billion"
            if deduction and deduction.end() <= m.start() < q.start and word in self.p.deductibles:
                continue  # "after living costs only $50 remained": what is taken off
            if word in self.p.period_exempt and self._per(sv, q):
                continue  # "worth $500 million a year to Pyongyang": an income
            if word in self.p.time_spent and self.p.time_span_after.match(text, m.end()):
                continue  # "who spent six years near Tynda": time, not money
            if self._names_workers(text, m.end()):
                continue  # "crypto freelancers made $2,000 a month": the workers' kind
            return True
        bracket = text.rfind("(", max(sv.start, q.start - 3), q.start)
        if bracket >= 0 and self.cues.money_exclusions.search(
            text, max(sv.start, bracket - 30), bracket
        ):
            return True  # "official exports to China ($300 million in 2024)"
        return self._conversion(sv, q)

    def _names_workers(self, text: str, at: int) -> bool:
        """Does a worker noun follow ``at`` right after a space or hyphen (an exclusion word
        as the workers' modifier: "crypto freelancers", "seafood-processing workers")?"""
        gap = at
        while gap < len(text) and gap - at < 2 and text[gap] in " -":
            gap += 1
        return gap > at and bool(self.cues.worker_nouns.match(text, gap))

    def _conversion(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the amount a conversion in brackets right after another ("1,500 yuan ($210)")?"""
        before = self.view.text[max(sv.start, q.start - 3) : q.start]
        return "(" in before and any(
            o.unit == "money" and o.end <= q.start and q.start - o.end <= 3 for o in sv.quantities
        )

    def find(self, sv: SentenceView) -> list[MoneyClaim]:
        text = self.view.text
        body = text[sv.start : sv.end]
        out: list[MoneyClaim] = []
        left_out: Quantity | None = None  # the last amount excluded by its words
        for q in sv.quantities:
            if q.unit == "money":
                if self._excluded(sv, q) or self._elided_like(sv, q, left_out):
                    if not self._conversion(sv, q):  # not "1,500 yuan ($210)"
                        left_out = q
                    continue
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
        after = text[q.end : q.end + 40]
        if self.p.piece_rate.match(after) or self.p.purpose_after.match(after):
            return None  # a rate per piece of work or money spent on something, no pay
        lo, hi = sv.clause_of(q.core_start)
        one_person = (
            (  # "IT workers ... earn up to $300,000 a year each", not restaurants
                self.p.per_person.match(text[q.end : min(sv.end, q.end + PER_WINDOW)])
                and self.r.person_before.search(text, sv.start, q.start)
            )
            or self.p.per_person_before.search(text, lo, q.start)
        )
        if not one_person:
            big = big or (ceiling is not None and q.value * rate > float(ceiling))
        if big and self.cues.revenue.search(body):
            if self._to_other_country(sv, lo, q.start):
                return None  # "remittances from Russia to Uzbekistan reached $11 billion"
            if self._other_workers(sv, lo, q.start, hi):
                return None  # "remittances from Tajik migrants reached $5.7 billion"
            return MoneyClaim("revenue", value, q.start, q.end)
        clause = text[lo:hi]
        if not big and not value.per and not self.cues.wage.search(clause):
            part_of = self._pay_part_of(sv, q, lo)
            if part_of is not None:  # "the workers keep about $200": that pay's period
                value.per = self._per(*part_of)  # type: ignore[assignment]
                return MoneyClaim("wage", value, q.start, q.end)
        if not big and (value.per or self.cues.wage.search(clause)):
            if value.per is None and not self.cues.wage.search(clause):
                return None
            if self._other_workers(sv, lo, q.start, hi) or self._at_home(sv, q.start, hi):
                return None
            if self.p.average_pay.search(text, lo, q.start) and not any(
                p.kind == "dprk" and p.start < q.start for p in sv.places
            ):
                return None  # "The average monthly wage in construction is 98,000 roubles"
            return MoneyClaim("wage", value, q.start, q.end)
        return None

    def _pay_part_of(
        self, sv: SentenceView, q: Quantity, lo: int
    ) -> tuple[SentenceView, Quantity] | None:
        """The pay (a wage amount of this sentence or the one before) of which the amount
        after a keep or collect verb is a worker's part ("the workers keep about $200",
        "collects $500 of that from each worker")."""
        text = self.view.text
        if not self.r.pay_part.search(text, max(lo, q.start - 40), q.start):
            return None
        if not self.r.person_before.search(text, sv.start, sv.end):
            return None
        for s in (sv, self.view.sentences[sv.index - 1] if sv.index > 0 else None):
            if s is None:
                continue
            pays = [o for o in s.quantities if o.unit == "money" and o.end <= q.start]
            if pays and (self.cues.wage.search(text, s.start, s.end) or self._per(s, pays[-1])):
                return s, pays[-1]  # a pay: a word of pay, or an amount by the month or year
        return None

    def _elided_like(self, sv: SentenceView, q: Quantity, left_out: Quantity | None) -> bool:
        """Is the amount a second item of an excluded one, its noun left out ("trade ... was
        worth $2.3 billion last year, Russia's only $50 million")?"""
        if left_out is None:
            return False
        gap = self.view.text[left_out.end : q.start]
        return (
            len(gap) <= ELIDED_GAP
            and not self.cues.revenue.search(gap)
            and not self.cues.wage.search(gap)
            and not any(c in gap for c in ";.")
        )

    def _to_other_country(self, sv: SentenceView, lo: int, start: int) -> bool:
        """Does money go "to" another country before it in its clause, with no DPRK name
        in the sentence?"""
        if any(p.kind == "dprk" for p in sv.places):
            return False
        text = self.view.text
        return any(
            p.kind == "country"
            and lo <= p.start < start
            and self.p.to_place.search(text, max(lo, p.start - 4), p.start) is not None
            for p in sv.places
        )

    def _at_home(self, sv: SentenceView, start: int, hi: int) -> bool:
        """Is a wage about pay at home ("in Pyongyang" before it, no place abroad up to
        the end of its clause)?"""
        text = self.view.text
        home_end = None
        home = self.p.home_pay.search(text, sv.start, start)
        if home:
            home_end = home.end()
        else:  # "Wages in Sinuiju are about $150 a month": a DPRK city after "in"
            for p in sv.places:
                if (
                    p.kind == "dprk"
                    and sv.start <= p.start
                    and p.end <= start
                    and self.p.in_before.search(text, max(sv.start, p.start - 8), p.start)
                ):
                    home_end = p.end
        if home_end is None or self.r.contrast.search(text, home_end, start):
            return False  # "families in North Korea receive nothing, while the state ..."
        # a place abroad in the sentence up to the clause's end (a demonym names people or
        # firms, no place of work: "South Korean companies at the Kaesong complex paid ...")
        return not any(
            p.kind not in ("dprk", "demonym") and sv.start <= p.start < hi for p in sv.places
        )

    def _other_workers(self, sv: SentenceView, lo: int, start: int, hi: int) -> bool:
        """Are the earners in ``lo:hi`` (a wage's clause) other nations' workers?"""
        text = self.view.text
        if any(p.kind == "dprk" and lo <= p.start < hi for p in sv.places):
            return False
        ends = [p.end for p in sv.places if p.kind == "demonym" and lo <= p.start < p.end <= hi]
        ends += [m.end() for m in self.r.other_modifier.finditer(text, lo, hi)]
        ends += [  # "Vietnam's workers in South Korea remit ..."
            p.end + 2
            for p in sv.places
            if p.kind == "country" and lo <= p.start and text[p.end : p.end + 2] in ("'s", "’s")
        ]
        if any(  # "about 70,000 rubles for a Russian": a demonym as the earner
            p.kind == "demonym"
            and lo <= p.start
            and p.end <= hi
            and self.r.demonym_noun.match(text, p.end)
            and self.r.article_before.search(text, max(lo, p.start - 5), p.start)
            for p in sv.places
        ):
            return True
        if any(self.r.other_workers.match(text, end, hi) for end in ends):
            return True
        # before the clause, with no DPRK name between ("The Chinese supervisor at the
        # plant, who earns 8,000 yuan a month")
        dprk = [p.end for p in sv.places if p.kind == "dprk" and p.end <= start]
        first = max(dprk, default=sv.start)
        return any(
            self.r.other_workers.match(text, p.end, lo)
            for p in sv.places
            if p.kind == "demonym" and first <= p.start and p.end < lo
        )

    def _share(self, sv: SentenceView, q: Quantity, body: str) -> MoneyClaim | None:
        text = self.view.text
        if self.share_of_people.match(text[q.end : q.end + 30]) or self.r.of_people.match(
            text, q.end, min(sv.end, q.end + 60)
        ):
            return None
        if not self.cues.share.search(body):
            return None
        if not (self.cues.share_objects.search(body) or self._of_pay_before(sv, q.end)):
            return None
        if (q.low is not None and q.low > 100) or (q.high is not None and q.high > 100):
            return None
        if self.p.remainder_before.search(text, max(sv.start, q.start - 20), q.start) and any(
            o.unit == "percent" and o is not q for o in sv.quantities
        ):
            return None  # "the remaining 30 percent" beside the state's 70: the worker's part
        if self.p.purpose_after.match(text[q.end : q.end + 40]):
            return None  # "another 20 percent for food and lodging"
        low, high = self._state_part(sv, q.start, q.end, q.low, q.high)
        value = Amount(low, high, text=self.view.original(q.start, q.end))
        return MoneyClaim("state_share", value, q.start, q.end)

    def _state_part(
        self, sv: SentenceView, start: int, end: int, low: float | None, high: float | None
    ) -> tuple[float | None, float | None]:
        """The state's share when the text gives the part the worker keeps ("keep only a
        fifth", "only a tenth reached the workers": 80, 90); else the bounds as they are."""
        text = self.view.text
        kept = self.r.kept_before.search(text, max(sv.start, start - 40), start)
        if (
            kept is None or self.r.state_keeper.search(text, sv.start, kept.start())
        ) and not self.r.kept_after.match(text, end, min(sv.end, end + 60)):
            return low, high
        return (
            None if high is None else round(100 - high, 1),
            None if low is None else round(100 - low, 1),
        )

    @staticmethod
    def _start_of(sv: SentenceView, end: int) -> int:
        """The start of the quantity of the sentence that ends at ``end`` (else ``end``)."""
        return next((o.start for o in sv.quantities if o.end == end), end)

    def _of_pay_before(self, sv: SentenceView, end: int) -> bool:
        """Is the share at ``end`` "of that" amount, with an amount in this sentence before
        it or in the sentence before ("paid 80,000 rubles a month. Up to 90% of that ...")?"""
        text = self.view.text
        earlier = [o for o in sv.quantities if o.unit == "money" and o.end < end]
        if earlier and self.p.share_relative.match(text, earlier[-1].end, self._start_of(sv, end)):
            return True  # "40,000 rubles, of which ... 70%"
        if not self.p.share_anaphor.match(text[end : end + 30]):
            return False
        if earlier:
            return True
        prev = self.view.sentences[sv.index - 1] if sv.index > 0 else None
        return prev is not None and any(o.unit == "money" for o in prev.quantities)

    def _fractions(self, sv: SentenceView, body: str) -> list[MoneyClaim]:
        out: list[MoneyClaim] = []
        if not self.names_fraction(sv):
            return out
        _, objects, wage = self._share_cues
        cued = self._share_text[sv.start : sv.end]
        names = bool(objects.search(cued) or wage.search(cued))  # a share cue is there
        for m in self.fraction_re.finditer(body):
            if not names and not self._of_pay_before(sv, sv.start + m.end()):
                continue
            after = body[m.end() : m.end() + 30]
            if self.share_of_people.match(after) or self.p.share_comparison.match(after):
                continue
            pct = self.fractions[" ".join(m.group("f").lower().replace("-", " ").split())]
            qual = self.qual_map.get(" ".join((m.group("q") or "").lower().split()))
            if qual in ("at_most", "at_least") and self.p.compared_pay.match(after):
                continue  # "less than half the wage of Chinese workers": a comparison
            low = None if qual == "at_most" else pct
            high = None if qual == "at_least" else pct
            start, end = sv.start + m.start(), sv.start + m.end()
            prev = out[-1] if out else None
            if (  # "between half and two-thirds": one range
                prev is not None
                and prev.value.low is not None
                and prev.value.low == prev.value.high
                and qual is None
                and self.r.fraction_link.fullmatch(self.view.text, prev.end, start)
            ):
                text = self.view.original(prev.start, end)
                prev.value = Amount(prev.value.low, pct, text=text)
                prev.end = end
                continue
            low, high = self._state_part(sv, start, end, low, high)
            value = Amount(low, high, text=self.view.original(start, end))
            out.append(MoneyClaim("state_share", value, start, end))
        return out
