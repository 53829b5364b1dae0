"""Korean number grammar: "2만8천명" is 28,000, "약 10만 명" about 100,000, "수천 명"
thousands, "800~1,000명" a range, "5~10만 명" 50,000 to 100,000, "5억 달러" 500 million
dollars.

It returns the same :class:`~laborwatch.extract.numbers.Quantity` records as the English
grammar, so the later stages share one seam; its words live in ``lang/ko/numbers.yaml``.
A figure without a counter has unit ``number``; a numeral written only in Hangul must
have a counter (a lone "만" or "천" is a word, not a number).
"""

from __future__ import annotations

import re

from laborwatch.extract.numbers import Quantity
from laborwatch.extract.vocab import literal_pattern, load

_HANGUL = re.compile(r"[가-힣]")
_PAREN = re.compile(r"\([^()]*\)")
_PAREN_AT = re.compile(r"\s?\([^()]{1,30}\)")  # "(약 4천억 원)" right after a figure
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|\S")  # a figure's digits, or one character
_BOUNDS_GAP = re.compile(r"^\s?(?:,|에서|부터|이고|이며)?\s?$")


# "명대", "달러대": a decade of the figure, when nothing but a particle or an ending follows
_DECADE = re.compile(
    r"대(?=$|[^가-힣]|로|에|의|를|을|였|이다|초반|중반|후반|(?:이|가|다)(?![가-힣]))"
)


def _trailing_zeros(n: int) -> int:
    """How many zeros end ``n`` (30000 -> 4)."""
    count = 0
    while n and n % 10 == 0:
        n //= 10
        count += 1
    return count


