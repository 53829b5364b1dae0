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
WEEKDAY = re.compile(
    r"\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"\b.*$"
)


class AttributionFinder:
    def __init__(self, view: DocView, cues: Cues) -> None:
        self.view = view
        self.cues = cues
        self._cache: dict[int, str | None] = {}

    def attribution(self, sv: SentenceView) -> str | None:
        if sv.index not in self._cache:
            self._cache[sv.index] = self._find(sv)
        return self._cache[sv.index]

    def _clean(self, phrase: str) -> str | None:
        phrase = WEEKDAY.sub("", phrase)
        phrase = phrase.strip(STRIP)
        phrase = LEADING.sub("", phrase).strip(STRIP)
        words = phrase.split()
        if not words or len(words) > MAX_WORDS:
            return None
        phrase = TRAILING.sub("", " ".join(words)).strip(STRIP)
        if phrase.lower() in ("he", "she", "it", "they", "we", "i", "you", "this", "which"):
            return None
        return phrase or None

    def _find(self, sv: SentenceView) -> str | None:
        text = self.view.document.text
        norm = self.view.text
        body = norm[sv.start : sv.end]
        m = self.cues.attribution_openers.search(body)
        if m:
            rest = body[m.end() :]
            cut = re.search(r",|;|\s-\s|$", rest)
            phrase = self._clean(text[sv.start + m.end() : sv.start + m.end() + cut.start()])
            if phrase:
                return phrase
        for v in self.cues.speech_verbs.finditer(body):
            before = body[: v.start()]
            after = body[v.end() :]
            # "..., said the source." / "..., said Giorgio Cafiero, the CEO of ..."
            if before.rstrip().endswith((",", '"')) and after.strip():
                cut = re.search(r",|\.$|;|$", after)
                phrase = self._clean(text[sv.start + v.end() : sv.start + v.end() + cut.start()])
                if phrase and (phrase[0].isupper() or phrase.split()[0].lower() in DETERMINERS):
                    return phrase
            # "X said ..." : the subject since the last clause break
            start = max(before.rfind(", "), before.rfind('" '), before.rfind("; "))
            subject = before[start + 1 :] if start >= 0 else before
            phrase = self._clean(text[sv.start + len(before) - len(subject) : sv.start + v.start()])
            if phrase and (phrase[0].isupper() or phrase.split()[0].lower() in DETERMINERS):
                return phrase
        return None
