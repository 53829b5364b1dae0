"""Split news prose into sentences, keeping character offsets into the original text.

Rules (data in ``lang/<code>/sentences.yaml``): ., ! or ? (plus closing quotes and
brackets) followed by space and a capital, digit or opening quote ends a sentence unless
the token is a known abbreviation or a single initial; a blank line always ends one; a
single line break ends one unless the line plainly wraps (it ends in a function word or
the next line starts in lower case, or the text is hard-wrapped at a fixed width and the
line is a full one without final punctuation); "year.According" (no space) ends one too.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from laborwatch.extract.vocab import load

_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # dotted initials ("U.S", "e.g")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    index: int
    paragraph: int


class SentenceSplitter:
    def __init__(self, language: str = "en") -> None:
        data = load("sentences", language)
        self.abbreviations = frozenset(data["abbreviations"])
        self.continuation = frozenset(data["continuation_words"])
        # What may start the next sentence (Korean: any Hangul syllable too).
        starts = data.get("sentence_starts", "A-Z0-9")
        # each branch opens on a literal mark, so the engine skips ahead to the next mark
        # (a leading "[.!?]+" made it try every position; "..." is one of its runs)
        self.end_re = re.compile(
            r"(?P<p>\.[.!?]*|![.!?]*|\?[.!?]*|…)(?P<close>[\"'”’)\]]*)"
            rf"(?:(?P<space>[ \t]+)(?=[\"'“‘(\[]?[{starts}])|(?=[A-Z][a-z]))"
        )
        # Korean prose wraps lines anywhere: one line break ends a sentence only after
        # sentence-final punctuation.
        self.wrap_unless_final = bool(data.get("wrap_unless_final", False))
        # ... or before a line that opens a new block: a dateline after a headline
        self.line_openers = tuple(str(w) for w in data.get("line_openers", []))
        # ... or after a byline ("워싱턴-김지은 kim@rfa.org"): a line with an address
        byline = data.get("byline")
        self.byline = re.compile(str(byline)) if byline else None
        self.line_re = re.compile(r"\n")
        # English text hard-wrapped at a fixed width (a scanned or archived page): with at
        # least ``min_joins`` line breaks inside a sentence (a lower-case letter or a comma
        # before, a lower-case word after), a line break ends a sentence only after final
        # punctuation or a line shorter than ``short_line`` of the text's usual width.
        wrap = data.get("hard_wrap") or {}
        self.wrap_min = int(wrap.get("min_joins", 0))
        self.wrap_short = float(wrap.get("short_line", 0.0))
        # "[a-z,]\n[a-z]" opened on its line break, so the engine skips to one (only for
        # speed; see _joins)
        self.wrap_join = re.compile(r"\n(?<=[a-z,]\n)[a-z]")
        # a first line up to this long is a headline, a sentence of its own (0: never)
        self.headline_chars = int(data.get("headline_chars", 0))

    def _is_abbreviation(self, text: str, dot: int) -> bool:
        """Is the period at ``dot`` part of an abbreviation or an initial?"""
        start = dot
        while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "([\"“'":
            start -= 1
        token = text[start:dot]
        if not token:
            return False
        if token in self.abbreviations or token.rstrip(".") in self.abbreviations:
            return True
        if len(token) == 1 and token.isupper():
            return True  # an initial: "Kim J. Un", "N. Korea"
        return _DOTTED.fullmatch(token) is not None  # "U.S", "e.g"

    def _joins(self, text: str) -> int:
        """How many times ``[a-z,]\\n[a-z]`` matches ``text`` (``findall``, no overlap):
        its line breaks, less one whose letter before is the letter after the last one
        taken ("a\\nb\\nc" is one match)."""
        count, taken = 0, -3
        for m in self.wrap_join.finditer(text):
            if m.start() >= taken + 3:
                count, taken = count + 1, m.start()
        return count

    def _wrap_width(self, text: str) -> int | None:
        """The usual line width of a hard-wrapped text (None when it is not wrapped)."""
        if not self.wrap_min or self._joins(text) < self.wrap_min:
            return None
        lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
        return lengths[len(lengths) * 4 // 5] if lengths else None

    def boundaries(self, text: str) -> list[int]:
        cuts: set[int] = set()
        width = self._wrap_width(text)
        for m in self.end_re.finditer(text):
            punct = m.group("p")
            if punct == "." and self._is_abbreviation(text, m.start()):
                continue
            if m.group("space") is None:
                # no space: "last year.According" — only after a lower-case word
                prev = text[m.start() - 1] if m.start() else ""
                if not (prev.islower() or prev.isdigit()) or punct != ".":
                    continue
            cuts.add(m.end("close"))
        for m in self.line_re.finditer(text):
            pos = m.start()
            nxt = m.end()
            if nxt < len(text) and text[nxt] == "\n":
                cuts.add(pos)
                continue
            line_start = text.rfind("\n", 0, pos) + 1
            prev = text[line_start:pos].rstrip()
            follow = text[nxt : nxt + 40].lstrip(" \t")
            if not prev or not follow:
                cuts.add(pos)
                continue
            last_word = prev.rsplit(None, 1)[-1].lower()
            if prev[-1] in ",;:-(" or last_word in self.continuation or follow[0].islower():
                continue
            headline = line_start == 0 and len(prev) <= self.headline_chars
            if width and prev[-1] not in ".!?…\"'”’" and len(prev) >= width * self.wrap_short:
                continue  # a line of a hard-wrapped text
            if (
                self.wrap_unless_final
                and prev[-1] not in ".!?…\"'”’"
                and not headline  # a short first line is the headline
                and not follow.startswith(self.line_openers or ("\0",))
                and not (self.byline and self.byline.search(prev))
            ):
                continue  # a wrapped line
            cuts.add(pos)
        return sorted(cuts)

    def split(self, text: str) -> list[Sentence]:
        out: list[Sentence] = []
        paragraph = 0
        pos = 0
        for cut in [*self.boundaries(text), len(text)]:
            chunk = text[pos:cut]
            lead = len(chunk) - len(chunk.lstrip())
            if "\n" in chunk[:lead] and out:
                paragraph += 1
            start, end = pos + lead, pos + len(chunk.rstrip())
            if end > start:
                out.append(Sentence(start, end, len(out), paragraph))
            pos = cut
        return out


@functools.cache
def splitter(language: str = "en") -> SentenceSplitter:
    return SentenceSplitter(language)


def split_sentences(text: str, language: str = "en") -> list[Sentence]:
    """Sentences of ``text`` with offsets (whitespace trimmed, never empty)."""
    return splitter(language).split(text)
