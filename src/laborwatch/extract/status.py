"""Status of a counted group: planned, recruiting, dispatched, present or repatriated.

The cue nearest to the figure in its clause decides (ties by the order in cues.yaml);
else the nearest cue in the sentence; else the previous sentence's last cue when the
figure continues it (the same workers, or "another 500"); else the default (a stock:
present). Grammar shapes the cues first: a negated event is turned around ("have not yet
arrived" is planned), a stative participle after a copula is a stock ("300 are left"), a
flow home is a return ("flown to Pyongyang"), a possibility of a flow is a plan; a
relative clause after the figure describes the group and its main verb decides, a return
particle after the object makes a sending a return ("sent 250 workers back"), and a
figure right after "leaving" or "up" is a remainder or an increase. The whole of a
partitive is a stock ("half of the 800"), a comparison's baseline has the status of the
flow it is compared with ("entered ..., up from 3,000"), a figure that sizes or follows a
group named before takes its status ("put the number at 450", "the other 60 followed"),
and a future predicate before the figure is a plan ("will issue permits to 5,000").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from typing import NamedTuple

from laborwatch.extract.cues import Cues, Vocabulary, per_cue_set
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.learned import LinearModel
from laborwatch.extract.numbers import Quantity
from laborwatch.extract.scan import starts, union_ahead
from laborwatch.extract.tails import last_words, last_words_as_written
from laborwatch.extract.vocab import lower_pattern, verb_forms, words

# Figures that are never the subject of a predicate: a year or a date inside one ("were
# sent in 2019") does not end it.
_NO_SUBJECTS = frozenset({"year", "date", "duration"})
_CLAUSE_MARK = re.compile(r"[,;]")
_PASSIVE_BE = re.compile(r"(?<=\s)be\s+$")  # "are to be [sent back]": the modal before it
_LATER_REACH = 12  # characters after "but they" within which the group's later cue stands
_LATER_STATUSES = ("present", "dispatched")  # what a later predicate may say the group does
_MONEY_REACH = 30  # characters after a flow verb within which an amount is its object
_FLOWS = ("dispatched", "repatriated")  # the statuses of a movement


@functools.cache
def _grammar(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a relative aside after a figure, a definite determiner before it), on lower-cased
    text; the words come from ``grammar.yaml``."""
    return (
        re.compile(r",\s*(?:" + words(language, "relative_pronouns", True) + r")[^,;]*(?:,|$)"),
        re.compile(r"(?:" + words(language, "definite_determiners", True) + r")\s+$"),
    )


def _literal(items: list[str] | None) -> str:
    """An alternation of literal strings (never matching when there are none)."""
    return "|".join(re.escape(x) for x in items or []) or r"(?!x)x"


