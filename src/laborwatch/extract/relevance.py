"""Is a document about DPRK nationals working abroad? A score in [0, 1] and a decision.

Cheap by design (regexes over sentences, no numbers; places only when a labour term
occurs), so irrelevant documents cost little: features are counts of sentences where a
DPRK term meets a labour term, those that also speak of work abroad (the evidence:
not labour at home, not other nations' workers), "North Korean workers"-style phrases,
sentences on labour inside the DPRK ("mobilised", "inside North Korea"), phrases on
other nations' workers ("South Korean workers", "migrants from Uzbekistan") and sentences
on other topics (troops, missiles); a logistic of their weighted, capped sum with the
weights of ``cues.yaml`` (or the learned model) gives the score.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterable, Sequence

from laborwatch.extract.cues import Cues, Vocabulary, cues, labor_nouns, lowered_starts
from laborwatch.extract.learned import LinearModel
from laborwatch.extract.scan import matches_at, union_ahead
from laborwatch.extract.scan import starts as scan_starts
from laborwatch.extract.text import lower, plain_ascii
from laborwatch.extract.vocab import (
    literal_pattern,
    lower_pattern,
    phrase_pattern,
    scan_pattern,
    verb_forms,
    within_pattern,
    words,
)

# ``[.!?]\s+|\n+``, opening on one character class so the regex engine skips ahead to
# the next mark (two branches made it start its matcher at every position); only the
# match ends are used
_ROUGH_SENTENCE = re.compile(r"[.!?\n](?:(?<=[.!?])\s+|(?<=\n)\n*)")

# between other people's phrase and a worker noun that names the same people ("ethnic
# Korean workers", "ethnic Korean migrant workers"): a space and at most one word
_OWN_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?")

# the breves of Korean romanisation dropped ("Ch'ŏngjin" -> "Ch'ongjin")
_NO_BREVES = str.maketrans("ŏŭŎŬ", "ouOU")


def dprk_names(rel: dict) -> list[str]:
    """The DPRK terms of a relevance vocabulary: ``dprk_terms``, ``dprk_romanised`` and each
    romanised name with its breves dropped."""
    romanised = [str(t) for t in rel.get("dprk_romanised", [])]
    return list(
        dict.fromkeys(rel["dprk_terms"] + romanised + [t.translate(_NO_BREVES) for t in romanised])
    )


def _words_back(text: str, end: int, n: int) -> int:
    """Where the ``n``-th run of non-space characters before ``end`` starts (0 when there
    are fewer): a phrase of ``n`` words ending at ``end`` starts there or after."""
    i = end
    for k in range(n):
        while i and not text[i - 1].isspace():
            i -= 1
        if k < n - 1:
            while i and text[i - 1].isspace():
                i -= 1
    return i


class RelevanceScorer:
    """Scores relevance with the hand weights of ``cues.yaml``, or with a learned model
    over the same features (``model``: classes irrelevant/relevant, decided at the
    ``threshold`` of its meta, 0.5 by default)."""

    def __init__(self, cues: Cues, model: LinearModel | None = None) -> None:
        rel = cues.relevance
        self.cues = cues
        self.model = model
        # these patterns open on a DPRK term ("D", "K", "N", "P"): the engine skips in C to
        # those characters
        dprk = "(?:" + scan_pattern(dprk_names(rel)) + self._alone(rel) + self._firm(rel) + ")"
        self.dprk = re.compile(dprk)
        # the spans of the DPRK names of the last text read (mentions_dprk, has_labor_terms
        # and score read the same document in turn)
        self._names_of: tuple[str, list[tuple[int, int]]] = ("", [])
        # names of the DPRK only in a text that says "Korea" ("lads from the North")
        with_korea = rel.get("dprk_with_korea")
        self.dprk_with_korea = (
            # opening on a literal (:func:`scan_pattern`), not on "\b" at every position
            re.compile(r"(?:" + scan_pattern(with_korea) + r")(?!\s+Korea)") if with_korea else None
        )
        self.worker_phrase = self._worker_phrase(dprk, phrase_pattern(rel["worker_phrase_nouns"]))
        # the phrases of people at work, not of businesses: "North Korean nurses", "North
        # Korean cooks" (any worker noun of the counts), not "North Korean restaurants"
        businesses = set(rel.get("worker_phrase_businesses", []))
        people = phrase_pattern([n for n in rel["worker_phrase_nouns"] if n not in businesses])
        self.people_phrase = self._worker_phrase(dprk, people + "|" + cues.worker_nouns.pattern)
        # a pronoun opening a sentence right after one on troops ("이들은 …")
        openers, troops = rel.get("pronoun_openers"), rel.get("troop_terms")
        self.pronoun_opening = (
            re.compile(r"\s*(?:" + lower_pattern(openers) + ")") if openers else None
        )
        self.troops = re.compile(lower_pattern(troops)) if troops else None
        workers = rel.get("troop_sentence_workers")
        self.troop_workers = re.compile(literal_pattern(workers)) if workers else None
        # a place abroad right before visitors ("러시아 관광객 1천 명이 이곳을 찾았다"): the
        # visitors' nationality, no place of work abroad (the noun may take a plural or a
        # particle after it)
        visitors = rel.get("visitors_after_place")
        self.visitors_after = (
            re.compile(r"\s?(?:" + literal_pattern(visitors) + ")") if visitors else None
        )
        self.visitors_any = re.compile(literal_pattern(visitors)) if visitors else None
        # a sentence opening on the place just named ("같은 현장에는 …"): that place is its own
        same = rel.get("same_place_openers")
        self.same_place = re.compile(r"\s*(?:" + lower_pattern(same) + ")") if same else None
        # a digest item's head at a line's start ("Russia: ...", "Jobs: ..."; not a speaker's
        # "HOST:" or "Q:"): a new item, which neither a DPRK name nor a place carries into
        most = rel.get("item_head_words")
        self.item_head = (
            re.compile(
                r"\n[^\S\n]*(?:[A-Z][\w'’-]*[^\S\n]+){0,"
                + str(most - 1)
                + r"}[A-Z][a-z][\w'’-]*:\s"
            )
            if most
            else None
        )
        # words holding a labour term that name no workers ("무역일꾼"): not labour
        not_labor = rel.get("not_labor_terms")
        self.not_labor = re.compile(lower_pattern(not_labor)) if not_labor else None
        # ... and the words after a unit and an affiliation word ("해커 조직 소속 인력")
        units, affiliations = rel.get("affiliated_units"), cues.raw.get("affiliation_words")
        self.affiliated = (
            re.compile(
                r"(?<![가-힣])(?:" + literal_pattern(units) + r")\s(?:[가-힣]+\s)?"
                r"(?:" + literal_pattern(affiliations) + r")\s(?:[가-힣]+\s)?[가-힣]+"
            )
            if units and affiliations
            else None
        )
        pretest = rel.get("labor_pretest_terms", [])
        self._pretest_terms = re.compile(phrase_pattern(pretest) or r"(?!)", re.I)
        # the same on the lower-cased copy of plain ASCII text, where the case folds agree:
        # opening on a literal, not on "\b" at every position as re.IGNORECASE does
        self._pretest_lowered = (
            re.compile(lower_pattern(pretest))
            if pretest and all(str(t).isascii() for t in pretest)
            else None
        )
        # whose workers: "Nepali (migrant) workers", "migrants from Uzbekistan", and the
        # DPRK's own after the noun ("workers from the DPRK", "citizens of North Korea")
        # (and every job noun of labour, when the language reads them: "stevedores from
        # Uzbekistan")
        jobs = labor_nouns(cues.raw, cues.language) if rel.get("labor_from_worker_nouns") else []
        jobs = [j for j in jobs if j not in rel.get("people_not_labor_nouns", [])]
        people = phrase_pattern(rel.get("people_worker_nouns", []) + jobs)
        self.people_after = re.compile(r"[\s-]+(?:[\w-]+\s+){0,2}?(?:" + people + r")", re.I)
        linked = (
            r"(?:"
            + phrase_pattern(rel.get("people_origin_prepositions", []))
            + r")\s+(?:(?:"
            + words(cues.language, "articles")
            + r")\s+)?$"
        )
        # also set off by a comma ("The crews, from Myanmar and Indonesia, ...")
        self.people_before = re.compile(r"(?:" + people + r"),?\s+" + linked, re.IGNORECASE)
        self.linked = re.compile(linked, re.IGNORECASE)  # cheap test
        # labour at home, in one pass: its words, and places at home ("inside North Korea")
        places = [p.lower() for p in rel.get("home_places", [])]
        vocabulary = Vocabulary("cues", cues.language)
        within = within_pattern(  # "북한 내 사업소에서": a place at home with "inside"
            [p.lower() for p in vocabulary.get("home_within_places", [])],
            vocabulary.get("home_within_words", []),
            vocabulary.get("home_within_particles", []),
        )
        self.home = re.compile(lower_pattern(rel.get("home_terms", []) + places))
        # searched apart (its place names are common: not among the scan's start phrases)
        self.home_within = re.compile(within) if within else None
        self.home_places = frozenset(" ".join(p.split()) for p in places)
        self.source_before = re.compile(
            r"\b(?:" + lower_pattern(rel.get("home_places_not_after", [])) + r")\s+$"
        )
        # a home word placed abroad: "collective farms in (the Amur region)"
        placed = rel.get("home_placed_prepositions", [])
        self.placed_abroad = (
            re.compile(
                rf"\b(?:{phrase_pattern(rel.get('home_terms', []))})\s+"
                rf"(?:{phrase_pattern(placed)})\s+(?:(?:{words(cues.language, 'articles')})\s+)?$",
                re.IGNORECASE,
            )
            if placed
            else None
        )
        # DPRK nationals counted right before their name ("350 North Koreans", "about 700
        # from North Korea"): a sentence that counts them beside other nations' workers is
        # theirs too
        counted = rel.get("counted_words")
        self.counted_before = (
            re.compile(
                r"(?:\d|\b(?:"
                + phrase_pattern(counted)
                + r"))\S*\s+(?P<link>(?:"
                + phrase_pattern(rel.get("people_origin_prepositions", []))
                + r")\s+(?:(?:"
                + words(cues.language, "articles")
                + r")\s+)?)?$",
                re.IGNORECASE,
            )
            if counted
            else None
        )
        # "working from Pyongyang", "sent to repair a dam in Ryanggang province": a place at
        # home after a preposition
        self.sent_home = self._sent_home_pattern(rel)
        # other people's words used as the workers' cover ("유학생 비자", "노동자 위장 유학생",
        # "유학생으로 위장해"): the words after them, before them, or after their particle
        after, before = rel.get("others_not_before"), rel.get("others_posed_before")
        posed = rel.get("others_posed_after")
        self.others_cover = (
            (
                re.compile(r"\s?(?:" + literal_pattern(after) + ")"),
                re.compile(r"(?:" + literal_pattern(before) + r")\s?$"),
                re.compile(r"(?:으로|로)?\s?(?:" + literal_pattern(posed) + ")"),
            )
            if after and before and posed
            else None
        )
        self.sent_home_places = self._sent_home_places(rel)
        yield_to = rel.get("others_yield_to")
        self.yield_to = re.compile(lower_pattern(yield_to)) if yield_to else None
        # "North Korea recalled 150 workers from Angola": after the DPRK and a return verb,
        # "workers from" a place names where they worked, not another nation's workers
        returns = vocabulary.get("status_verbs", {}).get("repatriated")
        self.recalled = (
            re.compile(
                dprk
                + r"[^.!?\n]*?\b(?i:"
                + phrase_pattern(verb_forms(returns, cues.language))
                + r")\b"
            )
            if returns
            else None
        )
        self.weights: dict[str, float] = rel["weights"]
        self.caps: dict[str, float] = rel["caps"]
        self.bias = float(rel["bias"])
        self.threshold = float(
            model.meta.get("threshold", 0.5) if model is not None else rel["threshold"]
        )

    @staticmethod
    def _alone(rel: dict) -> str:
        """Branches for the short DPRK names of ``dprk_alone`` (Korean "북"): after no
        Hangul syllable, before a space, a comma or a particle of ``dprk_alone_particles``;
        each opens on its first letter, as the other branches do."""
        alone = rel.get("dprk_alone")
        if not alone:
            return ""
        ends = (
            r"(?=[\s,]|(?:" + phrase_pattern(rel.get("dprk_alone_particles", [])) + r")(?![가-힣]))"
        )
        return "".join(
            "|" + re.escape(w[0]) + r"(?<![가-힣].)" + re.escape(w[1:]) + ends
            for w in map(str, alone)
        )

    @staticmethod
    def _sent_home_parts(rel: dict) -> list[tuple[list[str], list[str], str | None]]:
        """The prepositions, places and (or None) words after them of the "sent to" pattern
        (:meth:`_sent_home_pattern`), one triple per branch."""
        return [
            (rel[before], dprk_names({"dprk_terms": [], "dprk_romanised": rel[places]}), after)
            for before, places, after in (
                ("home_dispatch_prepositions", "home_dispatch_places", None),
                ("home_province_prepositions", "home_provinces", "home_province_words"),
            )
            if rel.get(before) and rel.get(places)
        ]

    @classmethod
    def _sent_home_pattern(cls, rel: dict) -> re.Pattern[str] | None:
        """A preposition of ``home_dispatch_prepositions`` before a place of
        ``home_dispatch_places``, or one of ``home_province_prepositions`` before a province
        of ``home_provinces`` and a word of ``home_province_words``."""
        branches = [
            rf"\b(?i:{phrase_pattern(before)})\s+(?:{phrase_pattern(named)})"
            + (rf"\s+(?i:{phrase_pattern(rel[after])})" if after else "")
            + r"\b(?!['’]s|-)"
            for before, named, after in cls._sent_home_parts(rel)
        ]
        return re.compile("|".join(branches)) if branches else None

    @classmethod
    def _sent_home_places(
        cls, rel: dict
    ) -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], re.Pattern[str], int]]] | None:
        """What finds where the "sent to" pattern may match, place first (its places open on
        capitals, rarer than its prepositions' letters at every word): a look-ahead at every
        place of either branch (:func:`union_ahead`), and per branch its places, its
        prepositions anchored at the end (searched up to a place's start) and their most
        words."""
        parts = cls._sent_home_parts(rel)
        if not parts:
            return None
        every = union_ahead(phrase_pattern([p for _, named, _ in parts for p in named]))
        return every, [
            (
                re.compile(phrase_pattern(named)),
                re.compile(rf"(?i:{phrase_pattern(before)})\Z"),
                max(len(b.split()) for b in before),
            )
            for before, named, _ in parts
        ]

    @staticmethod
    def _firm(rel: dict) -> str:
        """A branch for the DPRK's state firms named Korean-style: a head of
        ``dprk_firm_heads``, one capitalised word (a number may follow) and a tail of
        ``dprk_firm_tails`` ("Korea Ungum General Trading Corporation")."""
        heads, tails = rel.get("dprk_firm_heads"), rel.get("dprk_firm_tails")
        if not heads or not tails:
            return ""
        # opening on the heads' first letters as the other branches do (:func:`scan_pattern`):
        # a branch opening on "\b" made the engine start its matcher at every position
        return (
            rf"|(?:{scan_pattern(heads)})\s+[A-Z][a-z]+(?:[\s-]\d+)?\s+"
            rf"(?:{phrase_pattern(tails)})\b"
        )

    def _dprk_spans(self, text: str) -> list[tuple[int, int]]:
        """The spans of ``self.dprk``'s matches in ``text`` (its ``finditer``), found once
        per text."""
        last, spans = self._names_of
        if last is text:
            return spans
        spans = [m.span() for m in self.dprk.finditer(text)]
        self._names_of = (text, spans)
        return spans

    def _named(self, text: str) -> list[tuple[int, int]]:
        """The spans of every DPRK name of ``text``, in order (those of ``dprk_with_korea``
        only when the text says "Korea")."""
        found = self._dprk_spans(text)
        if self.dprk_with_korea is not None and "Korea" in text:
            found = sorted(found + [m.span() for m in self.dprk_with_korea.finditer(text)])
        return found

    def _worker_phrase(self, dprk: str, nouns: str) -> re.Pattern[str]:
        """A DPRK name then one of the ``nouns`` (an alternation): "North Korean workers"."""
        rel = self.cues.relevance
        # no word between the name and the noun that makes them someone else's ("North
        # Korea's embassy staff", "North Korean national team coaches")
        # nor a paragraph break ("... of North Korean coal" in a headline, "The crews" after)
        char = r"(?!\n\s*\n)\s"
        between = r"[\w-]+(?:" + char + r")+"
        if not_between := rel.get("not_in_worker_phrase"):
            between = r"(?!(?i:" + phrase_pattern(not_between) + r")\b)" + between
        if "not_after_worker_phrase" in rel:  # "North Korean workers", not "... workers' party"
            return re.compile(
                r"(?:"
                + dprk
                + r")(?:'s|’s)?(?:-|"
                + char
                + r")+(?:"
                + between
                + r"){0,2}?(?i:"
                + nouns
                + r")"
                r"(?!\s+(?i:" + phrase_pattern(rel["not_after_worker_phrase"]) + r"))"
            )
        # a language's own "North Korean workers" (Korean: no possessive, no hyphen)
        return re.compile(r"(?:" + dprk + r")\s*(?:" + between + r"){0,2}?(?:" + nouns + ")")

    def features(
        self,
        text: str,
        foreign: list[tuple[int, int]] | None = None,
        others: list[tuple[int, int]] | None = None,
    ) -> dict[str, int]:
        """Capped-count features; ``foreign`` spans are places abroad (not DPRK or ROK),
        ``others`` the nationalities other than the DPRK's ("South Korean", "Nepali").

        Each vocabulary runs once over the whole text; hits are bucketed by sentence.
        """
        terms = self.cues.relevance_terms
        starts = [0] + [m.end() for m in _ROUGH_SENTENCE.finditer(text)]
        low = lower(text)

        def at(pos: int) -> int:
            return bisect.bisect_right(starts, pos) - 1

        # every place where a term or a home phrase may start, in one scan; each pattern is
        # tried only there
        where = self._where(low)

        def hits(rx: re.Pattern[str]) -> set[int]:
            found = matches_at(rx, low, where, len(low))
            return {at(m.start()) for m in found}

        named_spans = self._named(text)
        named = [a for a, _ in named_spans]
        named_at = {at(pos) for pos in named}
        items = self._item_heads(text, at)
        dprk = named_at | ({i + 1 for i in named_at} - items)  # or named in the sentence before
        # "North Korean workers", "a North Korean restaurant": labour of the DPRK's own
        phrases = [at(m.start()) for m in self.worker_phrase.finditer(text)]
        phrases += [at(a) for a in named if self._people_before(text, a)]
        labor = self._labor(low, where, at) | set(phrases)
        labor -= self._items_unnamed(text, starts, items, named_at)
        if not phrases:  # a text on troops alone; beside the DPRK's workers, left as read
            labor -= self._troops_work(low, starts, labor)
        if foreign and self.visitors_after is not None:
            foreign = [(a, b) for a, b in foreign if not self.visitors_after.match(text, b)]
        placed = {at(a) for a, _ in foreign or []}
        sent_home = self._sent_home(text, starts, placed)
        abroad = (hits(terms["abroad"]) - sent_home) | placed
        home = self._home(low, starts, dprk & labor, where)  # only ever read within these
        home |= sent_home & dprk & labor
        home -= self._placed_abroad(text, starts, home, foreign or [])
        other = {at(a) for a, b in others or [] if self.people_after.match(text, b)} | {
            at(a)
            for a, _ in foreign or []
            if self._people_before(text, a) and not self._recalled_from(text, starts[at(a)], a)
        }
        by_phrase: set[int] = set()  # other people named by a phrase ("ethnic Koreans")
        if rel_other := terms.get("other"):
            found = list(matches_at(rel_other, low, where, len(low)))
            if self.others_cover is not None:  # "유학생 비자", "위장 유학생": a cover
                found = [m for m in found if not self._cover(low, m)]
            by_phrase = self._others_named(low, starts, found)
            other |= by_phrase
        # "Chinese and North Korean workers", "1,000 Central Asians and 350 North Koreans"
        # stay evidence
        alien = self._alien(text, other - set(phrases), named_spans, at)
        # "… 한국인 근로자 2만 명. 이 가운데 …": from every such sentence, or ("phrases") only from
        # those named by a phrase ("workers from Kuwait" may be the DPRK's, flown home)
        if carry := self.cues.relevance.get("others_carry"):
            alien |= self._carried(alien if carry is True else alien & by_phrase, labor, named_at)
        alien |= self._troops_again(low, starts, labor, named_at)
        # a place abroad carries to the next sentence ("plants in Hunchun. The women work"),
        # unless it was where other nations' workers are
        abroad |= {i + 1 for i in abroad - alien - self._visiting(text, starts)} - items
        if self.same_place:  # "… 한국 근로자는 500여 명. 같은 현장에는 한때 북한 노동자 200명도"
            abroad |= {
                i + 1
                for i in abroad
                if i + 1 < len(starts) and self.same_place.match(low, starts[i + 1])
            }
        return {
            "labor_abroad_sentences": len((labor & abroad) - alien),
            "dprk_labor_sentences": len(dprk & labor),
            "dprk_labor_abroad_sentences": len((dprk & labor & abroad) - home - alien),
            "dprk_worker_phrases": len(phrases),
            "off_topic_sentences": len(hits(terms["off_topic"])),
            "home_labor_sentences": len(dprk & labor & home),
            "other_workers_sentences": len(other),
        }

    def _item_heads(self, text: str, at: Callable[[int], int]) -> set[int]:
        """The sentences that open a digest's item (``item_head_words``): only in a text
        with two heads or more, none repeated (an interview's "Kim:" comes again)."""
        if self.item_head is None or "\n" not in text:
            return set()
        heads = [(" ".join(m.group().split()), m.end() - 1) for m in self.item_head.finditer(text)]
        if len(heads) < 2 or len({h for h, _ in heads}) < len(heads):
            return set()
        return {at(end) for _, end in heads}

    @staticmethod
    def _items_unnamed(text: str, starts: list[int], items: set[int], named: set[int]) -> set[int]:
        """The sentences of the digest items (from each head of ``items`` to the next line)
        that name no DPRK (``named``): another item's story, no evidence ("Jobs: ... software
        developers in Poland work remotely" after an item on a North Korean hacking group)."""
        out: set[int] = set()
        for k in items:
            end = k + 1
            while end < len(starts) and text[starts[end] - 1] != "\n":
                end += 1
            if named.isdisjoint(range(k, end)):
                out.update(range(k, end))
        return out

    def _labor(self, low: str, where: Sequence[int], at: Callable[[int], int]) -> set[int]:
        """The sentences with a labour term, less those inside ``not_labor_terms``."""
        found = matches_at(self.cues.relevance_terms["labor"], low, where, len(low))
        masks = [m.span() for m in self.not_labor.finditer(low)] if self.not_labor else []
        if self.affiliated is not None:
            masks += [m.span() for m in self.affiliated.finditer(low)]
        return {at(m.start()) for m in found if not any(a <= m.start() < b for a, b in masks)}

    def _alien(
        self, text: str, other: set[int], named: list[tuple[int, int]], at: Callable[[int], int]
    ) -> set[int]:
        """``other`` less the sentences where a figure counts DPRK nationals (:meth:`_counted`);
        only the names inside ``other`` are looked at (the others could not take any out:
        only for speed)."""
        if not other:
            return other
        return other - self._counted(text, [m for m in named if at(m[0]) in other], at)

    def _counted(
        self, text: str, named: list[tuple[int, int]], at: Callable[[int], int]
    ) -> set[int]:
        """The sentences where a figure counts DPRK nationals right before their name: a
        plural name ("350 North Koreans") or one after "from"/"of" ("700 from North Korea")."""
        if self.counted_before is None:
            return set()
        out: set[int] = set()
        for a, b in named:
            before = self.counted_before.search(text, max(a - 30, 0), a)
            if before and (before.group("link") or text[a:b].endswith("s")):
                out.add(at(a))
        return out

    def _cover(self, low: str, m: re.Match[str]) -> bool:
        """Is the other people's word ``m`` the workers' cover (:attr:`others_cover`)?"""
        assert self.others_cover is not None
        after, before, posed = self.others_cover
        return bool(
            after.match(low, m.end())
            or before.search(low, max(m.start() - 8, 0), m.start())
            or posed.match(low, m.end())
        )

    def _others_named(
        self, low: str, starts: list[int], found: Iterable[re.Match[str]]
    ) -> set[int]:
        """The sentences of the other people's phrases ``found``; a sentence that also names
        workers outside them by a noun of ``others_yield_to`` stays evidence ("1,000 troops
        ... in addition to about 2,000 labourers"), not one right after such a phrase
        ("ethnic Korean workers": the same people)."""
        out: set[int] = set()
        spans = [(m.start(), m.end()) for m in found]
        for a, _ in spans:
            k = bisect.bisect_right(starts, a) - 1
            if k in out:
                continue
            if self.yield_to is not None:
                end = starts[k + 1] if k + 1 < len(starts) else len(low)
                if any(
                    not any(x < m.end() and m.start() < y for x, y in spans)
                    and not any(_OWN_NOUN.fullmatch(low, y, m.start()) for _, y in spans)
                    for m in self.yield_to.finditer(low, starts[k], end)
                ):
                    continue
            out.add(k)
        return out

    def _troops_again(
        self, low: str, starts: list[int], labor: set[int], named: set[int]
    ) -> set[int]:
        """Labour sentences that name no DPRK and open on a pronoun ("이들은 건설 현장에서
        일하는 줄 알고 왔다") right after a sentence on troops without labour ("북한군 포로
        2명은 …"): the troops again, no evidence."""
        out: set[int] = set()
        if self.pronoun_opening is None or self.troops is None:
            return out
        for i in labor:
            if (
                i
                and i not in named
                and i - 1 not in labor
                and self.pronoun_opening.match(low, starts[i])
                and self.troops.search(low, starts[i - 1], starts[i])
            ):
                out.add(i)
        return out

    def _visiting(self, text: str, starts: list[int]) -> set[int]:
        """The sentences that count visitors by their nationality ("중국 관광객은 2만
        명으로, 단둥의 여행사들은"): their place abroad does not carry to the next one."""
        if self.visitors_any is None:
            return set()
        return {
            bisect.bisect_right(starts, m.start()) - 1 for m in self.visitors_any.finditer(text)
        }

    def _troops_work(self, low: str, starts: list[int], labor: set[int]) -> set[int]:
        """Labour sentences on troops that name no workers (``troop_sentence_workers``):
        "북한군 병력 가운데 공병 1천 명이 러시아 건설 현장으로": the troops' work (read only
        in a text that names no DPRK workers by a phrase)."""
        out: set[int] = set()
        if self.troop_workers is None or self.troops is None:
            return out
        for i in labor:
            end = starts[i + 1] if i + 1 < len(starts) else len(low)
            if self.troops.search(low, starts[i], end) and not self.troop_workers.search(
                low, starts[i], end
            ):
                out.add(i)
        return out

    @staticmethod
    def _carried(alien: set[int], labor: set[int], named: set[int]) -> set[int]:
        """Sentences on other nations' workers, and the labour sentences right after them
        that name no DPRK (they go on about the same workers)."""
        out = set(alien)
        for i in sorted(labor):
            if i - 1 in out and i not in named:
                out.add(i)
        return out

    def _home(
        self, low: str, starts: list[int], wanted: set[int], where: Sequence[int]
    ) -> set[int]:
        """The sentences of ``wanted`` on labour at home: "inside North Korea", but not
        "a source inside North Korea" (``low``: the lower-cased text, ``starts``: where its
        sentences start, ``where``: every place where a home phrase may start)."""
        out: set[int] = set()
        if not wanted:
            return out
        found = list(matches_at(self.home, low, where, len(low)))
        if self.home_within is not None:
            found += self.home_within.finditer(low)
        for m in found:
            k = bisect.bisect_right(starts, m.start()) - 1
            if (
                k in wanted
                and k not in out
                and (
                    " ".join(m.group().split()) not in self.home_places
                    or not self.source_before.search(low, max(m.start() - 30, 0), m.start())
                )
            ):
                out.add(k)
        return out

    def _placed_abroad(
        self, text: str, starts: list[int], home: set[int], foreign: list[tuple[int, int]]
    ) -> set[int]:
        """The sentences of ``home`` whose home words are placed abroad right after them
        ("on collective farms in the Amur region"): a place abroad after "in", "at" or
        "near" within a few characters of a home word."""
        out: set[int] = set()
        if self.placed_abroad is None:
            return out
        for a, _ in foreign:
            k = bisect.bisect_right(starts, a) - 1
            if k in home and self.placed_abroad.search(text, max(starts[k], a - 60), a):
                out.add(k)
        return out

    def _sent_home(self, text: str, starts: list[int], placed: set[int]) -> set[int]:
        """The sentences that name a place in the DPRK after "in"/"to" ("sent to repair a
        dam in Ryanggang province") and no place abroad (``placed``: the sentences that
        do)."""
        if self.sent_home is None or self.sent_home_places is None:
            return set()
        found = matches_at(self.sent_home, text, self._sent_home_starts(text), len(text))
        return {bisect.bisect_right(starts, m.start()) - 1 for m in found} - placed

    def _sent_home_starts(self, text: str) -> list[int]:
        """Every position where the "sent to" pattern may match (ascending; more may be
        there): at each place of its branches, the preposition must end right before the
        spaces before it, so only the few words there are tried."""
        assert self.sent_home_places is not None
        every, branches = self.sent_home_places
        out: set[int] = set()
        for m in every.finditer(text):
            a = end = m.start()
            while end and text[end - 1].isspace():  # "\s+" before the place
                end -= 1
            if end == a:
                continue
            for place, before, most in branches:
                if place.match(text, a) is None:
                    continue
                lo = _words_back(text, end, most)
                if before.search(text, lo, end) is not None:
                    out.update(range(lo, end))
        return sorted(out)

    def _recalled_from(self, text: str, start: int, pos: int) -> bool:
        """Do the DPRK and a return verb come before ``pos`` in its sentence (from
        ``start``): "North Korea recalled about 150 workers from (Angola)"?"""
        return self.recalled is not None and self.recalled.search(text, start, pos) is not None

    def _people_before(self, text: str, pos: int) -> bool:
        """Does a people noun and "from"/"of" end right before ``pos`` ("workers from")?"""
        return bool(
            self.linked.search(text, max(pos - 10, 0), pos)
            and self.people_before.search(text, max(pos - 40, 0), pos)
        )

    def _where(self, low: str) -> Sequence[int]:
        """Every place in ``low`` (a text lower-cased) where a relevance term or a home
        phrase may start, in one scan (shared with :meth:`features` and prepare())."""
        if self.cues is cues(self.cues.language):
            return lowered_starts(self.cues.language, low)
        return scan_starts(self.cues.lowered_any, low, 0, len(low))

    def has_labor_terms(self, text: str) -> bool:
        """A word of labour, or a DPRK phrase of one's own workers ("North Korean nurses").

        The labour terms are tried only where the scan of :meth:`_where` puts a term: a
        document that names the DPRK is scored after (:meth:`features` reads that scan),
        whether or not it has one."""
        low = lower(text)
        labor = self.cues.relevance_terms["labor"]
        return (
            next(matches_at(labor, low, self._where(low), len(low)), None) is not None
            or self.people_phrase.search(text) is not None
            or self._pretested(text, low)
        )

    def _pretested(self, text: str, low: str) -> bool:
        """Has ``text`` (``low``: lower-cased) a word of ``labor_pretest_terms``?"""
        if self._pretest_lowered is not None and plain_ascii(text):
            return self._pretest_lowered.search(low) is not None
        return self._pretest_terms.search(text) is not None

    def mentions_dprk(self, text: str) -> bool:
        return bool(self._dprk_spans(text)) or (
            self.dprk_with_korea is not None
            and "Korea" in text
            and self.dprk_with_korea.search(text) is not None
        )

    def score(
        self,
        text: str,
        foreign: list[tuple[int, int]] | None = None,
        others: list[tuple[int, int]] | None = None,
    ) -> float:
        if not self.mentions_dprk(text):
            return 0.0
        f = self.features(text, foreign, others)
        if self.model is not None:
            return self.model.probabilities(self.model_features(f))["relevant"]
        z = self.bias + sum(  # a language's hand weights may leave a feature out
            self.weights.get(k, 0.0) * min(v, self.caps.get(k, v)) for k, v in f.items()
        )
        return 1.0 / (1.0 + math.exp(-z))

    def model_features(self, f: dict[str, int]) -> dict[str, float]:
        """The learned model's inputs: each capped count, and whether it is non-zero."""
        out: dict[str, float] = {k: float(min(v, self.caps.get(k, v))) for k, v in f.items()}
        out.update({f"{k}>0": 1.0 for k, v in f.items() if v > 0})
        return out

    def is_relevant(self, score: float) -> bool:
        return score >= self.threshold
