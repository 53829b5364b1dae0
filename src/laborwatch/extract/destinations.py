"""Where the counted workers are (or go): ISO codes and M49 regions for one figure.

Order of evidence: a place introduced right after the figure ("2,500 in Kuwait",
"workers overseas"), else the nearest place before it in its clause ("Russia will get
24,200"), else the places of the sentence that no other figure took, else the clear
context (the nearest earlier sentences). A general "abroad" is refined by a specific
country that a neighbouring sentence names as a destination ("departure to Russia").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from laborwatch.extract.counts import Count, ends_list_item, people_of
from laborwatch.extract.cues import Cues, Vocabulary, located_verbs
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.numbers import Quantity
from laborwatch.extract.places import PlaceMention
from laborwatch.extract.vocab import phrase_pattern, words

ABROAD = "M49:001"
_STATE_KINDS = frozenset({"country", "demonym"})  # a state speaking of its own workers
_BODY_KINDS = _STATE_KINDS | {"subdivision", "city"}  # a state or local body that acts
_QUOTE_MARKS = '"“”'  # a direct quote before a speech verb
VENUE_REACH = 90  # characters from an event noun to the place it was held in
SPEECH_SEAT_REACH = 60  # characters from a speech verb to the place it was made in
_OWN_PLACE_KINDS = _STATE_KINDS | {"subdivision", "city"}  # ... or a region, of "the region"
CONTEXT_BACK = 4
CONTEXT_AHEAD = 2
REFINE_REACH = 2  # sentences before or after that may refine a general 'abroad'
AFTER_WINDOW = 90
DATELINE_REACH = 12  # sentences after a dateline that it places when nothing else does
OTHERS_FIGURE = 10  # the least figure of another group that owns its sentence's places
SOLD_TO_REACH = 50  # characters before a place where "sells ... to" may open
NEIGHBOUR_REACH = 20  # characters before a place where "neighbouring" may stand
PEOPLE_REACH = 3  # words after another group's figure where its people noun may stand
SPEAKER_RELATIVE_REACH = 70  # characters before a speaker's place where "who ..." may open
TRANSFER_REACH = 130  # characters before a journey's end where its verb may stand
SOURCE_CLAUSE_REACH = 100  # characters before a place where a source's relative may open
LEAD_REACH = 2  # sentences after a headline that may place its figure
_QUOTES = frozenset("\"'\u201c\u2018")  # a sentence that opens a direct quote
_SENTENCE_ENDS = frozenset(".!?\"'\u201d\u2019")  # a headline ends with none of these
# the word right before a place; tried only where no letter is before (where the leftmost
# match starts anyway) and never given back (no shorter word is followed by a space):
# linear in the slice, not quadratic
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z][\w.&-]*+)\s+$")
_NAME_AFTER = re.compile(r"\s+([A-Z][\w&-]*)")  # a capitalised word right after it
_WORDS = re.compile(r"[A-Za-z][\w'-]*")
_CLAUSE_MARK = re.compile(r"[,;]")
_ASIDE_MARK = re.compile(r"[:()\u2013\u2014]|\s-\s")  # a dash or bracket opens an aside
# "China (50,000)", "China: 50,000", "Russia — 20,000 to 30,000"
_BRACKET_OPEN = re.compile(r"\s*\(\s*")  # "Dalian (PRC)": a place bracketed after a place
_BRACKET_GAP = re.compile(r"\s*[(:]\s*|\s+[\u2013\u2014]\s+")
_LETTER = re.compile(r"[^\W\d_]")
# "(an official in Chiang Rai), across the river, said": a comma, or an aside between commas,
# before a speaker's verb
_SPEAKER_ASIDE = re.compile(r",(?:[^,.;:()\"\u201c\u201d]{1,40}(?=,),)?")
_POSSESSIVE = re.compile(r"['’]s?\b")  # "Russia's (camps)"
# a word between a journey's verb and its end: lower-case, or a hyphenated modifier
# ("moved to Russian-occupied Luhansk"), never a name ("to China after Ulaanbaatar")
_JOURNEY_WORD = r"(?-i:[a-z][\w-]*|[A-Z][a-z]+-[a-z][\w-]*)"
# an agency credit after a dateline: "(Interfax-Asia)", "(Asia Wire)"
_CREDIT_OPEN = re.compile(r"[^()\n]{0,30}\([^()\n]*")
_CREDIT_CLOSE = re.compile(r"[^()\n]{0,30}\)")


@dataclass(frozen=True)
class _Grammar:
    joiner: re.Pattern[str]  # "Qatar and the UAE"
    alternative: re.Pattern[str]  # "thousands, maybe even tens of thousands"
    place_joiner: re.Pattern[str]  # "in Russia and in China": places of one list
    place_relative: re.Pattern[str]  # "Russia, where an estimated (12,000) work"
    part_gap: re.Pattern[str]  # "one in five of them": a part placed, not the whole
    baseline: re.Pattern[str]  # "(5,000 in Russia,) up from (3,000)": an earlier level
    prep_after: re.Pattern[str]  # "2,500 ... in (the city of) Kuwait"
    prep_before: re.Pattern[str]  # "departure to Russian-occupied areas of eastern Ukraine"
    elsewhere: re.Pattern[str]  # "in China and elsewhere"
    unplaced: re.Pattern[str]  # "38,000 in Russia ... and some 3,000 elsewhere"
    located_from: re.Pattern[str]  # "operate from Shenyang": where they are
    proximity: re.Pattern[str]  # "near" a city: in its country
    homeward: re.Pattern[str]  # "on their way home" after a place
    body_after: re.Pattern[str]  # "border officials" after a demonym
    fronted_prep: re.Pattern[str]  # "In" before a fronted locative
    fronted_gap: re.Pattern[str]  # "In Oman, about 300": a locative fronted before the figure
    site_located: re.Pattern[str]  # "a Chinese firm in Russia": the firm is placed
    respective: re.Pattern[str]  # "30,000 and 50,000 respectively"
    attribute_after: re.Pattern[str]  # "US sanctions": the place names a policy's author
    feature_after: re.Pattern[str]  # "the Tumen (river)": a river, not the city
    deictic: re.Pattern[str]  # "working here": the place the story was filed from
    distal: re.Pattern[str]  # "employed there": a place named before, not the speaker's
    arrival: re.Pattern[str]  # "are due to arrive": coming to where the story stands
    neighbour: re.Pattern[str]  # "neighbouring (Thailand)": a place set beside another
    denial: re.Pattern[str]  # "had no plans to hire North Koreans": a place that hosts none
    appositive_region: re.Pattern[str]  # "Malta, the (EU)'s smallest member"
    sold_to: re.Pattern[str]  # "sells most of its power to (Thailand)": a buyer
    deictic_place: re.Pattern[str]  # "a yard in this port city", before the figure too
    left: re.Pattern[str]  # "left (Mongolia)": a verb of leaving right before a place
    left_for: re.Pattern[str]  # "(Mongolia) for (Russia)": where they went
    speaker_in: re.Pattern[str]  # "researchers in London": a lower-case noun + preposition
    speech_seat: re.Pattern[str]  # "a researcher said in (Tokyo)": where the speech was made
    speaker_relative: re.Pattern[str]  # "a woman who sewed uniforms in (Hunchun)"
    additive: re.Pattern[str]  # "(work in the region) too": alongside others
    possessive_part: re.Pattern[str]  # "(Russia)'s east (and China's northeast)"
    junction: re.Pattern[str]  # "(where China, Russia and North Korea) meet": borders
    source_clause: re.Pattern[str]  # "(3,000), according to a trader who ships crab to (Russia)"
    speech_after: re.Pattern[str]  # "(London) estimate that": a speech verb after the place
    observer_act_after: re.Pattern[str]  # "(the United States) imposed sanctions on"
    from_origin: re.Pattern[str]  # "from (Russia)": where people come from
    transit_site: re.Pattern[str]  # "through (Russia's camps)": where they worked
    one_region_country: re.Pattern[str]  # "the Gulf state": one country, not the region
    one_region_before: re.Pattern[str]  # "(the) Gulf state"
    one_region_lead: re.Pattern[str]  # "(The )Gulf" as the name's own first word
    region_apposition: re.Pattern[str]  # "the Gulf (state of) Qatar": a region describes
    demonym_apposition: re.Pattern[str]  # "the Congolese (capital,) Kinshasa": it describes
    venue: re.Pattern[str]  # "(at a conference on forced labour in) Warsaw": an event's seat
    trailing_speaker: re.Pattern[str]  # "(, a diplomat in) Brazzaville told": a seat
    from_after: re.Pattern[str]  # "operate from (Shenyang)": after a figure, a placed 'from'
    located_verb: re.Pattern[str]  # "operate", anywhere in the clause
    continuation: re.Pattern[str]  # "They (were sent to ...)": the story goes on
    region_class: re.Pattern[str]  # "(Qatar was) among the (last) Gulf states"
    former: re.Pattern[str]  # "who previously worked in (China)"
    onward: re.Pattern[str]  # "went on by train to (Russia)": the end of a journey
    connection: re.Pattern[str]  # "boarded a train for (Vladivostok)": the onward leg
    onward_bare: re.Pattern[str]  # "and then on to (Dubai)": an onward leg, no verb
    transfer: re.Pattern[str]  # "transferred to sites in (Belarus)": a move between hosts
    instead_before: re.Pattern[str]  # "sent instead to (Russia)": it replaced the places before
    instead_after: re.Pattern[str]  # "(Belarus) instead": it replaced the places before
    part_before: re.Pattern[str]  # "60 percent of (the 100,000)": a part of the figure
    whole_after: re.Pattern[str]  # "12 (of the) 1,200 workers": a part of a whole
    return_before: re.Pattern[str]  # "(ordered 500 workers) home (from Qatar)"
    observers: frozenset[str]  # states that speak of workers elsewhere ("US officials")
    commenter_after: re.Pattern[str]  # "(a French) researcher": no voice of the state
    state_types: dict[str, frozenset[str]]  # "the sultanate": Oman or Brunei
    place_types: dict[str, frozenset[str]]  # "the city": the nearest city (place kinds)
    described_anaphor: re.Pattern[str]  # "the landlocked country": an adjective inside
    examples: re.Pattern[str]  # "(abroad, in countries) such as (China)"
    part_place: re.Pattern[str]  # "50,000, most of them in (China)": the part's place
    example_gap: re.Pattern[str]  # "(African) countries, including (Uganda)"
    seat: re.Pattern[str]  # "an agency based in (Gdansk)": an intermediary's seat
    attached: re.Pattern[str]  # "30,000 in (the city of) Russia": right after the figure
    return_after: re.Pattern[str]  # "sent (home)": a sending verb that returns them
    home_from: re.Pattern[str]  # "on their way home from (Russia)": where they worked
    bound_vehicle: re.Pattern[str]  # "(Russia)-bound train": a vehicle's journey's end
    employer_seat: re.Pattern[str]  # "(Kuwait)-based contractor": an employer's seat
    entered_from: re.Pattern[str]  # "who had entered from (Russia)": where they came from


@functools.cache
def _grammar(language: str) -> _Grammar:
    """The destination patterns of ``language``; its words come from ``grammar.yaml``."""
    joiners = words(language, "list_joiners")
    the = words(language, "articles")
    areas = words(language, "area_nouns")
    of = words(language, "of_words")
    located = located_verbs(language)
    prep_after = words(language, "destination_prepositions_after")
    seat_in = words(language, "speaker_place_prepositions")
    events = words(language, "venue_events")
    topic = words(language, "venue_topic_prepositions")
    # possessive blanks (\s*+): a gap of spaces is not split between two \s* in every way
    # before failing (quadratic on a long run of spaces); the words after start with no space
    return _Grammar(
        part_gap=re.compile(r"\b(?:" + words(language, "part_gap_markers") + r")\b", re.I),
        place_relative=re.compile(
            r",\s+(?:" + words(language, "place_relatives") + r")\s+(?:[\w-]+\s+){0,3}$", re.I
        ),
        joiner=re.compile(
            rf"^\s*+(?:,|{joiners}|,\s*+(?:{joiners}))?\s*+(?:(?:{the})\s+)?$", re.IGNORECASE
        ),
        alternative=re.compile(
            r"\s*,\s*(?:" + words(language, "figure_alternatives") + r")\s*", re.IGNORECASE
        ),
        place_joiner=re.compile(
            rf"^\s*+(?:,|{joiners}|,\s*+(?:{joiners})|,?\s*+(?:"
            + words(language, "place_list_joiners")
            + r"))?\s*+(?:(?:"
            + words(language, "place_list_prepositions")
            + rf")\s+)?(?:(?:{the})\s+)?(?:(?:"
            + words(language, "place_list_quantifiers")
            + r")\s+)?$",
            re.IGNORECASE,
        ),
        baseline=re.compile(
            r"(?:"
            + words(language, "baseline_before")
            + r")\s+(?:(?:"
            + words(language, "figure_fillers")
            + r")\s+)?$",
            re.IGNORECASE,
        ),
        prep_after=re.compile(
            r"^[^,;.]{0,70}?(?:" + words(language, "destination_prepositions_after") + r")\s+"
            rf"(?:(?:{the})\s+)?(?:(?:{areas})\s+(?:{of})\s+)?(?:[\w'-]+\s+){{0,3}}"
            # "in the northeastern Chinese province of Liaoning": described, then named
            rf"(?:(?:{areas})\s+(?:{of})\s+)?"
            # "in Saxony, Germany": a name the gazetteer lacks, then its country; "in the
            # Congolese capital, Kinshasa": an area noun, then the place it names
            r"(?:(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*))?,\s+"
            rf"|(?:{areas}),\s+)?$",
            re.IGNORECASE,
        ),
        prep_before=re.compile(
            r"(?:" + words(language, "destination_prepositions_before") + r")\s+"
            rf"(?:(?:{the})\s+)?(?:[A-Z][\w'-]*-(?:"
            + words(language, "control_suffixes")
            + rf")\s+)?(?:(?:{areas})\s+(?:{of})\s+)?(?:(?:"
            + words(language, "compass_words")
            + r")\s+)?$"
        ),
        elsewhere=re.compile(
            rf"^\s*(?:,\s*)?(?:{joiners})\s+(?:" + words(language, "elsewhere_phrases") + ")",
            re.IGNORECASE,
        ),
        unplaced=re.compile(
            r"\s*(?:" + words(language, "unplaced_after_figure") + r")\b", re.IGNORECASE
        ),
        located_from=re.compile(rf"\b(?:{located})\s+(?:\w+\s+)?$", re.IGNORECASE),
        homeward=re.compile(
            phrase_pattern(Vocabulary("cues", language)["homeward_after"]), re.IGNORECASE
        ),
        # "Estonian border officials", "Russian migration data": a state's body or records
        body_after=re.compile(
            r"\s+(?:(?-i:[a-z][\w-]*)\s+){1,2}?(?:"
            + phrase_pattern(Vocabulary("cues", language)["organisation_nouns"])
            + "|"
            + words(language, "document_nouns")
            + r")\b",
            re.IGNORECASE,
        ),
        fronted_prep=_ending_in(language, r"\b", "destination_prepositions_before"),
        fronted_gap=re.compile(
            r"(?:\s*,\s*|\s+)(?:(?:"
            + words(language, "fronted_value_prepositions")
            + r")\s+)?(?:(?:"
            + words(language, "existential_openers")
            + r")\s+)?(?:(?:"
            + words(language, "figure_fillers")
            + r")\s+)?$",
            re.IGNORECASE,
        ),
        proximity=re.compile(
            r"(?:" + phrase_pattern(Vocabulary("cues", language)["proximity_before"]) + r")",
            re.IGNORECASE,
        ),
        site_located=re.compile(
            r"\s+(?:" + words(language, "site_located_by") + rf")\s+(?:(?:{the})\s+)?",
            re.IGNORECASE,
        ),
        attribute_after=re.compile(
            r"^\s+(?:" + words(language, "place_attribute_nouns") + ")", re.IGNORECASE
        ),
        feature_after=re.compile(
            r"^\s+(?:" + words(language, "water_feature_nouns") + r")\b", re.IGNORECASE
        ),
        deictic=re.compile(r"\b(?:" + words(language, "dateline_deictics") + r")\b", re.I),
        distal=_listed(language, "distal_anaphors", r"\b", r"\b"),
        arrival=_listed(language, "arrival_verbs", r"\b", r"\b"),
        sold_to=re.compile(
            r"\b(?:"
            + words(language, "sale_verbs")
            + r")\s+(?:(?!(?:"
            + words(language, "sale_people")
            + rf")\b)(?-i:[a-z][\w'-]*)\s+){{1,4}}to\s+(?:(?:{the})\s+)?$",
            re.IGNORECASE,
        ),
        appositive_region=re.compile(rf",\s+(?:(?:{the})\s+)?", re.IGNORECASE),
        denial=_listed(language, "host_denials", r"\b", r"\b"),
        neighbour=re.compile(
            r"\b(?:" + phrase_pattern(Vocabulary("cues", language)["origin_adjectives"]) + r")\s+$",
            re.IGNORECASE,
        ),
        deictic_place=re.compile(
            r"\b(?:"
            + words(language, "deictic_place_openers")
            + r")(?:\s+[a-z-]+){0,2}?\s+(?:"
            + words(language, "deictic_place_nouns")
            + r")\b",
            re.I,
        ),
        speaker_relative=re.compile(
            r"\b(?:" + words(language, "subject_relatives") + r")\s+\w+", re.IGNORECASE
        ),
        additive=_listed(language, "additive_words", r"\b", r"\b"),
        possessive_part=_listed(language, "possessive_parts", r"['’]s\s+", r"\b"),
        junction=_listed(language, "junction_verbs", r"\s+", r"\b"),
        source_clause=re.compile(
            r"(?:\b(?:"
            + words(language, "source_clause_openers")
            + r")|,\s*(?:"
            + words(language, "inversion_verbs")
            + r"))\s+(?:[\w'’-]+\s+){1,5}?(?:"
            + words(language, "source_relatives")
            + r")\s+[^,;:()]*$",
            re.IGNORECASE,
        ),
        speaker_in=_ending_in(language, r"\b(?-i:[a-z][\w-]*)\s+", "speaker_place_prepositions"),
        speech_seat=re.compile(
            r"\b(?:"
            + words(language, "speech_seat_verbs")
            + r")\s+(?:(?:"
            + words(language, "speech_seat_objects")
            + r")\s+)?(?:on\s+(?-i:[A-Z][a-z]+)\s+)?(?:(?:"
            + words(language, "speech_seat_settings")
            + r")\s+)?in\s+(?:(?:"
            + words(language, "articles")
            + r")\s+)?$",
            re.IGNORECASE,
        ),
        speech_after=re.compile(
            r"^\s+(?:(?-i:[a-z][\w-]*)\s+)?(?:"
            + phrase_pattern(Vocabulary("cues", language)["speech_verbs"])
            + r")\b",
            re.IGNORECASE,
        ),
        observer_act_after=re.compile(
            r"^\s+(?:(?-i:[a-z][\w-]*)\s+)?(?:" + words(language, "observer_acts") + r")\b",
            re.IGNORECASE,
        ),
        from_origin=re.compile(words(language, "origin_prepositions"), re.IGNORECASE),
        transit_site=re.compile(
            r"(?:" + words(language, "transit_site_prepositions") + r")\b", re.IGNORECASE
        ),
        from_after=re.compile(
            r"^[^,;.]{0,70}?\b(?:"
            + words(language, "origin_prepositions")
            + rf")\s+(?:(?:{the})\s+)?$",
            re.IGNORECASE,
        ),
        located_verb=re.compile(rf"\b(?:{located})\b", re.IGNORECASE),
        attached=re.compile(
            r"\s*(?:(?:" + words(language, "destination_prepositions_after") + r")\s+)"
            rf"(?:(?:{the})\s+)?(?:(?:{areas})\s+(?:{of})\s+)?",
            re.IGNORECASE,
        ),
        examples=_listed(language, "example_markers", r"\b", r"\b"),
        part_place=_listed(language, "part_place_openers", r",\s*", r"\b"),
        seat=_listed(
            language,
            "seat_nouns",
            r"\b",
            rf"\s+(?:{words(language, 'seat_participles')})\s+(?:(?:{the})\s+)?$",
        ),
        # "African countries, including (Uganda)": a wider place's examples after it
        example_gap=re.compile(
            r"(?:\s+(?-i:[a-z][\w-]*)){0,3}\s*,?\s*(?:"
            + words(language, "place_example_markers")
            + rf")\s+(?:(?:{the})\s+)?",
            re.IGNORECASE,
        ),
        observers=frozenset(Vocabulary("grammar", language)["observer_states"]),
        state_types={
            str(k).lower(): frozenset(v)
            for k, v in Vocabulary("grammar", language)["state_types"].items()
        },
        place_types={
            str(k).lower(): frozenset(v)
            for k, v in Vocabulary("grammar", language)["place_types"].items()
        },
        described_anaphor=re.compile(
            r"\bthe\s+(?-i:[a-z][a-z-]+)\s+(?:"
            + phrase_pattern(
                [
                    str(a).split(None, 1)[1]
                    for a in Vocabulary("cues", language)["place_anaphors"]
                    if str(a).lower().startswith("the ")
                ]
            )
            + r")\b",
            re.IGNORECASE,
        ),
        commenter_after=_listed(
            language, "commenter_nouns", r"\s+(?:(?-i:[a-z][\w-]*)\s+)?", r"\b"
        ),
        return_before=_listed(language, "return_particles", r"\b", r"\s+$"),
        return_after=_listed(language, "return_particles", r"\s+", r"\b"),
        home_from=_listed(
            language,
            "return_particles",
            r"\b",
            rf"\s+(?:{words(language, 'origin_prepositions')})\s+(?:(?:{the})\s+)?$",
        ),
        bound_vehicle=_listed(
            language,
            "journey_suffixes",
            r"^\.?-",
            rf"\s+(?:[\w-]+\s+)?(?:{words(language, 'connection_vehicles')})\b",
        ),
        employer_seat=_listed(
            language,
            "employer_seat_suffixes",
            r"^\.?-",
            rf"\s+(?:[\w-]+\s+)?(?:{words(language, 'employer_nouns')})\b",
        ),
        entered_from=_listed(
            language,
            "entry_verbs",
            r"\b",
            rf"\s+(?:{words(language, 'origin_prepositions')})\s+(?:(?:{the})\s+)?$",
        ),
        # "who previously worked in (China)": an adverb, a verb or two, a preposition
        former=_listed(
            language,
            "former_adverbs",
            r"\b",
            rf"\s+(?:[a-z][\w-]*\s+){{1,2}}?(?:{prep_after})\s+(?:(?:{the})\s+)?$",
        ),
        # "went on by train to (Russia)": a verb, "on", up to three words, "to"
        onward=_listed(
            language,
            "onward_verbs",
            r"\b",
            rf"\s+(?:{words(language, 'onward_particles')})(?:\s+(?-i:[a-z]+)){{0,3}}?\s+to\s+"
            rf"(?:(?:{the})\s+)?$",
        ),
        onward_bare=_listed(language, "onward_bare", r"\b", rf"\s+(?:(?:{the})\s+)?$"),
        connection=re.compile(
            r"\b(?:"
            + words(language, "connection_verbs")
            + r")\s+(?:(?:"
            + words(language, "indefinite_articles")
            + "|"
            + the
            + r")\s+)?(?:[\w-]+\s+)?(?:"
            + words(language, "connection_vehicles")
            + r")\s+(?:"
            + words(language, "connection_ends")
            + rf")\s+(?:(?:{the})\s+)?$",
            re.IGNORECASE,
        ),
        # "60 percent of (North Korea's estimated 100,000)": a part of the figure before it
        whole_after=re.compile(rf"\s+(?:{of})\s+(?:{the})\s+", re.IGNORECASE),
        part_before=re.compile(
            r"\b(?:" + words(language, "part_of_words") + r")\s+of\s+(?:[\w'’-]+\s+){0,3}$",
            re.IGNORECASE,
        ),
        # "(sent to Belarus) instead": the place that replaced the planned one
        # "were sent instead to (Russia)", "were instead sent to (Russia)"
        instead_before=re.compile(
            r"\b(?:" + words(language, "replacement_words") + r")\s+(?:[a-z]+\s+){0,2}?"
            rf"(?:to|into|for)\s+(?:{_JOURNEY_WORD}\s+){{0,3}}?(?:(?:in|at|on)\s+)?"
            rf"(?:(?:{the})\s+)?$",
            re.IGNORECASE,
        ),
        instead_after=re.compile(
            r",?\s+(?:" + words(language, "replacement_words") + r")\b", re.IGNORECASE
        ),
        # "transferred to building sites in (Belarus)": a verb, "to", up to three words
        transfer=_listed(
            language,
            "transfer_verbs",
            r"\b",
            # "transferred from a plant in Hunchun to one across the border in (Russia)"
            rf"\s+(?:from\s+[^,.;]{{0,60}}?\s+)?(?:to|into)\s+(?:{_JOURNEY_WORD}\s+){{0,4}}?"
            rf"(?:(?:in|at|on)\s+)?(?:(?:{the})\s+)?$",
        ),
        # "among the (last) Gulf states": a class word, the article, one lower-case word
        region_class=_listed(
            language,
            "region_class_before",
            r"\b",
            rf"\s+(?:(?:{the})\s+)?(?:(?-i:[a-z][\w-]*)\s+)?$",
        ),
        continuation=re.compile(
            r"[\s\"'(]*(?:" + words(language, "continuation_openers") + r")\b", re.IGNORECASE
        ),
        one_region_country=_listed(language, "singular_region_classifiers", r"\b", "$"),
        one_region_before=_listed(language, "one_place_determiners", r"\b", r"\s+$"),
        one_region_lead=_listed(language, "one_place_determiners", "", r"\s"),
        region_apposition=re.compile(
            r"\s+(?:(?:" + words(language, "region_classifiers") + rf")\s+)?(?:(?:{of})\s+)?"
            rf"(?:(?:{the})\s+)?",
            re.IGNORECASE,
        ),
        demonym_apposition=re.compile(
            r"\s+(?:(?:"
            + words(language, "apposed_area_modifiers")
            + r")\s+)?(?:"
            + words(language, "area_nouns")
            + rf")(?:\s+(?:{of})|,)?\s+(?:(?:{the})\s+)?",
            re.IGNORECASE,
        ),
        trailing_speaker=re.compile(
            rf",\s+(?:[\w-]+\s+){{1,4}}(?:{seat_in})\s+(?:(?:{the})\s+)?$", re.IGNORECASE
        ),
        venue=re.compile(
            rf"\b(?:{events})(?:\s+(?:{topic})\s+[^,;:()\d]{{1,50}}?)?\s+in\s+(?:(?:{the})\s+)?$",
            re.IGNORECASE,
        ),
        left=re.compile(
            r"\b(?:" + words(language, "leave_verbs") + rf")\s+(?:(?:{the})\s+)?$", re.I
        ),
        left_for=re.compile(rf"\s+(?:{words(language, 'leave_for')})\s+(?:(?:{the})\s+)?"),
        respective=re.compile(r"\b(?:" + words(language, "respective_words") + r")\b", re.I),
    )


def _listed(language: str, key: str, lead: str, tail: str) -> re.Pattern[str]:
    """The word list ``key`` of ``grammar.yaml`` between ``lead`` and ``tail``."""
    return re.compile(lead + r"(?:" + words(language, key) + r")" + tail, re.IGNORECASE)


def _ending_in(language: str, lead: str, key: str) -> re.Pattern[str]:
    """Text that ends in a preposition of ``key`` (and an article) right before a place."""
    the = words(language, "articles")
    return re.compile(
        lead + r"(?:" + words(language, key) + rf")\s+(?:(?:{the})\s+)?$", re.IGNORECASE
    )


@dataclass(slots=True)
class Placing:
    """Where one figure is: codes, how strong the evidence is (3 attached to the figure,
    2 elsewhere in the sentence, 1 context, 0 none), the gazetteer kinds of the places
    used, and whether a joint list of places receives the figure ("Qatar and the UAE
    get 800")."""

    codes: list[str]
    strength: int
    kinds: frozenset[str] = frozenset()
    joint: bool = False


class DestinationFinder:
    """Assigns destinations to the worker counts of a document."""

    def __init__(self, view: DocView, cues: Cues) -> None:
        self.view = view
        self.cues = cues
        self.g = _grammar(cues.language)
        self._roles: dict[int, list[tuple[PlaceMention, str]]] = {}
        self._titles: dict[int, bool] = {}
        self._placed: set[int] = set()  # the sentences with worker figures, as placed so far
        self._hosts: set[str] = set()  # the places given to a figure so far
        self._people_of = people_of(cues.language)  # "migrants from (Uzbekistan)"
        self._first_dateline: tuple[int, PlaceMention] | bool | None = (
            False  # False: not looked for yet
        )

    # -- roles of place mentions -------------------------------------------------------

    def _observer(self, p: PlaceMention) -> bool:
        """Is ``p`` an observer state (one that reports on others' workers: "US warns")?"""
        return set(p.codes) <= self.g.observers

    def roles(self, sv: SentenceView) -> list[tuple[PlaceMention, str]]:
        """Each place of a sentence with its role: place, speaker, origin or modifier."""
        if sv.index not in self._roles:
            roles = [(p, self._role(sv, p)) for p in sv.places]
            # "between Russia and China": the second place shares the first one's role
            for i in range(1, len(roles)):
                (a, role_a), (b, role_b) = roles[i - 1], roles[i]
                gap = self.view.text[a.end : b.start]
                joined = bool(self.g.joiner.match(gap)) and bool(gap.strip())
                if role_a in ("origin", "excluded") and role_b == "place" and joined:
                    roles[i] = (b, role_a)
            # "where China, Russia and North Korea meet": a junction of borders
            for i in range(len(roles) - 1, -1, -1):
                if self.g.junction.match(self.view.text, roles[i][0].end):
                    k = i
                    while k >= 0:
                        roles[k] = (roles[k][0], "origin")
                        gap = self.view.text[roles[k - 1][0].end : roles[k][0].start] if k else ""
                        if not (gap.strip() and self.g.joiner.match(gap)):
                            break
                        k -= 1
            # "Asian and Middle Eastern countries": an adjective joined to a placed one
            for i in range(len(roles) - 2, -1, -1):
                (a, role_a), (b, role_b) = roles[i], roles[i + 1]
                gap = self.view.text[a.end : b.start]
                joined = bool(self.g.joiner.match(gap)) and bool(gap.strip())
                if role_a == "adjective" and role_b == "place" and b.kind == "demonym" and joined:
                    roles[i] = (a, "place")
            # "the Gulf state of Qatar", "the EU member state of Malta": the region only
            # describes the country named right after it
            for i in range(len(roles) - 1):
                (a, role_a), (b, role_b) = roles[i], roles[i + 1]
                if (
                    role_a == "place"
                    and a.kind == "region"
                    and b.kind in ("country", "subdivision", "city")
                    and role_b == "place"
                    and self.g.region_apposition.fullmatch(self.view.text, a.end, b.start)
                ):
                    roles[i] = (a, "modifier")
            # "the Congolese capital, Kinshasa", "the Chinese border town of Hunchun": a
            # demonym that describes the city or region named right after it
            for i in range(len(roles) - 1):
                (a, role_a), (b, role_b) = roles[i], roles[i + 1]
                if (
                    a.kind == "demonym"
                    and b.kind in ("city", "subdivision")
                    and role_b == "place"
                    and self.g.demonym_apposition.fullmatch(self.view.text, a.end, b.start)
                ):
                    roles[i] = (a, "modifier")
            # "Malta, the EU's smallest member, sent home its last 20": a region in an
            # apposition that describes the country before it
            for i in range(len(roles) - 1):
                (a, role_a), (b, role_b) = roles[i], roles[i + 1]
                if (
                    a.kind == "country"
                    and b.kind == "region"
                    and role_b == "place"
                    and self.g.appositive_region.fullmatch(self.view.text, a.end, b.start)
                    and _POSSESSIVE.match(self.view.text, b.end)
                ):
                    roles[i + 1] = (b, "modifier")
            # "Qatar under pressure // The Gulf state sent home 90": one country named
            # elsewhere, described by its region
            for i, (a, role_a) in enumerate(roles):
                if role_a == "place" and a.kind == "region" and self._one_country(sv, a):
                    roles[i] = (a, "adjective")
            # "workers who previously worked in China are now in Russia": a former place
            # (with the places listed with it) when the sentence names another
            former: set[int] = set()
            for i, (a, role_a) in enumerate(roles):
                if role_a != "place" or id(a) in former:
                    continue
                later = [p for p, r in roles[i + 1 :] if r == "place"]
                if not later:
                    continue
                listed = self._group_from([a, *later], 0, 1)  # "in Gulf and African states"
                lead = max(sv.start, a.start - 50)
                if len(listed) <= len(later) and self.g.former.search(
                    self.view.text, lead, a.start
                ):
                    former.update(id(p) for p in listed)
            # "crossed into China but ... went on by train to Russia", "employed in Smolensk
            # have been transferred to sites in Belarus": a transit or former place before
            # the end of the journey (with no figure between them)
            former.update(id(p) for p in self._left_behind(sv, roles))
            roles = [(p, "origin" if id(p) in former else r) for p, r in roles]
            # "in eight African countries, including Uganda and Tanzania, with about 400":
            # examples of a wider place named just before them
            for i in range(1, len(roles)):
                (a, role_a), (b, role_b) = roles[i - 1], roles[i]
                if role_a == "place" and role_b == "place" and _wide(a):
                    gap = self.view.text[a.end : b.start]
                    if self.g.example_gap.fullmatch(gap):
                        for p in self._group_from([p for p, _ in roles], i, 1):
                            former.add(id(p))
            roles = [(p, "example" if id(p) in former and r == "place" else r) for p, r in roles]
            # "Qatar and Kuwait were among the last Gulf states to ...": the class of the
            # countries named
            if any(p.kind == "country" and r == "place" for p, r in roles):
                for i, (a, role_a) in enumerate(roles):
                    if role_a == "place" and a.kind == "region":
                        lead = max(sv.start, a.start - 40)
                        if self.g.region_class.search(self.view.text, lead, a.start):
                            roles[i] = (a, "modifier")
            self._roles[sv.index] = roles
        return self._roles[sv.index]

    def _role(self, sv: SentenceView, p: PlaceMention) -> str:
        text = self.view.text
        if p.kind == "dprk" or set(p.codes) <= self.cues.never_destinations:
            return "origin"
        if p.dateline:
            return "dateline"  # where the story was filed: a place only for "here"
        if self._in_credit(sv, p):
            return "name"  # "MOSCOW (Interfax-Asia) -": the agency's name
        after = text[p.end : min(sv.end, p.end + 60)]
        if p.kind in ("country", "demonym") and self.cues.organisation_nouns.match(after):
            return "speaker"  # "the Polish National Labour Inspectorate": a state body
        if p.kind not in ("abroad",) and self._in_name(sv, p):
            return "name"
        if p.kind == "city" and self.g.feature_after.match(after):
            return "name"  # "on the Russian side of the Tumen river": the river, not the city
        suffix = self.cues.place_modifier_suffix.match(after)
        if suffix and self._placing_suffix(after):
            return "place"  # "a Russia-bound train"
        if suffix or self.g.attribute_after.match(after):
            return "modifier"  # "Seoul-based", "US sanctions"
        before = text[max(sv.start, p.start - 30) : p.start]
        if self.cues.place_excluded_before.search(before) or self.g.sold_to.search(
            text, max(sv.start, p.start - SOLD_TO_REACH), p.start
        ):
            return "excluded"  # "a total that excludes Russia", "sells its power to Thailand"
        if self._left_for(sv, p, before):
            return "origin"  # "left Mongolia for Russia"
        origin = self.cues.origin_before.search(before)
        if origin and self.cues.placed_adjective_before.search(before):
            # "in neighbouring Kuwait", "Neighbouring Uzbekistan has": the place described,
            # not a border
            origin = None
        if origin and p.kind != "demonym" and self.g.transit_site.match(origin.group(0)):
            possessive = _POSSESSIVE.match(after)
            if self.cues.site_after.match(after[possessive.end() if possessive else 0 :]):
                origin = None  # "passed through Russia's timber camps": they worked there
        if origin:
            # "recalled 300 of its loggers from Russia": after a return verb, "from" names
            # where they worked
            lo, hi = sv.clause_of(p.start)
            back = bool(
                self.cues.status["repatriated"].search(self.view.lower, lo, p.start)
                or self.g.homeward.search(text, p.end, hi)  # "from Dandong ... on their way home"
            )
            origin_at = p.start - len(origin.group(0))  # where "from" begins
            placed = bool(self.g.located_from.search(text, lo, origin_at)) or self._gapped_from(
                sv, p, lo, origin.group(0)
            )
            # "arrived in South Korea from Russia", "crossed from Dandong into Sinuiju": a
            # move to home or to the South starts where they worked
            # "deported 50 workers who had entered from Russia": an entry starts elsewhere
            back = back and not self.g.entered_from.search(text, max(lo, p.start - 40), p.start)
            back = back or self._moved_home(sv, p, lo, hi)
            # "ordered 500 of its workers home from Qatar"
            back = back or bool(self.g.return_before.search(text, lo, origin_at))
            near_city = p.kind in ("city", "subdivision") and self.g.proximity.match(
                origin.group(0)
            )
            if not near_city and not (
                (back or placed) and self.g.from_origin.match(origin.group(0))
            ):
                return "origin"
        if self.cues.organisation_nouns.match(after) or self._speaker_seat(sv, p, after):
            return "speaker"
        if self._speech_seat(sv, p):
            return "speaker"  # "a Japanese researcher said in Tokyo": where the speech was made
        if self.g.venue.search(text, max(sv.start, p.start - VENUE_REACH), p.start):
            return "speaker"  # "At a conference on forced labour in Warsaw, ...": an event's seat
        if self.g.seat.search(text, max(sv.start, p.start - 45), p.start):
            return "modifier"  # "through a Polish agency based in Gdansk": its seat
        if self._source_clause(sv, p):
            return "source"  # "according to a trader who ships crab to Russia"
        if self._observer(p) and (
            self.g.speech_after.match(after) or self.g.observer_act_after.match(after)
        ):
            return "speaker"  # "US warns firms", "Japan sanctioned a broker": an observer acts
        if p.kind == "region" and self.g.observer_act_after.match(after):
            return "speaker"  # "The European Union has sanctioned Belarusian firms": a bloc acts
        if p.kind == "demonym":
            site = self.cues.site_after.match(after)
            if site:
                # "a Chinese firm in Russia": the firm's place, not its owner's, is where
                located = self.g.site_located.match(after, site.end())
                if located and any(
                    o.start == p.end + located.end() and o.kind != "demonym" for o in sv.places
                ):
                    return "adjective"
                return "place"
            # "Estonian border officials": a state body named by common nouns
            return "speaker" if self.g.body_after.match(after) else "adjective"
        return "place"

    def _left_behind(
        self, sv: SentenceView, roles: list[tuple[PlaceMention, str]]
    ) -> list[PlaceMention]:
        """The places before the end of an onward journey, a transfer or a replacement ("sent
        to Belarus instead") named later in the sentence, when no figure stands between them
        and that end."""
        text = self.view.text
        # an end needs a place before it: none before the first place
        first = next((i for i, (_, r) in enumerate(roles) if r == "place"), len(roles))
        for k in range(len(roles) - 1, first, -1):
            end, role = roles[k]
            lead = max(sv.start, end.start - TRANSFER_REACH)
            if role != "place" or not (
                self.g.onward.search(text, lead, end.start)
                or self.g.connection.search(text, lead, end.start)
                # not "crossed the border into China on their way home": the host is before
                or (
                    self.g.onward_bare.search(text, lead, end.start)
                    and not self.g.homeward.search(text, end.end, sv.end)
                )
                or self.g.transfer.search(text, lead, end.start)
                # "crossed from Dandong into Sinuiju on their way home from Russia"
                or self.g.home_from.search(text, lead, end.start)
                or self.g.instead_after.match(text, end.end, sv.end)
                or self.g.instead_before.search(text, lead, end.start)
            ):
                continue
            return [
                a
                for a, r in roles[:k]
                if r == "place"
                and not any(  # not "one across the border": a pronoun, no figure
                    a.end <= q.start < end.start and q.unit == "count" and q.value > 1
                    for q in sv.quantities
                )
            ]
        return []

    def _one_country(self, sv: SentenceView, p: PlaceMention) -> bool:
        """Is a world region named as one country ("the Gulf state", "this Gulf
        monarchy")?"""
        text = self.view.text
        end = p.end
        noun = _WORDS.match(text, end + 1) if text[end : end + 1] == " " else None
        named = self.g.one_region_country.search(text, p.start, end)  # "(Gulf state)"
        after = noun and self.g.one_region_country.search(text, noun.start(), noun.end())
        if not (named or after):  # "The Gulf (nation)"
            return False
        return bool(
            self.g.one_region_lead.match(text, p.start, p.end)
            or self.g.one_region_before.search(text, max(sv.start, p.start - 8), p.start)
        )

    def _employer_seat(self, sv: SentenceView) -> list[PlaceMention]:
        """The seat of an employer named as a modifier in the sentence ("employed by a
        Kuwait-based contractor")."""
        text = self.view.text
        return [
            p
            for p, role in self.roles(sv)
            if role == "modifier"
            and self.g.employer_seat.match(text[p.end : min(sv.end, p.end + 60)])
        ]

    def _placing_suffix(self, after: str) -> bool:
        """Does the modifier after a place still place the workers: the end of a vehicle's
        journey ("a Russia-bound train")? (An employer's seat, "a Kunming-based contractor",
        is often not where its crews work.)"""
        return self.g.bound_vehicle.match(after) is not None

    def _in_credit(self, sv: SentenceView, p: PlaceMention) -> bool:
        """Is the place inside the brackets of an agency credit right after a dateline
        ("MOSCOW (Interfax-Asia) -", "SEOUL, May 3 (Asia Wire) -")?"""
        text = self.view.text
        return any(
            d.dateline
            and d.end <= p.start
            and _CREDIT_OPEN.fullmatch(text, d.end, p.start) is not None
            and _CREDIT_CLOSE.match(text, p.end, sv.end) is not None
            for d in sv.places
        )

    def _gapped_from(self, sv: SentenceView, p: PlaceMention, lo: int, origin: str) -> bool:
        """Is the place after "from" right after a figure whose clause has a verb of being
        located ("operate from Shenyang and another 50 from Vladivostok")?"""
        if not self.g.from_origin.match(origin):
            return False
        text = self.view.text
        before = p.start - len(origin)
        return any(
            lo <= q.start
            and q.end <= before  # not a figure after the place
            and not text[q.end : before].strip()
            and self.g.located_verb.search(text, lo, q.start) is not None
            for q in sv.quantities
        )

    def _speech_seat(self, sv: SentenceView, p: PlaceMention) -> bool:
        """Is the place where a speech was made, after its verb ("a researcher said in
        Tokyo")? Not after a direct quote ('"We have 80 welders on this site," a foreman told
        reporters in Gdansk'): a speaker quoted on the spot stands where the workers are."""
        text = self.view.text
        lead = max(sv.start, p.start - SPEECH_SEAT_REACH)
        return self.g.speech_seat.search(text, lead, p.start) is not None and not any(
            c in text[sv.start : p.start] for c in _QUOTE_MARKS
        )

    def _speaker_seat(self, sv: SentenceView, p: PlaceMention, after: str) -> bool:
        """Is the place where a speaker sits, before any figure ("researchers in London
        estimate that 3,000 ...")?"""
        aside = _SPEAKER_ASIDE.match(after)
        return (
            self.g.speech_after.match(after[aside.end() :] if aside else after) is not None
            and self.g.speaker_in.search(self.view.text, max(sv.start, p.start - 30), p.start)
            is not None
            and not any(q.start < p.start for q in sv.quantities)
            # not "a woman who sewed uniforms in Hunchun said": where the speaker worked
            and self.g.speaker_relative.search(
                self.view.text, max(sv.start, p.start - SPEAKER_RELATIVE_REACH), p.start
            )
            is None
        )

    def _source_clause(self, sv: SentenceView, p: PlaceMention) -> bool:
        """Is the place in a relative clause on a source named after a figure ("about 3,000
        North Korean women, according to a trader who ships crab to Russia")?"""
        lead = max(sv.start, p.start - SOURCE_CLAUSE_REACH)
        found = self.g.source_clause.search(self.view.text, lead, p.start)
        return found is not None and any(
            q.unit == "count" and q.end <= found.start() for q in sv.quantities
        )

    def _left_for(self, sv: SentenceView, p: PlaceMention, before: str) -> bool:
        """Is the place left for another one ("left Mongolia for Russia")?"""
        if not self.g.left.search(before):
            return False
        go = self.g.left_for.match(self.view.text, p.end)
        return go is not None and any(
            o.start == go.end() and not set(o.codes) <= self.cues.never_destinations
            for o in sv.places
        )

    def _moved_home(self, sv: SentenceView, p: PlaceMention, lo: int, hi: int) -> bool:
        """Does the clause of ``p`` name home or the South as the end of a move ("in South
        Korea", "into Sinuiju", "to Pyongyang")?"""
        text = self.view.text
        return any(
            o is not p
            and lo <= o.start < hi
            and o.kind != "demonym"
            and set(o.codes) <= self.cues.never_destinations
            and self.g.fronted_prep.search(text, max(lo, o.start - 12), o.start) is not None
            for o in sv.places
        )

    def _in_name(self, sv: SentenceView, p: PlaceMention) -> bool:
        """Part of a proper name: "Radio Free Asia", "China Daily", "Asia Times"."""
        if self._title_case(sv):
            return False
        text = self.view.text
        prev = _WORD_BEFORE.search(text[max(sv.start, p.start - 30) : p.start])
        if (
            prev
            and prev.group(1)[0].isupper()
            and prev.end() == p.start - max(sv.start, p.start - 30)
        ):
            word = prev.group(1)
            if (
                word not in self.cues.not_name_words
                and not self._sentence_initial(sv, p.start - len(prev.group(0)))
                and not any(
                    o.end <= p.start and o.end >= p.start - len(prev.group(0)) - 1
                    for o in sv.places
                    if o is not p
                )
            ):
                return True
        nxt = _NAME_AFTER.match(text[p.end : min(sv.end, p.end + 30)])
        return bool(
            nxt
            and nxt.group(1) not in self.cues.name_words_ok
            and not any(o.start == p.end + nxt.start(1) for o in sv.places)
        )

    def _sentence_initial(self, sv: SentenceView, pos: int) -> bool:
        return not self.view.text[sv.start : pos].strip(" \"'([")

    def _title_case(self, sv: SentenceView) -> bool:
        """Is the sentence a headline in title case (found once per sentence)?"""
        found = self._titles.get(sv.index)
        if found is None:
            words = _WORDS.findall(self.view.text[sv.start : sv.end])
            caps = sum(1 for w in words if w[0].isupper())
            found = len(words) < 3 or caps / len(words) > 0.6
            self._titles[sv.index] = found
        return found

    def _places(
        self, sv: SentenceView, lo: int, hi: int, roles: tuple[str, ...] = ("place",)
    ) -> list[PlaceMention]:
        return [p for p, r in self.roles(sv) if lo <= p.start and p.end <= hi and r in roles]

    # -- groups ---------------------------------------------------------------------

    def _group_from(self, places: list[PlaceMention], first: int, step: int) -> list[PlaceMention]:
        """The run of places joined by 'and' / ',' starting at index ``first``."""
        text = self.view.text
        group = [places[first]]
        i = first
        while 0 <= i + step < len(places):
            a, b = (places[i], places[i + step]) if step > 0 else (places[i + step], places[i])
            gap = text[a.end : b.start]
            if a.kind == "demonym":  # "on Maltese construction sites and in Lithuania"
                gap = self._past_site(gap)
            part = self.g.possessive_part.match(gap)
            if part:  # "across Russia's east and China's northeast"
                gap = gap[part.end() :]
            # "to Shenyang and Dalian (PRC) and to Phnom Penh": a bracketed country, not
            # "China (roughly 40,000, mostly in Liaoning and Jilin) and Laos": a figure's aside
            if gap[:1] == ")":
                if any(c.isdigit() for c in text[text.rfind("(", 0, a.end) + 1 : a.end]):
                    break
                gap = gap[1:]
            if not (self.g.place_joiner.match(gap) or _BRACKET_OPEN.fullmatch(gap)):
                break
            group.append(places[i + step])
            i += step
        return group

    def _past_site(self, gap: str) -> str:
        """The gap after a demonym without its site noun phrase ("construction sites", of
        which the site pattern takes the shortest, "construction", then "sites")."""
        for _ in range(2):
            site = self.cues.site_after.match(gap)
            if not site or not site.end():
                break
            gap = gap[site.end() :]
        return gap

    def _codes(self, group: list[PlaceMention]) -> list[str]:
        codes: list[str] = []
        for p in group:
            for c in p.codes:
                if c not in codes and c not in self.cues.never_destinations:
                    codes.append(c)
        if ABROAD in codes:
            return [ABROAD]  # "in China and elsewhere", "around the world": abroad in general
        return codes

    # -- per figure ------------------------------------------------------------------

    def after(self, sv: SentenceView, count: Count, limit: int) -> list[PlaceMention]:
        text = self.view.text
        start = count.head_end
        for p in sv.places:  # "70,000 overseas workers": abroad inside the figure's own NP
            if p.kind == "abroad" and count.quantity.end <= p.start and p.end <= start:
                if self.g.part_before.search(
                    text, max(sv.start, count.quantity.start - 50), count.quantity.start
                ):
                    # "About 60 percent of the 100,000 overseas workers are in China": the
                    # place after is the part's, the whole stays abroad
                    return [p]
                return self._narrowed(sv, p, limit)
        places = self._places(sv, start, min(limit, start + AFTER_WINDOW), ("place",))
        for i, p in enumerate(places):
            gap = text[start : p.start]
            if p.kind == "abroad" and not _CLAUSE_MARK.search(gap) and len(gap) < 50:
                if not gap.strip() and self.g.part_before.search(
                    text, max(sv.start, count.quantity.start - 50), count.quantity.start
                ):
                    return [p]  # "70 percent of the 60,000 workers abroad are in Russia"
                return self._narrowed(sv, p, limit)
            if self.g.prep_after.match(gap) or self.g.from_after.match(gap):
                group = self._group_from(places, i, 1)
                if (
                    limit < sv.end
                    and not self.g.attached.fullmatch(text, start, p.start)
                    and not _CLAUSE_MARK.search(text, group[-1].end, limit)
                    and self._fronted(sv, group[0], group[-1].end, limit)
                ):
                    # "in China about 40,000 and in Laos about 1,000": the next figure's
                    return []
                if self.g.elsewhere.match(text[group[-1].end : group[-1].end + 30]):
                    return [*group, _abroad_marker(group[-1])]
                return group
            break
        return []

    def _narrowed(self, sv: SentenceView, abroad: PlaceMention, limit: int) -> list[PlaceMention]:
        """A general "abroad" and the specific places attached right after it ("overseas
        workers in Kuwait", "sent overseas to Russia"): the specific ones."""
        text = self.view.text
        places = self._places(sv, abroad.end, min(limit, abroad.end + AFTER_WINDOW))
        for i, p in enumerate(places):
            if p.kind == "abroad":
                continue
            gap = text[abroad.end : p.start]
            if (
                self.g.prep_after.match(gap)
                and not self.g.examples.search(gap)
                and not _ASIDE_MARK.search(gap)  # "abroad -- most of them in Russia --"
                and not self.g.part_gap.search(gap)  # "abroad ... one in five of them was in"
            ):
                group = self._group_from(places, i, 1)
                if self.g.elsewhere.match(text[group[-1].end : group[-1].end + 30]):
                    break  # "abroad in China, Russia and elsewhere"
                return group
            break
        return [abroad]

    def before(self, sv: SentenceView, count: Count, floor: int) -> list[PlaceMention]:
        text = self.view.text
        q = count.quantity
        near = self._places(sv, max(sv.start, q.start - 60), q.start)
        for i, p in enumerate(near):
            if _BRACKET_GAP.fullmatch(text, p.end, q.start):
                # "China (50,000)", "China: 50,000", "Middle East and Africa: fewer than 1,000"
                return self._group_from(near, i, -1)
            if text[p.end : q.start] == ", " and ends_list_item(text, sv, q):
                return [p]  # "as follows: Kuwait, 1,450; Qatar, 800"
        for p in self._places(sv, max(sv.start, floor, q.start - 60), q.start):
            if self._fronted(sv, p, p.end, q.start):
                return [p]  # "in Oman, about 300"
            if self.g.place_relative.match(text, p.end, q.start):
                return [p]  # "Russia, where an estimated 12,000 to 15,000 work, or China"
        clause_start, _ = sv.clause_of(count.quantity.core_start)
        lo = max(clause_start, floor)
        places = self._places(sv, lo, count.quantity.start, ("place",))
        if not places:
            return []
        # "Russia, China claim thousands": a list of places may run across a clause cut
        wider = self._places(sv, max(sv.start, floor), count.quantity.start, ("place",))
        return self._group_from(wider, wider.index(places[-1]), -1)

    def _fronted(self, sv: SentenceView, p: PlaceMention, end: int, figure: int) -> bool:
        """Is the place (or list) ending at ``end`` a locative fronted before the figure at
        ``figure`` ("in Oman, about 300", "in Laos about 1,000")?"""
        text = self.view.text
        return bool(
            self.g.fronted_gap.fullmatch(text, end, figure)
            and self.g.fronted_prep.search(text, max(sv.start, p.start - 20), p.start)
        )

    def for_sentence(self, sv: SentenceView, counts: list[Count]) -> list[Placing]:
        """Where each count of one sentence is (same order)."""
        text = self.view.text
        self._placed.add(sv.index)
        found: list[list[PlaceMention]] = []
        taken: set[int] = set()
        joint: list[bool] = []
        unplaced: set[int] = set()
        for i, count in enumerate(counts):
            nxt = counts[i + 1].quantity.start if i + 1 < len(counts) else sv.end
            prev_end = counts[i - 1].quantity.end if i > 0 else sv.start
            baseline = i > 0 and self.g.baseline.search(text, prev_end, count.quantity.start)
            group = self.after(sv, count, nxt)
            label = self._line_label(sv, count) if i == 0 else None
            if label is not None:
                group = [label]  # "Middle East - fewer than 100 left, after Kuwait and ..."
            if baseline and found[i - 1] and not self._attached(count, group):
                # "5,000 in Russia, up from 3,000 at the start of the war in Ukraine": the
                # earlier level's place, unless one is attached ("compared with 30,000 in
                # Russia")
                group = found[i - 1]
            joint.append(False)
            if not group and self.g.unplaced.match(text, count.head_end):
                # "38,000 in Russia, 19,000 in China and some 3,000 elsewhere": the rest,
                # placed by no country of the list
                unplaced.add(i)
            elif not group:
                group = self.before(sv, count, prev_end)
                if len(group) > 1:
                    between = self.view.text[max(p.end for p in group) : count.quantity.start]
                    joint[-1] = bool(self.cues.receive_before_figure.search(between))
            found.append(group)
            taken.update(id(p) for p in group)
        for i, place in self._respective(sv, counts).items():
            found[i] = [place]  # "30,000 and 50,000 respectively": one place each, in order
        for i in range(len(counts) - 2, -1, -1):  # "4 chefs and 11 waitresses ... in Kathmandu"
            if not found[i] and found[i + 1] and self._coordinated(counts[i], counts[i + 1]):
                found[i] = found[i + 1]
        out: list[Placing] = []
        for i, (count, group, shared) in enumerate(zip(counts, found, joint, strict=True)):
            if i in unplaced:
                out.append(Placing([], 0, frozenset(), shared))
                continue
            codes, strength, used = self._codes(group), 3, group
            if not codes:
                everywhere = self._places(sv, sv.start, sv.end)
                # not "has fallen to 50,000, most of them in China and Russia": the part's
                # countries and what follows them, not the whole's (a part in "Moscow, St
                # Petersburg and the Far East" places the whole in their country)
                cut = sv.end
                part = self.g.part_place.search(text, count.quantity.end, sv.end)
                if part is not None:
                    cut = next((p.start for p in everywhere if p.start >= part.end()), sv.end)
                    if not any(p.kind == "country" and p.start >= cut for p in everywhere):
                        cut = sv.end
                rest = [p for p in everywhere if id(p) not in taken and p.start < cut]
                # "whose Russian permits expired moved to Hunchun": a named place beats a
                # nationality adjective on a noun
                named = [p for p in rest if p.kind != "demonym"]
                rest = named if self._codes(named) else rest
                earlier = [p for p in everywhere if p.end <= count.quantity.start]
                nearest = self._group_from(earlier, len(earlier) - 1, -1) if earlier else []
                used = rest if self._codes(rest) else nearest
                if self._codes(used) == [ABROAD] and any(p.kind != "abroad" for p in used):
                    # "the 30,000 workers Russia hosted, before the Council ordered member
                    # states to send them home": another clause's general 'abroad' does not
                    # swallow the country of the figure's own clause
                    lo, hi = sv.clause_of(count.quantity.core_start)
                    in_clause = [p for p in used if lo <= p.start < hi]
                    if in_clause and self._codes(in_clause) != [ABROAD]:
                        used = in_clause
                if used and all(p.kind == "abroad" for p in used):
                    # "Member states reported ...: Russia said it had repatriated 18,533 ...,
                    # about two-thirds of the 30,023 it had registered": the country of the
                    # figure before, not the general 'abroad' of another clause
                    placed = [p for p in earlier if p.kind == "country" and id(p) in taken]
                    if placed and placed[-1].start > used[-1].start:
                        used = [placed[-1]]
                codes, strength = self._codes(used), 2
            # codes once found stay found: the anaphor is read only while none are
            anaphor = (
                None
                if codes
                else self.view.search_ahead(self.cues.place_anaphors, count.head_end, sv.end)
                # "two brigades still in the city, around 60 men": before it in its sentence
                or self.cues.place_anaphors.search(text, sv.start, count.quantity.start)
                # "employed on a hotel project there": a bare "there" after the figure
                or self.view.search_ahead(self.g.distal, count.head_end, sv.end)
                # "in the north of the landlocked country": a described anaphor
                or self.view.search_ahead(self.g.described_anaphor, count.head_end, sv.end)
            )
            kinds = (
                self.g.place_types.get(anaphor.group(0).split()[-1].lower()) if anaphor else None
            )
            if not codes and anaphor and self.g.distal.search(anaphor.group(0)):
                # "A Thai official in Chiang Rai said about 500 are employed there": the place
                # of the sentence before, when it names one, not the speaker's seat
                used = self.context(sv, 1, others=True)
                codes, strength = self._codes(used), 1
            if not codes:
                # "Russia's report said ... 11,490": the state speaks of its own (a
                # province's government too, when the figure is "in the region")
                # ("A Chinese official in Dandong said ... in the city": the city)
                own = kinds or (_OWN_PLACE_KINDS if anaphor else _STATE_KINDS)
                used = [
                    p
                    for p in self._places(sv, sv.start, sv.end, ("speaker",))
                    if p.kind in own
                    and not self._observer(p)
                    # "a French researcher said": a commenter, not the state speaking
                    and not self.g.commenter_after.match(text, p.end)
                ]
                if len(self._codes(used)) > 1:
                    # "Vietnamese authorities expelled about 80 ..., and Cambodian authorities
                    # expelled 40 more": the state of the figure's own clause
                    lo, hi = sv.clause_of(count.quantity.core_start)
                    own_clause = [p for p in used if lo <= p.start < hi]
                    used = own_clause if self._codes(own_clause) else used
                codes, strength = self._codes(used), 2
            if not codes and (
                self.view.search_ahead(self.g.deictic, count.head_end, sv.end)
                or self.g.deictic_place.search(text, sv.start, sv.end)
            ):
                # "working here" in a story filed from ULAANBAATAR; "a yard in this port
                # city has taken on about 180" from NAKHODKA
                used = self._dateline(sv)
                codes, strength = self._codes(used), 2
            if not codes and not anaphor and self._arriving(sv, count):
                # "BLAGOVESHCHENSK - about 2,500 are employed here. ... Another 600 are due to
                # arrive in April": coming with no goal named is coming to where the story
                # stands, once it placed workers there
                used = [d for d in self._dateline(sv) if set(d.codes) <= self._hosts]
                codes, strength = self._codes(used), 1
            if not codes and self._dispatched(sv, count):
                # sent with no place named: the one country of the sentence before, else abroad
                before = self.view.sentences[sv.index - 1] if sv.index else None
                prev = self._places(before, before.start, before.end) if before else []
                if len(self._codes(prev)) == 1 and self._codes(prev) != [ABROAD]:
                    used, codes, strength = prev, self._codes(prev), 1
                else:
                    codes, strength, used = [ABROAD], 1, []
            if not codes and kinds:
                # "The city's plants employ about 3,000": the nearest city named before, else
                # the dateline's
                used = self.context(sv, sv.index, kinds=kinds) or [
                    d for d in self._dateline(sv) if d.kind in kinds
                ]
                codes, strength = self._codes(used), 1
            if not codes and not anaphor:
                # "at least 10,000 of the 13,000" after a sentence stating the 13,000: where
                # the whole was, before the story's context
                used = self._whole_stated(sv, count)
                codes, strength = self._codes(used), 1
            if not codes:
                # "still in the sultanate": the nearest country of its type
                only = (
                    self.g.state_types.get(anaphor.group(0).split()[-1].lower())
                    if anaphor
                    else None
                )
                # "25,000 migrants from Uzbekistan work in the region. About 300 North
                # Korean workers are also employed there": pointing back, a host of other
                # nations' migrants is the host of these workers too
                used = self.context(
                    sv,
                    only=only,
                    others=anaphor is not None,
                    # "Some 400 North Korean workers work in the region too": where the
                    # others are, after their figure as well
                    alongside=anaphor is not None
                    and self.g.additive.search(text, sv.start, sv.end) is not None,
                )
                if anaphor and not self._codes(used):  # "in the country": the state named
                    used = self.context(sv, sv.index, ("place", "speaker", "adjective"), only)
                    used = used if self._codes(used) else self._dateline(sv)
                hosted = [p for p in used if self._hosts.intersection(p.codes)]
                if hosted and len(hosted) < len(used):
                    # "Thailand has tightened checks after reports that North Koreans were
                    # using Laos as a route": of a background sentence's places, the story's
                    # host
                    used = hosted
                codes, strength = self._codes(used), 1
            if not codes:  # "About 3,000 arrived. They were sent to camps in Amur."
                used = self.continued(sv)
                codes, strength = self._codes(used), 1
            if not codes:  # "Thousands stranded // About 2,000 are stuck in Vladivostok"
                used = self._lead(sv, count)
                codes, strength = self._codes(used), 1
            if not codes:  # "all but 12 of the 1,200 workers": where the 1,200 were placed
                used = self._whole_stated(sv, count)
                codes, strength = self._codes(used), 1
            if not codes:  # "BOLSHOY KAMEN (Vostok Media) - The Zvezda shipyard has brought
                # in about 400": no place in the story but where it was filed
                used = [d for d in self._dateline(sv, DATELINE_REACH) if not self._observer(d)]
                codes, strength = self._codes(used), 1
            if not codes:  # "employed by a Kuwait-based contractor", no other place
                used = self._employer_seat(sv)
                codes, strength = self._codes(used), 1
            if not codes:  # "..., according to a manager who runs a site in Tynda"
                used = self._places(sv, sv.start, sv.end, ("source",))
                codes, strength = self._codes(used), 1
            if codes == [ABROAD] and strength < 3:
                refined = self.refine(sv)
                if self._codes(refined):
                    used, strength = refined, 1
                    codes = self._codes(used)
            kinds = frozenset(p.kind for p in used) or frozenset({"abroad"} if codes else ())
            self._hosts.update(codes)
            out.append(Placing(codes, strength if codes else 0, kinds, shared))
        return out

    def _line_label(self, sv: SentenceView, count: Count) -> PlaceMention | None:
        """The place that labels a line "PLACE - FIGURE ..." (a factbox's item): the line's
        figure is there, whatever places its aside names after it. Only a figure with no
        noun: "Luanda - More than 150 North Korean labourers have left Angola" opens a
        sentence with a place."""
        if count.head != "bare":
            return None
        for p in sv.places:
            if p.start == sv.start and p.kind != "dprk" and not p.dateline:
                between = self.view.text[p.end : count.quantity.start]
                return p if between.strip() in ("-", "\u2013", "\u2014") else None
        return None

    def _whole_stated(self, sv: SentenceView, count: Count) -> list[PlaceMention]:
        """The places of the earlier sentence that stated the whole a part is taken from
        ("all but 12 of the 1,200 workers" after "Mongolia once hosted about 1,200")."""
        q, text = count.quantity, self.view.text
        whole = next(
            (
                o
                for o in sv.quantities
                if o.unit == "count"
                and o.start > q.core_end
                and self.g.whole_after.fullmatch(text, q.core_end, o.start)
            ),
            None,
        )
        if whole is None:
            return []
        for j in range(sv.index - 1, -1, -1):
            prev = self.view.sentences[j]
            if any(
                o.unit == "count" and o.low == whole.low and o.high == whole.high
                for o in prev.quantities
            ):
                places = self._places(prev, prev.start, prev.end)
                if self._codes(places):  # not "The 1,200 figure deserves scrutiny"
                    return places
                # "The Russian interior ministry had registered 13,000 DPRK nationals": a
                # state's body speaks of its own
                seats = [
                    p
                    for p in self._places(prev, prev.start, prev.end, ("speaker",))
                    if p.kind in _STATE_KINDS and not self._observer(p)
                ]
                if len(self._codes(seats)) == 1:
                    return seats
        return []

    def _attached(self, count: Count, group: list[PlaceMention]) -> bool:
        """Does ``group`` follow the figure's head right after a preposition?"""
        return bool(group) and (
            self.g.attached.fullmatch(self.view.text, count.head_end, group[0].start) is not None
        )

    def _respective(self, sv: SentenceView, counts: list[Count]) -> dict[int, PlaceMention]:
        """Figures listed before "respectively", each paired with the place of the same
        rank in a list of as many places ("Russia and China host 30,000 and 50,000 North
        Korean workers respectively"), by the figure's index."""
        if len(counts) < 2:
            return {}
        text = self.view.text
        found = self.g.respective.search(text, counts[1].quantity.end, sv.end)
        if not found:
            return {}
        # the run ends at the last figure before "respectively" (", and ... about 5,000"
        # may follow it)
        last = max(i for i, c in enumerate(counts) if c.quantity.end <= found.start())
        run = [last]
        while run[0] > 0:  # "400 and 250": a figure may share the next one's head
            left, right = counts[run[0] - 1], counts[run[0]]
            gap = text[left.quantity.end : right.quantity.start]
            if not (gap.strip() and self.g.joiner.match(gap)):
                break
            run.insert(0, run[0] - 1)
        places = self._places(sv, sv.start, sv.end)
        for first in range(len(places)):
            group = self._group_from(places, first, 1)
            if len(group) == len(run) > 1:
                return dict(zip(run, group, strict=True))
        return {}

    def _dateline(self, sv: SentenceView, reach: int | None = None) -> list[PlaceMention]:
        """The dateline's place of the story, when one opens it before ``sv`` (the first
        dateline of the document, found once; with ``reach``, at most that many sentences
        before)."""
        if self._first_dateline is False:
            self._first_dateline = next(
                (
                    (prev.index, p)
                    for prev in self.view.sentences
                    for p in prev.places
                    if p.dateline
                ),
                None,
            )
        found = self._first_dateline
        if (
            isinstance(found, tuple)
            and found[0] <= sv.index
            and (reach is None or sv.index - found[0] <= reach)
        ):
            return [found[1]]
        return []

    def _coordinated(self, first: Count, second: Count) -> bool:
        """Are two figures joined as one list ("4 North Korean chefs and 11 waitresses"),
        or do they share one noun ("hundreds, perhaps thousands, of labourers")?"""
        if first.head_end >= second.quantity.end:
            return True
        gap = self.view.text[first.head_end : second.quantity.start]
        return bool(gap.strip()) and (
            self.g.joiner.match(gap) is not None or self.g.alternative.fullmatch(gap) is not None
        )

    def _arriving(self, sv: SentenceView, count: Count) -> bool:
        """Does the figure's clause have a verb of coming ("are due to arrive") and no
        "there" (which points to a place named before: "have arrived there since 2023")?"""
        lo, hi = sv.clause_of(count.quantity.core_start)
        text = self.view.text
        return self.g.arrival.search(text, lo, hi) is not None and not self.g.distal.search(
            text, lo, hi
        )

    def _dispatched(self, sv: SentenceView, count: Count) -> bool:
        lo, hi = sv.clause_of(count.quantity.core_start)
        text = self.view.text
        # "were sent home": a return, not a dispatch abroad
        return any(
            not self.g.return_after.match(text, lo + m.end())
            for m in self.cues.dispatch_verbs.finditer(text[lo:hi])
        )

    # -- context ---------------------------------------------------------------------

    def context(
        self,
        sv: SentenceView,
        reach: int = CONTEXT_BACK,
        roles: tuple[str, ...] = ("place",),
        only: frozenset[str] | None = None,
        others: bool = False,
        alongside: bool = False,
        kinds: frozenset[str] | None = None,
    ) -> list[PlaceMention]:
        """The places carried from the nearest earlier sentences (``reach`` of them; for
        "in the country", the whole article before and a state named in any role; with
        ``only``, the places of those codes: "the sultanate" is Oman or Brunei; with
        ``kinds``, the places of those kinds: "the city"). A sentence counting other
        nations' people lends only the places before their first figure, unless the figure
        points back (``others``: then its hosts, and with ``alongside``, "too", all its
        places)."""
        sentences = self.view.sentences
        j, back = sv.index, 0
        while back < reach:
            j -= 1
            if j < 0:
                break
            prev = sentences[j]
            if not _LETTER.search(self.view.text, prev.start, prev.end):
                continue  # a line of figures ("2022: 310") is no sentence of the story
            back += 1
            if prev.index not in self._placed and self.g.denial.search(
                self.view.text, prev.start, prev.end
            ):
                continue  # "In Kazakhstan, officials said they had no plans to hire North
                # Koreans": a place that hosts none
            mixed = self._others_figures(prev)
            if mixed and not others and not self._others_counts(prev):
                continue  # "Migrants from Uzbekistan are leaving the Urals": theirs
            # "Japan watches the ferries closely": an observer state is a host the story
            # returns to only when it was named as a place ("sent to occupied areas of
            # Ukraine"), not as an actor
            places = [
                p
                for p in self._places(prev, prev.start, prev.end, roles)
                if not (p.kind in _STATE_KINDS and self._observer(p))
                or self.g.prep_before.search(self.view.text, max(prev.start, p.start - 45), p.start)
            ]
            placed = [p for p in places if not self._trailing_seat(prev, p)]
            if self._codes(placed):  # "..., a diplomat in Brazzaville told the paper": the
                places = placed  # speaker's seat stays with its sentence
            if mixed and not alongside:  # pointed back to: the hosts named before the
                places = self._before_others(prev, places)  # others' figures
            if mixed and not others:
                # not pointed back to: only the hosts named before the others' first figure
                # ("Russian employers are desperate after a million men were mobilised"), and
                # not one set beside the story's ("Neighbouring Thailand has 2.5 million
                # migrants")
                first = min((q.start for q in self._others_counts(prev)), default=prev.start)
                places = [
                    p
                    for p in places
                    if p.end <= first
                    and not self.g.neighbour.search(
                        self.view.text, max(prev.start, p.start - NEIGHBOUR_REACH), p.start
                    )
                ]
            if only is not None:
                places = [p for p in places if only.intersection(p.codes)]
            if kinds is not None:
                places = [p for p in places if p.kind in kinds]
            if self._codes(places):
                return places
            # the speaker of the sentence before speaks of its own state, not the speaker
            # of a quote ('"We are watching the border," a Thai official said')
            # further back, only a state body that acts ("Tuva's government signed a deal
            # ... Under the deal, 300 ... are to arrive"), not a person's seat
            if self.view.text[prev.start : prev.start + 1] not in _QUOTES:
                places = [
                    p
                    for p in self._places(prev, prev.start, prev.end, ("speaker",))
                    if not self._observer(p)
                    and (back == 1 or self._state_body(prev, p))
                    and (only is None or only.intersection(p.codes))
                    and (kinds is None or p.kind in kinds)
                ]
                if self._codes(places):
                    return places
        return []

    def _trailing_seat(self, sv: SentenceView, p: PlaceMention) -> bool:
        """Is the place a speaker's seat in an attribution after the figure ("..., a
        diplomat in Brazzaville told the Observer")?"""
        text = self.view.text
        return bool(
            self.g.trailing_speaker.search(text, max(sv.start, p.start - 50), p.start)
            and self.g.speech_after.match(text[p.end : min(sv.end, p.end + 60)])
        )

    def _state_body(self, sv: SentenceView, p: PlaceMention) -> bool:
        """Is ``p`` named as the seat of a state body that acts ("Tuva's government", "the
        Amur regional administration")?"""
        after = self.view.text[p.end : min(sv.end, p.end + 60)]
        return p.kind in _BODY_KINDS and bool(self.cues.organisation_nouns.match(after))

    def _others_figures(self, sv: SentenceView) -> bool:
        """Does an earlier sentence count other nations' people only (figures of people, none
        of them workers placed here, and no North Korean named), so that its places are those
        groups' own?"""
        if sv.index in self._placed or any(p.kind == "dprk" for p in sv.places):
            return False
        return bool(self._others_counts(sv)) or any(
            # "Migrants from Uzbekistan are leaving the Urals for Europe"
            role == "origin"
            and self._people_of.search(self.view.text, max(sv.start, p.start - 40), p.start)
            for p, role in self.roles(sv)
        )

    def _others_counts(self, sv: SentenceView) -> list[Quantity]:
        """The figures of people of a sentence ("25,000 migrants", "a million men"), which
        count other nations' people when the sentence names no North Korean."""
        return [
            q
            for q in sv.quantities
            if q.unit == "count" and q.value >= OTHERS_FIGURE and self._people_after(sv, q.end)
        ]

    def _before_others(self, sv: SentenceView, places: list[PlaceMention]) -> list[PlaceMention]:
        """The places of a sentence counting other nations' people that are neither placed
        after one of those figures in its clause nor those people's own ("Russia relies on
        10 million migrant workers" keeps Russia; "1.3 million Kazakhs work in Russia" and
        "citizens of China" do not)."""
        figures = self._others_counts(sv)
        text = self.view.text
        theirs = {
            id(o)  # "most to citizens of China and Turkey": the others' own countries
            for i, p in enumerate(places)
            if self._people_of.search(text, max(sv.start, p.start - 40), p.start)
            for o in self._group_from(places, i, 1)
        } | {
            id(p)  # "Nepal sent more than 300,000 workers to Qatar": the sender is theirs
            for p in places
            for q in figures
            if p.end <= q.start
            and sv.clause_of(p.start) == sv.clause_of(q.start)
            and self.cues.dispatch_verbs.search(text, p.end, q.start)
        }
        return [
            p
            for p in places
            if id(p) not in theirs
            and not any(q.end <= p.start < sv.clause_of(q.start)[1] for q in figures)
        ]

    def _people_after(self, sv: SentenceView, pos: int) -> bool:
        """Do people follow a figure within its next words ("25,000 migrants", "1.3 million
        Kazakhs", "60,000 Kazakh citizens"), not things ("12 companies", "aged 25 to 45")?"""
        for k, word in enumerate(_WORDS.finditer(self.view.text, pos, sv.end)):
            if k == PEOPLE_REACH:
                break
            at = word.start()
            if (
                self.cues.people_nouns.match(self.view.text, at)
                or self.cues.worker_nouns.match(self.view.text, at)
                or any(p.start == at and p.kind == "demonym" for p in sv.places)
            ):
                return True
        return False

    def continued(self, sv: SentenceView) -> list[PlaceMention]:
        """The destination of the next sentences (``CONTEXT_AHEAD`` of them) while each opens
        by continuing the story ("They were sent to camps in Amur") and has no figure of its
        own."""
        sentences = self.view.sentences
        text = self.view.text
        for j in range(sv.index + 1, min(len(sentences), sv.index + CONTEXT_AHEAD + 1)):
            nxt = sentences[j]
            if not self.g.continuation.match(text, nxt.start) or any(
                q.unit == "count" for q in nxt.quantities
            ):
                break
            places = self._places(nxt, nxt.start, nxt.end)
            for k, p in enumerate(places):
                if self.g.prep_before.search(text[max(nxt.start, p.start - 45) : p.start]):
                    return self._group_from(places, k, 1)
        return []

    def _lead(self, sv: SentenceView, count: Count) -> list[PlaceMention]:
        """For a headline's figure, the places of the story's lead (the first of the
        ``LEAD_REACH`` sentences after it that places anything, counts no other group and
        has one figure at most), unless the body states the figure again (that statement
        places it)."""
        text = self.view.text
        if sv.index or text[sv.start : sv.end].rstrip()[-1:] in _SENTENCE_ENDS:
            return []
        sentences = self.view.sentences
        q = count.quantity
        if any(
            o.unit == "count" and o.low == q.low and o.high == q.high
            for later in sentences[1:]
            for o in later.quantities
        ):
            return []
        for nxt in sentences[1 : LEAD_REACH + 1]:
            # not a lead that counts others, nor one that breaks a total down ("About 2,000
            # came back from China and Russia, while some 600 returned from Laos")
            if self._others_figures(nxt) or sum(o.unit == "count" for o in nxt.quantities) > 1:
                break
            places = self._places(nxt, nxt.start, nxt.end)
            if self._codes(places):
                return places
        return []

    def refine(self, sv: SentenceView) -> list[PlaceMention]:
        """A specific destination named in a neighbouring sentence ('departure to Russia')."""
        sentences = self.view.sentences
        order = []
        for k in range(1, REFINE_REACH + 1):
            order += [sv.index - k, sv.index + k]
        text = self.view.text
        for j in order:
            if not 0 <= j < len(sentences):
                continue
            other = sentences[j]
            if any(q.unit == "count" and q.value >= 10 for q in other.quantities):
                continue  # its places belong to its own figures
            places = self._places(other, other.start, other.end)
            for k, p in enumerate(places):
                if p.kind == "abroad":
                    continue
                if self.g.prep_before.search(text[max(other.start, p.start - 45) : p.start]):
                    # "sent to China, Russia, Africa and Europe": a breakdown of the total
                    # over several places, which leaves it abroad in general
                    listed = self._group_from(places, k, 1)
                    return [p] if len(self._codes(listed)) == 1 else []
        return []


def _wide(p: PlaceMention) -> bool:
    """Is the place wider than a country (a world region, "abroad", "African")?"""
    return p.kind in ("region", "abroad") or any(c.startswith("M49:") for c in p.codes)


def _abroad_marker(anchor: PlaceMention) -> PlaceMention:
    return PlaceMention(anchor.end, anchor.end, "elsewhere", (ABROAD,), "abroad")
