"""Cue vocabularies (``lang/<code>/cues.yaml``, ``sectors.yaml``) compiled to regexes."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec, TypeVar

from laborwatch.errors import DataFileError
from laborwatch.extract.ko.hangul import conjugations
from laborwatch.extract.scan import starts, union_ahead
from laborwatch.extract.text import ascii_twin, plain_ascii
from laborwatch.extract.vocab import (
    DEFAULT_LANGUAGE,
    has,
    inflect_plurals,
    load,
    lower_pattern,
    phrase_pattern,
    scan_pattern,
    verb_forms,
    words,
)


def _abroad_phrases(c: Vocabulary) -> list[str]:
    """The phrases of 'abroad': as listed, and each workplace after an adjective of abroad
    ("foreign camps", "overseas building sites")."""
    return list(c["abroad_phrases"]) + [
        f"{adjective} {place}"
        for adjective in c.get("abroad_adjectives", [])
        for place in c.get("abroad_workplaces", [])
    ]


def _rx(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(phrase_pattern(phrases), flags)


def _relevance_terms(rel: dict[str, Any], key: str, phrases: list[str]) -> re.Pattern[str]:
    """One relevance term set, lower-cased; shaped for scanning (the same matches) when the
    language lists it under ``scan_terms`` (terms opening on rare letters, as Hangul ones)."""
    if key in rel.get("scan_terms", ()):
        return re.compile(scan_pattern([p.lower() for p in phrases]))
    return re.compile(lower_pattern(phrases))


def _optional_words(phrases: list[str]) -> str:
    """An optional one of ``phrases`` and its space (nothing when there are none)."""
    return rf"(?:(?:{phrase_pattern(phrases)})\s+)?" if phrases else ""


def _around(before: str, phrases: list[str], after: str) -> re.Pattern[str]:
    """One group of ``phrases`` between two pattern pieces, case-insensitive."""
    return re.compile(before + "(?:" + phrase_pattern(phrases) + ")" + after, re.IGNORECASE)


@dataclass(frozen=True)
class Cues:
    """Every cue list of a language, compiled once."""

    raw: Mapping[str, Any]
    worker_nouns: re.Pattern[str]
    people_nouns: re.Pattern[str]
    group_nouns: re.Pattern[str]
    military: re.Pattern[str]
    things: re.Pattern[str]
    excluded_predicates: re.Pattern[str]
    entry_predicates: re.Pattern[str]
    unit_size_before: re.Pattern[str]
    unit_size_after: re.Pattern[str]
    partitive_after: re.Pattern[str]
    population_before: re.Pattern[str]
    group_size_before: re.Pattern[str]
    scene_before: re.Pattern[str]
    mixed_share_before: re.Pattern[str]
    bare_vague_verbs: re.Pattern[str]
    subordinators: re.Pattern[str]
    unit_size_tail: re.Pattern[str]
    member_before: re.Pattern[str]
    scene_after: re.Pattern[str]
    at_home: re.Pattern[str]
    bare_verbs: re.Pattern[str]
    number_of: re.Pattern[str]
    level_verbs: re.Pattern[str]
    place_after_figure: re.Pattern[str]
    receive_before_figure: re.Pattern[str]
    not_dprk_before: re.Pattern[str]
    host_whole_before: re.Pattern[str]
    abroad_phrases: re.Pattern[str]
    dispatch_verbs: re.Pattern[str]
    place_modifier_suffix: re.Pattern[str]
    organisation_nouns: re.Pattern[str]
    origin_before: re.Pattern[str]
    placed_adjective_before: re.Pattern[str]  # "(in) neighbouring Kuwait": not an origin
    place_excluded_before: re.Pattern[str]
    place_anaphors: re.Pattern[str]
    site_after: re.Pattern[str]
    future_modal: re.Pattern[str]
    future_modal_after: re.Pattern[str]
    reduced_relative: re.Pattern[str]
    level_before: re.Pattern[str]
    revenue: re.Pattern[str]
    wage: re.Pattern[str]
    money_exclusions: re.Pattern[str]
    money_adjuncts: re.Pattern[str]
    share: re.Pattern[str]
    share_objects: re.Pattern[str]
    speech_verbs: re.Pattern[str]
    attribution_openers: re.Pattern[str]
    same_workers: re.Pattern[str]
    sector_any: re.Pattern[str]  # one pass: the group name is the sector
    # can any sector cue be in a span? (lower-cased terms on lower-cased text, the upper-case
    # ones on the text itself): most sentences name none, and this pass is far cheaper
    sector_hint: tuple[re.Pattern[str], re.Pattern[str]]
    status: dict[str, re.Pattern[str]]
    sectors: dict[str, re.Pattern[str]]
    relevance_terms: dict[str, re.Pattern[str]]
    # where any relevance term, phrase of labour at home or abroad phrase may start in the
    # lower-cased text (a look-ahead over all their phrases): one scan per document
    # (lowered_starts), then each pattern tried only there (laborwatch.extract.scan)
    lowered_any: re.Pattern[str]
    name_words_ok: frozenset[str]
    not_name_words: frozenset[str]
    never_destinations: frozenset[str]
    status_order: tuple[str, ...]
    default_status: str
    relevance: dict[str, Any]
    million: float
    language: str = "en"

    def raw_pattern(self, key: str) -> str:
        """The alternation of one cue list, for a pattern a stage builds around it."""
        return _raw_pattern(self.language, key)


_P = ParamSpec("_P")
_T = TypeVar("_T")


def per_cue_set(build: Callable[Concatenate[Cues, _P], _T]) -> Callable[Concatenate[Cues, _P], _T]:
    """``build`` made once per cue set (and further arguments) and then reused.

    A :class:`Cues` holds a mapping and so has no hash: the cache is keyed on its identity,
    and each entry keeps its Cues alive so that the identity is never reused by another."""
    held: dict[tuple[Any, ...], tuple[Cues, _T]] = {}

    @functools.wraps(build)
    def cached(cues: Cues, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        key = (id(cues), *args, *kwargs.items())
        found = held.get(key)
        if found is None or found[0] is not cues:
            found = (cues, build(cues, *args, **kwargs))
            held[key] = found
        return found[1]

    return cached


def _plurals(singulars: list[str], language: str) -> list[str]:
    if not singulars:
        return []
    return inflect_plurals(singulars, load("inflection", _with("inflection", language))["plural"])


def labor_nouns(raw: Mapping[str, Any], language: str) -> list[str]:
    """The job nouns that are words of labour for relevance: the plurals of the relevance
    ``labor_roots`` and, when ``labor_from_worker_nouns`` is set, every worker noun of the
    counts but those of ``labor_not_worker_nouns`` ("stevedores", "trawlermen", not
    "students" or "hands")."""
    rel = raw["relevance"]
    out = _plurals(rel.get("labor_roots", []), language)
    if rel.get("labor_from_worker_nouns"):
        left_out = {n.lower() for n in rel.get("labor_not_worker_nouns", [])}
        out += [n for n in worker_phrases(raw, language) if n.lower() not in left_out]
    return list(dict.fromkeys(out))


def worker_phrases(raw: Mapping[str, Any], language: str) -> list[str]:
    """The phrases of :attr:`Cues.worker_nouns`: the listed nouns and the plurals of the
    listed roots (``raw`` is the language's cue lists, :attr:`Cues.raw`)."""
    return raw["worker_nouns"] + _plurals(raw.get("worker_roots", []), language)


@functools.cache
def _raw_pattern(language: str, key: str) -> str:
    return phrase_pattern(Vocabulary("cues", language)[key])


@functools.cache
def located_verbs(language: str) -> str:
    """The alternation of the verbs that place workers ("operate", "work", "based" ...), in
    every form: counts and destinations build their patterns around it."""
    return phrase_pattern(verb_forms(Vocabulary("cues", language)["located_from_verbs"], language))


class Vocabulary(Mapping[str, Any]):
    """A language's vocabulary file with a per-key fallback to English.

    A key the language's file lacks is read from ``lang/en``; a key neither has raises
    :class:`~laborwatch.errors.DataFileError` naming the key, the file and the language.
    """

    def __init__(self, name: str, language: str) -> None:
        self.name, self.language = name, language
        own = load(name, language) if has(name, language) else {}
        base = load(name, DEFAULT_LANGUAGE) if language != DEFAULT_LANGUAGE else {}
        self._data = {**base, **own}
        self.own = frozenset(own)  # the keys the language defines itself
        nouns = frozenset(str(w) for w in own.get("unconjugated") or ())
        for key in own.get("conjugated_keys") or ():  # Korean verbs fuse with endings
            self._data[key] = _conjugated(self[key], nouns)

    def __getitem__(self, key: str) -> Any:
        try:
            return self._data[key]
        except KeyError:
            raise DataFileError(
                f"vocabulary key '{key}' is missing from lang/{self.language}/{self.name}.yaml"
                + (
                    f" and lang/{DEFAULT_LANGUAGE}/{self.name}.yaml"
                    if self.language != DEFAULT_LANGUAGE
                    else ""
                )
            ) from None

    def get(self, key: str, default: Any = None) -> Any:
        """The value of an optional key (no error when it is missing)."""
        return self._data.get(key, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


def _conjugated(value: Any, nouns: frozenset[str] = frozenset()) -> Any:
    """A verb list (or a mapping of lists) with each verb's fused forms added; ``nouns``
    stay as they are (their fused forms are other words: "외화" -> "외환")."""
    if isinstance(value, dict):
        return {k: _conjugated(v, nouns) for k, v in value.items()}
    if isinstance(value, list):
        return list(
            dict.fromkeys(
                f for w in value for f in ([str(w)] if w in nouns else conjugations(str(w)))
            )
        )
    return value


def _reported_forms(lemmas: list[str]) -> list[str]:
    """The finite forms of speech verb lemmas ("cite" -> "cites", "cited"): not the bare
    lemma or the gerund, which read as nouns ("the report", "reporting")."""
    bare = set(lemmas)
    return [f for f in verb_forms(lemmas) if f not in bare and not f.endswith("ing")]


def _pronouns_of_them(c: Mapping[str, Any]) -> str:
    """The pronouns that refer back to a group; a speaker pronoun only when no speech verb
    follows it ("..., they said" are the sources)."""
    speakers = [p for p in c.get("speaker_pronouns", []) if p in c["same_group_pronouns"]]
    others = [p for p in c["same_group_pronouns"] if p not in speakers]
    if not speakers:
        return phrase_pattern(others)
    speech = phrase_pattern(c["speech_verbs"] + _reported_forms(c.get("speech_verb_lemmas", [])))
    return (
        phrase_pattern(others) + "|(?:" + phrase_pattern(speakers) + r")(?!\s+(?:" + speech + r"))"
    )


def _with(name: str, language: str) -> str:
    """``language`` when it has the vocabulary file ``name``, else English."""
    return language if has(name, language) else DEFAULT_LANGUAGE


def readable(language: str) -> bool:
    """Does laborwatch read ``language`` (does it have cue and number vocabularies)?"""
    return all(has(name, language) for name in ("cues", "numbers", "sentences"))


@functools.lru_cache(maxsize=8)  # relevance and prepare ask for the same document's
def lowered_starts(language: str, low: str) -> tuple[int, ...]:
    """Where in ``low`` (a text lower-cased) a phrase of ``cues(language).lowered_any`` may
    start: the relevance vocabularies and the abroad phrases are each tried only there."""
    rx = _lowered_any_ascii(language) if plain_ascii(low) else cues(language).lowered_any
    return tuple(starts(rx, low, 0, len(low)))


@functools.cache
def _lowered_any_ascii(language: str) -> re.Pattern[str]:
    """``cues(language).lowered_any`` for :func:`plain_ascii` text."""
    return ascii_twin(cues(language).lowered_any)


@functools.cache
def cues(language: str = DEFAULT_LANGUAGE) -> Cues:
    """The compiled cues of ``language`` (per-key fallback to English).

    Raises:
        DataFileError: the language has no cue file, or a key is missing everywhere.
    """
    if not has("cues", language):
        raise DataFileError(f"laborwatch has no cue vocabulary for language '{language}'")
    c = Vocabulary("cues", language)

    def w(key: str, lowered: bool = False) -> str:
        return words(language, key, lowered)

    the = w("articles")
    level = c["level_verbs"] + [  # "number in", "run into the"
        f"{form}{article}"
        for form in verb_forms(c.get("level_verb_lemmas", []), language)
        for article in ["", *(f" {a}" for a in Vocabulary("grammar", language)["articles"])]
    ]
    fillers = r"\s+(?:(?:" + w("figure_fillers") + r")\s+)?$"  # "were some", "of about"
    sectors = Vocabulary("sectors", language)
    rel = c["relevance"]
    sector_rx = {}
    hint_lower: list[str] = []
    hint_upper: list[str] = []
    inflects = has("inflection", language)
    for name, terms in sectors.items():
        upper = [t for t in terms if t.isupper()]  # "IT" must stay upper-case
        other = [t for t in terms if not t.isupper()]
        if inflects:  # "farmer" also matches "farmers"
            other = list(dict.fromkeys(_plurals(other, language)))
        parts = [phrase_pattern(other)]
        hint_lower += other
        hint_upper += upper
        if upper:
            parts.append("(?-i:" + phrase_pattern(upper) + ")")
        sector_rx[name] = re.compile("|".join(parts), re.IGNORECASE)
    relevance_terms = {  # run on lower-cased text (laborwatch.extract.text.lower)
        "labor": rel["labor_terms"]
        + verb_forms(rel.get("labor_verbs", []), language)
        + labor_nouns(c, language),
        "abroad": rel["abroad_terms"],
        "off_topic": rel["off_topic_terms"],
        # other nations' workers named by a phrase ("한국인 근로자"), where a language's
        # nationalities are not place mentions (only a language that lists them)
        **({"other": rel["other_workers_terms"]} if rel.get("other_workers_terms") else {}),
    }
    return Cues(
        raw=c,
        worker_nouns=_rx(worker_phrases(c, language)),
        people_nouns=_rx(c["people_nouns"]),
        group_nouns=_rx(c["group_nouns"]),
        military=_rx(c["military_words"]),
        things=_rx(c["thing_nouns"] + _plurals(c.get("thing_roots", []), language)),
        excluded_predicates=_rx(
            c["excluded_predicates"] + verb_forms(c.get("excluded_verbs", []), language)
        ),
        entry_predicates=_rx(c["entry_predicates"]),
        unit_size_before=_around("", c["unit_size_before"], r"\s*$"),
        unit_size_after=_around(r"^\s*", c["unit_size_after"], ""),
        partitive_after=_around(r"^\s*", c["partitive_after"], r"\b"),
        population_before=_around("", c["population_before"], r"\s*$"),
        group_size_before=_around("", _plurals(c["group_size_nouns"], language), r"\s+of\s*$"),
        scene_before=_rx(c["scene_before"]),
        mixed_share_before=_around(
            "", c["mixed_share_before"], rf"\s+(?:(?:{the})\s+)?" + r"(?:[\w'’-]+\s+){0,3}$"
        ),
        bare_vague_verbs=_around("", verb_forms(c["bare_vague_verbs"], language), fillers),
        subordinators=_rx(c["subordinators"]),
        unit_size_tail=_rx(c["unit_size_tail"]),
        member_before=_rx(c["member_before"]),
        scene_after=re.compile(
            phrase_pattern(c["scene_after"])
            + r"|\b(?:"
            + phrase_pattern(c.get("scene_holding_verbs", []))
            + r")\s+(?:[\w'-]+\s+){0,2}?(?:"
            + phrase_pattern(c.get("scene_held_objects", []))
            + r")\b",
            re.IGNORECASE,
        ),
        at_home=_rx(c["at_home"]),
        bare_verbs=_around(
            r"^\s*" + _optional_words(c.get("bare_verb_adverbs", [])), c["bare_count_verbs"], ""
        ),
        number_of=_rx(c["number_of_phrases"]),
        level_verbs=_around("", level, r"\s+(?:(?:" + w("level_fillers") + r")\s+)*$"),
        abroad_phrases=re.compile(lower_pattern(_abroad_phrases(c))),  # on lower-cased text
        place_after_figure=_around(
            r"^(?:\s+",
            c["location_verbs"],
            r")*\s+(?:"
            + w("location_prepositions")
            + rf")\s+(?:(?:{the})\s+)?(?:(?:{w('area_nouns')})\s+(?:{w('of_words')})\s+)?$",
        ),
        receive_before_figure=_around("", c["receive_verbs"], fillers),
        not_dprk_before=_around(
            "", c["not_dprk_before"], r",?\s+(?:" + w("figure_links") + ")" + fillers
        ),
        host_whole_before=(
            _around(r"\b", c["host_whole_before"], fillers)
            if c.get("host_whole_before")
            else re.compile(r"(?!)")
        ),
        dispatch_verbs=_rx(c["dispatch_verbs"]),
        name_words_ok=frozenset(c["name_words_ok"]),
        not_name_words=frozenset(c["not_name_words"]),
        place_modifier_suffix=re.compile(
            r"^\.?-(?:" + "|".join(c["place_modifier_suffixes"]) + r")\b", re.IGNORECASE
        ),
        organisation_nouns=_around(
            r"^(?:(?:'s|s'|')\s+(?:[\w-]+\s+){0,3}?|\s*(?:(?-i:[A-Z][\w.-]*)\s+){0,3}?)",
            c["organisation_nouns"],
            "",
        ),
        site_after=_around(r"^[\s-]*(?:[\w-]+\s+){0,2}?", c["site_nouns"], ""),
        never_destinations=frozenset(c["never_destinations"]),
        place_excluded_before=_around(
            "",
            [*c["place_excluded_before"], *c["market_before"], *c["flag_before"]],
            rf"\s+(?:(?:{the}|{w('indefinite_articles')})\s+)?"
            rf"(?:[\w'-]+\s+(?:{w('list_joiners')})\s+(?:(?:{the})\s+)?)?$",
        ),
        place_anaphors=_rx(c["place_anaphors"]),
        origin_before=_around("", c["origin_before"], rf"\s+(?:(?:{the})\s+)?$"),
        placed_adjective_before=_around(
            r"(?:^\W*|\b(?:" + phrase_pattern(c["adjective_placing_before"]) + r")\s+)",
            c["origin_adjectives"],
            r"\s+$",
        ),
        status={
            k: re.compile(
                lower_pattern(v + verb_forms(c.get("status_verbs", {}).get(k, []), language))
            )
            for k, v in c["status_cues"].items()
        },
        status_order=tuple(c["status_order"]),
        future_modal=re.compile(r"\b(?:" + lower_pattern(c["future_modals"]) + r")\s+$"),
        future_modal_after=re.compile(  # on lower-cased text, right after a noun phrase
            r"\s+(?:\w+\s+){0,2}?(?:"
            + lower_pattern(c["future_modals"])
            + r")\s+(?!"
            + w("modal_auxiliaries", True)
            + r")\w+"
        ),
        reduced_relative=re.compile(  # "labourers sent to the Amur region ..."
            r"\s+(?:"
            + lower_pattern(c["descriptive_participles"])
            + r")\s+(?:"
            + w("participle_complements", True)
            + r")[^,;]*?"
            + "".join(  # not an infinitive: "sent there to work"
                rf"(?<!\b{re.escape(m)})" for m in c.get("infinitive_markers") or []
            )
            + r"(?=\s(?:"
            + lower_pattern(
                c["main_verbs_after_relative"]
                + verb_forms(
                    c.get("main_verb_lemmas", [])
                    + [v for vs in c.get("status_verbs", {}).values() for v in vs],
                    language,
                )
            )
            + r")\b)"
        ),
        level_before=re.compile(
            r"(?:" + lower_pattern(level + c.get("level_phrases", [])) + r")\s+"
            r"(?:(?:" + w("level_fillers", True) + r"|[\d.,]+)\s+)*$"
        ),
        default_status=c["default_status"],
        revenue=_rx(c["revenue_cues"] + verb_forms(c.get("revenue_verbs", []), language)),
        wage=_rx(c["wage_cues"]),
        money_exclusions=_rx(c["money_exclusions"]),
        money_adjuncts=_rx(c["money_adjunct_openers"] + c["subordinators"]),
        share=_rx(c["share_cues"] + verb_forms(c.get("share_verbs", []), language)),
        share_objects=_rx(c["share_objects"]),
        speech_verbs=_rx(c["speech_verbs"] + _reported_forms(c.get("speech_verb_lemmas", []))),
        attribution_openers=_rx(c["attribution_openers"]),
        sectors=sector_rx,
        same_workers=re.compile(
            r"\b(?:" + phrase_pattern(c["same_group_determiners"]) + r")\s+(?:[\w-]+\s+){0,2}?"
            r"(?:"
            + phrase_pattern(c["worker_nouns"] + c["people_nouns"])
            + r")|"
            + _pronouns_of_them(c)
            + "|(?:"
            + phrase_pattern(c["same_place_adverbs"])
            + r")(?!\s+(?:"
            + phrase_pattern(c["existential_verbs"])
            + r"))",
            re.IGNORECASE,
        ),
        sector_any=re.compile(
            "|".join(f"(?P<{name}>{rx.pattern})" for name, rx in sector_rx.items()), re.IGNORECASE
        ),
        sector_hint=(re.compile(lower_pattern(hint_lower)), re.compile(phrase_pattern(hint_upper))),
        relevance=rel,
        relevance_terms={k: _relevance_terms(rel, k, v) for k, v in relevance_terms.items()},
        lowered_any=union_ahead(
            lower_pattern(
                [p for v in relevance_terms.values() for p in v]
                + rel.get("home_terms", [])
                + rel.get("home_places", [])
                + _abroad_phrases(c)
            )
        ),
        million=float(c["million_threshold"]),
        language=language,
    )
