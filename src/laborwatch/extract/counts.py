"""Which figures count DPRK workers abroad (spec: "What is not a workers claim").

A figure is a worker count when its head noun is a worker or people noun (not soldiers,
companies, years...), or when it stands bare in a sentence about such workers in a list
shape ("2,500 in Kuwait", "China gets 1,500", "China (50,000)", "11,490 still remain",
"the number of workers ... stood at 46,000"). Unit sizes, populations, entries and
visits, people at home and other nations' workers are left out.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from laborwatch.extract import vocab
from laborwatch.extract.basis import total_cues
from laborwatch.extract.cues import Cues, Vocabulary, located_verbs, per_cue_set, worker_phrases
from laborwatch.extract.cues import cues as cues_of
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.numbers import Quantity
from laborwatch.extract.places import PlaceMention
from laborwatch.extract.tails import NeedleIndex, ends_with, last_words, may_end_with, tail_of
from laborwatch.extract.text import caseless_lower, folded
from laborwatch.extract.vocab import phrase_pattern, verb_forms, word_list, word_set, words

QUOTES_AND_SPACES = " \t\n\"'“”‘’"  # a list item may quote its figure
_CLOSING_QUOTES = "\"'”’"
_ASIDE_OPEN = re.compile(r"\s[-–—]\s")  # " - sorry, 4,400 - ": a dash opening an aside
_ASIDE_CLOSE = re.compile(r"\s*[-–—]\s+")  # ... and the dash right after its figure
MAX_AGE = 80  # a range after a noun of people up to this is ages ("men between 30 and 45")
# how many sentences back a bare figure may find the workers it counts, within its paragraph
ABOUT_WORKERS_REACH = 5
LINE_LABEL_CHARS = 30  # the longest label opening a factbox line ("LAOS, VIETNAM:")
SENDER_PHRASE_WORDS = 5  # words between a sender's nationality and its verb of sending
ANSWER_REACH = 2  # sentences back a bare figure may answer a question asking how many
TURN_REACH = 6  # sentences back a bare figure may answer a question turn of a transcript
MIN_EXACT_COUNT = 10  # fewer is "a handful of individuals in a scene or anecdote"
ORIGIN_GAP = 25  # characters from a figure to a DPRK name after "citizens of (the)"
# A figure this large right after an earning word is an amount whose currency is left
# unsaid ("earns hundreds of millions from its workers"), not a number of people.
EARNED_SCALE = 1_000_000
HEAD_WINDOW_WORDS = 7
# how far after a staff noun a DPRK name still belongs to its noun phrase ("300 staff from
# North Korea", "300 employees, mostly North Koreans")
STAFF_NP_REACH = 30
# how far after a total ("some 2,000 in all, toil at the port of Nampo") a DPRK name puts its
# people at home (not "in total by the end of the year, in line with an agreement reached in
# Pyongyang")
HOME_AFTER_REACH = 45
HEAD_STOP_REACH = 200  # characters: longer than any stop word of the vocabularies
SERIES_MARKS = (":", "-", "–", "—", "=")  # between a year and its figure: "2019: 29,000"
SOUTH_KOREA = "KR"
SHORT_ASIDE = 60  # characters: ", some as young as 17," sets off no predicate of its own
IDENTITY_REACH = 1500  # characters around a figure where its restatement is looked for


# a person's name before an age set off by a comma ("co-author Mia Grant, (39).") and what
# may follow the age
_NAME_AGE = re.compile(r"\b[A-Z][a-z][\w'-]*(?:\s+[A-Z][\w'-]*){1,2},\s*$")
_AGE_END = re.compile(r"\s*(?:[,.;)]|$)")
# between a nation and the figure of its people in a list ("Tajiks with 2,500", "DPRK 800")
_ITEM_END = re.compile(r"\s*(?:[,;.)]|and\b|$)")  # "... and 150 North Korean(,)"
_ORIGIN_BEFORE_GAP = re.compile(r"\s*(?::|\s(?:with|at))?\s*")
_QUOTES_BLANK = str.maketrans('"\u201c\u201d', "   ")  # double quotes as blanks (same length)
_BRACKET_CLOSE = re.compile(r"\s*\)")  # "China (several hundred)": the figure closes it
# Between a DPRK name and a figure that counts its people: "North Koreans: about 2,800".
_COLON_GAP = re.compile(r"\s*(?::|\s[\u2013\u2014-])\s*")
# The dash that ends a dateline ("SEOUL (Asia Wire) - ", "DANDONG, China -- ").
_DATELINE_END = re.compile(r"\s(?:-{1,2}|[\u2013\u2014])\s+")


@dataclass(frozen=True)
class _Grammar:
    head_stop: re.Pattern[str]  # where the noun phrase after a figure ends
    list_continues: re.Pattern[str]  # ", tourist or business visas": a list's next item
    pronoun_head: re.Pattern[str]  # "thousands of them"
    chain_pronoun: re.Pattern[str]  # "(lives with) them": carries a group further back
    of_lead: re.Pattern[str]  # "thousands of workers"
    local_words: re.Pattern[str]  # "local workers": not DPRK nationals
    number_at: re.Pattern[str]  # "the number ... stood at"
    estimate_at: re.Pattern[str]  # "put (North Korean workers in Russia) at"
    combined: re.Pattern[str]  # "with a combined (45,000)": a total of those named
    number_subject: re.Pattern[str]
    pronoun_subject: re.Pattern[str]  # "That (is down from 70,000)": the figure before
    group_pronoun: re.Pattern[str]  # "They (are thought to number 80)": the group before
    agent_object: re.Pattern[str]  # "(put) by Seoul (at)": an agent, not the estimated object
    relative_owner: re.Pattern[str]  # "whose (number ... puts at)": owned by the antecedent
    postposed_size: re.Pattern[str]  # "(some 4,000) strong": a group's size after the group
    collective_people: re.Pattern[str]  # "community": a group of people as one noun
    located_pronoun: re.Pattern[str]  # "Those in Russia alone may number": a placed part
    whole_group: re.Pattern[str]  # "a team of": the article of one whole group
    definite: re.Pattern[str]  # "the 14 men": a group named before
    figure_noun_after: re.Pattern[str]  # "(the 200,000) figure": a figure named as one
    figure_noun_before: re.Pattern[str]  # "the figure of (500,000)": likewise
    figure_named_before: re.Pattern[str]  # "the 2019 figure of (about 7,000)": a figure named
    quota_level: re.Pattern[str]  # "Quotas for 2026 allow for (up to 4,000)"
    figure_aside: re.Pattern[str]  # "The true figure - perhaps (as many as 20,000) -"
    fronted_partitive: re.Pattern[str]  # "Of those, " before a figure
    more_after: re.Pattern[str]  # "hundreds more": the head is elided
    cited_after: re.Pattern[str]  # "(the 100,000) commonly cited": an estimate restated
    there_after: re.Pattern[str]  # "(the 2,000) or so there": the head is elided
    existential: re.Pattern[str]  # "there are another 10,000"
    no_noun_after: re.Pattern[str]  # a figure whose noun is elided: "10,000." / "300 in"
    known_group_after: re.Pattern[str]  # "12 nurses of the team": members of a known group
    workforce_of: re.Pattern[str]  # "a North Korean workforce of 5,000"
    workforce_label: re.Pattern[str]  # "Workforce at audit: (1,240)": a labelled whole
    mixed_workforce: re.Pattern[str]  # "foreign workers": of many nations
    part_of: re.Pattern[str]  # "6% of the (40,000 foreign workers)": a part's whole
    share_verb: re.Pattern[str]  # "(Russia) accounted for (18,500 of them)"
    dprk_predicate: re.Pattern[str]  # "about 600 are North Koreans"
    relative: re.Pattern[str]  # "who", "which": a relative clause of another subject
    moving_group: re.Pattern[str]  # "a second group of": a group sent, not a crew
    hedge: re.Pattern[str]  # ", perhaps " between "hundreds" and "thousands"
    hedged_before: re.Pattern[str]  # "..., perhaps even hundreds of thousands"
    answer_lead: re.Pattern[str]  # "GUEST (Dr Mei Tanaka): Honestly, (tens of thousands)"
    answer_end: re.Pattern[str]  # "(several thousand) at most.": the rest of a whole answer
    possessive: re.Pattern[str]  # "their", "its"
    owned: re.Pattern[str]  # "their" right before a word: "their number"
    elided_opener: re.Pattern[str]  # "another" right before a bare figure
    elided_list: re.Pattern[str]  # ", (1,650)" or " and (410)" in a list of figures
    elided_relative: re.Pattern[str]  # "(1,650) who arrived": each figure's own relative
    apposed: re.Pattern[str]  # ", or " before a figure set off by commas
    apposed_group: re.Pattern[str]  # "The largest group, " before a figure
    member_of: re.Pattern[str]  # "None of the " before a figure
    origin_from: re.Pattern[str]  # "workers from Uzbekistan"
    origin_from_nations: re.Pattern[str]  # "migrants from other (Central Asian) countries"
    nations_after: re.Pattern[str]  # "(Central Asian) countries"
    set_at_place: re.Pattern[str]  # "[Kaesong] complex, where " before a figure
    list_joint: re.Pattern[str]  # ", " / " and " between two places of a list
    member_lead: re.Pattern[str]  # "-member", "-strong" right after a figure
    member_of_owner: re.Pattern[str]  # " of " (an article) between a noun and its owner
    possessive_gap: re.Pattern[str]  # "'s " between a name and a figure
    ordinal: re.Pattern[str]  # "313th": a rank or a name, not a count
    modifier_compound: re.Pattern[str]  # "11-country": the figure is part of a modifier
    place_count_noun: re.Pattern[str]  # "in 10 countries": a count of places
    owner_verb: re.Pattern[str]  # "Nepal has (3.5 million citizens)"
    country_own: re.Pattern[str]  # "Mongolia('s own) labour migrants"
    site_relative: re.Pattern[str]  # "(a sawmill), where (800 of them work)"
    relative_subject: re.Pattern[str]  # "(North Koreans,) who (numbered)"
    home_after: re.Pattern[str]  # "(sending the last 500) home"
    many_nations: re.Pattern[str]  # "(foreign nationals) of various nationalities"
    respective_after: re.Pattern[str]  # "(25,000) and 45,000 respectively"
    list_gap: re.Pattern[str]  # "Laos (— about) 1,000": a list line's place and figure
    joined_item: re.Pattern[str]  # "(250,000) went to Kazakhstan and (90,000)"
    whom_part: re.Pattern[str]  # "about 300 of whom": a part of the group before
    baseline: re.Pattern[str]  # ", compared with " opening a figure's clause


def _then(
    language: str,
    first: str,
    second: str,
    lead: str = r"\b",
    joint: str = r"\s+",
    optional: bool = True,
) -> re.Pattern[str]:
    """A word of list ``first`` then (optionally) one of ``second``, ending the text."""
    then = f"(?:{words(language, second)})\\s+"
    return re.compile(
        f"{lead}(?:{words(language, first)}){joint}" + (f"(?:{then})?" if optional else then) + "$",
        re.I,
    )


@functools.cache
def _grammar(language: str) -> _Grammar:
    """The count patterns of ``language``; its words come from ``grammar.yaml``."""
    number = words(language, "number_nouns")
    determiners = words(language, "number_determiners")
    relatives = words(language, "place_relatives")
    adjacent = words(language, "place_relatives_adjacent")
    return _Grammar(
        list_continues=re.compile(
            r",\s*(?-i:[a-z])[\w-]*,?\s+(?:" + words(language, "list_joiners") + r")\s",
            re.IGNORECASE,
        ),
        # a quote mark is transparent: "240 'invisible' North Koreans"
        # a period inside a sentence after an initial is no stop: "N. Koreans"
        head_stop=re.compile(
            r"(?<!\d),|,(?!\d{3})|[;:!?()\[\]]|(?<!\b[A-Z])\.|\s-\s|"
            + words(language, "head_stop_words")
        ),
        pronoun_head=re.compile(r"^\s+(?:" + words(language, "pronoun_partitives") + ")", re.I),
        chain_pronoun=re.compile(r"\b(?:" + words(language, "chain_pronouns") + r")\b", re.I),
        # the comma closes an alternative: "thousands, maybe even tens of thousands, of workers"
        of_lead=re.compile(r"^\s*,?\s*(?:" + words(language, "of_words") + r")\s+", re.I),
        local_words=re.compile(words(language, "local_workforce_words"), re.I),
        number_at=re.compile(
            r"\b(?:" + determiners + r")\s+(?:\w+\s+)?(?:" + number + r")\b.*"
            r"(?:"
            + words(language, "level_targets")
            + r"|(?:"
            + phrase_pattern(verb_forms(word_list(language, "level_from_verbs"), language))
            + r")\b.*\bfrom)\s+$",
            re.I,
        ),
        combined=re.compile(r"\b(?:" + words(language, "combined_before") + r")\s+$", re.I),
        estimate_at=re.compile(
            r"\b(?:" + words(language, "estimate_object_verbs") + r")\s+(?P<object>[^;]{3,80}?)\s+"
            r"(?:" + words(language, "level_targets") + r")\s+$",
            re.I,
        ),
        located_pronoun=re.compile(
            r"\s*(?:"
            + words(language, "located_pronouns")
            + r")\s+(?:"
            + words(language, "located_pronoun_prepositions")
            + r")\s",
            re.I,
        ),
        pronoun_subject=re.compile(
            r"\s*(?:(?:" + words(language, "level_pronoun_openers") + r")\s+\d{4},?\s+)?"
            r"(?:" + words(language, "level_pronoun_subjects") + r")"
            r"(?:\s+(?:" + words(language, "level_pronoun_copulas") + r"))?\s*",
            re.I,
        ),
        group_pronoun=re.compile(
            r"\s*(?:" + words(language, "group_pronoun_subjects") + r")\s+"
            r"(?:(?:" + words(language, "group_pronoun_fillers") + r")\s+){0,5}"
            r"(?:"
            + phrase_pattern(verb_forms(word_list(language, "counting_level_verbs"), language))
            + r")\s+",
            re.I,
        ),
        postposed_size=re.compile(
            r"\s+(?:" + words(language, "postposed_size_words") + r")\b", re.I
        ),
        collective_people=re.compile(
            r"\b(?:" + words(language, "collective_people_nouns") + r")\b", re.I
        ),
        relative_owner=re.compile(r"(?:" + words(language, "relative_possessives") + r")\b", re.I),
        agent_object=re.compile(r"(?:" + words(language, "estimate_agent_markers") + r")\s", re.I),
        number_subject=re.compile(
            r"\b(?:" + determiners + r")\s+(?:\w+\s+)?(?:" + number + r")\b", re.I
        ),
        existential=_then(language, "existential_openers", "figure_fillers"),
        no_noun_after=re.compile(
            r"\s*(?:[.,;:!?)]|$|(?:" + words(language, "location_prepositions") + r")\b)", re.I
        ),
        there_after=re.compile(
            r"\s+(?:(?:"
            + words(language, "trailing_approximations")
            + r")\s+)?(?:"
            + words(language, "elided_place_adverbs")
            + r")\b",
            re.I,
        ),
        cited_after=re.compile(r"\s+(?:" + words(language, "cited_after") + r")\b", re.I),
        more_after=re.compile(r"\s+(?:" + words(language, "elided_more") + r")\b(?!\s+than)", re.I),
        fronted_partitive=re.compile(
            r"[\s\"'(]*(?:" + words(language, "fronted_partitives") + r")\b.{0,80}?,\s+"
            r"(?:[\w'-]+\s+){0,3}$",
            re.I,
        ),
        definite=re.compile(r"\b(?:" + words(language, "articles") + r")\s+$", re.I),
        figure_noun_after=re.compile(r"\s+(?:" + number + r")\b", re.I),
        figure_noun_before=re.compile(
            r"\b(?:" + words(language, "articles") + r")\s+(?:" + number + r")\s+of\s+$", re.I
        ),
        figure_aside=re.compile(
            r"\b(?:"
            + number
            + r")\s*(?:\s-|[(,\u2013\u2014])\s*(?:(?:"
            + words(language, "vague_hedges")
            + r")\s+)?$",
            re.I,
        ),
        quota_level=re.compile(
            r"\b(?:"
            + words(language, "quota_nouns")
            + r")\b[^.;:]{0,40}?\s(?:"
            + words(language, "quota_verbs")
            + r")\s+$",
            re.I,
        ),
        figure_named_before=re.compile(
            r"\b(?:"
            + determiners
            + r"|a|an)\s+(?:[\w'-]+\s+){0,2}(?:"
            + words(language, "named_figure_nouns")
            + r")\s+of\s+$",
            re.I,
        ),
        mixed_workforce=re.compile(
            r"\b(?:" + words(language, "mixed_workforce_words") + r")\b", re.I
        ),
        # "Workforce at audit: (1,240)", "total headcount (2,100)": a labelled whole
        workforce_label=re.compile(
            rf"\b(?:{words(language, 'workforce_of_nouns')}|"
            rf"{words(language, 'workforce_labels')})\b"
            r"[^\d.;,]{0,20}[:=(]?\s*$",
            re.I,
        ),
        workforce_of=re.compile(
            r"\b(?:" + words(language, "workforce_of_nouns") + r")\s+of\s+$", re.I
        ),
        known_group_after=re.compile(
            r"\s+(?:" + words(language, "member_of_known_group") + r")\s+(?:[\w'-]+\s+){0,2}?"
            r"(?:" + cues_of(language).group_nouns.pattern + r")",
            re.I,
        ),
        # up to two modifiers: "a mobile medical team of about 40"
        whole_group=re.compile(
            rf"\b(?:{words(language, 'whole_group_articles')})\s+"
            rf"(?:(?:{words(language, 'whole_group_modifiers')})\s+){{0,2}}$",
            re.I,
        ),
        part_of=re.compile(
            # a figure as the part too: "1,300 of the 40,000 foreign workers"
            r"(?:\b(?:" + words(language, "part_of_words") + r")|\d[\d,.]*)"
            r"\s+of\s+(?:[\w'’-]+\s+){0,2}$",
            re.I,
        ),
        share_verb=re.compile(
            r"\s+(?:(?:"
            + words(language, "share_subject_adverbs")
            + r")\s+)?(?:"
            + words(language, "share_verbs")
            + r")\s+(?:(?:"
            + words(language, "figure_fillers")
            + r")\s+)?",
            re.I,
        ),
        # "about 600 are North Koreans", "or about 12,000, were North Koreans"
        dprk_predicate=re.compile(
            # "about 2,000 from the DPRK": an article before the country's name
            r"^,?\s+(?:" + words(language, "dprk_predicates") + r")\s+(?:the\s+)?$",
            re.I,
        ),
        relative=re.compile(
            r"\b(?:(?:"
            + words(language, "relative_openers")
            + r")\b|(?:"
            + words(language, "gerund_openers")
            # "for illegally employing 73": an adverb may come first
            + r")\s+(?:\w+ly\s+)?\w+ing\b)",
            re.I,
        ),
        moving_group=re.compile(r"^(?:" + words(language, "moving_group_nouns") + r")\b", re.I),
        hedge=re.compile(
            r"^\s*,\s*(?:(?:" + words(language, "vague_hedges") + r")\s+){0,2}$", re.I
        ),
        apposed=re.compile(r",\s*(?:" + words(language, "apposition_openers") + r")\s+$", re.I),
        # "a small number, perhaps 30, remain": a hedge may open the apposed figure
        apposed_group=re.compile(
            r"\b(?:" + words(language, "apposed_group_nouns") + r")\s*,\s*"
            r"(?:(?:" + words(language, "vague_hedges") + r")\s+)?$",
            re.I,
        ),
        member_of=_then(
            language,
            "member_quantifiers",
            "definite_determiners",
            joint=r"\s+of\s+",
            optional=False,
        ),
        elided_opener=re.compile(
            r"\b(?:" + words(language, "elided_head_openers") + r")\s+$", re.I
        ),
        elided_list=re.compile(
            r"(?:(?<!\w)|(?=,))(?:" + words(language, "elided_list_joiners") + r")\s+$"
        ),
        elided_relative=re.compile(r"\s+(?:" + words(language, "elided_list_relatives") + r")\s"),
        possessive=re.compile(r"\b(?:" + words(language, "possessive_pronouns") + r")\b", re.I),
        owned=re.compile(r"\b(?:" + words(language, "possessive_pronouns") + r")\s+$", re.I),
        hedged_before=re.compile(
            r",\s*(?:(?:" + words(language, "vague_hedges") + r")\s+){1,2}$", re.I
        ),
        answer_lead=re.compile(
            r"\s*(?:(?-i:[A-Z][A-Z.' -]*)(?:\([^()]{1,40}\))?:\s*)?(?:(?:"
            + words(language, "answer_openers")
            + r")\s*,?\s+)*",
            re.I,
        ),
        answer_end=re.compile(
            r"(?:,?\s+(?:" + words(language, "answer_bounds") + r"))?"
            r"(?:,\s+(?:" + words(language, "answer_asides") + r")\s[^.;:!?]{1,60})?"
            r"\s*[.!]?[\s\"'”’]*$",
            re.I,
        ),
        origin_from=_then(language, "origin_prepositions", "articles", lead=r"^\s+"),
        origin_from_nations=re.compile(
            rf"^\s+(?:{words(language, 'origin_prepositions')})\s+"
            rf"(?:(?:{words(language, 'articles')})\s+)?"
            rf"(?:(?:{words(language, 'other_countries_words')})\s+)?$",
            re.I,
        ),
        nations_after=re.compile(rf"\s+(?:{words(language, 'country_plurals')})\b", re.I),
        baseline=re.compile(
            r"[\s,;]*(?:" + words(language, "baseline_before") + r")\s+(?:\w+\s+)?$", re.I
        ),
        whom_part=re.compile(r"^\s+(?:" + words(language, "relative_partitives") + r")\b", re.I),
        joined_item=re.compile(
            r"[^.;:,()]{0,40}?(?:,\s*|\s+(?:" + words(language, "list_joiners") + r")\s+)"
            r"(?:(?:" + words(language, "figure_fillers") + r")\s+)?",
            re.I,
        ),
        list_gap=re.compile(
            r"\s*[-:(]\s*[\"'“‘]?(?:(?:" + words(language, "figure_fillers") + r")\s+)?",
            re.I,
        ),
        respective_after=re.compile(
            r"(?:\s*(?:,|"
            + words(language, "list_joiners")
            + r")\s+[\d.,]+)*\s*,?\s*(?:"
            + words(language, "respective_words")
            + r")\b",
            re.I,
        ),
        many_nations=re.compile(
            r"\s+(?:" + words(language, "many_nationalities_after") + r")\b", re.I
        ),
        home_after=re.compile(r"\s+(?:" + words(language, "return_particles") + r")\b", re.I),
        relative_subject=re.compile(
            r"[\s,]*(?:" + words(language, "subject_relatives") + r")\s+", re.IGNORECASE
        ),
        site_relative=re.compile(
            r",\s*(?:" + words(language, "site_relatives") + r")\s+$", re.IGNORECASE
        ),
        owner_verb=re.compile(r"\b(?:" + words(language, "owner_verbs") + r")\b", re.IGNORECASE),
        country_own=re.compile(r"(?:" + words(language, "country_own_possessives") + r")(?=\s)"),
        place_count_noun=re.compile(
            r"\b(?:" + words(language, "place_count_nouns") + r")\b", re.IGNORECASE
        ),
        modifier_compound=re.compile(
            rf"-(?!(?:{words(language, 'count_compound_suffixes')})\b)[A-Za-z]", re.IGNORECASE
        ),
        ordinal=re.compile(
            "(?:"
            + "|".join(map(re.escape, Vocabulary("dates", language)["ordinal_suffixes"]))
            + r")\b"
        ),
        possessive_gap=re.compile(
            r"['’]s\s+(?:(?:" + words(language, "figure_fillers") + r")\s+)?"
        ),
        member_of_owner=_then(language, "of_words", "articles", lead=r"^\s+"),
        member_lead=re.compile(r"-(?:" + words(language, "member_suffixes") + r")\b", re.I),
        list_joint=re.compile(
            r"\s*(?:,|(?:,\s*)?(?:" + words(language, "list_joiners") + r"))\s*", re.I
        ),
        set_at_place=re.compile(
            rf"(?:[^.;,]{{0,40}},\s*(?:{relatives})|\s*(?:{adjacent}))\b[^,;]*$", re.I
        ),
    )


@dataclass(frozen=True)
class _Rules:
    """Patterns of the general count rules, built from ``cues.yaml`` lists."""

    agent: re.Pattern[str]  # "roofers": an occupation by its ending
    plain_word: re.Pattern[str]  # "diplomats": the word right after a figure or a DPRK name
    count_question: re.Pattern[str]  # "How many North Koreans worked ...?": asks a figure
    crew: re.Pattern[str]  # "sailors": a ship's crew
    tally: re.Pattern[str]  # "the filing lists (3,000)": a record's verb
    awaited: re.Pattern[str]  # "the director hopes for (perhaps 150)": an awaited number
    returned: re.Pattern[str]  # "Oman expelled (60)": a host's forced return
    recorded: re.Pattern[str]  # "The ministry registered (9,000 foreign workers)"
    estimate_range: re.Pattern[str]  # "Estimates range from (10,000) to 30,000"
    vessel_crew_before: re.Pattern[str]  # "a tanker with a crew of": a vessel's crew
    crew_after: re.Pattern[str]  # "(12 nationals) among the crew": people of a crew
    home_vessel: re.Pattern[str]  # "(North Korean)-flagged freighter": a DPRK ship
    non_agent: re.Pattern[str]
    trailing: re.Pattern[str]  # "about 180 workers each": one unit's size
    distributive: re.Pattern[str]  # "Each team ... consists of"
    nationality: re.Pattern[str]  # "... are from", "most of them"
    from_place: re.Pattern[str]  # "are from": a country name as a nationality
    study_heads: re.Pattern[str]
    study: re.Pattern[str]
    work: re.Pattern[str]
    population: re.Pattern[str]
    community: re.Pattern[str]  # "as ethnic Koreans": a settled community
    non_agent_listed: re.Pattern[str]  # "diplomats and": a non-worker listed first
    companions_before: re.Pattern[str]  # "60 athletes and (25)": a non-worker group first
    source_before: re.Pattern[str]  # "citing a local (union)": a source, not a predicate
    companion_head: re.Pattern[str]  # "(25) coaches": the staff of such a group
    things_listed: re.Pattern[str]  # "individuals and entities": people listed with things
    headcount: re.Pattern[str]  # "The Gdynia yard now employs": an employer's whole staff
    headcount_tail: re.Pattern[str]  # " employs about ": how every headcount match ends
    # "a gas processing plant near Svobodny, where 9,000 people work": a site's whole staff
    headcount_where: re.Pattern[str]
    # "employed North Korean workers, 410 in total": a total in apposition to the workers
    apposed_total_before: re.Pattern[str]
    apposed_total_after: re.Pattern[str]
    apposed_paren_after: re.Pattern[str]  # "(about 2,500)", "(about 2,500, according to"
    total_after: re.Pattern[str]  # '(up to 6,000") in total': a total, wherever it ends
    own_staff: re.Pattern[str]  # "Our 15 field staff": the writer's own organisation
    workforce_level: re.Pattern[str]  # "Russia's own construction workforce numbers (6.5m)"
    own_staff_noun: re.Pattern[str]  # " field staff" right after that figure
    staff_with: re.Pattern[str]  # "restarted production ... with (1,100) staff"
    staff_with_noun: re.Pattern[str]  # " staff" right after that figure
    headcount_where_tail: re.Pattern[str]  # ", where about ": a cheap search first
    headcount_where_verb: re.Pattern[str]  # " people work": the verb after that figure
    employing_before: re.Pattern[str]  # "..., employing (about 6,000)"
    hiring: re.Pattern[str]  # "employ", "hire": no move abroad or home
    own: re.Pattern[str]  # "of their own workers": the subject's people
    speaker_own: re.Pattern[str]  # "of our own people" in a quote: the speaker's
    interview: re.Pattern[str]  # "interviewed the former workers": interviewees
    witness_after: re.Pattern[str]  # "(23) of them gave evidence": witnesses of a group
    host_anaphor_had: re.Pattern[str]  # "the island had (about 1,000)": a host named before
    age_after_noun: re.Pattern[str]  # "men (between 30 and 45)": ages
    non_work_group: re.Pattern[str]  # "football team": a group that is no workforce
    composition: re.Pattern[str]  # ", mostly ": an aside on what the group is made of
    part: re.Pattern[str]  # "a small share" of a group
    work_purpose: re.Pattern[str]  # "entered ... to work"
    home_before: re.Pattern[str]  # "... in" before a DPRK place
    home_adjacent: re.Pattern[str]  # "at a factory in" right after the noun phrase
    counted_vehicle: re.Pattern[str]  # "14 trucks": a transport noun after a figure
    part_named: re.Pattern[str]  # "(200 of them) were workers": the part named as workers
    home_later: re.Pattern[str]  # "... from inside North Korea" later in the clause
    group_aside: re.Pattern[str]  # ", most of them ...": an aside on the counted group
    located_from: re.Pattern[str]  # "operating mainly from China": where they are
    floating: re.Pattern[str]  # "their companies each employed": one unit's size
    former: re.Pattern[str]  # "23 former overseas workers"
    casualty: re.Pattern[str]  # "about 30 had been injured"
    demand: re.Pattern[str]  # "needs 100,000 more": a labour need
    subject_opening: re.Pattern[str]  # "The " before a place that opens its sentence
    dprk_state: re.Pattern[str]  # "North Korean": the state or its nationals, no place
    residing: re.Pattern[str]  # "people live in the region": a population
    after_things: re.Pattern[str]  # "12 entities and " before a figure: a list of targets
    they_defected: re.Pattern[str]  # "how they fled": the people counted defected
    unit_plural: re.Pattern[str]  # "12 crews": groups counted, not people
    its_before: re.Pattern[str]  # "Its (21 crew members)": a thing's people
    vessel: re.Pattern[str]  # "cargo ship", "tanker": a vessel named
    group_units_of: re.Pattern[str]  # "(Two) brigades of": groups counted, not people
    member_status_split: re.Pattern[str]  # "of whom (4,800) remain": a part split by status
    as_complement: re.Pattern[str]  # "recorded (as) entering": no subordinator
    partitive_whole: re.Pattern[str]  # "10,000 of the (13,000)": a partitive's whole
    hypothetical: re.Pattern[str]  # "(60,000 workers) would produce": arithmetic
    departure: re.Pattern[str]  # "before their departure": leaving abroad
    mobilise: re.Pattern[str]  # "mobilised": labour called up at home
    into_dprk: re.Pattern[str]  # "to help" before a DPRK place
    age_before: re.Pattern[str]  # "who is (52)": an age
    age_apposed: re.Pattern[str]  # "a former foreman, (58),": an age set off by commas
    age_superlative: re.Pattern[str]  # "the youngest worker we met was (19)": an age
    remnant: re.Pattern[str]  # "the last (19)": what is left of a group named before
    spoken: _Spoken  # figures a speaker asks about, withdraws or denies


def caseless(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled case-insensitively (called while the cached rule tables are
    built, never per document)."""
    return re.compile(pattern, re.IGNORECASE)


