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
from dataclasses import dataclass

from laborwatch.extract.counts import Count
from laborwatch.extract.destinations import ABROAD, Placing
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.scan import Folding
from laborwatch.extract.vocab import DEFAULT_LANGUAGE, has, inflect_plurals, load, phrase_pattern

NAME = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}"


@dataclass(frozen=True)
class _Patterns:
    site_noun: re.Pattern[str]
    group_event: re.Pattern[str]
    event_end: re.Pattern[str]  # ", but": where the figure's own predicate ends
    named_region: re.Pattern[str]  # "Kursk region"
    named_city: re.Pattern[str]  # "the capital of Dakar"
    origin_before: re.Pattern[str]  # "from" before a place names where workers come from
    speaker_before: re.Pattern[str]  # "a source in (North Hamgyong Province)": its seat
    speaker_site: re.Pattern[str]  # "an official at the Russian (embassy)": the speaker's
    deictic: re.Pattern[str]  # "here": where the story was filed
    city_after_demonym: re.Pattern[str]  # "the Russian (capital)"
    city_after_owner: re.Pattern[str]  # "Laos('s capital)"
    region_after_demonym: re.Pattern[str]  # "the Chinese (provinces of)"
    country_anaphor: re.Pattern[str]  # "in the country"
    city_anaphor: re.Pattern[str]  # "in the city"
    shared_region: re.Pattern[str]  # "Khabarovsk( and Amur regions)": cities named as regions
    back_reference: re.Pattern[str]  # "worked (there)"
    deictic_joiner: re.Pattern[str]  # "here (in) Russia"


@functools.cache
def _patterns(language: str) -> _Patterns:
    data = load("fields", language)["scope"]
    inflected = language if has("inflection", language) else DEFAULT_LANGUAGE
    plurals = load("inflection", inflected)["plural"]  # "region" -> "regions"

    def alt(key: str) -> str:
        items = data.get(key) or []
        return phrase_pattern(items) if items else r"(?!x)x"

    def either_number(key: str) -> str:  # "region", "regions"
        items = data.get(key) or []
        return phrase_pattern(inflect_plurals(items, plurals)) if items else r"(?!x)x"

    speakers = load("origins", language)["source_nouns"] if has("origins", language) else []
    return _Patterns(
        speaker_before=re.compile(
            rf"\b(?:{phrase_pattern(speakers) if speakers else '(?!x)x'})\s+"
            rf"(?:{alt('speaker_place_prepositions')})\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        speaker_site=re.compile(
            rf"\b(?:{phrase_pattern(speakers) if speakers else '(?!x)x'})\s+"
            rf"(?:{alt('speaker_site_prepositions')})\s+(?:[\w'’-]+\s+){{0,3}}$",
            re.IGNORECASE,
        ),
        site_noun=re.compile(
            alt("site_nouns") + rf"(?!s\b|es\b)(?!\s+{alt('site_modified_nouns')})", re.IGNORECASE
        ),
        group_event=re.compile(alt("group_events"), re.IGNORECASE),
        event_end=re.compile(
            "|".join(re.escape(x) for x in data.get("event_clause_ends") or []) or r"(?!x)x",
            re.IGNORECASE,
        ),
        named_region=re.compile(rf"\b{NAME}\s+(?i:{alt('region_nouns')})(?!s\b)"),
        named_city=re.compile(rf"\b(?i:{alt('city_nouns')})\s+of\s+{NAME}"),
        origin_before=re.compile(rf"(?:{alt('origin_prepositions')})\s+$", re.IGNORECASE),
        deictic=re.compile(alt("city_deictics"), re.IGNORECASE),
        back_reference=re.compile(alt("site_back_references"), re.IGNORECASE),
        shared_region=re.compile(
            rf"(?:\s*(?:{alt('region_list_joiners')})\s*{NAME})*"
            rf"\s+(?i:{either_number('region_nouns')})"
        ),
        region_after_demonym=re.compile(
            rf"\s+(?:{either_number('region_nouns')})\s+of\b", re.IGNORECASE
        ),
        city_after_owner=re.compile(rf"(?:'s|’s)\s+(?:{alt('city_nouns')})", re.IGNORECASE),
        country_anaphor=re.compile(alt("country_anaphors"), re.IGNORECASE),
        city_anaphor=re.compile(alt("city_anaphors"), re.IGNORECASE),
        city_after_demonym=re.compile(rf"\s+(?:{alt('city_nouns')})", re.IGNORECASE),
        deictic_joiner=re.compile(rf"\s+(?:{alt('deictic_country_joiners')})\s+", re.IGNORECASE),
    )


@functools.cache
def _folding(language: str) -> Folding:
    """The site and event cues, folded once per language."""
    p = _patterns(language)
    return Folding([p.site_noun, p.group_event, p.event_end])


