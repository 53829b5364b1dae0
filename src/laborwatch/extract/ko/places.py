"""Find place mentions in Korean text with the names of ``lang/ko/places.yaml``.

Korean attaches particles to names ("연해주에서"), so a name matches at the start of a
word and may run on; it must not follow another Hangul syllable ("주러시아" is an
embassy, not Russia). Guards in the data stop names that start other words ("인도적").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from laborwatch.extract.ko.hangul import scan_alternation
from laborwatch.extract.places import PlaceMention
from laborwatch.extract.vocab import load

_KINDS = {
    "country": "country",
    "subdivision": "subdivision",
    "city": "city",
    "region": "region",
    "abroad": "abroad",
    "dprk": "dprk",
    "south": "country",
}
WORLD = "M49:001"


@dataclass(frozen=True)
class KoreanGazetteer:
    names: dict[str, tuple[str, str]]  # name -> (code, kind)
    pattern: re.Pattern[str]
    short: re.Pattern[str]
    short_codes: dict[str, str]
    guards: dict[str, tuple[str, ...]]
    countries_phrase: re.Pattern[str]
    listed_short: re.Pattern[str]
    listed_codes: dict[str, str]

    def find(self, text: str) -> list[PlaceMention]:
        """Every place mention, in order, never overlapping."""
        if not text:
            return []
        out: list[PlaceMention] = []
        for m in self.pattern.finditer(text):
            name = " ".join(m.group(0).split())
            code, kind = self.names[name]
            if text.startswith(self.guards.get(name, ()), m.end()):
                continue
            out.append(PlaceMention(m.start(), m.end(), m.group(0), (code,), kind))
        for m in self.short.finditer(text):
            word = m.group(1)
            out.append(
                PlaceMention(m.start(1), m.end(1), word, (self.short_codes[word],), "country")
            )
        if "·" in text:  # "중·러": 중 only in such a list
            for m in self.listed_short.finditer(text):
                word = m.group(0)
                out.append(
                    PlaceMention(m.start(), m.end(), word, (self.listed_codes[word],), "country")
                )
        for m in self.countries_phrase.finditer(text):
            out.append(PlaceMention(m.start(), m.end(), m.group(0), (WORLD,), "abroad"))
        out.sort(key=lambda p: (p.start, -p.end))
        kept: list[PlaceMention] = []
        for p in out:
            if kept and p.start < kept[-1].end:
                continue
            kept.append(p)
        return kept


@functools.cache
def gazetteer(language: str = "ko") -> KoreanGazetteer:
    """The compiled Korean gazetteer (cached)."""
    data = load("places", language)
    names: dict[str, tuple[str, str]] = {}
    for section, kind in _KINDS.items():
        for name, code in (data.get(section) or {}).items():
            names[" ".join(str(name).split())] = (str(code), kind)
    short = data.get("short") or {}
    listed = {str(k): str(v) for k, v in (data.get("short_in_list") or {}).items()}
    return KoreanGazetteer(
        names=names,
        pattern=re.compile(r"(?:" + _scan_alternation(names, "[가-힣A-Za-z]") + r")(?![A-Za-z])"),
        short=re.compile(
            r"("
            + _scan_alternation(short, "[가-힣]")
            # a headline's "에서" cut to "서" ("中서 귀국한"), its "bound for" ("러行")
            + r")(?=[\s·,.…\"'“”‘’)\]]|에(?![가-힣])|에서|에도|의\s|서\s|行|$)"
        ),
        short_codes={str(k): str(v) for k, v in short.items()},
        guards={str(k): tuple(v or ()) for k, v in (data.get("not_followed_by") or {}).items()},
        countries_phrase=re.compile(data["countries_phrase"]),
        listed_short=_listed_short(listed),
        listed_codes=listed,
    )


def _listed_short(names: dict) -> re.Pattern[str]:
    """One-syllable names that are places only beside "·" ("중·러", "북·중")."""
    if not names:
        return re.compile(r"(?!x)x")
    alt = _alternation(names)
    return re.compile(rf"(?<![가-힣])(?:{alt})(?=·)|(?<=·)(?:{alt})(?![가-힣])")


def _alternation(names: dict) -> str:
    """Names longest first, spaces flexible."""
    ordered = sorted(map(str, names), key=len, reverse=True)
    return "|".join(r"\s*".join(map(re.escape, n.split())) for n in ordered)


def _scan_alternation(names: dict, before: str) -> str:
    """:func:`_alternation` for a name that no ``before`` character precedes, shaped for
    scanning (:func:`~laborwatch.extract.ko.hangul.scan_alternation`: the same matches)."""
    words = [name.split() for name in sorted(map(str, names), key=len, reverse=True)]
    return scan_alternation(
        ((w[0][0], r"\s*".join(map(re.escape, [w[0][1:], *w[1:]]))) for w in words), before
    )


def find_korean_places(text: str) -> list[PlaceMention]:
    """Place mentions of Korean ``text`` (offsets into it)."""
    return gazetteer().find(text)