@functools.cache  # built once per language: every document shares them
def _rules(language: str) -> _Rules:
    c = Vocabulary("cues", language)

    def alt(key: str) -> str:
        return phrase_pattern(c[key])

    the = words(language, "articles")
    fillers = words(language, "figure_fillers")
    plural_rules = Vocabulary("inflection", language)["plural"]

    def ending(words_before: str, lead: str = r"\b") -> re.Pattern[str]:
        """``words_before`` (and fillers) right before a figure: "Oman expelled (60)"."""
        return re.compile(rf"{lead}(?:{words_before})\s+(?:(?:{fillers})\s+)?$", re.I)

    def verbs(key: str) -> str:
        return phrase_pattern(verb_forms(c[key], language))

    located = located_verbs(language)
    origins = words(language, "origin_prepositions")
    return _Rules(
        agent=re.compile(r"[\s'’\"]*([a-z][a-z-]+(?:" + "|".join(c["agent_suffixes"]) + r"))\b"),
        plain_word=re.compile(r"[\s'’\"]*([a-z][a-z-]+)\b"),
        crew=re.compile(r"\b(?:" + alt("crew_nouns") + r")\b", re.I),
        tally=re.compile(
            rf"\b(?:{phrase_pattern(verb_forms(c['tally_verbs'], language))})\s+"
            rf"(?:(?:{fillers})\s+)?$",
            re.I,
        ),
        returned=ending(verbs("bare_return_verbs")),
        awaited=ending(verbs("awaiting_verbs")),
        recorded=ending(verbs("record_verbs")),
        estimate_range=re.compile(
            rf"\b(?:{alt('estimate_nouns')})(?:\s+[\w'’-]+){{0,6}}?\s+"
            rf"(?:{phrase_pattern(verb_forms(c['estimate_range_verbs'], language))})\s+"
            rf"(?:(?:{alt('estimate_range_openers')})\s+)?$",  # a range may hold its "from"
            re.I,
        ),
        # "a tanker with a crew of (26 sailors)", "the ship's (19 seamen)": a vessel's crew
        vessel_crew_before=re.compile(
            r"\b(?:" + alt("vessel_nouns") + r")(?:'s|’s)?\b[^,;.]{0,25}$", re.I
        ),
        its_before=re.compile(rf"\b(?:{alt('thing_possessives')})\s+$", re.I),
        vessel=re.compile(rf"\b(?:{alt('vessel_nouns')})\b", re.I),
        # "(12 DPRK nationals) among the crew of": people counted as a crew
        crew_after=re.compile(
            r"\s+(?:among|in|of|on|aboard)\s+(?:the|its|a|an)\s+(?:" + alt("crew_nouns") + r")\b",
            re.I,
        ),
        home_vessel=re.compile(
            r"(?:-?(?:"
            + alt("vessel_flag_words")
            + r"))?\s+(?:[a-z-]+\s+)?(?:"
            + alt("vessel_nouns")
            + r")\b"
        ),
        count_question=re.compile(
            r"\b(?:(?:"
            + phrase_pattern(verb_forms(c["count_question_askers"], language))
            + r")\b[^.?!]{0,60}?\b(?:"
            + alt("count_questions")
            + r")\b|(?:"
            + alt("count_questions")
            + r")\b[^?]*\?)",
            re.I,
        ),
        non_agent=re.compile(r"^(?:" + alt("non_worker_agents") + r")$", re.IGNORECASE),
        distributive=re.compile(
            r"\b(?:"
            + alt("distributive_determiners")
            + r")\s+(?:[\w'’-]+\s+){0,4}?(?:"
            + alt("distributive_nouns")
            # "each of the capital's three big housing sites has": a partitive of the units
            + r")\b|\b(?:"
            + alt("distributive_partitives")
            + r")\s+(?:[\w'’-]+\s+){0,5}?(?:"
            + phrase_pattern(
                [
                    w
                    for w in vocab.inflect_plurals(c["distributive_nouns"], plural_rules)
                    if w not in c["distributive_nouns"]
                ]
            )
            + r")\b|\b(?:"
            + alt("distributive_pronouns")
            + r")\s+(?:[\w'’-]+\s+){0,3}$",
            re.IGNORECASE,
        ),
        nationality=re.compile(
            r"^[^.!?]{0,80}?\b(?:"
            + alt("nationality_predicates")
            + r")\s+(?:(?:"
            + alt("nationality_fillers")
            + rf")\s+){{0,2}}(?:(?:{the})\s+)?$",
            re.IGNORECASE,
        ),
        from_place=re.compile(
            r"\b(?:" + alt("nationality_place_markers") + rf")\s+(?:(?:{the})\s+)?$", re.I
        ),
        study_heads=re.compile(alt("study_heads"), re.IGNORECASE),
        study=re.compile(alt("study_context"), re.IGNORECASE),
        work=re.compile(alt("work_context"), re.IGNORECASE),
        population=re.compile(alt("population_nouns"), re.IGNORECASE),
        community=re.compile(alt("community_words"), re.IGNORECASE),
        composition=re.compile(r"[,;]\s*(?:" + alt("composition_openers") + r")\b", re.IGNORECASE),
        non_work_group=re.compile(alt("non_work_group_words"), re.IGNORECASE),
        non_agent_listed=re.compile(
            rf"\b(?:{alt('non_worker_agents')})\s*(?:,|(?:{words(language, 'list_joiners')})\s)",
            re.IGNORECASE,
        ),
        companions_before=re.compile(
            rf"\b(?:{alt('non_worker_agents')})\s+(?:{words(language, 'list_joiners')})\s+$",
            re.IGNORECASE,
        ),
        source_before=re.compile(
            rf"\b(?:{alt('attribution_openers')})\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE
        ),
        companion_head=re.compile(rf"\s+(?:{alt('companion_nouns')})\b", re.IGNORECASE),
        things_listed=re.compile(
            rf"\s*,?\s+(?:{words(language, 'list_joiners')})\s+(?:[\d,.]+\s+)?"
            rf"(?:{alt('thing_nouns')})\b",
            re.IGNORECASE,
        ),
        employing_before=ending(verbs("headcount_verbs")),
        hiring=re.compile(
            rf"\b(?:{phrase_pattern(verb_forms(c['hiring_verbs'], language))})\b", re.IGNORECASE
        ),
        # the verb and fillers that end every headcount match (each has white space before
        # its verb): a cheap search first, since the whole pattern tries every word start
        headcount_tail=re.compile(
            rf"\s(?:{phrase_pattern(verb_forms(c['headcount_verbs'], language))}"
            rf"|{alt('headcount_possession')}|{alt('headcount_with')})\s+"
            rf"(?:(?:{fillers})\s+)?$",
            re.IGNORECASE,
        ),
        headcount_where=re.compile(
            rf"\b(?:{alt('headcount_employers')})"
            rf"(?:\s+(?:{alt('headcount_place_prepositions')})(?:\s+(?-i:[A-Z])[\w'’-]+){{1,3}})?"
            rf"\s*,\s+(?:{alt('headcount_where_openers')})\s+(?:(?:{fillers})\s+)?$",
            re.IGNORECASE,
        ),
        apposed_total_before=re.compile(
            # "North Korean workers, 410 in total", "all North Korean workers in the country,
            # about 200 at the time"
            rf"\b(?:{phrase_pattern(worker_phrases(c, language))}|{alt('people_nouns')})"
            # their workplace or origin ("the North Korean women at two seafood plants in
            # Hunchun, 300 in all", "workers from North Korea (about 2,500)"), after a verb
            # that places them ("nationals working in Cambodia's restaurants (fewer than 100")
            rf"(?:(?:\s+(?:{located}|{alt('apposed_total_participles')}))?"
            rf"\s+(?:{alt('headcount_place_prepositions')}|{origins})\s+"
            rf"(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+)?"
            # the size of each unit before the total ("with about 200 builders each, some
            # 600 in all")
            rf"(?:\s+(?:{alt('trailing_distributives')}))?"
            # a parenthesis needs no tail: "workers from North Korea (about 2,500, ...)"
            # an apposition opener after the comma: "150 loggers apiece, or about 300"
            rf"(?:\s*,\s+(?:(?:{words(language, 'apposition_openers')})\s+)?"
            rf"|\s*(?P<paren>\()\s*)(?:(?:{fillers})\s+)?$",
            re.IGNORECASE,
        ),
        apposed_total_after=re.compile(
            rf"\s+(?:{alt('apposed_total_tails')})\b\s*(?:[.;,)]|$)", re.IGNORECASE
        ),
        # the parenthesis closes within a few words ("(some 350 at the latest count)") or
        # goes on after a comma ("(about 2,500, according to ...)")
        apposed_paren_after=re.compile(r"(?:\s+[^()\d.;:!?]{1,40}?)?\s*\)|\s*,\s"),
        workforce_level=ending(alt("workforce_level_before")),
        staff_with=ending(alt("headcount_with"), lead=r"\s"),
        staff_with_noun=re.compile(rf"\s+(?:{alt('staff_with_nouns')})\b", re.IGNORECASE),
        # "Our 15 field staff", "The Foundation's 23 staff"
        own_staff=ending(f"(?:{alt('own_staff_openers')})|(?:{alt('staff_owner_nouns')})['’]s"),
        own_staff_noun=re.compile(
            rf"\s+(?:[\w-]+\s+)?(?:{alt('own_staff_nouns')})\b", re.IGNORECASE
        ),
        total_after=re.compile(rf"\s+(?:{alt('apposed_total_tails')})\b", re.IGNORECASE),
        headcount_where_tail=ending(alt("headcount_where_openers"), lead=r",\s+"),
        headcount_where_verb=re.compile(
            rf"\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{phrase_pattern(verb_forms(c['headcount_where_verbs'], language))})\b",
            re.IGNORECASE,
        ),
        headcount=re.compile(
            # "The Gdynia yard", "the city's plants", "Russian IT companies"
            rf"(?:(?:\b(?:{the})|['’]s)\s+|\b)(?:[\w'’-]+\s+){{0,2}}?"
            rf"(?:{alt('headcount_employers')})"
            # "the Zvezda shipyard in Bolshoy Kamen, which employs": its place, then a relative
            rf"(?:\s+(?:{alt('headcount_place_prepositions')})(?:\s+(?-i:[A-Z])[\w'’-]+){{1,3}}"
            rf"(?=\s*,|\s+(?:{alt('headcount_with')})\s))?"
            # ", which employs"; "A hotel group that employs" (no comma)
            rf"(?:(?:\s*,?\s+(?:{words(language, 'relative_openers')}))?\s+"
            rf"(?:(?:{alt('headcount_adverbs')})\s+)?"
            rf"(?:{phrase_pattern(verb_forms(c['headcount_verbs'], language))}"
            rf"|{alt('headcount_possession')})"
            # "a squid plant in Donggang with 1,900 employees": the employer's noun phrase
            rf"|\s+(?:{alt('headcount_with')}))\s+"
            rf"(?:(?:{fillers})\s+)?$",
            re.IGNORECASE,
        ),
        age_after_noun=re.compile(
            rf"\b(?:{alt('people_nouns')}|{alt('worker_nouns')})\s+"
            rf"(?:(?:{alt('age_copulas')})\s+)?$",
            re.IGNORECASE,
        ),
        age_superlative=re.compile(
            # "The youngest worker we documented was (19)", "... and the oldest (45)"
            rf"\b(?:{alt('age_superlatives')})\b"
            rf"(?:[^.;:]{{0,100}}\b(?:{alt('age_copulas')}))?\s+$",
            re.IGNORECASE,
        ),
        interview=re.compile(rf"\b(?:{alt('interview_context')})\b", re.IGNORECASE),
        witness_after=re.compile(rf"(?:{alt('witness_predicates')})\b", re.IGNORECASE),
        host_anaphor_had=re.compile(
            rf"\b(?:{words(language, 'host_anaphors')})\s+(?:{alt('receive_verbs')})\s+$",
            re.IGNORECASE,
        ),
        own=re.compile(rf"\b(?:{words(language, 'own_possessives')})\b", re.IGNORECASE),
        speaker_own=re.compile(
            rf"\b(?:{words(language, 'speaker_own_possessives')})\b", re.IGNORECASE
        ),
        part=re.compile(alt("part_words"), re.IGNORECASE),
        departure=re.compile(alt("departure_words"), re.IGNORECASE),
        mobilise=re.compile(
            r"\b(?:" + phrase_pattern(verb_forms(c["home_mobilisation_verbs"], language)) + r")\b",
            re.IGNORECASE,
        ),
        home_later=re.compile(
            rf"{alt('at_home_later')}|\b(?:{alt('at_home_later_openers')})\s+"
            rf"(?:{alt('at_home_later_places')})\b",
            re.IGNORECASE,
        ),
        hypothetical=re.compile(rf"\s*(?:{alt('hypothetical_after')})\b", re.IGNORECASE),
        partitive_whole=re.compile(rf"\b(?:{alt('partitive_after')})\s+$", re.IGNORECASE),
        # "recorded as entering", "registered 13,000 DPRK nationals as entering": the verb,
        # perhaps its object (a figure and its noun), then "as"
        as_complement=re.compile(
            rf"\b(?:{alt('as_complement_verbs')})\s+(?:[\w,.'’-]+\s+){{0,4}}$", re.IGNORECASE
        ),
        unit_plural=re.compile(rf"\b(?:{alt('unit_plurals')})$", re.IGNORECASE),
        member_status_split=re.compile(
            rf"\s+(?:(?:{alt('bare_verb_adverbs')})\s+)?(?:{alt('member_status_split')})\b",
            re.IGNORECASE,
        ),
        group_units_of=re.compile(rf"\s+(?:{alt('group_units_of')})\s+of\b", re.IGNORECASE),
        they_defected=re.compile(
            r"\b(?:"
            + alt("defected_pronouns")
            + r")\s+(?:(?:"
            + alt("defected_fillers")
            + r")\s+){0,2}(?:"
            + alt("defection_events")
            + r")\b",
            re.IGNORECASE,
        ),
        trailing=re.compile(
            r"\s+(?:"
            + alt("trailing_distributives")
            + r")\b(?!\s+(?:"
            + alt("trailing_distributive_times")
            + r")\b)",
            re.IGNORECASE,
        ),
        floating=re.compile(
            r"\b[a-z]+s\s+(?:" + alt("floating_distributives") + r")\s+(?:[\w'’-]+\s+){1,2}$",
            re.IGNORECASE,
        ),
        subject_opening=re.compile(rf"\s*(?:(?:{the})\s+)?", re.IGNORECASE),
        dprk_state=re.compile(words(language, "dprk_state_names"), re.IGNORECASE),
        after_things=re.compile(
            rf"\b(?:{alt('thing_nouns')})\s*,?\s+(?:{words(language, 'list_joiners')})\s+$",
            re.IGNORECASE,
        ),
        residing=re.compile(rf"\s+(?:{alt('residence_predicates')})\b", re.IGNORECASE),
        demand=re.compile(
            rf"\b(?:{alt('demand_verbs_before')})\s+(?:(?:{fillers})\s+)?$", re.IGNORECASE
        ),
        casualty=re.compile(r"\b(?:" + alt("casualty_predicates") + r")\b", re.IGNORECASE),
        former=re.compile(r"\b(?:" + alt("former_words") + r")\b", re.IGNORECASE),
        located_from=re.compile(
            rf"\b(?:{located})\s+(?:\w+\s+)?(?:{origins})\s+(?:(?:{the})\s+)?$", re.IGNORECASE
        ),
        group_aside=re.compile(r"[,;]\s*(?:" + alt("group_relatives") + r")\b", re.IGNORECASE),
        into_dprk=re.compile(r"^\s+(?:" + alt("into_dprk_before") + r")\s+$", re.IGNORECASE),
        work_purpose=re.compile(r"\b(?:" + alt("entry_work_purposes") + r")\b", re.IGNORECASE),
        home_before=re.compile(
            r"^[^,;.]{0,60}?\b(?:" + alt("at_home_prepositions") + rf")\s+(?:(?:{the})\s+)?$",
            re.IGNORECASE,
        ),
        # "(200 of them) were construction workers", "(stopped) 14 trucks", "(600 workers)
        # at a factory in (Sinuiju)"
        part_named=caseless(
            rf"\s+(?:{alt('part_named_copulas')})\s+(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?:{phrase_pattern(worker_phrases(c, language))})\b"
        ),
        counted_vehicle=caseless(rf"\d[\d,.]*\s+(?:{alt('status_transport_nouns')})$"),
        home_adjacent=caseless(rf"\s*(?:{alt('at_home_prepositions')})\s+[^,;.]{{0,40}}$"),
        age_before=re.compile(rf"\b(?:{alt('age_openers')})\s+$", re.IGNORECASE),
        age_apposed=re.compile(
            rf"\b(?i:{alt('age_apposition_determiners')})\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*,\s*$"
        ),
        remnant=re.compile(rf"\b(?:{alt('remnant_openers')})\s+$", re.IGNORECASE),
        spoken=_spoken(c, language),
    )


