"""Find quantities in text: digits, number words, scales, ranges, qualifiers, money, percents.

The grammar's words (units, scales, vague classes, qualifiers, currencies) come from
``lang/<code>/numbers.yaml``, so a second language plugs in as data plus, where its
number syntax differs, a grammar of its own behind :func:`find_quantities`.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Protocol

from laborwatch.extract.tails import last_words, may_end_with
from laborwatch.extract.text import ascii_twin, lower, plain_ascii
from laborwatch.extract.vocab import load, phrase_pattern

YEAR_RANGE = (1900, 2100)
# The longest currency prefix ("U.S. dollars ") and qualifier ("in the region of ") that
# may end right before a figure, in characters: anchored searches look no further back.
PREFIX_REACH = 16
QUALIFIER_REACH = 36
YEAR_SPAN = 50  # two years at most this far apart make a period, not a range of counts
_PLAIN_CODE = re.compile(r"[a-z]+")
_DIGIT_AFTER_LETTER = re.compile(r"\d(?<=[a-z]\d)")  # opens on a digit: the engine skips to one
_DIGIT_AFTER_LETTER_ASCII = ascii_twin(_DIGIT_AFTER_LETTER)  # no Unicode digit test per character
TIME_UNITS = ("hour", "day", "week", "month", "year", "minute", "second", "decade")
MEASURE_UNITS = (
    "km",
    "kilometer",
    "kilometre",
    "meter",
    "metre",
    "mile",
    "foot",
    "feet",
    "acre",
    "kg",
    "kilogram",
    "ton",
    "tonne",
    "floor",
    "storey",
    "story",
    "degree",
    "square",
    "barrel",
    "point",
    "fold",
    "times",
    "page",
    "sq",
)


@dataclass(slots=True)
class Quantity:
    """One figure as written, with its bounds and what it measures.

    ``start``/``end`` span the whole expression (qualifier and currency included);
    ``core_end`` is where the figure itself ends, so a reader can look at the next words.
    """

    start: int
    end: int
    core_start: int
    core_end: int
    low: float | None
    high: float | None
    qualifier: str  # exact | approx | at_least | at_most | range | vague
    unit: str  # count | money | percent | year | date | duration | measure
    currency: str | None = None
    vague: bool = False

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]

    @property
    def value(self) -> float:
        """A representative value (the top, or the bottom when open-ended)."""
        return float(self.high if self.high is not None else self.low or 0)


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    value: float
    scaled: bool  # carried its own scale word ("2,300 million")
    scale: float
    vague: tuple[float, float] | None = None
    digits: str = ""


def _yearish(a: _Atom) -> bool:
    """Four digits that read as a year ("2017"), not a count ("2,017")."""
    return bool(
        a.digits
        and not a.scaled
        and "," not in a.digits
        and "." not in a.digits
        and YEAR_RANGE[0] <= a.value <= YEAR_RANGE[1]
    )


class NumberGrammar:
    """Compiled patterns for one language's numbers."""

    def __init__(self, language: str = "en") -> None:
        data = load("numbers", language)
        self.units: dict[str, float] = {k.lower(): float(v) for k, v in data["units"].items()}
        self.scales: dict[str, float] = {k.lower(): float(v) for k, v in data["scales"].items()}
        self.vague: dict[str, tuple[float, float]] = {
            " ".join(k.lower().split()): (float(v[0]), float(v[1]))
            for k, v in data["vague"].items()
        }
        self.qualifiers: dict[str, str] = {}
        for qual, phrases in data["qualifiers"].items():
            for p in phrases:
                self.qualifiers[" ".join(p.lower().split())] = qual
        # "hand over $450": a phrasal verb's particle before a figure is no qualifier
        self.particle_verbs: dict[str, re.Pattern[str]] = {
            word.lower(): re.compile(r"\b(?:" + phrase_pattern(verbs) + r")\s+\Z", re.IGNORECASE)
            for word, verbs in (data.get("qualifier_particle_verbs") or {}).items()
        }
        self.currencies: dict[str, str] = {k: v for k, v in data["currencies"].items()}
        self.percent_words: list[str] = data["percent_words"]
        self.range_openers: list[str] = data["range_openers"]
        word_scales = [w for w in self.scales if len(w) > 2]
        abbr_scales = [w for w in self.scales if len(w) <= 3 and w not in word_scales]
        unit_words = sorted((w for w in self.units if w not in ("a", "an")), key=len, reverse=True)
        letters = "".join(
            re.escape(c.lower()) for c in data["currencies"] if len(c) == 1 and c.isalpha()
        )
        scale_after = (
            r"(?:(?P<sep>[\s-]*)(?P<scale>" + "|".join(word_scales) + r")\b"
            r"|(?P<abbr>" + "|".join(sorted(abbr_scales, key=len, reverse=True)) + r")\b)?"
        )
        digits = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)" + scale_after
        # On lower-cased text: a figure not glued to a word, a number or a hyphenated word
        # ("covid-19"). The guards are checked after the first digit (the same test), so the
        # pattern starts with a digit and the regex engine can skip straight to digits.
        self.digit_re = re.compile(
            r"(?P<num>\d(?<![\w.,]\d)(?<![A-Za-z]-\d)"
            r"(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))" + scale_after
        )
        self.digit_core_re = re.compile(digits)
        # a one-letter currency glued to the digits: "W800,000" (lower-cased: "w800,000")
        self.attached_re = re.compile(rf"[{letters}](?=\d)") if letters else None
        # a currency code glued to the digits: "USD5,000" (lower-cased: "usd5,000")
        codes = sorted(
            (c.lower() for c in self.currencies if c.isalpha() and c.isupper() and len(c) >= 3),
            key=len,
            reverse=True,
        )
        self.attached_code_re = (
            re.compile(r"(?<![a-z])(?:" + "|".join(codes) + r")(?=\d)") if codes else None
        )
        # the same codes looked up from the digits right after a letter (far fewer places
        # than the pattern's every position), when they are all plain a-z (see _code_ends)
        self.attached_codes = (
            frozenset(codes) if codes and all(_PLAIN_CODE.fullmatch(c) for c in codes) else None
        )
        articles = [str(a) for a in data["scale_articles"]]
        self.scale_needles = tuple(  # "half a million" needs one of these
            f"{article} {w}" for w in word_scales if self.scales[w] >= 1000 for article in articles
        )
        # the same needles by scale word: a text without the word skips its needles
        self._needles_by_scale = tuple(
            (w, tuple(n for n in self.scale_needles if n.endswith(f" {w}")))
            for w in dict.fromkeys(n.split(" ", 1)[1] for n in self.scale_needles)
        )
        word = "(?:" + phrase_pattern(unit_words + word_scales) + ")"
        # every match opens at a word start on "a"/"o" or a number word's first letter: a
        # leading \b and a look-ahead on them spare the engine the optional article group at
        # every other position (the \b is the phrases' own, tested first: it fails soonest)
        initials = {p.split()[0][0] for p in unit_words + word_scales + articles if p.split()}
        self.word_re = re.compile(  # on lower-cased text
            r"\b(?=[" + "".join(map(re.escape, sorted(initials))) + "])"
            r"(?:(?:"
            + phrase_pattern(articles)
            + r")[\s-]+(?=(?:hundred|thousand|million|billion|dozen)\b))?"
            + word
            + r"(?:(?:[\s-]+|(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+)"
            + word
            + r")*"
        )
        self.vague_re = re.compile(phrase_pattern(list(self.vague)))  # on lower-cased text
        # the scans of a whole text in atoms(), and their twins for plain ASCII text
        self._scans = (self.vague_re, self.digit_re, self.word_re)
        self._ascii_scans = (
            ascii_twin(self.vague_re),
            ascii_twin(self.digit_re),
            ascii_twin(self.word_re),
        )
        # a qualifier may end a line before its figure, never a paragraph ("...rose at
        # least\n\nAbout 300 workers": the blank line is a boundary)
        self.qual_re = re.compile(
            r"(?:" + phrase_pattern(list(self.qualifiers)) + r")[ \t]*(?:\n[ \t]*)?\Z",
            re.IGNORECASE,
        )
        self._qual_ends = last_words(self.qualifiers)  # a cheap test before qual_re
        cur_prefix = sorted(
            (c for c in self.currencies if not c.isalpha() or c.isupper()), key=len, reverse=True
        )
        glued = [c for c in cur_prefix if len(c) == 1 and c.isalpha()]  # "W800,000"
        # no currency prefix match is longer than this (a prefix, a space, a final newline)
        self.cur_prefix_reach = max((len(c) for c in cur_prefix), default=1) + 2
        # the characters a currency prefix can end on (a cheap test before cur_prefix_re)
        self._cur_prefix_lasts = frozenset(c[-1] for c in cur_prefix if c)
        self.cur_prefix_re = re.compile(
            r"(?:(?:"
            + "|".join(re.escape(c) for c in cur_prefix if c not in glued)
            + r")\s?"
            + "".join(rf"|(?<![\w.]){re.escape(c)}" for c in glued)
            + r")$"
        )
        cur_suffix = sorted(
            (c for c in self.currencies if c[0].isalpha() and len(c) > 1), key=len, reverse=True
        )
        self.cur_suffix_re = re.compile(  # "3,000 yuan", "a 3,000-yuan salary"
            r"^(?:-|\s*)(?:(?:"
            + "|".join(re.escape(str(w)) for w in data["currency_prepositions"])
            + r")\s+)?(?P<c>"
            + "|".join(re.escape(c) for c in cur_suffix)
            + r")\b"
        )
        self.percent_re = re.compile(
            r"^\s?(?:" + "|".join(re.escape(p) for p in self.percent_words) + r")", re.IGNORECASE
        )
        self.opener_re = re.compile(  # "between 800 and", "between about 800 and"
            r"\b(?:"
            + phrase_pattern(self.range_openers)
            + r")(?:\s+(?:"
            + phrase_pattern(data["qualifiers"].get("approx") or [])
            + r"))?\s*$",
            re.IGNORECASE,
        )
        # "grew [sharply] from 4,000 to 15,000": a change before a bare "from", two values
        self.change_from_re = re.compile(
            r"\b(?:"
            + phrase_pattern(data.get("change_before_from") or [])
            + r")(?:\s+[\w'’-]+){0,2}?\s+from(?:\s+(?:"
            + phrase_pattern(data["qualifiers"].get("approx") or [])
            + r"))?\s*$",
            re.IGNORECASE,
        )
        self.link_re = re.compile(r"^\s*(?:-|–|—|to|and|or|through)\s*", re.IGNORECASE)
        self.repeated_unit_re = re.compile(  # "70 percent and 90 percent", "3,000 yuan to"
            r"^\s?(?:"
            + "|".join(re.escape(p) for p in self.percent_words)
            + "|"
            + "|".join(re.escape(c) for c in cur_suffix)
            + r")(?=\s|$)",
            re.IGNORECASE,
        )
        fractions = {
            " ".join(k.lower().replace("-", " ").split()): float(v) / 100
            for k, v in data["fractions"].items()
        }
        self.fractions = fractions
        # "... of a million": the optional "of", the article and a scale of 1,000 or more
        scale_tail = (
            r"[\s-]+(?:(?:"
            + phrase_pattern(data["fraction_of"])
            + r")[\s-]+)?(?:"
            + phrase_pattern(articles)
            + r")[\s-]+(?P<s>"
            + "|".join(w for w in word_scales if self.scales[w] >= 1000)
            + r")\b"
        )
        self.fraction_scale_re = re.compile(  # "half a million", "a quarter of a million"
            r"\b(?P<f>" + phrase_pattern(list(fractions)) + ")" + scale_tail
        )
        self.fraction_pair_re = re.compile(  # "a quarter and half a million": shared scale
            r"\b(?P<f>"
            + phrase_pattern(list(fractions))
            + r")[\s-]+(?:"
            + phrase_pattern([w for w in data["range_links"] if w.isalpha()])
            + r")[\s-]+(?:"
            + phrase_pattern(list(fractions))
            + ")"
            + scale_tail
        )
        self.unit_after_re = re.compile(
            r"^[\s-]?(?P<u>" + "|".join(TIME_UNITS + MEASURE_UNITS) + r")s?\b", re.IGNORECASE
        )
        dates = load("dates", language)
        months = dates["months"]
        month_alt = "|".join(sorted(months, key=len, reverse=True))
        ordinal = "|".join(re.escape(str(w)) for w in dates["ordinal_suffixes"])
        day_of = "|".join(re.escape(str(w)) for w in dates["day_month_prepositions"])
        self.date_before_re = re.compile(rf"\b(?:{month_alt})\.?\s+$", re.IGNORECASE)
        self.date_after_re = re.compile(
            rf"^(?:{ordinal})?\s+(?:(?:{day_of})\s+)?(?:{month_alt})\b", re.IGNORECASE
        )
        post_kinds = [
            f"(?P<{kind}>" + "|".join(_post_phrase(p) for p in phrases) + ")"
            for kind, phrases in (data.get("post_qualifiers") or {}).items()
            if phrases
        ]
        self.post_qual_re = re.compile(  # "10,000 or more", "5,000+", "1,000 or fewer"
            "^(?:" + "|".join([*post_kinds, r"(?!x)x"]) + ")", re.IGNORECASE
        )

    # -- atoms -------------------------------------------------------------------------

    def _word_value(self, phrase: str) -> float | None:
        total = current = 0.0
        seen = False
        for word in re.split(r"[\s-]+", phrase.lower()):
            if word == "and":
                continue
            if word in ("a", "an"):
                current = max(current, 1.0)
                continue
            if word == "dozen":
                current = (current or 1) * 12
                seen = True
            elif word in self.units:
                current += self.units[word]
                seen = True
            elif word == "hundred":
                current = (current or 1) * 100
                seen = True
            elif word in self.scales:
                scale = self.scales[word]
                if current == 0 and total:
                    total *= scale
                else:
                    total += (current or 1) * scale
                current = 0.0
                seen = True
            else:
                return None
        return total + current if seen else None

    def atoms(self, text: str) -> list[_Atom]:
        found: list[_Atom] = []
        starts: list[int] = []  # sorted starts of taken spans, parallel to ends
        ends: list[int] = []

        def free(s: int, e: int) -> bool:
            i = bisect.bisect_left(starts, e)  # spans starting before e
            return i == 0 or ends[i - 1] <= s  # taken spans are disjoint: ends sorted too

        def take(s: int, e: int) -> None:
            i = bisect.bisect_left(starts, s)
            starts.insert(i, s)
            ends.insert(i, e)

        lowered = lower(text)
        vague_re, digit_re, word_re = self._ascii_scans if plain_ascii(lowered) else self._scans
        if any(
            w in lowered and any(n in lowered for n in needles)
            for w, needles in self._needles_by_scale
        ):
            for m in self.fraction_pair_re.finditer(lowered):
                fraction = self.fractions[" ".join(m.group("f").replace("-", " ").split())]
                scale = self.scales[m.group("s")]
                found.append(_Atom(m.start(), m.end("f"), fraction * scale, True, scale))
                take(m.start(), m.end("f"))
            for m in self.fraction_scale_re.finditer(lowered):
                fraction = self.fractions[" ".join(m.group("f").replace("-", " ").split())]
                scale = self.scales[m.group("s")]
                found.append(_Atom(m.start(), m.end(), fraction * scale, True, scale))
                take(m.start(), m.end())
        for m in vague_re.finditer(lowered):
            if not free(m.start(), m.end()):
                continue
            low, high = self.vague[" ".join(m.group(0).lower().split())]
            found.append(_Atom(m.start(), m.end(), high, True, 1.0, vague=(low, high)))
            take(m.start(), m.end())
        digit_matches = list(digit_re.finditer(lowered))
        glued = [
            g
            for a in (self.attached_re.finditer(lowered) if self.attached_re else ())
            if not (
                a.start() and (lowered[a.start() - 1].isalnum() or lowered[a.start() - 1] in "._")
            )
            and (g := self.digit_core_re.match(lowered, a.end()))
        ]
        if self.attached_code_re is not None:
            glued += [
                g
                for end in self._code_ends(lowered)
                if (g := self.digit_core_re.match(lowered, end))
            ]
        if glued:
            digit_matches = sorted(digit_matches + glued, key=lambda m: m.start())
        for m in digit_matches:
            if not free(m.start(), m.end()):
                continue
            raw = m.group("num")
            value = float(raw.replace(",", ""))
            scale_word = (m.group("scale") or m.group("abbr") or "").lower()
            if m.group("abbr") and m.group("abbr").islower() and m.group("abbr") in ("m", "b"):
                # "5m" / "3b" are scales only when attached (no space); "650 m" is metres
                pass
            scale = self.scales.get(scale_word, 1.0)
            found.append(
                _Atom(m.start(), m.end(), value * scale, bool(scale_word), scale, digits=raw)
            )
            take(m.start(), m.end())
        pos = 0
        while (w := word_re.search(lowered, pos)) is not None:
            pos = w.end()
            if not free(w.start(), w.end()):
                # "a few hundred three years ago": a match reaching past a taken span is
                # read again from that span's end ("three")
                i = bisect.bisect_left(starts, w.end())
                if w.start() < ends[i - 1] < w.end():
                    pos = ends[i - 1]
                continue
            word_value = self._word_value(w.group(0))
            if word_value is None or word_value == 0:
                continue
            value = word_value
            last = w.group(0).lower().split()[-1].split("-")[-1]
            scale = self.scales.get(last, 1.0)
            found.append(_Atom(w.start(), w.end(), value, last in self.scales, scale))
            take(w.start(), w.end())
        found.sort(key=lambda a: a.start)
        return found

    def _code_ends(self, lowered: str) -> list[int]:
        """Where the matches of ``attached_code_re`` end ("usd" of "usd5,000"). A code is
        letters a-z glued to a digit, after no letter: it is the whole run of letters right
        before a digit, so only the digits that follow a letter are looked at."""
        codes = self.attached_codes
        if codes is None:
            assert self.attached_code_re is not None
            return [a.end() for a in self.attached_code_re.finditer(lowered)]
        reach = max(map(len, codes))
        out = []
        scan = _DIGIT_AFTER_LETTER_ASCII if plain_ascii(lowered) else _DIGIT_AFTER_LETTER
        for m in scan.finditer(lowered):
            end = m.start()
            start, floor = end - 1, max(0, end - reach - 1)
            while start > floor and "a" <= lowered[start - 1] <= "z":
                start -= 1
            if lowered[start:end] in codes and not (start and "a" <= lowered[start - 1] <= "z"):
                out.append(end)
        return out

    # -- quantities --------------------------------------------------------------------

    def find(self, text: str) -> list[Quantity]:
        """Every quantity in ``text``, in order, ranges merged and qualifiers attached."""
        # "were deployed to Primorsky.[42]": a footnote's number, no quantity
        atoms = [a for a in self.atoms(text) if not _footnote(text, a.start, a.end)]
        out: list[Quantity] = []
        i = 0
        while i < len(atoms):
            a = atoms[i]
            b = atoms[i + 1] if i + 1 < len(atoms) else None
            pair = self._range(text, a, b) if b is not None else None
            if pair is not None:
                out.append(pair)
                i += 2
                continue
            out.append(self._single(text, a))
            i += 1
        return out

    def _range(self, text: str, a: _Atom, b: _Atom) -> Quantity | None:
        if a.vague or b.vague:
            return None
        between = text[a.end : b.start]
        if _yearish(a) != _yearish(b):
            return None  # "from 30,023 at the end of 2017 to 11,490"
        repeated = self.repeated_unit_re.match(between)
        if repeated:
            between = between[repeated.end() :]
        cur_between = self._cur_prefix(between, max(0, len(between) - self.cur_prefix_reach))
        link_text = between[: cur_between.start()] if cur_between else between
        link = self.link_re.match(link_text)
        if link is None or link.end() != len(link_text):
            return None
        word = link.group(0).strip().lower()
        before = text[max(0, a.start - 40) : a.start]
        if word == "or" and (_yearish(a) or a.value >= b.value * (b.scale if b.scaled else 1)):
            return None
        if a.digits and self.date_before_re.search(text[max(0, a.start - 12) : a.start]):
            date = Quantity(a.start, b.end, a.start, b.end, a.value, b.value, "range", "date")
            return date  # "between Sept. 10 and 12"
        before_core = self.cur_prefix_re.sub("", before)
        opener = self.opener_re.search(before_core)
        if word == "and" and not (opener and "between" in opener.group(0).lower()):
            return None
        if self.unit_after_re.match(text[a.end : a.end + 12]) and word in ("-", "–", "—"):
            # "12-hour to 16-hour" is a duration; handled as single atoms
            return None
        low_v, high_v = a.value, b.value
        if b.scaled and not a.scaled and b.scale > 1 and a.value * b.scale <= b.value:
            low_v = a.value * b.scale  # "$250-600 million": the scale covers both ends
        if low_v >= high_v:
            if opener and "from" in opener.group(0).lower() and low_v > high_v:
                return None  # "from 34,000 to 11,000": a change, two values
            return None
        start = a.start
        if opener:
            start = max(0, a.start - len(before) + opener.start())
        q = Quantity(start, b.end, a.start, b.end, low_v, high_v, "range", "count")
        self._finish(text, q)
        q.qualifier = "range"
        if q.unit == "count" and _yearish(a) and _yearish(b) and high_v - low_v <= YEAR_SPAN:
            q.unit = "year"  # "between 2014 and 2016", "from 2017 to 2019": a period
        cur = self._cur_prefix(before) or cur_between
        if cur and q.unit in ("count", "money"):
            token = cur.group(0).strip()
            if token != "US" or text[a.start : a.start + 1].isdigit():
                q.unit = "money"
                q.currency = self.currencies.get(token, q.currency)
        if (
            q.unit == "count"
            and opener
            and opener.group(0).split()[0].lower() == "from"  # not "anywhere from"
            and self.change_from_re.search(before_core)
        ):
            return None  # "grew from 4,000 to 15,000" (people, not money or shares): two levels
        return q

    def _single(self, text: str, a: _Atom) -> Quantity:
        if a.vague:
            q = Quantity(
                a.start, a.end, a.start, a.end, a.vague[0], a.vague[1], "vague", "count", vague=True
            )
            self._finish(text, q)
            return q
        q = Quantity(a.start, a.end, a.start, a.end, a.value, a.value, "exact", "count")
        if (
            a.digits
            and a.value <= 31
            and "," not in a.digits
            and (
                self.date_before_re.search(text[max(0, a.start - 12) : a.start])
                or self.date_after_re.match(text[a.end : a.end + 16])
            )
        ):
            q.unit = "date"  # "March 21", "Nov. 1", "18 December"
            return q
        self._finish(text, q)
        if (
            q.unit == "count"
            and not a.scaled
            and a.digits
            and "," not in a.digits
            and "." not in a.digits
            and YEAR_RANGE[0] <= a.value <= YEAR_RANGE[1]
        ):
            q.unit = "year"
        return q

    def _particle(self, phrase: str, before: str, at: int) -> bool:
        """Is the qualifier ``phrase`` ending ``before[:at]``'s tail the particle of a verb
        right before it ("hand over $450", "turned over 40%")?"""
        verbs = self.particle_verbs.get(phrase)
        return bool(verbs and verbs.search(before, max(0, at - 20), at))

    def _cur_prefix(self, before: str, pos: int = 0) -> re.Match[str] | None:
        """``cur_prefix_re.search(before, pos)``: a currency prefix ending ``before`` (after
        at most one white-space character, and "$" may leave a final line break out). Only
        for speed: most figures follow a word that ends on no currency's last character,
        and then the search is not run."""
        lasts = self._cur_prefix_lasts
        last, second = before[-1:], before[-2:-1]
        if last not in lasts and not (
            last.isspace()
            and (second in lasts or (last == "\n" and second.isspace() and before[-3:-2] in lasts))
        ):
            return None
        return self.cur_prefix_re.search(before, pos)

    def _qualifier(self, before: str) -> re.Match[str] | None:
        """The qualifier ending ``before`` (within ``QUALIFIER_REACH`` of its end), if any."""
        if not may_end_with(before, self._qual_ends):
            return None
        return self.qual_re.search(before, max(0, len(before) - QUALIFIER_REACH))

    def _finish(self, text: str, q: Quantity) -> None:
        """Attach currency, percent, unit and qualifier around the core."""
        before = text[max(0, q.start - 60) : q.start]
        cur = self._cur_prefix(before, max(0, len(before) - PREFIX_REACH))
        if cur:
            token = cur.group(0).strip()
            # "US" alone is a currency only right before digits ("US 300")
            if token != "US" or text[q.core_start : q.core_start + 1].isdigit():
                q.currency = self.currencies.get(token)
                q.unit = "money"
                q.start -= len(cur.group(0))
                before = before[: len(before) - len(cur.group(0))]
        if q.unit != "money":  # (money takes no percent, suffix or unit: not looked for)
            after = text[q.end : q.end + 40]
            pct = self.percent_re.match(after)
            if pct:
                q.unit = "percent"
                q.end += pct.end()
            elif suf := self.cur_suffix_re.match(after):
                q.unit = "money"
                q.currency = self.currencies.get(suf.group("c"), "USD")
                q.end += suf.end()
            elif unit := self.unit_after_re.match(after):
                word = unit.group("u").lower()
                q.unit = "duration" if word in TIME_UNITS else "measure"
        qual = self._qualifier(before)
        if qual:
            phrase = " ".join(qual.group(0).lower().split())
            kind = (
                None
                if self._particle(phrase, before, qual.start())
                else self.qualifiers.get(phrase)
            )
            if kind:
                q.start -= len(before) - qual.start()
                if q.qualifier == "range":
                    pass  # "up to 70-80%": a range keeps its bounds
                elif q.qualifier == "vague":
                    pass  # "at least thousands" stays the vague class
                else:
                    q.qualifier = kind
                    # a second qualifier right before ("more than about"): the outer wins
                    rest = before[: qual.start()]
                    outer = self._qualifier(rest)
                    outer_phrase = " ".join(outer.group(0).lower().split()) if outer else ""
                    if outer and self._particle(outer_phrase, rest, outer.start()):
                        outer = None  # "handed over about $500": "over" is a particle
                    if outer:
                        outer_kind = self.qualifiers.get(outer_phrase)
                        if outer_kind:
                            q.qualifier = outer_kind
                            q.start -= len(rest) - outer.start()
        # (only an exact or hedged figure takes a qualifier after it: not looked for after
        # others; a bound after a hedge wins, "some 3,000-plus" is at least 3,000)
        if q.qualifier in ("exact", "approx") and (
            post := self.post_qual_re.match(text[q.end : q.end + 24])
        ):
            q.qualifier = next(k for k, v in post.groupdict().items() if v is not None)
            q.end += post.end()
        if q.qualifier == "at_least" and q.low is not None:
            q.high = None
        elif q.qualifier == "at_most" and q.high is not None:
            q.low = None