@functools.cache
def _status_grammar(language: str) -> dict[str, re.Pattern[str]]:
    """The status-specific patterns of ``cues.yaml`` (on lower-cased text): negation,
    copulas, infinitives, possibility modals, remainders and increases before a cue or a
    figure; return particles, flows home and relative clauses after one; present-tense
    endings; and the words that continue the sentence before."""
    c = Vocabulary("cues", language)
    fillers = lower_pattern(c.get("status_negation_fillers") or [])
    negators = lower_pattern(c.get("status_negators") or [])
    suffixes = _literal(c.get("status_negator_suffixes"))
    not_infinitive = "".join(
        rf"(?<!\b{re.escape(m)})"
        for m in list(c.get("infinitive_markers") or [])
        + verb_forms(list(c.get("phase_verbs") or []), language)
    )
    copula = words(language, "passive_auxiliaries", True)
    lemmas = list(c.get("main_verb_lemmas") or []) + [
        v for vs in (c.get("status_verbs") or {}).values() for v in vs
    ]
    main = lower_pattern(list(c.get("main_verbs_after_relative") or []) + verb_forms(lemmas))
    relatives = lower_pattern(c.get("group_relatives") or [])
    particles = list(c.get("return_particles") or [])
    split_verbs = verb_forms(  # "send" of "send back", "pull" of "pull out"
        [
            v.split()[0]
            for v in (c.get("status_verbs") or {}).get("repatriated", [])
            if len(v.split()) == 2 and v.split()[1] in {p.split()[0] for p in particles}
        ]
    )
    fillers_before_figure = words(language, "figure_fillers", True)

    def alt(key: str) -> str:
        """The phrases of ``key`` as one alternation."""
        return lower_pattern(c.get(key) or [])

    def before_figure(head: str) -> re.Pattern[str]:
        """``head`` right before a figure, a filler between ("leaving about 300")."""
        return re.compile(head + r"\s+(?:(?:" + fillers_before_figure + r")\s+)?$")

    def right_before_figure(key: str) -> re.Pattern[str]:
        """The words of ``key`` right before a figure ("leaving about 300")."""
        return before_figure(r"\b(?:" + alt(key) + ")")

    def part_of(key: str) -> re.Pattern[str]:
        """One of ``key``'s words, "of" and a determiner right before the figure ("none of
        the 30")."""
        return before_figure(
            r"\b(?:" + alt(key) + r")\s+of\s+(?:" + alt("status_partitive_determiners") + ")"
        )

    modals = alt("future_modals")
    auxiliaries = alt("relative_auxiliaries")
    return {
        "negated": re.compile(
            r"(?:(?:" + negators + r")|(?:" + suffixes + r"))\s+(?:(?:" + fillers + r")\s+)*$"
        ),
        # a negated verb that governs an infinitive after the figure ("does not allow the
        # 2,000 workers at the plant to leave")
        "negated_governor": re.compile(
            r"(?:\b(?:" + negators + r")\b|(?:" + suffixes + r"))\s+(?:[\w'-]+\s+){0,2}$"
        ),
        "copula": re.compile(
            r"\b(?:"
            + copula
            + r")\s+(?:(?:"
            + lower_pattern(c.get("stative_fillers") or [])
            + r")\s+)?$"
        ),
        "infinitive": re.compile(
            r"\b(?:" + lower_pattern(c.get("infinitive_markers") or []) + r")\s+$"
        ),
        # "used to employ": an infinitive cue that is a past habit
        "habitual": re.compile(
            r"\b(?:"
            + alt("status_habitual_before")
            + r")\s+(?:"
            + lower_pattern(c.get("infinitive_markers") or [])
            + r")\s+[\w' -]+$"
        ),
        "return_particle": re.compile(r"\s+(?:" + lower_pattern(particles) + r")\b"),
        # the verb of a phrasal return verb before its object ("pulled [120 nurses] out")
        "return_verb_before": re.compile(
            r"\b(?:" + lower_pattern(split_verbs) + r")\s+(?:[\w'-]+\s+){0,3}$"
        ),
        # right after a flow verb: "arrived back", "flew home", "were sent to Pyongyang"
        "return_after_flow": re.compile(
            r"\s+(?:(?:"
            + alt("status_return_objects")
            + r")\s+(?="
            + lower_pattern(particles)
            + r"))?(?:(?:"
            + lower_pattern(particles)
            + r")|(?:(?:"
            + lower_pattern(c.get("home_prepositions") or [])
            + r")\s+)?(?:"
            + lower_pattern(c.get("home_destinations") or [])
            + r"))\b"
        ),
        "remainder": right_before_figure("remainder_before"),
        # "now has 20 staff left in the region": a possessor before the figure and a
        # stative participle after its noun say what remains
        "possessor": right_before_figure("status_possessors"),
        "left_after": re.compile(r"\s+(?:" + alt("stative_participles") + r")\b"),
        # "doctors and nurses who were working ...": a second noun of the same group
        "noun_coordinator": re.compile(r"\s+(?:" + alt("status_noun_coordinators") + r")\s+"),
        # a third-person present form at the end of a cue ("gets", "receives")
        "present_tense": re.compile(
            "".join(rf"(?<!{re.escape(x)})" for x in c.get("present_tense_not") or [])
            + r"(?:"
            + _literal(c.get("present_tense_endings"))
            + r")$"
        ),
        "increase": right_before_figure("increase_before"),
        # "has asked the regional government for 400 more": a request, a few words between
        "request": before_figure(
            r"\b(?:"
            + lower_pattern(verb_forms(list(c.get("request_verbs") or [])))
            + r")\s+(?:[\w'-]+\s+){0,5}?for"
        ),
        "possibility": re.compile(
            r"\b(?:" + lower_pattern(c.get("possibility_modals") or []) + r")\s+$"
        ),
        # "who were sent to Kuwait" up to the main verb ("have since come home"), or an
        # aside between commas (", who had been working on farms,")
        "relative": re.compile(
            r"(?:,\s+(?:"
            + relatives
            + r")\b[^,;]*,|\s+(?:"
            + relatives
            + r")\s+(?:(?:"
            + lower_pattern(c.get("relative_auxiliaries") or [])
            + r")\s+)*+[\w'-]+[^,;]*?(?=\s(?:"
            + main
            + r")\b)"
            + not_infinitive
            + ")"
        ),
        "continuation": re.compile(lower_pattern(c.get("continuation_words") or [])),
        # "continue to [arrive]": a verb of going on and a flow or return verb after it
        "continuing": re.compile(r"(?:" + alt("status_continuing") + r")"),
        "moving_after": re.compile(
            r"\s+(?:"
            + lower_pattern(
                verb_forms(
                    [
                        v
                        for k in ("dispatched", "repatriated", "planned", "recruiting")
                        for v in (c.get("status_verbs") or {}).get(k, [])
                    ]
                )
            )
            + r")\b"
        ),
        # "returned to a half-finished resort complex": a return to a workplace
        "return_workplace": re.compile(
            r"\s+to\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:"
            + alt("status_return_workplaces")
            + r")\b"
        ),
        "home_near": re.compile(
            r"\b(?:" + lower_pattern(c.get("home_destinations") or []) + r")\b"
        ),
        # "returned to work at the shipyard": a resumption, not a return home
        "resumption": re.compile(r"\s+(?:" + alt("status_resumption_after") + r")\b"),
        # "half of the 800 doctors", "Of the 2,500 workers in Mongolia, ...": the whole
        "partitive_whole": before_figure(
            r"(?:(?P<initial>^|[,;:]\s*|\b(?:"
            + alt("status_partitive_openers")
            + r")\s+)|(?:"
            + alt("status_partitive_parts")
            + r")\s+)of\s+(?:"
            + alt("status_partitive_determiners")
            + ")"
        ),
        # "none of the 30 doctors": a part that is nobody
        "partitive_nobody": part_of("status_partitive_nobody"),
        # "... put the number at 450": a figure that sizes a group named before it
        "anaphoric_number": before_figure(
            r"\b(?:"
            + alt("status_anaphoric_numbers")
            + r")\s+(?:"
            + alt("status_anaphoric_prepositions")
            + ")"
        ),
        "comparison": re.compile(alt("level_phrases")),
        # "work permits", "living conditions": a cue word that modifies a noun
        "compound": re.compile(r"[\s-]+(?:" + alt("status_compound_heads") + r")\b"),
        # ", the group added.": a reporting tail (its subject, the verb, the sentence's end)
        "reporting_tail_before": re.compile(r",\s+(?:[\w'-]+\s+){1,4}$"),
        "reporting_tail_after": re.compile(r"\s*(?:[.!?\"”]|$)"),
        # "for a company that ships the logs": a relative clause about a thing
        # ("a private clinic in Vientiane that offers acupuncture": a place between)
        "thing_relative": re.compile(
            r"\b(?:"
            + alt("thing_nouns")
            + "|"
            + alt("status_relative_things")
            + r")(?:\s+(?:"
            + alt("status_relative_place_words")
            + r")(?:\s+[\w'-]+){1,3}?)?\s+(?P<rel>(?:"
            + alt("status_thing_relatives")
            + r")\b[^,;]*)"
        ),
        # "a clinic in Vientiane [that]": the place after a thing, before its relative word
        "relative_place": re.compile(
            r"\s(?:" + alt("status_relative_place_words") + r")(?:\s+[\w'-]+){1,3}\s*$"
        ),
        # "left Pyongyang for Vladivostok": a departure from home
        "departure_from_home": re.compile(
            r"\s+(?:" + lower_pattern(c.get("home_destinations") or []) + r")\b"
        ),
        # ", hired by the same subcontractor in 2016,": a participle aside after a figure
        "participle_aside": re.compile(
            r"\s*,\s*(?:" + alt("descriptive_participles") + r")\b[^,;]*,"
        ),
        # "bring in about $200 million": the words between a flow verb and an amount
        "money_object_gap": re.compile(r"\s+(?:(?:" + alt("money_object_fillers") + r")\s+){0,2}"),
        # "..., but they work as maids": a later predicate of the same group
        "later_subject": re.compile(r"\b(?:" + alt("status_later_subjects") + r")\s+"),
        # "ordered home but have not left": a return denied later in the sentence
        "return_denial": re.compile(r"\b(?:" + alt("status_return_denials") + r")\b"),
        # "on land leased from ...": a status verb read as a noun of another sense
        "noun_sense": re.compile(r"\b(?:" + alt("status_noun_before") + r")\s+$"),
        # "120 dispatched North Korean workers": a participle right after the figure that
        # names the group (a modifier or two before its worker noun), no event of it
        "label": re.compile(
            r"\s+(?P<label>"
            + alt("status_label_participles")
            + r")\s+(?:[\w-]+\s+){0,2}?(?:"
            + alt("worker_nouns")
            + r")\b"
        ),
        # "The dispatch of 1,000 builders ... has been postponed": a flow put off, still to
        # come (a return put off: still there), as a negation turns it
        "postponed": re.compile(
            r"[^,;.]{0,60}?\b(?P<aux>"
            + copula
            + r"|has|have|had)\s+(?:(?:been|being)\s+)?(?:"
            + lower_pattern(verb_forms(list(c.get("status_postponement_verbs") or [])))
            + r")\b"
        ),
        # "its remaining 150 workers": a word that only describes the group
        "attributive": re.compile(r"\b(?:" + alt("status_attributive") + r")\s+$"),
        # "employed 35 coders until last spring, when all of them were sent back": a clause
        # that closes the figure's with the group's return
        "closing_return": re.compile(
            r"\s*,\s*(?:"
            + alt("status_closing_openers")
            + r")\s+(?:"
            + alt("status_closing_subjects")
            + r")\s+(?:(?:"
            + alt("relative_auxiliaries")
            + r")\s+)?"
        ),
        # "the departure of [600 workers]": a noun of leaving right before the figure
        "departure_of": re.compile(
            r"\b(?:" + alt("status_departure_nouns") + r")\s+of\s+(?:[\w-]+\s+){0,2}$"
        ),
        # ", who will be deported": a relative clause opened after a comma
        "comma_relative": re.compile(r"\s*,\s*(?:who|that)(?=\s)"),
        # "Returning from Russia after three years, 300 loggers crossed the border": a fronted
        # participle of return before the figure's clause
        "fronted_return": re.compile(r"(?:" + alt("status_fronted_returns") + r")\b[^,;]*,"),
        # "has pulled all of them out of the fleet": a return of the group by a pronoun
        "pronoun_return": re.compile(
            r"\b(?:"
            + lower_pattern(split_verbs)
            + r")\s+(?:"
            + alt("status_group_pronouns")
            + r")\s+(?:"
            + lower_pattern(particles)
            + r")\b"
        ),
        # "has refused to send [them home]", "has not pulled": no return (yet)
        "unreal_return": re.compile(r"(?:\b(?:to|not|never|yet)|n't)\s+$"),
        # "the company that employed [250 ...]": a figure inside a relative clause
        "relative_subject": re.compile(
            r"\b(?:that|which|who)\s+(?:(?:had|has|have)\s+)?(?:"
            + lower_pattern(verb_forms(list(c.get("status_holding_verbs") or [])))
            + r")\s+(?:[\w-]+\s+){0,2}$"
        ),
        # "The remaining 25 will finish the roof": a group already known (no plan)
        "known_attributive": re.compile(
            r"\b(?:"
            + alt("status_governing_fillers")
            + r")\s+(?:"
            + alt("status_attributive")
            + r")\s+$"
        ),
        # "withdrew its 60 remaining workers": the same word right after the figure
        "attributive_after": re.compile(r"\s+(?:" + alt("status_attributive") + r")\b"),
        # "withdrew its": a verb right before its object figure (a determiner between)
        "governing_gap": re.compile(
            r"\s+(?:(?:"
            + alt("status_governing_fillers")
            + "|"
            + alt("status_attributive")
            + r")\s+){0,3}$"
        ),
        # "to land remote jobs": such a verb with an object of another sense
        "homograph_object": re.compile(
            r"\s+(?:[\w-]+\s+){0,2}?(?:" + alt("status_homograph_objects") + r")\b"
        ),
        # "all but a handful of the 2,500": a part that is (nearly) the whole
        "partitive_all": part_of("status_partitive_all"),
        # "will keep about 30 ... until": a modal before a verb of keeping them there
        "retained": re.compile(
            r"(?:" + lower_pattern(verb_forms(list(c.get("status_retention_verbs") or []))) + r")\b"
        ),
        # "would still be in China": a guess about now, no plan
        "epistemic": re.compile(rf"\b(?:{modals})\s+(?:{alt('status_epistemic_adverbs')})\b"),
        "coordinator": re.compile(r"\b(?:" + alt("status_predicate_coordinators") + r")\b"),
        # "the other 60 followed in April": the predicate right after the figure
        "follow": re.compile(
            rf"\s+(?:(?:{auxiliaries})\s+){{0,2}}(?:{alt('status_follow_verbs')})\b"
        ),
        # "another 200 are due to follow": the group before, scheduled to follow
        "scheduled_follow": re.compile(rf"\s+(?:{modals})\s+(?:{alt('status_follow_verbs')})\b"),
        # "Twenty of the 80 doctors": a figure that is the whole of a figure before it
        "partitive_of": before_figure(r"\s+of\s+(?:" + alt("status_partitive_determiners") + ")"),
        # "put on trains", "by bus": a noun of transport
        "transport": re.compile(
            r"\b(?:"
            + alt("status_transport_prepositions")
            + r")\s+(?:(?:"
            + words(language, "indefinite_or_definite", True)
            + r")\s+)?$"
        ),
        "hedge": re.compile(r"\s+(?:" + alt("status_hedges") + r")\s+"),
        # a future predicate before a figure in its clause ("will issue permits to 5,000")
        "future_before": re.compile(rf"\b(?:{modals})\s+[\w'-]+[^,;]*$"),
        # "bringing the total in the country to about 15,000": a stock
        "total": before_figure(
            r"\b(?:"
            + lower_pattern(verb_forms(list(c.get("status_total_verbs") or [])))
            + r")\s+(?:"
            + words(language, "articles", True)
            + r")\s+(?:"
            + alt("status_total_nouns")
            + r")\b[^,;]{0,40}?\b(?:"
            + alt("status_total_prepositions")
            + ")"
        ),
        # "are waiting in Pyongyang for their Russian visas": recruiting
        "waiting": re.compile(
            r"\b(?:"
            + lower_pattern(verb_forms(list(c.get("status_wait_verbs") or [])))
            + r")\b[^,;.]{0,40}?\b(?:"
            + alt("status_wait_prepositions")
            + r")\s+(?:(?:"
            + alt("status_wait_determiners")
            + r")\s+)?(?:[\w-]+\s+){0,2}?(?:"  # "for Russian work visas"
            + alt("status_wait_objects")
            + r")\b"
        ),
        "hedge_cue": re.compile(r"(?:" + lower_pattern(c.get("status_hedge_cues") or []) + r")$"),
        "obligation": re.compile(
            r"\b(?:"
            + lower_pattern(c.get("return_obligations") or [])
            + r"|(?:"
            + copula
            + r")\s+(?:"
            + alt("return_obligation_participles")
            + r")\s+to|(?:"
            + lower_pattern(verb_forms(list(c.get("return_request_verbs") or [])))
            + r")\s+(?:[\w'-]+\s+){0,3}?to|(?:"
            + alt("return_deadlines")
            + r")\s+(?:[\w'-]+\s+){1,3}?to)\s+(?:\w+\s+)?$"
        ),
        # "left by train last week for vegetable farms": a departure for a place abroad
        "departure_for": re.compile(
            r"(?:\s+(?!for\b)[\w'-]+){0,5}?\s+for\s+(?!(?:"
            + lower_pattern(c.get("home_destinations") or [])
            + "|"
            + alt("departure_for_not")
            + r")\b)"
        ),
        # "are training its national squads", "training Zimbabwe's squads": the group trains
        # others (a stock)
        "recruiting_object": re.compile(
            r"\s+(?:(?:" + alt("recruiting_object_openers") + r")\b|[\w-]+['\u2019]s\b)"
        ),
        "return_abroad": re.compile(
            r"\b(?:"
            + lower_pattern(c.get("return_abroad") or [])
            + r")\s+(?:(?:"
            + words(language, "articles", True)
            + r")\s+)?$"
        ),
        "defection": re.compile(r"\b(?:" + lower_pattern(c.get("defection_events") or []) + r")\b"),
        "forced_return": re.compile(
            r"\b(?:" + lower_pattern(c.get("forced_returns") or []) + r")\b"
        ),
    }


