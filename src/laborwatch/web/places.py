"""Places by name for the web filters: autocomplete and a strict lookup with suggestions.

One index of every name a place goes by (ISO and M49 codes, the gazetteer's English names
and aliases from ``data/places.tsv``, the M49 table's names and the Korean names of
``lang/ko/places.yaml``). :func:`suggest` answers the autocomplete (``/api/places``) and
:func:`resolve` turns what a user typed into a code, or raises :class:`PlaceNotFound`
naming the closest places: a filter never answers an unknown place with an empty page.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from importlib import resources
from typing import Any

from laborwatch.errors import RequestError
from laborwatch.reconcile.config import m49, place_name, region_names
from laborwatch.web import svg
from laborwatch.web.views import known_place, place  # codes checked, names via the gazetteer

KINDS = ("country", "region", "abroad", "demonym")  # what a destination filter can mean
RANK = {"country": 0, "region": 1, "abroad": 2, "demonym": 3}
MAX_SUGGESTIONS = 20


@dataclass(frozen=True, slots=True)
class Alias:
    """One name a place goes by."""

    name: str
    folded: str
    code: str
    kind: str
    language: str  # en | ko


class PlaceNotFound(RequestError):
    """What was typed names no known place; ``suggestions`` are the closest ones."""

    def __init__(self, text: str, suggestions: list[dict[str, str]]) -> None:
        self.text = text
        self.suggestions = suggestions
        hint = " or ".join(f"{s['name']} ({s['code']})" for s in suggestions[:3])
        self.short = (
            f"unknown place {text[:60]!r} (a place is an ISO alpha-2 code such as RU,"
            " M49:NNN or a name)"
        )
        super().__init__(self.short + (f"; did you mean {hint}?" if hint else ""))


def fold(text: str) -> str:
    """Case, accents, a leading 'the' and spacing folded away, for matching."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = re.sub(r"^the\s+", "", plain.strip())
    return unicodedata.normalize("NFC", " ".join(plain.split()))


def display_name(code: str) -> str:
    """The name pages show for a code (the map's name where the M49 table has none)."""
    name = place_name(code)
    return svg.map_names().get(code, name) if name == code else name


@functools.cache
def aliases() -> tuple[Alias, ...]:
    """Every name of every place a filter can take, codes first (built once)."""
    from laborwatch.extract.ko.places import gazetteer as korean

    out: list[tuple[str, str, str, str]] = []
    codes = {*m49(), *region_names(), *svg.map_names()}
    out += [(code, code, "country" if len(code) == 2 else "region", "en") for code in codes]
    out += [(name, code, "country", "en") for code, (name, _, _) in m49().items()]
    out += [(name, code, "region", "en") for code, name in region_names().items()]
    out += [(name, code, "country", "en") for code, name in svg.map_names().items()]
    table = resources.files("laborwatch.data").joinpath("places.tsv").read_text(encoding="utf-8")
    for line in table.splitlines()[1:]:
        name, code, kind = [*line.split("\t"), "", ""][:3]
        if kind in KINDS and name[:1].isupper():
            out.append((name, code, kind, "en"))
    for name, (code, kind) in korean().names.items():
        if kind in ("country", "region", "abroad"):
            out.append((name, code, kind, "ko"))
    seen: dict[tuple[str, str], Alias] = {}
    for name, code, kind, lang in out:
        seen.setdefault((fold(name), code), Alias(name, fold(name), code, kind, lang))
    return tuple(seen.values())


def _entry(alias: Alias) -> dict[str, str]:
    return {
        "code": alias.code,
        "name": display_name(alias.code),
        "match": alias.name,
        "kind": alias.kind,
        "language": alias.language,
    }


def suggest(
    text: str, limit: int = 8, prefer: Collection[str] = (), fuzzy: bool = True
) -> list[dict[str, str]]:
    """Places whose code or a name starts with (else contains) ``text``, best first.

    One entry per place (its best-matching name); places in ``prefer`` (those with data)
    come before others of the same match quality. With nothing matching and ``fuzzy``,
    the names closest in spelling.
    """
    q = fold(text)[:60]
    limit = max(1, min(limit, MAX_SUGGESTIONS))
    if not q:
        return []
    best: dict[str, tuple[tuple[int, int, int, int], Alias]] = {}
    for a in aliases():
        if a.folded == q:
            how = 0
        elif a.folded.startswith(q):
            how = 1
        elif f" {q}" in f" {a.folded}":
            how = 2
        elif len(q) > 3 and q in a.folded:
            how = 3
        else:
            continue
        rank = (how, a.code not in prefer, RANK.get(a.kind, 9), len(a.name))
        if a.code not in best or rank < best[a.code][0]:
            best[a.code] = (rank, a)
    ranked = sorted(best.values(), key=lambda ra: (ra[0], ra[1].name))
    found = [_entry(a) for _, a in ranked]
    if fuzzy and not any(rank[0] < 3 for rank, _ in ranked):  # a typo: closest spelling first
        near = close_to(text, limit)
        found = near + [f for f in found if f["code"] not in {n["code"] for n in near}]
    return found[:limit]


def close_to(text: str, limit: int = 3) -> list[dict[str, str]]:
    """The places whose names are closest in spelling to ``text`` (for 'did you mean')."""
    q = fold(text)
    by_name = {a.folded: a for a in aliases() if len(a.folded) > 2}
    out: dict[str, Alias] = {}
    for name in difflib.get_close_matches(q, list(by_name), n=limit * 4, cutoff=0.6):
        out.setdefault(by_name[name].code, by_name[name])
    if len(q) == 2:  # a mistyped code: the codes one letter away
        for a in aliases():
            same = sum(x == y for x, y in zip(a.folded, q, strict=False))
            if len(a.folded) == 2 and same == 1 and a.kind == "country":
                out.setdefault(a.code, a)
    return [_entry(a) for a in list(out.values())[:limit]]


def resolve(text: str) -> str:
    """The code of a place typed as a code, a name or an alias (English or Korean).

    Raises:
        PlaceNotFound: nothing known by that name or code; it carries the closest places.
    """
    text = text.strip()
    try:
        code = place(text)
    except RequestError:
        code = None
    if code is not None and known_place(code):
        return code
    q = fold(text)
    exact = [a for a in aliases() if a.folded == q]
    if exact:
        return min(exact, key=lambda a: RANK.get(a.kind, 9)).code
    raise PlaceNotFound(text, close_to(text) or suggest(text, 3, fuzzy=False))


def suggestion_view(exc: PlaceNotFound) -> dict[str, Any]:
    """The JSON body of an unknown place: the message and the closest places."""
    return {"error": str(exc), "suggestions": exc.suggestions}
