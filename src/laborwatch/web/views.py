"""What each page shows, as plain JSON-ready data: the HTML pages and ``/api/`` share it."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from laborwatch import present
from laborwatch.errors import ConfigError, RequestError
from laborwatch.export.claims import claim_record
from laborwatch.model import SECTORS, STATUSES, ClaimRow
from laborwatch.reconcile.config import place_name
from laborwatch.reconcile.estimates import WORLD
from laborwatch.reconcile.language import likelihood_term
from laborwatch.reconcile.places import resolve_place
from laborwatch.reconcile.records import Estimate, Fact
from laborwatch.review import ReviewBook, claim_key
from laborwatch.review.apply import apply_one
from laborwatch.store import ClaimFilter, DocumentFilter, Store
from laborwatch.web import svg
from laborwatch.web.settings import WebSettings
from laborwatch.web.state import PictureCache, Snapshot

PLACE = re.compile(r"[A-Z]{2}|M49:\d{3}")
FACT_CLAIMS_SHOWN = 5
MAP_MEASURES = ("stock", "flow", "pipeline", "return")  # what the map can show
SANCTION_TABS = ("flags", "plans", "compliance")
LISTED_FACTS = 6  # facts shown per row of the sanctions lists (the flag's page has them all)


class UnknownPlace(RequestError):
    """A well-formed code no table names (the page answers 404)."""


def place(code: str) -> str:
    """A destination code checked and normalised; a name ('Russia') through the gazetteer.

    Raises:
        RequestError: neither a code nor a known place name (the message suggests names).
    """
    text = code.strip()
    if PLACE.fullmatch(text.upper()):
        return text.upper()
    if len(text) <= 2 or len(text) > 60:
        raise RequestError(f"not an ISO alpha-2 or M49:NNN code: {text[:20]!r}")
    return resolve_place(text, RequestError)  # a name, through the gazetteer


def known_place(code: str) -> bool:
    """Whether the place tables or the map name this code (an unknown code reads as itself)."""
    return place_name(code) != code or code in svg.map_names() or code in svg.small_places()


def map_years(snap: Snapshot, measure: str) -> tuple[list[int], int | None, str]:
    """Years with a country estimate of ``measure``, the default one to show, and why
    (:func:`laborwatch.present.map_year`, shared with the brief's map)."""
    return present.map_year(snap.picture.estimates, measure)


def claim_view(row: ClaimRow, fact_id: str | None = None) -> dict[str, Any]:
    rec = claim_record(row)
    rec["figure"] = present.figure_of(row)
    rec["places"] = [{"code": d, "name": place_name(d)} for d in row.destinations]
    rec["fact"] = fact_id
    return rec


def estimate_view(est: Estimate, full: bool = False) -> dict[str, Any]:
    """An estimate for pages: its figures and how many facts it rests on and left out."""
    if full:
        return {**est.to_dict(), "name": place_name(est.destination)}
    return {
        "basis": est.basis,
        "label": est.label(),
        "direct": est.is_direct,
        "destination": est.destination,
        "name": place_name(est.destination),
        "year": est.year,
        "measure": est.measure,
        "sector": est.sector,
        "low": round(est.low),
        "central": round(est.central),
        "high": round(est.high),
        "method": est.method,
        "credibility": est.credibility,
        "confidence": est.confidence,
        "facts": est.facts[: FACT_CLAIMS_SHOWN * 4],
        "fact_count": len(est.facts),
        "excluded_count": len(est.excluded),
    }


def fact_view(fact: Fact) -> dict[str, Any]:
    """A fact with its first few claims (``claim_count`` says how many there are)."""
    return {
        "id": fact.id,
        "kind": fact.kind,
        "measure": fact.measure,
        "status": fact.status,
        "destinations": list(fact.destinations),
        "sector": fact.sector,
        "low": fact.low,
        "high": fact.high,
        "qualifier": fact.qualifier,
        "years": list(fact.years) if fact.years else None,
        "grade": fact.grade,
        "sources": fact.sources,
        "contradicts": list(fact.contradicts),
        "claim_count": len(fact.claims),
        "claims": [
            {"id": c.claim_id, "document": c.document_id, "publisher": c.publisher}
            for c in fact.claims[:FACT_CLAIMS_SHOWN]
        ],
        "figure": present.figure_of(
            fact.claims[0] if fact.qualifier == "vague" and fact.claims else fact
        ),
        "places": [{"code": c, "name": place_name(c)} for c in fact.destinations],
    }


class Views:
    """Builds each page's data from the store and the cached picture."""

    def __init__(self, store: Store, cache: PictureCache, settings: WebSettings) -> None:
        self.store = store
        self.cache = cache
        self.settings = settings
        self.book = ReviewBook(store)

    def snapshot(self) -> Snapshot:
        return self.cache.get()

    def page(self, limit: int | None, offset: int) -> tuple[int, int]:
        """A bounded (limit, offset); RequestError beyond the limits."""
        limit = self.settings.page_size if limit is None else limit
        if not 1 <= limit <= self.settings.max_page_size:
            raise RequestError(f"limit must be 1-{self.settings.max_page_size}")
        if not 0 <= offset <= self.settings.max_offset:
            raise RequestError(f"offset must be 0-{self.settings.max_offset}; narrow the filters")
        return limit, offset

    # -- pages -----------------------------------------------------------------------

    def overview(self) -> dict[str, Any]:
        snap = self.snapshot()
        return {
            **snap.cached("overview", lambda: self._overview(snap)),
            "newest_claims": snap.cached("newest", lambda: self._newest(snap)),
        }

    def _newest(self, snap: Snapshot) -> list[dict[str, Any]]:
        """The most recently published claims of the picture (publication date, then id)."""
        rows = {c.claim_id: c for f in snap.picture.facts for c in f.claims}
        newest = sorted(rows.values(), key=lambda r: (r.published or "", r.claim_id), reverse=True)[
            : self.settings.newest_claims
        ]
        return [claim_view(r, snap.fact_of_claim.get(r.claim_id)) for r in newest]

    def world_map(self, year: int | None, measure: str) -> dict[str, Any]:
        """One year of one measure by country; ``year`` None: the default year."""
        if measure not in MAP_MEASURES:
            raise RequestError(f"measure must be one of {', '.join(MAP_MEASURES)}")
        snap = self.snapshot()
        years, default, why = map_years(snap, measure)
        if year is not None and year not in years:
            raise RequestError(
                f"no {present.measure(measure)} estimate for {year}; years: "
                + (", ".join(map(str, years)) or "none")
            )
        shown = default if year is None else year
        latest = present.latest_by_place(snap.picture.estimates, measure, shown) if shown else {}
        return {
            "measure": measure,
            "measure_name": present.measure(measure),
            "measures": [{"key": m, "name": present.measure(m)} for m in MAP_MEASURES],
            "year": shown,
            "default_year": default,
            "default_reason": why,
            "years": years,
            "places": [estimate_view(e) for e in present.ranked(latest)],
            "latest": latest,
        }

    def compare(self, measure: str, a: int | None, b: int | None) -> dict[str, Any]:
        """Two years of one measure side by side, with the change per place; without ``a``,
        the latest year before the second one (never the same year twice)."""
        snap = self.snapshot()
        years, _, _ = map_years(snap, measure)
        second = self.world_map(b, measure)
        if a is None:
            shown = second["year"]
            before = [y for y in years if shown is not None and y < shown]
            a = next(iter(before or [y for y in years if y != shown]), None)
        first = self.world_map(a, measure)
        codes = sorted(set(first["latest"]) | set(second["latest"]), key=place_name)
        rows = []
        for code in codes:
            ea, eb = first["latest"].get(code), second["latest"].get(code)
            change = None
            if ea is not None and eb is not None and ea.is_direct and eb.is_direct:
                change = round(eb.central - ea.central)
            rows.append(
                {
                    "code": code,
                    "name": place_name(code),
                    "a": estimate_view(ea) if ea else None,
                    "b": estimate_view(eb) if eb else None,
                    "change": change,
                }
            )
        return {"first": first, "second": second, "rows": rows, "years": years}

    def sanctions(
        self, country: str | None = None, provision: str | None = None, year: int | None = None
    ) -> dict[str, Any]:
        """Flags, reported plans and compliance evidence, filtered, each with its first
        facts (``fact_count`` says how many; the flag's page lists them all); built once
        per picture and filter, each row a fresh copy the caller may change."""
        snap = self.snapshot()
        code = place(country) if country else None
        data = snap.cached(
            ("sanctions", code, provision, year),
            lambda: self._sanctions(snap, code, provision, year),
        )
        copied = {tab: [dict(row) for row in data[tab]] for tab in SANCTION_TABS}
        return {**data, **copied}

    def _sanctions(
        self, snap: Snapshot, code: str | None, provision: str | None, year: int | None
    ) -> dict[str, Any]:
        pic = snap.picture

        def keep(item: Any) -> bool:
            return (
                (code is None or item.country == code)
                and (year is None or item.year == year)
                and (provision is None or getattr(item, "provision", provision) == provision)
            )

        def facts(ids: list[str]) -> list[dict[str, Any]]:
            return [fact_view(pic.by_id[i]) for i in ids[:LISTED_FACTS] if i in pic.by_id]

        flags = [
            {
                **f.to_dict(),
                "name": place_name(f.country),
                "words": likelihood_term(f.likelihood),
                "anchor": f"flag-{f.provision}-{f.country}-{f.year}",
                "fact_views": facts(f.facts),
                "fact_count": len(f.facts),
            }
            for f in sorted(pic.flags, key=lambda f: (-f.year, f.country, f.provision))
            if keep(f)
        ]

        def listing(items: list[Any]) -> list[dict[str, Any]]:
            return [
                {
                    **x.to_dict(),
                    "name": place_name(x.country),
                    "fact_views": facts(x.facts),
                    "fact_count": len(x.facts),
                }
                for x in sorted(items, key=lambda x: (-x.year, x.country))
                if provision is None and keep(x)
            ]

        hosts: set[str] = {f.country for f in pic.flags}
        hosts |= {x.country for x in (*pic.plans, *pic.compliance)}
        years: set[int] = {f.year for f in pic.flags}
        years |= {x.year for x in (*pic.plans, *pic.compliance)}
        return {
            "flags": flags,
            "plans": listing(pic.plans),
            "compliance": listing(pic.compliance),
            "provisions": sorted({f.provision for f in pic.flags}),
            "countries": [
                {"code": c, "name": place_name(c)} for c in sorted(hosts, key=place_name)
            ],
            "years": sorted(years, reverse=True),
            "filters": {"country": code, "provision": provision, "year": year},
        }

    def fact(self, fact_id: str) -> dict[str, Any] | None:
        """One fact with every claim (its permalink page)."""
        snap = self.snapshot()
        fact = snap.picture.by_id.get(fact_id)
        if fact is None:
            return None
        view = fact_view(fact)
        view["claims"] = [
            {
                "id": c.claim_id,
                "document": c.document_id,
                "publisher": c.publisher,
                "published": c.published,
                "url": c.url,
                "attribution": c.attribution,
                "sentence": c.sentence,
                "figure": present.figure_of(c),
            }
            for c in sorted(fact.claims, key=lambda c: (c.published or "", c.claim_id))
        ]
        view["first_published"] = fact.first_published
        view["origins"] = list(fact.origins)
        uses = snap.cached("estimates-of-fact", lambda: estimates_of_facts(snap))
        view["estimates"] = [estimate_view(e) for e in uses.get(fact.id, ())]
        return view

    def _overview(self, snap: Snapshot) -> dict[str, Any]:
        pic = snap.picture
        latest = present.latest_by_place(pic.estimates)
        world = [e for e in snap.estimates_by_place.get(WORLD, []) if e.sector is None]
        stock = sorted((e for e in world if e.measure == "stock"), key=lambda e: e.year)
        flow = sorted((e for e in world if e.measure == "flow"), key=lambda e: e.year)
        countries = present.ranked(latest)
        return {
            "counts": {
                **snap.counts,
                "facts": len(pic.facts),
                "estimates": len(pic.estimates),
                "flags": len(pic.flags),
            },
            "world_latest": estimate_view(stock[-1]) if stock else None,
            "headline": estimate_view(head) if (head := pic.headline()) else None,
            "countries": [estimate_view(e) for e in countries],
            "timeline": {
                "stock": [estimate_view(e) for e in stock],
                "flow": [estimate_view(e) for e in flow],
            },
            "flagged": sorted({f.country for f in pic.flags}),
        }

    def country(self, code: str, limit: int | None = None, offset: int = 0) -> dict[str, Any]:
        code = place(code)
        if not known_place(code):
            raise UnknownPlace(code)
        limit, offset = self.page(limit, offset)
        snap = self.snapshot()
        rows = self.store.claim_page(ClaimFilter(country=code), limit + 1, offset, "-published")
        return {
            **snap.cached(("country", code), lambda: self._country(snap, code)),
            "claims": [claim_view(r, snap.fact_of_claim.get(r.claim_id)) for r in rows[:limit]],
            "more": len(rows) > limit,
            "limit": limit,
            "offset": offset,
        }

    def _country(self, snap: Snapshot, code: str) -> dict[str, Any]:
        ests = sorted(snap.estimates_by_place.get(code, []), key=lambda e: (-e.year, e.measure))
        facts = sorted(
            snap.facts_by_place.get(code, []),
            key=lambda f: (-(f.years[1] if f.years else 0), f.id),
        )[: self.settings.country_facts]
        return {
            "code": code,
            "name": svg.map_names().get(code, place_name(code))
            if place_name(code) == code
            else place_name(code),
            "estimates": [estimate_view(e) for e in ests if e.sector is None],
            "sector_estimates": [estimate_view(e) for e in ests if e.sector is not None],
            "flags": [
                {**f.to_dict(), "words": likelihood_term(f.likelihood)}
                for f in snap.flags_by_place.get(code, [])
            ],
            "sectors": snap.sectors_by_place.get(code, Counter()).most_common(),
            "facts": [fact_view(f) for f in facts],
        }

    def claims(
        self, flt: ClaimFilter, limit: int | None, offset: int, sort: str = "-published"
    ) -> dict[str, Any]:
        """One page of claims, newest published first (``sort``: ``[-]key``)."""
        limit, offset = self.page(limit, offset)
        snap = self.snapshot()
        rows = self.store.claim_page(flt, limit + 1, offset, sort)
        return {
            "sort": sort,
            "claims": [claim_view(r, snap.fact_of_claim.get(r.claim_id)) for r in rows[:limit]],
            "more": len(rows) > limit,
            "limit": limit,
            "offset": offset,
        }

    def claim(self, claim_id: int) -> dict[str, Any] | None:
        machine = self.book.claim(claim_id)
        if machine is None:
            return None
        decision = self.book.decision_for(machine)
        doc_relevance = self.book.relevance().get(machine.document_id)
        row = apply_one(machine, decision, doc_relevance)
        doc = self.store.document(machine.document_id)
        snap = self.snapshot()
        fact_id = snap.fact_of_claim.get(claim_id)
        fact = snap.picture.by_id.get(fact_id) if fact_id else None
        copies = [{"document": d, "claim": c} for d, c in self.store.claim_copies(claim_id)]
        return {
            "claim": claim_view(row, fact_id),
            "machine": claim_view(machine),
            "decision": decision.to_dict() if decision else None,
            "claim_key": claim_key(machine),
            "document": {**doc.to_dict(), "relevant_reviewed": doc_relevance} if doc else None,
            "evidence": evidence_parts(doc.text if doc else None, machine),
            "fact": fact_view(fact) if fact else None,
            "copies": copies,
            "history": self.book.history(machine.document_id, claim_key(machine)),
            "vocab": {"statuses": STATUSES, "sectors": SECTORS},
        }

    def documents(
        self,
        *,
        q: str | None,
        publisher: str | None,
        since: str | None,
        until: str | None,
        relevant: bool | None,
        limit: int | None,
        offset: int,
        sort: str | None = None,
    ) -> dict[str, Any]:
        """Documents newest published first (``sort``: ``[-]published`` or ``[-]seen``);
        search hits best first unless ``sort`` is given."""
        limit, offset = self.page(limit, offset)
        for name, value in (("since", since), ("until", until)):
            if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
                raise RequestError(f"{name} wants YYYY, YYYY-MM or YYYY-MM-DD")
        if q:
            if len(q) > self.settings.max_search_chars:
                raise RequestError(f"search text longer than {self.settings.max_search_chars}")
            try:  # the store's own check of the search words is an option error there
                hits = list(
                    self.store.documents(
                        search=q, relevant=relevant, limit=self.settings.max_search_scan
                    )
                )
            except ConfigError as exc:
                raise RequestError(str(exc)) from exc
            kept = [
                d
                for d in hits
                if (not publisher or d.publisher == publisher)
                and (not since or (d.published or "") >= since)
                and (not until or (d.published or "") <= until + "\uffff")
            ]
            if sort:  # by publication date; the store's scan order stands for "seen"
                kept.sort(key=lambda d: d.published or "", reverse=sort.startswith("-"))
            docs = kept[offset : offset + limit + 1]
        else:
            docs = self.store.document_page(
                DocumentFilter(publisher, since, until, relevant),
                limit + 1,
                offset,
                sort or "-published",
            )
        relevance = self.book.relevance()
        return {
            "documents": [
                {**d.to_dict(), "relevant_reviewed": relevance.get(d.id)} for d in docs[:limit]
            ],
            "more": len(docs) > limit,
            "limit": limit,
            "offset": offset,
            "sort": sort or "-published",
            "publishers": self.store.publishers(),
        }

    def document(self, document_id: str) -> dict[str, Any] | None:
        doc = self.store.document(document_id)
        if doc is None:
            return None
        snap = self.snapshot()
        rows = list(self.store.reviewed_claim_rows(document=document_id))
        return {
            "document": {
                **doc.to_dict(),
                "relevant_reviewed": self.book.relevance().get(document_id),
            },
            "text": doc.text,
            "claims": [claim_view(r, snap.fact_of_claim.get(r.claim_id)) for r in rows],
            "revisions": [
                {k: v for k, v in r.items() if k != "text"} | {"created_at": str(r["created_at"])}
                for r in self.store.revisions(document_id)
            ],
            "history": self.book.history(document_id),
        }


def estimates_of_facts(snap: Snapshot) -> dict[str, list[Estimate]]:
    """Fact id -> the estimates that use it or set it aside (once per picture: a fact's
    page would otherwise walk every estimate's fact list)."""
    out: dict[str, list[Estimate]] = {}
    for est in snap.picture.estimates:
        for fid in dict.fromkeys([*est.facts, *(f for f, _ in est.excluded)]):
            out.setdefault(fid, []).append(est)
    return out


def evidence_parts(text: str | None, row: ClaimRow) -> dict[str, Any]:
    """The article split around the evidence: before, evidence, after (offsets checked).

    When the stored offsets do not point at the sentence (a different normalisation),
    the sentence is looked up in the text; ``found`` says whether it was.
    """
    if not text:
        return {"before": "", "evidence": row.sentence, "after": "", "found": False}
    start, end = row.start, row.end
    if not (0 <= start < end <= len(text)) or _squash(text[start:end]) != _squash(row.sentence):
        start = text.find(row.sentence)
        end = start + len(row.sentence)
    if start < 0:
        return {"before": text, "evidence": row.sentence, "after": "", "found": False}
    return {"before": text[:start], "evidence": text[start:end], "after": text[end:], "found": True}


def _squash(s: str) -> str:
    return " ".join(s.split())