# by the first character of a phrase, the cue patterns a phrase opening with it belongs to:
# (the pattern's index, the status it gives, the pattern)
_Starters = dict[str, tuple[tuple[int, str, re.Pattern[str]], ...]]


class _Setup(NamedTuple):
    """What a finder reads from a language's cues, built once per ``Cues``."""

    copula: re.Pattern[str]
    negated_status: dict[str, str]
    perfect: frozenset[str]
    end_marks: tuple[str, ...]
    stative: frozenset[str]
    transport: frozenset[str]
    homographs: frozenset[str]  # status verbs that are also nouns ("land")
    speech_homographs: frozenset[str]  # status verbs that are also of speech ("added")
    departures: frozenset[str]  # "left", "departed": from home, a departure abroad
    order: dict[str, int]
    any_cue: re.Pattern[str] | None  # where any status cue may start (see _any_cue)
    waits_in_any: bool  # any_cue also finds where the "waiting" pattern may start
    starters: _Starters | None  # the patterns to try where any_cue finds a start


@per_cue_set
def _setup(cues: Cues) -> _Setup:
    """The finder's lookups of ``cues``, built on first use."""
    raw = cues.raw

    def lowered(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or ())

    any_cue = _any_cue(cues)
    made = _Setup(
        copula=re.compile(words(cues.language, "passive_auxiliaries", True)),
        negated_status=dict(raw.get("negated_status") or {}),
        perfect=lowered("perfect_auxiliaries"),
        end_marks=tuple(raw.get("predicate_end_marks") or ()),
        stative=lowered("stative_participles"),
        transport=lowered("status_transport_nouns"),
        homographs=lowered("status_noun_homographs"),
        speech_homographs=lowered("status_speech_homographs"),
        departures=frozenset(verb_forms(list(raw.get("status_departure_verbs") or []))),
        order={s: i for i, s in enumerate(cues.status_order)},
        any_cue=any_cue,
        waits_in_any=_waits(cues) is not None,
        starters=None if any_cue is None else _starters(cues),
    )
    return made


def _any_cue(cues: Cues) -> re.Pattern[str] | None:
    """A look-ahead over the phrases of every status, so that a sentence is scanned once
    for all of them; None (each pattern scans) unless each status pattern is exactly the
    phrase pattern of its ``status_cues`` and ``status_verbs`` (then the union holds them)."""
    if set(cues.status) != set(cues.status_order):
        return None
    phrases: list[str] = []
    for _status, rx, own in _cue_phrases(cues, waiting=False):
        if rx.flags & re.IGNORECASE or rx.pattern != lower_pattern(own):
            return None
        phrases += own
    return union_ahead(lower_pattern(phrases + (_waits(cues) or [])))


def _cue_phrases(cues: Cues, waiting: bool = True) -> list[tuple[str, re.Pattern[str], list[str]]]:
    """(status, pattern, its phrases) of each status pattern in the order of
    ``status_order``, then (with ``waiting``) the "waiting" pattern's (recruiting) when its
    waiting verbs open every match of it."""
    raw = cues.raw
    verbs = raw.get("status_verbs") or {}
    out = []
    for status in cues.status_order:
        own = list((raw.get("status_cues") or {}).get(status) or [])
        own += verb_forms(list(verbs.get(status) or []), cues.language)
        out.append((status, cues.status[status], own))
    waits = _waits(cues) if waiting else None
    if waits is not None:
        out.append(("recruiting", _status_grammar(cues.language)["waiting"], waits))
    return out


def _starters(cues: Cues) -> _Starters:
    """By first character, the cue patterns (as :func:`_cue_phrases` orders them) that may
    match where a phrase opening with that character stands: a phrase pattern matches only
    at the first character of one of its phrases, so at each start :func:`_any_cue` finds
    only these are tried, not every pattern (used only when there is such a union)."""
    table: dict[str, list[tuple[int, str, re.Pattern[str]]]] = {}
    for i, (status, rx, phrases) in enumerate(_cue_phrases(cues)):
        for first in sorted({" ".join(p.lower().split())[:1] for p in phrases} - {""}):
            table.setdefault(first, []).append((i, status, rx))
    return {first: tuple(entries) for first, entries in table.items()}


# the patterns of _status_grammar that end right before a figure, with the cue lists whose
# last words end their matches (a filler may follow: "leaving about 300")
_FIGURE_ENDS = {
    "possessor": ("status_possessors", True),
    "attributive": ("status_attributive", False),
    "total": ("status_total_prepositions", True),
    "anaphoric_number": ("status_anaphoric_prepositions", True),
    "remainder": ("remainder_before", True),
    "increase": ("increase_before", True),
}


