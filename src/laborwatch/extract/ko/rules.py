"""The Korean-only cue lists of ``lang/ko/cues.yaml``, compiled once per cue set."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from laborwatch.extract.cues import Cues, worker_phrases
from laborwatch.extract.ko.hangul import conjugations, scan_alternation
from laborwatch.extract.vocab import load, phrase_pattern, within_pattern


def _rx(words: Iterable[Any] | None) -> re.Pattern[str]:
    return re.compile(phrase_pattern([str(w) for w in (words or [])]), re.IGNORECASE)


def _lit(words: Iterable[Any]) -> str:
    """An alternation of ``words`` taken literally (a space is one space)."""
    return "|".join(re.escape(str(w)) for w in words)


@dataclass(frozen=True)
class HangulFirst:
    """A phrase pattern, ``whole``, searched faster on Korean text. ``whole`` is the
    alternation of ``hangul`` (its phrases that open on Hangul, which the regex engine
    skips to in C) and ``latin`` (those that open on a word boundary, "IT 노동자");
    :meth:`search` reads ``latin`` only from the first character one of its phrases opens
    on (``opening``) and only before ``hangul``'s match. The leftmost match wins, and
    ``hangul``'s on a tie, as in ``whole``. There is no ``finditer``: use ``whole``."""

    whole: re.Pattern[str]
    hangul: re.Pattern[str]
    latin: re.Pattern[str] | None  # None: ``hangul`` is ``whole`` (not split)
    opening: re.Pattern[str]

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self.hangul.search(text, pos, endpos)
        if self.latin is None:
            return found
        first = self.opening.search(text, pos, found.start() if found else endpos)
        if first is None:
            return found
        other = self.latin.search(text, first.start(), endpos)
        if other is not None and (found is None or other.start() < found.start()):
            return other
        return found


_HANGUL = re.compile(r"[\uac00-\ud7a3\u3130-\u318f]")  # syllables, jamo: no word boundary


def _hangul_first(whole: re.Pattern[str], phrases: list[str]) -> HangulFirst:
    """:class:`HangulFirst` of ``whole``, the pattern of ``phrases``; unsplit unless its
    two halves make exactly ``whole``."""
    words = [" ".join(p.split()) for p in map(str, phrases) if p.strip()]
    latin = [w for w in words if w[0].isalnum() and not _HANGUL.match(w[0])]
    hangul = [w for w in words if w not in latin]
    split = (
        latin and hangul and whole.pattern == phrase_pattern(hangul) + "|" + phrase_pattern(latin)
    )
    if not split:
        return HangulFirst(whole, whole, None, whole)
    return HangulFirst(
        whole,
        re.compile(phrase_pattern(hangul), whole.flags),
        re.compile(phrase_pattern(latin), whole.flags),
        re.compile("[" + "".join(sorted({re.escape(w[0]) for w in latin})) + "]", whole.flags),
    )


