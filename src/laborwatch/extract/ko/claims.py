"""Korean claims: which figures count DPRK workers, where, in what state, and money.

Korean puts the counted noun before or after the figure ("노동자 2천 명",
"2천 명의 노동자") and the verb last, so the stages look at the nouns next to a figure,
adnominal verbs before its noun phrase and the predicate after it. The seams are the
shared ones: a prepared :class:`~laborwatch.extract.document.DocView` (Korean sentences,
numbers from :mod:`laborwatch.extract.numbers_ko`, places from
:mod:`laborwatch.extract.ko.places`) in, :class:`~laborwatch.model.Claim` out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from laborwatch.extract.claims import deduplicate, worker_count
from laborwatch.extract.cues import Cues
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.ko.rules import KoreanRules, korean_rules
from laborwatch.extract.ko.where import PlacePicker
from laborwatch.extract.numbers import Quantity
from laborwatch.extract.sectors import NEIGHBOURS, SectorFinder
from laborwatch.model import Amount, Claim, Evidence, Period

# An outlet's own unnamed sources, by publisher domain.
_OUTLET_SOURCES = {"dailynk": "Daily NK source", "rfa.org": "Radio Free Asia source"}
# Won amounts below this are North Korean won (market prices, domestic pay), not the
# South Korean conversions of wages and revenue abroad.
MIN_WON = 100_000
TAKE_GAP = 12  # characters between a take per worker and the percentage restating it
AFTER = 16  # characters after a figure where an excluding word still names what it counts
RATIO_WHOLE = 100  # "10명 중 8명" is a proportion; "5만 명 중 3만 명" two counts
RATIO_SMALL = 10  # ... and so is any whole up to this ("3명 중 1명"); "60명 가운데 20명" counts
HANDFUL = 10  # fewer people than this are a scene or an example (spec), not a count
_CLAUSE_MARK = re.compile(r"[,…]")  # a comma, or a headline's ellipsis, closes a phrase
_HEAD_CUT = re.compile(r"[,…\"“”]")  # ... and a quotation mark, for the counted noun
REST_SENTENCES = 2  # sentences back within which "나머지 N명" is the rest of workers counted
TROOP_SENTENCES = 2  # sentences back within which troops named make a bare figure theirs
NEAR = 14  # characters on each side of a figure searched for its counted noun
ENTRY_NEAR = 24  # characters before a figure where an entry ("입국한 … 주민은 월평균") names it
YEAR_OF_MONTH = (10, 14)  # a year's amount is this many times a month's (bonuses, gaps)
STAY_YEARS = 5  # a stay's total (after "N년 동안 번") is one person's up to this many times
# Below these a monthly amount is one person's (a state's monthly take is far larger).
_PERSONAL = {
    "USD": 20_000,
    "EUR": 20_000,
    "CNY": 150_000,
    "RUB": 2_000_000,
    "KRW": 30_000_000,
    "MNT": 60_000_000,
    "AED": 75_000,
    "JPY": 3_000_000,
    "KWD": 6_000,
    "PLN": 80_000,
    "GBP": 15_000,
}
_YEAR = re.compile(r"((?:19|20)\d\d)년")


class KoreanClaimBuilder:
    """Runs the Korean claim stages over every sentence of a prepared document."""

    def __init__(self, view: DocView, cues: Cues) -> None:
        self.view = view
        self.cues = cues
        self.rules: KoreanRules = korean_rules(cues)
        self.where = PlacePicker(view, cues, self.rules)
        self._sectors: SectorFinder | None = None  # built when a sentence needs a neighbour
        self._restated_values: dict[float, str | None] | None = None
        self._restating_kind: str | None = None  # the kind a converting sentence restates
        self._last_money: tuple[int, Claim] | None = None  # sentence index, its last amount
        self._last_share = -2  # the index of the last sentence with a state share
        self._sentence_per: str | None = None  # the period of the sentence's last amount
        self._anaphor_at: list[int] | None = None
        self._named_heads: list[tuple[int, str]] | None = None  # "수산물 가공 공장" at
        self._defaulted = False  # set by _status when no word told the status
        # the sentence before had figures of people and none was a claim: a part of them
        # ("이 가운데 …") in the next sentence is not one either
        self._whole_dropped = False
        # the last worker claim (its places, status and sector)
        self._last_worker: Claim | None = None
        # how many sentences back the last one that counted workers is (a quote about them
        # may stand between: "… 700명가량이 귀국했다. 소식통은 "…". 나머지 1천300여 명은")
        self._counted_back = REST_SENTENCES + 1

    def build(self) -> list[Claim]:
        claims: list[Claim] = []
        guessed: set[int] = set()  # worker claims whose status no word told
        workers_before = counted_item = False
        for i, sv in enumerate(self.view.sentences):
            text = self.view.text[sv.start : sv.end]
            has_workers = (  # names the workers, or speaks of them ("이들은")
                self.rules.workers.search(text) is not None
                or self.cues.same_workers.search(text) is not None
            )
            counts: list[Quantity] = []
            if sv.quantities:
                context = has_workers or self.rules.work_context.search(text) is not None
                attribution = self.where.attribution(sv)
                origin = self._origin(attribution)
                counts = self._counts(sv, context, workers_before)
                self._whole_dropped = not counts and any(
                    q.unit == "count" and (q.high or q.low or 0) >= HANDFUL for q in sv.quantities
                )
                for q in counts:
                    places, scope, strength = self._total_places(sv, q) or (
                        self.where.destinations(sv, q, i)
                    )
                    places = self._respective(sv, q) or places
                    self._defaulted = False
                    status = self._status(sv, q)
                    if self._defaulted:
                        guessed.add(len(claims))
                    claims.append(
                        Claim(
                            kind="workers",
                            value=worker_count(
                                self._list_qualifier(sv, q), self.view.original(q.start, q.end)
                            ),
                            evidence=self._evidence(sv),
                            destinations=places,
                            status=status,  # type: ignore[arg-type]
                            sector=self._sector(sv, q),
                            period=self._period(sv, q),
                            attribution=attribution,
                            scope=scope,  # type: ignore[arg-type]
                            origin=origin,
                            cumulative=self._cumulative(sv, q),
                            place_strength=strength,
                        )
                    )
                    self._last_worker = claims[-1]
                restating = self.rules.restating.search(self.view.text, sv.start, sv.end)
                self._restating_kind = None
                if restating:  # the kind of the money it converts
                    earlier = [c for c in claims if c.kind in ("revenue", "wage")]
                    self._restating_kind = earlier[-1].kind if earlier else None
                money = self._money(sv)
                if money and restating:
                    _drop_restated(claims, money, sv.start)  # "이를 달러로 환산하면 …"
                for claim in money:
                    claim.attribution, claim.origin = attribution, origin
                    claims.append(claim)
                    if claim.kind in ("wage", "revenue"):
                        self._last_money = (i, claim)
            else:
                self._whole_dropped = False
            claims.extend(self._share_words(sv))
            # "- 2019년: 1만1천 명 / - 2022년: 2천 명": the next line of a list counts what its
            # line before did, also past a sentence that goes on on that line ("▲중국 = 3만 명.
            # 의류 공장이 대부분.")
            if self.rules.list_item.match(self.view.text, sv.start, sv.end):
                counted_item = bool(counts)
            elif "\n" in self.view.text[max(0, sv.start - 3) : sv.start] or not sv.start:
                counted_item = False
            workers_before = has_workers or counted_item
            self._counted_back = 1 if counts else self._counted_back + 1
            self.where.remember(sv, i)
        if self.view.sentences:
            _headline_restated(claims, guessed, self.view.sentences[0].end)
        _told_status(claims, guessed)
        _drop_won_conversions(claims, self.rules.won_rates)
        return deduplicate(self._dollar_forms_restated(self._headline_unclaimed(claims)))

    def _dollar_forms_restated(self, claims: list[Claim]) -> list[Claim]:
        """Without a dollar form kept for an amount ("9만 루블, 미화로 약 1천 달러") that the
        document also claims in its own currency ("매달 9만 루블을 … 주는데"): one pay."""
        text, forms = self.view.text, set()
        for sv in self.view.sentences:
            for q, p in pairwise(sv.quantities):
                if (
                    q.unit == "money"
                    and p.currency == "USD" != q.currency
                    and self.rules.dollars_next.match(text, q.end, p.start)
                ):
                    forms.add((q.low, q.high, q.currency, p.low, p.high))
        values = {(c.value.low, c.value.high, c.value.currency) for c in claims}
        return [
            c
            for c in claims
            if not (
                c.kind in ("wage", "revenue")
                and any(
                    (c.value.low, c.value.high, c.value.currency) == (f[3], f[4], "USD")
                    and f[:3] in values
                    for f in forms
                )
            )
        ]

    def _headline_unclaimed(self, claims: list[Claim]) -> list[Claim]:
        """Without the headline's amounts that the body states again but does not claim
        ("외화벌이 목표 연 10억 달러…" over "외화벌이 목표를 10억 달러로 잡고, 이 가운데"):
        the body's fuller sentence decides what the figure is."""
        sents = self.view.sentences
        if len(sents) < 2 or "\n" not in self.view.text[sents[0].end : sents[1].start]:
            return claims
        head_end = sents[0].end
        body = [c for c in claims if c.evidence.start >= head_end]
        claimed = {(c.value.low, c.value.high, c.value.currency) for c in body}
        stated = {
            (q.low, q.high, q.currency)
            for s in sents[1:]
            for q in s.quantities
            if q.unit == "money"
        }
        _headline_dated(claims, head_end)
        if _per(self.rules, self.view.text[:head_end]) is None:
            _headline_stay(claims, head_end)
        _headline_kind(claims, head_end)
        return [
            c
            for c in claims
            if not (
                c.kind in ("wage", "revenue")
                and c.evidence.start < head_end
                and (key := (c.value.low, c.value.high, c.value.currency)) in stated
                and key not in claimed
            )
        ]

    # --- evidence, attribution ---------------------------------------------------------
    def _evidence(self, sv: SentenceView) -> Evidence:
        return Evidence(self.view.original(sv.start, sv.end), sv.start, sv.end)

    def _origin(self, attribution: str | None) -> str | None:
        """The normalised origin of an attribution; an outlet's own unnamed source
        ("소식통") is "<outlet> source"."""
        if not attribution:
            return None
        for rx, name in self.rules.origins:
            if rx.search(attribution):
                return name
        publisher = (self.view.document.publisher or "").lower()
        if "소식통" in attribution:
            for outlet, name in _OUTLET_SOURCES.items():
                if outlet in publisher:
                    return name
        return None

    # --- counts ------------------------------------------------------------------------
    def _counts(self, sv: SentenceView, context: bool, workers_before: bool) -> list[Quantity]:
        """The figures of ``sv`` that count DPRK workers."""
        text = self.view.text
        qs = [q for q in sv.quantities if q.unit == "count"]
        totals = [k for k, q in enumerate(qs) if self.rules.total.search(text[sv.start : q.start])]
        last_total = max(totals) if totals else -1
        # parts of a total are claims only when the text splits them by place
        split = last_total > 0 and (
            self._total_places(sv, qs[last_total]) is not None
            or self._placed_apart(sv, qs[:last_total])
        )
        out: list[Quantity] = []
        if self.rules.home.search(text, sv.start, sv.end) and not any(
            p.kind != "dprk" and not set(p.codes) <= self.cues.never_destinations for p in sv.places
        ):
            return out  # "북한 내부에서는 … 1만여 명이 동원됐다": work at home
        foreign: bool | None = None  # computed for the first figure headed by a worker noun
        excluded_at = -2  # the last figure dropped as other people's
        home_parts = {  # figures told as work at home right after them
            k
            for k, q in enumerate(qs)
            if self.rules.home.search(text[q.end : min(sv.end, q.end + AFTER)].split(",")[0])
        }
        for k, q in enumerate(qs):
            prev_end = qs[k - 1].end if k else sv.start
            next_start = qs[k + 1].start if k + 1 < len(qs) else sv.end
            before, after = text[prev_end : q.start], text[q.end : next_start]
            if k < last_total and not split:
                continue  # a part of the total after it ("1분기 1805명, … 총 7465명")
            among = k > 0 and self.rules.among_before.match(before) is not None
            if among and qs[k - 1] not in out:
                continue  # "병력 1만 명 가운데 수천 명": a part of a group that is not workers
            if (
                among
                and not self._placed_after(sv, q)
                and not self._gone_part(sv, q, self._status(sv, qs[k - 1]))
            ):
                continue  # "노동자 1천200명 가운데 1천100명이 여성": members of the group
            if (
                self.rules.unit_after.match(after)  # "20~30명이 한 조를 이뤄": one unit's size
                or (
                    self.rules.distributive.match(after)
                    and not self.rules.rate_before.search(text, sv.start, q.start)
                    and not self._each_place(sv, prev_end, before)
                )
                or (
                    self._distributive_before(sv, prev_end, before)
                    and not (k + 1 < len(qs) and _FIGURE_LINK.match(text, q.end, qs[k + 1].start))
                    and not self.rules.rate_before.search(text, sv.start, q.start)  # 해마다
                )  # "각각 2천 명과 1천 명": respectively, each a figure of its own
                or (
                    self._member(before, after, sv, q)
                    and not self._placed_after(sv, q)
                    and not self._gone_part(sv, q)
                )
                or self.rules.doubt_after.search(after[:20])
            ):
                continue
            if self._of_others(sv, q) or self._others_whole(sv.start, q.start):
                continue
            if k in home_parts or self.rules.home_before.search(before[-NEAR:]):
                continue  # "1천여 명은 해외에서, 3천여 명은 북한 내부에서", "국내 3천명"
            if any(
                j > k and self.rules.part_of.search(text, q.end, qs[j].start) for j in home_parts
            ):
                continue  # "약 4천 명을 운용하며, 이 가운데 … 3천여 명은 북한 내부에서": a whole
            own_after = "" if _LIST_LINK.match(after.lstrip()) else after  # "300명과 중국인 …"
            near_before = _phrase_before(before, 20)
            near_after = _CLAUSE_MARK.split(own_after[: 3 * AFTER])[0]
            if self.rules.excluded.search(near_after[:AFTER]) and (
                self.rules.dprk_word.search(near_before)
                and self.cues.worker_nouns.search(near_before)
            ):  # "북한 노동자 150명이 떠난 자리를 중국인 노동자 80명으로": others after ours
                near_after = self.rules.other_workers.sub(" ", near_after)
            near_after = near_after[:AFTER]
            works = self._works(after)
            purpose = self.rules.work_purpose.search(before[-30:]) is not None
            if works or (  # "학생 비자를 받은 … 800명이 일하고": papers, not study
                self.rules.dprk_word.search(near_before)
                and self.cues.worker_nouns.search(near_before)
            ):  # ... as are those of DPRK workers ("북한 노동자 1천여 명이 유학생 비자로")
                near_before = self.rules.cover_papers.sub(" ", near_before)
                near_after = self.rules.cover_papers.sub(" ", near_after)
            if (
                self.rules.excluded.search(near_after) or self._excluded_before(near_before)
            ) and not purpose:
                excluded_at = k
                continue  # "입국 목적을 '교육'으로", but "'취업'을 입국 목적으로 밝힌 사람"
            if (
                not k
                and self._whole_dropped
                and self.rules.member_opening.match(text, sv.start)
                and not works
                and not any(p.kind == "dprk" and p.end <= q.start for p in sv.places)
            ):
                continue  # "… 한국인 근로자는 2만 명. 이 가운데 8천 명": a part of others
            head = self._head(  # the noun phrase of the figure's own phrase
                _HEAD_CUT.split(before[-NEAR:])[-1], _HEAD_CUT.split(after[:NEAR])[0]
            )
            if head == "worker" and self._others_before(before):
                continue  # "한국 기업 근로자 500명", "중국인 노동자 150명": not the DPRK's
            if head is None and not works and self._topic_others(sv, q):
                continue  # "북한 대표단은 올해 12차례, 모두 150여 명이었다": the topic's people
            if head is None and excluded_at == k - 1 and k and not works:
                continue  # "탈북한 사람이 90명으로 가장 많았고, 중국이 40명": the same people
            if head == "worker" and foreign is None:
                foreign = self._foreign_workers(sv)
            if head == "military" or (head == "worker" and foreign):
                continue
            named_part = works and self.rules.member_before.search(before)
            own_clause = after.split(",")[0][:AFTER]
            if (
                head != "worker"
                and not named_part
                and not purpose
                and not self.rules.purpose_after.match(after)  # "…명이 취업 목적으로 입국"
                and self.rules.entry.search(before[-ENTRY_NEAR:].split(",")[-1] + " " + own_clause)
                and not (  # "이들은 … 배치될 예정. … 3천 명이 입국할 것": their arrival
                    head is None and workers_before and self.rules.entry_planned.search(own_clause)
                )
                # "북한 노동자를 태운 여객기가 … 모두 600명 가까이 입국했다": the workers' entry
                and not (head is None and self.rules.workers.search(before))
                # "… 2천500명을 받아들이기로 했다. 이 가운데 800명은 이미 입국했다": theirs
                and not (
                    head is None
                    and self._counted_back == 1
                    and self.rules.member_before.search(before)
                )
            ):
                continue  # "러시아에 입국한 북한 주민 1만 명": entries, not workers
            if (q.high or q.low or 0) < HANDFUL:
                continue  # "노동자 1명이", "북한 사람 5∼6명이": people in a scene, not a count
            if self._ratio(qs, k, before, after):
                continue
            if head is None and not purpose and self._troops_before(sv):
                continue  # "파병은 … 재건을 목표로 한다. … 4천명 파견": the troops again
            # "… 1천500명은 이미 파견됐다. 나머지 3천500명은 …": the rest of the group counted
            rest = (
                self._counted_back <= REST_SENTENCES
                and self.rules.remainder_before.search(before) is not None
            )
            bare = context or workers_before or rest
            # "이 가운데 … 인원이 8만 명": people of the workers counted just before
            part = (  # "새로 온 인원 가운데 2천 명은 연해주에": people of the workers just counted
                head == "people"
                and not context
                and self._counted_back == 1
                and bool(self.rules.part_of.search(before) or _PART_AFTER.search(before))
            )
            # "중국에서 돌아간 인원이 1만3천 명, 러시아에서 돌아간 인원이 8천 명": the list's next
            part = part or (
                head == "people"
                and bool(k)
                and qs[k - 1] in out
                and _NEXT_ITEM.match(before) is not None
            )
            counted = {"worker": True, "people": context or part, None: bare}
            if counted.get(head, False):
                out.append(q)
        return out

    def _excluded_before(self, before: str) -> bool:
        """Does an excluding word stand in the phrase before a figure, with no DPRK word
        after it ("중국인 사업가는 북한 노동자 300명" is the DPRK's) and not as the whole of a
        working part ("입국자 가운데 노무 인력이 2만 명")?"""
        found = _last_in_phrase(self.rules.excluded, before)
        if found is None:
            return False
        phrase, m = found
        if self.rules.dprk_word.search(phrase, m.end()):
            return False
        part = _AMONG_AFTER.match(phrase, m.end())
        return not (part and self.cues.worker_nouns.search(phrase, part.end()))

    def _others_before(self, before: str) -> bool:
        """Are the workers right before a figure another nation's ("중국인 노동자 150명",
        "한국 기업 근로자 500명"), with no DPRK word between them and the figure?"""
        found = _last_in_phrase(self.rules.other_workers, before)
        if found is None:
            return False
        rest = found[0][found[1].start() :]
        return (
            self.rules.workers.search(rest) is not None
            and self.rules.dprk_word.search(rest) is None
        )

    def _troops_before(self, sv: SentenceView) -> bool:
        """Does a figure without a noun follow sentences about troops (one of the two
        before), with no workers named since?"""
        text = self.view.text
        for j in range(sv.index, max(-1, sv.index - TROOP_SENTENCES - 1), -1):
            s = self.view.sentences[j]
            if self.rules.workers.search(text, s.start, s.end):
                return False
            if j < sv.index and self.rules.troops.search(text, s.start, s.end):
                return True
        return False

    def _foreign_workers(self, sv: SentenceView) -> bool:
        """Does the sentence name another nation's workers ("베트남 노동자") and not the
        DPRK at all? Then its worker figures are theirs."""
        if self.rules.foreign_workers.search(self.view.text, sv.start, sv.end) is None:
            return False
        return not any(p.kind == "dprk" for p in sv.places)

    def _total_places(
        self, sv: SentenceView, q: Quantity
    ) -> tuple[list[str], str | None, int] | None:
        """A total after parts placed apart ("러시아에 3만 명, 중국에 5만 명 등 총 8만 명")
        covers their places; after "등" (and others) it is abroad in general."""
        text = self.view.text
        if not self.rules.total.search(text, sv.start, q.start):
            return None
        parts = [p for p in sv.quantities if p.unit == "count" and p.end <= q.start]
        if len(parts) < 2:
            return None
        codes = {
            c
            for p in sv.places
            if parts[0].start - 12 <= p.start < parts[-1].start
            and p.kind not in ("dprk", "abroad")  # "해외 노동자 러시아 5만·중국 3만"
            for c in p.codes
        } - self.cues.never_destinations
        if len(codes) < 2:
            return None
        if self.rules.etc_after.match(text, parts[-1].end) or "등" in text[parts[-1].end : q.start]:
            return ["M49:001"], "world", 3
        return sorted(codes), "country", 3

    def _respective(self, sv: SentenceView, q: Quantity) -> list[str] | None:
        """ "러시아와 중국에 각각 2만 명과 3만 명": as many places as figures after "각각"
        pair up in order."""
        text = self.view.text
        counts = [p for p in sv.quantities if p.unit == "count"]
        k = counts.index(q)
        first = last = k
        while first and _FIGURE_LINK.match(text, counts[first - 1].end, counts[first].start):
            first -= 1
        while last + 1 < len(counts) and _FIGURE_LINK.match(
            text, counts[last].end, counts[last + 1].start
        ):
            last += 1
        each = _EACH.search(text, sv.start, counts[first].start)
        if last == first or each is None:
            return None
        listed = [p for p in sv.places if p.end <= each.start() and p.kind != "dprk"]
        if not listed or not (
            _PLACE_PARTICLE.match(text, listed[-1].end, each.start())
            or _EACH_GAP.match(text, listed[-1].end, each.start())  # "…의 북한 식당에는 각각"
        ):
            return None
        places = [listed[-1]]
        for p in reversed(listed[:-1]):
            if text[p.end : places[0].start].isspace() and p.codes == places[0].codes:
                places[0] = p  # "라오스 비엔티안": a country and its city are one place
                continue
            if p.kind == "region" and text[p.end : places[0].start].isspace():
                break  # "아프리카 적도기니와 앙골라": a region before the list, not in it
            if not _PLACE_LINK.match(text, p.end, places[0].start):
                break
            places.insert(0, p)
        if len(places) != last - first + 1:
            return None
        return sorted(places[k - first].codes)

    def _placed_apart(self, sv: SentenceView, parts: list[Quantity]) -> bool:
        """Is each part of a total given its own place right before it ("단둥에 약 3만 명,
        훈춘에 1만 명 등 모두 5만 명"), cities of one country too?"""
        if len(parts) < 2:
            return False
        text = self.view.text
        names = set()
        for q in parts:
            place = [
                p
                for p in sv.places
                if p.kind != "dprk"
                and p.end <= q.start
                and q.start - p.end <= 6
                and _PLACE_PARTICLE.match(text, p.end, q.start)
            ]
            if not place:
                return False
            names.add(place[-1].text)
        return len(names) == len(parts)

    def _ratio(self, qs: list[Quantity], k: int, before: str, after: str) -> bool:
        """ "10명 중 8명": a proportion, not counts (only with a small whole, stated
        exactly: "20여 명 가운데 3명" counts a group)."""
        if self.rules.among_after.match(after) and _ratio_whole(qs[k]):
            return True
        return bool(k and self.rules.among_before.match(before) and _ratio_whole(qs[k - 1]))

    def _each_place(self, sv: SentenceView, offset: int, before: str) -> bool:
        """Does "각각" after places stand before the figure ("카타르와 쿠웨이트에 각각 약
        1천 명씩")? Then "씩" gives the figure to each place, not to each unit."""
        if _PLACED.search(before) and any(  # "몽골과 라오스에도 수백 명씩": each place
            p.kind != "dprk" and 0 <= offset + len(before) - p.end <= 4 for p in sv.places
        ):
            return True
        m = self.rules.distributive_before.search(before)
        return bool(
            m
            and m.group(0).split()[0] in self.rules.each_of_list
            and not self._distributive_before(sv, offset, before)
        )

    def _distributive_before(self, sv: SentenceView, offset: int, before: str) -> bool:
        """ "식당마다 10명": the size of each unit; but "쿠웨이트와 카타르에 각각 2천 명" gives
        the figure to each of the places named right before "각각" (one claim for the list,
        as the spec's joint list)."""
        m = self.rules.distributive_before.search(before)
        if m is None:
            return False
        word = m.group(0).split()[0]
        if word not in self.rules.each_of_list:
            return True
        at = offset + m.start()
        text = self.view.text
        if any(
            p.end <= at
            and (
                _PLACE_PARTICLE.match(text, p.end, at)
                or self.rules.place_subject.match(text, p.end, at)
            )
            for p in sv.places
        ):
            return False
        # "단둥과 선양의 북한 식당에서 일하는 종업원이 각각 200여 명": a list of places
        # earlier in the clause, each given the figure
        opening = max(text.rfind(mark, sv.start, at) for mark in _CLAUSE_MARKS)
        if self.rules.counted_places.search(text, max(opening + 1, sv.start, at - 40), at):
            return False  # "두 지역의 북한 노동자는 … 각각 500명가량": each of the places
        listed = [p for p in sv.places if p.end <= at and p.kind != "dprk"]
        return not (
            len(listed) > 1
            and _PLACES_LINK.fullmatch(text, listed[-2].end, listed[-1].start) is not None
            and _EACH_CLAUSE.fullmatch(text, listed[-1].end, at) is not None
        )

    def _each_list(self, sv: SentenceView, q: Quantity) -> tuple[Quantity, Quantity] | None:
        """The first and last figure of the list of respective figures ("각각 2천 명, 1천
        명") that holds ``q``, or None when ``q`` is in no such list."""
        text = self.view.text
        counts = [p for p in sv.quantities if p.unit == "count"]
        first = last = counts.index(q)
        while first > 0 and _FIGURE_LINK.match(text, counts[first - 1].end, counts[first].start):
            first -= 1
        while last + 1 < len(counts) and _FIGURE_LINK.match(
            text, counts[last].end, counts[last + 1].start
        ):
            last += 1
        words = text[max(sv.start, counts[first].start - 8) : counts[first].start].split()
        if first == last or not any(w in self.rules.each_of_list for w in words):
            return None
        return counts[first], counts[last]

    def _list_qualifier(self, sv: SentenceView, q: Quantity) -> Quantity:
        """A qualifier after the last figure of a list of respective figures is every item's
        ("각각 2천 명, 1천 명 정도", "각각 3만 명, 2만 명 남짓"; not "약 1천 명", which is the
        last one's own)."""
        if q.qualifier != "exact":
            return q
        found = self._each_list(sv, q)
        if found is None:
            return q
        tail = found[1]
        if (
            tail is q
            or tail.qualifier not in ("approx", "at_least", "at_most")
            or tail.start < tail.core_start  # "약 1천 명": its own qualifier
        ):
            return q
        if tail.qualifier == "at_least":
            return replace(q, qualifier="at_least", high=None)
        if tail.qualifier == "at_most":
            return replace(q, qualifier="at_most", low=None)
        return replace(q, qualifier="approx")

    def _member(self, before: str, after: str, sv: SentenceView, q: Quantity) -> bool:
        """ "이 가운데 7천 명": part of a group already counted, unless the part is the
        one that works ("이 가운데 취업 목적은 200명", "이 중 8천 명이 취업 목적") or the
        text splits the group by place ("이 가운데 중국에 약 5만 명, 러시아에 …")."""
        m = self.rules.member_before.search(before)
        if m is None or self.rules.work_context.search(before, m.start()) is not None:
            return False
        if _PLACED.search(before):
            return False  # "이 가운데 중국에 5만여 명": the group split by destination
        start = q.start - len(before) + m.start()
        if any(
            p.kind != "dprk"
            and p.start >= start
            and _PLACED_PART.match(self.view.text, p.end, q.start)
            for p in sv.places
        ):
            return False
        # "이 가운데 중국과 러시아에 있는 인원이 8만 명": the part's own places, not the whole's
        last = self._last_worker
        codes = {
            c
            for p in sv.places
            if start <= p.start and p.end <= q.start and p.kind not in ("dprk", "abroad")
            for c in p.codes
        } - self.cues.never_destinations
        if codes and last is not None and last.destinations and codes != set(last.destinations):
            return False
        # a part that works is one of a whole of entrants or people, not of workers counted
        # a sentence before ("이 가운데 수천여 명이 의류 공장에서 일하는 여성": split by sex)
        whole_here = any(p.unit == "count" and p.end <= start for p in sv.quantities)
        return not self._works(after) or (self._counted_back == 1 and not whole_here)

    def _placed_after(self, sv: SentenceView, q: Quantity) -> bool:
        """Is a part given its own place in its clause ("이 중 500여 명이 선양과 단둥의
        식당에서 일하고 있다")? Then the group is split by destination."""
        text = self.view.text
        comma = text.find(",", q.end, sv.end)
        end = min(sv.end, q.end + 30, comma if comma >= 0 else sv.end)
        named = [
            p for p in sv.places if q.end <= p.start < end and p.kind not in ("dprk", "abroad")
        ]
        codes = {c for p in named for c in p.codes} - self.cues.never_destinations
        last = self._last_worker  # not the whole's own country
        if codes and last is not None and codes == set(last.destinations):
            # "러시아 극동에 3천 명 … 가운데 2천 명은 연해주에": a region the whole did not name
            return any(  # placed there ("연해주에,"), not a workplace's ("울란바토르의 건설 현장")
                p.kind in ("city", "subdivision")
                and p.text not in last.evidence.sentence
                and _PLACED_AT.match(text, p.end) is not None
                for p in named
            )
        return bool(codes) and codes != (set(last.destinations) if last else set())

    def _gone_part(self, sv: SentenceView, q: Quantity, whole: str | None = None) -> bool:
        """Is a part told as moved apart from its group (of status ``whole``, else the last
        claim's): gone home ("이 가운데 3천여 명은 이미 귀국했다") or already sent from a
        planned group ("이 가운데 1천500명은 이미 파견됐다")? Then the group is split by
        status (spec)."""
        status = self._predicate_status(sv, q)
        whole = whole or (self._last_worker.status if self._last_worker else None)
        if whole is None or status == whole:
            return False
        # ... or chosen and trained from a planned group ("이 가운데 1천200명은 이미 선발을 마치고")
        return (
            status == "repatriated"
            or (status in ("dispatched", "recruiting") and whole == "planned")
            # "그중 30명은 아직 돌아오지 못했다": a part still there of a group sent or gone home
            or (
                status in ("present", None)
                and whole in ("dispatched", "repatriated")
                and self.rules.stayed_after.match(self.view.text, q.end, sv.end) is not None
            )
        )

    def _works(self, after: str) -> bool:
        """Is the figure named as the part that works ("8천 명이 취업 목적")?"""
        return self.rules.member_work_after.search(after.split(",")[0][:AFTER]) is not None

    def _of_others(self, sv: SentenceView, q: Quantity) -> bool:
        """A figure in brackets after a place or a non-DPRK group counts those people
        ("중국(4천210명)", "외국 노동자(90개국, 9천870명)"), unless the sentence is about
        DPRK workers named before it ("북한 노동자는 중국(약 5만 명)과 러시아(…)에")."""
        text = self.view.text
        opening = text.rfind("(", sv.start, q.start)
        if opening < 0 or q.start - opening > 20 or text.find(")", opening, q.start) >= 0:
            return False
        word = text[max(sv.start, opening - 12) : opening]
        if self.rules.excluded.search(word):
            return True
        if not any(p.end == opening and p.kind != "dprk" for p in sv.places):
            return False
        workers = self.rules.workers.search(text, sv.start, opening)
        ours = workers and any(p.kind == "dprk" and p.end <= workers.start() for p in sv.places)
        return not ours or self.rules.excluded.search(text, sv.start, sv.end) is not None

    def _topic_others(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the sentence's topic ("X은/는") before a bare figure people who are not the
        workers (a delegation, defectors, tourists), with no worker noun since?"""
        text = self.view.text
        topic = _TOPIC.search(text, sv.start, q.start)
        if topic is None:
            return False
        phrase = text[sv.start : topic.end()]
        return (
            self.rules.excluded.search(phrase) is not None
            and self.rules.work_purpose.search(phrase) is None  # "취업 목적 입국자는 900명"
            and self.rules.workers.search(text, sv.start, q.start) is None
        )

    def _others_whole(self, start: int, end: int) -> bool:
        """Is a figure a part of people who are not workers, named as its whole before it
        ("탈북민 가운데 … 일했던 여성이 150명"), with no DPRK word or work purpose since?"""
        text = self.view.text
        found = max(
            self.rules.excluded_among.finditer(text, start, end),
            key=lambda m: m.start(),
            default=None,
        )
        if found is None:
            return False
        return not (
            self.rules.dprk_word.search(text, found.end(), end)
            or self.rules.work_purpose.search(text, found.end(), end)
        )

    def _head(self, before: str, after: str) -> str | None:
        """The kind of the noun nearest the figure: worker, people, military or None."""
        best: tuple[int, str] | None = None
        for kind, rx in (
            ("military", self.cues.military),
            ("worker", self.cues.worker_nouns),
            ("people", self.cues.people_nouns),
        ):
            for m in rx.finditer(before):
                gap = before[m.end() :]
                distance = len(gap) + (0 if gap.strip() in ("", "들", "들은", "들이") else 2)
                if best is None or distance < best[0]:
                    best = (distance, kind)
            found = rx.search(after)
            if found is not None and (best is None or found.start() < best[0]):
                best = (found.start(), kind)
        if best and best[1] == "worker" and self.rules.affiliated.search(before):
            return "military"  # "해커 조직 소속 인력 수백 명": a unit's people
        return best[1] if best else None

    # --- status, sector, period ----------------------------------------------------------
    def _status(self, sv: SentenceView, q: Quantity) -> str:
        text = self.view.text
        prior = [p for p in sv.quantities if p.end <= q.start and p.unit == "count"]
        if prior and _EACH_LIST.match(text, prior[-1].end, q.start):
            return self._status(sv, prior[-1])  # "각각 100여 명과 300여 명": one predicate
        start = prior[-1].end if prior else sv.start
        before = text[max(start, q.start - 40) : q.start]
        found = [  # the form nearest the noun, the longest there ("새로 파견된" over "파견된")
            (m.end(1), len(m.group(1)), -k, status)
            for k, (status, rx) in enumerate(self.rules.adnominal.items())
            # not the whole's ("돌아온 노동자 가운데 600명을 … 보낼 예정"): the part's own verb
            if (m := rx.search(before)) and not _PART_AFTER.search(before, m.end(1))
        ]
        if found:
            status = max(found)[3]
            if (
                status == "present"
                and _SENT.search(before)
                and (
                    self._cumulative(sv, q)
                    or self.rules.sent_since.search(text, sv.start, q.start) is not None
                )
            ):  # "2017년 이후 보낸 노동자가 누적 5만 명", "올해 들어 … 보낸 노동자는": a flow
                return "dispatched"
            predicate = self._predicate_status(sv, q)
            if predicate in _LATER_THAN.get(status, ()):
                # "보낼 노동자 3천 명을 선발했다": being selected; "선발된 200명이 출국했다": gone
                return predicate  # type: ignore[return-value]
            if (
                status == "present"
                and predicate in ("repatriated", "planned")
                and _OBJECT.match(text, q.end)
            ):  # "남아 있는 노동자 1천 명을 돌려보내기로 했다": what is done to those there
                return predicate  # type: ignore[return-value]
            return status
        stock = self.rules.stock_after.match(text, q.end)
        worker = self._last_worker
        if stock and "보다" in stock.group(0) and worker and worker.status == "dispatched":
            return "dispatched"  # "지난해 같은 기간 700명보다": compared with a flow, a flow
        if stock or self.rules.among_after.match(text, q.end, sv.end):
            return "present"  # "3만 명이던", "전년(3만 명)보다", "1천 명 가운데": a level
        if self.rules.year_before.search(before) and _SERIES_AFTER.match(text, q.end):
            return "present"  # "2016년 3만 4천 명, 2017년 3만 명, …": a series of levels
        nouns = [
            (m.end(), s)
            for s, rx in self.rules.status_nouns
            if (m := rx.match(text[q.end : sv.end]))
        ]
        if nouns:  # "1만 명 파견 계획": the headline noun right after the figure
            end, status = max(nouns)
            if self.rules.planned_after.match(text[q.end + end : q.end + end + 8]):
                return "planned"  # "5천명 추가 파견 예정": the noun is planned
            return status
        if (
            _PASSED_IN.search(text, q.start, q.end) and _FUTURE.match(text, q.end)
        ) or _PASS_TO_COME.match(text, q.end):
            return "planned"  # "1만 명을 넘어설 것으로 보인다", "1만 명 넘을 듯": a level to come
        if _REACHED_IN.search(text, q.start, q.end):  # the figure's qualifier took the verb
            return "planned" if _FUTURE.match(text, q.end) else "present"  # "5만 명까지 늘어날 수"
        if self.rules.level_left.match(text, q.end, sv.end):
            return "present"  # "지난해 1천800명 안팎에서 크게 줄었다": the level before, a stock
        if level := self.rules.level_reached.match(text, q.end, sv.end):
            if _FUTURE.match(text, level.end()):
                return "planned"  # "3천 명 이상으로 늘어날 것": a level to come
            return "present"  # "3만 명으로 늘었다": the level reached, a stock
        later = [p for p in sv.quantities if p.start >= q.end and p.unit == "count"]
        if later and self.rules.level_after.match(text[q.end : later[0].start]):
            gap = text[q.end : later[0].start]
            if len(gap) < 40 and "," not in gap:
                return "present"  # one end of "A에서 B로": a stock
        predicate = self._predicate_status(sv, q)
        if predicate:
            return predicate
        head = text[max(sv.start, text.rfind("…", sv.start, q.start) + 1) : q.start]
        if _BARE_SENT.match(text, q.end):
            head = ""  # "…외화벌이…'의사 수백 명 파견'": the headline's noun, told in the body
        last: tuple[int, str] | None = None
        for status, rx in self.rules.statuses:
            for m in rx.finditer(head):
                if last is None or m.end() > last[0]:
                    last = (m.end(), status)
        if last is not None:
            return last[1]
        if prior and self.rules.member_before.search(text, prior[-1].end, q.start):
            return self._status(sv, prior[-1])  # "입국한 … 1만3천명으로, 이 가운데 8천명"
        if self.rules.decided.search(text, q.end, sv.end):
            return "planned"  # "500명을 고용하는 대가로 … 지급하기로 했다": a deal
        self._defaulted = True
        return self.cues.default_status

    def _predicate_status(self, sv: SentenceView, q: Quantity) -> str | None:
        """The status of the nearest status verb after the figure; a verb followed by a
        plan ("돌려보내기로 했다", "송환할 예정") is planned."""
        text = self.view.text
        end = text.find("…", q.end, sv.end)  # a headline's ellipsis ends the figure's clause
        end = sv.end if end < 0 else end
        part = next((p for p in sv.quantities if p.start >= q.end and p.unit == "count"), None)
        if part and part.start < end and self.rules.member_before.search(text, q.end, part.start):
            end = part.start  # "700명이 있지만 이 중 200명은 귀국한다": the part's own verb
        contrast = _CONTRAST.search(text, q.end, end)
        if contrast:  # "500명이 넘었지만 … 절반 이상이 돌아갔다": the next clause is another's
            end = contrast.start()
        best: tuple[int, int, str, int] | None = None
        for status, rx in self.rules.statuses:
            m = self.view.search_ahead(rx, q.end, end)  # one scan for a sentence's figures
            if m and (best is None or (m.start(), -len(m.group(0))) < best[:2]):
                best = (m.start(), -len(m.group(0)), status, m.end())
        if best is None:
            return None
        if best[2] != "planned" and self.rules.planned_after.match(text, best[3], sv.end):
            return "planned"
        if (
            best[2] == "dispatched"
            and not _PAST.search(text, best[0], best[3] + 1)
            and not _ONGOING.match(text[best[0] : best[3] + 4].replace(" ", "")[-6:])
            and self.rules.now.search(text, sv.start, q.start)
        ):
            return "present"  # "현재 … 10만 명을 파견해 외화를 벌고 있다": sent, there now
        return best[2]

    def _sector(self, sv: SentenceView, q: Quantity) -> str | None:
        """The sector word nearest the figure within its stretch of the sentence; for a
        figure added to one before it ("… 3천여 명을 보냈고, 추가로 2천 명"), that one's;
        else, when the sentence names no sector at all, a sentence near it that speaks of
        these workers."""
        text = self.view.text
        found = self._stretch_sector(sv, q)
        if found:
            return found
        prior = [p for p in sv.quantities if p.unit == "count" and p.end <= q.start]
        if (
            prior
            and (
                self.rules.additive_before.search(text, prior[-1].end, q.start)
                # the two levels of a change ("1천200명으로, 1천800명에서 줄었다", "60명에서 30명")
                or self.rules.level_left.match(text, q.end, sv.end)
                or self.rules.level_after.match(text[prior[-1].end : q.start])
                # "종업원 60명 가운데 20명을 귀국시켰다": a part keeps the whole's sector
                or _PART_AFTER.match(text, prior[-1].end, q.start)
                # "봉제공장에는 700명 정도가 있지만 이 중 200명은": the part of the figure before
                or self.rules.member_before.search(text, prior[-1].end, q.start)
                # "건설 노동자 300여 명이, 앙골라에는 200명가량이": the next place's item
                or _NEXT_PLACE_ITEM.match(text, prior[-1].end, q.start)
                # '"건설 현장에만 수천 명이 일하고 있다"며 "이곳에서는 … 500명가량이': the
                # place or group of the figure before, referred back to
                or self.cues.same_workers.search(text, prior[-1].end, q.start)
            )
        ):
            return self._stretch_sector(sv, prior[-1])
        if self.rules.replacing_before.search(text, prior[-1].end if prior else sv.start, q.start):
            # "500명의 빈자리는 새로 온 300명이", "이들을 대신할 새 인력 500명": their work
            if prior:
                return self._stretch_sector(sv, prior[-1])
            return self._last_worker.sector if self._last_worker else None
        listed = self._each_list(sv, q)
        if listed and listed[1] is not q and _LIST_NOUN.match(text, listed[1].end):
            # "각각 500명, 300명, 700명가량의 건설 노동자": the noun after the list is every item's
            return self._stretch_sector(sv, listed[1])
        if prior and self.rules.part_before.search(text, sv.start, prior[0].start):
            # "이 중 4천 명 정도가 중국에, 1천 명가량이 러시아에": each part of the group
            return self._last_worker.sector if self._last_worker else None
        if not prior and (
            self.rules.part_before.search(text, sv.start, q.start)
            # "… 조선소에 1,200여 명을 보냈다. … 500명 안팎을 더 보낼 것": more of them
            or self.rules.additive_before.search(text, sv.start, sv.end)
        ):
            # "이 중 선양에만 1천 명", "나머지 3천500명": a part of the IT workers
            return self._last_worker.sector if self._last_worker else None
        if self.view.search_ahead(self.cues.sector_any, sv.start, sv.end):
            return None  # the sentence names a sector, for other figures
        near = self.view.sentences[max(0, sv.index - NEIGHBOURS) : sv.index + NEIGHBOURS + 1]
        if not any(near[0].start <= a < near[-1].end for a in self._anaphors()):
            return None  # no sentence near speaks of these workers
        if self._sectors is None:
            self._sectors = SectorFinder(self.view, self.cues)
        return self._sectors.sector(sv, q)  # a sentence near that speaks of these workers

    def _anaphors(self) -> list[int]:
        """Where the document speaks of a group already named ("이들은"), found once."""
        if self._anaphor_at is None:
            self._anaphor_at = [m.start() for m in self.cues.same_workers.finditer(self.view.text)]
        return self._anaphor_at

    def _sector_included(self, named: list[tuple[int, int, str]], start: int, q: Quantity) -> bool:
        """Do the stretch's sector words all name a part included in the figure ("건설
        노동자를 포함해 2천여 명", "의사를 비롯한 300명")?"""
        found = list(self.rules.inclusive.finditer(self.view.text, start, q.start))
        if not found:
            return False
        return all(end <= found[-1].start() for _, end, _ in named)

    def _stretch_sector(self, sv: SentenceView, q: Quantity) -> str | None:
        """The sector word nearest the figure within its stretch (up to the figures of
        workers before and after it) and its clause ("… 알려진 가운데, 의류도 가공" speaks
        of something else)."""
        counts = [p for p in sv.quantities if p.unit == "count"]
        text = self.view.text
        start, first = sv.start, q
        for p in reversed([p for p in counts if p.end <= q.start]):
            if not (
                _FIGURE_LINK.match(text, p.end, first.start)
                # "조선족 근로자 700명과 북한 노동자 400명이": two groups of one place
                or _GROUP_LINK.match(text, p.end, first.start)
            ):
                start = p.end
                break
            first = p  # "2천 명과 1천 명": a list of figures shares the words before it
        end = min([p.start for p in counts if p.start >= q.end], default=sv.end)
        if end < sv.end and _LIST_AFTER.match(text, q.end, end):
            end = q.end  # "IT 인력 수백 명과 건설 노동자 수천 명": the next one's words
        quoted = list(_QUOTE_BREAK.finditer(text, start, q.start))  # '…"며 "…'
        start = quoted[-1].end() if quoted else start
        quote_end = _QUOTE_BREAK.search(text, q.end, end)
        them = quote_end.end() + text.startswith(('"', "“"), quote_end.end()) if quote_end else 0
        if quote_end and not self.cues.same_workers.match(text, them):
            end = quote_end.start()  # '…1만여 명"이라며 "이들은 건설 현장에': still they
        part = self.rules.part_of.search(text, q.end, end)
        end = part.start() if part else end  # "4천여 명 체류…절반은 건설 현장": a part's sector
        ellipsis = text.find("…", q.end, end)  # "北 노동자 2만~3만 명\"…벌목장에만 4천여 명"
        end = ellipsis if ellipsis >= 0 else end
        if "," in text[start:end]:  # a clause break needs its comma
            breaks = self.rules.clause_break.finditer(text, start, q.start)
            start = max([m.end() for m in breaks] + [start])
            cut = self.rules.clause_break_after.search(text, q.end, end)
            end = cut.start() if cut else end
        best: tuple[int, str] | None = None
        previous: tuple[int, str | None] = (-2, None)
        named: list[tuple[int, int, str]] = []  # every sector word of the stretch
        for m in self.cues.sector_any.finditer(self.view.text, start, end):
            name = m.lastgroup
            if name is None:
                continue
            if m.group(0) in self.rules.sector_heads:
                if m.start() - previous[0] <= 1:
                    name = previous[1] or name  # "수산물 가공 공장": the word before names it
                else:  # a bare "공장" after "수산물 가공 공장" earlier: that factory's
                    name = self._named_head(m.start()) or name
            previous = (m.end(), name)
            named.append((m.start(), m.end(), name))
            distance = q.start - m.end() if m.end() <= q.start else m.start() - q.end
            if best is None or abs(distance) < best[0]:
                best = (abs(distance), name)
        if best and self._sector_included(named, start, q):
            return None  # "건설 노동자를 포함해 2천여 명": a part's trade, the whole has none
        if best and any(  # "건설과 농업 분야": two sectors named together, neither alone
            a[2] != b[2] and _SECTOR_LINK.match(text, a[1], b[0])
            for a, b in pairwise(named)
            if best[1] in (a[2], b[2])
        ):
            return None
        return best[1] if best else None

    def _named_head(self, pos: int) -> str | None:
        """The sector of the last workplace named with its sector word before ``pos``
        ("수산물 가공 공장"): a bare "공장" after it speaks of the same kind."""
        if self._named_heads is None:
            self._named_heads = []
            previous: tuple[int, str | None] = (-2, None)
            for m in self.cues.sector_any.finditer(self.view.text):
                if m.group(0) in self.rules.sector_heads:
                    if m.start() - previous[0] <= 1 and previous[1] is not None:
                        self._named_heads.append((m.start(), previous[1]))
                else:
                    previous = (m.end(), m.lastgroup)
        found = [name for at, name in self._named_heads if at < pos]
        return found[-1] if found else None

    def _cumulative(self, sv: SentenceView, q: Quantity) -> bool:
        """Does the figure total several years ("누적 5만 명", "수십 년간 10만 명")?"""
        counts = [p for p in sv.quantities if p.unit == "count"]
        start = max([p.end for p in counts if p.end <= q.start], default=sv.start)
        end = min([p.start for p in counts if p.start >= q.end], default=sv.end)
        return self.rules.cumulative.search(self.view.text, start, end) is not None

    def _period(self, sv: SentenceView, q: Quantity) -> Period | None:
        years = list(_YEAR.finditer(self.view.text, sv.start, q.start))
        if not years:
            return None
        m = years[-1]
        return Period(start=m.group(1), text=self.view.original(m.start(), m.end()))

    # --- money -------------------------------------------------------------------------
    def _money(self, sv: SentenceView) -> list[Claim]:
        text = self.view.text
        out: list[Claim] = []
        found = [q for q in sv.quantities if q.unit in ("money", "percent")]
        restated = self._restated()
        money = [
            q
            for k, q in enumerate(found)
            if not (q.unit == "money" and self._is_conversion(q, found[:k]))
            and not (q.unit == "money" and self._converts_next(q, found[k + 1 :]))
            and not (q.currency == "KRW" and self._won_restating(sv, q))
            and not (q.unit == "money" and restated.get(q.low or -1, q.currency) != q.currency)
        ]
        previous_end = previous_start = sv.start
        shared: Claim | None = None  # the share a linked percentage continues
        dropped = False  # the money figure before was not labour money
        self._sentence_per = None
        changed = False  # the figure before was a percentage change of the pay named before it
        taken_before = False  # the figure before was claimed as what the state takes
        others_item = False  # the figure before was another nation's workers' pay
        table_row = False  # the sentence is a table written as prose, its heading before it
        for k, q in enumerate(money):
            next_start = money[k + 1].start if k + 1 < len(money) else sv.end
            before = text[previous_end : q.start]
            linked = k and _MONEY_LINK.match(before)
            # "월 1000달러에서 1500달러로", "…, 이 가운데 1억 달러", "한 해 5천 달러, 달로 나누면
            # 400달러": one context with the figure before
            if (
                linked
                or (
                    k
                    and (
                        changed  # "월급은 10% 남짓 오르는 데 그쳐 2천200위안": the pay word's
                        or self.rules.member_before.search(before)
                        or self.rules.computed.search(before[-12:])
                        or _APPOSITION.match(before)  # "수익의 70%인 5만 위안": the same money
                    )
                )
            ):
                before = text[previous_start : q.start]
            else:
                previous_start = previous_end
            if linked and shared is not None and q.unit == "percent":
                shared = self._share_claim(sv, q)  # "비율을 50%에서 70%로": both shares
                out.append(shared)
                previous_end = q.end
                taken_before = False
                continue
            shared = None
            if q.unit == "percent" and _APPOSITION.match(text, q.end, next_start):
                next_start = money[k + 2].start if k + 2 < len(money) else sv.end
            after = _drop_parenthetical(text[q.end : next_start])  # "70%인 5만 위안을 보냈다"
            previous_end = q.end
            changed = q.unit == "percent" and self._changed_pay(sv, q, before, after)
            if (
                (q.currency == "KRW" and (q.high or q.low or 0) < MIN_WON)  # "북한 돈 5만 원
                # 수준으로, 시장 환율로 치면 3달러도": too small for pay, and so its conversion
                or (  # "북한 돈으로는 계획분만 해도 280만 원": North Korean won
                    q.currency == "KRW"
                    and self.rules.north_won.search(_phrase_before(before, 30)) is not None
                )
                or self._not_labour(sv, q, before, after)
                or self._rate_of(money, k, before)
                or (
                    dropped
                    and (
                        self.rules.computed.search(before[-12:] + " " + after[:4])
                        or _DOT_GAP.search(before)  # "환율은 1달러=90루블·7.2위안": one item more
                    )
                )
            ):  # "… 임금이 모두 150만 위안 …, 1인당으로 치면 7천500위안꼴": the same money
                dropped = True
                taken_before = others_item = False
                continue
            dropped = False
            if q.unit == "money" and others_item and _LIST_GAP.match(before):
                continue  # "현지 노동자의 평균 월급은 러시아 10만 루블, 중국 4천 위안": theirs
            if q.unit == "percent":
                took = (  # "바치는 돈은 500~800달러로, 임금의 70~90%": the take as a share
                    taken_before and len(before) <= TAKE_GAP and out[-1].kind == "wage"
                )
                claim = shared = self._share(sv, q, before, after, took)
            else:
                claim = self._amount(sv, q, before, after)
                like = (  # not "…, 중국인 노동자는 180위안": another nation's item
                    out[-1]
                    if k
                    and out
                    and (
                        _LIST_GAP.match(before)
                        or (table_row and _NEXT_ITEM.match(before))
                        or (  # "3천~5천 달러(많게는 월 1만 달러)": a bound of the same money
                            _BRACKET_ITEM.match(before) and q.currency == out[-1].value.currency
                        )
                    )
                    and not self.rules.other_workers.search(before)
                    else None
                )
                heading = self._list_heading(sv, q) if claim is None and k == 0 else None
                if heading is not None:  # "국가별 월급\n- 러시아: 8만~12만 루블": the table's
                    own_per = _per(self.rules, before)  # "▲ 연간 목표: 540만 달러"
                    claim = self._money_claim(sv, q, heading[0], own_per or heading[1], None)
                    table_row = True  # "…, 중국 수산물·봉제 공장이 2천~2천800위안": its rows
                if claim is not None and like is not None and _year_of_month(like, claim):
                    # "1명이 월 5천 달러, 연간으로 6만 달러가량을": the same pay over a year
                    claim = self._money_claim(sv, q, "wage", "year", like.basis)
                if claim is None and like is not None and like.kind in ("wage", "revenue"):
                    # "월급은 중국 1천800위안, 러시아 5만 루블": the next item of the list
                    per = _per(self.rules, before) or like.value.per  # ", 연간으로는 6천 달러"
                    claim = self._money_claim(sv, q, like.kind, per, like.basis)
            others_item = (  # another nation's workers' pay, unclaimed: a list may go on
                q.unit == "money"
                and claim is None
                and self.rules.other_workers.search(_phrase_before(before, 30)) is not None
            )
            taken_before = claim is not None and (
                claim.basis == "state_take"
                or (q.unit == "money" and self.rules.share.search(before[-30:]) is not None)
            )
            if claim is not None:
                _total_per(claim, out, self.rules.total.search(before) is not None)
                if self.rules.level_left.match(after):  # "2억~4억 달러로, 2016년 7억
                    _level_per(claim, out)  # 달러에서 줄었다": a level against a year's
                out.append(claim)
                if claim.kind in ("wage", "revenue"):
                    self._sentence_per = claim.value.per
        return out

    def _not_labour(self, sv: SentenceView, q: Quantity, before: str, after: str) -> bool:
        """Does the clause of a money figure or percentage make it something other than
        labour money: a fee, fine, trade, sales, troops' pay, a piece rate, a change?"""
        own_before, own_after = self._own_clause(before[-30:], after[:30])
        if self._compared_with(sv, q, after) or self.rules.compared_whole.match(after):
            own_after = ""  # "5억 달러 안팎으로 북한 국내총생산(GDP)의 약 1.5%": the whole;
            # "연 2억~3억 달러로 대북 지원 규모를 웃돈다": another whole, compared with it
        if self.rules.remainder.search(own_before):
            own_after = ""  # "남는 2만 루블로 식비와 생필품을": what is left pays for them
        if self.rules.workers_paid.search(own_before) and self.rules.label_given_after.match(after):
            own_after = ""  # "노동자 본인에게는 매달 400위안이 생활비 명목으로 지급됐다"
        clause = self.rules.labor_export.sub(" ", own_before + " " + own_after)
        paid = (  # an amount per person, or paid to the DPRK side, or taken by it
            self.rules.per_person.search(own_before) is not None
            or self.rules.payee_before.search(own_before) is not None
            or self.rules.dprk_subject.search(own_before) is not None  # "인건비 명목으로 북한이"
            or self.rules.share.search(after[:25]) is not None
        )
        if self._excluded(clause, paid) and not self.rules.state_take.search(clause):
            return True  # not "'국가 납부금'과 '숙소 관리비' 명목으로": the state's take too
        if self._for_troops(sv, q, own_before):
            return True  # "병력을 파견한 대가로 수억 달러": paid for troops, not labour
        if q.unit == "money" and self.rules.sales.search(clause):
            return True  # "식당의 하루 매출은 2만 위안": a business's sales
        if q.unit == "money" and (
            self.rules.fee_before.search(self.rules.labor_export.sub(" ", own_before))
            or self.rules.fee_after.match(after)
        ):  # not the price of the labour itself ("인력 사용료는 1인당 월 2천700위안")
            return True  # "진료비 20달러", "5000위안의 과태료": a fee or a cost, not pay
        if self.rules.piece_rate.search(before):
            return True  # "원목 1㎥당 5달러": a piece rate, not pay per period
        if q.unit == "money" and self.rules.worth_after.match(after):
            return True  # "1천500달러어치의 가전", "수백 달러짜리 일감": goods' worth, a price
        if q.unit == "money" and (
            self.rules.price_after.match(after) or self.rules.example_after.match(after)
        ):  # "코스를 1인당 298위안에 판다": a price; "100위안을 바꾸면": an example's amount
            return True
        if q.unit == "money" and (
            self._goods_traded(sv, q)
            or self._in_the_south(sv, q)
            or self._after_defection(sv, q)
            or self._at_home_work(sv, q)
        ):
            return True
        if q.unit == "money" and self._set_apart(sv, q):
            return True  # "노동자 외화벌이와 별도로 … 100만 달러 이상의 과제": not theirs
        if self.rules.denied.search(self.view.text, sv.start, sv.end):
            return True  # "… 한 해 수억 달러를 벌어 … 쓴다는 날조된 주장": a claim denied
        return q.unit == "money" and (
            self.rules.money_change_after.match(after) is not None
            or self.rules.money_increment_after.match(after) is not None  # "100위안을 더"
        )

    def _goods_traded(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the money that of goods traded, named before it in a sentence that names no
        workers, no work and no group of them ("선박 한 척이 석탄 1만t을 실어 나르면 약 100만
        달러의 수입을 올린다")?"""
        text = self.view.text
        return (
            self.rules.goods.search(text, sv.start, q.start) is not None
            and self.rules.workers.search(text, sv.start, sv.end) is None
            and self.rules.work_context.search(text, sv.start, sv.end) is None
            and self.cues.same_workers.search(text, sv.start, sv.end) is None
        )

    def _in_the_south(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the money earned in South Korea: the last place before it in its sentence one
        of the South's, with a locative, and no DPRK word or worker noun between ("탈북민 김
        씨는 지금 경기도의 한 공장에서 일하며 월 230만 원을 받는다")?"""
        text = self.view.text
        found = list(self.rules.south_place.finditer(text, sv.start, q.start))
        if not found:
            return False
        south = found[-1]
        return (
            not any(south.end() <= p.start < q.start and p.codes != ("KR",) for p in sv.places)
            and self.rules.dprk_word.search(text, south.end(), q.start) is None
            and self.rules.workers.search(text, south.end(), q.start) is None
        )

    def _after_defection(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the money of a life after defecting, named earlier in its sentence with no
        place abroad between ("탈북 후 국내 IT 기업에 취업한 그는 지금 연봉 4천800만 원")?"""
        found = list(self.rules.defected.finditer(self.view.text, sv.start, q.start))
        return bool(found) and not any(
            found[-1].end() <= p.start < q.start and p.kind not in ("dprk", "south")
            for p in sv.places
        )

    def _at_home_work(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the money that of a workplace inside the DPRK named before it, in a sentence
        naming no place and no word abroad ("개성공단이 가동되던 시절 … 임금 총액은 연간 1억
        달러 안팎이었다")?"""
        text = self.view.text
        return (
            self.rules.home_workplace.search(text, sv.start, q.start) is not None
            and not any(p.kind not in ("dprk", "south") for p in sv.places)
            and self.rules.abroad_word.search(text, sv.start, sv.end) is None
        )

    @staticmethod
    def _rate_of(money: list[Quantity], k: int, before: str) -> bool:
        """Is the figure the second half of an exchange rate ("1달러에 7.2위안", "1달러당 2만
        원", "1달러=90루블"): a price of one unit of money, not pay?"""
        if not k:
            return False
        p = money[k - 1]
        return (
            p.unit == "money"
            and p.low == 1
            and p.high == 1
            and p.currency != money[k].currency
            and _RATE_GAP.match(before) is not None
        )

    def _compared_with(self, sv: SentenceView, q: Quantity, after: str) -> bool:
        """Do the words after a money figure name the whole it is a percentage or fraction of
        ("연간 5억 달러 안팎으로 북한 국내총생산(GDP)의 약 1.5%에 해당한다"), not what it is?"""
        if q.unit != "money":
            return False
        nxt = next((p for p in sv.quantities if p.start >= q.end), None)
        if nxt is not None and nxt.unit == "percent" and _OF_PERCENT.search(after):
            return True
        # ... or the fraction it is of ("2억5천만 달러 수준으로 가상자산 탈취액의 8분의 1에")
        return _OF_FRACTION.search(after) is not None

    def _changed_pay(self, sv: SentenceView, q: Quantity, before: str, after: str) -> bool:
        """Is the percentage a change of the pay named right before it, with the level it
        reached to follow ("월급은 10% 남짓 오르는 데 그쳐 2천200위안 수준")?"""
        return (
            self.rules.percent_change_after.match(after) is not None
            and self.cues.wage.search(before[-12:]) is not None
            and self.rules.clause_end.search(before[-12:]) is None
        )

    def _for_troops(self, sv: SentenceView, q: Quantity, own_before: str) -> bool:
        """Is the money the troops' ("병력을 보낸 대가로 수억 달러")? Troops named in its
        clause without workers, or before it in a sentence that names no workers ("북한군
        1만 명당 월 2천 달러씩 … 지급될 경우 연간 2억4천만 달러")."""
        if self.rules.troops.search(own_before):
            return not self._uncompared_workers(own_before, 0, len(own_before))
        text = self.view.text
        return (
            self.rules.troops.search(text, sv.start, q.start) is not None
            or self.rules.arms.search(text, sv.start, q.start) is not None
        ) and not self._uncompared_workers(text, sv.start, sv.end)  # "탄약을 보내고 최대
        # 55억 달러를 받았을": the arms trade's

    def _set_apart(self, sv: SentenceView, q: Quantity) -> bool:
        """Are the workers named before the figure in its sentence only as what it is set
        apart from ("대사관은 노동자 외화벌이와 별도로 한 해에 100만 달러 이상의 과제를")?"""
        text = self.view.text
        worker = self.rules.workers.search(text, sv.start, q.start)
        if worker is None or self.rules.workers.search(text, q.end, sv.end):
            return False
        while worker:
            if not self.rules.set_apart_after.match(text[worker.end() : q.start]):
                return False
            worker = self.rules.workers.search(text, worker.end(), q.start)
        return True

    def _uncompared_workers(self, text: str, start: int, end: int) -> bool:
        """Are workers named in ``text[start:end]`` other than as a whole the figure is
        compared with ("병력을 보낸 대가로 받은 돈은 노동자 외화벌이의 10배가 넘는 수십억
        달러": the troops' money)?"""
        worker = self.rules.workers.search(text, start, end)
        while worker and self.rules.comparison_after.match(text[worker.end() : end]):
            worker = self.rules.workers.search(text, worker.end(), end)
        return worker is not None

    def _excluded(self, clause: str, paid: bool = False) -> bool:
        """Does an excluding word (a fee, a fine, trade, aid ...) name the clause's money?
        One followed by a person or place suffix is a person ("지원자", "투자자"); a
        contract or labour cost ``paid`` per person or to the DPRK side is pay ("노동자
        1인당 매달 2천800위안을 주기로 계약했는데")."""
        return any(
            not _PERSON_AFTER.match(clause, m.end())
            and not (paid and m.group(0) in self.rules.contract_words)
            and not (
                m.group(0) in self.rules.word_initial
                and m.start() > 0
                and "가" <= clause[m.start() - 1] <= "힣"
            )
            for m in self.cues.money_exclusions.finditer(clause)
        )

    def _own_clause(self, before: str, after: str) -> tuple[str, str]:
        """The words around a figure within its own clause: those before the last clause
        ending before it ("숙식비를 빼고도 매달 400달러") and after the first one after it
        belong to other clauses."""
        ends = list(self.rules.clause_end.finditer(before))
        if ends:
            before = before[ends[-1].end() :]
        end = self.rules.clause_end.search(after)
        quoted = _QUOTE_CLOSED.search(after)  # "500달러 남짓\"이라며 \"… 브로커가": the
        if quoted and (end is None or quoted.start() < end.start()):  # quote ends the clause
            end = quoted
        after = after[: end.start() + 1] if end else after
        verb = self.rules.own_verb_end.match(after)  # "2억 달러 이상을 벌어 핵·미사일 개발에
        after = after[: verb.end()] if verb else after  # 쓰고": its own verb ends the clause
        after = after.split(",", 1)[0]  # "연간 5억 달러로, 석탄 수출액의": a comma ends it
        after = _NOMINAL_END.split(after, 1)[0]  # "3억 달러로 늘어난 것이 환율 안정에": so
        # does a clause made a noun for another predicate
        after = self.rules.bullet.split(after, 1)[0]  # "… 70% ▲북중 교역액": so does a bullet
        before = self.rules.bullet.split(before)[-1]
        if (
            self.rules.clause_end_start.match(after)
            or _LIST_LINK.match(after)
            or _SUM_LINK.match(after)
            or _DEDUCTED_FROM.match(after)
        ):
            after = ""  # "2500위안 정도인데, 숙식비를": the figure's word took the ending's
            # stem; "계획분 700달러와 숙식비를": the next item of a list is not this one
        part = _PART_AFTER.search(after)  # "월급 800달러 가운데 숙식비": a part named next
        return before, after[: part.start()] if part else after

    def _restated(self) -> dict[float, str | None]:
        """Values given in brackets as another currency's form of a money figure
        ("350만 달러(47억)"), with that figure's currency: the same value elsewhere in
        the document in another currency ("매달 47억원") is the same amount."""
        if self._restated_values is None:
            text = self.view.text
            found: dict[float, str | None] = {}
            for sv in self.view.sentences:
                for q, p in pairwise(sv.quantities):
                    if q.unit != "money" or p.unit not in ("money", "number") or not p.low:
                        continue
                    if p.currency != q.currency and self.rules.open_bracket.match(
                        text, q.end, p.start
                    ):
                        found[p.low] = q.currency
            self._restated_values = found
        return self._restated_values

    def _is_conversion(self, q: Quantity, earlier: list[Quantity]) -> bool:
        """Is ``q`` a conversion of the money figure right before it ("(약 110만원)",
        "1000달러, 한화 약 110만원")?"""
        text = self.view.text
        for p in reversed(earlier):
            if p.unit != "money" or p.currency == q.currency:
                continue
            gap = text[p.end : q.start]
            if any(
                w in self.rules.each_of_list
                for w in text[max(0, p.start - 8) : p.start].split()[-2:]
            ):
                return False  # "각각 600달러, 1천500위안을": a list, one amount each
            return len(gap) <= 12 and self.rules.conversion_gap.match(gap) is not None
        return False

    def _converts_next(self, q: Quantity, later: list[Quantity]) -> bool:
        """Is the won figure ``q`` the conversion of the figure right after it ("우리 돈
        60만 원가량인 500달러")?"""
        p = later[0] if later else None
        if p is None or p.unit != "money" or p.currency == q.currency:
            return False
        if p.currency == "USD" and self.rules.dollars_next.match(self.view.text, q.end, p.start):
            return True  # "150만 투그릭, 미화로 약 450달러": the dollar form follows
        return (
            q.currency == "KRW" and _CONVERTS_NEXT.match(self.view.text, q.end, p.start) is not None
        )

    def _won_restating(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the won figure ``q`` put in won ("한화로 수천억원") after money in another
        currency earlier in the document: a restatement, not a figure of its own?"""
        text = self.view.text
        if not self.rules.won_restating.search(text, max(0, q.start - 24), q.start):
            return False
        earlier = [
            p
            for s in self.view.sentences[: sv.index + 1]
            for p in s.quantities
            if p.unit == "money" and p.currency not in (None, "KRW") and p.end <= q.start
        ]
        return bool(earlier) and (
            any(self._won_of(q, p) for p in earlier)
            or _REFERS_BACK.search(text, sv.start, q.start) is not None  # "이를 모두
        )  # 합치면 한화로 수천억원": what the money before adds up to, put in won

    def _won_of(self, q: Quantity, p: Quantity) -> bool:
        """Could the won figure ``q`` be ``p`` put in won: its size within ``p``'s at the
        rates of ``won_rates`` (any size for a currency without one)? Not "300~500달러 …
        우리 돈으로 수조 원": another, far larger sum."""
        rate = self.rules.won_rates.get(p.currency or "USD")
        p_low, p_high = p.low or p.high or 0, p.high or p.low or 0
        q_low, q_high = q.low or q.high or 0, q.high or q.low or 0
        if rate is None or not (p_high and q_high):
            return True
        return q_low <= p_high * rate[1] and q_high >= p_low * rate[0]

    def _money_kind(
        self, sv: SentenceView, q: Quantity, before: str, after: str, per: str | None
    ) -> str | None:
        """'wage' (one worker's pay or take), 'revenue' (the state's total) or None."""
        near_before, near_after = before[-25:], after[:20]
        if self.rules.dollars_next.search(before):  # "임금이 … 월 40만 원 남짓, 달러로 치면
            near_before = before[-50:]  # 300달러": the dollar form keeps the won one's words
        text = self.view.text
        limit = _PERSONAL.get(q.currency or "USD", 100_000)
        if per is None and self._several_years_before(sv, q):
            limit *= STAY_YEARS  # "5년 동안 번 돈이 모두 2만 달러쯤": one worker's whole stay
        personal = (q.high or q.low or 0) < limit
        each = self.rules.distributive.match(after)  # "매달 100달러씩": per person
        own = _phrase_before(before, 25)  # near_before from its last clause mark
        other = self.rules.other_workers.search(own)
        if (
            other
            and not self.rules.comparison_after.match(own[other.end() :])
            and not self.rules.dprk_subject.search(own, other.end())  # "러시아 노동자들을
            # 통해 북한이 벌어들인 돈": the workers in Russia, the DPRK's
            and not self.rules.others_not_theirs.match(own, other.end())  # "… 송출", "인력업체"
            and not self._handed_over(sv, q.start - len(own) + other.start())
        ):
            return None  # "중국 노동자의 월급은 5천 위안": another nation's pay
        if self._theirs(sv, q):
            return None  # "… 베트남 노동자는 1만2천여 명이다. 이들의 월평균 임금은": theirs
        person = self.rules.per_person.search(near_before)
        if self._restating_kind and not person:  # "이를 달러로 환산하면 약 600만 달러": the
            return self._restating_kind  # same amount ("1인당으로 환산하면": one worker's)
        unit = self.rules.unit_money.search(_phrase_before(before, 40))
        if unit and not (person and person.start() > unit.start()):
            return "revenue"  # "식당마다 해마다 10만 달러씩": a workplace's, from many workers
        if personal and self.rules.remainder.search(before):
            return "wage"  # "과제금을 내고 남은 500위안으로": what remains to the worker
        if person or (each and personal) or self._person_clause(before):
            return "wage"
        if each:  # "회사들에 한 해 수백만 달러씩": a large sum from each unit, not one's pay
            return "revenue"
        if (
            self.cues.wage.search(near_before)
            or self.cues.wage.search(text[q.core_end : q.end] + near_after)  # "…도 안 남았다":
            or self._wage_topic(sv, q)  # the verb inside the qualifier's words
        ):
            if personal and self._pay_elsewhere(sv, q):
                return None  # "러시아의 월평균 임금은 7만 루블": the country's pay
            return "wage" if personal else "revenue"  # "임금으로 연간 5억 달러": the total
        taken = (
            self.rules.share.search(near_after)
            or self.rules.share.search(own[-10:])  # "국가계획분 6만 루블", "충성자금만 한 해"
            or self.rules.state_take.search(own)  # "'계획분'도 같은 기간 월 200달러에서"
        ) or (
            self.rules.payee_before.search(own) and self.rules.paid_after.match(after)
        )  # "북한 회사에 매달 500만 루블을 지급했다": paid to the state's side
        taken = taken or self.rules.paid_before.search(own)  # "북한 측에 보낸 인건비는"
        if taken:  # "2천 위안을 충성자금으로 내야": what one worker must hand over
            return "wage" if personal else "revenue"  # "해마다 1억 달러를 바친다": all
        if (
            personal
            and self.rules.employer_gives.search(own)
            and self.rules.give_after.match(after)
        ):
            return "wage"  # "한 달 일하면 회사에서 400달러를 주는데": what the employer pays one
        if self.rules.workers_paid.search(own) and self.rules.paid_after.match(after):
            return "wage" if personal else "revenue"  # "노동자 85명에게 모두 204만 위안을 지급"
        workers = (  # named, or spoken of as the group already named ("이들은"), or people
            # said to work ("북한인들도 실제로는 건설 현장에서 일하며")
            self.rules.workers.search(text, sv.start, sv.end) is not None
            or self.cues.same_workers.search(text, sv.start, sv.end) is not None
            or (
                self.cues.people_nouns.search(text, sv.start, sv.end) is not None
                and self.rules.work_context.search(text, sv.start, sv.end) is not None
            )
        )
        if personal and per == "month" and (workers or self._workers_before(sv)):
            return "wage"  # "노동자들은 월 500달러를 번다": one worker's month; the answer to
            # a question naming them ("… 임금 수준은? / 월 600~800달러 수준이고")
        if (
            personal
            and self.rules.receive_after.match(after)
            and (workers or self._workers_before(sv))
        ):  # "북한 노동자는 2천 위안을 받는다": what a worker is paid; "… 노동자들은 …
            return "wage"  # 전했다. 소식통은 \"현지에 가면 월 8만 루블을 받지만": the same
        if self.rules.labor_export.search(own):  # "북한 회사에 주는 노동력 대금은 한 해
            return "wage" if personal else "revenue"  # 1천만 위안": the price of labour
        if not workers and self._whole_income(sv):
            return None  # "북한의 지난해 외화 수입을 약 25억 달러로": not labour's alone
        if (
            self.rules.firm_quota.search(own)
            and self.rules.workers.search(text, sv.start, q.start) is None
        ):  # "북한 회사가 … 내려보낸 외화벌이 계획은 500만 달러": a firm's quota (not "노동자
            return None  # 300명을 내보내면서 한 해 외화 계획으로": the workers' takings)
        income = workers and self.rules.income.search(text, sv.start, q.start) is not None
        if (
            income
            or self.cues.revenue.search(text, sv.start, sv.end)
            or self._asked_before(sv)
            or self._scale_referred(sv, before)
        ):
            employer = self.rules.other_employers.search(before[-30:])
            if employer and not self.rules.passing_after.match(before[-30:][employer.end() :]):
                return None  # "러시아 업체는 매출 8억 루블": the employer's takings
            if personal and (per in ("month", "day") or (per in ("year", None) and workers)):
                return "wage"  # "한 달 1천500위안을 받는데", "한 해 약 2만 위안을 벌지만",
                # "… 번 돈 가운데 집에 가져온 건 3천 달러": no state earns that little
            return "revenue"
        if (
            not personal
            and (workers or self._workers_before(sv))  # "노동자를 2만 명으로 잡자. 한 명이
            and self.rules.reckoned.search(text, sv.start, q.start)  # … 600달러로 보면, 한
        ):  # 달에 1천200만 달러": reckoned from the workers named just before
            return "revenue"  # "노동자를 10만 명으로 잡으면 연간 7천만 달러": all of it
        if personal and self._asked_pay_before(sv):
            return "wage"  # "― 한 달에 얼마를 받았나. / \"1천200달러로 돼 있었는데": the answer
        return None

    def _workers_before(self, sv: SentenceView) -> bool:
        """Does the sentence before name workers?"""
        if sv.index == 0:
            return False
        prev = self.view.sentences[sv.index - 1]
        return self.rules.workers.search(self.view.text, prev.start, prev.end) is not None

    def _whole_of_part(self, sv: SentenceView, q: Quantity, after: str) -> bool:
        """Is the figure a whole whose part, named next, is the first to name workers ("외화벌이
        목표를 10억 달러로 잡고, 이 가운데 3억 달러를 해외 파견 노동자들에게")?"""
        text, cut = self.view.text, q.end + len(after)
        if not self.rules.member_before.search(after):
            part = _MEMBER.search(after)  # "18억 달러로 추산하고, 이 가운데 해외 노동자 송금을
            if part is None or after[part.end() :].count(" ") > 4:  # 5억~6억 달러로": a
                return False  # part a few words on, whose own words name the workers
            cut = q.end + part.start()
        named = (self.rules.workers, self.cues.same_workers)
        return not any(rx.search(text, sv.start, cut) for rx in named) and any(
            rx.search(text, cut, sv.end) for rx in named
        )

    def _list_heading(self, sv: SentenceView, q: Quantity) -> tuple[str, str] | None:
        """The kind and period of the money of a list item that names no money word of its
        own, from the heading line above the list ("해외 北 노동자 국가별 월급" over "- 러시아:
        8만~12만 루블"): pay (wage or revenue by its word), or what the state takes (a wage
        or revenue by its size, "월별 계획분"), when the heading gives no figure."""
        text = self.view.text
        if not self.rules.list_item.match(text, sv.start, sv.end):
            prose = sv.index > 0 and self.rules.table_heading.search(  # "월 임금도 지역별로
                text,
                self.view.sentences[sv.index - 1].start,
                sv.start,  # 정리했다. 러시아
            )  # 건설 현장이 700~900달러, …": a table written as prose
            if not prose:
                return None
        for prev in reversed(self.view.sentences[: sv.index]):
            if self.rules.list_item.match(text, prev.start, prev.end):
                continue
            if any(p.unit == "money" for p in prev.quantities):
                return None
            heading = text[prev.start : prev.end]
            per = _per(self.rules, heading)
            if self.cues.wage.search(heading):
                return "wage", per or "month"
            if self.cues.revenue.search(heading) and self.rules.work_context.search(heading):
                return "revenue", per or "year"
            if self.rules.state_take.search(heading):
                personal = (q.high or q.low or 0) < _PERSONAL.get(q.currency or "USD", 100_000)
                return ("wage", per or "month") if personal else ("revenue", per or "year")
            return None
        return None

    def _whole_income(self, sv: SentenceView) -> bool:
        """Does a sentence naming no work speak of the DPRK's foreign income as a whole?"""
        text = self.view.text
        return (
            self.rules.whole_income.search(text, sv.start, sv.end) is not None
            and self.rules.work_context.search(text, sv.start, sv.end) is None
        )

    def _person_clause(self, before: str) -> bool:
        """Does the figure's clause, further back, name one person ("IT 노동자 한 명이
        해외에서 벌어들이는 돈이 많게는 한 해 30만 달러")?"""
        return self.rules.per_person.search(_phrase_before(before, 45)) is not None

    def _handed_over(self, sv: SentenceView, start: int) -> bool:
        """Do the workers named at ``start`` in a sentence that names no DPRK word hand part
        of their pay to the state ("러시아 건설 노동자가 받는 돈은 700달러지만, 국가 계획분
        500달러를 떼고"): they are the DPRK's, not the host nation's. A hand-over before
        them is another group's ("충성자금으로 … 내라는 지시"며 "중국인 노동자 월급은")."""
        text = self.view.text
        return (
            self.rules.dprk_word.search(text, sv.start, sv.end) is None
            and self.rules.state_take.search(text, start, sv.end) is not None
        )

    def _theirs(self, sv: SentenceView, q: Quantity) -> bool:
        """Does "이들" before the figure speak of another nation's workers, named in the
        sentence before without the DPRK, or of officials or troops named there without
        workers ("무역일꾼 30여 명이 소환됐다. 이들은 외화 과제 100만 달러를")?"""
        text = self.view.text
        anaphors = list(self.cues.same_workers.finditer(text, sv.start, q.start))
        if anaphors and self._others_then_anaphor(text[sv.start : anaphors[-1].start()]):
            return True  # "타지키스탄 출신 노동자들도 … 일하는데, 이들은 한 달에 13만 루블을"
        if sv.index == 0 or self.rules.workers.search(text, sv.start, sv.end):
            return False
        if not anaphors:
            return False
        prev = self.view.sentences[sv.index - 1]
        others = [m.span() for m in self.cues.military.finditer(text, prev.start, prev.end)]
        workers = [  # "무역일꾼" names officials, not the "일꾼" inside it
            m
            for m in self.cues.worker_nouns.finditer(text, prev.start, prev.end)
            if not any(a <= m.start() < b for a, b in others)
        ]
        if others and not workers:
            return True
        return not any(p.kind == "dprk" for p in sv.places) and self._foreign_workers(prev)

    def _others_then_anaphor(self, head: str) -> bool:
        """Are the workers named last before an anaphor in its own sentence (``head``: the
        words before it) another nation's, with no DPRK word anywhere before it?"""
        found = [  # not "폴란드 인력업체를 거쳐 이들에게": a business
            m
            for m in self.rules.other_workers.finditer(head)
            if not self.rules.others_not_theirs.match(head, m.end())
        ]
        return (
            bool(found)
            and self.rules.dprk_word.search(head) is None
            and self.rules.workers.search(head, found[-1].end()) is None
        )

    def _pay_elsewhere(self, sv: SentenceView, q: Quantity) -> bool:
        """Does the figure's clause speak of pay in a place without the DPRK, its workers,
        work or an anaphor for them ("러시아의 월평균 임금은 …이지만, 북한 노동자들은")?
        Pay someone received ("러시아에서 월 600달러를 받았는데") or handed to the state
        ("… 국가에 바쳤다") is a person's."""
        text = self.view.text
        received = any(  # "월 600달러를 받았는데 손에 남는 것은 100달러"
            p.unit == "money" and self.rules.receive_after.match(text[p.end : sv.end])
            for p in sv.quantities
        )
        cut = self.rules.clause_end.search(text, q.end, sv.end)
        end = cut.end() if cut else sv.end  # the figure's clause
        if self.rules.given_pay.search(text, sv.start, q.start):
            return False  # "중국 업체들이 주는 월급은": an employer's pay to its workers
        return (
            not received
            and self.rules.share.search(text, sv.start, sv.end) is None
            and not any(p.kind == "dprk" for p in sv.places if p.start < end)
            and any(p.kind != "dprk" for p in sv.places)
            and (
                (
                    self.rules.workers.search(text, sv.start, end) is None
                    and self.rules.work_context.search(text, sv.start, end) is None
                )  # "중국 … 취업자의 평균 연봉은": an average of workers none of the DPRK's
                or (
                    self.rules.dprk_word.search(text, sv.start, sv.end) is None
                    and self.rules.average.search(text, sv.start, q.start) is not None
                )
            )
            and self.cues.same_workers.search(text, sv.start, end) is None
        )

    def _amount(self, sv: SentenceView, q: Quantity, before: str, after: str) -> Claim | None:
        near_after = after[:20]
        per = _per(self.rules, before[-25:])
        referred = self._referred(sv, before)
        if referred is not None:  # "… 8천 달러의 상납금을 … 이 금액이 1만2천 달러에": the same
            per = per or referred.value.per  # kind of money, for other workers
            return self._money_claim(sv, q, referred.kind, per, referred.basis)
        kind = self._money_kind(sv, q, before, after, per) or self._computed_kind(sv, before)
        earlier = self._continued(sv, q, after) if kind is None else None
        if earlier is not None:  # "지난해까지는 300위안이었다": the amount before, earlier
            kind, per = earlier.kind, per or earlier.value.per
        if kind is None or (kind == "revenue" and self._whole_of_part(sv, q, after)):
            return None
        # "…누적 20억 달러": a running total, of no period
        running = self.rules.cumulative.search(before[-25:]) is not None
        if (
            per is None
            and kind == "revenue"
            and not running
            and (
                self._one_year(sv, q, before)
                or self._sentence_per == "year"
                or self._part_of_year_before(sv, q)
            )
        ):  # "북한은 지난해 … 1억 달러를 벌었다": that year's takings; "한 해 수천 달러이니,
            per = "year"  # … 적어도 수천만 달러": the year of the pay before it
        if per is None and kind == "revenue" and not running:
            per = self._list_per(sv, q)  # "해킹으로 한 해 10억 달러 이상, …, 그리고 노동자
            # 송출로 수억 달러다": the period of the list's first item
        if per == "day":
            per = None  # "일당 2천 루블": pay, but neither monthly nor yearly
        elif per is None and kind == "wage" and self._several_years_before(sv, q):
            per = None  # "5년 동안 번 돈이 …, 집에 가져온 건 3천 달러": the whole stay's
        elif (
            per is None
            and kind == "wage"
            and self.rules.month_span.search(self.view.text, sv.start, q.start)
        ):
            per = None  # "석 달 동안 바다에서 지내며 1인당 30만 루블": the span's
        elif per is None and kind == "wage" and self.rules.one_off.search(after[:20]):
            per = None  # "1인당 1천 위안을 추가로 걷었다", "…의 충성자금이 한 차례": once
        elif per is None and kind == "wage" and self.rules.saved_after.match(after):
            per = None  # "1인당 평균 1만 위안이 넘는 돈을 모았다": the sum saved
        elif per is None and kind == "wage" and self._rate_before(sv, q):
            per = None  # "러시아 인부들은 일당 5천 루블을 받는데, 북한 사람들은 3천 루블이면"
        elif per is None and kind == "wage":
            per = (
                self._sentence_per
                or self._computed_per(sv, before)
                or ("year" if self._quota_of_year(before, after) else None)
                or self._year_span_before(sv, q)
                or "month"
            )  # "연 2만 위안 벌어 1만5천 위안 상납", "… 한 해 150만 달러. 1인당으로 치면 5천
            # 달러꼴"; "올해 1인당 1만 위안의 과제금을": the quota set for the year
        basis = "total" if kind == "revenue" else None
        if kind == "wage" and self.rules.share.search(near_after):
            basis = "state_take"
        if earlier is not None:
            basis = earlier.basis  # what the amount before was ("… 충성자금으로 바친다")
        return self._money_claim(sv, q, kind, per, basis)

    def _list_per(self, sv: SentenceView, q: Quantity) -> str | None:
        """The period named before the first item of a list of amounts whose later item
        ``q`` names none ("해킹으로 한 해 10억 달러 이상, 대러 무기 수출로 수십억 달러, 그리고
        해외 노동자 송출로 수억 달러다"): the items are joined by commas, no clause between."""
        text = self.view.text
        items = [p for p in sv.quantities if p.unit == "money" and p.end <= q.start]
        if not items:
            return None
        first = items[0]
        gap = _LIST_AND.sub(", ", text[first.end : q.start])
        if "," not in gap or self.rules.clause_end.search(gap):
            return None
        return _per(self.rules, text[sv.start : first.start][-12:])

    def _referred(self, sv: SentenceView, before: str) -> Claim | None:
        """The amount of the sentence before that a referring noun right before this figure
        names ("이 금액이", "그 액수는")."""
        last = self._last_money
        if last is None or last[0] != sv.index - 1 or not self.rules.referring.search(before[-25:]):
            return None
        return last[1]

    def _scale_referred(self, sv: SentenceView, before: str) -> bool:
        """Does a noun right before the figure refer to the size of the workers' earnings the
        sentence before speaks of ("… 노동자의 외화벌이가 … 30%를 차지한다. … 그 규모를
        연간 3억~5억 달러로 추정했다")?"""
        if not sv.index or not self.rules.referring_scale.search(before[-25:]):
            return False
        prev = self.view.sentences[sv.index - 1]
        text = self.view.text
        return (
            self.rules.workers.search(text, prev.start, prev.end) is not None
            and self.cues.revenue.search(text, prev.start, prev.end) is not None
        )

    def _quota_of_year(self, before: str, after: str) -> bool:
        """Is a wage without a period the state's take set for one year named right before
        it ("올해 1인당 1만 위안의 과제금", "지난해 충성자금 800달러")?"""
        near_before = _phrase_before(before, 25)
        return self.rules.year_point.search(near_before) is not None and (
            self.rules.state_take.search(after[:12]) is not None
            or self.rules.state_take.search(near_before) is not None
        )

    def _year_span_before(self, sv: SentenceView, q: Quantity) -> str | None:
        """'year' when a span of one year stands earlier in the sentence of a wage without a
        period ("한 해 동안 번 돈에서 … 떼고 나면 1인당 3천~4천 위안이 남는다")."""
        span = self.rules.one_year_span.search(self.view.text, sv.start, q.start)
        return "year" if span else None

    def _part_of_year_before(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the revenue figure a part ("이 가운데") of a whole the sentence before gives
        for one year ("… 벌어들인 외화가 지난해 모두 30억 달러 …. 이 가운데 노동자 송출
        수입은 3억~5억 달러")?"""
        text = self.view.text
        if sv.index == 0 or not _MEMBER.search(text, sv.start, q.start):
            return False
        prev = self.view.sentences[sv.index - 1]
        if not any(p.unit == "money" for p in prev.quantities):
            return False
        return (
            len(self.rules.year_point.findall(text, prev.start, prev.end))
            + len(_YEAR_POINT.findall(text, prev.start, prev.end))
            == 1
        )

    def _several_years_before(self, sv: SentenceView, q: Quantity) -> bool:
        """Does a span of several years ("5년 동안", "수년간") stand earlier in the sentence
        of a wage without a period: earnings over the whole span, neither monthly nor yearly?"""
        text = self.view.text
        return (
            self.rules.several_years.search(text, sv.start, q.start) is not None
            or self.rules.stay_carried.search(text, sv.start, q.start) is not None
        )  # "3년 계약을 마치고 돌아가는 노동자들이 손에 쥐고 가는 돈은": the stay's total

    def _rate_before(self, sv: SentenceView, q: Quantity) -> bool:
        """Does a day or hour rate of pay (일당, 시급) stand earlier in the sentence of a wage
        without a period: the rate the figure is given in?"""
        text = self.view.text
        if self.rules.day_rate.search(text, sv.start, q.start):
            return True
        prev = self.view.sentences[sv.index - 1] if sv.index else None
        return (  # "… 일당 3천 루블을 받았다. 이 중 2천 루블은": a part of that day's rate
            prev is not None
            and self.rules.member_opening.match(text[sv.start : q.start]) is not None
            and self.rules.day_rate.search(text, prev.start, prev.end) is not None
        )

    def _computed_kind(self, sv: SentenceView, before: str) -> str | None:
        """The kind of the amount of the sentence before, when this one restates it over
        another period ("… 분기마다 송금하는 돈을 약 5천만 달러로 추산했다. 이는 연간으로
        치면 2억 달러 규모다")."""
        last = self._last_money
        if last is None or last[0] != sv.index - 1 or not self.rules.computed.search(before[-12:]):
            return None
        return last[1].kind

    def _computed_per(self, sv: SentenceView, before: str) -> str | None:
        """The period of the amount of the sentence before, when this one is worked out from
        it ("… 한 해 150만 달러를 바쳤다. 1인당으로 치면 5천 달러꼴")."""
        last = self._last_money
        if last is None or not self.rules.computed.search(before[-12:]):
            return None
        return last[1].value.per if last[0] == sv.index - 1 else None

    def _money_claim(
        self, sv: SentenceView, q: Quantity, kind: str, per: str | None, basis: str | None
    ) -> Claim:
        """The claim of money figure ``q`` once its kind, period and basis are known, with
        the destinations the money is earned in."""
        places, _, _ = self.where.money_destinations(sv, q)
        return Claim(
            kind=kind,  # type: ignore[arg-type]
            value=Amount(
                q.low,
                q.high,
                text=self.view.original(q.start, q.end),
                currency=q.currency or "USD",
                per=per,  # type: ignore[arg-type]
            ),
            evidence=self._evidence(sv),
            destinations=places,
            basis=basis,  # type: ignore[arg-type]
            period=self._period(sv, q),
        )

    def _continued(self, sv: SentenceView, q: Quantity, after: str) -> Claim | None:
        """The amount of the sentence before that a bare level in the same currency
        continues ("… 매달 600위안을 바친다. 지난해까지는 300위안이었다", "… 1만2천 달러로
        정해졌다. 지난해 8천 달러에서 50% 오른 것", "… 2억 달러 수준으로 줄었다가"): in a
        sentence of that currency only, stated by a copula, as where a change started or
        the level it reached."""
        if self._last_money is None or self._last_money[0] != sv.index - 1:
            return None
        if self.rules.other_workers.search(self.view.text, sv.start, q.start):
            return None  # "같은 기간 러시아 현지 노동자 임금은 12만 루블에서": theirs
        last = self._last_money[1]
        if any(  # every amount of the sentence in the currency of the one before, but for
            # conversions ("연간 3억~5억 달러(약 4천억~7천억 원) 수준이라고")
            p.unit == "money"
            and (p.currency or "USD") != last.value.currency
            and not self._is_conversion(p, sv.quantities[:k])
            for k, p in enumerate(sv.quantities)
        ):
            return None
        if self.rules.continued_after.match(after):
            return last
        if self.rules.continued_copula.match(after) and (
            self.rules.now_topic.match(self.view.text, sv.start, q.start)
            or self.rules.then_topic.search(self.view.text, sv.start, q.start)
            or self.rules.restating_topic.match(self.view.text, sv.start, q.start)
        ):  # "… 연 10억 달러로 늘린다는 목표를 세웠다. 현재는 연 5억 달러 수준이다";
            return last  # "… 연간 3억~5억 달러. 2016년에는 최대 10억 달러로 추산됐다";
            # "… 모두 20억~30억 달러를 번 것으로 추산했다. 연평균으로는 3억~4억 달러 수준이다"
        return None

    def _one_year(self, sv: SentenceView, q: Quantity, before: str) -> bool:
        """Does the text before a revenue figure name one year ("지난해", "2023년 …")? Not
        when it totals years ("2017년 이후 누적으로는 20억 달러")."""
        if self.rules.cumulative.search(before[-25:]):
            return False
        if self.rules.part_year.search(self.view.text, sv.start, q.start):
            return False  # "올해 1~8월 … 7천만 달러": a part of the year
        if self.rules.year_point.search(before[-25:]):
            return True
        text = self.view.text  # one year named earlier in the sentence ("지난해 … 1억 달러")
        if self.rules.one_year_span.search(text, sv.start, q.start) or (
            self.rules.one_year_term.search(text, sv.start, q.start)
        ):
            return True  # "노동자 50명을 1년간 쓰는 조건으로 … 모두 4천800만 루블"
        years = _YEAR_POINT.findall(text, sv.start, q.start)
        words = [  # not "작년보다": a year compared with
            m
            for m in self.rules.year_point.finditer(text, sv.start, q.start)
            if not self.rules.year_compared.match(text, m.end())
        ]
        return len(years) + len(words) == 1

    def _wage_topic(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the figure the predicate of a pay topic ("북한 노동자의 월급은 … 2천
        위안이다")? The topic ends at the first 은/는 and the figure ends the clause."""
        text = self.view.text
        topic = _TOPIC.search(text, sv.start, q.start)
        if topic is None or not self.rules.copula.match(text, q.end):
            return False
        return self.cues.wage.search(text, sv.start, topic.end()) is not None

    def _asked_before(self, sv: SentenceView) -> bool:
        """Does the sentence before name the revenue this one answers ("북한이 버는 돈은
        얼마나 될까. 전문가들은 연간 5억 달러로 본다")? Only when it gives no figure itself
        and this one names no other money word."""
        index = sv.index
        if index == 0 or self.cues.wage.search(self.view.text, sv.start, sv.end):
            return False
        prev = self.view.sentences[index - 1]
        text = self.view.text
        asked = self.rules.question.search(text, prev.start, prev.end) or (
            _ASKING.match(text, prev.start, prev.end)  # "-북한 당국 전체
            and _TOPIC_END.search(text, prev.start, prev.end)  # 수입은.": an interviewer's
        )  # bare topic asks for it
        if not asked or any(q.unit == "money" for q in prev.quantities):
            return False
        return self.cues.revenue.search(text, prev.start, prev.end) is not None or (
            self.rules.income.search(text, prev.start, prev.end) is not None
            and self.rules.dprk_word.search(text, prev.start, prev.end) is not None
        )  # "북한 당국 전체 수입은": the DPRK's income

    def _asked_pay_before(self, sv: SentenceView) -> bool:
        """Does the sentence before ask for one's pay ("― 러시아에서 한 달에 얼마를
        받았나.") without giving a figure itself?"""
        if sv.index == 0:
            return False
        prev = self.view.sentences[sv.index - 1]
        return not any(q.unit == "money" for q in prev.quantities) and (
            self.rules.pay_question.search(self.view.text, prev.start, prev.end) is not None
        )

    def _share(
        self, sv: SentenceView, q: Quantity, before: str, after: str, took: bool = False
    ) -> Claim | None:
        """The state's share a percentage states, if it is one; ``took``: the figure just
        before it is an amount the state takes from one worker ("한 달에 바치는 돈은
        500~800달러로, 임금의 70~90%에 이른다": the same take as a part of the pay)."""
        owned = self.rules.owned.search(before[-12:])  # "급여의 80%", "번 돈의 80%"
        if owned and not self.cues.share_objects.search(owned.group(1)):
            return None  # "송금의 80% 이상이 중국 은행을 거쳐": a part of something else
        if owned and self.rules.whole_income.search(before[-20:]):
            return None  # "북한 전체 외화 수입의 약 30%를 차지": a part of the country's income
        if owned and took and not self.rules.receive_after.match(after):
            self._last_share = sv.index
            return self._share_claim(sv, q)
        if self.rules.rate_noun_before.search(before[-16:]):
            return None  # "계획 달성률은 65%에 그쳤다": a rate, not the state's share
        if self.rules.receive_after.match(after):
            return None  # "노동자에게는 임금의 20%만 돌아가고": the worker's part
        near = after[:40]
        end = self.rules.clause_end.search(near)  # "북한 사람은 5% 남짓이지만 이들이 국가에
        taken = self.rules.share.search(near[: end.end()] if end else near)  # 바치는": another
        named = owned or self.rules.share_nouns.search(before)  # "바치는 몫은 약 60%"
        if self.rules.percent_change_after.match(after) and not (
            named or self.rules.share.search(before[-30:])
        ):
            return None  # "월 임금이 20~30% 올랐지만": a rate of change, not a share
        if (
            not taken
            and not (named and self.rules.share.search(before[-30:]))
            and not (  # "… 80%를 떼어 간다\"며 \"지난해에는 70%였다": the share before
                self._last_share == sv.index
                and self.rules.earlier_time.search(before[-12:])
                and self.rules.continued_after.match(after)
            )
        ):
            return None
        self._last_share = sv.index
        return self._share_claim(sv, q)

    def _share_claim(self, sv: SentenceView, q: Quantity) -> Claim:
        """The state's share of earnings that ``q`` states."""
        return Claim(
            kind="state_share",
            value=Amount(q.low, q.high, text=self.view.original(q.start, q.end)),
            evidence=self._evidence(sv),
            basis="other",
        )

    def _share_words(self, sv: SentenceView) -> list[Claim]:
        """ "절반" (half) taken by the state is a share of 50%."""
        text = self.view.text
        out = []
        words = list(self.rules.share_word_rx.finditer(text, sv.start, sv.end))
        joined = -1  # the index of a word that closes a range with the one before it
        for i, m in enumerate(words):
            if i == joined:
                continue
            nxt = words[i + 1] if i + 1 < len(words) else None
            if (  # "절반에서 3분의 2를 가져간다": one range (not "절반에서 3분의 2로 늘었다")
                nxt is not None
                and _SHARE_RANGE.fullmatch(text, m.end(), nxt.start())
                and not self.rules.level_reached.match(text, nxt.end())
            ):
                joined = i + 1
            window = text[m.end() : min(sv.end, m.end() + 30)].split("…")[0]  # not past "…"
            cut = self.rules.clause_end.search(window)  # "절반을 받는데, … 당국에": not taken
            window = window[: cut.end()] if cut else window
            if (
                self.rules.receive_after.match(window)
                or not self.rules.share.search(window)
                or self._excluded(window)  # "절반을 수수료로 떼인다": a fee, not the state's
            ):
                continue
            value = self.rules.share_words["".join(m.group(0).split())]
            low: float | None = value
            high: float | None = value
            end = m.end()
            if joined == i + 1 and nxt is not None:
                high = self.rules.share_words["".join(nxt.group(0).split())]
                end = nxt.end()
            bound = self.rules.share_bound.match(text, end)  # "절반 이상": at least half
            if bound:
                end = bound.end()
                qualifier = self.rules.share_bounds[bound.group(1)]
                low = None if qualifier == "at_most" else low
                high = None if qualifier == "at_least" else high
            out.append(
                Claim(
                    kind="state_share",
                    value=Amount(low, high, text=self.view.original(m.start(), end)),
                    evidence=self._evidence(sv),
                    basis="other",
                )
            )
        return out


_REFERS_BACK = re.compile(
    r"(?<![가-힣])(?:이를|이는|이것을|이것은|그것을|이 돈을|이 돈은)(?![가-힣])"
)
_ASKING = re.compile(r"\s*(?:[-―—–]|Q\s?[.:]?|문\s?[.:)])")  # an interviewer's line
_TOPIC_END = re.compile(r"(?:은|는)요?\s?[.?]?\s*$")  # a bare topic closing a question
_SHARE_RANGE = re.compile(r"\s?(?:에서|~|∼|-|내지)\s?")  # "절반에서 3분의 2": a range
_EACH = re.compile(r"각각\s?$")  # right before the first figure of a list
_LIST_NOUN = re.compile(r"\s?의\s")  # "… 700명가량의 건설 노동자": a noun phrase after a list
# between two places of a list, a unit word allowed ("하바롭스크 변강주, 사할린주에")
_PLACES_LINK = re.compile(r"[가-힣]{0,3}(?:\s[가-힣]{1,4})?\s?(?:[,·ㆍ/]|와|과|및)\s?")
_CLAUSE_MARKS = (",", ".", '"', "“", "”", "…")  # what opens a clause before "각각"
_EACH_CLAUSE = re.compile(r"[^,.\"“”…]{0,40}")  # from a list of places to "각각", one clause
_PLACE_LINK = re.compile(r"\s?(?:[,·ㆍ/]|와|과|및)?\s?$")  # between the places of a list
# A status said before the noun yields to a later stage said by the predicate.
_LATER_THAN = {
    "planned": ("recruiting",),
    "recruiting": ("dispatched", "present", "repatriated"),
}
# What may stand between a place and "각각" ("카타르에 각각", "러시아와 중국에서 각각").
_LIST_AFTER = re.compile(r"\s?(?:과|와|,|및)\s")  # another figure's noun phrase follows
_BARE_SENT = re.compile(r"\s?(?:파견|송출)(?![가-힣])")  # a headline's bare "N명 파견"
_REACHED_IN = re.compile(r"까지\s?(?:늘|줄|오르|올|뛰|치솟|높아|감소|떨어)[가-힣]*$")
_PASSED_IN = re.compile(r"넘(?:어|을)$")  # the qualifier took "넘어" ("1만 명을 넘어설 것")
_PASS_TO_COME = re.compile(r"(?:을|를|이|가)?\s?넘어설\s?(?:것|전망|예정|수\s?있)")
# "늘어날 것", "늘어날 수 있다", "넘어설 것"
_FUTURE = re.compile(r"[가-힣]?(?:날|릴|할|될|설)\s?(?:것|전망|예정|계획|수\s?있)|\s듯")
_SENT = re.compile(r"(?:파견한|파견된|보낸|송출한|송출된)\s")  # sent, before the noun
_QUOTE_BREAK = re.compile(r"[\"”](?:이?라)?(?:며|고)\s")  # one quotation ends, another begins
_OBJECT = re.compile(r"\s?(?:을|를)(?![가-힣])")  # the figure is the verb's object
# "건설과 농업", "건설 현장과 캐시미어 공장": two sectors named together
_SECTOR_LINK = re.compile(r"\s?(?:과|와|및|·|,|이나|나)\s?(?:[^\s,.]+\s)?$")
_FIGURE_LINK = re.compile(r"\s?(?:과|와|,|및|·)\s?$")  # between the figures of one list
# "700명과 북한 노동자 ": a list of two groups, each with its noun, sharing the words before
_GROUP_LINK = re.compile(r"\s?(?:과|와|및)\s(?:[^\s,.…\"“”]+\s){1,3}$")
_EACH_LIST = re.compile(r"\s?(?:과|와)\s?$")  # "100여 명과 300여 명": a pair in one phrase
# a noun phrase between the last place of a list and "각각" ("비엔티안의 북한 식당에는 각각",
# "앙골라에 파견한 건설 노동자는 각각")
_EACH_GAP = re.compile(r"(?:의|에|에서)?(?:\s[^\s,.·…]+){0,5}\s?$")
_CONTRAST = re.compile(r"(?<=[가-힣])지만[\s,]")  # a contrastive ending closes a clause
_PAST = re.compile(r"[했었였냈졌됐왔갔았]")  # a past tense in a verb form
_ONGOING = re.compile(r".*고있")  # "송출하고 있다": the sending goes on, a flow
# a place's locative right before a figure ("중국에 5만여 명", "러시아에서는 3만 명")
_PLACED = re.compile(r"[가-힣](?:에|에는|에서|에서는|엔|에만|에서만|에도|에서도)\s?$")
# after a place, its particle; a gloss may come first ("아랍에미리트(UAE)에는")
_PLACE_PARTICLE = re.compile(r"(?:\([^()\s]{1,10}\))?(?:에|에는|에서|에서는|엔|으로|로|의)?\s?$")
_TOPIC = re.compile(r"[가-힣](?:은|는)\s")
# "월 1000달러에서 (지난해) 1500달러로": the second figure shares the first one's words
_SERIES_AFTER = re.compile(r"\s?,\s?(?:(?:19|20)\d\d년|지난해|작년|올해)")
# not "2019년까지", "부터", nor "2019년 이후" (a total since then)
_YEAR_POINT = re.compile(r"(?:19|20)\d\d년(?=\s|에\s|에만|에는)(?!\s?(?:이후|이래))")
# ... or a past level before a contrast ("300달러였으나 지금은 600달러로")
_MONEY_LINK = re.compile(
    r"^\s?(?:에서|부터|~|∼|-|(?:이)?었으나|(?:이)?었지만|였으나|였지만"
    r"|(?:을|를)\s(?:냈|받았|바쳤|벌었|줬)(?:는데|지만|으나)"
    r"(?=\s(?:나중에는|지금은|이제는|요즘은|올해는)))"
    r"(?:\s[^\s,]+){0,3}\s?$"
)  # "한 달 1천500위안을 냈는데 나중에는 2천 위안을": the later level, the same money
# a place right before a part of a group ("이 가운데 중국에 약 5만 명")
_PLACED_PART = re.compile(r"(?:에|에는|에서|에서는|엔)\s(?:약\s|최소\s|최대\s|대략\s)?$")
# between a won figure and the figure it converts ("60만 원가량인 500달러")
_CONVERTS_NEXT = re.compile(r"(?:가량|정도|쯤)?(?:인|에 해당하는|짜리)\s?$")
# a figure restated as the next one ("수익의 70%인 5만 위안", "월급의 절반에 해당하는")
_RATE_GAP = re.compile(r"^\s?(?:에|당|=|은|는|이|가)?\s?(?:약\s)?$")  # "1달러에 7.2위안"
_OF_PERCENT = re.compile(r"의\s(?:약\s)?$")  # "… GDP의 약 1.5%": the whole of a percentage
# ... or of a fraction ("탈취액의 8분의 1에 불과하다", "예산의 절반 수준")
_OF_FRACTION = re.compile(
    r"의\s(?:약\s)?(?:\d+\s?분의\s?\d+|[일이삼사오육칠팔구십]+\s?분의\s?[일이삼사오육칠팔구십]+|절반)"
)
_APPOSITION = re.compile(r"\s?(?:인|에 해당하는|에 해당되는|에 달하는|수준인)\s?$")
# A quotation closed after a figure and continued by 라며 ("… 500달러 남짓\"이라며 \"…"): the
# quoted clause ends there (a quoted label before a figure, "'검열비'라며 500위안을", does not).
_QUOTE_CLOSED = re.compile(r"(?:^|[가-힣\d%])[\"”](?:이)?라며[\s,]")
_NOMINAL_END = re.compile(r"\s것(?:이|은|도|을)\s")  # "늘어난 것이 …": a clause as a noun
_DOT_GAP = re.compile(r"[·ㆍ]\s?$")  # "1달러=90루블·7.2위안": the next item
_LIST_GAP = re.compile(r"^(?:으로|로)?\s?,\s?(?:[가-힣]+\s){0,2}$")  # ", 러시아 ", "으로, 지난해 "
_BRACKET_ITEM = re.compile(r"^\s?\(\s?(?:[가-힣]+\s){0,2}$")  # "(많게는 월 ": in brackets
_LIST_AND = re.compile(r",\s?(?:그리고|또)\s")  # ", 그리고 ": the list's last item next
_LIST_LINK = re.compile(r"(?:와|과|및)\s")  # "700달러와 숙식비": the next item of a list
# "300여 명이, 앙골라에는 ": the gap before the next place's item of a list
_NEXT_ITEM = re.compile(r"\s?,\s?[^,.\"“”…]{0,24}$")  # the next item of a list, after a comma
_NEXT_PLACE_ITEM = re.compile(
    r"(?:이|가|은|는|을|를)?\s?,\s?[가-힣]+(?:에는|에|에서는|에서|엔)\s?$"
)
_DEDUCTED_FROM = re.compile(r"\s?에서\s")  # "월급 1천800위안에서 숙소비 300위안을": a whole
# "월급 2천 위안에 숙소비 300위안": the next addend's noun, up to its figure
_MEMBER = re.compile(r"(?<![가-힣])(?:이|그)\s?(?:가운데|중)\s")  # "이 가운데 …": a part
_SUM_LINK = re.compile(r"^\s?에\s[가-힣]+\s?$")
_PERSON_AFTER = re.compile(r"(?:자|처)(?!금)")  # "지원자", "판매처"; not "지원자금"
_PLACED_AT = re.compile(r"(?:에|에는|에서|에서는|으로|로)(?![가-힣])")  # "연해주에,"
_PART_AFTER = re.compile(r"\s(?:가운데|중|중에서|중에)\s")
_PAREN_START = re.compile(r"^\s?\([^()]*\)")


def _ratio_whole(q: Quantity) -> bool:
    """Is ``q`` the whole of a proportion ("10명 중", "3명 가운데", "100명 중"): small or a
    hundred, and stated exactly ("20여 명 가운데 3명" counts a group)?"""
    return q.qualifier == "exact" and (q.value <= RATIO_SMALL or q.value == RATIO_WHOLE)


def _year_of_month(month: Claim, claim: Claim) -> bool:
    """Is ``claim``, read as a year's revenue, the monthly wage ``month`` named right before
    it put over a year (10 to 14 times it, in the same currency)?"""
    a, b = month.value, claim.value
    if not a.low or b.low is None:
        return False
    return (
        month.kind == "wage"
        and a.per == "month"
        and claim.kind == "revenue"
        and b.per == "year"
        and a.currency == b.currency
        and YEAR_OF_MONTH[0] <= b.low / a.low <= YEAR_OF_MONTH[1]
    )


def _drop_won_conversions(claims: list[Claim], rates: dict[str, tuple[float, float]]) -> None:
    """A won amount that is another claim's amount at a won rate ("연 6천억원" beside "연
    5억 달러", "최대 1조 원" beside "연 5억~7억 달러") restates it: the won claim goes."""

    def same(won: float | None, other: float | None, rate: tuple[float, float]) -> bool:
        if won is None or other is None:
            return won is None  # a bound the won amount leaves open ("최대 1조 원")
        return other > 0 and rate[0] <= won / other <= rate[1]

    money = [c for c in claims if c.kind in ("revenue", "wage")]
    for c in [c for c in money if c.value.currency == "KRW"]:
        for o in money:
            rate = rates.get(o.value.currency or "")
            if (
                rate is not None
                and o.kind == c.kind
                and (c.value.per is None or o.value.per in (None, c.value.per))
                and (c.value.low is not None or c.value.high is not None)
                and same(c.value.low, o.value.low, rate)
                and same(c.value.high, o.value.high, rate)
            ):
                o.value.per = o.value.per or c.value.per
                claims.remove(c)
                break


def _total_per(claim: Claim, earlier: list[Claim], total: bool) -> None:
    """A total after amounts of one period ("연간 1억 달러, 연간 2억 달러 등 모두 3억
    달러") is of that period too."""
    if not total or claim.value.per is not None or claim.kind == "state_share":
        return
    pers = {c.value.per for c in earlier if c.kind == claim.kind}
    if len(pers) == 1:
        claim.value.per = pers.pop()


def _level_per(claim: Claim, earlier: list[Claim]) -> None:
    """A yearly revenue a change started from ("2016년 7억 달러에서 절반 이하로 줄었다")
    makes the level the sentence gave before it yearly too ("송출 수입은 2억~4억 달러로,
    …"): the same money, now."""
    if claim.kind != "revenue" or claim.value.per != "year":
        return
    for c in earlier:
        if c.kind == "revenue" and c.value.per is None:
            c.value.per = "year"


def _drop_restated(claims: list[Claim], money: list[Claim], start: int) -> None:
    """A sentence that converts the money before it ("이를 달러로 환산하면 매달 350만
    달러") restates it: the earlier figure in another currency goes, the dollar form stays
    (else the earlier one stays and the restatement goes)."""
    earlier = [c for c in claims if c.kind in ("revenue", "wage")]
    if not earlier or earlier[-1].evidence.end > start:
        return
    last = earlier[-1]
    for claim in list(money):
        if claim.kind != last.kind or claim.value.currency == last.value.currency:
            continue
        if claim.value.currency == "USD":
            claims.remove(last)
            claim.value.per = claim.value.per or last.value.per  # "매달 80억원": monthly too
        else:
            money.remove(claim)
        return


def _headline_restated(claims: list[Claim], guessed: set[int], headline_end: int) -> None:
    """A headline's figure restated word for word in the body ("수백여 명") is one claim:
    the body's plan wins over the headline's bare noun ("연말까지 귀국" vs "돌려보내기로
    했다"), and its world region over the headline's countries ("앙골라·탄자니아" vs
    "앙골라와 탄자니아 등 아프리카 국가"). The body's countries win over the headline's when
    one body figure alone states the same bounds (a telegraphic headline may lend its figure
    a country of its other half: "中서 일해…'1만명 밑도는 러시아'")."""
    workers = [(k, c) for k, c in enumerate(claims) if c.kind == "workers"]
    for k, head in workers:
        if head.evidence.start >= headline_end:
            break
        bounds = (head.value.low, head.value.high)
        placed = [  # "中서 일해…'1만명 밑도는 러시아'" / "러시아에서는 1만 명을 밑도는"
            c
            for _, c in workers
            if c.evidence.start >= headline_end
            and (c.value.low, c.value.high) == bounds
            and c.destinations
        ]
        if (  # countries against countries: the body's "abroad" is no better than "中·러"
            len(placed) == 1
            and head.destinations
            and head.destinations != placed[0].destinations
            and not any(c.startswith("M49:") for c in head.destinations + placed[0].destinations)
        ):
            head.destinations, head.scope = list(placed[0].destinations), placed[0].scope
        same = (head.value.low, head.value.high, head.value.qualifier)
        for j, body in workers:
            if body.evidence.start < headline_end:
                continue
            if (body.value.low, body.value.high, body.value.qualifier) != same:
                continue
            if j not in guessed and body.status == "planned":  # "연말까지 귀국": to come
                head.status = body.status
                guessed.discard(k)
            regional = any(c.startswith("M49:") and c != "M49:001" for c in body.destinations)
            if regional and not any(c.startswith("M49:") for c in head.destinations):
                head.destinations, head.scope = list(body.destinations), body.scope
            break


def _headline_dated(claims: list[Claim], head_end: int) -> None:
    """A headline's amount without a period takes the period of the same amount of the same
    kind in the body ("노동자 송출로도 수억 달러" over "연간 수억 달러를 … 챙기는")."""
    periods = {
        (c.kind, c.value.low, c.value.high, c.value.currency): c.value.per
        for c in claims
        if c.evidence.start >= head_end and c.kind in ("wage", "revenue") and c.value.per
    }
    for c in claims:
        if c.evidence.start < head_end and c.kind in ("wage", "revenue") and not c.value.per:
            c.value.per = periods.get((c.kind, c.value.low, c.value.high, c.value.currency))


def _headline_stay(claims: list[Claim], head_end: int) -> None:
    """A headline's wage that names no period and whose amount the body states only as a
    whole stay's (per None: "집에 가져간 돈은 1천500달러" over "8년 일하고 집에 가져간 돈이
    1천500달러였다") keeps no period either: the monthly reading was only a default."""
    body: dict[tuple, set[str | None]] = {}
    for c in claims:
        if c.evidence.start >= head_end and c.kind == "wage":
            key = (c.value.low, c.value.high, c.value.currency)
            body.setdefault(key, set()).add(c.value.per)
    for c in claims:
        key = (c.value.low, c.value.high, c.value.currency)
        if c.evidence.start < head_end and c.kind == "wage" and body.get(key) == {None}:
            c.value.per = None


def _headline_kind(claims: list[Claim], head_end: int) -> None:
    """A headline's amount that the body states with the same bounds, currency and period
    as the other kind only takes the body's kind and basis: the body reads it in its whole
    sentence ("작업반, '한 해 1만 달러씩' 충성자금 과제" over "작업반마다 한 해 1만 달러씩의
    충성자금 과제": a team's, not one worker's)."""
    body: dict[tuple, list[Claim]] = {}
    for c in claims:
        if c.evidence.start >= head_end and c.kind in ("wage", "revenue"):
            key = (c.value.low, c.value.high, c.value.currency, c.value.per)
            body.setdefault(key, []).append(c)
    for c in claims:
        if c.evidence.start >= head_end or c.kind not in ("wage", "revenue"):
            continue
        same = body.get((c.value.low, c.value.high, c.value.currency, c.value.per), [])
        if same and all(b.kind != c.kind for b in same) and len({b.kind for b in same}) == 1:
            c.kind, c.basis = same[0].kind, same[0].basis


def _phrase_before(before: str, width: int) -> str:
    """The phrase right before a figure: the last ``width`` characters of ``before``, from
    the last clause mark in them."""
    return _CLAUSE_MARK.split(before[-width:])[-1]


# "…자 가운데 ", "…들 중 ": a whole before its part
_AMONG_AFTER = re.compile(r"[가-힣]*\s(?:가운데|중)(?:에서|에)?\s")


def _last_in_phrase(rx: re.Pattern[str], before: str) -> tuple[str, re.Match[str]] | None:
    """The phrase right before a figure (:func:`_phrase_before`, 20 characters) and the
    last match of ``rx`` in it, if any."""
    phrase = _phrase_before(before, 20)
    found = list(rx.finditer(phrase))
    return (phrase, found[-1]) if found else None


def _told_status(claims: list[Claim], guessed: set[int]) -> None:
    """A figure stated bare first (a headline's "취업 목적 7천명") takes the status a later
    statement of it tells ("… 입국한 사람은 7천 명"): deduplication keeps the first."""
    # keyed by both ends and places, and ("1만5천명" in a headline, "1만5천여 명" in the
    # body) by either end and places: the two kinds of key never meet
    told: dict[tuple, str | None] = {}
    sectors: dict[tuple, str] = {}
    for k, c in enumerate(claims):
        if c.kind != "workers":
            continue
        places = tuple(sorted(c.destinations))
        values = {c.value.low, c.value.high} - {None}
        if k not in guessed:
            told.setdefault((c.value.low, c.value.high, places), c.status)
            for value in values:
                told.setdefault((value, places), c.status)
        if c.sector:
            for value in values:
                sectors.setdefault((value, places), c.sector)
    for c in claims:  # the headline's bare figure takes the sector its body form names
        if c.kind == "workers" and c.sector is None:
            for value in {c.value.low, c.value.high} - {None}:
                c.sector = c.sector or sectors.get((value, tuple(sorted(c.destinations))))
    for k in guessed:
        c = claims[k]
        places = tuple(sorted(c.destinations))
        status = told.get((c.value.low, c.value.high, places))
        if status is None and c.value.low == c.value.high:
            status = told.get((c.value.low, places))
        if status is not None:
            c.status = status  # type: ignore[assignment]


def _drop_parenthetical(text: str) -> str:
    """The text after a figure without the conversion in brackets right after it."""
    m = _PAREN_START.match(text)
    return text[m.end() :] if m else text


_YEARLY = re.compile(r"(?<![가-힣])연\s?(?:약\s?|평균\s?)?$")  # "연 5억 달러", not "연해주"
_MONTH = re.compile(r"(?<![\d년])월\s?(?:약\s?|평균\s?)?$")  # "월 500달러": right before it


def _per(rules: KoreanRules, before: str) -> str | None:
    """'month', 'year' or 'day' from the words before a money figure (the nearest wins; a
    cumulative word nearer than any period, "연간 2억 달러…누적 20억 달러", leaves none)."""
    best: tuple[int, str] | None = None
    for per, rx in (
        ("month", rules.per_month),
        ("year", rules.per_year),
        ("month", _MONTH),
        ("year", _YEARLY),
        ("day", rules.per_day),
        ("", rules.cumulative),
    ):
        for m in rx.finditer(before):
            if rules.span_after.match(before, m.end()) or rules.term_after.match(before, m.end()):
                continue  # "1년 새 700달러에서": within a year; "1년 계약": a term
            if best is None or m.end() > best[0]:
                best = (m.end(), per)
    return best[1] if best and best[1] else None
