"""Sector of a counted group, from cue words near the figure (``lang/<code>/sectors.yaml``,
and ``sector_grammar.yaml`` where a language has one).

The figure's sentence decides when it names one sector (with two, the figure's own part of
it may single one out; with more, none). Else the sector is carried by the discourse: from
the sentences before when the figure's sentence refers back ("there", "the women", "the
firm"), or from a later sentence reached through a chain of sentences about the same
workers ("Those men fell timber near Tynda"); else it is the one named with the
speaker of a quotation that holds the figure. Several sectors for one figure means none.

A cue word is read in context: the longest cue from the leftmost start reads a compound;
a word in another sense ("taken to hospital", "clear mines") is no cue; a workplace or
structure that is built is construction; a generic workplace ("factories") yields to a
specific sector beside it unless the two are listed; and an example employer ("including
a tomato farm") does not decide.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from laborwatch.extract.counts import MIN_EXACT_COUNT
from laborwatch.extract.cues import Cues, Vocabulary, per_cue_set
from laborwatch.extract.cues import cues as compiled_cues
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.numbers import Quantity
from laborwatch.extract.scan import Folding, matches_at, starts, union_ahead
from laborwatch.extract.tails import last_words, may_end_with
from laborwatch.extract.text import caseless_lower, folded
from laborwatch.extract.vocab import (
    has,
    inflect_plurals,
    load,
    lower_pattern,
    phrase_pattern,
    verb_forms,
    words,
)

NEIGHBOURS = 3  # sentences either side that may carry the same workers' sector
EXAMPLE_REACH = 60  # characters after "including" within which a cue is only an example
BUILT_REACH = 40  # characters after a building verb within which a workplace is its object
SENSE_REACH = 40  # characters either side of a cue within which its other sense is read
QUOTE_REACH = 3  # sentences a quotation may run on before its speaker is named
CARRY_BACK = 2  # sentences before a figure that may carry its sector to it
REFERENT_REACH = 5  # sentences before a figure where the workplace it refers to may be named
FORMER_REACH = 40  # characters before a cue within which "used to" makes it a former job
NEVER = re.compile(r"(?!x)x")
_LIST_GAP = re.compile(r"\s*[,;]\s*(?:and\s+)?")  # between the items of a list of figures


@dataclass(frozen=True)
class SectorGrammar:
    """The compiled ``sector_grammar.yaml`` of a language (patterns that never match
    when the language has none)."""

    # reading a cue word
    verbs: dict[str, re.Pattern[str]]  # per sector: its verb phrases ("fell trees")
    verbs_any: re.Pattern[str]  # any of them (a cheap first test)
    verbs_lower: re.Pattern[str]  # the same on lower-cased text, several times faster
    other_senses: re.Pattern[str]  # "taken to hospital", "clear mines"
    built_before: re.Pattern[str]  # "putting up a" before a workplace
    made_before: re.Pattern[str]  # "a maker of" before a product
    built_keeps: frozenset[str]  # sectors a built object keeps (a ship)
    built_products: frozenset[str]  # cue words a built object keeps ("software")
    generic: re.Pattern[str]  # "factories"
    coordinated: re.Pattern[str]  # "and", "or" between listed workplaces
    example_before: re.Pattern[str]  # "including", "such as"
    # the figure's part of a sentence, and the discourse
    predicate_break: re.Pattern[str]  # "and to"
    restated: re.Pattern[str]  # "the 83 workers"
    anaphor: re.Pattern[str]  # "the women", "the firm"
    quote_close: re.Pattern[str]
    quote_open: re.Pattern[str]
    # "near a gold mine": a landmark, no workplace; "not in construction": set aside
    near_before: re.Pattern[str] = NEVER
    one_member: re.Pattern[str] = NEVER  # "One of them, a welder at a shipyard, ..."
    own_partitive: re.Pattern[str] = NEVER  # "..., many of them on student visas"
    rest_break: re.Pattern[str] = NEVER  # "; the rest work on farms"
    side_business: re.Pattern[str] = NEVER  # "which also runs a seafood business"
    continues: re.Pattern[str] = NEVER  # "another" right before a figure
    own_head: re.Pattern[str] = NEVER  # a worker noun right after it ("2,000 workers")
    continues_after: re.Pattern[str] = NEVER  # "50 more North Korean workers"
    later_subject: re.Pattern[str] = NEVER  # "..., but they work as maids"
    former: re.Pattern[str] = NEVER  # "used to", "from" a few words before a workplace
    specialised: frozenset[str] = frozenset()  # sectors a generic workplace may be a plant of
    workplace_ref: re.Pattern[str] = NEVER  # "the plant", "one Donggang plant"
    vague: re.Pattern[str] = NEVER  # "in various industries", "odd jobs"
    contrast: re.Pattern[str] = NEVER  # ", while": a clause of another subject follows
    thing_head: re.Pattern[str] = NEVER  # "a dozen garment workshops": a count of things
    bare_group: re.Pattern[str] = NEVER  # "Most were women": a part of the group before
    same_work: re.Pattern[str] = NEVER  # "in such roles": the work named before
    maker: re.Pattern[str] = NEVER  # "a maker of" anywhere (a pre-test of made_before)
    maker_words: tuple[str, ...] = ()  # its phrases, lower-cased
    same_work_words: tuple[str, ...] = ()  # same_work's phrases, lower-cased
    elliptic_opener: re.Pattern[str] = NEVER  # "The first" before a figure opening a sentence
    denial: re.Pattern[str] = NEVER  # "never", "not": a sentence that denies what it names
    adverbial: re.Pattern[str] = NEVER  # ", mainly at": the figure's clause goes on
    # the last words of every phrase ending a match of verbs_lower, as whole words on
    # lower-cased text: where none is, verbs_lower surely finds nothing (None: no pre-test)
    verb_keys: re.Pattern[str] | None = None


def _words(g: dict[str, Any], key: str, before: str = r"\b", after: str = r"\b") -> re.Pattern[str]:
    """The phrases of ``g[key]`` as one pattern between ``before`` and ``after``."""
    return re.compile(before + "(?:" + phrase_pattern(g.get(key, [])) + ")" + after, re.IGNORECASE)


def _last_words(phrases: Iterable[str]) -> list[str]:
    """The lower-cased last word of each phrase: each stands in a match of the phrase as a
    whole word (after white space or the phrase's own left edge, before its right edge),
    so :func:`phrase_pattern` of them finds one wherever a phrase matches lower-cased text."""
    return sorted({str(p).split()[-1].lower() for p in phrases if str(p).split()})


def _flat(items: list[Any]) -> list[str]:
    """A word list whose items may be lists themselves (a shared list in YAML)."""
    return [w for item in items for w in (_flat(item) if isinstance(item, list) else [item])]


@functools.cache
def grammar(language: str) -> SectorGrammar:
    """The sector grammar of ``language``."""
    cues = compiled_cues(language)
    # a cue after an opener is an example, over a short list ("such as a cannery and a mill")
    example_before = re.compile(
        r"\b(?:" + phrase_pattern(cues.raw["example_openers"]) + r")\s+(?:[\w'-]+,?\s+){0,8}$",
        re.IGNORECASE,
    )
    if not has("sector_grammar", language):
        return SectorGrammar(
            {},
            NEVER,
            NEVER,
            NEVER,
            NEVER,
            NEVER,
            frozenset(),
            frozenset(),
            NEVER,
            NEVER,
            example_before,
            *(NEVER,) * 5,
        )
    g = load("sector_grammar", language)
    plural = load("inflection", language)["plural"] if has("inflection", language) else []
    dets = r"(?:(?:" + phrase_pattern(g["determiners"]) + r")\s+){0,2}"
    senses = [
        "(?:"
        + phrase_pattern(verb_forms(_flat(verbs), language))
        + r")\s+"
        + dets
        + "(?:"
        + phrase_pattern(inflect_plurals([obj], plural))
        + ")"
        for obj, verbs in g["other_senses"].items()
    ]
    senses.append(phrase_pattern(g["other_sense_phrases"]))
    building = r"\b(?:" + phrase_pattern(verb_forms(g["building_verbs"], language)) + r")\s+" + dets
    # "the site of a new hospital", "a half-finished resort": read only before a workplace
    # cue (kept out of the verb phrases, which every sentence is scanned for)
    built_or_opened = (
        r"\b(?:"
        + phrase_pattern(verb_forms(g["building_verbs"], language) + g.get("building_openers", []))
        + r")\s+"
        + dets
    )
    verbs = {
        name: re.compile(phrase_pattern(verb_forms(phrases, language)), re.IGNORECASE)
        for name, phrases in g["verbs"].items()
    }
    # "are putting up a stadium": building a structure is construction work
    # a modifier or two may stand before the structure ("build the access roads", "built
    # the country's State House")
    structures = phrase_pattern(inflect_plurals(g["structures"], plural))
    built = building + r"(?:[\w'’-]+\s+){0,2}?(?:" + structures + ")"
    # "completing a conference centre", "residential towers going up", "a Doha stadium
    # project": a structure in the making (a pair that is a construction cue itself,
    # "building site", stays a cue: in a list of workplaces it names one of them, not what
    # the workers do)
    cue_words = {
        " ".join(str(t).lower().split())
        for t in Vocabulary("sectors", language).get("construction") or []
    }
    pairs = [
        f"{s} {n}"
        for s in g["structures"]
        for n in g.get("structure_work_nouns", [])
        if f"{s} {n}".lower() not in cue_words
    ]
    making = (
        r"\b(?:"
        + phrase_pattern(verb_forms(g.get("completion_verbs", []), language))
        + r")\s+"
        + dets
        + "(?:"
        + structures
        + r")\b|\b(?:"
        + structures
        + r")(?:\s+[\w'’-]+){0,3}?\s+(?:"
        + phrase_pattern(g.get("structure_in_progress", []))
        + r")\b|"
        + phrase_pattern(inflect_plurals(pairs, plural))
    )
    verbs["construction"] = re.compile(
        verbs["construction"].pattern + "|" + built + "|" + making, re.IGNORECASE
    )
    # "weld the steel sections of fishing vessels": work on a vessel is shipbuilding
    vessel = (
        r"\b(?:"
        + phrase_pattern(verb_forms(g.get("vessel_verbs", []), language))
        + r")\s+(?:(?!(?:"
        + phrase_pattern(g.get("vessel_gap_stops", []))
        + r")\b)[\w-]+\s+){0,5}?(?:"
        + phrase_pattern(inflect_plurals(g.get("vessels", []), plural))
        + ")"
    )
    verbs["shipbuilding"] = re.compile(verbs["shipbuilding"].pattern + "|" + vessel, re.IGNORECASE)
    verb_phrases = verb_forms([p for ps in g["verbs"].values() for p in ps], language)
    every_verb = phrase_pattern(verb_phrases) + "|" + vessel
    # each branch of every_verb, built and making ends with one of these phrases
    ending = [
        verb_phrases,
        inflect_plurals(g.get("vessels", []), plural),
        inflect_plurals(g["structures"], plural),
        g.get("structure_in_progress", []),
        inflect_plurals(pairs, plural),
    ]
    anaphors = phrase_pattern(g["anaphor_determiners"])
    # "the plant", "one Donggang plant": a workplace of a kind named before (a name between)
    workplace_ref = (
        r"\b(?:"
        + phrase_pattern(g["anaphor_determiners"] + g.get("workplace_member_determiners", []))
        + r")\s+(?:(?:"
        + phrase_pattern(g.get("workplace_anaphor_fillers", []))
        + r")\s+)?(?:(?-i:[A-Z])[\w-]+\s+|[\w-]+['’]s\s+)?(?P<noun>"
        + phrase_pattern(
            inflect_plurals(g["workplace_anaphors"] + g.get("role_anaphors", []), plural)
        )
        + ")"
    )
    # "It has since taken on 35 workers": an employer named before, as the subject of a hire
    employer_it = (
        r"\b(?:"
        + phrase_pattern(g.get("employer_pronouns", []))
        + r")\s+(?:(?:has|had|have)\s+)?(?:(?:"
        + phrase_pattern(g.get("employer_adverbs", []))
        + r")\s+)?(?:"
        + phrase_pattern(verb_forms(g.get("employing_verbs", []), language))
        + r")\b"
    )
    mass = phrase_pattern(g["mass_nouns"])
    nouns = cues.worker_nouns.pattern + "|" + cues.people_nouns.pattern
    # "the 83 workers": a figure restated with a definite article
    restated = (
        r"\b(?:"
        + phrase_pattern(g["restating_determiners"])
        + r")\s+\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:"
        + nouns
        + ")"
    )
    closing = "".join(re.escape(q) for q in g["closing_quotes"])
    opening = "".join(re.escape(q) for q in g["opening_quotes"])
    return SectorGrammar(
        verbs=verbs,
        other_senses=re.compile("|".join(senses), re.IGNORECASE),
        built_before=re.compile(built_or_opened + "$", re.IGNORECASE),
        made_before=_words(g, "making_openers", after=r"\s+" + dets + "$"),
        built_keeps=frozenset(g["built_keeps"]),
        built_products=frozenset(
            " ".join(w.lower().split())
            for w in inflect_plurals(g.get("built_products", []), plural)
        ),
        # what may stand between two workplaces of a list ("factories and farms")
        coordinated=re.compile(
            r"\s*,?\s*(?:(?:" + phrase_pattern(g["coordinators"]) + r")\s+)?" + dets,
            re.IGNORECASE,
        ),
        predicate_break=re.compile(phrase_pattern(g["predicate_breaks"]), re.IGNORECASE),
        verbs_any=re.compile(every_verb + "|" + built + "|" + making, re.IGNORECASE),
        verbs_lower=re.compile(every_verb + "|" + built + "|" + making),  # all lower-case
        verb_keys=re.compile(phrase_pattern(_last_words(p for ps in ending for p in ps))),
        generic=re.compile(phrase_pattern(inflect_plurals(g["generic"], plural)), re.IGNORECASE),
        specialised=frozenset(g.get("generic_specialised", [])),
        restated=re.compile(restated, re.IGNORECASE),
        # a phrase that refers back to a group or workplace named before
        anaphor=re.compile(
            restated
            + r"|\b(?:"
            + anaphors
            + r")\s+(?:(?!(?:"
            + words(language, "of_words")
            + r"))[\w-]+\s+){0,2}?(?!(?:"
            + mass
            + r")\b)(?:"
            + nouns
            + r")|"
            + workplace_ref
            + "|"
            + employer_it,
            re.IGNORECASE,
        ),
        workplace_ref=re.compile(workplace_ref, re.IGNORECASE),
        continues_after=re.compile(
            r"\s+(?:" + phrase_pattern(g.get("continuation_after", [])) + r")\b", re.IGNORECASE
        ),
        vague=re.compile(phrase_pattern(g.get("vague_work", [])), re.IGNORECASE),
        adverbial=_words(
            g,
            "clause_continuers",
            before=r"\s*,\s*",
            after=r"\s+" + _words(g, "clause_continuer_prepositions").pattern,
        ),
        contrast=re.compile(
            r",\s+(?:" + phrase_pattern(g.get("contrast_breaks", [])) + r")\s", re.IGNORECASE
        ),
        former=re.compile(
            r"\b(?:"
            + phrase_pattern(g.get("former_markers", []))
            + r")\s+(?:(?!(?:"
            + phrase_pattern(g.get("former_stops", []))
            + r")\b)[\w'-]+\s+){0,5}$",
            re.IGNORECASE,
        ),
        later_subject=_words(g, "later_subjects", after=r"\s"),
        # a quotation closes after its last sentence's punctuation ("... have left,' a ...")
        quote_close=re.compile(r"[,.!?][" + closing + r"](?=\s)"),
        quote_open=re.compile(r"\s*[" + opening + "]"),
        example_before=example_before,
        # "another 2,000 were expected to follow": a figure continuing the group before ...
        continues=re.compile(
            r"\b(?:"
            + phrase_pattern(cues.raw["continuation_words"])
            + r")\s+(?:(?:"
            + phrase_pattern(cues.raw["group_nouns"])
            + r")\s+(?:"
            + words(language, "of_words")
            + r")\s+)?\Z",
            re.IGNORECASE,
        ),
        # ... with no head noun of its own ("another 1,000 North Korean workers" may be
        # another group)
        own_head=re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:" + nouns + ")", re.IGNORECASE),
        one_member=re.compile(
            r"\s*[\"'“‘]?(?:" + phrase_pattern(g.get("single_member_openers", [])) + r")\b",
            re.IGNORECASE,
        ),
        side_business=re.compile(
            r"\b(?:" + phrase_pattern(g.get("side_business_markers", [])) + r")\s+"
            r"(?:[\w'-]+\s+){0,3}$",
            re.IGNORECASE,
        ),
        rest_break=re.compile(
            r"[,;:]\s+(?:and\s+|while\s+|but\s+)?(?:"
            + phrase_pattern(g.get("rest_openers", []))
            + r")\b",
            re.IGNORECASE,
        ),
        own_partitive=_words(g, "own_partitives"),
        bare_group=_words(
            g,
            "bare_group_openers",
            before=r"\s*",
            after=r"\s+(?:" + phrase_pattern(g.get("bare_group_verbs", [])) + r")\b",
        ),
        same_work=_words(g, "same_work_phrases"),
        elliptic_opener=re.compile(
            r"\W*(?:(?:" + phrase_pattern(g.get("elliptic_openers", [])) + r")\s+)?",
            re.IGNORECASE,
        ),
        maker=_words(g, "making_openers"),
        maker_words=tuple(p.lower() for p in g.get("making_openers", [])),
        same_work_words=tuple(p.lower() for p in g.get("same_work_phrases", [])),
        # a figure of things ("a dozen garment workshops"), a modifier or two between
        thing_head=re.compile(
            r"\s+(?:[\w-]+\s+){0,2}?(?:" + cues.things.pattern + ")", re.IGNORECASE
        ),
        denial=_words(g, "denials"),
        near_before=re.compile(
            r"\b(?:(?:"
            + phrase_pattern(g.get("proximity_prepositions", []))
            + r")|(?:"
            + phrase_pattern(g.get("set_aside", []))
            + r")(?!\s+(?:"
            + phrase_pattern(g.get("set_aside_not_before", []))
            + r")\b))\s+"
            r"(?:[\w-]+\s+){0,2}(?:[\w-]+['’]s\s+)?$",  # "the island's"
            re.IGNORECASE,
        ),
    )


@functools.lru_cache(maxsize=256)
def _number_free(noun: str) -> re.Pattern[str]:
    """``noun`` in the singular or the plural ("plant(s)", "compan(y|ies)"), any case."""
    stem = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    if stem.endswith("y"):
        return re.compile(r"\b" + re.escape(stem[:-1]) + r"(?:y|ies)\b", re.IGNORECASE)
    return re.compile(r"\b" + re.escape(stem) + r"(?:s|es)?\b", re.IGNORECASE)


Table = list[tuple[str, re.Pattern[str], bool]]  # (sector, pattern, runs on lower-cased text)


def _table(patterns: dict[str, re.Pattern[str]], lowered: bool) -> Table:
    """``patterns`` in order, each :func:`folded` to run on the lower-cased text when
    ``lowered`` and it can be (finding exactly what it finds on the text), else as is."""
    out: Table = []
    for name, rx in patterns.items():
        fold = folded(rx) if lowered else None
        out.append((name, fold, True) if fold is not None else (name, rx, False))
    return out


@functools.cache
def _hint_ahead(lowered: str, upper: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Look-aheads of a ``sector_hint`` pair: where a sector cue may start."""
    return union_ahead(lowered), union_ahead(upper)


@functools.cache
def _tables(language: str, lowered: bool) -> tuple[Table, Table]:
    """The sector cue and verb-phrase tables of ``language`` (see :func:`_table`)."""
    sectors = compiled_cues(language).sectors
    return _table(sectors, lowered), _table(grammar(language).verbs, lowered)


@functools.cache
def _continues_ends(language: str) -> tuple[str, ...] | None:
    """The last words of :attr:`SectorGrammar.continues` ("another", "a further group of"),
    for :func:`~laborwatch.extract.tails.may_end_with`."""
    raw = compiled_cues(language).raw
    return last_words(raw["continuation_words"] + Vocabulary("grammar", language)["of_words"])


@functools.cache
def _folding(language: str) -> Folding:
    """A cue's other senses and the building verbs, folded once per language."""
    g = grammar(language)
    return Folding([g.other_senses, g.built_before, g.made_before])


@per_cue_set
def _them_foldings(cues: Cues) -> tuple[Folding, ...]:
    """The phrases of the same group ("these workers", "the 83 workers"), folded once, each
    on its own: the anaphor reads capitals ("one Donggang plant") and so never folds."""
    return Folding([cues.same_workers]), Folding([grammar(cues.language).anaphor])


@functools.cache
def _them_ahead(language: str) -> re.Pattern[str] | None:
    """A look-ahead of the first words of the phrases of the same group (lower-cased, for
    the lower-cased copy): every match of cues.same_workers and of the grammar's anaphor
    opens with one of them, so each need only be tried where it matches; None without a
    sector grammar."""
    if not has("sector_grammar", language):
        return None
    c, g = compiled_cues(language).raw, load("sector_grammar", language)
    phrases = [
        *c["same_group_determiners"],
        *c["same_group_pronouns"],
        *c["same_place_adverbs"],
        *g["restating_determiners"],
        *g["anaphor_determiners"],
        *g.get("workplace_member_determiners", []),
        *g.get("employer_pronouns", []),
    ]
    return union_ahead(lower_pattern([p.split()[0] for p in phrases if p.split()]))


class SectorFinder:
    def __init__(self, view: DocView, cues: Cues) -> None:
        self.view = view
        self.cues = cues
        self.grammar = grammar(cues.language)
        self._by_sentence: dict[int, Counter[str]] = {}
        self._same: dict[int, bool] = {}
        self._figure_sectors: dict[int, str | None] = {}
        self._generic_spans: set[tuple[int, int]] = set()  # spans naming only "factories"
        self._found_spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._later_sectors: dict[tuple[int, int], Counter[str]] = {}
        self._lower = caseless_lower(view.text)
        self._starts = [sv.start for sv in view.sentences]
        if cues is compiled_cues(cues.language):  # the tables are built once per language
            self._cue_table, self._verb_table = _tables(cues.language, self._lower is not None)
        else:
            self._cue_table = _table(cues.sectors, self._lower is not None)
            self._verb_table = _table(self.grammar.verbs, self._lower is not None)
        self._hint_ahead = _hint_ahead(*(rx.pattern for rx in cues.sector_hint))
        # a cue's other senses and a building verb before it, on the lower-cased copy
        # when the text allows it
        self._sense_text, (self._other_senses, self._built_before, self._made_before) = _folding(
            cues.language
        ).on(view.text)
        self._them = [f.on(view.text) for f in _them_foldings(cues)]
        same_cues = cues is compiled_cues(cues.language)
        self._them_ahead = _them_ahead(cues.language) if same_cues and self._lower else None
        # rare phrases, looked for once per document before any sentence (as plain words
        # on the lower-cased copy when there is one)
        self._maker = self._rare(self.grammar.maker, self.grammar.maker_words)
        self._same_work = self._rare(self.grammar.same_work, self.grammar.same_work_words)
        self._own_counts: dict[int, bool] = {}
        self._verb_spans: dict[tuple[int, int], bool] = {}  # span -> may name a verb phrase
        self._hint_spans: dict[tuple[int, int], list[int]] = {}  # span -> _cue_starts
        self._on_rx: dict[int, tuple[re.Pattern[str], str, re.Pattern[str]]] = {}  # _on
        self._span_hits: dict[tuple[int, int], list[tuple[int, int, str]]] = {}  # _hits

    def _on(self, rx: re.Pattern[str]) -> tuple[str, re.Pattern[str]]:
        """What to run the re.IGNORECASE pattern ``rx`` on, and the pattern to run there:
        the lower-cased copy and ``rx`` folded when they find the same (the same places,
        several times faster), else the text and ``rx``; looked up once per pattern."""
        found = self._on_rx.get(id(rx))
        if found is None or found[0] is not rx:
            fold = folded(rx) if self._lower is not None else None
            if fold is not None and self._lower is not None:
                found = self._on_rx[id(rx)] = (rx, self._lower, fold)
            else:
                found = self._on_rx[id(rx)] = (rx, self.view.text, rx)
        return found[1], found[2]

    def _own_head(self, end: int, hi: int) -> re.Match[str] | None:
        """A worker noun right after a figure ending at ``end`` (own_head, matched there)."""
        text, rx = self._on(self.grammar.own_head)
        return rx.match(text, end, hi)

    def _restated(self, sv: SentenceView) -> bool:
        """Does a sentence restate a figure with a definite article ("the 83 workers")?"""
        text, rx = self._on(self.grammar.restated)
        return rx.search(text[sv.start : sv.end]) is not None

    def _rare(self, rx: re.Pattern[str], words: tuple[str, ...]) -> bool:
        """May the text hold a phrase of ``rx``? A substring test of its phrases ``words``
        on the lower-cased copy, else the pattern itself."""
        if self._lower is None:
            return rx.search(self.view.text) is not None
        return any(w in self._lower for w in words)

    def _cue_starts(self, lo: int, hi: int) -> list[int] | None:
        """Where in text[lo:hi] a sector cue may start: the hint finds every cue phrase at
        its own position (lower-cased terms on the lower-cased copy, upper-case ones on the
        text), so each sector's pattern need only be tried there; None without that copy."""
        if self._lower is None:
            return None
        found = self._hint_spans.get((lo, hi))  # a span is asked by _may_name, then _hits
        if found is None:
            lowered, upper = self._hint_ahead
            at = starts(lowered, self._lower, lo, hi) + starts(upper, self.view.text, lo, hi)
            found = self._hint_spans[lo, hi] = sorted(set(at))
        return found

    def _may_name(self, lo: int, hi: int) -> bool:
        """Can text[lo:hi] hold a sector cue? (False only when surely not.) The look-ahead
        of the hint finds a place exactly when the hint's search would; its places serve
        :meth:`_hits` after it (one scan of the span, not two)."""
        return self._lower is None or bool(self._cue_starts(lo, hi))

    def _may_name_verb(self, lo: int, hi: int) -> bool:
        """Can text[lo:hi] hold a sector's verb phrase ("fell trees")? (Cached per span: a
        sentence's span is asked again by :meth:`_hits` and :meth:`_work_verb`.)"""
        may = self._verb_spans.get((lo, hi))
        if may is None:
            if self._lower is None:
                may = self.grammar.verbs_any.search(self.view.text, lo, hi) is not None
            else:
                keys = self.grammar.verb_keys  # a small pattern spares the large one
                may = (
                    keys is None or keys.search(self._lower, lo, hi) is not None
                ) and self.grammar.verbs_lower.search(self._lower, lo, hi) is not None
            self._verb_spans[lo, hi] = may
        return may

    def _speaks_of_them(self, sv: SentenceView) -> bool:
        """Does a sentence speak of the same group ("these workers", "they", "there",
        "the 83 workers")?"""
        if sv.index not in self._same:
            self._same[sv.index] = bool(
                self.grammar.bare_group.match(self.view.text, sv.start)
                or self._names_same_work(sv)
                or self._them_in(sv)
            )
        return self._same[sv.index]

    def _them_in(self, sv: SentenceView) -> bool:
        """Does a phrase of the same group (``self._them``) match in the sentence? Each
        pattern is tried only where the look-ahead of their first words finds one (on the
        lower-cased copy of the sentence: a scan cheaper than a search of each pattern)."""
        if self._them_ahead is None or self._lower is None:
            return any(rx.search(text[sv.start : sv.end]) for text, rxs in self._them for rx in rxs)
        where = starts(self._them_ahead, self._lower[sv.start : sv.end], 0, sv.end - sv.start)
        return bool(where) and any(
            rx.match(sentence, pos)
            for text, rxs in self._them
            for sentence in (text[sv.start : sv.end],)
            for rx in rxs
            for pos in where
        )

    def _names_same_work(self, sv: SentenceView) -> bool:
        """Does a sentence refer back to the work named before ("in such roles")?"""
        return (
            self._same_work
            and self.grammar.same_work.search(self.view.text, sv.start, sv.end) is not None
        )

    def _refers_back(self, sv: SentenceView, q: Quantity) -> bool:
        """Does the figure's sentence refer back to a group or workplace named before? A
        partitive after a figure with a head noun of its own ("15,000 workers entered, many
        of them on student visas") speaks of the figure's own group."""
        if not self._speaks_of_them(sv):
            return False
        if self._names_same_work(sv):
            return True  # "some 1,000 work abroad in such roles"
        if not self._own_head(q.end, sv.end):
            return True  # "fewer than 300 remain, and most of them will leave": ours
        own = [m.span() for m in self.grammar.own_partitive.finditer(self.view.text, q.end, sv.end)]
        if not own:
            return True
        return any(
            not any(lo <= sv.start + m.start() and sv.start + m.end() <= hi for lo, hi in own)
            for text, rxs in self._them
            for rx in rxs
            for m in rx.finditer(text[sv.start : sv.end])
        )

    def _hits(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Sector cues in text[lo:hi], the longest from the leftmost start where they
        overlap ("seafood processing plants" is fishing, not also "processing plant"),
        without the cues used in another sense; a built workplace is construction. (Cached
        per span: a sentence's span is asked again by :meth:`_list_end`.)"""
        hits = self._span_hits.get((lo, hi))
        if hits is None:
            hits = self._span_hits[lo, hi] = self._find_hits(lo, hi)
        return hits

    def _find_hits(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        text, g = self.view.text, self.grammar
        low = self._lower or text
        where = self._cue_starts(lo, hi)
        found = [
            (m.start(), m.end(), name)
            for name, rx, lowered in self._cue_table
            for m in (
                rx.finditer(low if lowered else text, lo, hi)
                if where is None
                else matches_at(rx, low if lowered else text, where, hi)
            )
        ]
        if self._may_name_verb(lo, hi):  # verb phrases are rare: one test for all
            found += [
                (m.start(), m.end(), name)
                for name, rx, lowered in self._verb_table
                for m in rx.finditer(low if lowered else text, lo, hi)
            ]
        ranked = sorted(found, key=lambda h: (h[0], h[0] - h[1]))
        if not ranked:
            return []
        hits: list[tuple[int, int, str]] = []
        for start, end, name in ranked:
            if hits and start < hits[-1][1]:
                continue
            window = self._other_senses.finditer(
                self._sense_text, max(lo, start - SENSE_REACH), min(hi, end + SENSE_REACH)
            )
            if any(m.start() < end and start < m.end() for m in window):
                continue
            if g.near_before.search(text, max(lo, start - SENSE_REACH), start):
                continue  # "near a gold mine": a landmark; "not in construction but ..."
            if (
                name not in g.built_keeps
                and " ".join(text[start:end].lower().split()) not in g.built_products
                and self._built_before.search(self._sense_text, max(lo, start - BUILT_REACH), start)
            ):
                name = "construction"  # "putting up a hotel"
            elif self._maker and self._made_before.search(
                self._sense_text, max(lo, start - BUILT_REACH), start
            ):
                name = "manufacturing"  # "a maker of fishing nets"
            hits.append((start, end, name))
        return hits

    def _example(self, lo: int, start: int) -> bool:
        """Is a cue at ``start`` only an example ("including a tomato farm", "such as a
        cannery and a sawmill")? Not when a figure stands between ("including 300 in
        logging": the cue is that figure's own)."""
        text = self.view.text
        m = self.grammar.example_before.search(text, max(lo, start - EXAMPLE_REACH), start)
        if m is None:
            return False
        return not any(m.start() < q.start < start for q in self._quantities_near(start))

    def _quantities_near(self, pos: int) -> list[Quantity]:
        """The figures of the sentence holding ``pos``."""
        i = bisect_right(self._starts, pos) - 1
        return self.view.sentences[i].quantities if i >= 0 else []

    def _sectors(self, lo: int, hi: int, former: bool = True, side: bool = True) -> Counter[str]:
        """Sector cues in text[lo:hi]: in a compound the modifier decides ("seafood
        factories" is fishing), a cue after "including" is only an example, and a generic
        workplace counts only when nothing more specific is named; with ``former`` false, a
        workplace the workers have left ("used to sew clothing") does not count; with
        ``side`` false, nor does an employer's other business ("which also runs a seafood
        business")."""
        text = self.view.text
        if not (self._may_name(lo, hi) or self._may_name_verb(lo, hi)):
            return Counter()
        kept: list[tuple[int, int, str]] = []
        prev_end, prev_name = -10, ""
        for start, end, name in self._hits(lo, hi):
            compound = 0 <= start - prev_end <= 1 and text[prev_end:start] in (" ", "-", "")
            prev_end, prev_name = end, name if not compound else prev_name
            if compound and name != prev_name:
                continue
            if self._example(lo, start):
                continue
            earlier = max(lo, start - FORMER_REACH)
            if not former and self.grammar.former.search(text, earlier, start):
                continue  # "used to sew clothing", "moved from construction sites"
            if not side and self.grammar.side_business.search(text, earlier, start):
                continue  # "a trading company, which also runs a seafood business"
            kept.append((start, end, name))
        found: Counter[str] = Counter()
        generic: Counter[str] = Counter()
        coordinated = self.grammar.coordinated
        for i, (start, end, name) in enumerate(kept):
            weak = self.grammar.generic.fullmatch(text, start, end) is not None
            if weak:  # "at factories and farms": a workplace of its own in a list
                before = kept[i - 1] if i else None
                after = kept[i + 1] if i + 1 < len(kept) else None
                weak = not (
                    (before and before[2] != name and coordinated.fullmatch(text, before[1], start))
                    or (after and after[2] != name and coordinated.fullmatch(text, end, after[0]))
                )
            (generic if weak else found)[name] += 1
        if not found and generic:
            self._generic_spans.add((lo, hi))
        return found or generic

    def _specialised(self, sv: SentenceView) -> str | None:
        """The sector of the sentence before (or the one before it) where it is one a
        generic workplace may be a plant of ("The women had peeled shrimp. Some 1,100 remain
        at the city's processing plants" is fishing); an employer's other business there
        is not ("a trading company, which also runs a seafood business")."""
        for j in sv.before(CARRY_BACK):
            other = self.view.sentences[j]
            single = self._single(self._sectors(other.start, other.end, side=False))
            if single:
                return single if single in self.grammar.specialised else None
        return None

    def _work_verb(self, lo: int, hi: int) -> str | None:
        """The one sector the verb phrases of text[lo:hi] name, where its words name several:
        what the workers do decides over where or for whom ("They pour concrete for a new
        ore-processing plant" is construction)."""
        if not self._may_name_verb(lo, hi):
            return None
        text, low = self.view.text, self._lower or self.view.text
        named = {
            name
            for name, rx, lowered in self._verb_table
            for m in rx.finditer(low if lowered else text, lo, hi)
            if not self._other_senses.search(self._sense_text, m.start(), m.end())
        }
        return next(iter(named)) if len(named) == 1 else None

    def _sentence_sectors(self, sv: SentenceView) -> Counter[str]:
        if sv.index not in self._by_sentence:
            self._by_sentence[sv.index] = self._sectors(sv.start, sv.end)
        return self._by_sentence[sv.index]

    @staticmethod
    def _single(found: Counter[str]) -> str | None:
        return next(iter(found)) if len(found) == 1 else None

    def _previous_group_sector(self, sv: SentenceView) -> str | None:
        """The sector of the last group of workers the sentence before counts ("A first
        group of 120 workers has arrived to work at the shipbuilding plant"): a figure with
        its own worker noun continues only such a group, not a count of other things ("out
        of 130 restaurants")."""
        if sv.index == 0:
            return None
        prev = self.view.sentences[sv.index - 1]
        groups = [o for o in self._group_figures(prev, None) if self._own_head(o.end, prev.end)]
        return self.sector(prev, groups[-1]) if groups else None

    def _counts_its_own(self, sv: SentenceView) -> bool:
        """Does a sentence give a head count of its own ("dozens of welders"; not "a dozen
        garment workshops")?"""
        if sv.index not in self._own_counts:
            self._own_counts[sv.index] = any(
                q.unit == "count"
                and (q.high or q.low or 0) >= MIN_EXACT_COUNT
                and not self.grammar.thing_head.match(self.view.text, q.end, sv.end)
                for q in sv.quantities
            )
        return self._own_counts[sv.index]

    def _speaker(self, sv: SentenceView) -> str | None:
        """The sector named with the speaker of a quotation that runs on from the figure's
        sentence ("'About 200 came. Another 80 are due,' a foreman at a sawmill said.")."""
        g, text, sentences = self.grammar, self.view.text, self.view.sentences
        if g.quote_close.search(text, sv.start, sv.end):
            return None
        opened = [
            j
            for j in range(sv.index, max(-1, sv.index - QUOTE_REACH), -1)
            if g.quote_open.match(text, sentences[j].start)
        ]
        if not opened or any(
            g.quote_close.search(text, sentences[j].start, sentences[j].end)
            for j in range(opened[0], sv.index)
        ):
            return None
        for j in range(sv.index + 1, min(len(sentences), sv.index + QUOTE_REACH + 1)):
            other = sentences[j]
            close = g.quote_close.search(text, other.start, other.end)
            if close is None:
                continue
            tail = close.end()
            if self.cues.speech_verbs.search(text, tail, other.end):
                return self._single(self._sectors(tail, other.end))
            return None
        return None

    def _vague(self, sv: SentenceView, q: Quantity) -> bool:
        """Does the figure's own part of its sentence name its work only vaguely ("in
        various industries", "odd jobs")?"""
        spans = self._spans(self.grammar.vague, sv)
        if not spans:
            return False
        lo, hi = self._own_part(sv, q)
        return any(lo <= s and e <= hi for s, e in spans)

    def _spans(self, rx: re.Pattern[str], sv: SentenceView) -> list[tuple[int, int]]:
        """Where ``rx`` matches in a sentence (found once per sentence, so that a long
        sentence of many figures is scanned once)."""
        key = (id(rx), sv.index)
        if key not in self._found_spans:
            found = rx.finditer(self.view.text, sv.start, sv.end)
            self._found_spans[key] = [m.span() for m in found]
        return self._found_spans[key]

    def _own_part(self, sv: SentenceView, q: Quantity) -> tuple[int, int]:
        """The figure's own part of its sentence: its clause, cut at the figures beside it
        ("400 builders would repair roads and 100 engineers would clear mines") and at a
        predicate of its own ("send home 2,500 from building sites and to ban restaurants")."""
        text, breaks = self.view.text, self.grammar.predicate_break
        lo, hi = sv.clause_of(q.core_start)
        if hi < sv.end and self.grammar.adverbial.match(text, hi):  # ", mainly at two firms"
            hi = sv.clause_of(hi + 1)[1]
        others = self._group_figures(sv, q)
        lo = max([lo, *(o.end for o in others if o.end <= q.start)])
        hi = min([hi, *(o.start for o in others if o.start >= q.end)])
        cut = breaks.search(text, q.end, hi)
        return max([lo, *(m.end() for m in breaks.finditer(text, lo, q.start))]), (
            cut.start() if cut else hi
        )

    @staticmethod
    def _group_figures(sv: SentenceView, q: Quantity | None) -> list[Quantity]:
        """The other figures of a sentence large enough to count a group ("two
        subcontractors" is none)."""
        return [
            o
            for o in sv.quantities
            if o.unit == "count" and o is not q and (o.high or o.low or 0) >= MIN_EXACT_COUNT
        ]

    def _list_end(self, sv: SentenceView, lo: int, hi: int) -> int:
        """The end of the figure's own part ``lo``-``hi`` over a list of sector words that
        its last one opens past a comma ("work in China's seafood, garment and electronics
        plants": the clause ends at the comma, the list does not)."""
        text, hits = self.view.text, self._hits(sv.start, sv.end)
        inside = [h for h in hits if lo <= h[0] and h[1] <= hi]
        if not inside:
            return hi
        end = inside[-1][1]
        for start, stop, _name in hits:
            if start < hi:
                continue
            if not self.grammar.coordinated.fullmatch(text, end, start):
                break
            end = stop
        return max(hi, end)

    def _listed(self, sv: SentenceView, q: Quantity, lo: int, hi: int) -> bool:
        """Is the figure's own part ``lo``-``hi`` one item of a list of figures, cut at the
        figure beside it ("900 on construction sites, 500 in logging camps and 300 on
        farms")?"""
        others = self._group_figures(sv, q)
        if any(o.end == lo for o in others) or any(o.start == hi for o in others):
            return True
        # "About 1,300 work on building sites, 200 in fish plants and 90 in restaurants": the
        # figure beside it opens the next clause
        text = self.view.text
        if any(o.start > hi and _LIST_GAP.fullmatch(text, hi, o.start) for o in others):
            return True
        # "In Tomsk, 180 were building an arena; in Kamchatka, 260 worked at canneries": a
        # semicolon between the figure and the figure beside it
        before = [o.end for o in others if o.end <= q.start]
        after = [o.start for o in others if o.start >= q.end]
        return (bool(before) and ";" in text[max(before) : q.start]) or (
            bool(after) and ";" in text[q.end : min(after)]
        )

    def _figure_sector(self, sv: SentenceView) -> str | None:
        """The sector of the last head count of a sentence (carried to a figure after it
        that continues its group: "... about 90 handle the interior finishing. 50 more were
        expected"); None when it has none."""
        if sv.index not in self._figure_sectors:
            self._figure_sectors[sv.index] = None  # no cycle through this sentence
            counts = [
                q
                for q in sv.quantities
                if q.unit == "count" and (q.high or q.low or 0) >= MIN_EXACT_COUNT
            ]
            self._figure_sectors[sv.index] = self.sector(sv, counts[-1]) if counts else None
        return self._figure_sectors[sv.index]

    def _carried(self, sv: SentenceView) -> str | None:
        """The sector the sentences before carry to a figure of ``sv`` that refers back: the
        one naming the workplace it refers to ("one Donggang plant", up to a paragraph back),
        else the nearest one sector of a sentence or of the group it counts."""
        sentences, text = self.view.sentences, self.view.text
        before = sv.before(CARRY_BACK)
        ref = self.grammar.workplace_ref.search(text, sv.start, sv.end)
        if ref:  # "the plant": the nearest sentence that names such plants
            noun = _number_free(ref.group("noun").lower())
            for j in sv.before(REFERENT_REACH):
                if noun.search(text, sentences[j].start, sentences[j].end):
                    single = self._single(self._sentence_sectors(sentences[j]))
                    if not single and self._counts_its_own(sentences[j]):
                        single = self._figure_sector(sentences[j])
                    if single:
                        return single
        for j in before:
            found = self._sentence_sectors(sentences[j])
            if len(found) == 1:
                return self._single(found)
            if self._counts_its_own(sentences[j]):
                carried = self._figure_sector(sentences[j])
                if carried:
                    return carried
        return None

    def _other_part(self, sv: SentenceView, q: Quantity) -> re.Match[str] | None:
        """Where, after the figure, its sentence turns to another subject ("..., while
        Chinese investors ...") or to the rest of the group ("; the rest work on farms")."""
        text = self.view.text
        found = [
            m
            for rx in (self.grammar.contrast, self.grammar.rest_break)
            if (m := rx.search(text, q.end, sv.end))
        ]
        return min(found, key=lambda m: m.start()) if found else None

    def sector(self, sv: SentenceView, q: Quantity) -> str | None:
        found = self._sentence_sectors(sv)
        if len(found) == 1:
            contrast = self._other_part(sv, q)
            if contrast and not self._sectors(sv.start, contrast.start()):
                found = Counter()  # "..., while Chinese firms staff fish plants": theirs
        if found and self._vague(sv, q):
            return None  # "employed in various industries, from odd jobs to ..."
        if len(found) > 1:  # several sectors named: the figure's own part may single one out
            # "at a shipyard whose owner also runs several hotels": not the workers' work
            single = self._single(self._sectors(sv.start, sv.end, side=False))
            if single:
                return single
            head = self._own_head(q.end, sv.end)
            if head:  # "a team of 10 North Korean IT workers": the group's own name
                single = self._single(self._sectors(q.start, head.end()))
                if single:
                    return single
            rest = self.grammar.rest_break.search(self.view.text, q.end, sv.end)
            if rest:  # "300 are developers; the rest work on farms": theirs comes after
                single = self._single(self._sectors(self._own_part(sv, q)[0], rest.start()))
                if single:
                    return single
            between = [o.start for o in self._group_figures(sv, q) if o.start >= q.end]
            later = [  # not past another group's figure ("and a further 20 at a farm,
                # where they picked apples": theirs)
                s
                for s, _e in self._spans(self.grammar.later_subject, sv)
                if s >= q.end and not any(b < s for b in between)
            ]
            if later:  # "..., but they work as maids in its hotel"
                if (later[0], sv.end) not in self._later_sectors:
                    self._later_sectors[later[0], sv.end] = self._sectors(later[0], sv.end)
                single = self._single(self._later_sectors[later[0], sv.end])
                if single:
                    return single
            lo, hi = self._own_part(sv, q)
            hi = self._list_end(sv, lo, hi)
            clause = self._sectors(lo, hi)
            if len(clause) > 1:  # "who used to sew clothing ... now work as waitresses"
                current = self._sectors(lo, hi, former=False)
                if len(current) == 1:
                    return self._single(current)
            listed = self._listed(sv, q, lo, hi)
            if listed and len(clause) > 1:  # "500 in logging camps and 300 on farms"
                clause = self._sectors(q.end, hi) or clause  # the words after it are its own
            if len(clause) == 1 and (len(found) == 2 or listed):
                return self._single(clause)
            # what the clause, else the sentence, says the workers do ("A contractor, which
            # builds piers for fishing boats, employs about 40")
            return self._work_verb(lo, hi) if clause else self._work_verb(sv.start, sv.end)
        if found:
            if (sv.start, sv.end) in self._generic_spans:  # only "the processing plants"
                return self._specialised(sv) or self._single(found)
            return self._single(found)
        elsewhere = self._elsewhere(sv, q)
        # "some 2,400 were 'engaged in various sectors'": no sector, whatever comes later
        return None if elsewhere and self._vague(sv, q) else elsewhere

    def _elsewhere(self, sv: SentenceView, q: Quantity) -> str | None:
        """The sector of a figure whose own sentence names none: the group it continues or
        refers back to, a later sentence about the same workers, a quotation's speaker or
        the headline."""
        sentences = self.view.sentences
        text = self.view.text
        lo = max(sv.start, q.start - 20)
        # (an exact pre-test of its last words spares most searches)
        another = (
            self.grammar.continues.search(text, lo, q.start)
            if may_end_with(text[lo : q.start], _continues_ends(self.cues.language))
            else None
        )
        own_head = self._own_head(q.end, sv.end)
        if another and own_head:  # "Another 80 North Korean workers are expected"
            carried = self._previous_group_sector(sv)
            if carried:
                return carried
        continues = (another and not own_head) or self.grammar.continues_after.match(
            text, q.end, sv.end
        )  # "50 more workers"
        # "About 2,500 were working ...", "The first 1,000 arrived": a figure opening its
        # sentence with no head noun of its own counts the workers named before
        # (not after a sentence that denies the work it names: "There have never been
        # workers ... on construction sites. 'Approximately 1,000 remain'")
        elliptic = (
            not own_head
            and sv.index > 0
            and self.grammar.elliptic_opener.fullmatch(text, sv.start, q.start)
            and not self.grammar.denial.search(
                text, sentences[sv.index - 1].start, sentences[sv.index - 1].end
            )
        )
        if continues or elliptic or self._refers_back(sv, q):  # "60 ... employed there"
            carried = self._carried(sv)
            if carried:
                return carried
        # a later sentence speaking of the same workers, through a chain of such sentences;
        # one with a figure of its own speaks of that figure's group, unless it restates ours
        for j in range(sv.index + 1, min(len(sentences), sv.index + NEIGHBOURS + 1)):
            other = sentences[j]
            if (
                not self._speaks_of_them(other)
                or self.grammar.one_member.match(text, other.start)  # "One of them, a welder"
                or (self._counts_its_own(other) and not self._restated(other))
            ):
                break
            single = self._single(self._sentence_sectors(other)) or self._work_verb(
                other.start, other.end
            )
            if single:
                return single
        return self._speaker(sv) or self._headline(sv)

    def _headline(self, sv: SentenceView) -> str | None:
        """The sector of a headline that names a group of workers, for a figure of the lede
        below it ("North Korean loggers head home // ... About 300 North Korean workers
        crossed back ...")."""
        if sv.index != 1:
            return None
        head = self.view.sentences[0]
        if "\n" not in self.view.text[head.end : sv.start]:
            return None
        body = self.view.sentence_text(head)
        if not (self.cues.worker_nouns.search(body) or self.cues.people_nouns.search(body)):
            return None
        return self._single(self._sentence_sectors(head))
