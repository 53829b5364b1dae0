"""Korean number grammar: "2만8천명" is 28,000, "약 10만 명" about 100,000, "수천 명"
thousands, "800~1,000명" a range, "5억 달러" 500 million dollars.

It returns the same :class:`~laborwatch.extract.numbers.Quantity` records as the English
grammar, so the later stages need no change; its words live in ``lang/ko/numbers.yaml``.
"""

from __future__ import annotations

import re

from laborwatch.extract.numbers import Quantity
from laborwatch.extract.vocab import load


class KoreanNumberGrammar:
    """Digits and Korean numerals with the myriad units 만/억/조 and the counters after them."""

    def __init__(self, language: str = "ko") -> None:
        data = load("numbers", language)
        self.digits: dict[str, int] = data["digits"]
        self.small: dict[str, int] = data["small_units"]
        self.large: dict[str, int] = data["large_units"]
        self.counters: dict[str, str] = data["counters"]
        self.currencies: dict[str, str] = data["currencies"]
        self.before: dict[str, str] = data["qualifiers_before"]
        self.after: dict[str, str] = data["qualifiers_after"]
        self.vague: dict[str, tuple[int, int]] = {k: tuple(v) for k, v in data["vague"].items()}
        units = "".join(self.small) + "".join(self.large)
        numeral = rf"(?:\d[\d,]*(?:\.\d+)?|[{''.join(self.digits)}{units}])"
        self.expr = re.compile(rf"{numeral}(?:{numeral}|\s(?=[\d{units}]))*")
        self.vague_re = re.compile(
            "|".join(sorted(map(re.escape, self.vague), key=len, reverse=True))
        )
        self.units = set(units)
        self.counter_re = re.compile(
            r"^\s?(" + "|".join(sorted(map(re.escape, self.counters), key=len, reverse=True)) + ")"
        )
        self.after_re = re.compile(
            r"^\s?(" + "|".join(sorted(map(re.escape, self.after), key=len, reverse=True)) + ")"
        )
        self.before_re = re.compile(
            r"(" + "|".join(sorted(map(re.escape, self.before), key=len, reverse=True)) + r")\s?$"
        )
        self.link_re = re.compile(r"^\s?(?:~|-|–|에서)\s?$")

    def value(self, expr: str) -> float | None:
        """The value of one numeral expression, or None when it is not a number."""
        tokens = re.findall(r"\d[\d,]*(?:\.\d+)?|\S", expr.replace(" ", ""))
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

    def find(self, text: str) -> list[Quantity]:
        out: list[Quantity] = []
        taken: list[tuple[int, int]] = []
        for m in self.vague_re.finditer(text):
            low, high = self.vague[m.group(0)]
            out.append(
                self._finish(
                    text,
                    Quantity(
                        m.start(),
                        m.end(),
                        m.start(),
                        m.end(),
                        low,
                        high,
                        "vague",
                        "count",
                        vague=True,
                    ),
                )
            )
            taken.append((m.start(), m.end()))
        previous: Quantity | None = None
        for m in self.expr.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            value = self.value(m.group(0).strip())
            if value is None:
                continue
            end = m.start() + len(m.group(0).rstrip())
            q = self._finish(
                text, Quantity(m.start(), end, m.start(), end, value, value, "exact", "count")
            )
            if (
                previous is not None
                and self.link_re.match(text[previous.core_end : q.start])
                and previous.low is not None
                and previous.low < value
            ):
                out.remove(previous)
                q = Quantity(
                    previous.start,
                    q.end,
                    previous.core_start,
                    q.core_end,
                    previous.low,
                    value,
                    "range",
                    q.unit,
                    currency=q.currency,
                )
            out.append(q)
            previous = q
        return sorted(out, key=lambda q: q.start)

    def _finish(self, text: str, q: Quantity) -> Quantity:
        """Counter (명, 달러, %), qualifiers before (약) and after (이상, 여)."""
        after = self.after_re.match(text[q.end : q.end + 6])
        if after:  # "2만여 명": 여 sits between the figure and the counter
            q.qualifier, q.end = self.after[after.group(1)], q.end + after.end()
        counter = self.counter_re.match(text[q.end : q.end + 8])
        if counter:
            word = counter.group(1)
            q.unit = self.counters[word]
            q.currency = self.currencies.get(word)
            q.end += counter.end()
            after = self.after_re.match(text[q.end : q.end + 6])
            if after and q.qualifier == "exact":
                q.qualifier, q.end = self.after[after.group(1)], q.end + after.end()
        before = self.before_re.search(text[max(0, q.start - 6) : q.start])
        if before and q.qualifier in ("exact",):
            q.qualifier = self.before[before.group(1)]
            q.start -= len(before.group(0))
        if q.qualifier == "at_least":
            q.high = None
        elif q.qualifier == "at_most":
            q.low = None
        return q
