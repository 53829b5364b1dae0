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
the nearest earlier sentence that has one; "the country's government" or "its report"
names the nearest country before it. A headline with no attribution takes the first
origin of the article; any other figure with no attribution takes the outlet's source
when the article relays one ("the source said" in a Daily NK article), else none (the
outlet is the origin).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from laborwatch.extract.attribution import AttributionFinder
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.places import PlaceMention, find_places
from laborwatch.extract.vocab import load, phrase_pattern, words

POSSESSIVE = re.compile(r"^(?:'s|’s|'|’)?\s*")
LOOK_BACK = 4  # sentences an anaphoric attribution may reach back
HEADLINE_REACH = 15  # sentences a headline may look ahead for its article's origin


@dataclass(frozen=True)
class _Vocabulary:
    names: re.Pattern[str]
    canonical: dict[str, str]
    outlets: list[tuple[str, re.Pattern[str], frozenset[str]]]
    source_noun: re.Pattern[str]
    source_phrase: re.Pattern[str]
    government_names: dict[str, str]
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


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", s.lower()).split())


def _pattern(forms: list[str]) -> re.Pattern[str]:
    """Whole-word alternation; all-capital acronyms match only as written."""
    upper = [f for f in forms if f.replace(".", "").isupper()]
    other = [f for f in forms if f not in upper]
    parts = []
    if other:
        parts.append(phrase_pattern(other))
    if upper:
        parts.append("(?-i:" + phrase_pattern(upper) + ")")
    return re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE)


@functools.cache
def _vocabulary(language: str) -> _Vocabulary:
    data = load("origins", language)
    canonical: dict[str, str] = {}
    for name, forms in data["names"].items():
        for form in [name, *forms]:
            canonical[_norm(form)] = name
    outlets = [
        (name, _pattern(spec["names"]), frozenset(spec.get("publishers", [])))
        for name, spec in data["outlet_sources"].items()
    ]
    nouns = phrase_pattern(data["source_nouns"])
    modifiers = phrase_pattern(data["source_modifiers"])
    the = words(language, "articles")
    name_word = r"(?:[A-Z][\w'-]*|(?:" + words(language, "name_particles") + r")(?=\s+[A-Z]))"
    a_the = words(language, "indefinite_or_definite")
    sources = words(language, "source_words")
    speech = words(language, "source_speech")
    openers = words(language, "source_openers")
    return _Vocabulary(
        names=_pattern(list(canonical_forms(data["names"]))),
        canonical=canonical,
        outlets=outlets,
        source_noun=re.compile(nouns, re.IGNORECASE),
        source_phrase=re.compile(
            rf"^(?:(?P<mod>{modifiers})\s+)?(?P<noun>{nouns})(?:\s|$)", re.IGNORECASE
        ),
        government_names={str(k): str(v) for k, v in data["government_names"].items()},
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
            + "))",
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
    )


@functools.lru_cache(maxsize=4096)
def _places(phrase: str) -> tuple[PlaceMention, ...]:
    """The place mentions of a short attribution phrase (cached: phrases repeat)."""
    return tuple(find_places(phrase))


def canonical_forms(names: dict[str, list[str]]) -> list[str]:
    """Every surface form of the names table, canonical names included."""
    return [form for name, forms in names.items() for form in [name, *forms]]