class KoreanNumberGrammar:
    """Digits and Korean numerals with the myriad units 만/억/조 and the counters after them."""

    def __init__(self, language: str = "ko") -> None:
        data = load("numbers", language)
        self.digits: dict[str, int] = data["digits"]
        self.small: dict[str, int] = data["small_units"]
        self.large: dict[str, int] = data["large_units"]
        self.counters: dict[str, str] = data["counters"]
        self.currencies: dict[str, str] = data["currencies"]
        self.prefixes: dict[str, str] = data.get("currency_prefixes") or {}
        self.prefix_re = re.compile(r"(" + literal_pattern(self.prefixes) + r")\s?$")
        self.before: dict[str, tuple[str, int]] = {
            k: (v[0], int(v[1])) for k, v in data["qualifiers_before"].items()
        }
        self.after: dict[str, tuple[str, int]] = {
            k: (v[0], int(v[1])) for k, v in data["qualifiers_after"].items()
        }
        word_after = {
            k: (v[0], int(v[1])) for k, v in (data.get("qualifiers_after_word") or {}).items()
        }
        # "60명 선에서": a qualifier that ends its word ("선"), but not "선발" or "선원"
        endings = literal_pattern(data.get("qualifier_word_endings") or [])
        after_words = literal_pattern(self.after)
        if word_after:
            after_words += f"|(?:{literal_pattern(word_after)})(?=(?:{endings})?(?![가-힣]))"
        self.after.update(word_after)
        self.vague: dict[str, tuple[int, int]] = {k: tuple(v) for k, v in data["vague"].items()}
        # "10萬명": Hanja units, one character each, read as their Hangul units
        hanja: dict[str, str] = data.get("hanja_units") or {}
        self.hanja = str.maketrans(hanja) if hanja else None
        self.hanja_re = re.compile("[" + "".join(hanja) + "]") if hanja else None
        # "스무 명", "마흔여 명": a native tens word and a unit word, before a counter
        self.native_tens: dict[str, int] = data.get("native_tens") or {}
        self.native_units: dict[str, int] = data.get("native_units") or {}
        native_counters = literal_pattern(data.get("native_counters") or [])
        self.native_re = (
            re.compile(
                rf"(?<![가-힣])({literal_pattern(self.native_tens)})"
                rf"({literal_pattern(self.native_units)})?(?=여?\s?(?:{native_counters}))"
            )
            if self.native_tens and native_counters
            else None
        )
        units = "".join(self.small) + "".join(self.large)
        # A Hangul digit counts only before a unit ("이천", not the "일" of "31일").
        digits = "".join(self.digits)
        numeral = rf"(?:\d[\d,]*(?:\.\d+)?|[{digits}](?=[{units}])|[{units}])"
        # A figure never starts inside a word: the "만" of "하지만", "단둥에만" is "only".
        # "1천여만 달러": "여" (over) may sit before a large unit inside a figure.
        over = "여(?=[" + "".join(self.large) + "])"
        # the first numeral opens on one character class, the Hangul before it checked
        # after it: the regex engine skips in C to those characters (the same matches)
        first = (
            rf"[\d{digits}{units}](?<![가-힣].)"
            rf"(?:(?<=\d)[\d,]*(?:\.\d+)?|(?<=[{digits}])(?=[{units}])|(?<=[{units}]))"
        )
        self.expr = re.compile(rf"{first}(?:{numeral}|{over}|\s(?=[\d{units}]))*")
        # "수 천 명": a vague class may be spaced, then it needs a counter after it
        heads: dict[str, list[str]] = {}  # grouped by the first syllable ("수"), for speed
        for word in self.vague:
            heads.setdefault(word[0], []).append(word[1:])
        self.vague_re = re.compile(
            "|".join(
                re.escape(head)
                + r"\s?(?:"
                + "|".join(
                    r"\s?".join(map(re.escape, t)) for t in sorted(tails, key=len, reverse=True)
                )
                + ")"
                for head, tails in heads.items()
            )
        )
        # "인민폐 1200원": a currency word before the figure names what its 원 is
        self.won_words: dict[str, str] = data.get("won_currency_words") or {}
        self.won_re = re.compile(r"(?:" + literal_pattern(self.won_words) + r")\s?$")
        self.units = set(units)
        # "3,4천", "2, 3백": two digits in a row share the unit after them (a range); a comma
        # before three digits is a thousands separator ("12,000")
        self.pair_re = re.compile(rf"(\d),\s?((\d)[{units}].*)")
        self.counter_re = re.compile(r"^\s?(" + literal_pattern(self.counters) + ")")
        particles = literal_pattern(data["qualifier_particles"])
        self.after_re = re.compile(rf"^\s?(?:(?:{particles})\s?)?(" + after_words + ")")
        self.tight_after_re = re.compile(r"^\s?(" + after_words + ")")
        # a period may stand between the qualifier and its figure ("많아야 한 달 2만 루블")
        gaps = data.get("qualifier_gaps") or []
        self.before_re = re.compile(
            r"("
            + literal_pattern(self.before)
            + r")\s?"
            + (r"((?:" + literal_pattern(gaps) + r")\s)?" if gaps else "()")
            + "$"
        )
        # "2만 명에서 3만 명 (사이, 으로 추산)" is a range; "… 3만 명으로 늘었다" a change, and so
        # is "60% 안팎에서 80% 수준까지 높아졌다"
        self.change_re = re.compile(
            r"^\s?(?:(?:수준|정도)\s?)?(?:으로|로|까지)\s(?:\S+\s){0,3}?(?:"
            + literal_pattern(data["change_verbs"])
            + ")"
        )
        # not across a line ("- 2022년: 2천 명\n- 2024년": a list's next line, no range)
        self.link_re = re.compile(
            r"^[^\S\n]?(?:" + literal_pattern(data["range_links"]) + r")[^\S\n]?$"
        )

    def value(self, expr: str) -> float | None:
        """The value of one numeral expression, or None when it is not a number."""
        tokens = _TOKEN.findall(expr.replace(" ", ""))
        if not any(t[0].isdigit() or t in self.units for t in tokens):
            return None  # a lone "이" or "사" is a word, not a number
        total = group = 0.0
        pending: float | None = None
        for t in tokens:
            if t[0].isdigit():
                pending = float(t.replace(",", ""))
            elif t in self.digits:
                pending = float(self.digits[t])
            elif t in self.small:
                group += (1 if pending is None else pending) * self.small[t]
                pending = None
            elif t in self.large:
                group += pending or 0
                total += (group or 1) * self.large[t]
                group, pending = 0.0, None
            else:
                return None
        return total + group + (pending or 0)

    def _scale(self, low_text: str, high_text: str) -> float:
        """The multiplier a range's bare low end borrows from its high end ("5~10만")."""
        if any(ch in self.units for ch in low_text):
            return 1.0
        last = high_text.strip()[-1:]
        return float(self.large.get(last) or self.small.get(last) or 1)

    def find(self, text: str) -> list[Quantity]:
        if self.hanja and self.hanja_re and self.hanja_re.search(text):
            text = text.translate(self.hanja)  # one character for one: offsets kept
        out: list[Quantity] = []
        taken: list[tuple[int, int]] = []
        for m in self.vague_re.finditer(text):
            word = m.group(0)
            low, high = self.vague["".join(word.split())]
            q = Quantity(m.start(), m.end(), m.start(), m.end(), low, high, "vague", "number")
            q.vague = True
            q = self._finish(text, q)
            if q.unit == "number" and " " in word:
                continue  # "할 수 만": a spaced class without a counter is no figure
            prev = out[-1] if out else None
            if prev is not None and prev.vague and (prev.high or 0) < (q.high or 0):
                gap = text[prev.end : q.start]
                if self.link_re.match(gap) or gap.strip() == "에서":
                    out.pop()  # "수백~수천 명": the first class's low to the second's high
                    q = Quantity(
                        prev.start, q.end, prev.core_start, q.core_end, prev.low, q.high,
                        "range", q.unit, currency=q.currency,
                    )  # fmt: skip
            out.append(q)
            taken.append((q.start, q.end))
        if self.native_re is not None:
            for m in self.native_re.finditer(text):
                n = float(self.native_tens[m.group(1)] + self.native_units.get(m.group(2) or "", 0))
                q = Quantity(m.start(), m.end(), m.start(), m.end(), n, n, "exact", "count")
                out.append(self._finish(text, q))
                taken.append((m.start(), m.end()))
        for m in self.expr.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            raw = m.group(0).rstrip()
            pair = self.pair_re.match(raw)  # "3,4천 명": three to four thousand, not 34,000
            if pair and int(pair.group(1)) >= int(pair.group(3)):
                pair = None
            value = self.value((pair.group(2) if pair else raw).replace("여", ""))
            if value is None:
                continue
            end = m.start() + len(raw)
            q = self._finish(
                text, Quantity(m.start(), end, m.start(), end, value, value, "exact", "number")
            )
            if pair and q.qualifier != "vague":  # "3,4천여 명", "최대 2,3백 달러" too
                bottom = value * int(pair.group(1)) / int(pair.group(3))
                q.low, q.high, q.qualifier = bottom, value, "range"
            if q.unit == "number" and not any(ch.isdigit() for ch in raw):
                continue  # "만에", "천안": Hangul numerals need a counter
            if "여" in raw and q.qualifier == "exact":
                q.qualifier, q.high = self.after["여"][0], None  # "1천여만": over 10 million
            joined = self._range(text, out, q, raw)
            if joined is not None:
                out.remove(joined[0])
                q = joined[1]
            out.append(q)
        out.sort(key=lambda q: q.start)
        _share_counters(text, out)
        return out

    def _range(
        self, text: str, found: list[Quantity], q: Quantity, raw: str
    ) -> tuple[Quantity, Quantity] | None:
        """Join ``q`` with the figure before it when a range link stands between them
        (a parenthetical conversion may sit in the gap: "12억달러(약 1조원)~23억달러")."""
        for prev in reversed(found[-3:]):
            first = prev.low if prev.low is not None else prev.high  # "최대 300~400달러"
            if first is None or prev.end > q.start:
                continue
            if prev.vague:  # "수억 달러에서 많게는 10억 달러": the class's low to the figure
                joined = self._vague_to(text, prev, q)
                if joined is None:
                    continue
                return prev, joined
            gap = _PAREN.sub("", text[prev.end : q.start])
            between = (
                gap.strip() == "에서"
                and not self.change_re.match(text[q.end : q.end + 20])
                and not _RANGE_NEXT.match(text, q.end)  # "500위안에서 800~1천 위안": a change
            )
            bounds = (  # "최소 5억 달러, 최대 23억 달러": the two bounds of one range
                prev.qualifier == "at_least"
                and q.qualifier == "at_most"
                and prev.unit == q.unit
                and _BOUNDS_GAP.match(gap) is not None
            )
            if not (self.link_re.match(gap) or between or bounds):
                continue
            high = q.high if q.high is not None else q.low
            if high is None:
                return None
            low = first * self._scale(text[prev.core_start : prev.core_end], raw)
            if low >= high:
                low = first  # "4500~5천 명": the low end is whole already
            if not low < high:
                return None
            return prev, Quantity(
                prev.start, q.end, prev.core_start, q.core_end, low, high, "range",
                q.unit, currency=q.currency,
            )  # fmt: skip
        return None

    def _vague_to(self, text: str, prev: Quantity, q: Quantity) -> Quantity | None:
        """A range from a vague class's low end to the figure ``q`` after it, joined by a
        range link ("수억 달러에서 많게는 10억 달러", "수백~1천 명"), of one unit and
        currency; not a change ("수백 명에서 1천 명으로 늘었다")."""
        gap = text[prev.end : q.start]
        high = q.high if q.high is not None else q.low
        if (
            prev.unit != q.unit
            or prev.currency != q.currency
            or high is None
            or prev.low is None
            or not prev.low < high
            or not (self.link_re.match(gap) or gap.strip() == "에서")
            or self.change_re.match(text[q.end : q.end + 20])
        ):
            return None
        return Quantity(
            prev.start, q.end, prev.core_start, q.core_end, prev.low, high, "range",
            q.unit, currency=q.currency,
        )  # fmt: skip

    def _finish(self, text: str, q: Quantity) -> Quantity:
        """Counter (명, 달러, %) and qualifiers before (약, 최소) and after (여, 이상);
        the highest-ranked qualifier wins."""
        found: list[tuple[int, str]] = []
        after = self.tight_after_re.match(text[q.end : q.end + 6])
        if after and after.group(1) == "여":  # "2만여 명": 여 sits before the counter
            qualifier, rank = self.after["여"]
            found.append((rank, qualifier))
            q.end += after.end()
        counter = self.counter_re.match(text[q.end : q.end + 8])
        if counter:
            word = counter.group(1)
            q.unit = self.counters[word]
            q.currency = self.currencies.get(word)
            q.end += counter.end()
            named = self.won_re.search(text, max(0, q.start - 8), q.start) if word == "원" else None
            if named:  # "인민폐 1200원" is yuan
                q.currency = self.won_words["".join(named.group(0).split())]
        # a conversion in brackets may stand before the qualifier ("3억 달러(약 4천억 원) 이상")
        paren = _PAREN_AT.match(text, q.end) if counter else None
        tail = paren.end() if paren else q.end
        after = self.after_re.match(text[tail : tail + 8])
        if after and after.group(1) == "여" and _HANGUL.match(text, tail + after.end()):
            after = None  # "400명 여전히": the start of a word, not "over"
        if after and (counter or q.vague or after.group(0).strip() == after.group(1)):
            qualifier, rank = self.after[after.group(1)]
            found.append((rank, qualifier))
            if after.group(0).strip() == after.group(1) and not paren:  # part of the figure
                q.end += after.end()
        sign = self.prefix_re.search(text[max(0, q.start - 5) : q.start]) if self.prefixes else None
        if sign and not counter:  # "$500", "US$300": the sign is the counter
            q.unit, q.currency = "money", self.prefixes[sign.group(1)]
            q.start -= len(sign.group(0))
        before = self.before_re.search(text[max(0, q.start - 14) : q.start])
        if before:
            qualifier, rank = self.before[before.group(1)]
            found.append((rank, qualifier))
            if not before.group(2):  # the period stays outside, for the figure's period
                q.start -= len(before.group(0))
        if found and not q.vague:
            q.qualifier = max(found)[1]
        decade = _DECADE.match(text, q.end) if counter and not q.vague and q.low else None
        if decade and q.qualifier == "exact" and q.low:  # "3만 명대": 30,000 to 39,999
            step = 10 ** _trailing_zeros(int(q.low))
            q.high, q.qualifier = q.low + step - 1, "range"
            q.end += 1
        if q.qualifier == "at_least":
            q.high = None
        elif q.qualifier == "at_most":
            q.low = None
        return q


_RANGE_NEXT = re.compile(r"\s?[~∼～]")  # a figure that opens a range of its own

# Between the figures of a headline list ("러시아 5만·중국 3만…총 8만명"): the counter said
# once at the end counts every figure of the list.
_SHARED_GAP = re.compile(r"\s?(?:[·ㆍ,]\s?(?:[가-힣A-Za-z一-鿿]{1,8}\s)?|…\s?(?:총|모두|합계)\s?)")


def _share_counters(text: str, found: list[Quantity]) -> None:
    """Give a bare figure the counter of the figure after it in one list (right to left)."""
    for k in range(len(found) - 2, -1, -1):
        q, nxt = found[k], found[k + 1]
        if q.unit != "number" or q.vague or nxt.unit not in ("count", "money"):
            continue
        if _SHARED_GAP.fullmatch(text, q.end, nxt.start):
            q.unit, q.currency = nxt.unit, nxt.currency