class ScopeFinder:
    def __init__(self, view: DocView, language: str = "en") -> None:
        self.view = view
        self.p = _patterns(language)
        # per clause (start, end): a site noun in it, the part of a country it names
        self._site: dict[tuple[int, int], bool] = {}
        self._part: dict[tuple[int, int], str | None] = {}
        # the site and event cues, run on the lower-cased copy when the text allows it
        self._cue_text, (self._site_rx, self._group_event, self._event_end) = _folding(language).on(
            view.text
        )

    def _named_part(self, sv: SentenceView, lo: int, hi: int) -> str | None:
        """ "city" or "region" when the clause names a city or region of the destination
        the place list does not know ("the capital of Dakar", "the Russian capital",
        "Russia's Kursk region")."""
        text = self.view.text
        if self.p.named_city.search(text, lo, hi):
            return "city"
        if any(
            (p.kind == "demonym" and self.p.city_after_demonym.match(text, p.end))
            or (p.kind == "country" and self.p.city_after_owner.match(text, p.end))
            for p in sv.places
            if lo <= p.start < hi
        ):
            return "city"  # "in the Russian capital", "in Laos's capital"
        if any(
            p.kind == "demonym" and self.p.region_after_demonym.match(text, p.end)
            for p in sv.places
            if lo <= p.start < hi
        ):
            return "region"  # "in the Chinese provinces of Jilin and Liaoning"
        countries = [(p.start, p.end) for p in sv.places if p.kind == "country"]
        pos = lo
        while m := self.p.named_region.search(text, pos, hi):
            inside = [b for a, b in countries if a < m.end() and m.start() < b]
            if inside:  # "the Democratic Republic of the Congo" is the country itself;
                pos = max(inside)  # "Russia's Kursk region" is read again after "Russia"
                continue
            if not (
                self.p.origin_before.search(text, max(lo, m.start() - 12), m.start())
                or self.p.speaker_before.search(text, max(lo, m.start() - 30), m.start())
            ):
                return "region"
            pos = m.end()
        return None

    def _site_there(self, sv: SentenceView, at: int, lo: int, hi: int) -> bool:
        """Does the figure's clause say "there" of a site its sentence named before it ("who
        managed a restaurant in Beijing, said 25 waitresses worked there")?"""
        if not self.p.back_reference.search(self.view.text, max(lo, at), hi):
            return False
        return self._site_rx.search(self._cue_text, sv.start, at) is not None

    def _city_as_region(self, sv: SentenceView, lo: int, hi: int) -> bool:
        """Is a city's name the name of its region here ("in the Khabarovsk and Amur
        regions", "the Khabarovsk region")?"""
        text = self.view.text
        return any(
            p.kind == "city" and lo <= p.start < hi and self.p.shared_region.match(text, p.end)
            for p in sv.places
        )

    def _here(self, sv: SentenceView) -> bool:
        """Does the sentence say "here" of where the reporter is, not "here in Russia"?"""
        text = self.view.text
        for m in self.p.deictic.finditer(text, sv.start, sv.end):
            joined = self.p.deictic_joiner.match(text, m.end())
            if not (joined and any(p.start == joined.end() for p in sv.places)):
                return True
        return False

    def _site_noun(self, lo: int, hi: int) -> bool:
        """Does the clause text[lo:hi] name a site (searched once per clause)?"""
        if (lo, hi) not in self._site:
            self._site[lo, hi] = any(
                not self.p.speaker_site.search(self.view.text, max(lo, m.start() - 60), m.start())
                for m in self._site_rx.finditer(self._cue_text, lo, hi)
            )  # not the speaker's workplace: "an official at the Russian embassy said"
        return self._site[lo, hi]

    def scope(self, sv: SentenceView, count: Count, placing: Placing) -> str | None:
        """The scope of one worker figure (None when it has no destination)."""
        codes = placing.codes
        if not codes:
            return None
        if codes == [ABROAD]:
            return "world"
        lo, hi = sv.clause_of(count.quantity.core_start)
        cued = self._cue_text
        q = count.quantity
        # the figure's own predicate: up to the next figure or a clause of someone else
        own_end = min([o.start for o in sv.quantities if o.start > q.end] + [sv.end])
        other = self._event_end.search(cued, q.end, own_end)
        own_end = other.start() if other else own_end
        if (
            count.head == "group"
            or self._site_noun(lo, hi)
            or self._group_event.search(cued, lo, own_end)  # "19 waiters ..., defected"
            or self._site_there(sv, q.start, lo, own_end)
        ):
            return "site"
        if any(c.startswith("M49:") for c in codes) or (len(codes) > 1 and not placing.joint):
            return "multi"
        if len(codes) == 1 and self.p.country_anaphor.search(self.view.text, lo, hi):
            return "country"  # "employed in the country illegally"
        if (
            len(codes) == 1
            and self.p.city_anaphor.search(self.view.text, lo, hi)
            and any(p.kind == "city" and codes[0] in p.codes for p in sv.places)
        ):
            return "city"  # "Chinese police in Shenyang said 120 ... in the city"
        if placing.kinds == {"city"} and not self._city_as_region(sv, lo, hi):
            return "city"
        if "subdivision" in placing.kinds or placing.kinds == {"city"}:
            return "region"
        if len(codes) == 1 and placing.kinds == {"country"} and self._here(sv):
            return "city"  # "There were 2,000 here" in a story filed from a town
        if len(codes) == 1:
            if (lo, hi) not in self._part:  # once per clause, not once per figure
                self._part[lo, hi] = self._named_part(sv, lo, hi)
            return self._part[lo, hi] or "country"
        return "country"
