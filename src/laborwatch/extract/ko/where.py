"""Where Korean figures are (destinations and scope) and who states them (attribution).

A figure's place is the nearest place before it in its stretch of the sentence (Korean
names the place first: "러시아에 노동자 2천 명"), else the nearest after it, else the
nearest in the sentence, else a speaking government ("폴란드 외무부는"), else the last
place of the few sentences before. Places joined by "·", "와/과", "및" are one list; a
list closed by "등" ("such as") or a "29개국" phrase means abroad in general.
"""

from __future__ import annotations

import re

from laborwatch.extract.cues import Cues
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.ko.rules import KoreanRules
from laborwatch.extract.numbers import Quantity
from laborwatch.extract.places import PlaceMention

WORLD = "M49:001"
CONTEXT_SENTENCES = 3
ATTRIBUTION_WORDS = 5  # the longest source name taken before "에 따르면"
_WORD = re.compile(r"\S+")
# "쿠웨이트와 아랍에미리트(UAE)": a name restated in brackets stays in the list
_LINK = re.compile(r"^\s?(?:[,·ㆍ/(]|와|과|및|그리고|또는|이나|나)?\s?$")
_APPOSITION = re.compile(r"^\s?(?:국가|지역)?\s?$")
_PART = re.compile(r"\s(?:가운데|중|중에서|중에)\s")  # "… 노동자 가운데 600명"
# a part, a headline's ellipsis or a comma between a figure and a place after it: the place
# is not simply the figure's ("해외 노동자 5萬명 넘어…국정원 "中·러에 집중"")
_PART_OR_BREAK = re.compile(_PART.pattern + r"|[…,]")
_CLOSED = re.compile(r"(?:에|에서|으로|로)?\s?,")  # "중국 선양과 단둥에, 1천 명가량이"
_SCOPES = {"country": "country", "city": "city", "subdivision": "region", "abroad": "world"}


