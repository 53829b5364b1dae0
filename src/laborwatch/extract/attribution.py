"""Who says so: the source a sentence attributes its figure to, as written.

"according to X", "X said/told/estimated ...", "..., said X". The phrase is cut at the
clause boundary and kept to a dozen words.
"""

from __future__ import annotations

import re

from laborwatch.extract.cues import Cues
from laborwatch.extract.document import DocView, SentenceView

MAX_WORDS = 12
DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "two",
        "three",
        "one",
        "another",
        "some",
        "local",
        "its",
        "their",
        "his",
        "her",
        "several",
        "many",
        "officials",
    }
)
STRIP = " ,.;:\"'()[]-"
LEADING = re.compile(
    r"^(?:and|but|however|meanwhile|also|that|as|while|in fact|so)\b\s*", re.IGNORECASE
)
TRAILING = re.compile(r"\s+(?:on|in|last|this|earlier|recently|later)\s*(?:\w+)?$", re.IGNORECASE)
PASSIVE = re.compile(r"\b(?:is|are|was|were|been|be|being)$", re.IGNORECASE)
ADJECTIVAL = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)
AUXILIARY = re.compile(r"(?:\s+(?:have|has|had|also|reportedly|earlier|later))+$", re.IGNORECASE)
IMPERSONAL = re.compile(r"^(?:it|it's|it’s|this|that|there)\b", re.IGNORECASE)
# "per" names a source only before a name or a report: "per Darusman's report", not "per year"
PER_SOURCE = re.compile(r"^\s+(?:the\s+|a\s+|an\s+)?[A-Z]")


def _names_someone(rest: str) -> bool:
    return bool(PER_SOURCE.match(rest))


WEEKDAY = re.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"\b.*$"
)


class AttributionFinder:
    def __init__(self, view: DocView, cues: Cues) -> None:
        self.view = view
        self.cues = cues
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
        return phrase[0].isupper() or first in DETERMINERS or first in self.speaker_nouns

    def _clean(self, phrase: str) -> str | None:
        phrase = WEEKDAY.sub("", phrase)
        phrase = phrase.strip(STRIP)
        phrase = LEADING.sub("", phrase).strip(STRIP)
        words = phrase.split()
        if not words or len(words) > MAX_WORDS:
            return None
        phrase = TRAILING.sub("", " ".join(words)).strip(STRIP)
        phrase = AUXILIARY.sub("", phrase).strip(STRIP)
        if phrase.lower() in ("he", "she", "it", "they", "we", "i", "you", "this", "which"):
            return phrase if phrase.lower() in ("he", "she", "they") else None
        if PASSIVE.search(phrase) or IMPERSONAL.match(phrase):
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
                if o.group(0).lower() not in self.weak_openers or _names_someone(body[o.end() :])
            ),
            None,
        )
        if m:
            rest = body[m.end() :]
            cut = re.search(r",|;|\s-\s|$", rest)
            phrase = self._clean(text[sv.start + m.end() : sv.start + m.end() + cut.start()])
            if phrase:
                return phrase
        for v in self.cues.speech_verbs.finditer(body):
            if v.group(0)[0].isupper() and v.start() > 0:
                continue  # part of a name: "the United States believes"
            if ADJECTIVAL.search(body, 0, v.start()):
                continue  # "an estimated $260 million"
            before = body[: v.start()]
            after = body[v.end() :]
            # "..., said the source." / "..., said Giorgio Cafiero, the CEO of ..."
            if before.rstrip().endswith((",", '"')) and after.strip():
                cut = re.search(r",|\.$|;|$", after)
                phrase = self._clean(text[sv.start + v.end() : sv.start + v.end() + cut.start()])
                if phrase and self._speaker_like(phrase):
                    return phrase
            # "X said ..." : the subject since the last clause break
            start = max(before.rfind(", "), before.rfind('" '), before.rfind("; "))
            subject = before[start + 1 :] if start >= 0 else before
            phrase = self._clean(text[sv.start + len(before) - len(subject) : sv.start + v.start()])
            if phrase and self._speaker_like(phrase):
                return phrase
        return None
