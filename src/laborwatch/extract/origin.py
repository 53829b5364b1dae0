"""Who first stated a figure: the attribution as written, normalised to a short name.

Rules, in order, over the attribution phrase (``lang/<code>/origins.yaml``):

1. an unnamed source relayed by an outlet ("sources told Radio Free Asia", "a source" in a
   Daily NK article) -> "<outlet> source";
2. a state at the head of the phrase ("Russia's March report", "Kuwait's Public Authority
   of Manpower", "Moscow's security chief") -> "<state> government";
3. a known body anywhere in the phrase, unless it follows a preposition ("submitted to the
   United Nations") -> its canonical name ("the U.S. State Department" -> "US State
   Department");
4. an unnamed source ("two officials", "a diplomatic source") -> "unnamed officials";
5. a person's name at the end of the phrase ("Former diplomat Ko Young-hwan") -> the name;
6. otherwise the phrase's name part in lower case ("human rights groups").

An anaphoric attribution ("the report", "they", "the source also") takes the origin of
the nearest earlier sentence that has one, else the body or person an earlier sentence
opens with ("Russian officials spoke ... They said"); "the country's government" or "its
report" names the nearest country before it; "the hospital said" the proper name with that
head named nearby. A headline with no attribution takes the first origin of the article,
refined to a body of it the article names ("UN report:" -> "UN Panel of Experts"); a
figure with no attribution takes a document's author named in its sentence ("a new study
by KINU details ..."), or the source the next sentence gives it ("This is according to
..."), else the outlet's source when the article relays one ("the source said" in a Daily
NK article), else none (the outlet is the origin). The outlet speaking of itself ("NK
News has learned", "an investigation by this newspaper") is no origin either.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from laborwatch.extract.attribution import AttributionFinder
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.places import PlaceMention, country_names, find_places, state_adjectives
from laborwatch.extract.tails import last_words, may_end_with
from laborwatch.extract.text import _folded as fold_source
from laborwatch.extract.text import caseless_lower, folded
from laborwatch.extract.vocab import load, phrase_pattern, word_list, word_set, words

POSSESSIVE = re.compile(r"^(?:'s|’s|'|’)?\s*")
NAMED = re.compile(r"\b[A-Z]")  # a name after a source noun: a person, not unnamed
OWNED = re.compile(r"(?:'s|’s|s'|s’)\s")  # "Kuwait('s) response"
DATELINE = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?")  # "(CNN)China and Russia ..."
ACRONYM_TAIL = re.compile(r"\s*\([A-Z][A-Za-z.&-]{1,11}\)?\s*$")  # " (PIP)", cut " (PIP"
PROPER_TAIL = re.compile(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*$")  # "... Kyodo News"
OWNER_HEAD = re.compile(r"^.*?(?:'s|’s)\s+")  # "Japan's " before an outlet's name
PERSON = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")  # "Shoigu", "Kang Min-ho"
ROLE_CUT = re.compile(r"[.;:!?\"“”\n(]|,\s")  # where a role title before a name begins
BARE_ASIDE = re.compile(r",\s+([a-z][^,;.]{3,80})[,;.]")  # ", deputy governor of X,"
ROLE_REACH = 120  # characters before a name read for its role title
ROLE_WORDS = 8  # words of a role title before a name
QUOTE_OPENERS = " \t\n-–—("  # what may stand before an opening straight quote
UNNAMED = "unnamed "  # how an unnamed source's origin begins ("unnamed officials")
GOVERNMENT = " government"  # how a state's origin ends ("Russian government")
GOVERNMENTS = " governments"  # ... and several states' ("Chinese and Russian governments")
LOOK_BACK = 4  # sentences an anaphoric attribution may reach back
DOCUMENT_LOOK_BACK = 8  # sentences "the report" may reach back for the body that wrote it
HEADLINE_REACH = 15  # sentences a headline may look ahead for its article's origin
SUBJECT_WORDS = 6  # words of an earlier sentence's opening read as the subject "they" means
ACRONYM = re.compile(r"^(?:[Tt]he\s+)?([A-Z]{2,6})(?:\s+[a-z][\w-]*)?$")  # "PIP inspectors"
ACRONYM_WORDS = 6  # words before an acronym's parenthesis read as what it stands for
STORY_REACH = 1000  # characters around a sentence read for a story's sources and leads
TRUNCATED_MIN = 8  # characters of a cut-off name at an excerpt's end that may complete it
SELF_REACH = 30  # characters after an attribution that may name the outlet itself


@dataclass(frozen=True)
class _Vocabulary:
    name_forms: _Forms  # the known names (:func:`canonical_forms`), found by halves
    canonical: dict[str, str]
    outlets: list[tuple[str, _Forms, frozenset[str]]]  # name, its forms, its sites
    any_outlet: _Forms  # every outlet's names: where none matches, no outlet does
    source_noun: re.Pattern[str]
    source_phrase: re.Pattern[str]
    government_names: dict[str, str]
    bodies: frozenset[str]  # every canonical body or state: never a person's name
    house_source: re.Pattern[str]  # "Our source": the outlet's own source
    past_role: re.Pattern[str]  # "a (former) NIS official"
    appositive: re.Pattern[str]  # "(Lee) Ha-na, a fellow at the Asan Institute": after a name
    introducing: str  # "a", "one": the alternation before a person's first mention
    member_of: re.Pattern[str]  # "officials in (Vietnam's labour ministry)"
    documents: frozenset[str]  # "estimates", "reports": a document no one is named for
    source_noun_names: dict[str, str]  # "people" (familiar with the matter) -> "sources"
    source_words: frozenset[str]  # "source", "sources": an outlet's unnamed informant
    definite_article: str  # "the": makes "a ministry spokeswoman" "the ministry"
    capitals: dict[str, str]
    state_speaker: re.Pattern[str]
    name_cut: re.Pattern[str]
    anaphor: re.Pattern[str]
    document_anaphor: re.Pattern[str]  # "the report": a document named before
    country_anaphor: re.Pattern[str]
    non_agent: re.Pattern[str]  # "submitted to (the United Nations)"
    agent: re.Pattern[str]  # "reviewed by (VOA)"
    determiners: re.Pattern[str]  # dropped from the head of a phrase
    person_at_end: re.Pattern[str]  # "Former diplomat Ko Young-hwan"
    relayed: re.Pattern[str]  # "the source said", "told the source"
    joined: re.Pattern[str]  # ", " or "and" between the states of a list
    owner: re.Pattern[str]  # "head of (the regional ministry)"
    relay: re.Pattern[str]  # "a report by X citing (Y)"
    definite_source: re.Pattern[str]  # "the (two) officials": sources named before
    outlet_of: dict[str, str]  # an outlet's canonical name -> its sources' name
    outlet_sources: frozenset[str]  # the values of ``outlet_of``
    continuation: re.Pattern[str]  # "That leaves ...", "These workers ...", "1,500 more"
    member_by: re.Pattern[str]  # "a report submitted by 42 countries"
    member_to: re.Pattern[str]  # "reports submitted to the UN sanctions committee"
    member_name: str
    headline_source: re.Pattern[str]  # "UN report: 100,000 workers abroad"
    government_aside: re.Pattern[str]  # "Jobsplus, (a government agency) ..."
    told_outlet: re.Pattern[str]  # "(told) RFA"
    told_word: re.Pattern[str]  # "told ": anywhere in a sentence (a pre-test of told_outlet)
    indefinite_person: re.Pattern[str]  # "a trader", "one resident"
    regional: re.Pattern[str]  # "a regional official", "the region's governor"
    government_anaphor: re.Pattern[str]  # "the government", "the authorities"
    region_noun: re.Pattern[str]  # "Novosibirsk (Oblast)": an administrative region
    self_reference: re.Pattern[str]  # "this newspaper": the outlet's own reporting
    relay_after: re.Pattern[str]  # "Yonhap reported(, citing the ministry),"
    relay_verb: re.Pattern[str]  # "The report (cites defectors who said)"
    nested: re.Pattern[str]  # "A lawmaker (told reporters that the NIS estimated)"
    own_material: re.Pattern[str]  # "The (pictures) show": the outlet's own
    contrast: re.Pattern[str]  # ", while": a turn to another speaker
    author_lead: re.Pattern[str]  # "(from) KINU" in a document's aside
    headline_suffix: re.Pattern[str]  # "... - NIS": a headline's source after a dash
    own_publishers: dict[str, tuple[str, ...]]  # "Yonhap" -> ("yna.co.kr",)
    descriptor: re.Pattern[str]  # "(the )Washington-based ": no part of the name
    body_role: re.Pattern[str]  # "a (ministry) spokeswoman"
    document_by: re.Pattern[str]  # "a report by (X)"
    relaying_role: re.Pattern[str]  # "(Lawmaker) Park Sun-young": relays a body's briefing
    personal_possessive: re.Pattern[str]  # "(Her) team"
    passive_relay: re.Pattern[str]  # "A report by X(, cited by) Y"
    definite_person: re.Pattern[str]  # "the resident": a person introduced before
    possessives: frozenset[str]  # "its", "their": a body or a state named before
    outlet_anaphor: re.Pattern[str]  # "the newspaper": the outlet named before
    outlet_speaker: re.Pattern[str]  # "(The Wall Street Journal) reported"
    organisation_anaphor: re.Pattern[str]  # "the group", "the group's (researchers)"
    state_adjectives: dict[str, str]  # KP -> "North Korean" (before a body's name)
    state_body_heads: frozenset[str]  # "inspectorate": a state's body keeps the state
    honorifics: frozenset[str]  # "Martyr": left out of a body's name with the given name
    organisation_head_words: frozenset[str]  # "hospital", "institute" (lower case)
    owned_document: re.Pattern[str]  # "(the ILO)'s latest estimates"
    background: re.Pattern[str]  # ", which (hosts ...)": a clause on a place
    background_antecedent: re.Pattern[str]  # "the country(, which)"
    release_verb: re.Pattern[str]  # "issued", "has published" anywhere
    outlet_name_ends: frozenset[str]  # "News": an outlet's name before "agency"
    outlet_kind_after: re.Pattern[str]  # "(Japan's Kyodo News) agency"
    outlet_kind_before: re.Pattern[str]  # "(Xinhua) news agency": a name is an outlet
    outlet_noun_end: re.Pattern[str]  # "the Russian news agency" (before a name)
    outlet_described: re.Pattern[str]  # "the Russian news agency (Interfax)"
    described_name: re.Pattern[str]  # "The Seoul-based group (Citizens' Alliance ...)"
    personal: frozenset[str]  # "he", "she": one person
    name_words: frozenset[str]  # "of", "for": lower-case words inside a proper name
    name_articles: frozenset[str]  # "the", "a": dropped from the head of a proper name
    nationality_noun: re.Pattern[str]  # "(South Korean) estimates": no body speaks
    definite_head: re.Pattern[str]  # "the hospital": an organisation named before
    refinements: dict[str, frozenset[str]]  # "United Nations" -> its bodies
    cataphoric: re.Pattern[str]  # "(The figure) comes from a State Department report"
    authored: re.Pattern[str]  # "a report (from) the UN special rapporteur"
    authored_low: re.Pattern[str] | None  # ``authored`` folded, for the lower-cased copy
    passive_relay_ends: tuple[str, ...] | None  # what a window before passive_relay ends with
    held_in: re.Pattern[str]  # "estimates (in a) 2012 human rights report"
    body_states: dict[str, str]  # "Russian Interior Ministry" -> "RU"
    role_titles: frozenset[str]  # "(Defector) Kim Hyuk": a title capitalised at the start
    access: re.Pattern[str]  # "(seen by) this newspaper": the outlet only saw it
    city_anaphor: re.Pattern[str]  # "(the city's) deputy mayor"
    release: re.Pattern[str]  # "(The ministry) released new figures": the next figure's


_NON_WORD = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=4096)
def _first_group(m: re.Match[str]) -> str:
    """What the template r"\1" puts for a match: its first group, empty when unmatched."""
    return m.group(1) or ""


@functools.lru_cache(maxsize=4096)  # the same names and phrases recur in every article
def _norm(s: str) -> str:
    return " ".join(_NON_WORD.sub(" ", s.lower()).split())


def _split_forms(forms: list[str]) -> tuple[list[str], list[str]]:
    """The all-capital acronyms of ``forms`` (matched only as written), and the others."""
    upper = [f for f in forms if f.replace(".", "").isupper()]
    return upper, [f for f in forms if f not in upper]


def _pattern(forms: list[str]) -> re.Pattern[str]:
    """Whole-word alternation; all-capital acronyms match only as written."""
    upper, other = _split_forms(forms)
    parts = []
    if other:
        parts.append(phrase_pattern(other))
    if upper:
        parts.append("(?-i:" + phrase_pattern(upper) + ")")
    return re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE)


_Span = tuple[int, int]
_caseless = caseless_lower.__wrapped__  # uncached: a phrase would evict a text from its cache


class _Forms:
    """:func:`_pattern` of ``forms``, and a faster way to its matches: its case-insensitive
    half :func:`folded` (run on a lower-cased copy of the text, as :class:`Folding` does)
    and its all-capital half run on the text, their matches merged as the whole pattern's
    alternation takes them (the leftmost; at one position the first half's)."""

    def __init__(self, forms: list[str]) -> None:
        upper, other = _split_forms(forms)
        self.forms = forms
        # the case-insensitive half folded from its source (compiling it too costs more
        # than a pass over the articles saves)
        self.low = fold_source(phrase_pattern(other), re.IGNORECASE) if other else None
        self.caps = re.compile(phrase_pattern(upper)) if upper else None
        self.halves = not other or self.low is not None  # else the whole pattern runs

    @functools.cached_property
    def rx(self) -> re.Pattern[str]:
        """The whole pattern, compiled on first use (only for a text that does not fold)."""
        return _pattern(self.forms)

    def match(self, text: str, low: str | None, pos: int) -> _Span | None:
        """The span of ``rx.match(text, pos)`` (``low`` as for :meth:`spans`)."""
        if low is None or not self.halves:
            m = self.rx.match(text, pos)
        else:  # the whole pattern's alternation tries the first half first
            m = self.low.match(low, pos) if self.low else None
            m = m or (self.caps.match(text, pos) if self.caps else None)
        return m.span() if m else None

    def spans(
        self, text: str, low: str | None, lo: int = 0, hi: int | None = None, first: bool = False
    ) -> list[_Span]:
        """``(m.start(), m.end())`` of each match of ``rx.finditer(text, lo, hi)`` (only
        the first with ``first``); ``low`` is :func:`caseless_lower` of ``text`` (None: the
        whole pattern runs)."""
        hi = len(text) if hi is None else hi
        if low is None or not self.halves:
            found = [(m.start(), m.end()) for m in self.rx.finditer(text, lo, hi)]
            return found[:1] if first else found
        out: list[_Span] = []
        a = self.low.search(low, lo, hi) if self.low else None
        b = self.caps.search(text, lo, hi) if self.caps else None
        while a is not None or b is not None:
            m = a if b is None or (a is not None and a.start() <= b.start()) else b
            assert m is not None  # for mypy: a or b is a match
            out.append((m.start(), m.end()))
            if first:
                break
            lo = m.end()  # matches are never empty: the next one starts at or after it
            if a is not None and a.start() < lo:
                a = self.low.search(low, lo, hi) if self.low else None
            if b is not None and b.start() < lo:
                b = self.caps.search(text, lo, hi) if self.caps else None
        return out


def _group_spans(found: Iterable[re.Match[str]]) -> list[_Span]:
    """Where the first group of each match lies."""
    return [m.span(1) for m in found]


def _rx(before: str, phrases: list[str], after: str = "") -> re.Pattern[str]:
    """``before``, any of ``phrases`` (whole words), then ``after``; case-insensitive."""
    return re.compile(before + "(?:" + phrase_pattern(phrases) + ")" + after, re.IGNORECASE)


@functools.cache
def _vocabulary(language: str) -> _Vocabulary:
    data = load("origins", language)
    canonical: dict[str, str] = {}
    for name, forms in data["names"].items():
        for form in [name, *forms]:
            canonical[_norm(form)] = name
    outlets = [
        (name, _Forms(spec["names"]), frozenset(spec.get("publishers", [])))
        for name, spec in data["outlet_sources"].items()
    ]
    outlet_of = {
        canonical[_norm(form)]: name
        for name, spec in data["outlet_sources"].items()
        for form in spec["names"]
        if _norm(form) in canonical
    }
    member = data["member_state_reports"]
    authored = _rx(
        r"\b(?:" + phrase_pattern(data["anaphoric_documents"]) + r")\s+",
        data["document_authors"],
        r"\s+((?:[\w'’.-]+\s+){0,7}[\w'’.-]+)",
    )
    submitted = (
        rf"\b(?:{phrase_pattern(member['documents'])})\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:{phrase_pattern(member['verbs'])})\s+"
    )
    nouns = phrase_pattern(data["source_nouns"])
    modifiers = phrase_pattern(data["source_modifiers"])
    the = words(language, "articles")
    name_word = r"(?:[A-Z][\w'-]*|(?:" + words(language, "name_particles") + r")(?=\s+[A-Z]))"
    a_the = words(language, "indefinite_or_definite")
    sources = words(language, "source_words")
    speech = words(language, "source_speech")
    openers = words(language, "source_openers")
    prepositions = "|".join(  # "a diplomat in (Kuwait City)": a place, not a described name
        [words(language, "non_agent_prepositions"), words(language, "agent_prepositions")]
    )
    return _Vocabulary(
        name_forms=_Forms(
            [  # "Seoul’s spy agency" as "Seoul's spy agency"
                variant
                for form in canonical_forms(data["names"])
                for variant in dict.fromkeys([form, form.replace("'", "’")])
            ]
        ),
        canonical=canonical,
        outlets=outlets,
        any_outlet=_Forms([f for spec in data["outlet_sources"].values() for f in spec["names"]]),
        source_noun=re.compile(nouns, re.IGNORECASE),
        source_phrase=re.compile(
            rf"^(?:(?:{phrase_pattern(data['source_qualifiers'])})\s+)?"
            rf"(?:(?P<mod>{modifiers})\s+)?(?P<noun>{nouns})(?:\s|$)",
            re.IGNORECASE,
        ),
        house_source=_rx("^", data["house_sources"], "$"),
        member_of=_rx(r"\b", data["member_prepositions"], r"\s+(\S+(?:'s|’s)\s.+)$"),
        past_role=_rx(rf"^(?:(?:{a_the}|an)\s+)?", data["past_roles"], r"\b"),
        appositive=re.compile(
            r"(?:\s+[A-Z][\w'’-]+)*,\s+(?:"
            + phrase_pattern(data["appositive_openers"])
            + r")\s+([^,;.]{3,80})"
        ),
        introducing=phrase_pattern(data["introducing_determiners"]),
        documents=frozenset(str(d).lower() for d in data["anaphoric_documents"])
        | word_set(language, "attribution_determiners"),
        source_noun_names={str(k): str(x) for k, x in data["source_noun_names"].items()},
        source_words=word_set(language, "source_words"),
        definite_article=str(load("grammar", language)["articles"][0]),
        government_names={str(k): str(v) for k, v in data["government_names"].items()},
        state_adjectives={str(k): str(v) for k, v in data["state_adjectives"].items()},
        state_body_heads=frozenset(str(w).lower() for w in data["state_body_heads"]),
        honorifics=frozenset(str(w) for w in data["name_honorifics"]),
        bodies=frozenset(canonical.values()),
        organisation_head_words=frozenset(str(w).lower() for w in data["organisation_heads"]),
        body_states={str(k): str(v) for k, v in data.get("body_states", {}).items()},
        capitals={str(k): str(v) for k, v in data["capitals"].items()},
        state_speaker=re.compile(
            r"^(?:'s|’s|s'|,)?\s*(?:[\w-]+\s+){0,3}?(?:"
            + phrase_pattern(data["state_speaker_nouns"])
            + r")|^\s*$",
            re.IGNORECASE,
        ),
        name_cut=re.compile(r"\s*\b(?:" + phrase_pattern(data["name_cut"]) + r")\b.*$", re.I),
        anaphor=re.compile(
            r"^(?:(?:"
            + words(language, "anaphor_determiners")
            + r")\s+(?:(?-i:[a-z0-9][\w-]*)\s+){0,2}?(?:"
            + phrase_pattern(data["anaphoric_nouns"])
            + r")|(?:"
            + phrase_pattern(data["pronouns"])
            + r"))(?:\s+(?:"
            + words(language, "anaphor_adverbs")
            + r"))?\s*$",
            re.IGNORECASE,
        ),
        document_anaphor=re.compile(
            r"^(?:"
            + words(language, "anaphor_determiners")
            + r")\s+(?:(?-i:[a-z0-9][\w-]*)\s+){0,2}?(?:"
            + phrase_pattern(data["anaphoric_documents"])
            + ")",
            re.IGNORECASE,
        ),
        country_anaphor=re.compile(
            r"^(?:(?:"
            + words(language, "possessive_pronouns")
            + r")|(?:"
            + words(language, "anaphor_determiners")
            + r")\s+(?:[\w-]+\s+){0,2}?(?-i:"
            + words(language, "country_anaphor_nouns")
            + r")(?![\w-])(?!\s+(?:"  # not "the state-run", "the North Korean state media"
            + words(language, "country_anaphor_not_before")
            + r")\b))",
            re.IGNORECASE,
        ),
        non_agent=re.compile(
            r"(?:" + words(language, "non_agent_prepositions") + rf")\s+(?:(?:{the})\s+)?$", re.I
        ),
        agent=re.compile(
            r"(?:" + words(language, "agent_prepositions") + rf")\s+(?:(?:{the})\s+)?$", re.I
        ),
        determiners=re.compile(
            r"^(?:(?:" + words(language, "attribution_determiners") + r")\s+)+", re.IGNORECASE
        ),
        person_at_end=re.compile(rf"(?:^|\s)({name_word}(?:\s+{name_word}){{0,3}})\s*$"),
        joined=re.compile(
            r"^\s*(?:,\s*)?(?:"
            + words(language, "list_joiners")
            + r")?\s+$|^\s*,\s*$|^\s*(?:,\s*)?(?:"
            + words(language, "list_joiners")
            + r")\s"
        ),
        relayed=re.compile(
            rf"(?:{a_the})\s+(?:[\w-]+\s+){{0,2}}?(?:{sources})[^.]{{0,80}}?(?:{speech})"
            rf"|(?:{openers})\s+(?:{a_the})\s+(?:[\w-]+\s+){{0,2}}?(?:{sources})",
            re.IGNORECASE,
        ),
        owner=re.compile(
            r"(?:" + words(language, "owner_prepositions") + rf")\s+(?:(?:{the})\s+)?$", re.I
        ),
        relay=_rx(r"\b", data["relay_words"], r"\s+"),
        definite_source=re.compile(
            r"^(?:" + words(language, "anaphor_determiners") + rf")\s+(?:[\w-]+\s+)?(?:{nouns})$",
            re.IGNORECASE,
        ),
        outlet_of=outlet_of,
        outlet_sources=frozenset(outlet_of.values()),
        role_titles=frozenset(str(w).lower() for w in data.get("role_titles", [])),
        access=_rx(r"\b", data["access_participles"], r"\s"),
        city_anaphor=_rx("^", data["city_anaphors"], r"\s+"),
        release=re.compile(
            r"^((?:[\w'’.-]+\s+){0,7}?[\w'’.-]+)\s+(?:"
            + phrase_pattern(data["release_verbs"])
            + r")\s+(?:[\w-]+\s+){0,3}?(?:"
            + phrase_pattern(data["release_documents"])
            + r")\b"
        ),
        continuation=re.compile(
            r"^(?:(?:" + phrase_pattern(data["continuation_openers"]) + r")\s"
            r"|(?:[A-Za-z]+\s+){0,2}\d[\d,.]*\s+(?:"
            + phrase_pattern(data["continuation_additives"])
            + r")\b)"
        ),
        member_by=_rx(
            submitted + rf"by\s+(?:(?:{the})\s+)?(?:\d+\s+|[\w-]+\s+)?", member["reporters"], r"\b"
        ),
        member_to=_rx(
            submitted + rf"to\s+(?:(?:{the})\s+)?(?:[\w.-]+\s+){{0,4}}?", member["recipients"]
        ),
        member_name=str(member["name"]),
        headline_source=re.compile(r"^\s*([^:]{2,40}?)\s*:\s"),
        told_outlet=_rx(r"\b", data["told_outlet"], rf"\s+(?:(?:{the})\s+)?$"),
        told_word=_rx(r"\b", data["told_outlet"], r"\s"),
        indefinite_person=_rx("^", data["indefinite_persons"], r"\s+[a-z][\w-]*"),
        government_aside=_rx(
            rf"^(?:(?:{a_the}|an)\s+)?(?:[\w-]+\s+)?", data["government_asides"], r"\b"
        ),
        government_anaphor=_rx(
            rf"^(?:(?:{the})\s+)?",
            data["government_anaphors"],
            r"(?:\s+(?:" + words(language, "anaphor_adverbs") + r"))?$",
        ),
        region_noun=_rx(r"\b", data["region_nouns"], "$"),
        self_reference=_rx(r"\b", data["self_references"], r"\b"),
        relay_after=_rx(r"(?:\s+[\w-]+){0,3}?\s*,\s+", data["relay_words"], r"\s+([^,;.]+)"),
        own_material=_rx(r"(?:^|\s)", data["own_material"], r"$"),
        own_publishers={
            str(k): tuple(str(x) for x in xs) for k, xs in data["own_publishers"].items()
        },
        author_lead=_rx("^", data["document_authors"], r"\s+"),
        headline_suffix=re.compile(r"\s[-–—]\s+([^-–—:]{2,40}?)\s*$"),
        descriptor=re.compile(
            rf"^((?:(?:{the}|an?)\s+)?)\S+(?:"
            + "|".join(re.escape(str(x)) for x in data["descriptor_suffixes"])
            + r")\s+",
            re.IGNORECASE,
        ),
        body_role=_rx(
            rf"^(?:(?:{a_the}|an)\s+)(",
            data["organisation_heads"],
            r")\s+(?:" + phrase_pattern(data["body_roles"]) + r")$",
        ),
        document_by=re.compile(
            r"^(?:[\w-]+\s+){0,2}?(?:"
            + phrase_pattern(
                data["anaphoric_documents"] + data["own_material"] + data["attributed_documents"]
            )
            + r")\s+(?:(?:"
            + phrase_pattern(data["authoring_participles"])
            + r")(?:\s+[\w-]+){0,2}?\s+)?(?:"
            + phrase_pattern(data["document_authors"])
            + r")\s+(.+)$",
            re.IGNORECASE,
        ),
        contrast=re.compile(
            "|".join(
                re.escape(str(j)) + (r"\s" if j[-1:].isalpha() else "")
                for j in data["contrast_joiners"]
            )
        ),
        relaying_role=_rx(r"(?:^|\s)", data["relaying_roles"], r"\b"),
        personal_possessive=_rx("^", data["personal_possessives"], r"\s+[a-z][\w-]*$"),
        passive_relay=_rx(
            r"(?:^|[,;:]\s)([^,;:]+?),?\s+", data["passive_relays"], rf"\s+(?:(?:{the})\s+)?$"
        ),
        possessives=word_set(language, "possessive_pronouns"),
        outlet_speaker=_rx(
            r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s+", data["outlet_verbs"], r"\b"
        ),
        outlet_anaphor=_rx(rf"^(?:{the})\s+", data["outlet_nouns"], "$"),
        organisation_anaphor=_rx(
            rf"^((?:{the})\s+(?:[a-z][\w-]*\s+)?", data["organisation_heads"], r")(?:'s|’s)?"
        ),
        owned_document=re.compile(
            r"^([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,7}?)(?:'s|’s)\s+(?:[a-z0-9][\w-]*\s+){0,3}?(?:"
            + phrase_pattern(data["anaphoric_documents"] + data["attributed_documents"])
            + r")$"
        ),
        outlet_name_ends=frozenset(str(w) for w in data["outlet_name_ends"]),
        background=_rx(r",\s+", data["background_relatives"], r"\s"),
        background_antecedent=re.compile(
            r"\b(?:" + phrase_pattern(data["background_antecedents"]) + r")$", re.IGNORECASE
        ),
        release_verb=_rx(r"\b", data["release_verbs"], r"\b"),
        outlet_kind_after=re.compile(
            r"^(.*[A-Z][\w'’.-]*)\s+(?:"
            + phrase_pattern(data["outlet_nouns"])
            + r"|(?P<kind>"
            + phrase_pattern(data["outlet_kind_nouns"])
            + r"))$"
        ),
        outlet_kind_before=re.compile(
            r"\s+(?:" + phrase_pattern([*data["outlet_nouns"], *data["outlet_kind_nouns"]]) + r")\b"
        ),
        outlet_noun_end=re.compile(r"(?:" + phrase_pattern(data["outlet_nouns"]) + r")\s*$"),
        outlet_described=re.compile(
            r"^(?:[\w'’.-]+\s+){0,3}?(?:"  # the noun in lower case: not "Daily NK"
            + phrase_pattern(data["outlet_nouns"])
            + r")\s+([A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|"
            + words(language, "proper_name_joiners")
            + r"))*)$"
        ),
        described_name=re.compile(
            rf"^(?:(?:{the})\s+)?(?:[\w'’-]+\s+){{0,2}}?(?!(?:{prepositions})\s)[a-z][\w'’-]*\s+"
            r"((?:[A-Z][\w'’.-]*\s+)"
            rf"(?:(?:[A-Z][\w'’.-]*|{words(language, 'proper_name_joiners')})\s+)*"
            r"[A-Z][\w'’.-]*)$"
        ),
        definite_person=re.compile(rf"^(?:{the})\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)$", re.I),
        relay_verb=_rx(
            r"\s+",
            data["relay_verbs"],
            r"\s+([^,;.]{1,60}?)\s+(?:" + phrase_pattern(data["relay_verb_ends"]) + r")\b",
        ),
        nested=_rx(
            r",?\s+(?:[\w-]+\s+){1,3}?",
            data["nested_openers"],
            r"\s+([^,;.]{1,60}?)\s+(?:" + phrase_pattern(data["nested_verbs"]) + r")\b",
        ),
        nationality_noun=_rx(r"\s+", data["nationality_nouns"], r"\b"),
        definite_head=_rx(rf"^(?:{the})\s+(", data["organisation_heads"], r")$"),
        refinements={
            str(k): frozenset(str(x) for x in xs) for k, xs in data["refinements"].items()
        },
        cataphoric=re.compile(r"^(?:" + phrase_pattern(data["cataphoric_openers"]) + r")\s"),
        authored=authored,
        authored_low=folded(authored),
        # passive_relay ends with a relay ("cited by") or an article, then white space
        passive_relay_ends=last_words(data["passive_relays"] + word_list(language, "articles")),
        name_words=word_set(language, "name_function_words"),
        name_articles=word_set(language, "adjectival_articles"),
        held_in=re.compile(
            rf"^(?:{phrase_pattern(data['anaphoric_documents'])})\s+"
            rf"(?:{phrase_pattern(data['document_holders'])})\s+"
            rf"(?:(?:{words(language, 'adjectival_articles')})\s+)?(?P<document>.+)$",
            re.IGNORECASE,
        ),
        personal=frozenset(str(p).lower() for p in data["personal_pronouns"]),
        regional=re.compile(
            rf"^(?:(?:{a_the}|an)\s+)?(?:"
            + phrase_pattern(data["regional_adjectives"])
            + rf")\s|^(?:{the})\s+(?:"
            + phrase_pattern(data["region_nouns"])
            + r")(?:'s|’s)\s",
            re.I,
        ),
    )


@functools.cache
def _proper_run(language: str) -> re.Pattern[str]:
    """Capitalised words and the function words inside a name ("Committee for Human
    Rights in North Korea"), not a weekday after it ("... on Tuesday")."""
    word = rf"(?!(?:{words(language, 'weekdays')})\b)[A-Z][\w'’.-]*"
    return re.compile(rf"{word}(?:\s+(?:(?:{words(language, 'name_function_words')})\s+)*{word})*")


@functools.cache
def _pronouns(language: str) -> frozenset[str]:
    """The pronouns that stand for a speaker named before ("he", "they"), lower-cased."""
    return frozenset(str(p).lower() for p in load("origins", language)["pronouns"])


@functools.lru_cache(maxsize=1024)  # one entry per site: bounded across a crawl
def _house_of(language: str, publisher: str) -> str | None:
    """The known outlet that publishes under ``publisher`` (a lower-cased site name)."""
    for name, _rx, publishers in _vocabulary(language).outlets:
        if _published_by(publisher, publishers):
            return name
    return None


def _published_by(publisher: str, sites: Iterable[str]) -> bool:
    """Is ``publisher`` one of ``sites`` or a subdomain of one?"""
    return any(publisher == p or publisher.endswith("." + p) for p in sites)


@functools.lru_cache(maxsize=4096)
def _places(phrase: str) -> tuple[PlaceMention, ...]:
    """The place mentions of a short attribution phrase (cached: phrases repeat)."""
    return tuple(find_places(phrase))


@functools.cache
def _proper_name_rx(head: str, language: str) -> re.Pattern[str]:
    """Up to six capitalised words (or the grammar's ``proper_name_joiners``: "of", "for")
    before a head noun."""
    joiners = "|".join(re.escape(str(w)) for w in load("grammar", language)["proper_name_joiners"])
    return re.compile(rf"((?:(?:[A-Z][\w'’.-]*|{joiners})\s+){{1,6}}){head}\b")


@functools.lru_cache(maxsize=256)
def _full_name_rx(surname: str) -> re.Pattern[str]:
    """A full name holding ``surname`` first ("Kim Chol") or last ("Ivan Petrov")."""
    word, name = r"[A-Z][\w'’-]+", re.escape(surname)
    return re.compile(rf"\b(?:{name}(?:\s+{word}){{1,2}}|(?:{word}\s+){{1,2}}{name})\b")


def _proper(words: str) -> bool:
    """Is a phrase a proper name (every word capitalised: "Kyodo News")?"""
    return bool(words.split()) and all(w[:1].isupper() for w in words.split())


def _opens_quote(body: str) -> bool:
    """Does a sentence open a quotation that runs on past it (an odd number of straight
    quotes, the last one opening: at the start or after a space or dash)?"""
    if body.count('"') % 2 == 0:
        return False
    at = body.rfind('"')
    return at == 0 or body[at - 1] in QUOTE_OPENERS


@functools.lru_cache(maxsize=256)
def _introduced_rx(noun: str, determiners: str) -> re.Pattern[str]:
    """A first mention of ``noun`` after one of ``determiners`` ("a resident", "one Lao
    trader")."""
    return re.compile(rf"\b(?:{determiners})\s+(?:[\w-]+\s+){{0,3}}?{re.escape(noun)}\b", re.I)


@functools.lru_cache(maxsize=256)
def _owned_head_rx(noun: str) -> re.Pattern[str]:
    """A possessive and up to three words, then ``noun`` ("'s labour ministry")."""
    return re.compile(rf"(?:'s|’s|s'|s’)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(noun)}\b", re.I)


def _run_of(words: list[str], site: str) -> bool:
    """Do two or more consecutive words, written together, spell a site's name ("NK News"
    for nknews.org)?"""
    return any(
        "".join(words[i:k]) == site
        for i in range(len(words))
        for k in range(i + 2, len(words) + 1)
        if site.startswith(words[i])
    )


def canonical_forms(names: dict[str, list[str]]) -> list[str]:
    """Every surface form of the names table, canonical names included."""
    return [form for name, forms in names.items() for form in [name, *forms]]


class OriginFinder:
    """Normalises the attributions of one document (``publisher`` decides relayed sources)."""

    def __init__(self, view: DocView, sources: AttributionFinder, language: str = "en") -> None:
        self.view = view
        self.sources = sources
        self.vocab = _vocabulary(language)
        self.language = language
        self.publisher = (view.document.publisher or "").lower()
        self._default: list[str | None] = []  # computed on first use
        self._cache: dict[int, str | None] = {}
        self._parts: dict[tuple[int, int], str | None] = {}  # (sentence, turn) -> origin
        self._owns: dict[int, str | None] = {}
        # normalise reads only its arguments and what is fixed per document
        self._normalised: dict[tuple[str, str, bool], str | None] = {}
        self._sentence_names: dict[int, list[str | None]] = {}  # sentence -> names it holds
        self._bodies: dict[str, str | None] = {}
        self._affiliations: dict[str, str] = {}  # a person's name -> its body or full name
        self._starts: list[int] = []  # the sentences' start offsets, for _near
        self._text_end: list[str] = []  # the text without its trailing space, on first use
        self._low: list[str | None] = []  # caseless_lower of the text, on first use
        self._outlets_found: dict[str, tuple[_Span | None, ...]] = {}  # text -> per outlet

    @property
    def default(self) -> str | None:
        """The publisher's own relayed source, when the article relays one."""
        if not self._default:
            self._default.append(self._relayed_source(self.view.text) if self.publisher else None)
        return self._default[0]

    def _house_outlet(self) -> str | None:
        """The outlet that publishes the article, if it is a known one (cached per site)."""
        return _house_of(self.language, self.publisher)

    def _relayed_source(self, text: str) -> str | None:
        """The publisher's own source, when the article relays one ("the source said")."""
        outlet = self._house_outlet()
        if outlet is None:
            return None
        return outlet if self.vocab.relayed.search(text) else None

    def origin(self, sv: SentenceView, at: int | None = None) -> str | None:
        """The origin of the figures of one sentence (of the figure at ``at``, a document
        offset, when the sentence turns to a second speaker before it: "..., while the
        NIS estimates that 30,000 ..."). A general origin ("US government") becomes the body
        of it that the sentence names ("the State Department"), or for a headline the body of
        it that the article's first sentences name."""
        if at is not None and self._background(sv, at):
            return None  # "... to leave the country, which hosts around 3,000 North Koreans"
        turn = self._turn_before(sv, at) if at is not None else None
        if turn is not None:
            key = (sv.index, turn)
            if key not in self._parts:
                said = self.sources.speaker_from(sv, turn)
                self._parts[key] = self._origin(sv, said) if said else None
            if self._parts[key]:
                return self._parts[key]
        if sv.index not in self._cache:
            found = self._origin(sv)
            if found in self.vocab.refinements:
                ahead = self.view.sentences[sv.index + 1 : HEADLINE_REACH]
                found = self._refined(found, [sv, *ahead] if self._headline(sv) else [sv])
            self._cache[sv.index] = self._shortest(found)
        return self._cache[sv.index]

    def _background(self, sv: SentenceView, at: int) -> bool:
        """Is the figure at ``at`` in a relative clause the writer adds to a place ("Kuwait,
        which hosts around 3,000 North Koreans", "the country, where some 500 work"): the
        outlet's background, not what the sentence's speaker said?"""
        text = self.view.text
        found = list(self.vocab.background.finditer(text, sv.start, at))
        m = found[-1] if found else None
        if m is None or "," in text[m.end() : at]:
            return False
        if self.vocab.background_antecedent.search(text, sv.start, m.start()):
            return True  # "the country, which"
        return any(p.end == m.start() and p.kind in ("country", "city") for p in sv.places)

    def _shortest(self, name: str | None) -> str | None:
        """A body origins.yaml does not know by the shortest full name the article writes
        for it: "Al-Kaseh Teaching Hospital" where it also writes "the Martyr Attia Al-Kaseh
        Teaching Hospital" (a shorter tail of the name, standing alone as a proper name)."""
        v = self.vocab
        words = name.split() if name else []
        if len(words) < 3 or words[-1].lower() not in v.organisation_head_words:
            return name
        if name in v.bodies:
            return name
        if (
            words[0] in v.honorifics
            and len(words) > 3
            and words[2][:1].isupper()
            and words[2].lower() not in v.organisation_head_words
        ):
            return " ".join(words[2:])  # "Martyr Attia Al-Kaseh Teaching Hospital"
        text = self.view.text
        for i in range(len(words) - 2, 0, -1):
            first = words[i]
            if not first[:1].isupper() or first.lower() in v.organisation_head_words:
                continue
            tail = " ".join(words[i:])
            written = r"\s+".join(map(re.escape, words[i:]))  # across a wrapped line too
            for m in re.finditer(rf"(?<![\w'’-]){written}(?![\w'’-])", text):
                before = text[max(0, m.start() - 40) : m.start()].split()
                last = before[-1] if before else ""
                if not last or not last[:1].isupper() or last.lower() in v.name_articles:
                    return tail  # "... said. Al-Kaseh Teaching Hospital", "the Al-Kaseh ..."
                if last[-1] in '.!?"”':
                    return tail
        return name

    def _own(self, sv: SentenceView) -> str | None:
        """The known origin a sentence names itself (None when it names none, refers back
        or names no known body, state or relayed source); found once per sentence."""
        if sv.index not in self._owns:
            self._owns[sv.index] = self._find_own(sv)
        return self._owns[sv.index]

    def _find_own(self, sv: SentenceView) -> str | None:
        phrase = self.sources.attribution(sv)
        if not phrase or self.vocab.anaphor.match(phrase.strip()):
            return None
        if self.vocab.country_anaphor.match(phrase.strip()):
            return None
        return self.normalise(phrase, self.view.sentence_text(sv), strict=True)

    def _turn_before(self, sv: SentenceView, at: int) -> int | None:
        """Where the part of the sentence holding ``at`` begins, after a turn to another
        speaker (", while", "; "), as an offset in the sentence; None when there is none."""
        text = self.view.text
        found = None
        for m in self.vocab.contrast.finditer(text, sv.start, min(at, sv.end)):
            found = m.end() - sv.start
        return found

    def _origin(self, sv: SentenceView, said: str | None = None) -> str | None:
        phrase = said or self.sources.attribution(sv)
        if not phrase:
            return self._unattributed(sv)
        phrase = phrase.strip()
        v = self.vocab
        sentence = self.view.sentence_text(sv)
        if not self._text_end:
            self._text_end.append(self.view.document.text.rstrip())
        if self._text_end[0].endswith(phrase):
            phrase = self._completed(phrase)  # "according to the U.S. State Departmen"
        spelled = self._spelled_out(phrase)
        if spelled:  # "PIP inspectors found" after "the Polish ... Inspectorate (PIP)"
            return spelled
        defined = self._defined_term(phrase)
        if defined:  # "The IT Workers Advisory discusses" after 'guidance ("IT Workers Advisory")'
            return defined
        if self._self_reported(phrase, sentence):
            if v.source_noun.search(phrase) and self._house_outlet():
                return self._house_outlet()  # "Sources told this newspaper" on dailynk.com
            return None  # "NK News has learned", "an investigation by this newspaper"
        if v.house_source.match(phrase):
            return self._house_outlet()  # "Our source said" in a Daily NK article
        if v.own_material.search(phrase) and not self._body(phrase):
            # "The pictures show ...": what the outlet shows; "An NK News analysis of
            # satellite imagery" on another site: that outlet's
            return self._material_owner(phrase)
        at = sentence.find(phrase)
        relayed = v.relay_verb.match(sentence, at + len(phrase)) if at >= 0 else None
        inner = self.normalise(relayed.group(1), sentence) if relayed else None
        if inner:  # "The report cites defectors who said ...": the defectors
            return self._affiliated(inner)
        nested = v.nested.match(sentence, at + len(phrase)) if at >= 0 else None
        inner = self.normalise(nested.group(1), sentence) if nested else None
        if inner and (
            inner in v.bodies
            or inner.split()[-1].lower() in v.organisation_head_words
            or _proper(inner)
        ):  # "A lawmaker told reporters that the NIS (the Sejong Institute, Choi) estimated"
            return inner
        first = (
            v.passive_relay.search(sentence, 0, at)
            if at >= 0 and may_end_with(sentence[:at], v.passive_relay_ends)
            else None
        )
        inner = self.normalise(DATELINE.sub("", first.group(1)), sentence, True) if first else None
        if inner:  # "A report by the UN panel, cited by Russian media, put ..."
            return inner
        if v.relaying_role.search(phrase):  # "Lawmaker Park, who attended the briefing, said"
            briefed = self._last_origin(sv)
            if briefed and briefed in v.bodies:
                return briefed
        name = phrase.split(", ", 1)[0]
        if name != phrase and any(
            rx.match(name)
            for rx in (v.anaphor, v.country_anaphor, v.government_anaphor, v.definite_source)
        ):
            aside = phrase.split(", ", 1)[1]
            by = v.author_lead.sub("", aside)  # "The estimate, from KINU, puts"
            author = self.normalise(by, sentence, True) if v.document_anaphor.match(name) else None
            if author:  # "The report, compiled by the UN Panel of Experts, said"
                return author
            if by != aside and v.document_anaphor.match(name):
                # "The study, by researchers at Seoul National University, found": the body
                run = _proper_run(self.language).search(by)
                author = self.normalise(run.group(0), sentence) if run else None
                if author:
                    return author
            phrase = name  # "The report, released on Monday, said": the report
        role = v.body_role.match(phrase)
        if role:  # "A ministry spokeswoman said": the ministry
            phrase = f"{v.definite_article} {role.group(1)}"
        member = v.organisation_anaphor.match(phrase)
        member_of = phrase[member.end(1) :] if member else ""
        if member_of.startswith(("'s", "’s")) and not self._body(member_of[2:]):
            # "the group's researchers": the group; not "the Security Council's 1718
            # Committee Panel of Experts", a known body the group has
            phrase = member.group(1) if member else phrase
        if v.outlet_anaphor.match(phrase):  # "the newspaper said": the outlet named before
            outlet = self._outlet_speaker_before(sv)
            if outlet:
                return outlet
        anaphor = v.anaphor.match(phrase) is not None
        country = v.country_anaphor.match(phrase) is not None
        if country and phrase.split()[0].lower() in v.possessives and not self._state_ahead(sv):
            body = self._last_origin(sv)  # "Its Asia director" after "Human Rights Watch said"
            if body and not body.endswith((GOVERNMENT, GOVERNMENTS)):
                return body
            heads = "(?:" + "|".join(sorted(h.title() for h in v.organisation_head_words)) + ")"
            named = self._nearest_proper(sv, _proper_name_rx(heads, self.language))
            if named:  # "hired by the Benghazi Heart Centre, according to its director"
                return named
        city = v.city_anaphor.match(phrase)
        if city:  # "the city's deputy mayor" after Moscow: "Moscow's deputy mayor"
            cities = self._places_before(sv, phrase, ("city",))
            mayor = (
                self.normalise(f"{cities[0].text}'s {phrase[city.end() :]}", sentence, strict=True)
                if cities
                else None
            )
            if mayor:
                return mayor
        if country or v.government_anaphor.match(phrase):
            state = self._country_before(sv, phrase)
            if state:
                return state
        if v.regional.match(phrase):  # "a regional official": the region named before
            region = self._region_in(phrase) or self._country_before(sv, phrase, "subdivision")
            if region:
                return region
        pronoun = phrase.lower()
        owner = v.personal_possessive.match(phrase)
        if owner:  # "Her team counted": she
            pronoun = next(iter(v.personal))
        if pronoun in _pronouns(self.language):  # "he said", "they said": the last speaker
            found = (
                self._told_just_before(sv)
                or self._last_origin(sv)
                or self._subject_before(sv, pronoun)
            )
            if found:
                return self._affiliated(found)
        if v.definite_source.match(phrase) and not v.document_anaphor.match(phrase):
            # "the source told RFA", "the two officials" (who spoke to the AP before)
            outlet = self._outlet_in(sentence) or self._outlet_before(sv)
            if outlet:
                return outlet
        if anaphor and not country:
            named = self.normalise(phrase, sentence, strict=True)
            if named:  # "the unification ministry said": the phrase names its body
                return named
        if anaphor and not country:
            owned = self._owned_before(sv, phrase)
            if owned:  # "Russia's labour ministry issued ..., the ministry said"
                return owned
        if anaphor or country:
            document = v.document_anaphor.match(phrase)
            if not document and self.default and v.source_noun.search(phrase):
                return self.default  # "the source" in an outlet that relays its sources
            reach = DOCUMENT_LOOK_BACK if document else LOOK_BACK
            for j in sv.before(reach):
                # "the report" is the body named last; "the source", "they" the last speaker
                if document:
                    found = self._document_before(self.view.sentences[j])
                else:
                    found = self._own(self.view.sentences[j]) or self._named_body(
                        self.view.sentences[j]
                    )
                    if not found and v.organisation_anaphor.fullmatch(phrase):
                        found = self._named_origin(  # "the group"
                            self.view.sentences[j]
                        ) or self._released_before(self.view.sentences[j])
                    if found and v.source_noun.search(phrase):
                        found = v.outlet_of.get(found, found)  # "the source" of RFA
                if found:
                    return found
            return self.default
        definite = v.definite_head.match(phrase)
        named = self._proper_name(sv, definite.group(1)) if definite else None
        if named:  # "the clinic announced": the "... Central Clinic" named
            return named
        at = sentence.find(phrase)
        plain = v.nationality_noun.match(sentence, at + len(phrase)) if at >= 0 else None
        if plain and self._nationality(phrase):  # "South Korean estimates put ..."
            return f"{phrase} {plain.group(0).strip()}"
        relayed = v.relay_after.match(sentence, at + len(phrase)) if at >= 0 else None
        if relayed:  # "Yonhap reported, citing the unification ministry, that ..."
            inner = self.normalise(relayed.group(1), sentence, strict=True)
            if inner:
                return inner
        described = v.described_name.match(phrase)
        if described:  # "The Seoul-based group Citizens' Alliance for ...": the name
            phrase = described.group(1)
        person = v.definite_person.match(phrase)
        earlier = self._introduced_before(sv, person.group(1)) if person else None
        if earlier:  # "the resident said" after "citing a resident of the city"
            return earlier
        found = self.normalise(phrase, sentence)
        if found and found.startswith(UNNAMED) and found.split()[-1] in v.source_words:
            outlet = self._outlet_named_before(sv)
            if outlet:  # "The Daily NK reports: // A source in ... said"
                return outlet
        if found and found.startswith(UNNAMED):
            outlet = self._told_in_article(sv, found.split()[-1])
            if outlet:  # "officials say" where two officials told the AP
                return outlet
        return self._affiliated(found)

    def _spelled_out(self, phrase: str) -> str | None:
        """The full name an unknown acronym stands for where the text spells it out ("the
        Polish National Labour Inspectorate (PIP)"), for a phrase that is that acronym or
        its members ("PIP inspectors"); None when the acronym is a known name."""
        m = ACRONYM.match(phrase)
        if not m or _norm(m.group(1)) in self.vocab.canonical:
            return None
        text = self.view.document.text
        joint = "|".join(re.escape(w) for w in sorted(self.vocab.name_words))
        word = r"[A-Z][\w'’-]*"
        acronym = rf"\s+\({re.escape(m.group(1))}\)"
        spelled = re.search(rf"({word}(?:\s+(?:(?:{joint})\s+)?{word}){{0,7}}){acronym}", text)
        if spelled:
            words = spelled.group(1).split()
            return " ".join(words[1:] if words[0].lower() in self.vocab.name_articles else words)
        described = re.search(rf"([^,.;:()\n]+?){acronym}", text)
        if not described:  # "Ukraine's military intelligence agency (GUR)": a known state's
            return None
        return self.normalise(" ".join(described.group(1).split()[-ACRONYM_WORDS:]), "", True)

    def _defined_term(self, phrase: str) -> str | None:
        """The issuer of a document the text names by a term it defines in brackets
        ('... issued combined guidance ("IT Workers Advisory")'), for a phrase that is that
        term: the first known body of the defining sentence before its release verb (the
        first of joint issuers), else the last it names."""
        term = self.vocab.determiners.sub("", phrase.strip())
        if not term[:1].isalnum() or term[:1].islower():
            return None
        if " " not in term and not ACRONYM.match(term):
            return None  # a name of several words, or an acronym ('("PSA")')
        if _norm(term) in self.vocab.canonical:
            return None
        text = self.view.document.text
        the = self.vocab.definite_article
        written = r"\s+".join(map(re.escape, term.split()))
        quoted = rf"(?:{the}\s+)?[\"“']?{written}[\"”']?"
        m = re.search(rf"\(\s*{quoted}\s*\)", text, re.IGNORECASE)
        if not m:
            return None
        sv = next((x for x in self.view.sentences if x.start <= m.start() < x.end), None)
        if sv is None:
            return None
        return self._first_issuer(sv, m.start()) or self._named_body(sv)

    def _first_issuer(self, sv: SentenceView, end: int | None = None) -> str | None:
        """The first known body a sentence names before its release verb ("the State
        Department, the Treasury and the FBI issued a joint advisory": the first of joint
        issuers), looking no further than ``end``."""
        text = self.view.text
        release = self.vocab.release_verb.search(text, sv.start, sv.end if end is None else end)
        if not release:
            return None
        for a, b in self.vocab.name_forms.spans(text, self._text_low(), sv.start, release.start()):
            name = self.vocab.canonical.get(_norm(text[a:b]))
            if name:
                return name
        return None

    def _completed(self, phrase: str) -> str:
        """A known name cut off where the excerpt ends ("the U.S. State Departmen"): the
        one name whose form its last words begin, else the phrase as it is."""
        said = _norm(phrase).split()
        for i in range(len(said)):
            tail = " ".join(said[i:])
            if len(tail) < TRUNCATED_MIN:
                break
            names = {n for f, n in self.vocab.canonical.items() if f.startswith(tail) and f != tail}
            if len(names) == 1:
                return next(iter(names))
        return phrase

    def _material_owner(self, phrase: str) -> str | None:
        """The proper name between the article and the noun of a phrase on imagery or
        footage ("An NK News analysis of satellite imagery"), else None."""
        words = phrase.split()
        if len(words) < 3 or words[0].lower() not in self.vocab.name_articles:
            return None
        name = []
        for w in words[1:]:
            if not w[:1].isupper():
                break
            name.append(w)
        return " ".join(name) if name and len(name) < len(words) - 1 else None

    def _told_just_before(self, sv: SentenceView) -> str | None:
        """The outlet an unnamed source in the sentence just before spoke to ("two
        officials ... who spoke to the AP. ... they said"), as that outlet's source."""
        if sv.index == 0:
            return None
        before = self.view.sentence_text(self.view.sentences[sv.index - 1])
        return self._outlet_told(before) if self.vocab.source_noun.search(before) else None

    def _told_in_article(self, sv: SentenceView, noun: str) -> str | None:
        """The outlet that unnamed sources of one noun ("officials") told elsewhere in the
        story ("two officials told The Associated Press"), within ``STORY_REACH``
        characters either side, as that outlet's source."""
        rx = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
        for other in self._near(sv):
            sentence = self.view.sentence_text(other)
            if rx.search(sentence):
                outlet = self._outlet_told(sentence)
                if outlet:
                    return outlet
        return None

    def _near(self, sv: SentenceView, before: bool = False) -> list[SentenceView]:
        """The sentences within ``STORY_REACH`` characters of one (a long text read in
        windows sees as much around each sentence); with ``before``, those before it."""
        if not self._starts:
            self._starts.extend(o.start for o in self.view.sentences)
        sentences = self.view.sentences
        first = bisect.bisect_left(self._starts, sv.start - STORY_REACH)
        last = bisect.bisect_right(self._starts, sv.end + STORY_REACH)
        if before:
            last = min(last, sv.index)  # a sentence's index is its place in the list
        return [o for o in sentences[first:last] if o.end <= sv.end + STORY_REACH]

    def _state_ahead(self, sv: SentenceView) -> bool:
        """Does the sentence name a state before its attribution ("Russia has repatriated
        ..., according to its March report")?"""
        phrase = self.sources.attribution(sv) or ""
        at = self.view.sentence_text(sv).find(phrase)
        stop = sv.start + (at if at >= 0 else 0)
        return any(
            p.end <= stop and p.kind in ("country", "demonym") and p.codes[0] != "KP"
            for p in sv.places
        )

    def _named_origin(self, other: SentenceView) -> str | None:
        """An earlier sentence's origin when it is a proper name ("Citizens' Alliance for
        North Korean Human Rights"), not an unnamed source."""
        if not self.sources.attribution(other):
            return None
        found = self.origin(other)
        return found if found and found[:1].isupper() else None

    def _outlet_speaker_before(self, sv: SentenceView) -> str | None:
        """The outlet "the newspaper" refers back to: a known outlet an earlier sentence
        names, else the proper name that speaks in it ("The Wall Street Journal reported,
        citing ...")."""
        for j in sv.before(LOOK_BACK):
            other = self.view.sentences[j]
            text = self.view.sentence_text(other)
            found = self._outlet_in(text)
            if not found:  # the last speaking name the sentence normalises
                for m in self.vocab.outlet_speaker.finditer(text):
                    found = self.normalise(m.group(1), text) or found
            if found and found[:1].isupper():
                return found
        return None

    def _introduced_before(self, sv: SentenceView, noun: str) -> str | None:
        """The origin of the nearest earlier sentence that introduces "a <noun>" ("citing a
        resident of the city") or whose speaker is one ("UN sanctions monitors said"), a
        relayed outlet's source when it is one."""
        rx = _introduced_rx(noun.lower(), self.vocab.introducing)
        for j in sv.before(LOOK_BACK):
            other = self.view.sentences[j]
            if not self._may_name(other, noun.lower()):
                continue
            said = self.sources.attribution(other)
            if said and (
                rx.search(self.view.sentence_text(other))
                or noun.lower() in _norm(said).split()  # "UN sanctions monitors said"
            ):
                found = self.origin(other)
                if found:
                    return self.vocab.outlet_of.get(found, found)
        return None

    def _may_name(self, sv: SentenceView, word: str) -> bool:
        """Can a sentence or its attribution hold ``word`` (lower-cased) in any case? False
        only when surely not: the word and both texts of the sentence are ASCII (no other
        case folding) and neither lower-cased text holds it (an attribution's words are
        its sentence's)."""
        texts = (self.view.sentence_text(sv), self.view.document.text[sv.start : sv.end])
        if not (word.isascii() and all(t.isascii() for t in texts)):
            return True
        return any(word in t.lower() for t in texts)

    def _outlet_named_before(self, sv: SentenceView) -> str | None:
        """The outlet an earlier sentence names ("The Daily NK reports:"): an unnamed source
        after it is that outlet's."""
        for j in sv.before(LOOK_BACK):
            found = self._outlet_in(self.view.sentence_text(self.view.sentences[j]))
            if found:
                return found
        return None

    def _affiliated(self, found: str | None) -> str | None:
        """A person's name made the body or state the article ties them to where it names
        them with a role ("Russian Security Council Secretary Sergei Shoigu" ... "quoted
        Shoigu"; "Kang Min-ho, a researcher at KINU" ... "Kang Min-ho said"), else the name."""
        if not found or not PERSON.fullmatch(found) or found in self.vocab.bodies:
            return found
        if found not in self._affiliations:  # the whole text is read: once per name
            self._affiliations[found] = self._affiliation(found)
        return self._affiliations[found]

    def _affiliation(self, found: str) -> str:
        """What :meth:`_affiliated` makes of a person's name (uncached)."""
        text = self.view.text
        for m in re.finditer(rf"(?<![\w-]){re.escape(found)}(?![\w-])", text):
            parts = ROLE_CUT.split(text[max(0, m.start() - ROLE_REACH) : m.start()])
            title = parts[-1]
            if len(parts) > 1 and _proper(title):
                title = parts[-2]  # "Russia's ambassador to Pyongyang, Ivan Petrov"
            words = title.split()[-ROLE_WORDS:]
            if self.vocab.outlet_noun_end.search(title) or self.vocab.outlet_kind_before.match(
                text, m.end()
            ):
                return found  # "the Russian news agency Interfax", "Xinhua agency": an outlet
            role = self.normalise(" ".join(words), "", strict=True) if words else None
            aside = apposed = self.vocab.appositive.match(text, m.end())
            if aside and self.vocab.past_role.match(aside.group(1)):
                aside = None  # "a former NIS official" speaks for themself
            if aside and not role:
                role = self.normalise(aside.group(1), "", strict=True)
            bare = BARE_ASIDE.match(text, m.end()) if not (role or apposed) else None
            if bare:  # "Sergei Malkov, deputy governor of the Amur region," ... "He said"
                role = self.normalise(bare.group(1), "", strict=True)
            if role:
                return role
        return self._full_name(found)

    def _full_name(self, name: str) -> str:
        """A surname said alone ("Kim said") as the full name an earlier speaker had ("...,"
        said Kim Chol, a former logger"), or the body that speaker spoke for ("according to
        Ahn Sung-kyu of the NKDB")."""
        if " " in name:
            return name
        longer = _full_name_rx(name)
        original = self.view.document.text
        for sv in self.view.sentences:
            # an attribution's words are the sentence's own: without the name it has none
            if original.find(name, sv.start, sv.end) < 0:
                continue
            said = self.sources.attribution(sv)
            m = longer.search(said) if said else None
            if m and not self._has_article(m.group(0)):
                body = self.normalise(said or "", self.view.sentence_text(sv), strict=True)
                return body or m.group(0)  # "Ahn Sung-kyu of the NKDB" ... "Ahn estimated"
        for m in longer.finditer(self.view.text):  # "Maria Kovacs, a researcher ... has"
            if not self._has_article(m.group(0)) and not OWNED.search(m.group(0) + " "):
                return m.group(0)
        return name

    def _has_article(self, name: str) -> bool:
        """Does a run of capitalised words hold an article ("The Kim", not a full name)?"""
        return any(w.lower() in self.vocab.name_articles for w in name.split())

    def _owned_before(self, sv: SentenceView, phrase: str) -> str | None:
        """What "the ministry" refers back to in its own sentence: a state's body with that
        head named before it ("Russia's labour ministry"), as a known body or a state."""
        sentence = self.view.sentence_text(sv)
        at = sentence.find(phrase)
        stop = sv.start + (at if at >= 0 else len(sentence))
        head = _owned_head_rx(phrase.split()[-1].lower())
        text = self.view.text
        for p in reversed(sv.places):
            if p.end > stop:
                continue
            m = head.match(text, p.end, stop)
            if m:
                return self.normalise(text[p.start : m.end()], sentence, strict=True)
        return None

    def _proper_name(self, sv: SentenceView, head: str) -> str | None:
        """The nearest proper name, in this sentence or shortly before, that ends with an
        organisation's head noun ("the clinic" -> "Harbour Road Central Clinic")."""
        return self._nearest_proper(sv, _proper_name_rx(head.title(), self.language))

    def _nearest_proper(self, sv: SentenceView, rx: re.Pattern[str]) -> str | None:
        """The nearest proper name ``rx`` finds, in this sentence or shortly before."""
        for j in range(sv.index, max(-1, sv.index - 1 - LOOK_BACK), -1):
            names = [m for m in rx.finditer(self.view.sentence_text(self.view.sentences[j]))]
            for m in reversed(names):
                words = m.group(0).split()
                while words and (
                    words[0].lower() in self.vocab.name_articles or not words[0][0].isupper()
                ):
                    words.pop(0)
                if len(words) >= 2:
                    name = " ".join(words)
                    return self.vocab.canonical.get(_norm(name), name)
        return None

    @staticmethod
    def _nationality(phrase: str) -> bool:
        """Is a phrase one nationality and nothing else ("South Korean")?"""
        places = _places(phrase)
        return len(places) == 1 and places[0].kind == "demonym" and places[0].text == phrase

    def _self_reported(self, phrase: str, sentence: str) -> bool:
        """Does the outlet speak of itself: under the publisher's name ("NK News" in an
        nknews.org article) or as "this newspaper" right after the attribution?"""
        site = self.publisher.removeprefix("www.").split(".")[0]
        words = _norm(phrase).split()
        parts = site.split("-")
        if site and "".join(words) in {"".join(parts[i:]) for i in range(len(parts))}:
            return True  # "NK Wire has confirmed" on nk-wire.com (or the-nkwire.com)
        if site and not self.vocab.source_noun.search(phrase) and _run_of(words, site):
            return True  # "satellite imagery reviewed by NK News" in an nknews.org article
        house = self._house_outlet()
        body = self._body(phrase)
        own = house and body and self.vocab.outlet_of.get(body) == house
        sites = self.vocab.own_publishers.get(body or "", ())
        own = own or _published_by(self.publisher, sites)
        if own and not self.vocab.source_noun.search(phrase):
            return True  # "an Associated Press review of public records" on apnews.com
        at = sentence.find(phrase)
        if at < 0:
            return False
        own_words = self.vocab.self_reference.search(sentence, at, at + len(phrase) + SELF_REACH)
        if own_words and self.vocab.access.search(sentence, at, own_words.start()):
            # "A leaked UN document, seen by this newspaper, says": the document's body
            return not self._body(phrase.split(", ", 1)[0])
        return bool(own_words)

    def _subject_before(self, sv: SentenceView, pronoun: str) -> str | None:
        """What "they" or "he" stands for when no earlier sentence has an attribution: the
        known body or state an earlier sentence opens with ("Russian officials spoke ...");
        for "he" or "she" also the person it opens with ("Elena Marsh, a professor")."""
        v = self.vocab
        for j in sv.before(LOOK_BACK):
            text = DATELINE.sub("", self.view.sentence_text(self.view.sentences[j])).strip()
            name = text.split(", ", 1)[0]
            head = " ".join(name.split()[:SUBJECT_WORDS])
            found = self.normalise(head, text, strict=True)
            if found:
                return found
            person = v.person_at_end.fullmatch(" " + name) if "," in text else None
            if pronoun in v.personal and person and not _places(name):
                return person.group(1)
        return None

    def _unattributed(self, sv: SentenceView) -> str | None:
        """A figure whose sentence names no source: a headline takes the article's source;
        a quotation opened here takes the speaker named where it closes; a sentence that
        goes on from the one before ("That leaves ...") takes its origin; else the outlet's
        relayed source, if any."""
        sentences = self.view.sentences
        body = self.view.sentence_text(sv)
        if self._headline(sv):
            prefix = self.vocab.headline_source.match(body) or self.vocab.headline_suffix.search(
                body
            )  # "UN report: ...", "... - NIS"
            found = self._body(prefix.group(1)) if prefix else None
            for other in sentences[sv.index + 1 : HEADLINE_REACH]:
                found = found or self._own(other)
            if found:
                return self._refined(found, sentences[sv.index + 1 : HEADLINE_REACH])
        if _opens_quote(body):  # '"There were 2,000 here. ...," said X' (after a dateline too)
            for other in sentences[sv.index + 1 : sv.index + 1 + LOOK_BACK]:
                text = self.view.sentence_text(other)
                if text.count('"') % 2:  # the quotation closes here
                    if self.sources.attribution(other):
                        return self.origin(other)
                    break
        if sv.index and self.vocab.continuation.match(body):
            before = sentences[sv.index - 1]
            if self.sources.attribution(before):
                return self.origin(before)
        if sv.index:
            released = self._released_before(sentences[sv.index - 1])
            if released:  # "The ministry released new figures. About 2,500 ..."
                return released
        low = self._text_low()
        for a, b in (
            _group_spans(self.vocab.authored.finditer(body))
            if low is None or self.vocab.authored_low is None
            else _group_spans(self.vocab.authored_low.finditer(low[sv.start : sv.end]))
        ):
            found = self.normalise(body[a:b], body, strict=True)
            if found:  # "a new report from the UN special rapporteur outlines ..."
                return found
        after = sentences[sv.index + 1] if sv.index + 1 < len(sentences) else None
        if after is not None and self.vocab.cataphoric.match(self.view.sentence_text(after)):
            found = self._own(after) or self._named_body(after)
            if not found and self.sources.attribution(after):
                found = self.origin(after)  # "That is according to the Asan Institute ..."
            if found:  # "... 60,000 workers. This is according to the State Department."
                return found
        return self._excerpt_lead(sv) or self.default

    def _released_before(self, before: SentenceView) -> str | None:
        """The body a sentence opens with when it announces figures ("The labour department
        released new figures on Friday"), as a known body, state or name."""
        m = self.vocab.release.match(DATELINE.sub("", self.view.sentence_text(before)))
        if not m or not self.vocab.determiners.sub("", m.group(1))[:1].isupper():
            return None
        if self.sources.attribution(before):
            return None
        return self.normalise(m.group(1), self.view.sentence_text(before))

    def _excerpt_lead(self, sv: SentenceView) -> str | None:
        """The source a lead before a quoted excerpt names ("According to the Daily NK:"),
        for the excerpt's figures that name none."""
        for other in reversed(self._near(sv, before=True)):
            if self.view.sentence_text(other).rstrip().endswith(":"):
                found = self._own(other)
                if found:
                    return found
        return None

    def _refined(self, found: str, sentences: list[SentenceView]) -> str:
        """A general origin ("United Nations") made the body of it the sentences name
        first ("UN Panel of Experts"), if they name one."""
        narrower = self.vocab.refinements.get(found)
        if not narrower:
            return found
        for other in sentences:
            for name in self._names_in(other):
                if name in narrower:
                    return name
        return found

    def _names_in(self, sv: SentenceView) -> list[str | None]:
        """The canonical names of the known names a sentence holds, in order (None for one
        without); found once per sentence."""
        names = self._sentence_names.get(sv.index)
        if names is None:
            text = self.view.text
            names = self._sentence_names[sv.index] = [
                self.vocab.canonical.get(_norm(text[a:b]))
                for a, b in self.vocab.name_forms.spans(text, self._text_low(), sv.start, sv.end)
            ]
        return names

    def _text_low(self) -> str | None:
        """:func:`caseless_lower` of the text (kept: the cache behind it holds few texts)."""
        if not self._low:
            self._low.append(caseless_lower(self.view.text))
        return self._low[0]

    def _headline(self, sv: SentenceView) -> bool:
        """The headline, or a headline line after it (no sentence has ended yet)."""
        if sv.index == 0:
            return True
        return sv.index <= 2 and all(
            not self.view.sentence_text(s).rstrip().endswith((".", "!", "?", '"'))
            for s in self.view.sentences[: sv.index + 1]
        )

    def _document_before(self, other: SentenceView) -> str | None:
        """What "the report" refers to in an earlier sentence: the body it names, the
        report it already resolved ("the report said" twice), or its known source when
        that is not a person relaying for an outlet ("sources told RFA")."""
        said = self.sources.attribution(other)
        if said and self.vocab.document_anaphor.match(said.strip()):
            return self.origin(other)
        found = (
            self._first_issuer(other)
            or self._named_body(other)
            or self._own(other)
            or self._named_origin(other)
            or self._document_author(other)
            or self._released_before(other)
        )
        return None if found in self.vocab.outlet_sources else found

    def _document_author(self, other: SentenceView) -> str | None:
        """The named author of a document an earlier sentence introduces ("published in a
        report by the Stimson Center on Tuesday"), what "the report" refers back to."""
        text = self.view.sentence_text(other)
        for a, b in _group_spans(self.vocab.authored.finditer(text)):
            name = _proper_run(self.language).match(self.vocab.determiners.sub("", text[a:b]))
            if name:
                return self.normalise(name.group(0), text)
        return None

    def _last_origin(self, sv: SentenceView) -> str | None:
        """The origin of the nearest earlier sentence that names a source ("he said")."""
        for j in sv.before(LOOK_BACK):
            other = self.view.sentences[j]
            if self.sources.attribution(other):
                found = self.origin(other)
                if found:
                    return found
        return None

    def _outlet_in(self, sentence: str) -> str | None:
        """ "<outlet> source" when a sentence names an outlet that relays sources."""
        for (name, _rx, _publishers), found in zip(
            self.vocab.outlets, self._outlet_spans(sentence), strict=True
        ):
            if found:
                return name
        return None

    def _outlet_spans(self, text: str) -> tuple[_Span | None, ...]:
        """Where each outlet's pattern first matches in ``text`` (None where it does not);
        found once per text, and for none when no outlet's name is there at all."""
        found = self._outlets_found.get(text)
        if found is None:
            v = self.vocab
            low = _caseless(text)
            if v.any_outlet.spans(text, low, first=True):
                found = tuple(
                    next(iter(f.spans(text, low, first=True)), None) for _n, f, _s in v.outlets
                )
            else:
                found = (None,) * len(v.outlets)
            self._outlets_found[text] = found
        return found

    def _outlet_told(self, sentence: str) -> str | None:
        """The outlet a sentence's speaker told ("told Radio Free Asia"), as its source."""
        if not self.vocab.told_word.search(sentence):
            return None  # no verb of telling: no outlet's name need be looked for
        low = _caseless(sentence)
        for name, forms, _publishers in self.vocab.outlets:
            for start, _end in forms.spans(sentence, low):
                if self.vocab.told_outlet.search(sentence, 0, start):
                    return name
        return None

    def _outlet_before(self, sv: SentenceView) -> str | None:
        """The relayed outlet source of the nearest earlier sentences ("two officials told
        the AP"), when one of them names it."""
        outlets = self.vocab.outlet_sources
        for j in sv.before(LOOK_BACK):
            other = self.view.sentences[j]
            if self.sources.attribution(other) and self.origin(other) in outlets:
                return self.origin(other)
        return None

    def _named_body(self, sv: SentenceView) -> str | None:
        """The last known body a sentence names ("the UN Panel of Experts published ..."),
        other than the outlet that publishes the article."""
        house = self._house_outlet() or "\0"
        found = None
        for name in self._names_in(sv):
            if name and not house.startswith(name):
                found = name
        return found

    def _country_before(self, sv: SentenceView, phrase: str, kind: str = "country") -> str | None:
        """ "the country's government", "its report": the nearest country named before; or
        region ("a regional official"), an administrative one ("Novosibirsk Oblast") before
        a geographic one ("Siberia")."""
        kinds = (kind, "demonym") if kind == "country" else (kind,)  # "Vietnamese police"
        found = self._places_before(sv, phrase, kinds)
        if not found:
            return None
        formal = [p for p in found if self.vocab.region_noun.search(p.text)]
        p = formal[0] if kind == "subdivision" and formal else found[0]
        return self._governments([(p.codes[0], p.text, kind == "subdivision")])

    def _places_before(
        self, sv: SentenceView, phrase: str, kinds: tuple[str, ...]
    ) -> list[PlaceMention]:
        """The places of one country (not the DPRK) of ``kinds`` before a phrase, in its
        sentence and the few before it, nearest first."""
        body = self.view.sentence_text(sv)
        at = body.find(phrase)
        lo = sv.start + (at if at >= 0 else len(body))
        found: list[PlaceMention] = []
        for j in range(sv.index, max(-1, sv.index - 1 - LOOK_BACK), -1):
            other = self.view.sentences[j]
            hi = lo if j == sv.index else other.end
            found += [
                p
                for p in reversed(other.places)
                if p.end <= hi and p.kind in kinds and p.codes[0] != "KP" and len(p.codes) == 1
            ]
        return found

    def normalise(self, phrase: str, sentence: str = "", strict: bool = False) -> str | None:
        """The canonical origin of an attribution phrase; ``strict`` keeps only known
        bodies, states and relayed sources (no unnamed sources, people or leftovers)."""
        key = (phrase, sentence, strict)
        if key not in self._normalised:
            self._normalised[key] = self._normalise(phrase, sentence, strict)
        return self._normalised[key]

    def _normalise(self, phrase: str, sentence: str, strict: bool) -> str | None:
        v = self.vocab
        # "the (Washington-based) Committee"; a function, not the template r"\1", which
        # re looks up per call by the pattern's hash (computed over its whole code)
        phrase = v.descriptor.sub(_first_group, phrase.strip())
        tail = ACRONYM_TAIL.search(phrase)
        if tail:  # "the Office of Foreign Assets Control (OFAC)": the acronym when known
            known = v.canonical.get(_norm(tail.group(0)))
            if known:
                return known
            phrase = phrase[: tail.start()]  # "the Polish ... Inspectorate (PIP)"
        relay = v.relay.search(phrase)
        if relay:  # "a report by the Wall Street Journal citing South Korean intelligence"
            inner = self.normalise(phrase[relay.end() :], sentence, strict)
            if inner:
                return inner
            phrase = phrase[: relay.start()]
        if ", " in phrase and not self._place_pair(phrase):
            # "Alexei Kolmakov, head of the regional construction ministry"
            name, aside = phrase.split(", ", 1)
            if v.past_role.match(aside):  # "Park Jin, a former NIS official": Park Jin
                return self.normalise(name, sentence, strict)
            if PERSON.fullmatch(aside) and not self._body(aside):
                # "Moscow's deputy labour minister, Andrei Sokolov": the role speaks
                return self.normalise(name, sentence, strict=True) or aside
            return (
                self.normalise(aside, sentence, strict=True)
                or self._state_of_aside(aside, sentence)
                or self._region_in(aside)
                or self.normalise(name, sentence, strict)
            )
        if v.member_by.search(phrase):
            return v.member_name  # "an interim report submitted by 42 countries"
        if v.member_to.search(phrase):  # "reports submitted to the UN": the states speak
            opening = DATELINE.sub("", sentence)
            states = self._states(opening, at_head=True, listing=True)
            return self._governments(states) if states else v.member_name
        head = v.determiners.sub("", phrase.strip())
        authored = v.document_by.match(head)
        inner = self.normalise(authored.group(1), sentence, strict) if authored else None
        if inner:  # "a report by the Washington-based Committee for ..."
            return inner
        owner = v.owned_document.match(head)
        if owner and not _places(owner.group(1)):
            # "the International Labor Organization's latest estimates": the body's
            found = self.normalise(owner.group(1), sentence, strict)
            if found:
                return found
        described = v.outlet_described.match(head)
        if described:  # "the Russian news agency Interfax": the outlet, not the state
            return self.normalise(described.group(1), sentence, strict) or described.group(1)
        kind = v.outlet_kind_after.match(head)
        if kind and kind.group("kind") and kind.group(1).split()[-1] not in v.outlet_name_ends:
            kind = None  # "Russia's Federal Migration agency": a state's body
        run = PROPER_TAIL.search(kind.group(1)) if kind else None
        if run:  # "Japan's Kyodo News agency", "China's official Xinhua news agency"
            return self.normalise(OWNER_HEAD.sub("", run.group(0)), sentence, strict)
        nation = next(iter(_places(head)), None)
        if (
            nation
            and nation.start == 0
            and self._nationality(nation.text)
            and v.nationality_noun.fullmatch(head, nation.end)
        ):
            return head  # "according to South Korean estimates": no body speaks
        source = v.source_phrase.match(head)
        if source and NAMED.match(head, source.end()):
            source = None  # "(Former) diplomat Thae Yong-ho": a named person
        if not source:  # "a North Korean source", not "North Korean diplomat Ko Young-hwan"
            bare = self._unplaced(head)
            source = v.source_phrase.match(bare)
            if source and NAMED.search(bare, source.end()):
                source = None
        in_phrase = self._outlet_spans(phrase)
        for (name, _rx, _publishers), m in zip(v.outlets, in_phrase, strict=True):
            if m and v.source_noun.match(POSSESSIVE.sub("", phrase[m[1] :])):
                return name  # "a Daily NK source", "RFA sources"
        if source:
            in_sentence = self._outlet_spans(sentence)
            for (name, _rx, _publishers), a, b in zip(
                v.outlets, in_sentence, in_phrase, strict=True
            ):
                if a or b:
                    return name
            house = self._house_outlet()
            if house and source.group("noun").lower() in v.source_words:
                return house
        body = self._body(phrase)
        foreign = self._foreign_owner(head, body) if body in v.body_states else None
        if foreign:
            return foreign  # "Kuwait's Interior Ministry": Kuwait's, not Russia's
        if body and body in self._placed_bodies(phrase):
            return body  # "Seoul's spy agency", "South Korean intelligence"
        if (
            not (source or strict)
            and v.indefinite_person.match(phrase)
            and self._common_noun(phrase.split(" ", 1)[1])  # "a (Lao) trader"
        ):
            told = self._outlet_told(sentence)
            if told:
                return told  # "a trader in Hunchun told RFA"
        if body and self._owned_body(head):
            return body  # "Seoul's unification ministry", "Russia's Interior Ministry"
        state = self._state(head, at_head=True)
        if state:
            return state
        if body:
            return body
        state = self._state(head, at_head=False)
        if state or strict:
            return state
        member = v.member_of.search(head) if source else None
        employer = self.normalise(member.group(1), sentence, True) if member else None
        if employer:  # "Officials in Vietnam's labour ministry": the ministry's state
            return employer
        if source:
            mod = f"{source.group('mod').lower()} " if source.group("mod") else ""
            noun = source.group("noun").lower()
            return f"{UNNAMED}{mod}{v.source_noun_names.get(noun, noun)}"
        cut = v.name_cut.sub("", head).strip(" ,.;:()")
        title, _, rest = cut.partition(" ")
        named = PERSON.match(rest) if title.lower() in v.role_titles else None
        if named and not _places(named.group(0)):
            # "Defector Kim Hyuk" opening a sentence: the person, or the known body of
            # "Analyst Lee Seong-min of the Asan Institute" (a body unknown: the person)
            after = rest[named.end() :].strip()
            if not after:
                return named.group(0)
            if v.owner.search(after.split(" ", 1)[0] + " "):
                return self.normalise(after, sentence, strict=True) or named.group(0)
        # every word capitalised or a function word of a name ("for", "of")
        name_like = all(t[:1].isupper() or t in v.name_words for t in cut.split())
        if name_like and any(t in v.name_words for t in cut.split()):
            return cut  # "Center for Strategic and International Studies": one name
        person = v.person_at_end.search(cut)
        if person and not _places(person.group(1)) and person.group(1) != cut.split()[0]:
            return person.group(1)
        for p in _places(cut):
            owned = OWNED.match(cut, p.end) if p.start == 0 else None
            if owned and _proper(cut[owned.end() :]):
                rest = cut[owned.end() :]
                if rest.split()[-1].lower() in v.state_body_heads and len(p.codes) == 1:
                    # "Poland's State Labour Inspectorate": "Polish State Labour Inspectorate"
                    return f"{self._state_adjective(p.codes[0], p.text)} {rest}"
                return rest  # "Japan's Kyodo News": the body the state has
            if owned:
                return None  # a state that does not speak: "Kuwait's response (shows)"
        if cut and cut[0].isupper() and len(cut.split()) <= 3:
            return cut
        if name_like:
            return cut  # "Coalition for Labour Rights in North Korea"
        words = cut.lower().split()
        if words and all(w in v.documents or w in v.name_articles for w in words):
            return None  # "according to some estimates": no one named
        held = v.held_in.match(cut)
        if held and held.group("document").lower().split()[-1] in v.documents:
            words = held.group("document").lower().split()  # "(estimates in a) 2012 ... report"
        return " ".join(words) if 0 < len(words) <= 4 else None

    def _state_adjective(self, code: str, text: str) -> str:
        """The word a state's body is named with: "Polish" (from "Polish government"),
        "North Korean", else the state's common name ("Lithuania")."""
        v = self.vocab
        if code in v.state_adjectives:
            return v.state_adjectives[code]
        government = v.government_names.get(code)
        if government and government.endswith(GOVERNMENT):
            return government.removesuffix(GOVERNMENT)
        return state_adjectives().get(code) or country_names().get(code, text)

    def _owned_body(self, head: str) -> bool:
        """Does a known body follow the state a phrase opens with, as its possessive
        ("South Korea's spy agency", "Seoul's unification ministry")?"""
        first = next(iter(_places(head)), None)
        if first is None or first.start != 0:
            return False
        owned = OWNED.match(head + " ", first.end)
        if not owned:
            return False
        m = self.vocab.name_forms.match(head, _caseless(head), owned.end())
        return bool(m and self.vocab.canonical.get(_norm(head[m[0] : m[1]])))

    def _foreign_owner(self, head: str, body: str | None) -> str | None:
        """The government of the state a phrase opens with ("Kuwait's", "Kuwaiti") when it
        is not the state of the known body it names ("Interior Ministry")."""
        first = next(iter(_places(head)), None)
        if first is None or first.start != 0 or first.kind not in ("country", "demonym"):
            return None
        home = self.vocab.body_states.get(body or "")
        if len(first.codes) != 1 or first.codes[0] in ("KP", home):
            return None
        if first.kind == "country" and not OWNED.match(head + " ", first.end):
            return None
        return self._governments([(first.codes[0], first.text, False)])

    @staticmethod
    def _place_pair(phrase: str) -> bool:
        """Is the first comma of a phrase the joint of "Hunchun, Jilin Province"?"""
        at = phrase.index(", ")
        places = _places(phrase)
        return any(p.end == at for p in places) and any(p.start == at + 2 for p in places)

    def _region_in(self, phrase: str) -> str | None:
        """ "a regional labour official in Primorsky Krai": the region the phrase names
        speaks (its government), when the phrase says regional."""
        if not self.vocab.regional.match(phrase):
            return None
        inside = [p for p in _places(phrase) if p.kind == "subdivision" and len(p.codes) == 1]
        return self._governments([(inside[0].codes[0], inside[0].text, True)]) if inside else None

    def _state_of_aside(self, aside: str, sentence: str) -> str | None:
        """ "Jobsplus, a government agency in charge of employment": the one state (not the
        DPRK) the sentence names speaks through its agency."""
        if not self.vocab.government_aside.match(aside):
            return None
        codes = {
            p.codes[0]: p.text
            for p in _places(sentence)
            if p.kind == "country" and len(p.codes) == 1 and p.codes[0] != "KP"
        }
        if len(codes) != 1:
            return None
        [(code, text)] = codes.items()
        return self._governments([(code, text, False)])

    @classmethod
    def _common_noun(cls, rest: str) -> bool:
        """Does ``rest`` (a phrase after its article) open with a lower-case word, past the
        place it may open with ("(Lao) trader")?"""
        words = cls._unplaced(rest).split()
        return bool(words) and words[0].islower()

    @staticmethod
    def _unplaced(head: str) -> str:
        """A phrase without the place it opens with ("(North Korean) source")."""
        first = next(iter(_places(head)), None)
        return head[first.end :].lstrip() if first and first.start == 0 else head

    def _governed(self, before: str) -> bool:
        """Is a name after ``before`` governed by a preposition that is not an agent's or an
        owner's ("submitted to (the UN)", not "reviewed by (VOA)", "head of (the NIS)")?"""
        v = self.vocab
        return bool(v.non_agent.search(before)) and not (
            v.agent.search(before) or v.owner.search(before)
        )

    def _placed_bodies(self, phrase: str) -> set[str]:
        """The known bodies whose name as written holds a place ("Seoul's spy agency")."""
        return {
            self.vocab.canonical.get(_norm(phrase[a:b]), "")
            for a, b in self.vocab.name_forms.spans(phrase, _caseless(phrase))
            if _places(phrase[a:b])
        }

    def _body(self, phrase: str) -> str | None:
        """The canonical name of the longest known body not governed by a preposition
        (found once per phrase)."""
        if phrase not in self._bodies:
            self._bodies[phrase] = self._find_body(phrase)
        return self._bodies[phrase]

    def _find_body(self, phrase: str) -> str | None:
        best: tuple[int, str] | None = None
        for a, b in self.vocab.name_forms.spans(phrase, _caseless(phrase)):
            if self._governed(phrase[:a]):
                continue  # "submitted to the United Nations"; "reviewed by VOA" speaks
            name = self.vocab.canonical.get(_norm(phrase[a:b]))
            if name and (best is None or b - a > best[0]):
                best = (b - a, name)
        return best[1] if best else None

    def _state(self, phrase: str, at_head: bool) -> str | None:
        """ "<state> government" when a state (not the DPRK or a place after a preposition)
        speaks: at the head of the phrase, or anywhere before a speaker noun."""
        states = self._states(phrase, at_head)
        return self._governments(states) if states else None

    def _states(
        self, phrase: str, at_head: bool, listing: bool = False
    ) -> list[tuple[str, str, bool]]:
        """The speaking states of a phrase as (code, name, regional): a state, a capital
        standing for it, or a region ("Novosibirsk Oblast official"); with ``listing``, the
        joined list of states the phrase opens with, speaker noun or not."""
        v = self.vocab
        mentions: list[PlaceMention] = [
            p for p in _places(phrase) if p.kind in ("country", "demonym", "city", "subdivision")
        ]
        states: list[tuple[str, str, bool]] = []
        last = 0  # where the previous state of a joined list ("China and Russia") ended
        governed: int | None = None  # where the last place after a preposition ended
        for p in mentions:
            if governed is not None and phrase[governed : p.start] == ", ":
                governed = p.end  # "in Hunchun, Jilin Province": both after "in"
                continue
            if at_head and (
                v.joined.match(phrase[last : p.start]) is None
                if states
                else phrase[: p.start].strip(" ,")
            ):
                break
            if not at_head and self._governed(phrase[: p.start]):
                governed = p.end
                continue
            code = v.capitals.get(p.text) if p.kind == "city" else p.codes[0]
            if code is None or code == "KP":
                continue
            if len(p.codes) != 1 and p.kind != "city":
                continue
            more = v.joined.match(phrase[p.end :]) is not None
            speaks = listing or v.state_speaker.match(phrase[p.end :])
            if not speaks and not (at_head and more):
                continue
            states.append((code, p.text, p.kind == "subdivision"))
            last = p.end
            if not more:
                break
        return states

    def _governments(self, states: list[tuple[str, str, bool]]) -> str:
        """ "Russian government", "Novosibirsk Oblast government", "Chinese and Russian
        governments"."""
        v = self.vocab
        names = [
            f"{text}{GOVERNMENT}"
            if regional
            else v.government_names.get(code, f"{country_names().get(code, text)}{GOVERNMENT}")
            for code, text, regional in states
        ]
        if len(names) == 1:
            return names[0]
        return " and ".join(n.removesuffix(GOVERNMENT) for n in names) + GOVERNMENTS