class OriginFinder:
    """Normalises the attributions of one document (``publisher`` decides relayed sources)."""

    def __init__(self, view: DocView, sources: AttributionFinder, language: str = "en") -> None:
        self.view = view
        self.sources = sources
        self.vocab = _vocabulary(language)
        self.publisher = (view.document.publisher or "").lower()
        self._default: list[str | None] = []  # computed on first use
        self._cache: dict[int, str | None] = {}

    @property
    def default(self) -> str | None:
        """The publisher's own relayed source, when the article relays one."""
        if not self._default:
            self._default.append(self._relayed_source(self.view.text) if self.publisher else None)
        return self._default[0]

    def _house_outlet(self) -> str | None:
        for name, _rx, publishers in self.vocab.outlets:
            if any(self.publisher == p or self.publisher.endswith("." + p) for p in publishers):
                return name
        return None

    def _relayed_source(self, text: str) -> str | None:
        """The publisher's own source, when the article relays one ("the source said")."""
        outlet = self._house_outlet()
        if outlet is None:
            return None
        return outlet if self.vocab.relayed.search(text) else None

    def origin(self, sv: SentenceView) -> str | None:
        """The origin of the figures of one sentence."""
        if sv.index not in self._cache:
            self._cache[sv.index] = self._origin(sv)
        return self._cache[sv.index]

    def _own(self, sv: SentenceView) -> str | None:
        """The known origin a sentence names itself (None when it names none, refers back
        or names no known body, state or relayed source)."""
        phrase = self.sources.attribution(sv)
        if not phrase or self.vocab.anaphor.match(phrase.strip()):
            return None
        if self.vocab.country_anaphor.match(phrase.strip()):
            return None
        return self.normalise(phrase, self.view.sentence_text(sv), strict=True)

    def _origin(self, sv: SentenceView) -> str | None:
        phrase = self.sources.attribution(sv)
        sentences = self.view.sentences
        if not phrase:
            if sv.index == 0:
                for other in sentences[1:HEADLINE_REACH]:
                    found = self._own(other)
                    if found:
                        return found
            return self.default
        phrase = phrase.strip()
        if self.vocab.country_anaphor.match(phrase):
            state = self._country_before(sv, phrase)
            if state:
                return state
        if self.vocab.anaphor.match(phrase) or self.vocab.country_anaphor.match(phrase):
            document = self.vocab.document_anaphor.match(phrase)
            if not document and self.default and self.vocab.source_noun.search(phrase):
                return self.default  # "the source" in an outlet that relays its sources
            for j in range(sv.index - 1, max(-1, sv.index - 1 - LOOK_BACK), -1):
                # "the report" is the body named last; "the source", "they" the last speaker
                if document:
                    found = self._named_body(sentences[j]) or self._own(sentences[j])
                else:
                    found = self._own(sentences[j]) or self._named_body(sentences[j])
                if found:
                    return found
            return self.default
        return self.normalise(phrase, self.view.sentence_text(sv))

    def _named_body(self, sv: SentenceView) -> str | None:
        """The last known body a sentence names ("the UN Panel of Experts published ..."),
        other than the outlet that publishes the article."""
        house = self._house_outlet() or "\0"
        found = None
        for m in self.vocab.names.finditer(self.view.text, sv.start, sv.end):
            name = self.vocab.canonical.get(_norm(m.group(0)))
            if name and not house.startswith(name):
                found = name
        return found

    def _country_before(self, sv: SentenceView, phrase: str) -> str | None:
        """ "the country's government", "its report": the nearest country named before."""
        body = self.view.sentence_text(sv)
        at = body.find(phrase)
        lo = sv.start + (at if at >= 0 else len(body))
        for j in range(sv.index, max(-1, sv.index - 1 - LOOK_BACK), -1):
            other = self.view.sentences[j]
            hi = lo if j == sv.index else other.end
            for p in reversed(other.places):
                if p.end <= hi and p.kind == "country" and p.codes[0] != "KP":
                    code = p.codes[0]
                    return self.vocab.government_names.get(code, f"{p.text} government")
        return None

    def normalise(self, phrase: str, sentence: str = "", strict: bool = False) -> str | None:
        """The canonical origin of an attribution phrase; ``strict`` keeps only known
        bodies, states and relayed sources (no unnamed sources, people or leftovers)."""
        v = self.vocab
        head = v.determiners.sub("", phrase.strip())
        source = v.source_phrase.match(head)
        for name, rx, _publishers in v.outlets:
            m = rx.search(phrase)
            if m and v.source_noun.match(POSSESSIVE.sub("", phrase[m.end() :])):
                return name  # "a Daily NK source", "RFA sources"
        if source:
            for name, rx, _publishers in v.outlets:
                if rx.search(sentence) or rx.search(phrase):
                    return name
            house = self._house_outlet()
            if house and source.group("noun").lower().startswith("source"):
                return house
        state = self._state(head, at_head=True)
        if state:
            return state
        body = self._body(phrase)
        if body:
            return body
        state = self._state(head, at_head=False)
        if state or strict:
            return state
        if source:
            mod = f"{source.group('mod').lower()} " if source.group("mod") else ""
            return f"unnamed {mod}{source.group('noun').lower()}"
        cut = v.name_cut.sub("", head).strip(" ,.;:()")
        person = v.person_at_end.search(cut)
        if person and not _places(person.group(1)) and person.group(1) != cut.split()[0]:
            return person.group(1)
        if cut and cut[0].isupper() and len(cut.split()) <= 3 and not _places(cut):
            return cut
        words = cut.lower().split()
        return " ".join(words) if 0 < len(words) <= 4 else None

    def _body(self, phrase: str) -> str | None:
        """The canonical name of the longest known body not governed by a preposition."""
        best: tuple[int, str] | None = None
        for m in self.vocab.names.finditer(phrase):
            before = phrase[: m.start()]
            if self.vocab.non_agent.search(before) and not self.vocab.agent.search(before):
                continue  # "submitted to the United Nations"; "reviewed by VOA" speaks
            name = self.vocab.canonical.get(_norm(m.group(0)))
            if name and (best is None or len(m.group(0)) > best[0]):
                best = (len(m.group(0)), name)
        return best[1] if best else None

    def _state(self, phrase: str, at_head: bool) -> str | None:
        """ "<state> government" when a state (not the DPRK or a place after a preposition)
        speaks: at the head of the phrase, or anywhere before a speaker noun."""
        v = self.vocab
        mentions: list[PlaceMention] = [
            p for p in _places(phrase) if p.kind in ("country", "demonym", "city")
        ]
        states: list[tuple[str, str]] = []
        last = 0  # where the previous state of a joined list ("China and Russia") ended
        for p in mentions:
            if at_head and (
                v.joined.match(phrase[last : p.start]) is None
                if states
                else phrase[: p.start].strip(" ,")
            ):
                break
            if not at_head and v.non_agent.search(phrase[: p.start]):
                continue
            code = v.capitals.get(p.text) if p.kind == "city" else p.codes[0]
            if code is None or code == "KP":
                continue
            if len(p.codes) != 1 and p.kind != "city":
                continue
            more = v.joined.match(phrase[p.end :]) is not None
            if not v.state_speaker.match(phrase[p.end :]) and not (at_head and more):
                continue
            states.append((code, p.text))
            last = p.end
            if not more:
                break
        if not states:
            return None
        if len(states) > 1:
            names = [v.government_names.get(c, f"{t} government") for c, t in states]
            adjectives = [n.removesuffix(" government") for n in names]
            return " and ".join(adjectives) + " governments"
        code, text = states[0]
        return v.government_names.get(code, f"{text} government")