class PlacePicker:
    """Chooses the places of figures, one document at a time."""

    def __init__(self, view: DocView, cues: Cues, rules: KoreanRules) -> None:
        self.view = view
        self.cues = cues
        self.rules = rules
        self.recent: list[tuple[int, list[str], str | None]] = []
        # _candidates per sentence index (the same for every figure of the sentence)
        self._sorted: dict[int, tuple[list[PlaceMention], list[PlaceMention]]] = {}
        self._spans: dict[int, tuple[int, int] | None] = {}  # attribution_span per sentence

    # --- attribution -------------------------------------------------------------------
    def attribution_span(self, sv: SentenceView) -> tuple[int, int] | None:
        """The stretch "X에 따르면" / "X을 인용해" of a sentence, as offsets (found once)."""
        if sv.index not in self._spans:
            self._spans[sv.index] = self._attribution_span(sv)
        return self._spans[sv.index]

    def _attribution_span(self, sv: SentenceView) -> tuple[int, int] | None:
        text = self.view.text
        m = self.cues.attribution_openers.search(text, sv.start, sv.end)
        if m is None:
            return None
        start = max(
            text.rfind(",", sv.start, m.start()) + 1,
            text.rfind("=", sv.start, m.start()) + 1,
            sv.start,
        )
        words = list(_WORD.finditer(text, start, m.start()))
        if len(words) > ATTRIBUTION_WORDS:  # "X을 인용해" names X, not the clause before it
            start = words[-ATTRIBUTION_WORDS].start()
        return start, m.end()

    def attribution(self, sv: SentenceView) -> str | None:
        """Who the sentence relays, as written ("국가정보원", "미국 자유아시아방송(RFA)")."""
        text = self.view.text
        span = self.attribution_span(sv)
        if span is not None:
            m = self.cues.attribution_openers.search(text, span[0], span[1])
            end = m.start() if m else span[1]
            said = text[span[0] : end].strip()
            said = _DAYS.sub("", said).strip()
            return said[-60:] or None
        verbs = list(self.cues.speech_verbs.finditer(text, sv.start, sv.end))
        if not verbs:
            return None
        prefix = _DAY.sub("", text[sv.start : verbs[-1].start()])
        m = _SUBJECT.match(prefix)  # anchored: a search would retry the .* at every start
        if m:
            return m.group(1).strip()
        for rx in (self.rules.opening_topic, self.rules.opening):  # "대북 소식통은 … 말했다"
            opening = rx.match(prefix)  # the topic first: "전문가 패널은", not "전문가"
            if opening and self.rules.source_nouns.search(opening.group(1)):
                return opening.group(1).strip()
        return None

    # --- destinations ------------------------------------------------------------------
    def _candidates(self, sv: SentenceView) -> tuple[list[PlaceMention], list[PlaceMention]]:
        """The sentence's possible destinations, and the speaking governments (sorted once
        per sentence; each caller gets its own lists)."""
        if sv.index not in self._sorted:
            self._sorted[sv.index] = self._sort_places(sv)
        places, speakers = self._sorted[sv.index]
        return list(places), list(speakers)

    def _sort_places(self, sv: SentenceView) -> tuple[list[PlaceMention], list[PlaceMention]]:
        """The places of ``sv`` that may be destinations, and those that speak."""
        places: list[PlaceMention] = []
        speakers: list[PlaceMention] = []
        if not sv.places:
            return places, speakers
        text = self.view.text
        span = self.attribution_span(sv)
        for p in sv.places:
            if p.kind == "dprk" or set(p.codes) <= self.cues.never_destinations:
                continue
            if span and span[0] <= p.start < span[1]:
                continue
            tail = text[p.end : p.end + 16]
            if self.rules.media_after.match(tail) or self.rules.passing_after.match(tail):
                # "중국 선양을 경유해", "중국과 러시아를 중심으로": the whole list passed by
                first = p
                while places and _LINK.match(text[places[-1].end : first.start]):
                    first = places.pop()
                continue
            if self.rules.byline_after.match(tail):
                continue  # "워싱턴-김지은": where the reporter files from
            if self.rules.speaker_after.match(tail):
                speakers.append(p)
                continue
            places.append(p)
        return places, speakers

    def _entry_speaker(self, sv: SentenceView) -> PlaceMention | None:
        """A country named as the source of a sentence about entries ("러시아 통계에
        따르면 … 입국한"): the entries are into it."""
        text = self.view.text
        span = self.attribution_span(sv)
        if span is None or not self.rules.entry.search(text, span[1], sv.end):
            return None
        for p in sv.places:
            inside = span[0] <= p.start < span[1] and p.kind != "dprk"
            if inside and self.rules.speaker_after.match(text[p.end : p.end + 16]):
                return p
        return None

    def destinations(
        self, sv: SentenceView, q: Quantity, index: int
    ) -> tuple[list[str], str | None, int]:
        """A worker figure's destination codes, scope and how strongly it is placed."""
        places, speakers = self._candidates(sv)
        counts = [p for p in sv.quantities if p.unit == "count"]
        prev_end = max([p.end for p in counts if p.end <= q.start], default=sv.start)
        next_start = min([p.start for p in counts if p.start >= q.end], default=sv.end)
        before = [p for p in places if prev_end <= p.start and p.end <= q.start]
        after = [p for p in places if q.end <= p.start < next_start]
        text = self.view.text
        if before and after and prev_end > sv.start and _CLOSED.match(text, before[-1].end):
            before = []  # "4천 명이 중국에, 1천 명이 러시아에": the place closes the figure before
        if after:  # "단둥에서 돌아온 노동자 가운데 600명을 … 하바롭스크로": where they left
            before = [
                p
                for p in before
                if not (
                    self.rules.return_from_after.match(text[p.end : p.end + 16])
                    and _PART.search(text, p.end, q.start)  # the part of them, sent on
                )
            ]
        labels = [p for p in before if self._label(p)]
        if labels and (
            len(labels) < len(before)  # "카타르 … 북한 해외 노동자는": Qatar
            or (
                after and not _PART_OR_BREAK.search(text, q.end, after[0].start)
            )  # "2만명 러시아行"
        ):
            before = [p for p in before if p not in labels]
        if before:
            return self._listed(sv, places, before[-1], 3)
        if after:
            return self._listed(sv, places, after[0], 3)
        if places:
            nearest = min(places, key=lambda p: abs(p.start - q.start))
            return self._listed(sv, places, nearest, 2)
        if speakers:  # "중국 당국이 자국 내 … 3만여 명을 … 미국 국무부가 밝혔다": the actor
            acting = [p for p in speakers if p.end <= q.start]
            return self._listed(sv, speakers, (acting or speakers)[-1], 2)
        entry = self._entry_speaker(sv)
        if entry is not None:  # "러시아 통계에 따르면 … 입국한 북한인은": its own entries
            return self._listed(sv, [entry], entry, 2)
        source = self._source_place(sv)
        if source:  # "중국 훈춘 소식통에 따르면 현지 … 2~3천 명이": where the source is
            return self._listed(sv, source, source[-1], 2)
        for i, codes, scope in reversed(self.recent):
            if index - i <= CONTEXT_SENTENCES:
                return codes, scope, 1
        return [], None, 0

    def _source_place(self, sv: SentenceView) -> list[PlaceMention]:
        """The places abroad inside the sentence's attribution ("중국 훈춘 소식통에 따르면")
        when the sentence says the figure is there ("현지"), else none."""
        span = self.attribution_span(sv)
        if span is None or not self.rules.source_local.search(self.view.text, span[1], sv.end):
            return []
        return [
            p
            for p in sv.places
            if span[0] <= p.start < span[1]
            and p.kind != "dprk"
            and not set(p.codes) <= self.cues.never_destinations
        ]

    def _label(self, p: PlaceMention) -> bool:
        """Is ``p`` abroad in general as the workers' label ("해외 노동자", "해외 파견")?"""
        return p.kind == "abroad" and bool(
            self.rules.abroad_label_after.match(self.view.text, p.end)
        )

    def money_destinations(
        self, sv: SentenceView, q: Quantity
    ) -> tuple[list[str], str | None, int]:
        """A money figure's place: only one named before it in its stretch."""
        places, _ = self._candidates(sv)
        money = [p for p in sv.quantities if p.unit == "money" and p.end <= q.start]
        start = money[-1].end if money else sv.start
        before = [p for p in places if start <= p.start and p.end <= q.start]
        return self._listed(sv, places, before[-1], 3) if before else ([], None, 0)

    def remember(self, sv: SentenceView, index: int) -> None:
        """Keep the sentence's last place (as its list) for figures placed by context."""
        places, speakers = self._candidates(sv)
        text = self.view.text
        # "빈자리는 중국인 노동자 1천여 명이 채웠다": a nationality is no place to remember
        places = [p for p in places if not self.rules.nationality_after.match(text, p.end)]
        if places or speakers:
            pool = places or speakers
            codes, scope, _ = self._listed(sv, pool, pool[-1], 1)
            self.recent.append((index, codes, scope))
            del self.recent[:-CONTEXT_SENTENCES]

    def _listed(
        self, sv: SentenceView, places: list[PlaceMention], chosen: PlaceMention, strength: int
    ) -> tuple[list[str], str | None, int]:
        """The list ``chosen`` belongs to, as codes and scope."""
        text = self.view.text
        k = places.index(chosen)
        first = last = k
        while first > 0 and _LINK.match(text[places[first - 1].end : places[first].start]):
            first -= 1
        while last + 1 < len(places) and _LINK.match(
            text[places[last].end : places[last + 1].start]
        ):
            last += 1
        members = places[first : last + 1]
        nxt = places[last + 1] if last + 1 < len(places) else None
        if nxt is not None and _APPOSITION.match(text[members[-1].end : nxt.start]):
            members = [*members, nxt]
        # "동유럽 폴란드", "중동국가 쿠웨이트": a region in apposition to a country is it
        members = [
            p
            for i, p in enumerate(members)
            if not (
                p.kind in ("region", "abroad")
                and i + 1 < len(members)
                and members[i + 1].kind in ("country", "city", "subdivision")
                and _APPOSITION.match(text[p.end : members[i + 1].start])
            )
        ]
        # "러 도네츠크": a city or province right after a country names the place itself
        members = [
            p
            for i, p in enumerate(members)
            if not (
                p.kind == "country"
                and i + 1 < len(members)
                and members[i + 1].kind in ("city", "subdivision")
                and members[i + 1].codes != p.codes
                and _APPOSITION.match(text[p.end : members[i + 1].start])
            )
        ]
        # "아프리카 10여 개국": countries counted within a region named right before them
        members = [
            p
            for i, p in enumerate(members)
            if not (
                p.kind == "abroad"
                and _counted(p.text)
                and i
                and members[i - 1].kind == "region"
                and _APPOSITION.match(text[members[i - 1].end : p.start])
            )
        ]
        tail = text[members[-1].end : members[-1].end + 8]
        if len(members) > 1 and self.rules.etc_after.match(tail):
            countries = {c for p in members for c in p.codes}
            if len(countries) == 1 and not any(p.kind in ("region", "abroad") for p in members):
                return sorted(countries), "region", strength  # "선양과 단둥 등지": still China
            return [WORLD], "world", strength
        if any(p.kind == "abroad" and p.codes == (WORLD,) and _counted(p.text) for p in members):
            return [WORLD], "world", strength
        specific = [p for p in members if p.kind != "abroad"]
        return (*self._code_scope(specific or members), strength)

    @staticmethod
    def _code_scope(members: list[PlaceMention]) -> tuple[list[str], str | None]:
        codes = sorted({c for p in members for c in p.codes})
        if len(codes) > 1 and any(c.startswith("M49:") for c in codes):
            return codes, "multi"
        kind = members[-1].kind
        if kind == "region":
            return codes, "multi"
        return codes, _SCOPES.get(kind, "country")


def _counted(text: str) -> bool:
    """Is a place mention a "29개국"-style count of countries?"""
    return any(ch.isdigit() for ch in text) or "개" in text


# "...라고 미국 자유아시아방송(RFA)이 16일 보도했다": the speaker before the verb.
_SUBJECT = re.compile(r".*(?:고|며|면서)\s+([^,“”\"]{1,40}?)(?:이|가|은|는)$", re.DOTALL)
_DAY = re.compile(r"(?:\s*\d+일)?\s*$")
_DAYS = re.compile(r"^(?:\d+일\s*)+")  # "16일 국가정보원": the date before a source