@functools.cache
def _figure_ends(language: str) -> dict[str, tuple[str, ...] | None]:
    """The last words of the :data:`_FIGURE_ENDS` patterns, for the exact pre-test in
    :meth:`StatusFinder._before_figure` (which only spares their searches)."""
    c = Vocabulary("cues", language)
    fillers = list(Vocabulary("grammar", language).get("figure_fillers") or [])
    return {
        name: last_words(list(c.get(key) or []) + (fillers if filled else []))
        for name, (key, filled) in _FIGURE_ENDS.items()
    }


@functools.cache
def _first_words(language: str, key: str) -> tuple[str, ...]:
    """The first word of each phrase of ``key`` in ``cues.yaml`` (lower-cased): a match of
    a pattern of those phrases opens with one of them (the relatives of "thing_relative",
    the verbs of "continuing")."""
    phrases = Vocabulary("cues", language).get(key) or []
    return tuple(sorted({p.lower().split()[0] for p in phrases if p and p.strip()}))


@functools.cache
def _tail_ends(language: str) -> dict[str, tuple[str, ...] | None]:
    """For patterns searched over a window whose end they must reach (on lower-cased
    text), the last words their matches can end with before the closing white space:
    "negated" (:func:`_status_grammar`), "level" (``Cues.level_before``, whose numbers are
    tested apart), "partitive" (the patterns of a determiner before a figure:
    ``partitive_whole``, ``partitive_all``, ``partitive_of``, ``partitive_nobody``) and
    "modal" (``Cues.future_modal``)."""
    c, g = Vocabulary("cues", language), Vocabulary("grammar", language)

    def low(items: list[str] | None) -> list[str]:
        return [str(x).lower() for x in items or []]

    level_forms = verb_forms(list(c.get("level_verb_lemmas") or []), language)
    negated = last_words_as_written(
        low(c.get("status_negators"))
        + low(c.get("status_negation_fillers"))
        + list(c.get("status_negator_suffixes") or [])
    )
    return {
        "negated": negated,
        "level": last_words_as_written(
            low(c.get("level_verbs"))
            + low(level_forms)
            + low(g.get("articles"))
            + low(c.get("level_phrases"))
            + low(g.get("level_fillers"))
        ),
        "partitive": last_words_as_written(
            low(c.get("status_partitive_determiners")) + low(g.get("figure_fillers"))
        ),
        "modal": last_words_as_written(low(c.get("future_modals"))),
        "thing": last_words_as_written(
            low(c.get("thing_nouns")) + low(c.get("status_relative_things"))
        ),
    }


def _number_end(tail: str) -> bool:
    """Does ``tail`` end with a word of what ``[\\d.,]+`` matches, after white space (a
    number between a level verb and its figure: "stood at 1,000 in 2019 to ...")?"""
    at = len(tail)
    while at and (tail[at - 1] in ".," or tail[at - 1].isdecimal()):
        at -= 1
    return 0 < at < len(tail) and tail[at - 1].isspace()


def _waits(cues: Cues) -> list[str] | None:
    """The waiting verbs that open every match of the "waiting" pattern, or None when the
    pattern does not open with them."""
    forms = verb_forms(list(cues.raw.get("status_wait_verbs") or []))
    waiting = _status_grammar(cues.language)["waiting"].pattern
    return forms if forms and waiting.startswith(rf"\b(?:{lower_pattern(forms)})\b") else None


