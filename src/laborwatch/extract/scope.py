"""How much of its destination a worker figure covers: site, city, region, country,
multi or world (spec/claims.md "Scope").

From the places the figure was placed by: abroad in general is ``world``; a world region
or several countries together ``multi`` (a joint list that receives the figure, "Qatar
and the UAE get 800", is ``country``); a city ``city``; a province or krai ``region``.
A singular workplace in the figure's clause ("at the shipyard") or an event of one group
("9 workers defected") makes it a ``site``.
"""

from __future__ import annotations

import functools
import re

from laborwatch.extract.counts import Count
from laborwatch.extract.destinations import ABROAD, Placing
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.vocab import load, phrase_pattern


@functools.cache
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load("fields", language)["scope"]
    return (
        re.compile(phrase_pattern(data["site_nouns"]) + r"(?!s\b|es\b)", re.IGNORECASE),
        re.compile(phrase_pattern(data["group_events"]), re.IGNORECASE),
    )


class ScopeFinder:
    def __init__(self, view: DocView, language: str = "en") -> None:
        self.view = view
        self.site_noun, self.group_event = _patterns(language)

    def scope(self, sv: SentenceView, count: Count, placing: Placing) -> str | None:
        """The scope of one worker figure (None when it has no destination)."""
        codes = placing.codes
        if not codes:
            return None
        if codes == [ABROAD]:
            return "world"
        lo, hi = sv.clause_of(count.quantity.core_start)
        text = self.view.text
        if (
            count.head == "group"
            or self.site_noun.search(text, lo, hi)
            or self.group_event.search(text, lo, sv.end)  # "19 waiters ..., defected"
        ):
            return "site"
        if any(c.startswith("M49:") for c in codes) or (len(codes) > 1 and not placing.joint):
            return "multi"
        if placing.kinds == {"city"}:
            return "city"
        if "subdivision" in placing.kinds:
            return "region"
        return "country"