def _post_phrase(phrase: str) -> str:
    """A qualifier phrase after a figure as a pattern: "+" and "-plus" attach to the figure
    ("5,000+"; spaces allowed before "+"), a word phrase follows a space."""
    if phrase.startswith("+"):
        return r"\s*" + re.escape(phrase)
    if phrase.startswith("-"):
        return re.escape(phrase) + r"\b"
    return r"\s+" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"\b"


class Grammar(Protocol):
    """What every language's number grammar offers the stages."""

    def find(self, text: str) -> list[Quantity]: ...


def _footnote(text: str, start: int, end: int) -> bool:
    """Is the number at ``start:end`` a footnote mark, "[42]" right after a word or stop?"""
    return (
        text[start - 1 : start] == "["
        and text[end : end + 1] == "]"
        and start >= 2
        and not text[start - 2].isspace()
    )


@functools.cache
def grammar(language: str = "en") -> Grammar:
    """The compiled grammar for a language (built once): ``lang/<code>/numbers.yaml`` names
    its grammar (``korean`` for the myriad-unit numerals), else the English one."""
    kind = load("numbers", language).get("grammar", "english")
    if kind == "korean":
        from laborwatch.extract.numbers_ko import KoreanNumberGrammar

        return KoreanNumberGrammar(language)
    return NumberGrammar(language)


def find_quantities(text: str, language: str = "en") -> list[Quantity]:
    """Every quantity in ``text`` (offsets into ``text``)."""
    return grammar(language).find(text)