@dataclass(frozen=True)
class KoreanRules:
    workers: HangulFirst  # cues.worker_nouns, searched faster
    excluded: re.Pattern[str]
    excluded_among: re.Pattern[str]  # "탈북민 가운데": a whole of people who are not workers
    cover_papers: re.Pattern[str]  # "학생 비자를 받은 … 800명이 일하고"
    member_opening: re.Pattern[str]  # "이 가운데 …" opening a sentence
    member_before: re.Pattern[str]
    stayed_after: re.Pattern[str]  # "아직 남아 있다": a part still there
    affiliated: re.Pattern[str]  # "해커 조직 소속 인력 ": the unit's people, not workers
    part_before: re.Pattern[str]  # member_before, or "나머지": a part keeps the whole's sector
    replacing_before: re.Pattern[str]  # "빈자리는 새로 온": those replacing keep the sector
    remainder_before: re.Pattern[str]  # "나머지 3천500명": the rest of a group counted
    member_work_after: re.Pattern[str]
    per_person: re.Pattern[str]
    computed: re.Pattern[str]  # "1인당으로 치면 7천500위안꼴": a figure worked out
    won_rates: dict[str, tuple[float, float]]  # won per unit of a currency
    sales: re.Pattern[str]  # "식당의 하루 매출은 2만 위안": a business's takings
    contract_words: frozenset[str]  # money exclusions that a per-person amount overrides
    word_initial: frozenset[str]  # exclusions that need a word start ("시가", not "지시가")
    unit_money: re.Pattern[str]  # "식당마다 10만 달러씩": one workplace's takings
    payee_before: re.Pattern[str]  # "북한 회사에 매달 …"
    workers_paid: re.Pattern[str]  # "노동자 85명에게 … 204만 위안을": paid to workers
    paid_after: re.Pattern[str]  # "… 500만 루블을 지급했다"
    other_workers: re.Pattern[str]
    dprk_word: re.Pattern[str]  # "중국인 사업가는 북한 노동자 300명": the DPRK's after all
    others_not_theirs: re.Pattern[str]  # "러시아 노동자 송출", "현지 인력업체": not theirs
    dprk_subject: re.Pattern[str]  # "북한이 벌어들인", "북한 노동자에게": the DPRK earns, is paid
    labor_export: re.Pattern[str]
    whole_income: re.Pattern[str]  # "북한의 외화 수입": the DPRK's income, not labour's
    money_change_after: re.Pattern[str]
    money_increment_after: re.Pattern[str]  # "100위안을 더 내게": an increment
    percent_change_after: re.Pattern[str]  # "20~30% 올랐지만": a rate of change
    receive_after: re.Pattern[str]
    cumulative: re.Pattern[str]
    conversion_gap: re.Pattern[str]
    dollars_next: re.Pattern[str]  # "150만 투그릭, 미화로 약 450달러": the dollar form next
    won_restating: re.Pattern[str]  # "한화로 수천억원": money put in won
    entry: re.Pattern[str]
    part_of: re.Pattern[str]  # "절반은": a part of the figure's group
    home: re.Pattern[str]  # "북한 내부에서는": inside the DPRK
    now: re.Pattern[str]  # "현재": at the time of the report
    entry_planned: re.Pattern[str]  # "입국할 것": an arrival still to come
    distributive: re.Pattern[str]
    distributive_before: re.Pattern[str]
    each_of_list: frozenset[str]
    doubt_after: re.Pattern[str]
    total: re.Pattern[str]
    work_context: re.Pattern[str]
    level_after: re.Pattern[str]
    level_reached: re.Pattern[str]
    nationality_after: re.Pattern[str]  # "중국인": a place name made a nationality
    inclusive: re.Pattern[str]  # "건설 노동자를 포함해": a part included in the figure
    level_left: re.Pattern[str]  # "1천800명 안팎에서 크게 줄었다": the level changed from
    speaker_after: re.Pattern[str]
    media_after: re.Pattern[str]
    byline_after: re.Pattern[str]  # "워싱턴-김지은 …": where the reporter files from
    passing_after: re.Pattern[str]
    sent_since: re.Pattern[str]  # "올해 들어 … 보낸 노동자": a period of sending
    counted_places: re.Pattern[str]  # "두 지역의 … 각각": places counted before "각각"
    home_before: re.Pattern[str]  # "해외 1천명·국내 3천명": the figure right after it is at home
    return_from_after: re.Pattern[str]  # "단둥에서 돌아온": where workers came home from
    abroad_label_after: re.Pattern[str]  # "해외 노동자": abroad as the workers' label
    source_local: re.Pattern[str]  # "현지": there, where the source is
    etc_after: re.Pattern[str]
    per_month: re.Pattern[str]
    per_year: re.Pattern[str]
    per_day: re.Pattern[str]
    employer_gives: re.Pattern[str]  # "회사에서 400달러를": the employer, no other payee
    paid_before: re.Pattern[str]  # "북한 측에 보낸 인건비는": paid to the DPRK side, said before
    give_after: re.Pattern[str]  # "… 를 주는데": given
    remainder: re.Pattern[str]  # "내고 남은 500위안으로": what remains to the worker
    day_rate: re.Pattern[str]  # "일당 5천 루블 …, 북한 사람들은 3천 루블": a rate per day or hour
    state_take: re.Pattern[str]  # "국가 계획분": what only the DPRK's workers hand over
    bullet: re.Pattern[str]  # "▲": the start of a list's item, the end of a clause
    list_item: re.Pattern[str]  # "- 러시아: 8만 루블": a line of a list or table
    one_year_span: re.Pattern[str]  # "1년간 쓰는 조건으로": a total for one year
    several_years: re.Pattern[str]  # "5년 동안 번 돈": earned over several years
    table_heading: re.Pattern[str]  # "지역별로 정리했다": a table in the next sentence
    stay_carried: re.Pattern[str]  # "3년 계약을 마치고 … 손에 쥐고 가는": a stay's total
    one_year_term: re.Pattern[str]  # "1년 계약": a contract's takings for one year
    part_year: re.Pattern[str]  # "1~8월", "상반기": a part of a year, neither month nor year
    reckoned: re.Pattern[str]  # "10만 명으로 잡으면": a total reckoned from the workers
    average: re.Pattern[str]  # "평균 연봉": an average, of a place's workers without the DPRK
    share_words: dict[str, float]
    share_word_rx: re.Pattern[str]
    origins: tuple[tuple[re.Pattern[str], str], ...]
    source_nouns: re.Pattern[str]
    statuses: tuple[tuple[str, re.Pattern[str]], ...]
    adnominal: dict[str, re.Pattern[str]]  # a status said before the noun
    status_nouns: tuple[tuple[str, re.Pattern[str]], ...]
    work_purpose: re.Pattern[str]
    purpose_after: re.Pattern[str]  # "4천200명이 취업 목적으로": the figure's own purpose
    rate_before: re.Pattern[str]
    comparison_after: re.Pattern[str]
    set_apart_after: re.Pattern[str]
    compared_whole: re.Pattern[str]  # "…달러로 대북 지원 규모를 웃돈다": another whole
    fee_before: re.Pattern[str]
    fee_after: re.Pattern[str]
    other_employers: re.Pattern[str]
    piece_rate: re.Pattern[str]
    sector_heads: frozenset[str]
    clause_end: re.Pattern[str]
    clause_end_start: re.Pattern[str]  # an ending right after a figure's own word ("정도인데,")
    foreign_workers: re.Pattern[str]
    troops: re.Pattern[str]
    arms: re.Pattern[str]  # munitions: money after them in a sentence without workers
    given_pay: re.Pattern[str]  # "업체들이 주는 월급": the pay an employer gives
    worth_after: re.Pattern[str]  # "1천500달러어치", "수백 달러짜리": goods' worth, a price
    price_after: re.Pattern[str]  # "1인당 298위안에 판다": what a thing is sold or made for
    example_after: re.Pattern[str]  # "100위안을 바꾸면": the amount of an example
    saved_after: re.Pattern[str]  # "1만 위안이 넘는 돈을 모았다": a sum saved, no period
    denied: re.Pattern[str]  # "날조된 주장": a claim the sentence calls made up
    own_verb_end: re.Pattern[str]  # "2억 달러 이상을 벌어 ": the figure's own verb, connective
    goods: re.Pattern[str]  # "석탄 1만t을 실어 나르면": goods traded, in a sentence of no work
    south_place: re.Pattern[str]  # "경기도의 한 공장에서": a place in South Korea, located
    defected: re.Pattern[str]  # "탈북 후 국내 IT 기업에 취업한 그는": life in the South
    home_workplace: re.Pattern[str]  # "개성공단": a workplace inside the DPRK
    firm_quota: re.Pattern[str]  # "외화벌이 계획은": a firm's quota
    month_span: re.Pattern[str]  # "석 달 동안", "3개월간": a span of months
    one_off: re.Pattern[str]  # "추가로 걷었다": a one-off sum
    north_won: re.Pattern[str]  # "북한 돈으로는": the won after it is North Korean
    abroad_word: re.Pattern[str]  # "해외", "파견": work abroad
    clause_break: re.Pattern[str]
    clause_break_after: re.Pattern[str]  # clause_break and the breaks read only after a figure
    share_nouns: re.Pattern[str]
    income: re.Pattern[str]
    share: re.Pattern[str]  # the shared share cues and the Korean hand-over phrases
    share_bound: re.Pattern[str]  # "절반 이상": a bound after a share word
    share_bounds: dict[str, str]
    restating: re.Pattern[str]
    unit_after: re.Pattern[str]
    additive_before: re.Pattern[str]
    stock_after: re.Pattern[str]
    year_point: re.Pattern[str]
    year_compared: re.Pattern[str]  # "작년보다": a year compared with, not the figure's
    planned_after: re.Pattern[str]
    decided: re.Pattern[str]  # "-기로 했다": decided to
    place_subject: re.Pattern[str]  # "카타르에는 북한 노동자가 각각"
    among_after: re.Pattern[str]  # used with match()
    among_before: re.Pattern[str]
    open_bracket: re.Pattern[str]  # "350만 달러(약 47억"
    copula: re.Pattern[str]
    continued_after: re.Pattern[str]  # "300위안이었다", "8천 달러에서 50% 오른"
    continued_copula: re.Pattern[str]  # "(5억 달러 수준)이다"
    now_topic: re.Pattern[str]  # "현재는 …": the present, opening a sentence
    then_topic: re.Pattern[str]  # "2016년에는", "예전에는": an earlier time as the topic
    restating_topic: re.Pattern[str]  # "연평균으로는 …": the amount before, per period
    earlier_time: re.Pattern[str]  # "지난해에는 70%였다": a share's earlier level
    label_given_after: re.Pattern[str]  # "… 400위안이 생활비 명목으로 지급됐다": a label
    referring: re.Pattern[str]  # "이 금액이 1만2천 달러에": the amount just named
    referring_scale: re.Pattern[str]  # "그 규모를 연간 3억~5억 달러로": the size of it
    rate_noun_before: re.Pattern[str]  # "계획 달성률은 65%에": a rate, not a share
    year_before: re.Pattern[str]  # "2019년 말 1000달러에서"
    question: re.Pattern[str]  # "얼마나 될까." closes a question
    pay_question: re.Pattern[str]  # "한 달에 얼마를 받았나.": asks for one's pay
    owned: re.Pattern[str]  # "급여의 80%", "번 돈의 80%"
    span_after: re.Pattern[str]  # "1년 새": within a year, not per year
    term_after: re.Pattern[str]  # "1년 계약": a term's length, not per year
    opening_topic: re.Pattern[str]  # "대북 소식통은 … 말했다"
    opening: re.Pattern[str]