class StatusFinder:
    def __init__(self, view: DocView, cues: Cues, model: LinearModel | None = None) -> None:
        self.view = view
        self.cues = cues
        self.model = model
        self.relative_aside, self.definite = _grammar(cues.language)
        self.grammar = _status_grammar(cues.language)
        (
            self.copula,
            self.negated_status,
            self.perfect,
            self.end_marks,
            self.stative,
            self.transport,
            self.homographs,
            self.speech_homographs,
            self.departures,
            self._order,
            self._any_cue,
            self._waits_in_any,
            self._starters,
        ) = _setup(cues)
        # sentence -> its cues (_all_cues) and where they start (ascending, for _cues_in)
        self._sentence_cues: dict[int, tuple[list[tuple[int, int, str]], list[int]]] = {}
        self._relatives: dict[int, list[tuple[int, int]]] = {}
        self._spans: dict[int, list[tuple[int, int]]] = {}  # sentence -> its figures' spans
        self._continues: dict[int, bool] = {}  # sentence -> does it continue the one before
        self._nouns: dict[int, int | None] = {}  # sentence -> where its workers' noun ends
        # literal tests before the scan: a relative word after white space after a thing
        self._relative_words = _first_words(cues.language, "status_thing_relatives")
        self._figure_ends = _figure_ends(cues.language)
        tails = _tail_ends(cues.language)
        self._negated_ends, self._level_ends = tails["negated"], tails["level"]
        self._partitive_ends, self._modal_ends = tails["partitive"], tails["modal"]
        self._thing_ends = tails["thing"]
        # a cue can only be "continuing" when it opens with the first word of such a phrase
        self._continuing_firsts = _first_words(cues.language, "status_continuing")

    def _all_cues(self, sv: SentenceView) -> list[tuple[int, int, str]]:
        """Every status cue of a sentence (computed once per sentence)."""
        known = self._sentence_cues.get(sv.index)
        return (known or self._index_cues(sv))[0]

    def _index_cues(self, sv: SentenceView) -> tuple[list[tuple[int, int, str]], list[int]]:
        """The cues of :meth:`_all_cues` and their starts, found and kept for ``sv``."""
        text = self.view.lower[sv.start : sv.end]  # status cues are lower-case patterns
        size, base = len(text), sv.start
        found: list[tuple[int, int, str]] = []
        if self._starters is not None and self._any_cue is not None:
            # each pattern's own finditer (see scan.matches_at), but at each start only the
            # patterns with a phrase opening with its character are tried
            ends = [-1] * (len(self.cues.status_order) + 1)
            starters = self._starters
            for pos in starts(self._any_cue, text, 0, size):
                for i, status, rx in starters.get(text[pos], ()):
                    if pos >= ends[i]:
                        m = rx.match(text, pos, size)
                        if m is not None:
                            ends[i] = end = m.end()
                            found.append((base + pos, base + end, status))
            if not self._waits_in_any:
                found += self._waiting_cues(text, base)
        else:
            for status in self.cues.status_order:
                for m in self.cues.status[status].finditer(text):
                    found.append((base + m.start(), base + m.end(), status))
            found += self._waiting_cues(text, base)
        shaped = []
        for raw in found:
            cue = self._shaped(raw)
            if cue is not None and not (cue[2] in _FLOWS and self._moves_money(sv, cue)):
                shaped.append(cue)
        found = shaped
        # overlapping cues: the one that reaches further reads the phrase ("sent back"
        # over "sent", "sent home" over "have sent"), then the longer one (the sort is
        # stable: at one start and end, the order of status_order, "waiting" last)
        found.sort(key=lambda c: (c[0], c[0] - c[1]))
        kept: list[tuple[int, int, str]] = []
        for cue in found:
            if kept and cue[0] < kept[-1][1]:
                last = kept[-1]
                if (cue[1], cue[1] - cue[0]) > (last[1], last[1] - last[0]):
                    kept[-1] = cue
                continue
            kept.append(cue)
        made = self._sentence_cues[sv.index] = (kept, [c[0] for c in kept])
        return made

    def _waiting_cues(self, text: str, base: int) -> list[tuple[int, int, str]]:
        """The matches of the "waiting" pattern in a sentence's ``text`` (recruiting)."""
        return [
            (base + m.start(), base + m.end(), "recruiting")
            for m in self.grammar["waiting"].finditer(text)
        ]

    def _moves_money(self, sv: SentenceView, cue: tuple[int, int, str]) -> bool:
        """Is a flow cue's object an amount of money ("bring in about $200 million", "send
        home $500")? Then it moves money, not the workers."""
        if cue[2] not in _FLOWS:
            return False
        gap = self.grammar["money_object_gap"]
        return any(
            q.unit == "money" and gap.fullmatch(self.view.lower, cue[1], q.start)
            for q in sv.quantities
            if 0 <= q.start - cue[1] <= _MONEY_REACH
        )

    def _figure_spans(self, sv: SentenceView) -> list[tuple[int, int]]:
        """(start, end) of each figure of a sentence, made once (never to be changed: a
        caller that adds masks copies it)."""
        known = self._spans.get(sv.index)
        if known is None:
            known = self._spans[sv.index] = [(x.start, x.end) for x in sv.quantities]
        return known

    def _continuing(self, sv: SentenceView) -> bool:
        """Does a sentence continue the one before ("Another 500 followed", "they", "these
        workers")? Once per sentence."""
        known = self._continues.get(sv.index)
        if known is None:
            known = self._continues[sv.index] = bool(
                self.grammar["continuation"].search(self.view.lower[sv.start : sv.end])
                or self.cues.same_workers.search(self.view.sentence_text(sv))
            )
        return known

    def _workers_end(self, sv: SentenceView) -> int | None:
        """Where the first worker noun of a sentence ends (else its first noun of people;
        None without either), found once per sentence."""
        if sv.index not in self._nouns:
            body = self.view.sentence_text(sv)
            noun = self.cues.worker_nouns.search(body) or self.cues.people_nouns.search(body)
            self._nouns[sv.index] = sv.start + noun.end() if noun else None
        return self._nouns[sv.index]

    def _thing_relatives(self, sv: SentenceView) -> list[tuple[int, int]]:
        """The relative clauses about a thing in a sentence ("a company that ships the
        logs"), found once per sentence."""
        known = self._relatives.get(sv.index)
        if known is None:
            low, rx = self.view.lower, self.grammar["thing_relative"]
            known = self._relatives[sv.index] = (
                [m.span("rel") for m in rx.finditer(low, sv.start, sv.end)]
                if self._may_relate(low, sv.start, sv.end)
                else []
            )
        return known

    def _may_relate(self, low: str, lo: int, hi: int) -> bool:
        """Can "thing_relative" match in low[lo:hi]? Only where a relative word follows
        white space that follows the last word of a thing noun ("firms that")."""
        for w in self._relative_words:
            at = low.find(w, lo, hi)
            while at >= 0:
                if at > lo and low[at - 1].isspace():
                    window = low[lo:at]
                    if self._ends_with(window, self._thing_ends):
                        return True
                    place = self.grammar["relative_place"].search(window)  # "clinic in Laos that"
                    if place and self._ends_with(window[: place.start()], self._thing_ends):
                        return True
                at = low.find(w, at + 1, hi)
        return False

    def _span(self, sv: SentenceView, q: Quantity) -> tuple[int, int]:
        """The part of the sentence between the marks that close clauses around ``q``
        ("2,000 workers riot; those involved were sent ..."): cues past them speak of
        someone else."""
        lo, hi = sv.start, sv.end
        low = self.view.lower
        for mark in self.end_marks:
            before = low.rfind(mark, sv.start, q.start)
            if before >= 0:
                lo = max(lo, before + len(mark))
            after = low.find(mark, q.end, sv.end)
            if after >= 0:
                hi = min(hi, after)
        return lo, hi

    def _predicate_end(self, sv: SentenceView, q: Quantity) -> int:
        """Where the predicate after ``q`` ends at the latest: the next figure or the end
        of its span."""
        return min(
            [o.start for o in sv.quantities if o.start > q.end and o.unit not in _NO_SUBJECTS]
            + [self._span(sv, q)[1]]
        )

    def _shaped(self, cue: tuple[int, int, str]) -> tuple[int, int, str] | None:
        """A cue as its grammar reads it: a negated event turned around ("have not yet
        arrived": planned; "never left": present; None when nothing is left of it), a
        stative participle after a copula a stock ("300 are left in Kuwait"), a word that
        only modifies a noun none ("work permits"), a noun of transport a movement ("put
        on trains"), a flow home a return, a return to work no return."""
        s, e, status = cue
        low, g = self.view.lower, self.grammar
        word = low[s:e]
        if " " not in word and g["compound"].match(low, e):
            return None
        if (
            word in self.speech_homographs
            and g["reporting_tail_before"].search(low, max(0, s - 40), s)
            and g["reporting_tail_after"].match(low, e)
        ):
            return None  # ", the group added."
        if status == "planned" and g["habitual"].search(low, max(0, s - 20), e):
            return None  # "used to employ 90": the verb after the marker reads the habit
        before = low[max(0, s - 40) : s]
        transported = word in self.transport and g["transport"].search(before)
        if (
            word in self.homographs
            and not transported
            and (g["noun_sense"].search(before) or g["homograph_object"].match(low, e))
        ):
            return None  # "on land leased from ...", "to land remote jobs", "a train"
        if transported:
            status = "dispatched"  # a movement, which a word after it may turn home
        elif (self._negated_ends is None or before.rstrip().endswith(self._negated_ends)) and g[
            "negated"
        ].search(before):
            turned = self.negated_status.get(status)
            return (s, e, turned) if turned else None
        elif word in self.stative and g["copula"].search(before):
            return (s, e, self.cues.default_status)
        if status == "dispatched" and g["return_after_flow"].match(low, e):
            return (s, e, "repatriated")
        if status == "repatriated":
            if word in self.departures and (
                g["departure_from_home"].match(low, e)  # "left Pyongyang for Vladivostok"
                or g["departure_for"].match(low, e)  # "left by train last week for farms"
            ):
                return (s, e, "dispatched")
            if g["resumption"].match(low, e):
                return (s, e, self.cues.default_status)
        elif (
            status == "recruiting" and word.endswith("ing") and g["recruiting_object"].match(low, e)
        ):
            return (s, e, self.cues.default_status)  # "are training its national squads"
        # "continue to arrive": the verb after it decides
        if (
            word.startswith(self._continuing_firsts)
            and g["continuing"].fullmatch(low, s, e)
            and g["moving_after"].match(low, e)
        ):
            return None
        # "have returned to a half-finished resort complex": back at a workplace abroad
        if (
            status == "repatriated"
            and g["return_workplace"].match(low, e)
            and not g["home_near"].search(low, e, e + 80)
        ):
            return (s, e, "dispatched")
        return (s, e, status)

    @staticmethod
    def _ends_with(window: str, ends: tuple[str, ...] | None) -> bool:
        """Can a pattern whose matches end with one of ``ends`` (:func:`_tail_ends`), then
        white space, end at the end of ``window``? False only when it surely cannot."""
        return ends is None or window.rstrip().endswith(ends)

    def _modal_before(self, text: str, lo: int, hi: int) -> bool:
        """Does a future modal end text[lo:hi] ("would be [sent]")?"""
        window = text[lo:hi]
        return self._ends_with(window, self._modal_ends) and bool(
            self.cues.future_modal.search(window)
        )

    def _governing_cue(
        self, sv: SentenceView, q: Quantity, text: str, masks: list[tuple[int, int]]
    ) -> bool:
        """Whether a cue right before ``q`` (a determiner or two between) governs it as its
        object ("withdrew its 60 remaining workers", "sent home the remaining 30")."""
        return any(
            self.grammar["governing_gap"].fullmatch(text, e, q.start)
            for _, e, _ in self._cues_in(sv, max(sv.start, q.start - 40), q.start, masks)
        )

    def _cues_in(
        self, sv: SentenceView, lo: int, hi: int, masks: list[tuple[int, int]]
    ) -> list[tuple[int, int, str]]:
        """(start, end, status) of every cue in text[lo:hi] outside the masked spans."""
        cues, cue_starts = self._sentence_cues.get(sv.index) or self._index_cues(sv)
        # the sentence's cues are in the order of their starts: bisection finds the first
        # one at ``lo`` or after, and none past ``hi`` can end by ``hi`` (many spans are asked)
        found = []
        for i in range(bisect_left(cue_starts, lo), len(cues)):
            cue = cues[i]
            s, e = cue[0], cue[1]
            if s > hi:
                break
            if e <= hi:
                for a, b in masks:
                    if a < e and s < b:
                        break
                else:
                    found.append(cue)
        return found

    def _nearest(
        self, sv: SentenceView, cands: list[tuple[int, int, str]], q: Quantity
    ) -> str | None:
        """The status of the cue nearest ``q`` among ``cands``; a recruitment yields to what
        a later predicate says the group does now, a return to a later denial of it."""
        found = self._nearest_cue(sv, cands, q)
        # "have been ordered home but have not left": a return denied later, still there
        if found == "repatriated" and self.grammar["return_denial"].search(
            self.view.lower, q.end, sv.end
        ):
            return self.cues.default_status
        # "were recruited by a company ..., but they work as maids": what the group does now
        if found == "recruiting":
            text = self.view.lower
            later = self.grammar["later_subject"].search(text, q.end, sv.end)
            if later:
                for c in self._all_cues(sv):
                    if 0 <= c[0] - later.end() <= _LATER_REACH and c[2] in _LATER_STATUSES:
                        return c[2]
        return found

    def _nearest_cue(
        self, sv: SentenceView, cands: list[tuple[int, int, str]], q: Quantity
    ) -> str | None:
        if not cands:
            return None
        # the nearest (ties: the first in status order, then the first of cands)
        order, start, end = self._order, q.start, q.end
        best, nearest = cands[0], None
        for c in cands:
            dist = start - c[1] if c[1] <= start else c[0] - end
            key = (dist if dist > 0 else 0, order[c[2]])
            if nearest is None or key < nearest:
                best, nearest = c, key
        text = self.view.lower
        # "are thought to have been sent": a hedge hands over to the participle after it
        if best[2] == "present" and self.copula.fullmatch(text, best[0], best[1]):
            for c in cands:  # "are thought to have been": the hedge after the copula
                if 0 <= c[0] - best[1] <= 2 and self.grammar["hedge_cue"].search(text, c[0], c[1]):
                    best = c
                    break
        if best[2] == "present" and self.grammar["hedge_cue"].search(text, best[0], best[1]):
            for c in cands:
                if c[2] != "present" and 0 <= c[0] - best[1] <= 2:
                    best = c
                    break
        # "must leave by the end of the year", "are due to leave the country": an
        # obligation or a schedule to return, still there
        if best[2] == "planned":
            best = next(
                (
                    c
                    for c in cands
                    if c[2] == "repatriated"
                    and 0 <= c[0] - best[1] <= 4
                    and self.grammar["obligation"].search(text, max(sv.start, c[0] - 45), c[0])
                ),
                best,
            )
        if best[2] == "repatriated" and (
            self.grammar["obligation"].search(text, max(sv.start, best[0] - 45), best[0])
            # "would be sent home by December": a return still to come, still there
            or self._modal_before(text, max(sv.start, best[0] - 25), best[0])
            # "could be deported if ...": a return that may come, still there
            or self.grammar["possibility"].search(text, max(sv.start, best[0] - 25), best[0])
        ):
            return self.cues.default_status
        # "does not allow the 2,000 workers at the plant to leave": an infinitive after the
        # figure governed by a negated verb before it did not happen
        if (
            best[0] >= q.end
            and self.grammar["infinitive"].search(text, max(0, best[0] - 8), best[0])
            and self.grammar["negated_governor"].search(text, max(sv.start, q.start - 60), q.start)
        ):
            turned = self.negated_status.get(best[2])
            best = (best[0], best[1], turned or self.cues.default_status)
        # "plans to employ thousands": a plan that governs the nearest verb decides
        for _s, e, status in cands:
            if status == "planned" and e <= best[0] and best[0] - e <= 12:
                return "planned"
        # "would arrive next month", "will be sent": a modal makes a flow or stock a plan
        if (
            best[2] != "planned"
            and self._modal_before(text, max(0, best[0] - 25), best[0])
            and not self.grammar["epistemic"].search(text, max(0, best[0] - 25), best[1])
            and not self.grammar["retained"].match(self.view.lower, best[0], best[1] + 12)
        ):
            return "planned"
        # "could head to Russia": a possibility of a flow is a plan
        if (
            best[2] in ("dispatched", "repatriated")
            and text[best[0] : best[1]].split()[0] not in self.perfect
            and self.grammar["possibility"].search(text, max(0, best[0] - 25), best[0])
        ):
            return "planned"
        # "Russia will get 24,200, while China gets 1,500": a present tense that lists on
        # from a plan earlier in the sentence is part of that plan
        if best[2] != "planned" and self.grammar["present_tense"].search(text, best[0], best[1]):
            for s, _e, status in self._all_cues(sv):
                if s >= best[0]:
                    break
                if status == "planned" or self._modal_before(text, max(0, s - 25), s):
                    return "planned"
        # "is earmarked", "are expected to", "were sent": the participle after a copula
        if best[2] == "present" and self.copula.fullmatch(self.view.lower, best[0], best[1]):
            for s, _e, status in sorted(cands):
                if status != "present" and (
                    0 <= s - best[1] <= 12
                    # "are thought to have entered": a hedge before the event
                    or (s > best[1] and self.grammar["hedge"].fullmatch(text, best[1], s))
                ):
                    # "were told to leave the country": an obligation to return, still there
                    if status == "repatriated" and self.grammar["obligation"].search(
                        text, max(sv.start, s - 45), s
                    ):
                        return self.cues.default_status
                    return status
        return best[2]

    def status(self, sv: SentenceView, q: Quantity, head_end: int | None = None) -> str:
        """The status of the figure ``q`` (whose noun phrase ends at ``head_end``): the
        rules' answer, or the learned model's over the rule features when one is set."""
        found, branch = self._rule(sv, q, head_end)
        if self.model is None:
            return found
        return self.model.predict(self.features(sv, q, head_end, found, branch))

    def features(
        self,
        sv: SentenceView,
        q: Quantity,
        head_end: int | None = None,
        found: str | None = None,
        branch: str | None = None,
    ) -> dict[str, float]:
        """General cue features of one figure's status: the rules' answer and the branch
        that gave it, which status cues sit before/after the figure in its clause, in the
        rest of the sentence and in the sentence before, and the modal/relative/level
        signals (never the words of the sentence)."""
        if found is None or branch is None:
            found, branch = self._rule(sv, q, head_end)
        text = self.view.lower
        head_end = max(head_end or q.end, q.end)
        f: dict[str, float] = {
            f"rule={found}": 1.0,
            f"branch={branch}": 1.0,
            f"rule={found}&branch={branch}": 1.0,
        }
        masks = self._figure_spans(sv)
        lo, hi = sv.clause_of(q.core_start)
        windows = (
            ("clause_before", self._cues_in(sv, lo, q.start, masks)),
            ("clause_after", self._cues_in(sv, head_end, hi, masks)),
            ("sentence_before", self._cues_in(sv, sv.start, lo, masks)),
            ("sentence_after", self._cues_in(sv, hi, sv.end, masks)),
        )
        for name, cands in windows:
            for _s, _e, status in cands:
                f[f"{name}:{status}"] = 1.0
            if cands:
                s, _e, status = (
                    max(cands) if name.endswith("before") else min(cands)
                )  # the one nearest to the figure
                f[f"{name}_nearest:{status}"] = 1.0
                if self._modal_before(text, max(0, s - 25), s):
                    f[f"{name}_modal"] = 1.0
        if sv.index > 0:
            prev = self.view.sentences[sv.index - 1]
            pm = self._figure_spans(prev)
            for _s, _e, status in self._cues_in(prev, prev.start, prev.end, pm):
                f[f"previous:{status}"] = 1.0
        if self.cues.future_modal_after.match(text, head_end):
            f["modal_after_figure"] = 1.0
        if self.cues.reduced_relative.match(text, head_end):
            f["descriptive_participle"] = 1.0
        if self.cues.level_before.search(text, sv.start, q.start):
            f["level_before"] = 1.0
        if self.definite.search(text, max(sv.start, q.start - 12), q.start):
            f["definite_before"] = 1.0
        if q.qualifier in ("at_least", "at_most", "vague"):
            f[f"qualifier={q.qualifier}"] = 1.0
        return f

    def _rule(self, sv: SentenceView, q: Quantity, head_end: int | None = None) -> tuple[str, str]:
        """The rules' status of ``q`` and the branch that decided it."""
        found, branch = self._rule_cues(sv, q, head_end)
        text = self.view.lower
        # "The departure of 600 workers for Russian vegetable farms has been delayed": a
        # departure for a place that is no home is a flow abroad (then put off below)
        if (
            found == self.cues.default_status
            and self.grammar["departure_of"].search(text, max(sv.start, q.start - 40), q.start)
            and self.grammar["departure_for"].match(text, max(head_end or q.end, q.end), sv.end)
        ):
            found, branch = "dispatched", "departure_of"
        turned = self._turned(sv, q, max(head_end or q.end, q.end), found, branch)
        if turned:
            return turned
        if found in self.negated_status:
            text = self.view.lower
            end = max(head_end or q.end, q.end)
            put_off = self.grammar["postponed"].match(text, end, sv.end)
            if put_off and not self._cues_in(sv, end, put_off.start("aux"), []):
                return self.negated_status[found], "postponed"
        # "13 restaurant workers who fled ... arrived in Seoul": a group that defected was
        # working abroad (a stock); its escape is neither a dispatch nor a return home
        if found in ("dispatched", "repatriated"):
            lo, hi = sv.clause_of(q.core_start)
            lo = min(lo, max(sv.start, q.start - 60))
            ahead = self.view.search_ahead  # the same searches for the figures of a clause
            sub = ahead(self.cues.subordinators, q.end, hi, True)  # "because a guard had fled"
            hi = sub.start() if sub else hi
            if ahead(self.grammar["defection"], lo, hi, True) and not ahead(
                self.grammar["forced_return"], lo, hi, True
            ):
                return self.cues.default_status, "defection"
        # "returned to Russia after the pandemic": a return to a place abroad is a flow
        if found == "repatriated" and self._return_abroad(sv, *sv.clause_of(q.core_start)):
            return "dispatched", "return_abroad"
        # "sent 250 workers back to Pyongyang", "pulled 120 nurses out": a phrasal return
        # verb around its object ("sent 350 builders back to Russia": a flow abroad)
        text = self.view.lower
        particle = self.grammar["return_particle"].match(
            text, max(head_end or q.end, q.end), sv.end
        )
        if particle and self.grammar["return_verb_before"].search(
            text, max(sv.start, q.start - 40), q.start
        ):
            if self._return_abroad(sv, particle.start(), min(sv.end, particle.end() + 30)):
                return "dispatched", "return_abroad"
            return "repatriated", "split_return"
        return found, branch

    def _return_abroad(self, sv: SentenceView, lo: int, hi: int) -> bool:
        """Does a return in text[lo:hi] go to a place abroad ("returned to Russia", "back to
        Russia")?"""
        return any(
            lo <= p.start < hi
            and p.kind not in ("dprk", "abroad", "demonym")
            and self.grammar["return_abroad"].search(
                self.view.lower, max(lo, p.start - 30), p.start
            )
            for p in sv.places
        )

    def _turned(
        self, sv: SentenceView, q: Quantity, head_end: int, found: str, branch: str
    ) -> tuple[str, str] | None:
        """What the clauses around the figure make of the status its cues gave: a return
        that closes its clause or whose pronoun object is the group, a return still to come,
        a group a possessor holds, a flow on the way home; None when nothing changes it."""
        text, g = self.view.lower, self.grammar
        if found == "present":
            # "employed 35 until last spring, when all of them were sent back": a return
            # that closes the clause counting them
            hi = sv.clause_of(q.core_start)[1]
            closing = g["closing_return"].match(text, hi, sv.end) if hi < sv.end else None
            if closing:
                at = closing.end()
                nxt = [c for c in self._cues_in(sv, at, sv.end, []) if c[0] == at]
                if nxt and nxt[0][2] == "repatriated":
                    return "repatriated", "closing_return"
            # "The company that employed 250 crewmen has pulled all of them out": the main
            # verb returns the group the relative clause counts
            returned = g["relative_subject"].search(
                text, max(sv.start, q.start - 40), q.start
            ) and g["pronoun_return"].search(text, head_end, self._predicate_end(sv, q))
            # not "has refused to send them home", "has not pulled them out"
            if returned and not g["unreal_return"].search(text, head_end, returned.start()):
                return "repatriated", "pronoun_return"
        elif found == "planned":
            # "found 16 hostesses, who will be deported next week": a return still to come in
            # a relative clause after a comma; they are still there
            opener = g["comma_relative"].match(text, head_end, sv.end)
            modal = self.cues.future_modal_after.match(text, opener.end()) if opener else None
            if opener and modal:
                verb_end = modal.end()
                if any(
                    c[2] == "repatriated" and (c[0] < verb_end <= c[1] or 0 <= c[0] - verb_end <= 2)
                    for c in self._cues_in(sv, opener.end(), sv.end, [])
                ):
                    return self.cues.default_status, "modal_return"
        elif found == "dispatched":
            # "her company has 260 seamstresses, who arrived in 2019": a group the subject
            # holds is a stock; the arrival after it only describes the group
            if branch in ("sentence", "predicate_after") and g["possessor"].search(
                text, max(sv.start, q.start - 30), q.start
            ):
                return self.cues.default_status, "possessed"
            # "Returning from Russia after three years, 300 loggers crossed the border"
            fronted = g["fronted_return"].match(text, sv.start, q.start)
            if fronted and "," not in text[fronted.end() : q.start]:
                return "repatriated", "fronted_return"
        return None

    def _coordinated_end(self, text: str, head_end: int) -> int:
        """The end of the group's noun phrase over a second worker noun joined to its head
        ("30 doctors and nurses who were working ...")."""
        joined = self.grammar["noun_coordinator"].match(text, head_end)
        if joined:
            noun = self.cues.worker_nouns.match(text, joined.end())
            if noun:
                return noun.end()
        return head_end

    def _followed(self, sv: SentenceView, q: Quantity, masks: list[tuple[int, int]]) -> str | None:
        """The status of the group a figure follows: the nearest cue before it in its
        sentence, else the last one of the sentence before."""
        found = self._nearest(sv, self._cues_in(sv, sv.start, q.start, masks), q)
        if found or sv.index == 0:
            return found
        prev = self.view.sentences[sv.index - 1]
        cands = self._cues_in(prev, prev.start, prev.end, self._figure_spans(prev))
        return max(cands)[2] if cands else None

    def _partitive_whole(self, sv: SentenceView, head_end: int, initial: bool) -> str:
        """The status of the whole of a partitive: a stock, or a return or a plan when the
        words that describe it say so (up to the comma that closes an initial "Of the
        4,000 workers Russia plans to bring in, ...")."""
        text = self.view.lower
        described = self.cues.reduced_relative.match(text, head_end, sv.end) or self.grammar[
            "relative"
        ].match(text, head_end, sv.end)
        end = described.end() if described else head_end
        if initial:
            comma = _CLAUSE_MARK.search(text, head_end, sv.end)
            end = max(end, comma.start() if comma else head_end)
        said = {c[2] for c in self._cues_in(sv, head_end, end, [])}
        for status in ("repatriated", "planned"):
            if status in said:
                return status
        return self.cues.default_status

    def _before_figure(
        self, name: str, sv: SentenceView, q: Quantity, reach: int, ending: str
    ) -> re.Match[str] | None:
        """The pattern ``name`` (of :data:`_FIGURE_ENDS`) ending right before ``q``, searched
        in the ``reach`` characters before it; ``ending`` is the sentence's text before
        ``q`` with its white space stripped from the end, for the exact pre-test of its last
        words (the patterns are case-sensitive, on lower-cased text)."""
        ends = self._figure_ends[name]
        if ends is not None and not ending.endswith(ends):
            return None  # it cannot end there: the search is spared
        return self.grammar[name].search(self.view.lower, max(sv.start, q.start - reach), q.start)

    def _rule_cues(
        self, sv: SentenceView, q: Quantity, head_end: int | None = None
    ) -> tuple[str, str]:
        """The status the cues around ``q`` give and the branch that decided it."""
        masks = list(self._figure_spans(sv))  # more masks are added below
        text = self.view.lower
        before = text[sv.start : q.start]
        ending = before.rstrip()  # for the pre-tests of patterns that end before ``q``
        head_end = self._coordinated_end(text, max(head_end or q.end, q.end))
        # "... fell larch for a company that ships the logs": a clause about a thing after
        # the figure says nothing of the figure's status
        masks += [span for span in self._thing_relatives(sv) if span[0] >= head_end]
        # "had 85 workers at the end of 2024 and plans to take on 100 more", "opened with 25
        # developers and plans to double its staff": a group held by the subject; what the
        # subject does after a coordinator is not the group's
        if self._before_figure("possessor", sv, q, 30, ending):
            joined = self.grammar["coordinator"].search(text, head_end, sv.end)
            if joined:
                masks.append((joined.start(), sv.end))
        label = self.grammar["label"].match(text, q.end, sv.end)
        if label:
            masks.append(label.span("label"))
        # "A second group of 20, hired by the subcontractor in 2016, never arrived": an aside
        # describes the group; the predicate after it decides
        aside = self.grammar["participle_aside"].match(text, head_end, sv.end)
        if aside:
            masks.append(aside.span())
        # "Its remaining 150 workers were sent back": a describing word yields to the
        # predicate, when it has a cue ("The remaining 15 continue to sing": a stock)
        attributive = self._before_figure("attributive", sv, q, 12, ending) or self.grammar[
            "attributive_after"
        ].match(text, q.end, sv.end)
        if attributive and (
            self._cues_in(sv, head_end, self._predicate_end(sv, q), masks)
            or self._governing_cue(sv, q, text, [*masks, attributive.span()])
        ):
            masks.append(attributive.span())
        # "Another 200 are due to follow": not yet on the move, so a flow abroad is a plan and
        # a return home leaves them still there
        if self.grammar["scheduled_follow"].match(text, head_end, sv.end):
            followed = self._followed(sv, q, masks)
            if followed in ("dispatched", "repatriated"):
                turned = self.negated_status.get(followed, followed)
                return turned, "scheduled_follow"
        # "Some 2,000 builders will restore the bridges": a modal after the figure is a plan
        # (not for a group already known: "The 38-member team will provide care")
        modal = self.cues.future_modal_after.match(text, head_end)
        if (
            modal
            and not self.definite.search(text, max(sv.start, q.start - 12), q.start)
            and not self.grammar["coordinator"].search(text, head_end, modal.end())
            and not self.grammar["epistemic"].search(text, head_end, modal.end() + 12)
        ):
            # "a further 12 would leave in December": a return still to come, still there
            # (the match ends with the verb after the modal; an adverb may stand first)
            if any(
                c[2] == "repatriated"
                and (c[0] < modal.end() <= c[1] or 0 <= c[0] - modal.end() <= 2)
                for c in self._cues_in(sv, head_end, sv.end, masks)
            ):
                return self.cues.default_status, "modal_return"
            # "The remaining 25 will finish the roof": a group already known does not plan
            if not self.grammar["known_attributive"].search(
                text, max(sv.start, q.start - 24), q.start
            ):
                return "planned", "modal_after"
        # "half of the 800 doctors in Africa have gone home": the whole of a partitive is a
        # stock (the predicate speaks of the part), unless its description is a return
        # ("Of the 3,000 workers sent home, ...")
        ends = self._partitive_ends
        # every partitive pattern holds a literal "of" and ends with a determiner (a filler
        # after it): without them none can match
        has_of = "of" in before and (ends is None or ending.endswith(ends))
        whole = self.grammar["partitive_whole"].search(before) if has_of else None
        if has_of and self.grammar["partitive_all"].search(before):
            # "sent home all but a handful of the 2,500": the verb of the part is the whole's
            verb = self._nearest(sv, self._cues_in(sv, sv.start, q.start, masks), q)
            if verb:
                return verb, "partitive_all"
            whole = None
        if whole or (
            has_of
            and (of := self.grammar["partitive_of"].search(before))
            and any(o.unit == "count" and o.end == sv.start + of.start() for o in sv.quantities)
        ):
            # "none of the 30 doctors it had been promised had arrived": the event did not
            # happen to the whole
            if self.grammar["partitive_nobody"].search(before):
                nxt = self._predicate_end(sv, q)
                for _s, _e, status in self._cues_in(sv, head_end, nxt, masks):
                    if status in self.negated_status:
                        return self.negated_status[status], "partitive_nobody"
            initial = bool(whole and whole.group("initial") is not None)
            return self._partitive_whole(sv, head_end, initial), "partitive_whole"
        # "the other 60 followed in April": the status of the group before it
        if self.grammar["follow"].match(text, head_end, sv.end):
            followed = self._followed(sv, q, masks)
            if followed:
                return followed, "follow"
        # "bringing the total in the country to about 15,000": what a flow adds up to
        if self._before_figure("total", sv, q, 80, ending):
            return self.cues.default_status, "total"
        # "were sent back ...; an official put the number at 450": the group named before
        if self._before_figure("anaphoric_number", sv, q, 40, ending):
            found = self._nearest(sv, self._cues_in(sv, sv.start, q.start, masks), q)
            if found:
                return found, "anaphoric_number"
        # "1,500 labourers sent to the Amur region went on strike": the participle right
        # after the noun describes the group; the main verb after it decides
        relative = self.cues.reduced_relative.match(text, head_end, sv.end)
        # "1,000 workers who arrived last spring are building ...": a relative clause
        # describes the group as well, up to the main verb
        described = None if relative else self.grammar["relative"].match(text, head_end, sv.end)
        lo, hi = sv.clause_of(q.core_start)
        if relative or described:
            end = (relative or described).end()  # type: ignore[union-attr]
            masks.append((head_end, end))
            own = self._cues_in(sv, lo, hi, masks)
            if not [c for c in own if c[0] >= head_end]:
                # the main verb may lie past a comma that closes the description
                nxt = self._predicate_end(sv, q)
                main = self._cues_in(sv, end, nxt, masks)
                found = self._nearest(sv, main, q)
                if found:
                    return found, "relative_main"
                # a described group that is the subject: a main verb that is no cue is a
                # stock ("... complain of long hours"), unless the description is a return
                # ("the 300 who left Kuwait have not been replaced")
                if relative or not [c for c in own if c[1] <= q.start]:
                    told_cues = self._cues_in(sv, head_end, end, [])
                    told = {c[2] for c in told_cues}
                    if "repatriated" in told:
                        # "hostesses, who are to be sent back": a return still to come
                        if any(
                            c[2] == "repatriated"
                            and self.cues.future_modal.search(
                                _PASSIVE_BE.sub("", text[max(0, c[0] - 25) : c[0]])
                            )
                            for c in told_cues
                        ):
                            return self.cues.default_status, "relative_future_return"
                        return "repatriated", "relative"
                    # "the 15,000 workers who arrived over two years bring in $120 million":
                    # a relative clause of arrivals counts a flow (a participle only
                    # describes: "1,500 labourers sent to Amur went on strike")
                    # (not for a group a possessor holds: "her company has 260
                    # seamstresses, who arrived in 2019": a stock)
                    if (
                        described
                        and told == {"dispatched"}
                        and not self.grammar["possessor"].search(
                            text, max(sv.start, q.start - 30), q.start
                        )
                    ):
                        return "dispatched", "relative"
                    return self.cues.default_status, "relative"
        else:
            own = self._cues_in(sv, lo, hi, masks)
        # "were repatriated, leaving about 300 in the country": what remains is a stock
        if self._before_figure("remainder", sv, q, 30, ending):
            return self.cues.default_status, "remainder"
        # "now has no more than 20 staff left in the region": what remains
        if self.grammar["left_after"].match(text, head_end) and self._before_figure(
            "possessor", sv, q, 30, ending
        ):
            return self.cues.default_status, "remainder"
        # "has asked the ministry for 400 more workers": a request, still to come
        if "for" in text[max(sv.start, q.start - 16) : q.start] and self.grammar["request"].search(
            text, max(sv.start, q.start - 60), q.start
        ):
            return "planned", "request"
        # "up some 10,000 from 2011": the size of an increase is a flow
        if self._before_figure("increase", sv, q, 30, ending):
            return "dispatched", "increase"
        level = (
            self.cues.level_before.search(text, sv.start, q.start)
            if self._level_ends is None or ending.endswith(self._level_ends) or _number_end(ending)
            else None
        )
        if level and self.grammar["comparison"].match(text, level.start()):
            # "12,000 entered Russia in 2023, up from 3,000 in 2022": the baseline of a
            # comparison has the status of the figure it is compared with, when that is a
            # flow (a stock's baseline is a stock, as below)
            compared = [o for o in sv.quantities if o.unit == "count" and o.end <= level.start()]
            if compared:
                status, _branch = self._rule_cues(sv, compared[-1])
                if status in ("dispatched", "repatriated"):
                    return status, "comparison"
        if level:
            # "decreased from 34,000 to 11,000" is a level, unless a plan follows the
            # figure ("workers, estimated at 2,000, are expected to start arriving"); a
            # level participle only sizes the group ("workers numbering about 1,000 were
            # sent"): the predicate after it decides when it has a cue
            predicate = self._cues_in(sv, head_end, self._predicate_end(sv, q), masks)
            if any(c[2] == "planned" for c in predicate):
                return "planned", "level"
            # "expects the number of workers to reach 5,000 by next summer": a level to come
            if self.grammar["infinitive"].search(text, max(lo, level.start() - 4), level.start()):
                earlier = self._cues_in(sv, lo, level.start(), masks)
                if earlier and max(earlier)[2] == "planned":
                    return "planned", "level"
            if predicate and level.group(0).split()[0].endswith("ing"):
                return self._nearest(sv, predicate, q) or self.cues.default_status, "level"
            return self.cues.default_status, "level"
        found = self._nearest(sv, own, q)
        if found:
            return found, "clause"
        # "Russia will issue work permits to 5,000 workers": a future predicate before the
        # figure in its clause is a plan (not for a group already known: "would not renew
        # the permits of the 260 workers")
        if self.grammar["future_before"].search(text, lo, q.start) and not self.definite.search(
            text, max(sv.start, q.start - 12), q.start
        ):
            return "planned", "modal_before"
        in_sentence = self._cues_in(sv, *self._span(sv, q), masks)
        found = self._nearest(sv, [c for c in in_sentence if c[1] <= q.start], q)
        if found:
            return found, "sentence_before"
        # "Some 50,000 workers, mainly stationed in Russia, send money home": the figure's
        # own predicate after it (up to the next figure) comes before any earlier sentence
        nxt = self._predicate_end(sv, q)
        asides = [(m.start(), m.end()) for m in self.relative_aside.finditer(text, q.end, nxt)]
        found = self._nearest(
            sv,
            [
                c
                for c in in_sentence
                if q.end <= c[0] and c[1] <= nxt and not any(a <= c[0] < b for a, b in asides)
            ],
            q,
        )
        if found:
            return found, "predicate_after"
        # the sentence before speaks of this group only when the figure continues it
        # ("Another 500 followed", "they", "these workers"); else it may be another group
        if sv.index > 0 and (
            self._continuing(sv) or self.definite.search(text, max(sv.start, q.start - 12), q.start)
        ):
            prev = self.view.sentences[sv.index - 1]
            after = self._workers_end(prev)
            if after is not None:
                cands = self._cues_in(prev, after, prev.end, self._figure_spans(prev))
                if cands:  # the verb that follows the workers: "medical workers arrived"
                    return min(cands, key=lambda c: c[0])[2], "previous"
        found = self._nearest(sv, in_sentence, q)
        if found:
            return found, "sentence"
        return self.cues.default_status, "default"