@dataclass(frozen=True, slots=True)
class _Spoken:
    """Patterns of figures a speaker does not assert (interviews, hearings, briefings)."""

    question: re.Pattern[str]  # "QUESTION: Could there be as many as 5,000 ...?"
    indirect: re.Pattern[str]  # "asked whether (20,000) ...": an indirect yes/no question
    corrected: re.Pattern[str]  # "(3,000) ... - no, I'm wrong, about 2,400"
    denied_after: re.Pattern[str]  # "Rumours of (20,000) are nonsense"
    denial: re.Pattern[str]  # "That is simply untrue.": a sentence (or quote) denying
    denied_before: re.Pattern[str]  # "It was never (800)."
    conditional: re.Pattern[str]  # "If China let them, ..." opening the sentence
    modal: re.Pattern[str]  # "would send (50,000)"
    turn_question: re.Pattern[str]  # "SEN. HOLLOWAY: ... ?": a question turn of a transcript
    elided: re.Pattern[str]  # "How many are there now?": a count question without its noun
    other_turn: re.Pattern[str]  # "Q: How old were you?": a question about something else
    us_after: re.Pattern[str]  # "(300) of us": a first-person group
    us_before: re.Pattern[str]  # "We were (60)"


# a speaker's label opening a turn ("SEN. HOLLOWAY: ", "A (city official): "), quotes
_TURN = r"^[\s\"'“‘]*(?:[^:?!\n]{1,45}:\s+)?[\s\"'“‘]*"


def _spoken(c: Vocabulary, language: str) -> _Spoken:
    def alt(key: str) -> str:
        return phrase_pattern(c[key])

    punct = r"[,\u2013\u2014-]"
    intens = rf"(?:(?:{alt('denial_intensifiers')})\s+)?"
    copula = alt("denial_copulas")
    denial = (
        rf"(?:(?:{alt('denial_subjects')})(?:\s+(?:{copula})|['’]s)\s+)?{intens}"
        rf"(?:{alt('denial_predicates')})\s*(?:[.!\"”’]|$)"
    )
    askers = phrase_pattern(verb_forms(c["count_question_askers"], language))
    return _Spoken(
        question=caseless(rf"{_TURN}(?:{alt('yes_no_question_openers')})\b[^?]*\?[\s\"'”’)]*$"),
        indirect=caseless(
            rf"\b(?:{askers})\b[^.;?]{{0,40}}?\b(?:{alt('indirect_question_conjunctions')})"
            r"\s+[^.;?]*$"
        ),
        corrected=caseless(
            rf"(?:\s+[\w'’-]+){{0,6}}?\s*{punct}\s*(?:{alt('self_correction_cues')})\s*{punct}"
        ),
        denied_after=caseless(
            rf"[^.;!?]{{0,40}}?\s(?:{copula})\s+{intens}(?:{alt('denial_predicates')})\b"
        ),
        denial=caseless(rf"{_TURN}{denial}|:\s*[\"“]?{denial}"),
        denied_before=caseless(rf"\b(?:{alt('denied_before')})\s+$"),
        conditional=caseless(rf"{_TURN}(?:{alt('conditional_openers')})\b"),
        modal=caseless(rf"\b(?:{alt('conditional_modals')})\s+(?:[\w'’-]+\s+){{0,2}}$"),
        other_turn=caseless(rf"{_TURN}(?:{alt('turn_question_other')})\b"),
        us_after=caseless(rf"\s+(?:{alt('first_person_after')})\b"),
        us_before=caseless(rf"\b(?:{alt('first_person_before')})\s+$"),
        turn_question=caseless(r"^[\s\"'“‘]*[^:?!\n]{1,45}:\s+[^?]*\?[\s\"'”’)]*$"),
        elided=caseless(
            rf"\b(?:{alt('count_questions')})\s+(?:{alt('count_question_elided_after')})\b"
        ),
    )


@dataclass(slots=True)
class Count:
    """A figure judged to count DPRK workers, with where its noun phrase ends."""

    quantity: Quantity
    head: str  # worker | people | group | bare
    head_end: int


def _pair(lead: str, first: str, gap: str, second: str) -> re.Pattern[str]:
    """Two alternations after ``lead`` with ``gap`` between them, case-insensitive."""
    return re.compile(f"{lead}(?:{first}){gap}(?:{second})", re.IGNORECASE)


@functools.cache
def _relative_work(language: str) -> re.Pattern[str]:
    """ "the thousands who work in ...": a relative pronoun and a verb of the workers."""
    cues = cues_of(language)
    relatives = words(cues.language, "subject_relatives")
    return _pair(r"^\s+", relatives, r"\s+", cues.raw_pattern("bare_count_verbs"))


@functools.cache
def _clause_relative(language: str) -> re.Pattern[str]:
    """A relative after a comma that opens a clause of its own ("..., where about 2,000
    North Koreans now work"): a share word before it is not the figure's."""
    relatives = words(language, "place_relatives") + "|" + words(language, "relative_openers")
    return re.compile(rf",\s+(?:{relatives})\b", re.IGNORECASE)


@functools.cache
def _seen_at_work(language: str) -> re.Pattern[str]:
    """A sighting at a workplace ("were seen on the slipways of a yard"): no scene."""
    seen, at = words(language, "seen_verbs"), words(language, "seen_at_work_prepositions")
    return re.compile(
        rf"\b(?:{seen})\s+(?:{at})"
        rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{words(language, 'seen_workplaces')})\b",
        re.IGNORECASE,
    )


@functools.cache
def _member(language: str) -> re.Pattern[str]:
    """ "the 38-member team": a group's size."""
    cues = cues_of(language)
    suffixes = words(cues.language, "member_suffixes")
    return _pair("^-", suffixes, r"\s+(?:[\w-]+\s+){0,3}?", cues.group_nouns.pattern)


@dataclass(frozen=True, slots=True)
class _Ends:
    """The last words of the patterns anchored at a figure's start (for the exact pre-test
    :func:`~laborwatch.extract.tails.may_end_with`, which only saves their search)."""

    unit_size: tuple[str, ...] | None  # cues.unit_size_before
    not_dprk: tuple[str, ...] | None  # cues.not_dprk_before (its links and fillers)
    population: tuple[str, ...] | None  # cues.population_before
    of: tuple[str, ...] | None  # workforce_of, cues.group_size_before: "... of"
    denied: tuple[str, ...] | None  # _Spoken.denied_before: "It was never (800)"


_NO_ENDS = _Ends(None, None, None, None, None)


@functools.cache
def _ends(language: str) -> _Ends:
    c = Vocabulary("cues", language)
    grammar = Vocabulary("grammar", language)
    return _Ends(
        unit_size=last_words(c["unit_size_before"]),
        not_dprk=last_words([*grammar["figure_links"], *grammar["figure_fillers"]]),
        population=last_words(c["population_before"]),
        of=last_words(["of"]),
        denied=last_words(c["denied_before"]),
    )


def _needles(phrases: list[str]) -> tuple[str, ...]:
    """A word of each phrase (its longest, lower-cased), leaving out one that holds another:
    every match of a pattern of ``phrases`` (re.IGNORECASE) holds one of them, on the
    :func:`caseless_lower` copy of the text (a substring pre-test, for speed only)."""
    picked = {max(p.lower().split(), key=len) for p in phrases if p.split()}
    return tuple(sorted(w for w in picked if not any(o != w and o in w for o in picked)))


@functools.cache
def _spoken_needles(language: str) -> tuple[tuple[str, ...], ...]:
    """The :func:`_needles` of the denial predicates (every match of _Spoken.denied_after
    and _Spoken.denial holds one), of the asking verbs (_Spoken.indirect), of the
    conditional openers (_Spoken.conditional) and of the distributive words
    (_Rules.distributive and _Rules.floating)."""
    c = Vocabulary("cues", language)
    return (
        _needles(c["denial_predicates"]),
        _needles(verb_forms(c["count_question_askers"], language)),
        _needles(c["conditional_openers"]),
        _needles(
            c["distributive_determiners"] + c["distributive_pronouns"] + c["floating_distributives"]
        ),
    )


@per_cue_set  # asked by each document's finder: the folded patterns looked up once
def _noun_classes(cues: Cues, lowered: bool) -> list[tuple[str, re.Pattern[str]]]:
    """The noun classes of a head, in order; lower-cased patterns when ``lowered`` and
    every one folds (then they run on the lower-cased window)."""
    classes = [
        ("military", cues.military),
        ("worker", cues.worker_nouns),
        ("people", cues.people_nouns),
        ("thing", cues.things),
    ]
    folds = [(name, rx) for name, rx in ((n, folded(r)) for n, r in classes) if rx is not None]
    return folds if lowered and len(folds) == len(classes) else classes


# What may stand before a figure that opens a verbless answer: nothing, or a speaker's label
_FRAGMENT_LEAD = re.compile(r"\s*(?:(?-i:[A-Z][A-Z.' -]*):\s*)?")
# ... and a place phrase that ends its clause ("across Africa," but not "in Moscow protested")
_FRAGMENT_PLACE = re.compile(
    r"\s+[a-z]+\s+(?:the\s+)?(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*))*\s*(?:[,;.]|$)"
)
# ... and what may follow a fragment answer's figure: a speech tag (", he says.")
_FRAGMENT_END = re.compile(r"\s*(?:,\s*[\w' ]{1,30}?\s+(?:says|said)\s*)?[.!]?[\s\"'”’]*$")
_PLACE_EXAMPLE_KINDS = frozenset({"country", "subdivision", "city", "region"})
_HOST_KINDS = frozenset({"country", "subdivision", "city"})  # a place "there" can point to
_NEXT_WORDS = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")  # "(Filipino) migrant workers"
# "Kuwait, 1,450; Qatar, 800.", "Russia, 35,000, mostly in Moscow; China, ..."
# the year of the item's estimate may close it: "Russia - around 15,000 (2025)"
_ITEM_YEAR = r"(?:\s*\((?:[A-Z][a-z]+\.?\s+)?\d{4}\))?"
_LIST_ITEM = re.compile(_ITEM_YEAR + r"\s*(?:;|\.?\s*$|,[^;\d]{1,100};)")
_QS = re.escape(QUOTES_AND_SPACES)
# 'Yanji: "a few hundred";'
_QUOTED_LIST_ITEM = re.compile(_ITEM_YEAR + rf"[{_QS}]*(?:;|\.?[{_QS}]*$|,[^;\d]{{1,100}};)")


def ends_list_item(text: str, sv: SentenceView, q: Quantity, quoted: bool = False) -> bool:
    """Does a list item's mark (";", a period ending the sentence) follow the figure?
    ``quoted`` lets quotes stand around the mark too."""
    rx = _QUOTED_LIST_ITEM if quoted else _LIST_ITEM
    return rx.match(text, q.core_end, sv.end) is not None


def _dprk_right_after(sv: SentenceView, q: Quantity) -> bool:
    """Does a DPRK name stand right after the figure ("60 North Korean workers")?"""
    return any(p.kind == "dprk" and 0 <= p.start - q.core_end <= 2 for p in sv.places)


# up to this many needles, _last_needle searches each in the span (a scan of the whole
# text per needle for a NeedleIndex costs more; measured on the English sets)
FEW_NEEDLES = 8

# the first HEAD_WINDOW_WORDS words (runs of non-space) after a position, in one match
_WINDOW_WORDS = re.compile(rf"\s*(?:\S+\s+){{{HEAD_WINDOW_WORDS - 1}}}\S+")


def _head_reach(text: str, start: int, end: int) -> int:
    """How far after ``start`` the head of a figure is read: its first
    ``HEAD_WINDOW_WORDS`` words and ``HEAD_STOP_REACH`` characters more, where a stop that
    begins in them still ends (not the whole rest of a long sentence for each figure)."""
    m = _WINDOW_WORDS.match(text, start, end)
    return end if m is None else min(end, m.end() + HEAD_STOP_REACH)


def _modified_person(
    haystack: str, best: tuple[int, str, int], found: dict[str, tuple[int, int]]
) -> tuple[int, str, int]:
    """The worker or people noun right after a singular thing noun that modifies it
    ("3,000 North Korean building workers"); else ``best``."""
    if haystack[best[0] : best[2]].lower().endswith("s"):
        return best
    for name in ("worker", "people"):
        span = found.get(name)
        if span and span[0] > best[2] and not haystack[best[2] : span[0]].strip():
            return span[0], name, span[1]
    return best


def _head(
    text: str, start: int, end: int, cues: Cues, classes: list[tuple[str, re.Pattern[str]]]
) -> tuple[str | None, int]:
    """The class of the first counted noun after a figure, and where it ends; ``classes``
    from :func:`_noun_classes` (lower-cased ones when the text is :func:`caseless_lower`)."""
    window = text[start : _head_reach(text, start, end)]
    stop = _grammar(cues.language).head_stop.search(window)
    if stop:
        window = window[: stop.start()]
    words = window.split()
    window = " ".join(words[:HEAD_WINDOW_WORDS]) if words else ""
    haystack = window if classes[0][1] is cues.military else window.lower()
    best: tuple[int, str, int] | None = None
    found: dict[str, tuple[int, int]] = {}
    for name, rx in classes:
        m = rx.search(haystack)
        if m:
            found[name] = (m.start(), m.end())
            # at one start the longer noun reads the phrase ("military builders" over "military")
            if best is None or (m.start(), -m.end()) < (best[0], -best[2]):
                best = (m.start(), name, m.end())
    if best is None:
        return None, start
    thing = found.get("thing")
    if (
        thing
        and best[1] in ("worker", "people")
        and not haystack[best[2] - 1 : best[2]].lower().endswith("s")
        and not haystack[best[2] : thing[0]].strip()
    ):
        best = (thing[0], "thing", thing[1])  # "labor compounds": a singular noun modifies
    elif thing and best[1] == "thing":
        best = _modified_person(haystack, best, found)  # "building workers"
    # offset back into the text: find the matched words after `start`
    idx = text.find(window[best[0] : best[2]], start)
    return best[1], (idx + best[2] - best[0]) if idx >= 0 else start