_CACHE: dict[int, KoreanRules] = {}


def _names(words: Iterable[Any]) -> str:
    """A pattern for ``words`` where a name ending in a Latin letter ("NHK") may be followed
    by a Hangul particle ("NHK가"), which a word boundary would refuse."""
    latin = sorted({str(w) for w in words if str(w)[-1:].isascii()}, key=len, reverse=True)
    other = [str(w) for w in words if not str(w)[-1:].isascii()]
    if not latin:
        return phrase_pattern(other)
    return (
        phrase_pattern(other)
        + "|(?<![A-Za-z])(?:"
        + "|".join(map(re.escape, latin))
        + ")(?![A-Za-z])"
    )


def korean_rules(cues: Cues) -> KoreanRules:
    """The compiled Korean rules of ``cues`` (cached per cue set)."""
    found = _CACHE.get(id(cues))
    if found is not None:
        return found
    raw = cues.raw
    # keyed without spaces: "3분의 2" and "3분의2" are one fraction
    share_words = {"".join(str(k).split()): float(v) for k, v in raw["share_words"].items()}
    share_order = sorted(share_words, key=len)[::-1]  # the longest first
    nations = [str(w) for w in raw["other_nations"]]
    bounds = {  # the number grammar's qualifiers after a figure that bound it
        str(k): str(v[0])
        for k, v in load("numbers", "ko")["qualifiers_after"].items()
        if v[0] in ("at_least", "at_most")
        and str(k) not in {str(w) for w in raw["share_bound_exclusions"]}
    }
    nouns = [str(w) for w in raw["other_worker_nouns"]]
    endings = _lit(raw["clause_endings"])
    # a fee noun's particle and the modifiers before its figure ("입장료는 약 10달러")
    fee_tail = (
        r"(?:" + _lit(raw["fee_particles"]) + r")?\s"
        r"(?:(?:" + _lit(raw["fee_modifiers"]) + r")\s)*"
    )
    # the estimate word between a restating phrase and its figure ("미화로 약 450달러")
    estimate = r"(?:(?:" + _lit(raw["restating_modifiers"]) + r")\s?)?"
    rules = KoreanRules(
        workers=_hangul_first(cues.worker_nouns, worker_phrases(raw, cues.language)),
        work_purpose=_rx(raw["work_purpose"]),
        purpose_after=re.compile(
            r"\s?(?:"
            + _lit([*raw["subject_particles"], *raw["topic_particles"]])
            + r")?\s(?:"
            + phrase_pattern(raw["work_purpose"])
            + ")"
        ),
        troops=_rx(raw["troop_words"]),
        arms=_rx(raw["arms_words"]),
        worth_after=re.compile(r"^(?:" + _lit(raw["worth_suffixes"]) + ")"),
        price_after=re.compile(
            r"^\s?(?:(?:가량|정도|선|안팎|씩)?에\s(?:[^\s,]+\s)?(?:"
            + _lit(raw["price_verbs"])
            + r")|씩\s(?:"
            + _lit(raw["sold_each_verbs"])
            + "))"
        ),
        example_after=re.compile(
            r"^\s?(?:씩)?(?:을|를)\s(?:" + _lit(raw["example_verbs"]) + r")(?![가-힣])"
        ),
        goods=_rx(raw["traded_goods"]),
        denied=_rx(raw["denial_words"]),
        saved_after=re.compile(
            r"^\s?(?:[^\s,]+\s){0,2}?(?:돈)?(?:을|를)\s(?:" + _lit(raw["saving_verbs"]) + ")"
        ),
        own_verb_end=re.compile(
            r"^\s?[^\s,]{0,4}(?:을|를)\s(?:" + _lit(raw["own_verb_connectives"]) + r")(?=\s)"
        ),
        home_workplace=_rx(raw["home_workplaces"]),
        firm_quota=_rx(raw["firm_quota_words"]),
        one_off=re.compile(_lit(raw["one_off_after"])),
        month_span=re.compile(
            r"(?:(?<![\d.,])(?:[2-9]|1[01])\s?개월|(?<![가-힣])(?:"
            + _lit(raw["month_span_words"])
            + r"))\s?(?:"
            + _lit(raw["month_span_after"])
            + r")(?![가-힣])"
        ),
        north_won=_rx(raw["north_won_words"]),
        abroad_word=_rx(raw["abroad_words"]),
        south_place=re.compile(  # a place of the South with its locative, a word of its own
            f"(?<![가-힣])(?:{_lit(raw['south_places'])})(?:{_lit(raw['south_locatives'])})(?![가-힣])"
        ),
        defected=_rx(raw["after_defection"]),
        given_pay=re.compile(
            r"(?:이|가)\s(?:"
            + _lit(raw["given_pay_verbs"])
            + r")\s(?:"
            + _lit(raw["comparison_pay_nouns"])
            + r")"
        ),
        share_nouns=re.compile(
            r"(?:"
            + phrase_pattern(raw["share_nouns"])
            + r")(?:"
            + _lit(raw["share_noun_particles"])
            + r")?\s"
            r"(?:(?:"
            + phrase_pattern(raw["share_modifiers"])
            + r"|(?:19|20)\d\d년(?:에는|에)?)\s){0,2}$"
        ),  # also after a year ("바치는 비율은 2015년 60% 안팎에서")
        income=_rx(raw["income_words"]),
        share_bounds=bounds,
        restating=_rx(raw["restating_words"]),
        additive_before=_rx(raw["additive_words"]),
        stock_after=re.compile(r"\s?(?:" + phrase_pattern(raw["stock_after"]) + ")"),
        year_point=_rx(raw["year_point"]),
        year_compared=re.compile(r"\s?(?:" + _lit(raw["year_compared"]) + ")"),
        planned_after=re.compile(  # "보내기로", "보낼 계획", "보내는 것을 목표로"
            r"\S{0,4}?\s?(?:것을\s|것이\s)?(?:"
            + phrase_pattern([*raw["decision_endings"], *raw["planned_endings"]])
            + ")"
        ),
        decided=re.compile(
            r"(?:" + _lit(raw["decision_endings"]) + r")\s?(?:" + _lit(raw["decision_verbs"]) + ")"
        ),
        place_subject=re.compile(
            r"(?:" + _lit(raw["locative_particles"]) + r")\s(?:[^\s,]+\s){0,3}?[^\s,]+"
            r"(?:" + _lit(raw["subject_particles"]) + r")\s$"
        ),
        among_after=re.compile(r"\s?(?:" + _lit(raw["among_words"]) + r")\s"),
        among_before=re.compile(r"^\s?(?:" + _lit(raw["among_words"]) + r")\s?$"),
        open_bracket=re.compile(r"\s?\(\s?(?:(?:" + _lit(raw["bracket_openers"]) + r")\s?)?$"),
        copula=re.compile(r"\s?(?:" + _lit(raw["copula_after"]) + ")"),
        continued_copula=re.compile(r"\s?(?:" + _lit(raw["continued_copulas"]) + ")"),
        now_topic=re.compile(r"\s*(?:" + _lit(raw["now_topics"]) + r")\s"),
        restating_topic=re.compile(r"\s*(?:" + _lit(raw["restating_topics"]) + r")\s"),
        then_topic=re.compile(r"(?:\d{4}년(?:에는|엔)|" + _lit(raw["earlier_times"]) + r")\s"),
        continued_after=re.compile(r"\s?(?:" + _lit(raw["continued_after"]) + ")"),
        earlier_time=re.compile(r"(?:" + _lit(raw["earlier_times"]) + r")\s?$"),
        label_given_after=re.compile(
            r"^\s?(?:(?:이|가|을|를|씩|씩을)?\s(?:[가-힣]+\s){1,2}명목으로\s"
            r"|의\s[가-힣]+\s)(?:"  # also "월 300위안의 생활비만 돌아갔다"
            + _lit(raw["label_pay_verbs"])
            + ")"
        ),
        referring_scale=re.compile(
            r"(?:"
            + _lit(raw["referring_scales"])
            + r")(?:은|는|이|가|도|을|를)?\s(?:[^\s,.]+\s){0,2}$"
        ),
        rate_noun_before=re.compile(
            r"(?:" + _lit(raw["rate_nouns"]) + r")(?:은|는|이|가|도)?\s(?:[^\s,.]+\s)?$"
        ),
        referring=re.compile(
            r"(?:" + _lit(raw["referring_amounts"]) + r")(?:은|는|이|가|도)?\s(?:[^\s,.]+\s){0,2}$"
        ),
        year_before=re.compile(
            r"(?:19|20)\d\d년(?:\s?(?:" + _lit(raw["year_point_words"]) + r"))?\s?$"
        ),
        pay_question=re.compile(_lit(raw["pay_questions"])),
        question=re.compile(r"(?:" + _lit(raw["question_endings"]) + r")\s?[.?]?\s*$"),
        owned=re.compile(r"((?:\S+\s)?\S+)의\s(?:(?:" + _lit(raw["owned_bounds"]) + r")\s)?$"),
        span_after=re.compile(r"\s?(?:" + _lit(raw["span_after"]) + r")(?![가-힣])"),
        term_after=re.compile(r"\s?(?:" + _lit(raw["term_after"]) + ")"),
        opening_topic=re.compile(
            r"^\s*(?:(?:" + _lit(raw["speaker_labels"]) + r")\s*)?([^,“”\"=]{1,30}?)"
            r"(?:" + _lit(raw["topic_particles"]) + r")\s"
        ),
        opening=re.compile(
            r"^\s*(?:(?:" + _lit(raw["speaker_labels"]) + r")\s*)?([^,“”\"=]{1,30}?)"
            r"(?:" + _lit([*raw["topic_particles"], *raw["subject_particles"]]) + r")\s"
        ),
        unit_after=re.compile(
            r"^\s?(?:이|가|씩)?\s?(?:" + phrase_pattern(raw["unit_after"]) + r")"
            r"(?:을|를|이|가|으로|로|에)?(?![가-힣])"
        ),
        share_bound=re.compile(r"\s?(" + "|".join(sorted(bounds, key=len, reverse=True)) + ")"),
        share=re.compile(
            cues.share.pattern
            + "|(?<![가-힣])(?:"  # a whole recipient: not the 당 of "장마당으로 넘어간다"
            + phrase_pattern(
                [f"{r}{p}" for r in raw["share_recipients"] for p in raw["share_particles"]]
            )
            + r")\s+(?:(?:"  # "당국에 실제로 들어간": an adverb may stand before the verb
            + _lit(raw["share_adverbs"])
            + r")\s+)?(?:"
            + phrase_pattern(
                [
                    form
                    for v in [*raw["share_verbs"], *raw["recipient_only_verbs"]]
                    for form in conjugations(str(v))
                ]
            )
            + ")|(?<![가-힣])(?:"  # "그 90%는 군수공업부 몫": a recipient's part
            + phrase_pattern([str(r) for r in raw["share_recipients"]])
            + r")(?:의)?\s?(?:"
            + _lit(raw["recipient_parts"])
            + r")",
            re.IGNORECASE,
        ),
        clause_break=re.compile(r"(?:" + _lit(raw["clause_breaks"]) + r")\s?,"),
        clause_break_after=re.compile(
            r"(?:" + _lit(raw["clause_breaks"] + raw["clause_breaks_after"]) + r")\s?,"
        ),
        rate_before=re.compile(r"(?:" + phrase_pattern(raw["rate_words"]) + r")\s?$"),
        compared_whole=re.compile(
            r"^[^\s,.]{0,3}\s?(?:으로|로)\s(?:[^\s,.]+\s){0,4}?[^\s,.]*?(?:"
            + _lit(raw["compared_whole_verbs"])
            + ")"
        ),
        comparison_after=re.compile(
            r"^\s?(?:(?:" + phrase_pattern(raw["comparison_pay_nouns"]) + r")\s?)?"
            r"(?:" + phrase_pattern(raw["comparison_after"]) + r"|의\s?(?:\d+|[가-힣]{1,2})\s?배)"
        ),  # ... or a multiple of it ("노동자 외화벌이의 10배가 넘는")
        set_apart_after=re.compile(
            r"^\s?(?:(?:" + phrase_pattern(raw["comparison_pay_nouns"]) + r")\s?)?"
            r"(?:" + phrase_pattern(raw["set_apart_after"]) + r")"
        ),
        fee_before=re.compile(  # "진료비 20달러", "입장료는 약 10달러": the fee's own figure
            r"(?<![가-힣])(?!(?:"
            + _lit(raw["fee_exceptions"])
            + r")"
            + fee_tail
            + r")[가-힣]*(?:"
            + _lit(raw["fee_suffixes"])
            + r")"
            + fee_tail
            + r"$"
        ),
        fee_after=re.compile(  # "5000위안의 과태료를": the figure a fee's
            r"^\s?(?:의|가량의|상당의)\s(?!(?:"
            + _lit(raw["fee_exceptions"])
            + r")(?:를|을|는|은|가|이|로|도)?(?![가-힣]))[가-힣]*(?:"
            + _lit(raw["fee_suffixes"])
            + r")(?:를|을|는|은|가|이|로|도)?(?![가-힣])"
        ),
        other_employers=_rx(raw["other_employers"]),
        piece_rate=re.compile(
            r"(?<![가-힣])(?:"
            + _lit(raw["piece_words"])
            + r")\s?$|(?:\d|(?<![가-힣])(?:"
            + _lit(raw["piece_one"])
            + r"))\s?(?:"
            + _lit(raw["piece_units"])
            + r")\s?(?:"
            + _lit(raw["piece_particles"])
            + r")\s?$"
        ),
        sector_heads=frozenset(str(w) for w in raw["sector_heads"]),
        clause_end=re.compile(  # also "…다\"며"; not a label's "'검열비'라며 500위안을"
            r"(?!(?<=[\"'”’])라며|(?<=[\"'”’]이)라며)[가-힣][\"'”’]?(?:" + endings + r")[\s,]"
        ),
        clause_end_start=re.compile(r"(?:" + endings + r")[\s,]"),
        foreign_workers=_rx([f"{n} {w}" for n in nations for w in nouns]),
        excluded=_rx(raw["excluded_words"]),
        excluded_among=re.compile(
            r"(?:"
            + phrase_pattern(raw["excluded_wholes"])
            + r")(?:들)?\s(?:"
            + _lit(raw["among_words"])
            + r")(?:에서|에)?(?![가-힣])"
        ),
        cover_papers=_rx(raw["cover_papers"]),
        member_opening=re.compile(r"^\s*(?:" + phrase_pattern(raw["member_before"]) + r")\s"),
        entry=_rx(raw["entry_words"]),
        part_of=re.compile(r"(?<![가-힣])(?:" + phrase_pattern(raw["part_subjects"]) + r")"),
        home=re.compile(
            phrase_pattern(raw["home_words"])
            + "|"
            + within_pattern(
                raw["home_within_places"], raw["home_within_words"], raw["home_within_particles"]
            )
        ),
        now=re.compile(r"(?:" + phrase_pattern(raw["now_words"]) + r")(?!\s?까지)"),
        sent_since=re.compile(
            phrase_pattern(raw["sent_since"])
            + r"|(?:"
            + _lit(raw["sent_periods"])
            + r")\s(?!"
            + _lit(raw["year_point_words"])
            + ")"
        ),
        counted_places=_rx(raw["counted_places"]),
        home_before=re.compile(r"(?<![가-힣])(?:" + phrase_pattern(raw["home_before"]) + r")\s?$"),
        entry_planned=re.compile(
            r"(?:" + _lit(raw["entry_words"]) + r")(?:" + _lit(raw["planned_entry_endings"]) + ")"
        ),
        dollars_next=re.compile(
            r"(?:으로|로)?[\s,(]*(?:"  # "8만~10만 루블로, 미화로 약 900~1천100달러"
            + phrase_pattern(raw["dollar_restating"])
            + r")\s?"
            + estimate
            + "$"
        ),
        won_restating=re.compile(
            r"(?:"
            + phrase_pattern(raw["won_restating"])
            + r")\s?(?:\S+\s)?"
            + estimate
            + r"(?:(?:"  # a period ("한화로 약 월 50만원")
            + _lit(raw["restating_periods"])
            + r")\s?)?$"
        ),
        conversion_gap=re.compile(
            r"^(?:으로|로)?[\s,(=]*(?:(?:"
            + phrase_pattern(raw["conversion_glue"])
            + r")[\s,(=]*)*$"
        ),
        cumulative=_rx(raw["cumulative_words"]),
        per_person=re.compile(  # also "한 IT 노동자는", not the 한 of "북한 노동자는"
            phrase_pattern([str(w) for w in raw["per_person"]])
            + r"|(?<![가-힣])한\s(?:"
            + _lit(raw["one_of_group"])
            + r")(?:은|는|이|가)(?![가-힣])",
            re.IGNORECASE,
        ),
        unit_money=_rx(
            [
                *raw["unit_money"],
                *(f"{w} {r}" for w in raw["unit_subjects"] for r in raw["unit_recipients"]),
            ]
        ),
        payee_before=re.compile(
            r"(?:" + phrase_pattern(raw["dprk_payees"]) + r")\s(?:[^\s,]+\s){0,6}$"
        ),
        workers_paid=re.compile(  # also "노동자 본인에게는 매달 …"
            r"(?:" + _lit(raw["worker_payees"]) + r")(?:들)?(?:\s본인|\s개인)?"
            r"(?:\s?[\d,]+(?:[천만]\d*)*\s?명)?(?:에게|한테)(?:는|도|만)?\s(?:[^\s,]+\s){0,6}$"
        ),
        paid_before=re.compile(
            r"(?:"
            + phrase_pattern(raw["dprk_payees"])
            + r")\s(?:"
            + _lit(raw["paid_adnominals"])
            + r")\s(?:[^\s,]+\s){0,4}$"
        ),
        paid_after=re.compile(
            r"^\s?(?:을|를|씩을|씩)?\s?(?:" + phrase_pattern(raw["pay_verbs"]) + ")"
        ),
        sales=_rx(raw["sales_words"]),
        won_rates={str(k): (float(v[0]), float(v[1])) for k, v in raw["won_rates"].items()},
        computed=re.compile(phrase_pattern(raw["computed_words"])),
        word_initial=frozenset(str(w) for w in raw["word_initial_exclusions"]),
        contract_words=frozenset(str(w) for w in raw["contract_words"]),
        dprk_word=re.compile(
            r"(?!" + _lit(raw["dprk_word_exceptions"]) + r")(?:" + _lit(raw["dprk_words"]) + ")"
        ),
        others_not_theirs=re.compile(r"\s?(?:" + _lit(raw["other_workers_after"]) + ")"),
        dprk_subject=re.compile(
            r"(?:"
            + _lit(raw["dprk_words"])
            + r")(?:(?:\s?당국)?(?:"
            + _lit([*raw["topic_particles"], *raw["subject_particles"]])
            + r")|\s?(?:"
            + _lit(nouns)
            + r")(?:들)?(?:에게|한테))(?![가-힣])"
        ),
        other_workers=re.compile(
            phrase_pattern([str(w) for w in raw["other_workers"]])
            # a nation or its demonym, a trade or the same line of work, a worker noun
            # ("러시아 건설 노동자", "폴란드인 용접공들", "한국의 같은 분야 개발자")
            + r"|(?:"
            + phrase_pattern(nations)
            + r")(?:인?\s+(?:(?:"
            + phrase_pattern([str(t) for t in raw["other_worker_trades"]])
            + r")\s+)?|인?\s+내\s+(?:"  # "미국 내 소프트웨어 개발자": with a trade only
            + phrase_pattern([str(t) for t in raw["other_worker_trades"]])
            + r")\s+|의?\s+(?:"
            + phrase_pattern([str(t) for t in raw["other_worker_same_field"]])
            + r")\s+(?:(?:"
            + phrase_pattern([str(t) for t in raw["other_worker_trades"]])
            + r")\s+)?)(?:"
            + phrase_pattern(nouns)
            + ")",
            re.IGNORECASE,
        ),
        labor_export=_rx(raw["labor_export"]),
        whole_income=_rx(raw["whole_income_words"]),
        money_increment_after=re.compile(
            r"^\s?(?:을|를|씩)?\s(?:" + _lit(raw["money_increment_after"]) + ")"
        ),
        money_change_after=re.compile(
            r"^\s?(?:씩|이|가|나|이나)?\s?(?:" + phrase_pattern(raw["money_change_after"]) + ")"
        ),
        percent_change_after=re.compile(
            r"^\s?(?:이|가|나|이나|씩|가량|정도|안팎|이상|넘게)?\s?(?:"
            + phrase_pattern(raw["percent_change_after"])
            + ")"
        ),
        receive_after=re.compile(r"^\s?(?:" + phrase_pattern(raw["receive_after"]) + ")"),
        member_work_after=_rx(raw["member_work_after"]),
        stayed_after=re.compile(
            r"[^,.]{0,16}?(?:" + phrase_pattern([str(w) for w in raw["stayed_words"]]) + ")"
        ),
        affiliated=re.compile(
            r"(?:"
            + phrase_pattern([str(w) for w in raw["military_words"]])
            + r")\s(?:[가-힣]+\s)?(?:"
            + _lit(raw["affiliation_words"])
            + r")\s(?:[가-힣]+\s){0,2}$"
        ),
        member_before=re.compile(
            r"(?:" + phrase_pattern(raw["member_before"]) + r")\s(?:[^\s,]+\s){0,2}?$"
        ),
        remainder_before=re.compile(
            r"(?:" + phrase_pattern(raw["remainder_before"]) + r")\s(?:[^\s,]+\s)?$"
        ),
        replacing_before=re.compile(
            r"(?:" + _lit(raw["replacing_before"]) + r")[가-힣]*\s(?:[^\s,]+\s){0,3}?$"
        ),
        part_before=re.compile(
            r"(?:"
            + phrase_pattern(raw["member_before"] + raw["remainder_before"])
            + r")\s(?:[^\s,]+\s){0,3}?$"
        ),
        distributive=re.compile(r"^\s?(?:" + phrase_pattern(raw["distributive"]) + ")"),
        distributive_before=re.compile(
            r"(?:"
            + phrase_pattern([w for w in raw["distributive_before"] if " " not in w])
            # a phrase opens on a word of its own: "한 식당에", not "북한 식당에"
            + r"|(?<![가-힣])(?:"
            + phrase_pattern([w for w in raw["distributive_before"] if " " in w])
            + r"))\s(?:[^\s,]+\s){0,2}$"
        ),
        each_of_list=frozenset(str(w) for w in raw["each_of_list"]),
        doubt_after=_rx(raw["doubt_after"]),
        total=re.compile(r"(?:" + phrase_pattern(raw["total_words"]) + r")\s?$"),
        work_context=_rx(raw["work_context"]),
        adnominal={
            status: re.compile(r"(" + phrase_pattern(words) + r")\s+(?:[^\s,]+\s+){0,4}$")
            for status, words in raw["status_adnominal"].items()
        },
        status_nouns=tuple(
            (
                status,
                re.compile(
                    # a bare word may stand between ("3천명 라오스 파견": a headline's place),
                    # or a headline's ellipsis and two ("수천 명…건설 현장 투입")
                    r"^(?:…\s?(?:[가-힣]+\s){0,2}|\s?(?:을|를|이|가)?\s?(?:[가-힣]{2,}\s)?)"
                    r"(?:" + phrase_pattern(words) + r")"
                    r"(?:을|를|이|가|은|는|도|에|으로|의)?(?![가-힣])"
                    r"(?!\s(?:" + phrase_pattern(raw["status_noun_compounds"]) + r"))"
                ),
            )
            for status, words in raw["status_nouns"].items()
        ),
        nationality_after=re.compile(
            r"(?:" + phrase_pattern(raw["nationality_suffixes"]) + r")(?:들)?"
            r"(?:은|는|이|가|을|를|의|과|와|도)?(?![가-힣])"
        ),
        inclusive=_rx(raw["inclusive_words"]),
        level_left=re.compile(
            r"\s?(?:[가-힣]{1,3})?에서\s(?:[^\s,]+\s){0,2}?(?:"
            + phrase_pattern(raw["change_verbs"])
            + ")"
        ),
        level_reached=re.compile(
            r"\s?(?:으로|로)\s(?:[^\s,]+\s){0,2}?(?:" + phrase_pattern(raw["change_verbs"]) + ")"
        ),
        level_after=re.compile(
            r"^\s?(?:" + phrase_pattern(raw["level_particles"]) + r")(?![가-힣])"
        ),
        speaker_after=re.compile(r"^\s?(?:" + phrase_pattern(raw["speaker_nouns"]) + ")"),
        passing_after=re.compile(r"^\s?(?:" + phrase_pattern(raw["passing_after"]) + ")"),
        byline_after=re.compile(raw["byline_after"]),
        # "미국 자유아시아방송", "미국의 한 민간 연구기관은": an outlet or institute of the place
        media_after=re.compile(
            r"^\s?(?:의\s(?:한\s)?)?(?:\S+\s)?(?:" + _names(raw["media_nouns"]) + ")"
        ),
        return_from_after=re.compile(r"^\s?(?:" + phrase_pattern(raw["return_from_after"]) + ")"),
        source_local=re.compile(
            r"(?<![가-힣])(?:" + phrase_pattern(raw["source_local_words"]) + ")"
        ),
        abroad_label_after=re.compile(r"\s?(?:" + phrase_pattern(raw["abroad_label_after"]) + ")"),
        etc_after=re.compile(r"^\s?(?:" + phrase_pattern(raw["list_etc"]) + ")"),
        per_month=_rx(raw["per_month"] + [f"월 {n}" for n in raw["period_money_nouns"]]),
        per_year=_rx(raw["per_year"] + [f"연 {n}" for n in raw["period_money_nouns"]]),
        per_day=_rx(raw["per_day"]),
        day_rate=_rx(raw["day_rate_words"]),
        remainder=re.compile(r"(?<![가-힣])(?:" + _lit(raw["remainder_words"]) + r")\s(?:약\s)?$"),
        employer_gives=re.compile(
            r"(?:" + _lit(raw["employer_givers"]) + r")(?:(?!에게|한테)[^,.])*$"
        ),
        give_after=re.compile(r"^\s?(?:" + _lit(raw["give_after"]) + ")"),
        average=_rx(raw["average_words"]),
        reckoned=_rx(raw["reckoned_words"]),
        one_year_span=_rx(raw["one_year_spans"]),
        several_years=re.compile(
            r"(?:(?<![\d.,])(?:[2-9]|[1-9]\d)\s?(?:"
            + _lit(raw["several_year_suffixes"])
            + r")|"
            + phrase_pattern(raw["several_year_words"])
            + r")\s(?:(?:"
            + _lit(raw["several_year_subjects"])
            + r")\s)?(?:"
            + _lit(raw["several_year_earned"])
            + r")"
        ),
        stay_carried=re.compile(
            r"(?<![\d.,])(?:[2-9]|[1-9]\d)\s?(?:"
            + _lit(raw["several_year_terms"])
            + r")(?:[^.]*?)(?:"
            + phrase_pattern(raw["carried_home"])
            + ")"
        ),
        one_year_term=_rx(raw["one_year_terms"]),
        table_heading=_rx(raw["table_heading_verbs"]),
        part_year=re.compile(r"\d{1,2}월?\s?[~∼-]\s?\d{1,2}월|" + _lit(raw["part_year_words"])),
        bullet=re.compile(_lit(raw["bullets"])),
        list_item=re.compile(  # a bullet may touch its item ("▲러시아 = 2만여 명")
            r"\s*(?:(?:" + _lit(raw["list_item_marks"]) + r")\s|" + _lit(raw["bullets"]) + ")"
        ),
        state_take=_rx(raw["state_take_words"]),
        share_words=share_words,
        share_word_rx=re.compile(  # spaces optional between the characters ("3분의 2")
            r"(?:"
            + scan_alternation(
                ((w[0], "".join(r"\s?" + re.escape(c) for c in w[1:])) for w in share_order),
                r"[\d.]",
            )
            + r")(?![\d.])"
        ),
        origins=tuple((_rx(words), str(name)) for name, words in raw["origins"].items()),
        source_nouns=_rx(raw["source_nouns"]),
        statuses=tuple((s, cues.status[s]) for s in cues.status_order if s in cues.status),
    )
    _CACHE[id(cues)] = rules
    return rules
