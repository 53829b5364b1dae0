"""Who says so: the source a sentence attributes its figure to, as written.

"according to X", "X said/told/estimated ...", "..., said X". The phrase is cut at the
clause boundary and kept to a dozen words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from laborwatch.extract.cues import Cues
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.vocab import word_set, words

MAX_WORDS = 12
STRIP = " ,.;:\"'()[]-"


@dataclass(frozen=True)
class _Grammar:
    determiners: frozenset[str]  # lower-case words that may open a speaker phrase
    leading: re.Pattern[str]  # "and", "however" before a speaker
    trailing: re.Pattern[str]  # "on Monday", "last week" after a speaker
    passive: re.Pattern[str]  # "3,000 North Koreans are (estimated)"
    adjectival: re.Pattern[str]  # "an (estimated) $260 million"
    tails: re.Pattern[str]  # "sources have (told)"
    impersonal: re.Pattern[str]  # "It's (estimated)"
    names_someone: re.Pattern[str]  # "per Darusman's report", not "per year"
    weekday: re.Pattern[str]
    speaker_pronouns: frozenset[str]
    non_speakers: frozenset[str]
    subject_opener: re.Pattern[str]


@functools.cache
def _grammar(language: str) -> _Grammar:
    """The attribution patterns of ``language``; its words come from ``grammar.yaml``."""
    articles = words(language, "adjectival_articles")
    return _Grammar(
        determiners=word_set(language, "speaker_determiners"),
        leading=re.compile(r"^(?:" + words(language, "leading_connectives") + r")\s*", re.I),
        trailing=re.compile(
            r"\s+(?:" + words(language, "trailing_time_words") + r")\s*(?:\w+)?$", re.I
        ),
        passive=re.compile(r"(?:" + words(language, "passive_auxiliaries") + r")$", re.I),
        adjectival=re.compile(r"(?:" + articles + r")\s+$", re.I),
        tails=re.compile(r"(?:\s+(?:" + words(language, "subject_tails") + r"))+$", re.I),
        impersonal=re.compile(r"^(?:" + words(language, "impersonal_subjects") + ")", re.I),
        names_someone=re.compile(r"^\s+(?:(?i:" + articles + r")\s+)?[A-Z]"),
        weekday=re.compile(
            r"(?:(?:"
            + words(language, "weekday_prepositions")
            + r")\s+)?(?:"
            + words(language, "weekdays")
            + r").*$"
        ),
        speaker_pronouns=word_set(language, "speaker_pronouns"),
        non_speakers=word_set(language, "non_speaker_pronouns"),
        subject_opener=re.compile(words(language, "subject_openers", True) + r"\s+"),
    )


class AttributionFinder:
    def __init__(self, view: DocView, cues: Cues) -> None:
        self.view = view
        self.cues = cues
        self.g = _grammar(cues.language)
        self._cache: dict[int, str | None] = {}
        self.speaker_nouns = frozenset(w.lower() for w in cues.raw.get("speaker_nouns", []))
        self.weak_openers = frozenset(
            w.lower() for w in cues.raw.get("weak_attribution_openers", [])
        )

    def attribution(self, sv: SentenceView) -> str | None:
        if sv.index not in self._cache:
            self._cache[sv.index] = self._find(sv)
        return self._cache[sv.index]

    def _speaker_like(self, phrase: str) -> bool:
        """A name, a determiner phrase ("the officials") or a source noun ("sources")."""
        first = phrase.split()[0].lower()
        return phrase[0].isupper() or first in self.g.determiners or first in self.speaker_nouns

    def _clean(self, phrase: str) -> str | None:
        phrase = self.g.weekday.sub("", phrase)
        phrase = phrase.strip(STRIP)
        phrase = self.g.leading.sub("", phrase).strip(STRIP)
        words = phrase.split()
        if not words or len(words) > MAX_WORDS:
            return None
        phrase = self.g.trailing.sub("", " ".join(words)).strip(STRIP)
        phrase = self.g.tails.sub("", phrase).strip(STRIP)
        if phrase.lower() in self.g.speaker_pronouns:
            return phrase  # a speaker named before: "they said"
        if phrase.lower() in self.g.non_speakers:
            return None
        if self.g.passive.search(phrase) or self.g.impersonal.match(phrase):
            return None  # "3,000 North Koreans are (estimated)", "It's (estimated)"
        return phrase or None

    def _find(self, sv: SentenceView) -> str | None:
        text = self.view.document.text
        norm = self.view.text
        body = norm[sv.start : sv.end]
        m = next(
            (
                o
                for o in self.cues.attribution_openers.finditer(body)
                if o.group(0).lower() not in self.weak_openers
                or self.g.names_someone.match(body[o.end() :])
            ),
            None,
        )
        if m:
            rest = body[m.end() :]
            cut = re.search(r",|;|\s-\s|$", rest)
            stop = cut.start() if cut else len(rest)
            phrase = self._clean(text[sv.start + m.end() : sv.start + m.end() + stop])
            if phrase:
                # "According to X, defectors claim ...": the inner speaker stated it first
                inner = self._speaker(sv, body, m.end() + stop) if m.start() == 0 else None
                return inner or phrase
        return self._speaker(sv, body, 0)

    def _speaker(self, sv: SentenceView, body: str, lo: int) -> str | None:
        """The speaker of the first speech verb at or after ``lo`` in a sentence."""
        text = self.view.document.text
        for v in self.cues.speech_verbs.finditer(body, lo):
            if v.group(0)[0].isupper() and v.start() > 0:
                continue  # part of a name: "the United States believes"
            if self.g.adjectival.search(body, 0, v.start()):
                continue  # "an estimated $260 million"
            before = body[lo : v.start()]
            after = body[v.end() :]
            # "..., said the source." / "..., said Giorgio Cafiero, the CEO of ..."
            if before.rstrip().endswith((",", '"')) and after.strip():
                cut = re.search(r",|\.$|;|$", after)
                stop = cut.start() if cut else len(after)
                phrase = self._clean(text[sv.start + v.end() : sv.start + v.end() + stop])
                if phrase and self._speaker_like(phrase):
                    return phrase
            # "X said ..." : the subject since the last clause break
            start = max(before.rfind(", "), before.rfind('" '), before.rfind("; "))
            subject = before[start + 1 :] if start >= 0 else before
            if len(subject.split()) > MAX_WORDS:
                # "... generate what the panel estimated": the subject after "what"
                openers = list(self.g.subject_opener.finditer(subject))
                if openers:
                    subject = subject[openers[-1].end() :]
            phrase = self._clean(text[sv.start + v.start() - len(subject) : sv.start + v.start()])
            if phrase and self._speaker_like(phrase):
                return phrase
        return None
