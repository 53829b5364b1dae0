"""When a figure holds: years, months and relative dates resolved against publication.

"in 2023" -> 2023; "as of January" (published 2013-07) -> 2013-01; "late November 2024"
-> 2024-11; "between July 2023 and January 2024" -> 2023-07 .. 2024-01; "last year" ->
the year before publication. Explicit dates in the figure's clause win over the sentence.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.numbers import Quantity
from laborwatch.extract.text import caseless_lower
from laborwatch.extract.vocab import load, lower_pattern, phrase_pattern
from laborwatch.model import Period


@dataclass(slots=True)
class _Date:
    start: int
    end: int
    value: str


class _DateGrammar:
    def __init__(self, language: str) -> None:
        data = load("dates", language)
        self.months: dict[str, int] = data["months"]
        self.relative: dict[str, dict[str, int]] = {
            " ".join(k.split()): v for k, v in data["relative"].items()
        }
        month_names = "|".join(sorted(self.months, key=len, reverse=True))
        self.month_year = re.compile(
            rf"\b(?P<m>{month_names})\.?(?:\s+\d{{1,2}})?,?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE
        )
        self.month_only = re.compile(
            rf"\b(?:in|as of|since|by|of|last|early|mid|late|end of)\s+(?P<m>{month_names})\b"
            rf"(?!\s+\d)",
            re.IGNORECASE,
        )
        # a month name starting a word: both month patterns need one (a quick "no")
        self.month_word = re.compile(rf"\b(?:{month_names})", re.IGNORECASE)
        self.month_word_lower = re.compile(rf"\b(?:{month_names.lower()})")  # on lower()
        # the month names no other one begins (the abbreviations): a match of
        # month_word_lower holds one literally, a quick "no" before its scan
        names = [m.lower() for m in self.months]
        self.month_stems = tuple(
            {m for m in names if not any(o != m and m.startswith(o) for o in names)}
        )
        # a year not inside a longer number: the look-behind (the character before the
        # century) follows the century's digits, so the engine scans for a '1' or '2' first
        self.year = re.compile(r"(?P<y>(?:19|20)(?<![\d,.$]..)\d\d)(?!\d|,\d)")
        self.rel = re.compile(phrase_pattern(list(self.relative)), re.IGNORECASE)
        self.rel_lower = re.compile(lower_pattern(list(self.relative)))  # on lower()
        # a word of each relative phrase (its last): every match on lower() holds one
        # literally, a quick "no" before the scan
        self.rel_words = tuple({k.split()[-1].lower() for k in self.relative})
        self.range_link = re.compile(r"^\s*(?:and|to|-|through|until)\s*$", re.IGNORECASE)


@functools.cache
def _grammar(language: str) -> _DateGrammar:
    return _DateGrammar(language)


class PeriodFinder:
    def __init__(self, view: DocView, language: str = "en") -> None:
        self.view = view
        g = _grammar(language)
        self.months, self.relative = g.months, g.relative
        self.month_year, self.month_only, self.year = g.month_year, g.month_only, g.year
        self.month_word, self.rel, self.range_link = g.month_word, g.rel, g.range_link
        self._lower = caseless_lower(view.text)  # the faster lower-cased patterns run on it
        if self._lower is not None:
            self.month_word, self.rel = g.month_word_lower, g.rel_lower
        self.rel_words, self.month_stems = g.rel_words, g.month_stems
        self._found: dict[tuple[int, int], list[_Date]] = {}

    def _dates_in(self, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[_Date]:
        """:meth:`_dates` of one span, found once (a sentence's figures share its spans)."""
        if (lo, hi) not in self._found:
            self._found[(lo, hi)] = self._dates(lo, hi, skip)
        return self._found[(lo, hi)]

    def _dates(self, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[_Date]:
        text = self.view.text[lo:hi]
        low = text if self._lower is None else self._lower[lo:hi]
        found: list[_Date] = []
        taken: list[tuple[int, int]] = list(skip)

        def add(s: int, e: int, value: str) -> None:
            s, e = s + lo, e + lo
            if any(a < e and s < b for a, b in taken):
                return
            taken.append((s, e))
            found.append(_Date(s, e, value))

        months = self._may_date(low) and self.month_word.search(low) is not None
        for m in self.month_year.finditer(text) if months else ():
            add(m.start(), m.end(), f"{m.group('y')}-{self.months[m.group('m').lower()]:02d}")
        for m in self.month_only.finditer(text) if months else ():
            month = self.months[m.group("m").lower()]
            if self.view.year is None or (
                m.group("m").lower() in ("may", "mar") and not m.group("m")[0].isupper()
            ):
                continue
            year = self.view.year
            if self.view.month is not None and month > self.view.month:
                year -= 1
            add(m.start("m"), m.end(), f"{year}-{month:02d}")
        # a year opens on "19" or "20": without either there is none (a quick "no")
        for m in self.year.finditer(text) if "19" in text or "20" in text else ():
            add(m.start(), m.end(), m.group("y"))
        for m in self.rel.finditer(low) if self._may_relate(low) else ():
            value = self._relative(" ".join(m.group(0).lower().split()))
            if value:
                add(m.start(), m.end(), value)
        found.sort(key=lambda d: d.start)
        return found

    def _may_date(self, low: str) -> bool:
        """Can ``low`` hold a month name? On the lower-cased copy, only when it holds the
        start of one (a substring test); else the pattern must look."""
        return self._lower is None or any(m in low for m in self.month_stems)

    def _may_relate(self, low: str) -> bool:
        """Can ``low`` hold a relative date? On the lower-cased copy, only when it holds a
        word of one (a substring test); else the pattern must look."""
        return self._lower is None or any(w in low for w in self.rel_words)

    def _relative(self, phrase: str) -> str | None:
        rule = self.relative.get(phrase)
        if rule is None or self.view.year is None:
            return None
        if "years" in rule:
            return str(self.view.year + rule["years"])
        if self.view.month is None:
            return str(self.view.year)
        total = self.view.year * 12 + self.view.month - 1 + rule["months"]
        return f"{total // 12}-{total % 12 + 1:02d}"

    def period(self, sv: SentenceView, q: Quantity) -> Period | None:
        skip = [(x.start, x.end) for x in sv.quantities if x.unit != "year"]
        lo, hi = sv.clause_of(q.core_start)
        dates = self._dates_in(lo, hi, skip) or self._dates_in(sv.start, sv.end, skip)
        if not dates:
            return None
        first = min(dates, key=lambda d: abs(d.start - q.end))
        text = self.view.text
        for a, b in itertools.pairwise(dates):
            if (a is first or b is first) and self.range_link.match(text[a.end : b.start]):
                return Period(a.value, b.value, self.view.original(a.start, b.end))
        return Period(first.value, None, self.view.original(first.start, first.end))