class CountFinder:
    """Applies the count rules to the figures of one sentence."""

    def __init__(self, view: DocView, cues: Cues) -> None:
        self.view = view
        self.cues = cues
        self.g = _grammar(cues.language)
        self.relative_work = _relative_work(cues.language)
        self.member = _member(cues.language)
        self._low = caseless_lower(view.text)
        self.nouns = _noun_classes(cues, self._low is not None)
        self.military = self.nouns[0][1]  # lower-cased with the noun classes, or not
        self._lowered_military = self.military is not cues.military
        self.rules = _rules(cues.language)
        self._not_workers: dict[float, list[int]] | None = None
        self._speaks: dict[int, bool] = {}  # sentence index -> names workers or people
        self._counted: set[int] = set()  # sentences with worker figures found so far
        self._counted_values: set[float] = set()  # values of the worker figures found so far
        self._denied: set[float] = set()  # values a sentence so far denied or withdrew
        self._asks: dict[int, re.Match[str] | None] = {}  # sentence -> its question
        self._denials: dict[int, bool] = {}  # sentence -> denies what came before
        self._people_of = people_of(cues.language)  # "citizens of (Uzbekistan)"
        self._origin_link = origin_link(cues.language)  # "6,000 from (Uzbekistan)"
        # pre-tests of the cue patterns anchored at a figure (the language's own cues only)
        self.ends = _ends(cues.language) if cues is cues_of(cues.language) else _NO_ENDS
        self._of_ends = _ends(cues.language).of  # the grammar's "... of" patterns
        self._folds: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}  # _has
        self._needle_index: dict[int, tuple[tuple[str, ...], NeedleIndex]] = {}  # _last_needle
        (
            self._denial_words,
            self._asker_words,
            self._conditional_words,
            self._distributive_words,
        ) = _spoken_needles(cues.language)

    def _has(self, rx: re.Pattern[str], start: int, end: int, within: bool = False) -> bool:
        """Does ``rx`` (re.IGNORECASE) match ``text[start:end]`` (``within``: ``text``
        between those positions, its context seen)? On the lower-cased text with the
        lower-cased pattern when they find the same (several times faster)."""
        text, low = self.view.text, self._low
        if low is not None:
            # the folded pattern, looked up once per pattern and document (keyed by identity,
            # the pattern kept to check it: a Pattern's own hash goes over its whole code)
            fold = self._folds.get(id(rx))
            if fold is None or fold[0] is not rx:
                fold = self._folds[id(rx)] = (rx, folded(rx))
            if fold[1] is not None:
                text, rx = low, fold[1]
        found = rx.search(text, start, end) if within else rx.search(text[start:end])
        return found is not None

    def _military_in(self, span: str) -> re.Match[str] | None:
        """The first soldier word of ``span`` (the pattern may be the lower-cased one)."""
        return self.military.search(span.lower() if self._lowered_military else span)

    def _names_workers(self, start: int, end: int) -> bool:
        """Does ``text[start:end]`` name workers or people?"""
        return self._has(self.cues.worker_nouns, start, end) or self._has(
            self.cues.people_nouns, start, end
        )

    def _about_workers(self, sv: SentenceView) -> bool:
        """Does this sentence or one of the two before it (or of the four before it in its
        paragraph) speak of workers or people?"""
        sentences = self.view.sentences
        paragraph = sv.sentence.paragraph
        j, back = sv.index + 1, -1
        while back < ABOUT_WORKERS_REACH - 1 and j > 0:
            j -= 1
            s = sentences[j]
            if j < sv.index and self._list_line(s):
                paragraph = s.sentence.paragraph
                continue  # the lines of a list ("Russia — 20,000 to 30,000") read as one
            back += 1
            if back > 2 and s.sentence.paragraph != paragraph:
                break
            if self._sentence_names_workers(j) or j in self._counted:
                return True  # a sentence of worker figures speaks of them too
        return False

    def _sentence_names_workers(self, j: int) -> bool:
        """Does sentence ``j`` name workers or people (cached per sentence)?"""
        speaks = self._speaks.get(j)
        if speaks is None:
            s = self.view.sentences[j]
            speaks = self._speaks[j] = self._names_workers(s.start, s.end)
        return speaks

    def _list_line(self, sv: SentenceView) -> bool:
        """Is the sentence one line of a list, a place and a figure ("Laos — about 1,000",
        "China: 50,000")?"""
        qs = [q for q in sv.quantities if q.unit == "count"]
        return (
            len(qs) == 1
            and bool(sv.places)
            and sv.places[0].start == sv.start
            and ends_list_item(self.view.text, sv, qs[0], quoted=True)
            and self.g.list_gap.fullmatch(self.view.text, sv.places[0].end, qs[0].start) is not None
        )

    def _series_line(self, sv: SentenceView) -> bool:
        """Is the sentence one line of a year series, "2019: 29,000"?"""
        qs = sv.quantities
        if len(qs) != 2 or qs[0].unit != "year" or qs[1].unit != "count":
            return False
        text = self.view.text
        return (
            not text[sv.start : qs[0].start].strip()
            and text[qs[0].end : qs[1].start].strip() in SERIES_MARKS
            and text[qs[1].end : sv.end].strip() in ("", ".")
        )

    def _series_item(self, sv: SentenceView, q: Quantity) -> bool:
        """A figure of a year series whose header line names workers ("DPRK nationals
        working in the Russian Federation // 2019: 29,000 // 2020: 11,400")."""
        if not self._series_line(sv):
            return False
        j = sv.index - 1
        while j >= 0 and self._series_line(self.view.sentences[j]):
            j -= 1
        if j < 0:
            return False
        s = self.view.sentences[j]
        return not self._military_in(self.view.sentence_text(s)) and self._names_workers(
            s.start, s.end
        )

    def _south_korean_owner(self, sv: SentenceView, q: Quantity, clause_lo: int) -> bool:
        """Does a South Korean name own the clause before the figure, with no DPRK name in
        the sentence (a Seoul body's staff)?"""
        if any(p.kind == "dprk" for p in sv.places):
            return False
        return any(
            clause_lo <= p.start
            and p.end <= q.start
            and SOUTH_KOREA in p.codes
            # not "South Korean intelligence spoke of about 100,000 workers": a speaker
            and not self.cues.speech_verbs.search(self.view.text, p.end, q.start)
            for p in sv.places
        )

    def _dprk_owner_before(self, sv: SentenceView, q: Quantity) -> bool:
        """Is a DPRK name in the possessive right before the figure ("North Korea's 26
        million people")?"""
        text = self.view.text
        return any(
            p.kind == "dprk" and self.g.possessive_gap.fullmatch(text, p.end, q.start)
            for p in sv.places
            if p.end <= q.start
        )

    def _workers_among_things(self, sv: SentenceView, q: Quantity) -> bool:
        """ "180 passengers, including 60 North Korean workers": DPRK workers counted among
        a whole that is no workforce (its noun is a thing, "passengers")."""
        text = self.view.text
        earlier = [o for o in sv.quantities if o.unit == "count" and o.end <= q.start]
        if not earlier or not _dprk_right_after(sv, q):
            return False
        o = earlier[-1]
        whole, _ = _head(text, o.core_end, sv.end, self.cues, self.nouns)
        head, _ = _head(text, q.core_end, sv.end, self.cues, self.nouns)
        return whole == "thing" and head == "worker"

    def _no_dprk_near(self, sv: SentenceView) -> bool:
        """Do this sentence and the one before it name no DPRK?"""
        return not any(
            p.kind == "dprk"
            for s in self.view.sentences[max(0, sv.index - 1) : sv.index + 1]
            for p in s.places
        )

    def _workers_named(self, sv: SentenceView) -> bool:
        """Does this sentence or the one before it name workers (not only people)?"""
        lo = self.view.sentences[max(0, sv.index - 1)].start
        return bool(self.cues.worker_nouns.search(self.view.text, lo, sv.end))

    def _headline_names_workers(self, sv: SentenceView) -> bool:
        """Does the article's first line (its headline) name workers, a level's topic ("How
        many North Koreans work in Russia? ... puts the number at about 15,000")?"""
        first = self.view.sentences[0]
        if first.sentence.paragraph == sv.sentence.paragraph:
            return False
        return self._sentence_names_workers(0)

    def _after_level_verb(self, sv: SentenceView, q: Quantity, clause_lo: int) -> bool:
        """ "the workforce shrank from 34,000 to 11,000", "put the number ... at thousands"."""
        # a quote mark is transparent: 'number "in the tens of thousands"'
        before = self.view.text[clause_lo : q.start].translate(_QUOTES_BLANK)
        lead = before.lstrip(" ,-–—")
        # what opens the sentence before the participle: nothing, or a dateline ("MINSK -")
        opening = (self.view.text[sv.start : clause_lo] + before[: len(before) - len(lead)]).strip(
            " ,-–—"
        )
        if (
            lead.strip()
            and (not opening or opening.isupper())
            and self._participle_level(lead)
            and q.core_end < sv.end - 1
        ):
            # "Numbering around 250, the North Korean builders on the estate work in three
            # shifts": a fronted participle, its subject the clause after the figure
            return self._names_workers(q.core_end, sv.clause_of(min(q.core_end + 2, sv.end - 1))[1])
        verb = next(  # "workers number about", not the noun of "the number of"
            (
                m
                for m in self.cues.level_verbs.finditer(before)
                if not self.g.definite.search(before, 0, m.start())
                and not self.g.owned.search(before, 0, m.start())  # "put their number at"
            ),
            None,
        )
        if not verb and self.g.quota_level.search(before):
            # "Quotas for 2026 allow for up to 4,000" after a sentence of the workers
            return not self._foreign_only(sv, clause_lo, q.start) and self._about_workers(sv)
        if not verb:
            at = self.g.number_at.search(before)
            if at and (
                self.g.possessive.match(at.group(0)) or self.g.relative_owner.match(at.group(0))
            ):
                # "Tajik migrants ...: their number grew from 40,000 ... to 55,000"
                return (
                    not self._foreign_only(sv, sv.start, q.start)
                    and not self._military_antecedent(sv, q)
                    and self._about_workers(sv)
                )
            if at:
                return self._about_workers(sv) or self._headline_names_workers(sv)
            # "put North Korean workers in Russia at 30,000": the workers are the object
            estimate = self.g.estimate_at.search(before) if before.endswith(" ") else None
            if estimate is None:
                return False
            obj = estimate.group("object")
            if self.g.agent_object.match(obj):
                # "North Korea's workforce in Russia, put by Seoul at around 15,000": a
                # participle's agent, the estimated noun phrase before it
                obj = self.view.text[sv.start : clause_lo + estimate.start()]
            # "puts the remaining North Koreans at fewer than 50" after a sentence of workers
            return bool(
                self.cues.worker_nouns.search(obj)
                or (self.cues.people_nouns.search(obj) and self._about_workers(sv))
            )
        lo, hi = clause_lo, clause_lo + verb.start()
        if not before[: verb.start()].strip(" ,;-"):  # ", down from 33": the clause before
            lo, hi = sv.start, clause_lo
        elif self.g.relative_subject.fullmatch(before[: verb.start()]):
            lo = sv.start  # "North Koreans, who numbered about 1,200": the antecedent
        subject_lo, subject = lo, self.view.text[lo:hi]
        number = self.g.number_subject.search(subject)
        if self.g.possessive.search(subject):
            lo = sv.start  # "their number": whose is said before it
        elif number:
            # "After the Soviet collapse the number fell to about 5,000": an opening phrase
            # with no comma is not the subject's owner
            lo = subject_lo + number.start()
        if self._foreign_only(sv, lo, hi):
            return False  # "Tajik migrants ...: their number grew from 40,000"
        if (
            self.g.mixed_workforce.search(subject)
            and not self._dprk_between(sv, subject_lo, hi)
            and self._dprk_between(sv, q.end, sv.end)
        ):
            # "Foreign nationals employed in Mongolia numbered 23,400, among them ... 12 DPRK
            # nationals": the mixed whole, its DPRK part after it
            return False
        return bool(
            self._names_workers(subject_lo, hi)
            or (number and self._about_workers(sv))
            # "Qatar went from 3,500 in 2015 to zero": a host alone as the level's subject
            or (self._host_subject(sv, subject_lo, hi) and self._about_workers(sv))
            # "... about 50,000 work in China today. That is down from some 70,000 in 2017."
            # "Those in Russia alone may number 20,000" after a sentence on the workers
            or (bool(self.g.located_pronoun.match(subject)) and self._about_workers(sv))
            # "North Korean staff run three restaurants ... They number 80": a plural pronoun
            # counted by a verb of number, the group of the sentence before
            or (
                bool(self.g.group_pronoun.fullmatch(before))
                and sv.index > 0
                and self._sentence_names_workers(sv.index - 1)
            )
            # "... misstated the number employed at a shipyard in Gdynia. It was 56": "the
            # number" of workers named in the sentence before
            or (
                bool(self.g.pronoun_subject.fullmatch(subject))
                and sv.index > 0
                and self._sentence_names_workers(sv.index - 1)
                and self._figure_before(self.view.sentences[sv.index - 1])
            )
        )

    def _participle_level(self, lead: str) -> bool:
        """Is ``lead`` (a clause up to its figure) a participle of level alone ("numbering
        no more than"), a clause on the subject of the clause before?"""
        return lead[:12].split(" ", 1)[0].lower().endswith("ing") and bool(
            self.cues.level_verbs.fullmatch(lead)
        )

    def _figure_before(self, s: SentenceView) -> bool:
        """Does sentence ``s`` state a figure or name one ("the number employed")?"""
        return any(o.unit == "count" for o in s.quantities) or bool(
            self.g.number_subject.search(self.view.text, s.start, s.end)
        )

    def _member_before(self, sv: SentenceView, q: Quantity) -> bool:
        """Does a member word ("including", "of whom") stand before the figure in its
        sentence, other than one opening a list of places ("in eight countries, including
        Uganda and Tanzania, with about 400 doctors")?"""
        if not self._has(self.cues.member_before, sv.start, q.start):
            return False
        end = (
            sv.start
            + [*self.cues.member_before.finditer(self.view.text[sv.start : q.start])][-1].end()
        )
        if self.g.relative.search(self.view.text, end, q.start):
            return False  # "including the Chinyong company, which has sent about 150 workers"
        if any(o.unit == "money" and end <= o.start < q.start for o in sv.quantities):
            # "including $1 billion a year from the roughly 40,000 workers": the member is
            # the amount, the figure is its source
            return False
        there = self.g.existential.search(self.view.text, end, q.start)
        if there and not self.view.text[end : there.start()].strip():
            return False  # "holders of work permits, of whom there were 236": the group's size
        if not any(p.kind in _PLACE_EXAMPLE_KINDS and p.end <= q.start for p in sv.places):
            return True
        return not any(
            p.kind in _PLACE_EXAMPLE_KINDS and 0 <= p.start - end <= 5 for p in sv.places
        )

    def _part_named_workers(self, sv: SentenceView, q: Quantity) -> int:
        """The end of the worker noun that names a member figure workers ("passengers 96,
        of whom 88 declared as North Korean construction workers", "including 40 listed as
        workers") when no larger figure before it counted the group as workers, else 0."""
        named = self.rules.part_named.match(self.view.text, q.core_end, sv.end)
        if named is None or not self._member_before(sv, q):
            return 0  # the anchored match first: it fails on almost every figure
        return 0 if self._counted_workers_before(sv, q) else named.end()

    def _working_part_of_entries(
        self, sv: SentenceView, q: Quantity, clause_lo: int, clause_hi: int
    ) -> bool:
        """Is the figure the working part of a group counted by its entries ("30,023 DPRK
        nationals recorded as entering, of whom 20,000 or more were working"): its clause
        speaks of work, the sentence before it of entries and of no work?"""
        text = self.view.text
        return (
            self.rules.work.search(text, q.core_end, clause_hi) is not None
            and self.cues.entry_predicates.search(text, sv.start, clause_lo) is not None
            and self.rules.work.search(text, sv.start, clause_lo) is None
        )

    def _host_subject(self, sv: SentenceView, lo: int, hi: int) -> bool:
        """Is the span (a level's subject) one country's name and nothing else?"""
        span = self.view.text[lo:hi].strip(" ,")
        return any(
            p.kind == "country" and lo <= p.start and p.end <= hi and p.text == span
            for p in sv.places
        )

    def _military_antecedent(self, sv: SentenceView, q: Quantity) -> bool:
        """Do soldiers come before any workers in the text just before "their number"
        ("soldiers disguised as construction workers ... It put their number at 3,000")?"""
        lo = self.view.sentences[max(0, sv.index - 1)].start
        body = self.view.text[lo : q.start]
        soldiers = self._military_in(body)
        workers = self.cues.worker_nouns.search(body)
        if soldiers is None:
            return False
        return workers is None or soldiers.start() < workers.start()

    def _number_of_workers(self, body: str, m: re.Match[str] | None) -> bool:
        """Does "the number of" (``m``, found in the sentence ``body``) count workers or
        people (a noun of them within its next six words)?"""
        if not m:
            return False
        tail = " ".join(body[m.end() :].split()[:6])
        return bool(self.cues.worker_nouns.search(tail) or self.cues.people_nouns.search(tail))

    def _place_right_after(self, sv: SentenceView, pos: int) -> bool:
        for p in sv.places:
            if p.start >= pos and p.start - pos < 60 and p.kind not in ("dprk",):
                # a quoted figure's closing quote first: '"several hundred" in Guinea'
                between = self.view.text[pos : p.start].lstrip(_CLOSING_QUOTES)
                if self.cues.place_after_figure.match(between) or (
                    p.kind == "abroad" and not between.strip()
                ):
                    return True
        return False

    def _place_right_before(self, sv: SentenceView, q: Quantity) -> bool:
        text = self.view.text
        for p in sv.places:
            if p.end <= q.start and q.start - p.end < 40 and p.kind != "dprk":
                between = text[p.end : q.start]
                if between == " " and text[q.start : q.end] in word_set(
                    self.cues.language, "place_name_numbers"
                ):
                    continue  # "Kamchatka 24", "France 24": a news channel's name
                if between.strip(QUOTES_AND_SPACES) in ("(", "", ":"):
                    return True  # "China (50,000)", "Southeast Asia 700", "Russia: 12,000"
                if self._dash_line_item(sv, q, p, between):
                    return True  # a line of a list, "Laos — about 1,000" (dashes normalised)
                if between == ", " and ends_list_item(text, sv, q, quoted=True):
                    return True  # "as follows: Kuwait, 1,450; Qatar, 800"
                receive = self.cues.receive_before_figure.search(between)
                if receive and between.count(",") == 0 and receive.start() <= 30:
                    return True
                if self._gapped_receive(sv, p, between):
                    return True  # "Russia accounts for 38,000 ...; China for 20,000"
        return False

    def _dash_line_item(self, sv: SentenceView, q: Quantity, p: PlaceMention, between: str) -> bool:
        """Is the figure the item of a line "PLACE - FIGURE" that ends there, or goes on with
        an aside or a verb of its own and no other figure ("China - between 20,000 and 50,000,
        in seafood, garments and IT.", "Middle East - fewer than 100 believed left, ...")?"""
        text = self.view.text
        if between.strip(QUOTES_AND_SPACES) != "-" or p.start != sv.start:
            return False
        if ends_list_item(text, sv, q, quoted=True):
            return True
        return (
            (not p.dateline)
            and (
                text.startswith(",", q.core_end)
                or self.cues.bare_verbs.match(text[q.end : sv.end]) is not None
            )
            and not any(o.unit == "count" and o.start > q.core_end for o in sv.quantities)
        )

    def _gapped_receive(self, sv: SentenceView, p: PlaceMention, between: str) -> bool:
        """Is ``between`` (a place to its figure) the last word of a receiving verb used
        earlier in the sentence, the verb left out ("Russia accounts for 38,000; China for
        20,000")?"""
        word = between.strip()
        if not word.isalpha():
            return False
        text = self.view.text
        for o in sv.quantities:
            if o.start >= p.start:
                break
            receive = self.cues.receive_before_figure.search(
                text[max(sv.start, o.start - 30) : o.start]
            )
            if (
                receive
                and receive.group(0).split()[-1].lower() == word.lower()
                and " " in receive.group(0).strip()
            ):
                return True
        return False

    def _earned(self, sv: SentenceView, q: Quantity) -> bool:
        """Does an earning verb or noun stand right before the figure, at most two words
        away in its clause ("earns hundreds of millions", "revenue of tens of millions")?"""
        lo = max(sv.clause_of(q.core_start)[0], q.start - 40)
        last = None
        for m in self.cues.revenue.finditer(self.view.text, lo, q.start):
            last = m
        if last is None:
            return False
        gap = self.view.text[last.end() : q.start]
        return not any(c in gap for c in ",;.:") and len(gap.split()) <= 2

    def find(self, sv: SentenceView) -> list[Count]:
        text, cues = self.view.text, self.cues
        out: list[Count] = []
        number_of = None
        numbered: re.Match[str] | None = None  # "the number of" in the sentence, once found
        things_before = False
        foreign_at: Quantity | None = None
        sentence = text[sv.start : sv.end]
        unasserted = self._unasserted(sv, sentence)
        for q in sv.quantities:
            if q.unit != "count":
                continue
            small = q.qualifier != "vague" and q.value < MIN_EXACT_COUNT
            if (small and q.value < 2) or self.g.ordinal.match(text, q.core_end):
                continue  # "the 313th General Bureau"
            if self.g.modifier_compound.match(text, q.core_end):
                continue  # "an 11-country monitoring team", "14-hour days"
            if _clock_time(text, q):
                continue  # "10:42 - The governor says": a time of day
            if text[q.start - 1 : q.start] == "[" and text[q.core_end : q.core_end + 1] == "]":
                continue  # "documented shifts of up to 16 hours.[18]": a footnote's mark
            if self.rules.partitive_whole.search(
                text, max(sv.start, q.start - 12), q.start
            ) and self._uncounted_whole(sv, q.start):
                continue  # "10,000 of the 13,000": a whole stated before and not counted
            if (
                q.high is not None
                and q.high <= MAX_AGE
                and self.rules.age_after_noun.search(text, max(sv.start, q.start - 30), q.start)
            ):
                continue  # "candidates must be married men between 30 and 45": ages
            if q.value <= MAX_AGE and self._age(sv, q):
                continue  # "the company's director, who is 52", "a former foreman, 58, told"
            if q.value >= EARNED_SCALE and self._earned(sv, q):
                continue  # "earns hundreds of millions from its workers": money, no people
            lo = max(sv.start, q.start - 40)
            before = text[lo : q.start]
            # the ends_with tests only spare the searches of patterns that cannot match
            ends, ending = self.ends, tail_of(before)
            group_size = (
                cues.group_size_before.search(before) if ends_with(ending, ends.of) else None
            )
            whole = (
                group_size is not None
                and self._whole_group(before, group_size)
                and bool(self.g.moving_group.match(group_size.group(0)))
            )
            if (
                (
                    ends_with(ending, ends.unit_size)
                    and self._has(cues.unit_size_before, lo, q.start)
                )
                or (
                    ends_with(ending, ends.not_dprk)
                    and self._has(cues.not_dprk_before, lo, q.start)
                )
                or (group_size and not self._whole_group(before, group_size))
            ):
                continue
            clause_lo, clause_hi = sv.clause_of(q.core_start)
            if self._host_whole(sv, q, lo, clause_hi):
                continue  # "among the city's 300,000 factory workers"
            # "a workforce of 5,000" (read twice below)
            workforce = may_end_with(text[clause_lo : q.start], self._of_ends) and self._has(
                self.g.workforce_of, clause_lo, q.start, within=True
            )
            if (
                workforce
                and self._foreign_only(sv, max(clause_lo, q.start - 60), q.start)
                # not "in the Cambodian capital with a staff of about 45 North Koreans"
                and not _dprk_right_after(sv, q)
            ):
                continue  # "the emirate's Indian workforce of more than a million"
            after = text[q.core_end : sv.end]
            if self._has(cues.scene_before, clause_lo, q.start, within=True):
                continue  # "A photograph shows 30 workers boarding a bus"
            if self._last_needle(self._distributive_words, clause_lo, q.start) >= clause_lo and (
                self.rules.distributive.search(text, clause_lo, q.start)
                or self.rules.floating.search(text, clause_lo, q.start)
            ):
                continue  # "Each team in Russia consists of roughly 30 workers"
            if (
                not small
                and self._first_person(sv, q)
                # "There were 120 of us at the camp ..., and ... could still work a full shift",
                # "... was sent to work in Kuwait. 'Of the 200 of us who went ...'"
                and (
                    self._about_workers(sv)
                    or self.rules.work.search(
                        text, self.view.sentences[max(0, sv.index - 1)].start, sv.end
                    )
                )
            ):
                out.append(Count(q, "people", q.core_end))  # "There were 300 of us in Tynda"
                continue
            partitive = cues.partitive_after.match(after)
            if partitive and (
                self._interviewees(sv, q)
                or self.rules.interview.match(
                    text, _skip_space(text, q.core_end + partitive.end(), sv.end)
                )
            ):
                continue  # "A survey of 120 defectors ... 40 of them had worked in Russia",
                # "Twelve of the interviewees had worked in Qatar"
            if partitive:
                count = self._partitive(sv, q, partitive.end())
                if count and not (small and not self._dprk_between(sv, q.core_end, count.head_end)):
                    out.append(count)
                continue
            dprk = self._dprk_predicate(sv, q)
            if dprk is not None:
                out.append(Count(q, "people", dprk))  # "about 600 are North Koreans"
                continue
            if len(sv.quantities) > 1 and self._dprk_item(sv, q) and self._about_workers(sv):
                out.append(Count(q, "bare", q.core_end))  # "250 Indonesian and 150 North
                continue  # Korean", "Tajiks with 2,500 and North Koreans with 1,200"
            if (
                self._dprk_colon_before(sv, q) or self._dprk_workers_colon(sv, q, after)
            ) and self._about_workers(sv):
                out.append(Count(q, "bare", q.core_end))  # "were North Koreans: about 2,800"
                continue
            apposed = self.rules.apposed_total_before.search(
                text, max(sv.start, q.start - 90), q.start
            )
            if (
                apposed
                and (
                    self.rules.apposed_total_after.match(text, q.core_end, sv.end)
                    or (
                        apposed.group("paren") is not None
                        and self.rules.apposed_paren_after.match(text, q.core_end, sv.end)
                    )
                )
                and self._dprk_between(sv, max(sv.start, q.start - 90), q.start)
            ):
                # not "Workers from Pyongyang, some 2,000 in all, toil at the port of Nampo": a
                # DPRK name after the total puts them at home
                if not self._excluded(
                    sv, (sv.start, sv.end), "bare", q.core_end, q.core_end
                ) and not self._dprk_after(sv, q):
                    out.append(Count(q, "bare", q.core_end))  # "North Korean workers, 410 in all"
                continue
            if (
                self._has(self.g.member_of, lo, q.start)
                and self._counted_before(sv, q)
                and not self._place_right_after(sv, q.core_end)
            ):
                continue  # "None of the 20 workers interviewed" after "1,800 workers"
            fronted = self._fronted(sv, q)  # "Of those, " before the figure
            if fronted and self._part_of_excluded(sv, fronted):
                continue  # "Of the 196 who reached the South, 38 had worked abroad"
            if fronted and self._fronted_split(sv, q):
                out.append(Count(q, "bare", q.core_end))
                continue
            if fronted and self._fronted_member(sv, q, fronted):
                continue  # "Of those, roughly 200 work at the airport"
            whom = self.g.whom_part.match(after)
            if whom and self._new_place_after(sv, q):
                out.append(Count(q, "bare", q.core_end + whom.end()))
                continue  # "..., about 300 of whom work in Hai Phong": split by place
            if cues.unit_size_after.match(after) or cues.at_home.match(after.lstrip()):
                continue
            named = self._part_named_workers(sv, q)
            if named:
                out.append(Count(q, "worker", named))  # "passengers 96, of whom 88 declared
                continue  # as North Korean construction workers"
            if (
                self._member_before(sv, q)
                and not self._working_part_of_entries(sv, q, clause_lo, clause_hi)
                and not self._place_right_after(sv, q.core_end)
                and not self._dprk_part_of_mixed(sv, q)
                and not self._dprk_part_of_uncounted(sv, q)
                and not self._workers_among_things(sv, q)
                and not self.rules.member_status_split.match(text, q.core_end)
            ):
                continue
            if self.g.member_lead.match(after) and self.rules.non_work_group.search(
                " ".join(after.split()[:HEAD_WINDOW_WORDS])
            ):
                continue  # "The 25-member North Korean women's football team"
            if (
                self.g.postposed_size.match(after)
                and (
                    self._names_workers(sv.start, q.start)
                    or (
                        self.g.collective_people.search(text, sv.start, q.start) is not None
                        and self._dprk_between(sv, sv.start, q.start)
                        and self._about_workers(sv)
                    )
                )
                and not self._foreign_only(sv, sv.start, q.start)
            ):
                # "The city's North Korean community, some 4,000 strong and almost all of them
                # building workers": a size set after the group it measures
                out.append(Count(q, "bare", q.core_end))
                continue
            member = self.member.match(after)
            if member and not member.group(0).lower().endswith("s"):
                out.append(Count(q, "group", q.core_end + member.end()))
                continue
            if workforce and (
                self._dprk_between(sv, max(clause_lo, q.start - 60), q.start)
                # "The branch of the Pyongyang chain, which reopened in 2023, has a staff of 20"
                or self._dprk_between(sv, sv.start, clause_lo)
            ):
                out.append(Count(q, "worker", q.core_end))  # "a North Korean workforce of 5,000"
                continue
            if self._series_item(sv, q):
                out.append(Count(q, "bare", q.core_end))  # "2019: 29,000" under a header
                continue
            at = self._hedged_pair_end(sv, q) if q.vague else q.core_end
            # after a hedged pair its comma goes first: "hundreds, perhaps thousands, of"
            tail = text[at : sv.end].removeprefix(",") if at != q.core_end else text[at : sv.end]
            lead = self.g.of_lead.match(tail) if q.vague else None
            skip = len(text[at : sv.end]) - len(tail) + (lead.end() if lead else 0)
            # a duration's noun is its own ("fallen to about 500 from 1,200 two years ago")
            reach = min(
                (o.start for o in sv.quantities if o.unit == "duration" and o.start >= at + skip),
                default=sv.end,
            )
            head, head_end = _head(text, at + skip, reach, cues, self.nouns)
            if head is None and _figure_label(text, q):
                # "1,500: workers sent to China in January": a figure as a line's label
                head, head_end = _head(text, q.core_end + 1, sv.end, cues, self.nouns)
            if head is None:
                closing = _ASIDE_CLOSE.match(text, q.core_end, sv.end)
                if closing and _ASIDE_OPEN.search(text, sv.start, q.start):
                    # "Four thousand - sorry, 4,400 - North Korean workers left": the noun
                    # after the dash that closes the aside the figure ends
                    head, head_end = _head(text, closing.end(), sv.end, cues, self.nouns)
            if head is None:
                head, head_end = self._agent_head(sv, q.core_end, head_end)
            if head == "worker" and (
                self.rules.unit_plural.search(text, q.core_end, head_end)
                or self.rules.group_units_of.match(text, q.core_end)
            ):
                continue  # "he had placed 12 crews this year", "Two brigades of": groups
            if head in ("military", "thing"):
                # "43 restaurants ...: 31 in China" elides its noun; not "in 10 countries:
                # Russia (around 20,000)", where the places are the list's items
                things_before = things_before or not self.g.place_count_noun.search(
                    text, q.core_end, head_end
                )
                continue
            if head is None and whole and self._about_workers(sv):
                # "A second group of about 250 followed": the group noun is the head
                if not self._excluded(sv, (clause_lo, clause_hi), "bare", q.core_end, q.core_end):
                    out.append(Count(q, "group", q.core_end))
                continue
            if small and not (
                head in ("worker", "people") and self._dprk_between(sv, q.core_end, head_end)
            ):
                continue  # a handful of individuals, unless "9 North Korean workers"
            if (
                head != "worker"
                and ends_with(ending, ends.population)
                and self._has(cues.population_before, lo, q.start)
            ):
                continue  # "a city home to 600,000 people"
            if head in ("worker", "people") and self.rules.non_agent_listed.search(
                text, q.core_end, head_end
            ):
                continue  # "about 40 diplomats and staff"
            if (
                head in ("worker", "people")
                and self.rules.companion_head.match(text, q.core_end, head_end)
                and self.rules.companions_before.search(before)
            ):
                continue  # "60 athletes and 25 coaches": the staff of a group of non-workers
            if (
                head in ("worker", "people")
                and self.rules.own_staff.search(text, lo, q.start)
                and self.rules.own_staff_noun.match(text, q.core_end, sv.end)
                and not self._dprk_between(sv, q.start, clause_hi)
            ):
                continue  # "Our 15 field staff documented the departures": the writer's staff
            if (
                head == "worker"
                and self.rules.staff_with.search(text, lo, q.start)
                and self.rules.staff_with_noun.match(text, q.core_end, sv.end)
                and not any(p.kind == "dprk" for p in sv.places)
            ):
                continue  # "The former Hyundai plant ... restarted production ... with 1,100
                # staff": an employer's staff, in a sentence naming no DPRK
            if head in ("worker", "people") and self._headcount(sv, q, clause_hi):
                continue  # "The Gdynia yard now employs 1,400 workers": its whole staff
            if (
                head in ("worker", "people")
                and self.rules.own.search(text, q.core_end, head_end)
                and self._foreign_only(sv, clause_lo, q.start)
            ):
                continue  # "Chinese contractors brought in 40,000 of their own workers"
            if (
                head in ("worker", "people")
                and self.rules.speaker_own.search(text, q.core_end, head_end)
                and self._foreign_speaker(sv, head_end)
            ):
                continue  # '"We have about 300 of our own people here," a Chinese manager said'
            if (
                head in ("worker", "people")
                and not self._dprk_between(sv, q.core_end, clause_hi)
                and self._foreign_sender(sv, q, clause_lo)
            ):
                foreign_at = q  # its elided noun stays another country's people
                continue  # "Uzbekistan alone sent 1.1 million citizens", "Nepal has 3.5 million"
            if head in ("worker", "people") and self.g.many_nations.match(text, head_end, sv.end):
                continue  # "4,300 foreign nationals of various nationalities"
            if head == "people" and (
                self.rules.things_listed.match(text, head_end, sv.end)
                or (
                    self.rules.after_things.search(before)
                    and not self._dprk_between(sv, q.core_end, head_end)
                )
            ):
                continue  # "2,500 individuals and entities", "12 entities and 30 individuals"
            if head in ("worker", "people") and self._south_korean_owner(sv, q, clause_lo):
                continue  # "Seoul's unification ministry has ... 600 staff"
            if (
                head == "people"
                and self.rules.residing.match(text, head_end)
                and not self._dprk_between(sv, q.core_end, head_end)
            ):
                continue  # "About 1.1 million people live in the region"
            if head == "people" and (
                self._dprk_owner_before(sv, q)
                or self.rules.community.search(text, clause_lo, clause_hi)
            ):
                continue  # "North Korea's 26 million people", "live in Japan as ethnic Koreans"
            if head == "people" and (
                (
                    self._foreign_only(sv, clause_lo, q.start)
                    and not any(p.kind == "dprk" for p in sv.places)
                )
                or (  # "The Russian company, which employs 1,200 people ..., denied ..."
                    self._foreign_only(sv, sv.start, q.start)
                    and not any(p.kind == "dprk" and p.start < clause_hi for p in sv.places)
                )
            ):
                continue  # "The Russian company employs 4,500 people"
            share = cues.mixed_share_before.search(before) if head in ("worker", "people") else None
            if (
                share
                and not self._dprk_between(sv, q.core_end, head_end)
                # not "lost most of their North Korean staff to a new garment park, where
                # about 2,000 North Koreans now work": the share's clause ends before
                and not _clause_relative(cues.language).search(before, share.end())
            ):
                continue  # "half of the mill's 1,200 employees are from North Korea"
            if head is None and not q.vague and self._elided_worker(sv, q, before):
                # "another 1,200 came in", not "another 1,500 work from inside North Korea"
                if not self.rules.home_later.search(text, q.core_end, clause_hi):
                    out.append(Count(q, "bare", q.core_end))
                continue
            clause = text[clause_lo:clause_hi]
            if head in ("worker", "people"):
                if self._not_abroad(sv, q, head_end, (clause_lo, clause_hi)):
                    continue
                if (
                    not out
                    and self._more_of_left_out(sv, q)
                    and not self._dprk_between(sv, q.core_end, head_end)
                ):
                    continue  # "The yard's total workforce is about 14,000 ... it plans to
                    # hire 3,000 more people": more of the figure left out
                if self.rules.demand.search(before) and not self._dprk_between(
                    sv, q.core_end, head_end
                ):
                    continue  # "Russia's Far East needs 100,000 more workers by 2030"
                if self.g.mixed_workforce.search(text, q.core_end, head_end) and (
                    self._no_dprk_near(sv)
                    or self.g.part_of.search(text, max(sv.start, q.start - 40), q.start)
                    # "The ministry registered 9,000 foreign workers last year": a host's
                    # record of its foreign workforce, its sentence naming no DPRK
                    or (
                        self.rules.recorded.search(text, max(clause_lo, q.start - 30), q.start)
                        is not None
                        and not any(p.kind == "dprk" for p in sv.places)
                    )
                    # "quotas for 14,500 foreign workers: ..., 2,800 from North Korea"
                    or self._dprk_sibling(sv, q)
                ):
                    # "About 90,000 foreign migrant workers are employed in Primorye", "North
                    # Koreans made up 6% of the 40,000 foreign workers": a mixed whole
                    continue
                if self.rules.trailing.match(text, head_end):
                    continue  # "Earlier flights carried about 180 workers each"
                if self.g.known_group_after.match(text, head_end, sv.end) and self._counted_before(
                    sv, q
                ):
                    continue  # "12 nurses of the team": members of a group already counted
                if self._foreign(sv, q.core_end, head_end):
                    foreign_at = q  # "400,000 Nepali workers ..., and Bangladesh about 350,000"
                    continue
                if len(sv.quantities) > 1 and (
                    self._split_by_origin(sv, q, head_end) or self._others_item(sv, q)
                ):
                    continue  # "of 310 workers on site, 96 were citizens of the DPRK, 150
                    # citizens of Kyrgyzstan": the mixed whole and another nation's part
                if self._home_vessel_crew(sv, q, head_end) or self._ship_crew(sv, q, head_end):
                    continue  # "detains a North Korean freighter and its 19 sailors"
                if self._excluded(
                    sv, (clause_lo, clause_hi), "people" if small else head, q.core_end, head_end
                ):
                    continue
                out.append(Count(q, head, head_end))
                continue
            if self.rules.home_later.search(text, q.core_end, clause_hi):
                continue  # "hundreds more work remotely from inside North Korea"
            level = self._after_level_verb(sv, q, clause_lo)
            if q.vague and not level:
                if things_before and not out and self.g.more_after.match(after):
                    continue  # "200 passengers in cabins and several hundred more on deck"
                working = self.relative_work.match(after)  # "the thousands who work in ..."
                if (
                    (
                        (
                            working
                            or self.g.more_after.match(after)  # "hundreds more are expected"
                            or cues.bare_vague_verbs.search(text[clause_lo : q.start])
                            or (out and self._place_right_after(sv, q.core_end))  # elided head
                            or (  # "A few dozen remain in Qatar", '"thousands" were in the Urals'
                                cues.bare_verbs.match(after.lstrip(_CLOSING_QUOTES))
                                and self._place_right_after(
                                    sv, q.core_end + len(after) - len(after.lstrip(_CLOSING_QUOTES))
                                )
                            )
                            or (  # an answer: "AMB. LINDQVIST: Several hundred across Africa."
                                _FRAGMENT_LEAD.fullmatch(text, self._opening(sv), q.start)
                                is not None
                                and _FRAGMENT_PLACE.match(text, q.core_end, sv.end) is not None
                                and self._place_right_after(sv, q.core_end)
                            )
                            or (  # "Several thousand were sent home" after "workers"
                                self._split_by_status(sv, q) and self._workers_named(sv)
                            )
                            or self._arrived_as_workers(sv, q, after)
                            or (out and self.g.hedged_before.search(before))  # ", perhaps even"
                            # a line of a list: "Vietnam — several hundred", "China (several
                            # hundred), Russia (about 100)"
                            or (
                                self._place_right_before(sv, q)
                                and (
                                    ends_list_item(text, sv, q, quoted=True)
                                    or _BRACKET_CLOSE.match(text, q.core_end, sv.end) is not None
                                    # "LAOS, VIETNAM: several hundred, in restaurants"
                                    or _after_line_label(text, q)
                                    # "Africa - several hundred, in construction"
                                    or any(
                                        self._dash_line_item(sv, q, p, text[p.end : q.start])
                                        for p in sv.places
                                        if p.end <= q.start and p.kind != "dprk"
                                    )
                                )
                            )
                        )
                        and self._about_workers(sv)
                    )
                    or self._whole_answer(sv, q)
                ):
                    out.append(Count(q, "bare", q.core_end))  # "employing tens of thousands"
                continue  # "thousands" alone names nobody
            if number_of is None:
                numbered = cues.number_of.search(sentence)
                number_of = self._number_of_workers(sentence, numbered)
            if numbered and self._number_of_others(sv.start + numbered.end(), q.start):
                continue  # "the number of North Korean defectors ... fell to 160"
            scope = clause
            if level and not out and self.g.baseline.match(text, clause_lo, q.start):
                # the baseline of a figure left out: "12,775 North Koreans entered ...,
                # compared with 1,113" (not of "12,000 workers entered ..., up from 3,000")
                scope = text[sv.start : clause_hi]
            elif level and self._participle_level(text[clause_lo : q.start].lstrip(" ,")):
                # "The Korean citizens in Russia are students, trainees and members of
                # cultural delegations, numbering no more than 2,000": the level's subject is
                # the clause before it
                scope = text[sv.start : clause_hi]
            if number_of:
                m = numbered
                scope = f"{clause} {text[sv.start + m.start() : q.start]}" if m else clause
                if m and self._foreign_only(sv, sv.start + m.start(), q.start):
                    continue  # "The number of Chinese workers in Russia fell to 80,000"
            if level and self._others_subject(sv, clause_lo, q.start):
                continue  # "The quota for citizens of Uzbekistan and Tajikistan is 8,400"
            if self._others_relative(sv, clause_lo, q.start):
                continue  # "Ukrainians, who number about 1.5 million in Poland"
            origin = self._origin_before(sv, q)
            if origin is not None and origin.kind == "demonym":
                continue  # "Uzbek migrants ... numbered 300,000, and Tajiks about 120,000"
            if self._excluded(sv, (clause_lo, clause_hi), "bare", q.core_end, q.core_end, scope):
                continue
            if self.g.mixed_workforce.search(scope) and self._no_dprk_near(sv):
                continue  # "the number of foreign workers rose to 3.5 million"
            # "About half of them, or 50,000, were in China": read on after the second comma
            rest = (
                q.core_end + 1
                if after[:1] == ","
                and (self.g.apposed.search(before) or self.g.apposed_group.search(before))
                else q.core_end
            )
            placed = self._place_right_after(sv, rest) or self._place_right_before(sv, q)
            shaped = (
                bool(cues.bare_verbs.match(text[rest : sv.end]))
                # "of whom 20,000 or more were working": after the trailing qualifier
                or (q.end > rest and bool(cues.bare_verbs.match(text[q.end : sv.end])))
                # "Russia and China ... with an estimated 25,000 and 45,000 respectively"
                or bool(self.g.respective_after.match(after))
                # "sending the last 500 home": a return around the figure
                or (
                    bool(self.g.home_after.match(after))
                    and cues.dispatch_verbs.search(text, max(clause_lo, q.start - 25), q.start)
                    is not None
                )
                or bool(self.g.more_after.match(after))  # "A dozen more are expected"
                or (  # "the 2,000 or so there hand 70% to their managers"
                    bool(self.g.definite.search(before)) and bool(self.g.there_after.match(after))
                )
                or (  # "lower than the 100,000 commonly cited in media reports"
                    bool(self.g.definite.search(before)) and bool(self.g.cited_after.match(after))
                )
                # "The true figure - perhaps as many as 20,000 - may never be known"
                or bool(self.g.figure_aside.search(before))
                # "They join roughly 150 who stayed on": a relative clause of the workers' verb
                or bool(self.relative_work.match(after))
                # "more than double the 2019 figure of about 7,000": a figure named as one
                or bool(self.g.figure_named_before.search(before))
                or number_of
                or level
                or bool(self.g.combined.search(before))  # "with a combined 45,000 to 55,000"
                or (  # "North Korea once had about 2,500 there": its workers in the host
                    bool(self.g.there_after.match(after)) and self._dprk_receives(sv, q)
                )
                or (  # "diplomats estimated about 1,200 there": the sentence's country
                    bool(self.g.there_after.match(after))
                    and any(p.end <= q.start and p.kind in _HOST_KINDS for p in sv.places)
                )
                or bool(out)  # the head is elided: "5,000 workers ..., while 3,000 ..."
                or self._remnant_of_workers(sv, q, before)  # "the last 19, who had worked"
                or self._answers_count_question(sv, q)  # "Q: How many ...? A: About 250."
                or self._fragment_answer(sv, q)  # "ANCHOR: And before? REPORTER: Around 150."
                # "In 2018 the island had about 1,000": a host named before receives them
                or self.rules.host_anaphor_had.search(text, max(clause_lo, q.start - 40), q.start)
                is not None
                # "the filing lists 3,000": a tally verb right before the figure
                or self.rules.tally.search(text, max(clause_lo, q.start - 30), q.start) is not None
                # "The director hopes for perhaps 150" after "had 300 women from North Korea"
                or self.rules.awaited.search(text, max(clause_lo, q.start - 30), q.start)
                is not None
                # "Oman expelled 60 in 2018" after "North Korean workers had built hotels"
                or self.rules.returned.search(text, max(clause_lo, q.start - 30), q.start)
                is not None
                # "Estimates range from 10,000 to 30,000": the spread of a figure's estimates
                or self.rules.estimate_range.search(text, max(clause_lo, q.start - 70), q.start)
                is not None
                # 'the region expected "up to 6,000" in total': a total of the workers
                or (
                    self.rules.total_after.match(after.lstrip(_CLOSING_QUOTES)) is not None
                    and not self._dprk_after(sv, q)
                )
                or (  # "In China, there are another 10,000."
                    bool(self.g.existential.search(text, clause_lo, q.start))
                    and bool(self.g.no_noun_after.match(after))
                )
            )
            if not out and self._interviewees(sv, q):
                continue  # "CALR interviewed the former workers ... Twenty-one had worked in"
            if not out and self._more_of_left_out(sv, q):
                continue  # "employs 350 Vietnamese workers and plans to hire 200 more"
            if not out and self._joined_to_left_out(sv, q):
                continue  # "Another 250,000 went to Kazakhstan and 90,000 to South Korea"
            if not out and foreign_at is not None:
                # "Nepal has about 3.5 million citizens ... and the Philippines about 2.2
                # million": the noun of another country's people, elided
                continue
            if len(sv.quantities) > 1 and self._others_item(sv, q):
                continue  # "6,000 from Uzbekistan, 4,200 from China, 2,800 from North Korea"
            if self._baseline_of_left_out(sv, q, clause_lo, out):
                continue  # "Uzbekistan sent 1.1 million citizens ..., down from 1.4 million"
            if (
                things_before
                and not out
                and not level
                # not "2,800 work permits ..., and as many as 1,000 were working in Poland"
                and not cues.bare_verbs.match(text[rest : sv.end])
            ):
                continue  # "We count 43 restaurants still open: 31 in China, five in Laos"
            if placed or (
                shaped
                and (
                    self._about_workers(sv)
                    # a level or a figure after one counted, under a headline naming workers
                    or ((level or bool(out)) and self._headline_names_workers(sv))
                    or self._answers_turn(sv)  # a question turn asked about them
                )
            ):
                out.append(Count(q, "bare", rest))
        if unasserted:  # dropped last: a withdrawn figure still lends its noun to the next
            out = [c for c in out if c.quantity.value not in unasserted]
        if out:
            self._counted.add(sv.index)
            self._counted_values.update(c.quantity.value for c in out)
        return out

    def _uncounted_whole(self, sv: SentenceView, start: int) -> bool:
        """Is the figure at ``start`` (the whole of a partitive, "at least 10,000 of the
        13,000") a restatement of a figure an earlier sentence gave and did not count ("had
        registered 13,000 DPRK nationals as entering for study")?"""
        whole = next((o for o in sv.quantities if o.start == start and o.unit == "count"), None)
        if whole is None or whole.value in self._counted_values:
            return False
        return any(
            o.unit == "count" and o.value == whole.value and not o.vague
            for s in self.view.sentences[: sv.index]
            for o in s.quantities
        )

    def _excluded(
        self,
        sv: SentenceView,
        bounds: tuple[int, int],
        head: str,
        start: int,
        end: int,
        scope: str | None = None,
    ) -> bool:
        """Soldiers, entries and visits, unit sizes, scenes and other nations' workers
        (``scope`` widens the clause for a bare figure: "the number of ... stood at")."""
        cues, text = self.cues, self.view.text
        clause = scope if scope is not None else text[bounds[0] : bounds[1]]
        if (
            head != "worker"
            and self._military_in(clause)
            and (scope is not None or not self._military_speaks(bounds, start))
        ):
            return True
        if head == "people":
            # only the figure's own clause: not "because a supervisor had fled"
            sub = self._subordinator(end, bounds[1])
            own = text[bounds[0] : sub.start()] if sub else text[bounds[0] : bounds[1]]
            verb = cues.excluded_predicates.search(own)
            to_work = self._entry_to_work(own)
            if verb and to_work:
                verb = None  # "have entered Russia on student visas to work"
            if verb and self.rules.source_before.search(own, 0, verb.start()):
                verb = None  # "..., a Hong Kong newspaper said, citing a local union"
            said = (
                cues.speech_verbs.match(own, _skip_space(own, verb.end(), len(own)))
                if verb and bounds[0] + verb.end() < start
                else None
            )
            if said and len(text[bounds[0] + said.end() : start].split()) >= 2:
                # "The union says a contractor brought in 20 men": the source of a reported
                # clause (not "the European Union added 14 people", the figure its object)
                verb = None
            if verb and not self.g.relative.search(text, bounds[0] + verb.end(), start):
                return True  # not "detained a broker who had placed some 450 women"
            if self._aside_excluded(sv, bounds[1], to_work):
                return True  # "600 North Koreans, most of them women who had fled"
            if self.rules.they_defected.search(text, end, sv.end):
                return True  # "Twelve women ... told reporters how they fled"
        if (
            head == "bare"
            and cues.entry_predicates.search(clause)
            and not self._entry_to_work(clause)
            and not self._arrival_of_workers(sv, clause)
        ):
            return True  # not "a further 250 entered ... on trainee visas to work at a mill"
        if self._others_subject(sv, sv.start, start) and cues.entry_predicates.search(
            text, sv.start, sv.end
        ):
            return True  # "Citizens of Uzbekistan, with 212,000 entries for work": theirs
        if head == "bare":
            sub = cues.subordinators.search(text, end, bounds[1])
            if self.rules.casualty.search(text, bounds[0], sub.start() if sub else bounds[1]):
                return True  # "about 30 had been injured in falls"
        tail = " ".join(text[end : min(sv.end, end + 60)].split()[:6])
        if head != "bare" and (
            self._own_unit_tail(sv, end, tail)
            or (
                cues.scene_after.search(tail) is not None
                and _seen_at_work(cues.language).search(tail) is None
            )
            or self.rules.hypothetical.match(text, end)
        ):
            return True
        return self._foreign(sv, start, end)

    def _subordinator(self, start: int, end: int) -> re.Match[str] | None:
        """The first subordinator in ``text[start:end]``, not an "as" opening a verb's
        complement ("recorded as entering")."""
        text, subs = self.view.text, self.cues.subordinators
        sub = subs.search(text, start, end)
        while (
            sub is not None
            and sub.group(0).lower() == "as"
            and self.rules.as_complement.search(text, max(0, sub.start() - 60), sub.start())
        ):
            sub = subs.search(text, sub.end(), end)
        return sub

    def _own_unit_tail(self, sv: SentenceView, end: int, tail: str) -> bool:
        """Is the figure one unit's size by the words after its noun ("50 workers to a
        room")? Not when another number owns the unit ("240 workers, four to a room")."""
        if not self.cues.unit_size_tail.search(tail):
            return False
        unit = self.cues.unit_size_tail.search(self.view.text, end, min(sv.end, end + 60))
        at = unit.start() if unit else sv.end
        return not any(o.unit == "count" and end < o.start < at for o in sv.quantities)

    def _military_speaks(self, bounds: tuple[int, int], figure: int) -> bool:
        """Is every military or security word from ``lo`` to the figure's clause end the
        subject of a speech verb before the figure ("Customs officers estimated that 3,000
        or 4,000 North Korean women ...", "Military officials said"), none after it?"""
        text, (lo, hi) = self.view.text, bounds
        span = text[lo:hi]
        for m in self.military.finditer(span.lower() if self._lowered_military else span):
            at = lo + m.end()
            if at > figure:
                return False
            gap = len(text[at:figure]) - len(text[at:figure].lstrip())
            if not self.cues.speech_verbs.match(text, at + gap):
                return False
        return True

    def _entry_to_work(self, clause: str) -> bool:
        """Does the clause state work as the purpose of an entry, with no predicate that
        excludes its people other than entries, visits and study?"""
        if not self.rules.work_purpose.search(clause):
            return False
        rest = self.cues.entry_predicates.sub(" ", clause)
        return not self.cues.excluded_predicates.search(rest)

    def _aside_at_home(self, sv: SentenceView, clause: tuple[int, int]) -> bool:
        """Does an aside on the group after its clause place it at home ("..., most of them
        in Pyongyang"), with no place abroad in either?"""
        if clause[1] >= sv.end or not self.rules.group_aside.match(self.view.text, clause[1]):
            return False
        lo, hi = sv.clause_of(clause[1] + 1)
        kinds = {p.kind for p in sv.places if clause[0] <= p.start < hi}
        aside = self.view.text[lo + 1 : min(hi, self._first_dprk(sv, lo))]
        return (
            "dprk" in kinds
            and kinds <= {"dprk", "demonym"}
            and bool(self.rules.home_before.match(aside))
        )

    def _first_dprk(self, sv: SentenceView, lo: int) -> int:
        """Where the first DPRK name at or after ``lo`` starts."""
        return next((p.start for p in sv.places if p.start >= lo and p.kind == "dprk"), sv.end)

    def _aside_excluded(self, sv: SentenceView, clause_end: int, to_work: bool = False) -> bool:
        """Does an aside on the group after its clause ("..., most of them women who had
        fled") or the predicate after a short aside ("150 women, some as young as 17, were
        trafficked") put it outside the claim? After an entry ``to_work``, an aside of
        entries or study does not ("..., most of them on study visas")."""
        if clause_end >= sv.end:
            return False
        lo, hi = sv.clause_of(clause_end + 1)
        excluded = self.cues.excluded_predicates
        if self.rules.group_aside.match(self.view.text, clause_end):
            # the aside runs on over a list's commas: "most of them on student, tourist or
            # business visas"
            while hi < sv.end and self.g.list_continues.match(self.view.text, hi):
                hi = sv.clause_of(hi + 1)[1]
            aside = self.view.text[lo:hi]
            if to_work:
                aside = self.cues.entry_predicates.sub(" ", aside)
            return bool(excluded.search(aside))
        if hi - lo > SHORT_ASIDE:
            return False
        if self.rules.composition.match(self.view.text, clause_end) and excluded.search(
            self.view.text, lo, hi
        ):
            return True  # "1,000 North Koreans, mostly students and diplomats' families,"
        if hi >= sv.end or self.view.text[hi] != ",":
            return False
        lo, hi = sv.clause_of(hi + 1)  # "2,000 people, including ..., watched the fireworks"
        verb = excluded.search(self.view.text, lo, hi)
        if verb and self.rules.source_before.search(self.view.text, lo, verb.start()):
            verb = None  # "..., a Hong Kong newspaper said, citing a local union"
        return bool(verb or self.cues.scene_after.search(self.view.text, lo, hi))

    def _whole_group(self, before: str, found: re.Match[str]) -> bool:
        """ "a team of 38 doctors": one group's whole size, not "in groups of 25"."""
        noun = found.group(0).split()[0].lower()
        singular = noun in {str(n).lower() for n in self.cues.raw["group_size_nouns"]}
        return singular and bool(self.g.whole_group.search(before[: found.start()]))

    def _agent_head(self, sv: SentenceView, start: int, end: int) -> tuple[str | None, int]:
        """ "60 North Korean roofers": a plural agent noun right after a DPRK name; "236
        defectors": a plural noun of people who are no workers right after the figure."""
        text = self.view.text
        own = self.rules.agent.match(text, start, min(sv.end, start + 40))
        if own and self._non_worker_agent(own.group(1)):
            return "thing", own.end()  # "236 defectors"
        plain = self.rules.plain_word.match(text, start, min(sv.end, start + 40))
        if plain and self.rules.non_agent.match(plain.group(1)):
            return "thing", plain.end()  # "12 diplomats"
        for p in sv.places:
            if p.start < start or p.start - start > 3:
                continue
            if p.kind == "demonym" and not text[start : p.start].strip():
                return "thing", p.end  # "530,000 Ukrainians": another nation's people
            if p.kind != "dprk" or text[start : p.start].strip():
                break
            plain = self.rules.plain_word.match(text, p.end, min(sv.end, p.end + 40))
            if plain and self.rules.non_agent.match(plain.group(1)):
                return "thing", plain.end()  # "12 North Korean diplomats": named, no workers
            m = self.rules.agent.match(text, p.end, min(sv.end, p.end + 40))
            if m is None:
                break
            if self._non_worker_agent(m.group(1)):
                return "thing", m.end()  # "20 North Korean defectors": named, and no workers
            return "worker", m.end()
        return None, end

    def _headcount(self, sv: SentenceView, q: Quantity, clause_hi: int) -> bool:
        """Is the figure an employer's whole headcount ("The Gdynia yard now employs 1,400
        workers", "the yard, which employs about 2,100 people"), with no DPRK name from the
        employer to the end of the figure's clause?"""
        text = self.view.text
        m = None
        if self.rules.headcount_where_tail.search(
            text, max(sv.start, q.start - 30), q.start
        ) and self.rules.headcount_where_verb.match(text, q.core_end, clause_hi):
            # "a gas processing plant near Svobodny, where 9,000 people work"
            m = self.rules.headcount_where.search(text, sv.start, q.start)
        if m is None and self.rules.headcount_tail.search(text, sv.start, q.start) is None:
            return False  # no headcount verb right before the figure
        m = m or self.rules.headcount.search(text, sv.start, q.start)
        if m is None:
            return False
        # "Russia's forestry sector employs some 90,000 people in the Far East": a place
        # inside the employer's own country is where its staff is, not a placing abroad
        own = {c for p in sv.places if m.start() - 1 <= p.end <= q.start for c in p.codes}
        # "A hotel group that employs 9,000 staff across the Emirates": staff, not workers
        # placed abroad, whatever place follows
        staff_noun = self.rules.staff_with_noun.match(text, q.core_end, clause_hi)
        staff = staff_noun is not None
        return (
            # a DPRK name in the clause, or in the staff's noun phrase ("employs 9,000 staff
            # across the Emirates said ... 30 North Korean workers": a later one is not theirs)
            not self._dprk_between(
                sv,
                m.start(),
                min(clause_hi, staff_noun.end() + STAFF_NP_REACH) if staff_noun else clause_hi,
            )
            # not "the company employed some 4,000 workers across 14 African countries":
            # workers placed abroad
            and not any(
                not staff
                and q.core_end <= p.start < clause_hi
                # not "which has 85 employees in Seoul": a place no worker is sent to
                and not set(p.codes) & self.cues.never_destinations
                and not set(p.codes) <= own
                and (
                    p.kind != "demonym"
                    or self.cues.site_after.match(self.view.text[p.end : clause_hi])
                )
                for p in sv.places
            )
        )

    def _host_whole(self, sv: SentenceView, q: Quantity, lo: int, clause_hi: int) -> bool:
        """Is the figure a host's whole workforce or population ("the region's own labour
        force is about 950,000"), with no DPRK name after it in its clause?"""
        if self.rules.workforce_level.search(self.view.text, lo, q.start):
            # "Russia's own construction workforce numbers 6.5 million", not "North Korea's
            # overseas workforce totals about 100,000"
            return not self._dprk_between(sv, sv.start, clause_hi)
        return self._has(self.cues.host_whole_before, lo, q.start) and not self._dprk_between(
            sv, q.start, clause_hi
        )

    def _dprk_after(self, sv: SentenceView, q: Quantity) -> bool:
        """Does a DPRK name follow the figure in its sentence ("some 2,000 in all, toil at
        the port of Nampo": a total of people at home)?"""
        return any(
            p.kind == "dprk" and 0 <= p.start - q.core_end <= HOME_AFTER_REACH for p in sv.places
        )

    def _more_of_left_out(self, sv: SentenceView, q: Quantity) -> bool:
        """Is a bare "N more" an addition to a figure of its sentence that was not counted
        (no figure of the sentence was): the same people, not North Koreans?"""
        text = self.view.text
        return bool(self.g.more_after.match(text, q.core_end, sv.end)) and any(
            o.unit == "count" and o.end <= q.start and o.value >= MIN_EXACT_COUNT
            for o in sv.quantities
        )

    def _joined_to_left_out(self, sv: SentenceView, q: Quantity) -> bool:
        """Is a bare figure the next item, joined by 'and' or a comma, of a bare figure before
        it that was not counted (no figure of the sentence was)?"""
        prior = [o for o in sv.quantities if o.unit == "count" and o.end <= q.start]
        if not prior or prior[-1].value < MIN_EXACT_COUNT:
            return False
        o, text = prior[-1], self.view.text
        if _head(text, o.core_end, sv.end, self.cues, self.nouns)[0] is not None:
            return False  # not "1,000 IT workers at home and some 3,000 abroad": a split
        return self.g.joined_item.fullmatch(text, o.end, q.start) is not None

    def _interviewees(self, sv: SentenceView, q: Quantity) -> bool:
        """Does an interview or survey stand before a bare figure, in its sentence or the
        one before?"""
        lo = self.view.sentences[max(0, sv.index - 1)].start
        found = self.rules.interview.search(self.view.text, lo, q.start)
        return found is not None and not self._beyond_interviewed(sv, q, found.end())

    def _age(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the figure a person's age ("who is 52", "a former foreman, 58, told")?"""
        text = self.view.text
        if self.rules.age_before.search(text, sv.start, q.start):
            return True
        if self.rules.age_superlative.search(text, max(sv.start, q.start - 130), q.start):
            return True  # "The youngest worker we documented was 19"
        if text.startswith(",", q.end) and self.rules.age_apposed.search(
            text, max(sv.start, q.start - 60), q.start
        ):
            return True
        # "said co-author Mia Grant, 39.": a person's name (not a place) set off by a comma
        named = _NAME_AGE.search(text, max(sv.start, q.start - 40), q.start)
        return (
            named is not None
            and _AGE_END.match(text, q.end) is not None
            and not any(p.start < q.start and p.end > named.start() for p in sv.places)
        )

    def _remnant_of_workers(self, sv: SentenceView, q: Quantity, before: str) -> bool:
        """ "no North Korean workers remain: the last 19 ...": what is left of workers named
        in this sentence or the one before (not "the remaining 12" of abducted citizens)?"""
        if not self.rules.remnant.search(before):
            return False
        lo = self.view.sentences[max(0, sv.index - 1)].start
        return self.cues.worker_nouns.search(self.view.text, lo, q.start) is not None

    def _beyond_interviewed(self, sv: SentenceView, q: Quantity, lo: int) -> bool:
        """Is the figure larger than the group interviewed ("interviewed 23 former workers
        ... About 1,000 remain"), so that it cannot count some of them?"""
        sentences = self.view.sentences[max(0, sv.index - 1) : sv.index + 1]
        sizes = [
            o.value
            for s in sentences
            for o in s.quantities
            if o.unit == "count" and lo <= o.start < q.start
        ]
        return bool(sizes) and not q.vague and q.value > sizes[0]

    def _baseline_of_left_out(
        self, sv: SentenceView, q: Quantity, clause_lo: int, out: list[Count]
    ) -> bool:
        """Is the figure the baseline ("down from 1.4 million") of the figure right before
        it in its sentence, which was not counted?"""
        if not self.g.baseline.match(self.view.text, clause_lo, q.start):
            return False
        prior = [o for o in sv.quantities if o.unit == "count" and o.end <= clause_lo]
        return (
            bool(prior)
            and prior[-1].value >= MIN_EXACT_COUNT  # not "three ..., down from 33"
            and all(c.quantity is not prior[-1] for c in out)
        )

    def _foreign_sender(self, sv: SentenceView, q: Quantity, clause_lo: int) -> bool:
        """Is the subject that sends the figure's people another country ("Uzbekistan alone
        sent 1.1 million citizens"), with no DPRK name in the clause?"""
        text = self.view.text
        sender = None
        for p in sv.places:
            if clause_lo <= p.start and p.end <= q.start:
                if p.kind == "dprk":
                    return False
                if p.kind in ("country", "demonym"):
                    sender = p
        if sender is None or set(sender.codes) & self.cues.never_destinations:
            return False
        m = self.cues.dispatch_verbs.search(text, sender.end, q.start) or self.g.owner_verb.search(
            text, sender.end, q.start
        )
        # a nationality heads a longer subject: "A Chinese delegation signs a deal to send"
        reach = SENDER_PHRASE_WORDS if sender.kind == "demonym" else 2
        return bool(
            m
            and len(text[sender.end : m.start()].split()) <= reach
            and len(text[m.end() : q.start].split()) <= 2
            and not self.cues.status["repatriated"].search(self.view.lower, sender.end, q.start)
        )

    def _number_of_others(self, start: int, end: int) -> bool:
        """Does the noun phrase after "the number of" name people who are no workers
        (defectors, soldiers, tourists) or things ("the number of DPRK entities under EU
        sanctions") within its first few words?"""
        words = re.findall(r"[\w'’-]+", self.view.text[start:end])[:HEAD_WINDOW_WORDS]
        for word in words:
            if self.cues.worker_nouns.fullmatch(word) or self.cues.people_nouns.fullmatch(word):
                return False  # "the number of its nationals working overseas"
            if (
                self._non_worker_agent(word)
                or self._military_in(word)
                or self.cues.things.fullmatch(word)
            ):
                return True
        return False

    def _non_worker_agent(self, word: str) -> bool:
        return bool(
            self.rules.non_agent.match(word) or self.cues.excluded_predicates.fullmatch(word)
        )

    def _not_abroad(self, sv: SentenceView, q: Quantity, end: int, clause: tuple[int, int]) -> bool:
        """People the figure's own words put at home, in study, in a population, or give
        another nationality after the noun phrase."""
        text, rules = self.view.text, self.rules
        dprk = self._dprk_between(sv, q.core_end, end)
        if self.cues.at_home.match(text[end : sv.end].lstrip()):
            return True  # "60 IT workers at home in Pyongyang"
        if rules.home_later.search(text, end, clause[1]):
            return True  # "1,000 IT workers serve clients in Europe from inside North Korea"
        if not dprk and rules.population.search(text, q.core_end, end):
            return True  # "has about 600,000 residents"
        if rules.study_heads.search(text, q.core_end, end):
            body = text[clause[0] : clause[1]]
            if not rules.work.search(body):
                # "900 students are enrolled at universities", "helped about 30 North Korean
                # students obtain visas": students, unless their clause speaks of work
                return True
        if self._restated_non_workers(sv, q):
            return True  # "the 14 men" of "charged 14 North Korean citizens"
        if self._aside_at_home(sv, clause):
            return True  # "some 7,000 people in cyber operations, most of them in Pyongyang"
        if rules.former.search(text, q.core_end, end):
            return True  # "23 former overseas workers": interviewed, no longer abroad
        if self._set_at_home(sv, q, clause):
            return True  # "The Kaesong complex, where some 55,000 North Koreans worked"
        if rules.mobilise.search(text, clause[0], q.start) and self._only_home(sv, clause, True):
            return True  # "Pyongyang mobilised 20,000 young workers to build flats"
        scan = True  # until a DPRK name: "are from North Korea"
        for p in sv.places:
            if p.start < end:
                continue
            if not scan or p.start > clause[1] + 120:
                continue
            gap = text[end : p.start]
            if p.kind == "dprk":
                # "sewn by 600 workers at a factory in Sinuiju": a place phrase on the noun
                # itself sets them at home whatever the clause named before the figure
                own = (q.start, clause[1]) if rules.home_adjacent.match(gap) else clause
                if rules.home_before.match(gap) and self._only_home(sv, own, True):
                    return True  # "mobilised 10,000 workers ... in Pyongyang"
                if not dprk and self.g.origin_from.match(gap) and self._listed_with_other(sv, p):
                    return True  # "400 workers from North Korea, China and Vietnam"
                if (
                    not dprk
                    and (
                        self.g.mixed_workforce.search(text, q.core_end, end)
                        # "Kuwait deported 320 expatriates ..., including 15 North Korean ..."
                        or not self._dprk_between(sv, sv.start, q.start)
                    )
                    and _member_near(self.cues.member_before, gap)
                    and any(end <= o.start < p.start and o.unit == "count" for o in sv.quantities)
                ):
                    return True  # "2 million foreign workers, including 5,000 North Koreans"
                if not dprk and rules.into_dprk.match(gap) and not self._split_by_status(sv, q):
                    return True  # "Russia sent 1,500 engineers to help North Korea"
                if not dprk and rules.nationality.match(gap) and self._part_between(sv, end, p):
                    return True  # "Of Russia's 5 million migrant workers, only a few
                    # thousand are North Korean": the DPRK's is a part of a mixed whole
                scan = False
            elif (
                not dprk
                and p.kind in ("country", "demonym", "region")
                and rules.nationality.match(gap)
                and (p.kind == "demonym" or rules.from_place.search(gap))
                and not rules.located_from.search(gap)
            ):
                return True  # "... are from Bangladesh", "most of them Russian"
                # (not "in 40 countries, mainly Russia": a place, not a nationality)
            elif (
                not dprk
                and p.kind in ("country", "demonym")
                and _member_near(self.cues.member_before, gap)
                and any(end <= o.start < p.start and o.unit == "count" for o in sv.quantities)
                and not self._dprk_between(sv, sv.start, p.start)
            ):
                return True  # "The UAE's 8.5 million expatriates include 3.5 million Indians"
            elif not dprk and SOUTH_KOREA in p.codes and self.g.member_of_owner.match(gap):
                return True  # "500 employees of South Korean defence firms"
            elif (
                not dprk
                and p.kind == "demonym"
                and self.g.origin_from_nations.match(gap)
                and self.g.nations_after.match(text, p.end)
                and not self._split_by_status(sv, q)
            ):
                return True  # "a million migrants from other Central Asian countries"
            elif not dprk and p.kind in ("country", "region") and self.g.origin_from.match(gap):
                if not self._split_by_status(sv, q):
                    return True  # "hired 1,200 workers from Uzbekistan", "... from Asia"
                scan = False

        return False

    def _set_at_home(self, sv: SentenceView, q: Quantity, clause: tuple[int, int]) -> bool:
        """Is the figure in a relative clause of a DPRK place ("Kaesong ..., where"), or the
        object of an employer there ("The studio in Pyongyang employs about 4,000")?"""
        before = [p for p in sv.places if p.end <= q.start]
        if not before or before[-1].kind != "dprk":
            return False
        p, text = before[-1], self.view.text
        relative = self.g.set_at_place.fullmatch(text, p.end, q.start)
        at = _skip_space(text, p.end, q.start)
        if relative and (
            self.cues.worker_nouns.match(text, at) or self.cues.people_nouns.match(text, at)
        ):
            # "lost their North Korean staff to a new garment park, where about 2,000": the
            # DPRK name is a group's, not the place of the relative
            relative = None
        # "in the North Korean border city of Sinuiju": the run of DPRK names opens at "in"
        first = p
        for o in reversed(before[:-1]):
            gap = text[o.end : first.start]
            if o.kind != "dprk" or len(gap) > 30 or any(c in gap for c in ",;."):
                break
            first = o
        gap = text[p.end : q.start]
        employer = (
            (
                self.cues.receive_before_figure.match(gap.lstrip())
                # "factories in ... Sinuiju have resumed hiring, employing about 6,000"
                or self.rules.employing_before.search(gap)
            )
            and (
                self.rules.home_before.match(text[max(sv.start, first.start - 20) : first.start])
                # "the Kaesong industrial complex inside North Korea employed 55,000"
                or self.rules.home_before.match(text[max(sv.start, p.start - 20) : p.start])
                # "The Kaesong Industrial Complex ... once employed about 55,000": the subject
                or (
                    self.rules.subject_opening.fullmatch(text, sv.start, first.start)
                    and not self.rules.dprk_state.fullmatch(first.text)
                )
            )
        )
        return bool(relative or employer) and self._only_home(sv, clause, True, hiring=True)

    def _listed_with_other(self, sv: SentenceView, p: PlaceMention) -> bool:
        """Is a DPRK name followed, in one list, by another country ("North Korea, China
        and Vietnam")?"""
        nxt = next((o for o in sv.places if o.start >= p.end), None)
        return (
            nxt is not None
            and nxt.kind in ("country", "demonym")
            and bool(self.g.list_joint.fullmatch(self.view.text, p.end, nxt.start))
        )

    def _restated_non_workers(self, sv: SentenceView, q: Quantity) -> bool:
        """A headline's figure, or "the 14 men", that the text near it gives as soldiers or
        as people charged, killed or defected: the same group."""
        if q.vague:
            return False
        text = self.view.text
        definite = self.g.definite.search(text, max(sv.start, q.start - 8), q.start)
        headline = text[sv.start : sv.end].rstrip()[-1:] not in ".!?\"'”’"
        if not (headline or definite):
            return False
        if self._not_workers is None:
            self._not_workers = self._non_worker_values()
        return any(abs(at - q.start) <= IDENTITY_REACH for at in self._not_workers.get(q.value, ()))

    def _non_worker_values(self) -> dict[float, list[int]]:
        """Where the document's figures of soldiers, of excluded people or of another
        nation's workers ("Some 2,000 Chinese workers") are, by value."""
        text, cues = self.view.text, self.cues
        out: dict[float, list[int]] = {}
        for sv in self.view.sentences:
            for q in sv.quantities:
                if q.unit != "count" or q.vague:
                    continue
                head, end = _head(text, q.core_end, sv.end, cues, self.nouns)
                if head in ("worker", "people") and (
                    self._foreign(sv, q.core_end, end)
                    or cues.at_home.match(text[end : sv.end].lstrip())
                ):
                    pass  # the headline's "2,000 workers" are the body's Chinese ones
                elif head == "people":
                    lo, hi = sv.clause_of(q.core_start)
                    sub = cues.subordinators.search(text, end, hi)
                    if not (
                        cues.excluded_predicates.search(text, lo, sub.start() if sub else hi)
                        or self._aside_excluded(sv, hi)
                    ):
                        continue
                elif head != "military":
                    continue
                out.setdefault(q.value, []).append(q.start)
        return out

    def _part_between(self, sv: SentenceView, end: int, p: PlaceMention) -> bool:
        """Is a part of the group (a figure, "a small share") between its noun phrase and a
        place?"""
        if self.rules.part.search(self.view.text, end, p.start):
            return True
        return any(end <= o.start < p.start for o in sv.quantities)

    def _only_home(
        self, sv: SentenceView, clause: tuple[int, int], owners: bool = False, hiring: bool = False
    ) -> bool:
        """Does the clause name only DPRK places, and the sentence no move abroad or home
        ("gathered in Pyongyang before their departure" is a group leaving)? With
        ``owners`` a demonym ("South Korean firms") names an owner, not a place; with
        ``hiring`` an employer's hiring is no move ("factories in Sinuiju have resumed
        hiring")."""
        lo, hi = clause
        kinds = ("dprk", "demonym") if owners else ("dprk",)
        if any(lo <= p.start < hi and p.kind not in kinds for p in sv.places):
            return False
        if self.rules.departure.search(self.view.text, sv.start, sv.end):
            return False
        lowered, status = self.view.lower, self.cues.status
        moves = ("repatriated", "planned", "recruiting", "dispatched")
        return not any(
            not (hiring and self.rules.hiring.fullmatch(m.group(0)))
            # "stopped 14 trucks carrying garments": counted vehicles, not a verb of moving
            and not self.rules.counted_vehicle.search(
                lowered, max(sv.start, m.start() - 16), m.end()
            )
            for k in moves
            if k in status
            for m in status[k].finditer(lowered, sv.start, sv.end)
        )

    def _foreign_speaker(self, sv: SentenceView, end: int) -> bool:
        """Is the first place after a quoted figure's noun (``end``) another nationality, past
        the closing quote ('..., " a Chinese manager at the Rason fish plant said')?"""
        nxt = next((p for p in sv.places if p.start >= end), None)
        return (
            nxt is not None
            and nxt.kind == "demonym"
            and any(c in self.view.text[end : nxt.start] for c in '"”')
        )

    def _foreign_only(self, sv: SentenceView, lo: int, hi: int) -> bool:
        """Does a span name another nationality and no DPRK ("Tajik and Uzbek migrants")?"""
        kinds = {p.kind for p in sv.places if lo <= p.start and p.end <= hi}
        return "demonym" in kinds and "dprk" not in kinds

    def _dprk_part_of_uncounted(self, sv: SentenceView, q: Quantity) -> bool:
        """ "The crew of a Taiwanese longliner has been held in port. Among them are 19 North
        Koreans": a DPRK name right after the figure, the group it is a member of named by
        the sentence before with no figure anywhere before it (no count to double), or with
        a mixed whole of no DPRK name ("About 2,000 foreign workers ... Among them are 40
        North Koreans", as :meth:`_dprk_part_of_mixed` in one sentence)."""
        if (
            not _dprk_right_after(sv, q)
            or any(p.kind == "dprk" and p.end <= q.start for p in sv.places)
            or sv.index == 0
            or not self._sentence_names_workers(sv.index - 1)
        ):
            return False
        prev = self.view.sentences[sv.index - 1]
        if not any(
            o.unit == "count"
            for j in range(sv.index + 1)
            for o in self.view.sentences[j].quantities
            if o.start < q.start
        ):
            return True
        return (
            self.g.mixed_workforce.search(self.view.text, prev.start, prev.end) is not None
            and not any(p.kind == "dprk" for p in prev.places)
            and not any(o.unit == "count" and o.start < q.start for o in sv.quantities)
        )

    def _dprk_part_of_mixed(self, sv: SentenceView, q: Quantity) -> bool:
        """ "2 million foreign workers, including about 5,000 North Koreans": a DPRK name
        right after the figure, none before it in the sentence (the whole is mixed or a
        larger figure before it)."""
        return (
            (_dprk_right_after(sv, q) or self._dprk_origin_after(sv, q))
            and not any(p.kind == "dprk" and p.end <= q.start for p in sv.places)
            and (
                bool(self.g.mixed_workforce.search(self.view.text, sv.start, q.start))
                # "deported 320 expatriates ..., including 15 North Korean workers"
                or any(
                    o.unit == "count"
                    and o.end <= q.start
                    and o.value > q.value
                    # not "5,000 runners, including 20 North Koreans"
                    and (
                        _head(self.view.text, o.core_end, sv.end, self.cues, self.nouns)[0]
                        in ("worker", "people")
                        # "whose crew of 36 included 22 North Korean fishermen"
                        or self.cues.group_size_before.search(
                            self.view.text, max(sv.start, o.start - 20), o.start
                        )
                        is not None
                        # "Workforce at audit: 1,240, including 310 North Korean women"
                        or self.g.workforce_label.search(
                            self.view.text, max(sv.start, o.start - 40), o.start
                        )
                        is not None
                    )
                    # not "indicted five men ..., including two North Koreans"
                    and not self._has(
                        self.cues.excluded_predicates, max(sv.start, o.start - 40), o.start
                    )
                    for o in sv.quantities
                )
            )
        )

    def _dprk_origin_after(self, sv: SentenceView, q: Quantity) -> bool:
        """Does the figure's noun name the DPRK as the people's origin ("35 citizens of the
        DPRK", "40 nationals from North Korea")?"""
        text = self.view.text
        for p in sv.places:
            if p.kind == "dprk" and 0 < p.start - q.core_end <= ORIGIN_GAP:
                m = self._people_of.search(text, q.core_end, p.start)
                return m is not None and not text[q.core_end : m.start()].strip()
        return False

    def _origin_after(self, sv: SentenceView, q: Quantity) -> PlaceMention | None:
        """The country a figure's people come from, named right after it ("6,000 from
        Uzbekistan", "35 citizens of the DPRK", "2,800 North Koreans")."""
        text = self.view.text
        for p in sv.places:
            if p.start < q.core_end or p.start - q.core_end > ORIGIN_GAP:
                continue
            if p.kind in ("dprk", "demonym") and text[q.core_end : p.start] in ("", " "):
                return p  # "150 North Korean", "12,000 Uzbeks"
            if p.kind == "demonym" and self.g.dprk_predicate.fullmatch(text[q.core_end : p.start]):
                return p  # "1,100 are Chinese (and 700 North Korean)"
            if p.kind not in ("dprk", "country", "demonym"):
                return None
            if self._origin_link.match(text, q.core_end, p.start):
                return p
            m = self._people_of.search(text, q.core_end, p.start)
            return p if m and not text[q.core_end : m.start()].strip() else None
        return None

    def _split_by_origin(self, sv: SentenceView, q: Quantity, head_end: int) -> bool:
        """Is a figure with a head noun the whole of a split by origin ("of 310 workers on
        site, 96 were citizens of the DPRK") or another nation's part of it ("150 citizens of
        Kyrgyzstan")? Its own noun names no DPRK origin, a later figure of the sentence does
        (for a part, any other figure of it)."""
        if self._dprk_between(sv, q.core_end, head_end):
            return False
        origin = self._origin_after(sv, q)
        if origin is None:
            return self._dprk_sibling(sv, q, strict=True)
        return origin.kind != "dprk" and self._dprk_sibling(sv, q, after=False, strict=True)

    def _others_item(self, sv: SentenceView, q: Quantity) -> bool:
        """Is a bare figure another nation's item of a list by origin whose DPRK item is
        another figure of the sentence ("6,000 from Uzbekistan, ... 2,800 from North
        Korea")?"""
        p = self._nation(sv, q)
        return p is not None and p.kind != "dprk" and self._dprk_sibling(sv, q, after=False)

    def _origin_before(self, sv: SentenceView, q: Quantity) -> PlaceMention | None:
        """The country a figure's people come from, named right before it in a list by
        nationality ("Tajiks with 2,500", "Kyrgyzstan 2,100; DPRK 800")."""
        for p in reversed(sv.places):
            if p.end <= q.start:
                if p.kind in ("dprk", "country", "demonym") and _ORIGIN_BEFORE_GAP.fullmatch(
                    self.view.text, p.end, q.start
                ):
                    return p
                return None
        return None

    def _nation(self, sv: SentenceView, q: Quantity) -> PlaceMention | None:
        """The nation of a list item by origin, named after or before its figure."""
        return self._origin_after(sv, q) or self._origin_before(sv, q)

    def _dprk_item(self, sv: SentenceView, q: Quantity) -> bool:
        """Is a bare figure the DPRK item of a list by nationality ("700 Filipino, 250
        Indonesian and 150 North Korean", "Tajiks with 2,500 and North Koreans with
        1,200"): its nation is the DPRK, another figure's another nation?"""
        p = self._nation(sv, q)
        if p is None or p.kind != "dprk" or q.value < MIN_EXACT_COUNT:
            return False
        if p.start > q.start and not _ITEM_END.match(self.view.text, p.end):
            return False  # not "three North Korean firms": a noun follows the nation
        for o in sv.quantities:
            if o is not q and o.unit == "count":
                other = self._nation(sv, o)
                if other is not None and other.kind != "dprk":
                    return True
        return False

    def _dprk_sibling(
        self, sv: SentenceView, q: Quantity, after: bool = True, strict: bool = False
    ) -> bool:
        """Is another figure of the sentence (after ``q``, or anywhere) one of DPRK people by
        origin ("quotas for 14,500 foreign workers: 6,000 from Uzbekistan, ... 2,800 from
        North Korea"): ``q`` is then the mixed whole or another nation's item of the list?
        ``strict`` takes only an origin said with a preposition or a predicate ("from North
        Korea", "citizens of the DPRK", "96 were citizens of the DPRK"), not "500 North
        Koreans", which may be a group of its own."""
        mine = self._nation(sv, q)
        before = mine is not None and mine.end <= q.start
        for o in sv.quantities:
            if o.unit == "count" and (o.start > q.end or (not after and o is not q)):
                p = self._nation(sv, o)
                if p is not None and p.kind == "dprk" and (p.end <= o.start) == before:
                    # the same shape of item: "Tajiks with 2,500 and North Koreans with 1,200",
                    # not "Laos hosts around 400 North Korean workers, Cambodia about 150"
                    if p.end <= o.start or _ITEM_END.match(self.view.text, p.end):
                        return True
                    if not strict or p.start - o.core_end > 2:
                        return True
                if strict and self._dprk_predicate(sv, o) is not None:
                    return True
        return False

    def _dprk_between(self, sv: SentenceView, start: int, end: int) -> bool:
        """Does a DPRK name sit between a figure and its noun ("9 North Korean workers")?"""
        return any(p.kind == "dprk" and start <= p.start and p.end <= end for p in sv.places)

    def _counted_before(
        self, sv: SentenceView, q: Quantity, vague: bool = True, since: int = 0
    ) -> bool:
        """Did a larger figure before ``q`` (anywhere earlier from sentence ``since``; with
        ``vague`` a vague one, "thousands of North Korean women", in this or the two sentences
        before) count its group?"""
        for j in range(since, sv.index + 1):
            for o in self.view.sentences[j].quantities:
                if o.start >= q.start or o.unit != "count":
                    continue
                if o.vague:
                    if vague and j >= sv.index - 2 and o.low is not None and o.low > q.value:
                        return True
                elif o.value > q.value and o.value >= MIN_EXACT_COUNT:
                    return True
        return False

    def _fresh_antecedent(self, sv: SentenceView, q: Quantity) -> int:
        """The sentence before a pronoun partitive when it names DPRK workers with no figure
        and no figure comes between ("Some are hiring North Korean builders again. Amur-Stroi
        said 300 of them arrived"): figures before it counted another group (0 otherwise)."""
        if sv.index == 0 or any(o.unit == "count" and o.start < q.start for o in sv.quantities):
            return 0
        s, text = self.view.sentences[sv.index - 1], self.view.text
        if (
            any(o.unit == "count" for o in s.quantities)
            or not any(p.kind == "dprk" for p in s.places)
            or self.cues.worker_nouns.search(text, s.start, s.end) is None
        ):
            return 0
        return sv.index - 1

    def _workers_counted_before(self, sv: SentenceView, q: Quantity) -> bool:
        """Did a figure with a worker noun (not a student's) in this or the two sentences
        before count workers?"""
        text = self.view.text
        for j in range(max(0, sv.index - 2), sv.index + 1):
            s = self.view.sentences[j]
            for o in s.quantities:
                if o.start < q.start and o.unit == "count":
                    head, end = _head(text, o.end, s.end, self.cues, self.nouns)
                    if head == "worker" and not self.rules.study_heads.search(text, o.end, end):
                        return True
        return False

    def _counted_workers_before(self, sv: SentenceView, q: Quantity) -> bool:
        """Did a larger figure of workers (a worker noun right after it) in this or the two
        sentences before count the group a part of it is named from?"""
        text = self.view.text
        for j in range(max(0, sv.index - 2), sv.index + 1):
            end = self.view.sentences[j].end
            for o in self.view.sentences[j].quantities:
                if (
                    o.start < q.start
                    and o.unit == "count"
                    and (o.value or 0) > q.value
                    and _head(text, o.end, end, self.cues, self.nouns)[0] in ("worker", "people")
                ):
                    return True
        return False

    def _opening(self, sv: SentenceView) -> int:
        """Where the sentence's own words begin: after a dateline that opens it ("SEOUL
        (Asia Wire) - Of the 196 ...")."""
        for p in sv.places:
            if p.dateline and not self.view.text[sv.start : p.start].strip():
                lead = _DATELINE_END.search(self.view.text, p.end, min(sv.end, p.end + 60))
                return lead.end() if lead else sv.start
        return sv.start

    def _fronted(self, sv: SentenceView, q: Quantity) -> re.Match[str] | None:
        """The fronted partitive ("Of those, ", "Of the 196 ..., ") that opens the sentence
        right before the figure, if one does."""
        return self.g.fronted_partitive.match(self.view.text, self._opening(sv), q.start)

    def _part_of_excluded(self, sv: SentenceView, found: re.Match[str]) -> bool:
        """ "Of the 196 North Koreans who reached the South last year, 38 had worked
        abroad": a fronted whole (``found``) that is no worker figure (defectors, visitors)."""
        return bool(self.cues.excluded_predicates.search(self.view.lower, sv.start, found.end()))

    def _fronted_member(self, sv: SentenceView, q: Quantity, found: re.Match[str]) -> bool:
        """ "Of those, 200 work at the airport" (``found`` the fronted partitive): one part
        of a group counted before, unless the sentence splits the group ("Of the 300, 170
        have left and 130 remain")."""
        parts = [o for o in sv.quantities if o.unit == "count" and o.start >= found.end() - 1]
        if len(parts) > 1 or self._split_by_status(sv, q):
            return False  # a split by status: "170 have returned"
        return not self._new_place_after(sv, q) and self._counted_before(sv, q)

    def _fronted_split(self, sv: SentenceView, q: Quantity) -> bool:
        """ "Of those, around 5,000 would go to the Kursk region" (after a fronted partitive):
        a part of a group counted before that the clause sends to a place not named just
        before (a split by place)."""
        return (
            self._new_place_after(sv, q) and self._counted_before(sv, q) and self._about_workers(sv)
        )

    def _sent_on(self, sv: SentenceView, q: Quantity, np_end: int) -> bool:
        """ "More than 200 of them were then sent on to Kamchatka": a part the clause moves
        (after its noun phrase, which ends at ``np_end``) to a place not named just before."""
        _, hi = sv.clause_of(q.core_start)
        moved = self.cues.status["dispatched"].search(self.view.lower, np_end, hi)
        return bool(moved) and self._new_place_after(sv, q)

    def _split_by_country(self, sv: SentenceView, q: Quantity) -> bool:
        """Does the figure's clause place it, after it, at a place the article has not named
        before, in a country that is one of several named just before, or none of them?"""
        text = self.view.text
        _, hi = sv.clause_of(q.core_start)
        placed = [
            p
            for p in sv.places
            if q.core_end <= p.start < hi and p.kind in ("country", "subdivision", "city", "region")
        ]
        after = {c for p in placed if text.find(p.text, 0, q.start) < 0 for c in p.codes}
        before: set[str] = set()
        for j in range(max(0, sv.index - 2), sv.index + 1):
            for p in self.view.sentences[j].places:
                if p.end <= q.start and p.kind != "dprk":
                    before.update(p.codes)
        if not after:
            # "placed about 700 ... in Angola and Senegal ..., and ... 160 of them in Angola":
            # one country of the several its sentence or the one before named
            named = {c for p in placed for c in p.codes}
            listed = {
                c
                for j in range(max(0, sv.index - 1), sv.index + 1)
                for p in self.view.sentences[j].places
                if p.end <= q.start and p.kind == "country"
                for c in p.codes
            }
            return bool(named) and named < listed
        return len(before) > 1 or not after <= before

    def _new_place_after(self, sv: SentenceView, q: Quantity) -> bool:
        """Does the figure's clause name, after it, a place the text just before did not?"""
        text = self.view.text
        _, hi = sv.clause_of(q.core_start)
        lo = self.view.sentences[max(0, sv.index - 2)].start
        return any(
            q.core_end <= p.start < hi
            and p.kind in ("country", "subdivision", "city", "region")
            and p.text not in text[lo : q.start]
            for p in sv.places
        )

    def _relative_list(self, sv: SentenceView, q: Quantity, before: str) -> bool:
        """Is the bare figure an item of a list whose first figure, earlier in the sentence,
        has a relative clause like its own ("2,310 North Korean workers who crossed ..., 1,650
        who arrived ... and 410 who came ...")?"""
        text = self.view.text
        if not (
            self.g.elided_list.search(before)
            and self.g.elided_relative.match(text, q.core_end) is not None
        ):
            return False
        earlier = [o for o in sv.quantities if o.unit == "count" and o.start < q.start]
        if not earlier:
            return False
        head, end = _head(text, earlier[0].core_end, sv.end, self.cues, self.nouns)
        return head == "worker" and self.g.elided_relative.match(text, end) is not None

    def _elided_worker(self, sv: SentenceView, q: Quantity, before: str) -> bool:
        """ "another 1,200 came in": is the figure before it (this or the previous sentence)
        one of workers, whose noun this one leaves out?"""
        listed = self._relative_list(sv, q, before)
        if not (listed or self.g.elided_opener.search(before)):
            return False
        for j in range(sv.index, max(-1, sv.index - 2), -1):
            s = self.view.sentences[j]
            earlier = [o for o in s.quantities if o.unit == "count" and o.start < q.start]
            if earlier:
                o = earlier[0] if listed else earlier[-1]  # a list's first figure has the noun
                head, end = _head(self.view.text, o.core_end, s.end, self.cues, self.nouns)
                return (  # not "45,000 workers from Uzbekistan ... a further 8,000"
                    (
                        head == "worker"
                        # "Some 1,500 North Korean women process crab ... Another 700 sew
                        # jackets": people of an earlier sentence whose figure was counted
                        or (head == "people" and j < sv.index and j in self._counted)
                        # "300 of them arrived in March. Another 300 will come": a counted
                        # pronoun partitive
                        or (
                            j < sv.index
                            and j in self._counted
                            and self.g.pronoun_head.match(self.view.text[o.core_end : s.end])
                            is not None
                        )
                    )
                    and not self._foreign(s, o.core_end, end)
                    and not self._not_abroad(s, o, end, s.clause_of(o.core_start))
                )
        return False

    def _hedged_pair_end(self, sv: SentenceView, q: Quantity) -> int:
        """Where the second of "hundreds, perhaps thousands," ends (their shared noun
        follows it), or the end of ``q``'s own figure."""
        for o in sv.quantities:
            if o.start > q.core_end and o.vague and o.unit == "count":
                if self.g.hedge.match(self.view.text[q.core_end : o.start]):
                    return o.core_end
                break
        return q.core_end

    def _arrival_of_workers(self, sv: SentenceView, clause: str) -> bool:
        """Is a bare figure's entry an arrival of workers: its clause's entry words are
        motion verbs ("About 2,000 came in the first half alone", "about 15,000 had entered
        on student and trainee visas") and the sentence before names workers by a worker
        noun and no entry noun ("Arrivals of North Korean workers have doubled")?"""
        if sv.index == 0:
            return False
        motion = word_set(self.cues.language, "entry_motion_words")
        entries = self.cues.entry_predicates
        if any(m.group(0).lower() not in motion for m in entries.finditer(clause)):
            return False
        s, text = self.view.sentences[sv.index - 1], self.view.text
        if self.cues.worker_nouns.search(text, s.start, s.end) is None:
            return False
        return all(m.group(0).lower() in motion for m in entries.finditer(text, s.start, s.end))

    def _arrived_as_workers(self, sv: SentenceView, q: Quantity, after: str) -> bool:
        """Does a verb of the bare figure name its people's work right after it ("several
        thousand had arrived as workers", "hundreds came to work")?"""
        verb = self.cues.bare_verbs.match(after)
        if verb is None:
            return False
        at = _skip_space(self.view.text, q.core_end + verb.end(), sv.end)
        return self.rules.work_purpose.match(self.view.text, at) is not None

    def _split_by_status(self, sv: SentenceView, q: Quantity) -> bool:
        """Does the figure's clause send its part home ("expelled some 600 of them")?"""
        lo, hi = sv.clause_of(q.core_start)
        return bool(self.cues.status["repatriated"].search(self.view.lower, lo, hi))

    def _dprk_predicate(self, sv: SentenceView, q: Quantity) -> int | None:
        """Where "are North Koreans" ends after a bare figure ("of the 1,200 employees,
        about 600 are North Koreans"): the DPRK part of a mixed whole."""
        text = self.view.text
        for p in sv.places:
            if p.start >= q.core_end and p.start - q.core_end < 30:
                if p.kind == "dprk" and self.g.dprk_predicate.match(text[q.core_end : p.start]):
                    return p.end
                return None
        return None

    def _country_share(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the figure a country's share, the country its subject right before a share
        verb ("Russia accounted for about 18,500 of them")?"""
        return any(
            p.kind in ("country", "subdivision", "city", "region")
            and self.g.share_verb.fullmatch(self.view.text, p.end, q.start) is not None
            for p in sv.places
        )

    def _dprk_colon_before(self, sv: SentenceView, q: Quantity) -> bool:
        """Does a DPRK name end right before the figure, with a colon or dash between
        ("Among them were North Koreans: about 2,800 worked on Qatari sites")?"""
        return any(
            p.kind == "dprk" and _COLON_GAP.fullmatch(self.view.text, p.end, q.start) is not None
            for p in sv.places
        )

    def _dprk_workers_colon(self, sv: SentenceView, q: Quantity, after: str) -> bool:
        """Does a clause on DPRK workers end in a colon right before a figure with no noun
        ("North Korean workers in Russia are a small group: around 15,000 at the end of
        2024")?"""
        text = self.view.text
        colon = text.rfind(":", sv.start, q.start)
        if (
            colon < 0
            # a quote may open the figure: 'estimate of North Korean workers: "at least 15,000'
            or text[colon + 1 : q.start].strip(QUOTES_AND_SPACES)
            or not self.g.no_noun_after.match(after)
        ):
            return False
        lo = max(sv.start, colon - 120)
        dprk = next((p for p in sv.places if p.kind == "dprk" and lo <= p.start < colon), None)
        return (
            dprk is not None
            and self._has(self.cues.worker_nouns, dprk.end, colon)
            and not any(o.unit == "count" and dprk.end <= o.start < colon for o in sv.quantities)
        )

    def _partitive(self, sv: SentenceView, q: Quantity, offset: int) -> Count | None:
        """ "90 of the new workers", "thousands of them": a count only when no figure
        before it (in this or the two sentences before) counted the group."""
        text, cues = self.view.text, self.cues
        lo = self.view.sentences[max(0, sv.index - 2)].start
        pronoun = self.g.pronoun_head.match(text[q.core_end : sv.end])
        chained = self._pronoun_chain(sv) if pronoun else lo
        if pronoun and self.rules.witness_after.match(
            text, _skip_space(text, q.core_end + pronoun.end(), sv.end)
        ):
            return None  # "Twenty-three of them gave evidence": witnesses, no workforce
        if pronoun:  # "1,200 people, 300 of them North Korean": the DPRK part of a whole
            after = q.core_end + pronoun.end()
            named_before = any(o.kind == "dprk" and o.end <= q.start for o in sv.places)
            for p in sv.places:
                if p.kind == "dprk" and 0 <= p.start - after <= 2 and not named_before:
                    return Count(q, "people", p.end)
        # a place after the part splits a vague whole: "Thousands ... About 1,500 of them
        # work in Moscow", "About 150 of the workers are based in Laos"
        vague = not (
            self._place_right_after(sv, q.core_end + offset) or self._new_place_after(sv, q)
        )
        start = q.core_end + offset
        np_end = (
            q.core_end + pronoun.end()
            if pronoun
            else _head(text, start, sv.end, cues, self.nouns)[1]
        )
        split = (
            self._split_by_status(sv, q)
            or self._sent_on(sv, q, np_end)
            # "About 40 of the developers are based in Vladivostok" after "150 ... in China,
            # Russia and Laos": split by destination (not "90 of them worked on shipyards in
            # Gdansk" after "a Polish agency placed some 450")
            or self._split_by_country(sv, q)
            # "at a sawmill near Khabarovsk, where about 800 of them are employed": one site
            or self.g.site_relative.search(text, max(sv.start, q.start - 12), q.start) is not None
            # "Russia accounted for about 18,500 of them": a country's share of the whole
            or self._country_share(sv, q)
            # "At present the krai has 2,300 of them" after a total over years: now, not then
            or self._now_after_total(sv, q)
        )
        # "230 passengers ... About 200 of them were workers": the part alone is named workers
        named = bool(pronoun) and self.rules.part_named.match(text, np_end) is not None
        if named and not self._counted_workers_before(sv, q):
            return Count(q, "worker", np_end)
        if (
            not pronoun
            and self.rules.study_heads.search(text, start, np_end)
            and self.rules.work.search(text, np_end, sv.clause_of(q.core_start)[1])
            and not self._workers_counted_before(sv, q)
            and not any(j in self._counted for j in range(max(0, sv.index - 2), sv.index + 1))
        ):
            # "About 7,000 of the students were in fact working on building sites": the part
            # of a group of students the text says works (no figure counted before it)
            return Count(q, "worker", np_end)
        if (
            not pronoun
            and self._uncounted_whole(sv, _skip_space(text, start, sv.end))
            and self.rules.work.search(text, np_end, sv.clause_of(q.core_start)[1])
        ):
            # "at least 10,000 of the 13,000 are on building sites" after "registered 13,000
            # DPRK nationals as entering for study": the part the text says works, of a
            # whole stated before and not counted
            return Count(q, "worker", np_end)
        since = self._fresh_antecedent(sv, q) if pronoun else 0
        if self._counted_before(sv, q, vague, since) and not split:
            return None  # a member of a group already counted ("the dispatched workers")
        if pronoun:
            reach = min(chained, max(lo, sv.start - 400))
            if self._others_antecedent(sv, q, reach):
                return None  # "Ukrainian welders are more numerous there, some 4,000 of them"
            body = text[reach : q.start]
            end = q.core_end + pronoun.end()
            if (
                cues.worker_nouns.search(body)
                or (
                    cues.people_nouns.search(body)
                    # "2,100 nationals ... were working ... 600 of them had been repatriated"
                    and (cues.bare_verbs.match(text[end : sv.end]) or self._split_by_status(sv, q))
                )
                # "A: At the peak, 230 on my site alone. Q: And across Kuwait? A: Our company
                # had about 1,500 of them there": a smaller figure counted just before
                or (
                    any(j in self._counted for j in range(max(0, sv.index - 2), sv.index))
                    and not self._military_antecedent(sv, q)  # "The troops ... 12,000 of them"
                )
                # "employed North Korean women in Dandong. She had 140 of them on her floor":
                # people held by a receiving verb right before the part
                or (
                    cues.people_nouns.search(body)
                    and cues.receive_before_figure.search(
                        text, max(sv.start, q.start - 30), q.start
                    )
                    and not self._military_antecedent(sv, q)
                )
            ):
                return Count(q, "worker", end)  # "Thousands of them work in factories"
            return None
        whole: Quantity | None = None
        for o in sv.quantities:  # "18,000 of the 30,000 workers": a part of a stated whole
            if o.unit == "count" and 0 <= o.start - start <= 2:
                start, whole = o.end, o
        head, head_end = _head(text, start, sv.end, cues, self.nouns)
        if head is None and whole is not None and split and self._restated(sv, whole):
            return Count(q, "bare", whole.end)  # "12 of the 37 had been deported"
        if head == "people" and self._about_workers(sv):
            # "40 of the women were put on a flight home": people of a workforce
            if self._excluded(sv, sv.clause_of(q.core_start), "people", q.core_end, head_end):
                return None
            return Count(q, "people", head_end)
        if (
            head is None
            and split
            and self._about_workers(sv)
            and self.rules.work.search(text, head_end, sv.clause_of(q.core_start)[1])
        ):
            return Count(q, "bare", head_end)  # "1,000 of the recent arrivals were working in"
        if head != "worker":
            return None
        return Count(q, "worker", head_end)

    def _pronoun_chain(self, sv: SentenceView) -> int:
        """Where the antecedent of a pronoun partitive is looked for: two sentences back, and
        one sentence more for each sentence of the paragraph (up to ``ABOUT_WORKERS_REACH``)
        that itself points back by a plural pronoun ("The North Korean loggers start work
        ... A minder lives with them ... Nobody speaks Korean. There are now about 1,300 of
        them")."""
        sentences = self.view.sentences
        j = near = max(0, sv.index - 2)
        floor = max(0, sv.index - ABOUT_WORKERS_REACH)
        while j > floor:
            s = sentences[j]
            if s.sentence.paragraph != sv.sentence.paragraph or not self._has(
                self.g.chain_pronoun, s.start, s.end
            ):
                break
            j -= 1
        # the chain ends on the group it points to: North Koreans, not "migrants from
        # Uzbekistan" (else the two sentences before, as without a chain)
        places = sentences[j].places
        if j < near and not (
            any(p.kind == "dprk" for p in places) and not any(p.kind == "demonym" for p in places)
        ):
            j = near
        return sentences[j].start

    def _now_after_total(self, sv: SentenceView, q: Quantity) -> bool:
        """Does the figure's clause say "at present" after a sentence (of the two before)
        totalling years or using a perfect verb ("Over the past five years, a total of about
        14,000 ... have worked ...")? The part of now is a claim of its own."""
        cumulative, perfect, current = total_cues(self.cues.language)
        lo, hi = sv.clause_of(q.core_start)
        if not current.search(self.view.text, lo, hi):
            return False
        before = self.view.text[self.view.sentences[max(0, sv.index - 2)].start : sv.start]
        return not current.search(before) and bool(
            cumulative.search(before) or perfect.search(before)
        )

    def _unasserted(self, sv: SentenceView, sentence: str) -> set[float]:
        """The values of the sentence's figures its speaker does not assert: asked about
        ("Could there be as many as 5,000 ...?", "asked whether 20,000 ..."), withdrawn
        ("3,000 - no, I'm wrong, about 2,400"), denied ("Rumours of 20,000 are nonsense",
        "It was never 800.", a figure followed by "That is simply untrue."), or
        hypothetical ("If China let them, Pyongyang would send 50,000 more"). A value
        withdrawn once is withdrawn wherever the sentence names it ("the 800 ... cited in
        parliament ... It was never 800")."""
        counts = [q for q in sv.quantities if q.unit == "count"]
        if not counts:
            return set()
        text, sp = self.view.text, self.rules.spoken
        if self._denied_by_next(sv):
            self._denied.update(q.value for q in counts)
            return {q.value for q in counts}
        # a question holds its "?" (a literal test spares the pattern)
        if "?" in sentence and sp.question.match(sentence):
            return {q.value for q in counts}
        conditional = (
            self._last_needle(self._conditional_words, sv.start, sv.end) >= sv.start
            and sp.conditional.match(sentence) is not None
        )
        # past the sentence's start a denial opens on its ":" (its other branch opens the
        # text): without one after a figure no search can find it
        colon = text.rfind(":", sv.start, sv.end)
        # where the sentence's last denial word starts: a denial after a figure holds one
        denial = self._last_needle(self._denial_words, sv.start, sv.end)
        denied_ends = self.ends.denied
        out: set[float] = set()
        for i, q in enumerate(counts):
            before = max(sv.start, q.start - 100)
            denied = denial >= q.core_end
            if (
                (i + 1 < len(counts) and sp.corrected.match(text, q.core_end, sv.end))
                or (denied and sp.denied_after.match(text, q.core_end, sv.end))
                or (
                    denied
                    and colon >= q.core_end > 0
                    and sp.denial.search(text, q.core_end, sv.end)
                )
                or (
                    may_end_with(text[before : q.start], denied_ends)
                    and sp.denied_before.search(text, before, q.start)
                )
            ):
                self._denied.add(q.value)
                out.add(q.value)
            elif (conditional and sp.modal.search(text, before, q.start)) or (
                self._last_needle(self._asker_words, before, q.start) >= before
                and sp.indirect.search(text, before, q.start)
            ):
                out.add(q.value)
        # "The 200,000 figure appears to come from a 2016 speech" after the claim of 200,000
        # was denied ("Verdict: False."): a denied figure named again as a figure
        for q in counts:
            if q.value in self._denied and (
                (
                    self.g.definite.search(text, max(sv.start, q.start - 10), q.start)
                    and self.g.figure_noun_after.match(text, q.core_end, sv.end)
                )
                # "Verdict: False. || The figure of 500,000 circulated on social media"
                or self.g.figure_noun_before.search(text, max(sv.start, q.start - 20), q.start)
            ):
                out.add(q.value)
        return out

    def _first_person(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the figure a first-person group ("There were 300 of us", "We were 60")?"""
        sp, text = self.rules.spoken, self.view.text
        if sp.us_after.match(text, q.core_end, sv.end):
            return True
        return bool(sp.us_before.search(text, max(sv.start, q.start - 20), q.start))

    def _denied_by_next(self, sv: SentenceView) -> bool:
        """Does one of the next two sentences deny the figures before it ("Q: Some say
        10,000 ... Too high? A: Far too high."), with no other figure between?"""
        sentences = self.view.sentences
        for j in range(sv.index + 1, min(len(sentences), sv.index + 3)):
            s = sentences[j]
            if self._denies(j):
                return True
            if any(q.unit == "count" for q in s.quantities):
                return False
        return False

    def _denies(self, j: int) -> bool:
        """Does sentence ``j`` deny what was said before it ("Far too high.")? Cached: the
        two sentences before it ask."""
        denies = self._denials.get(j)
        if denies is None:
            s = self.view.sentences[j]
            denies = self._denials[j] = (
                self._last_needle(self._denial_words, s.start, s.end) >= s.start
                and self.rules.spoken.denial.match(self.view.text[s.start : s.end]) is not None
            )
        return denies

    def _last_needle(self, needles: tuple[str, ...], lo: int, hi: int) -> int:
        """Where the last of ``needles`` (:func:`_needles`) in text[lo:hi] starts, -1 when
        none is there; ``hi`` (all may be there) without the lower-cased copy. A pattern whose
        matches hold one of them matches in the span only at or before that place."""
        if self._low is None:
            return hi
        if len(needles) <= FEW_NEEDLES:
            return max(self._low.rfind(w, lo, hi) for w in needles) if needles else -1
        # many needles: the lower-cased copy scanned once per needle set (the document's
        # sentences and figures ask many spans), each span answered by bisection
        found = self._needle_index.get(id(needles))
        if found is None or found[0] is not needles:
            found = self._needle_index[id(needles)] = (needles, NeedleIndex(self._low, needles))
        return found[1].last(lo, hi)

    def _answers_count_question(self, sv: SentenceView, q: Quantity) -> bool:
        """Does one of the two sentences before ask how many workers or people there are
        ("Q: How many North Koreans worked on your site?"), or the figure's own sentence
        before it ("Asked how many North Koreans work in the krai, he said: 'Around
        3,000'")?"""
        own = self._question(sv.index)
        if own is not None and own.start() < q.start:
            return self._names_workers(own.start(), q.start)
        for j in range(max(0, sv.index - ANSWER_REACH), sv.index):
            if self._question(j) is not None:
                if self._sentence_names_workers(j):
                    return True
                break
        return self._answers_turn(sv)

    def _answers_turn(self, sv: SentenceView) -> bool:
        """In a transcript's turns, does the latest question turn before the figure name
        workers or people, or leave its noun out and follow such a question ("Q: How many
        North Korean workers did you have at the peak? A: ... Q: How many are there now?
        A: About 40")?"""
        text, sp = self.view.text, self.rules.spoken
        for j in range(sv.index - 1, max(-1, sv.index - TURN_REACH - 1), -1):
            s = self.view.sentences[j]
            turn = text[s.start : s.end]
            if not sp.turn_question.match(turn):
                # "HOST: Let's talk numbers. How many North Korean workers did Kuwait have?":
                # a question of the turn in a sentence of its own
                if (
                    "?" in turn
                    and self._question(j) is not None
                    and self._sentence_names_workers(j)
                ):
                    return True
                continue
            if self._sentence_names_workers(j):
                return True
            if sp.other_turn.match(turn):
                return False  # "Q: How old were you?"
            asks = self._question(j)
            if asks is not None and not sp.elided.match(text, asks.start(), s.end):
                return False  # "Q: How many companies employ them?"
        return False

    def _dprk_receives(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the DPRK the subject of a receiving verb right before the figure ("North Korea
        once had about 2,500 there")?"""
        text = self.view.text
        return any(
            p.kind == "dprk"
            and p.end <= q.start
            and q.start - p.end < 30
            and self.cues.receive_before_figure.search(text, p.end, q.start) is not None
            for p in sv.places
        )

    def _whole_answer(self, sv: SentenceView, q: Quantity) -> bool:
        """Is a vague figure a transcript turn's whole answer to a question about the workers
        or after their figures ("GUEST: Honestly, tens of thousands.", "HOST: And Cambodia?
        GUEST: Far fewer. A few hundred at the most.")?"""
        text = self.view.text
        return (
            self.g.answer_lead.fullmatch(text, self._opening(sv), q.start) is not None
            and self.g.answer_end.match(text, q.end, sv.end) is not None
            and (self._answers_count_question(sv, q) or self._fragment_answer(sv, q))
        )

    def _fragment_answer(self, sv: SentenceView, q: Quantity) -> bool:
        """Is the figure a turn's whole answer ("REPORTER: Around 150, he says.") to a
        question turn right before it that follows figures counted just before ("... told us
        60 arrived last week ... ANCHOR: And before the pandemic?")?"""
        text, sp = self.view.text, self.rules.spoken
        j = sv.index - 1
        if (
            j >= 1
            and not sp.turn_question.match(
                text[self.view.sentences[j].start : self.view.sentences[j].end]
            )
            and not any(o.unit == "count" for o in self.view.sentences[j].quantities)
        ):
            j -= 1  # "HOST: And Cambodia? || GUEST: Far fewer. A few hundred at the most."
        if j < 1 or not any(k in self._counted for k in range(max(0, j - 2), j)):
            return False
        opening = self._opening(sv)
        if (
            _FRAGMENT_LEAD.fullmatch(text, opening, q.start) is None
            and self.g.answer_lead.fullmatch(text, opening, q.start) is None
        ):
            return False
        if (
            _FRAGMENT_END.match(text, q.end, sv.end) is None
            and self.g.answer_end.match(text, q.end, sv.end) is None
        ):
            return False
        s = self.view.sentences[j]
        turn = text[s.start : s.end]
        # an elliptical question ("And before the pandemic?"), not "How old were you then?"
        # nor one asking how many of something else
        return (
            sp.turn_question.match(turn) is not None
            and sp.other_turn.match(turn) is None
            and self._question(j) is None
        )

    def _question(self, j: int) -> re.Match[str] | None:
        """The first question asking how many in sentence ``j`` (searched once per
        sentence)."""
        if j not in self._asks:
            s = self.view.sentences[j]
            self._asks[j] = self.rules.count_question.search(self.view.text, s.start, s.end)
        return self._asks[j]

    def _ship_crew(self, sv: SentenceView, q: Quantity, head_end: int) -> bool:
        """Is the figure a ship's crew: a crew noun after a vessel named just before it ("a
        tanker with a crew of 26 North Korean sailors"), or people counted among a crew ("12
        DPRK nationals among the crew of a seized tanker")?"""
        text, rules = self.view.text, self.rules
        if rules.crew_after.match(text, head_end, sv.end):
            return True
        if (
            rules.its_before.search(text, max(sv.start, q.start - 8), q.start)
            and rules.crew.search(text, q.core_end, head_end)
            and rules.vessel.search(text, self.view.sentences[max(0, sv.index - 1)].start, q.start)
        ):
            return True  # "seized the ... cargo ship ... Its 21 crew members": the ship's
        return (
            rules.crew.search(text, q.core_end, head_end) is not None
            and rules.vessel_crew_before.search(text, max(sv.start, q.start - 50), q.start)
            is not None
        )

    def _home_vessel_crew(self, sv: SentenceView, q: Quantity, head_end: int) -> bool:
        """Is the figure the crew of a North Korean ship named before it in its sentence ("a
        North Korean freighter and its 19 sailors")?"""
        text = self.view.text
        if not self.rules.crew.search(text, q.core_end, head_end):
            return False
        return any(
            p.kind == "dprk"
            and p.end <= q.start
            and self.rules.home_vessel.match(text, p.end, q.start) is not None
            for p in sv.places
        )

    def _others_subject(self, sv: SentenceView, lo: int, hi: int) -> bool:
        """Does the span before a level name only other nations' people by where they come
        from ("The quota for citizens of Uzbekistan ... is")?"""
        text, found = self.view.text, False
        for p in sv.places:
            if not lo <= p.start < hi:
                continue
            if p.kind == "dprk":
                return False
            found = found or bool(self._people_of.search(text, max(lo, p.start - 40), p.start))
        return found

    def _others_relative(self, sv: SentenceView, lo: int, hi: int) -> bool:
        """Does the level's clause open with a relative on another nation's people right
        before it ("Ukrainians, who number about 1.5 million in Poland")?"""
        text = self.view.text
        rel = self.g.relative.search(text, lo, hi)
        if rel is None or text[lo : rel.start()].strip(" ,"):
            return False
        if any(
            p.kind == "demonym"
            and p.end <= rel.start()
            and not text[p.end : rel.start()].strip(" ,")
            for p in sv.places
        ):
            return True
        # "migrants from Uzbekistan and Tajikistan, who number about 20,000": people named
        # by the countries they come from, a list of places right before the relative
        at, first = rel.start(), None
        for p in reversed(sv.places):
            if p.end > at:
                continue
            if p.kind == "dprk" or not (
                (at == rel.start() and not text[p.end : at].strip(" ,"))
                or self.g.list_joint.fullmatch(text, p.end, at)
            ):
                break
            at, first = p.start, p
        return first is not None and bool(
            self._people_of.search(text, max(sv.start, first.start - 60), first.start)
        )

    def _restated(self, sv: SentenceView, whole: Quantity) -> bool:
        """Is ``whole`` ("of the 37") a figure stated in an earlier sentence about workers?"""
        return self._about_workers(sv) and any(
            o.unit == "count" and o.low == whole.low and o.high == whole.high
            for s in self.view.sentences[: sv.index]
            for o in s.quantities
        )

    def _others_antecedent(self, sv: SentenceView, q: Quantity, since: int | None = None) -> bool:
        """Is the group of a pronoun partitive ("some 4,000 of them") another nation's
        people named earlier in its sentence ("Ukrainian and Filipino welders", "Mongolia's own
        labour migrants"), or in the sentences from character ``since`` ("Russian miners went
        on strike ... about 700 of them"), with no DPRK name before the figure?"""
        if self._others_named(sv.places, q):
            return True
        if since is None:
            return False
        back = self.view.sentences[max(0, sv.index - ABOUT_WORKERS_REACH) : sv.index]
        return self._others_named([p for s in back for p in s.places if p.start >= since], q)

    def _others_named(self, places: list[PlaceMention], q: Quantity) -> bool:
        """Does one of ``places`` before the figure name another nation's workers or people,
        with no DPRK name among them?"""
        text, nouns = self.view.text, (self.cues.worker_nouns, self.cues.people_nouns)
        if any(p.kind == "dprk" and p.start < q.start for p in places):
            return False
        for p in places:
            if p.end > q.start:
                continue
            # "Mongolia's own labour migrants, about 60,000 of them": a country's own people
            own = self.g.country_own.match(text, p.end) if p.kind == "country" else None
            if p.kind != "demonym" and own is None:
                continue
            words = _NEXT_WORDS.match(text, own.end() if own else p.end, q.start)
            if words and any(
                n.fullmatch(w) for n in nouns for w in (words.group(1), words.group(0).strip())
            ):
                return True
        return False

    def _foreign(self, sv: SentenceView, start: int, end: int) -> bool:
        """Another nation's people: a non-DPRK nationality between the figure and its noun
        (up to a second figure that shares the noun: "1,200 North Korean and 6,000 Chinese
        nationals")."""
        end = next((o.start for o in sv.quantities if start < o.start < end), end)
        for p in sv.places:
            if start <= p.start and p.end <= end and p.kind != "dprk" and p.kind != "abroad":
                return True
        return bool(self.g.local_words.search(self.view.text[start:end]))


@functools.cache
def people_of(language: str) -> re.Pattern[str]:
    """People named by where they come from, up to the place ("migrants from (the)"); built
    once per language, not per document."""
    rel = Vocabulary("cues", language)["relevance"]
    return re.compile(
        r"\b(?:"
        + phrase_pattern(rel.get("people_worker_nouns", []))
        + r")\s+(?:"
        + phrase_pattern(rel.get("people_origin_prepositions", []))
        + r")\s+(?:(?:"
        + words(language, "articles")
        + r")\s+)?$",
        re.IGNORECASE,
    )


@functools.cache
def origin_link(language: str) -> re.Pattern[str]:
    """The words between a bare figure and the country its people come from ("6,000 from
    (Uzbekistan)", "35 of (the DPRK)"); built once per language."""
    rel = Vocabulary("cues", language)["relevance"]
    return re.compile(
        r"\s+(?:"
        + phrase_pattern(rel.get("people_origin_prepositions", []))
        + r")\s+(?:(?:"
        + words(language, "articles")
        + r")\s+)?$",
        re.IGNORECASE,
    )


def _after_line_label(text: str, q: Quantity) -> bool:
    """Does the figure follow a short label that opens its line ("LAOS, VIETNAM: several
    hundred")?"""
    line = text.rfind("\n", 0, q.start) + 1
    label = text[line : q.start].rstrip()
    return label.endswith(":") and len(label) <= LINE_LABEL_CHARS


def _figure_label(text: str, q: Quantity) -> bool:
    """Does the figure open its line as a label before a colon ("1,500: workers sent to
    China", a line of "by the numbers")?"""
    if text[q.core_end : q.core_end + 2] != ": ":
        return False
    line = text.rfind("\n", 0, q.start) + 1
    return not text[line : q.start].strip()


def _skip_space(text: str, at: int, end: int) -> int:
    """The first offset from ``at`` (before ``end``) that is not white space."""
    while at < end and text[at].isspace():
        at += 1
    return at


def _clock_time(text: str, q: Quantity) -> bool:
    """Is the figure an hour or a minute of a time of day ("10:42", "at 11:15")?"""
    after = text[q.core_end : q.core_end + 3]
    if len(after) == 3 and after[0] == ":" and after[1:].isdigit():
        return q.core_end - q.core_start <= 2
    before = text[max(0, q.core_start - 3) : q.core_start]
    return len(before) == 3 and before[2] == ":" and before[:2].strip().isdigit()


def _member_near(member: re.Pattern[str], gap: str) -> bool:
    """Does a member word ("including", "of whom") open the last 60 characters before a
    DPRK name ("48,000 foreign workers last year, the office said, of whom about 3,500 were
    citizens of North Korea")?"""
    starts = [m.start() for m in member.finditer(gap)]
    return bool(starts) and len(gap) - starts[-1] < 60
