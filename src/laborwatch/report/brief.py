"""What the brief says: key judgments, tables and footnotes, built from a Picture.

Every figure carries footnote numbers; each footnote is one fact with the articles that
carry it (publisher, date, title, link, who is quoted, the sentence). Wording follows ICD
203: a likelihood term with its band, and confidence stated apart.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from laborwatch import present
from laborwatch.reconcile import Picture, config
from laborwatch.reconcile.config import place_name
from laborwatch.reconcile.estimates import WORLD
from laborwatch.reconcile.language import band, credibility_probability, likelihood_term
from laborwatch.reconcile.records import Estimate, Fact

COUNTRY_CHARTS = 8


def _usd(x: float) -> str:
    """A modelled dollar figure for prose: $530 million."""
    return present.money(x, rounded=True)


@dataclass
class Footnotes:
    """Numbers facts in order of first mention."""

    facts: dict[str, Fact]
    order: list[str] = field(default_factory=list)

    def refs(self, ids: list[str] | tuple[str, ...]) -> list[int]:
        out = []
        for fid in ids:
            if fid not in self.facts:
                continue
            if fid not in self.order:
                self.order.append(fid)
            out.append(self.order.index(fid) + 1)
        return sorted(set(out))

    def entries(self) -> list[dict[str, Any]]:
        return [note(i + 1, self.facts[fid]) for i, fid in enumerate(self.order)]


def note(n: int, fact: Fact) -> dict[str, Any]:
    """One footnote: the fact, its grade, and each article that carries it."""
    seen, articles = set(), []
    for c in sorted(fact.claims, key=lambda c: (c.published or "", c.document_id)):
        if c.document_id in seen:
            continue
        seen.add(c.document_id)
        articles.append(
            {
                "publisher": c.publisher or "unknown publisher",
                "published": c.published or "undated",
                "title": c.title,
                "url": c.url,
                "attribution": c.attribution,
                "document": c.document_id,
                "sentence": present.clip(c.sentence, 260),
                "figure": c.text,
            }
        )
    return {
        "n": n,
        "id": fact.id,
        "what": describe(fact),
        "grade": fact.grade,
        "sources": fact.sources,
        "articles": articles,
    }


def describe(fact: Fact) -> str:
    """'around 100,000 workers, workers present (stock), World, 2023'."""
    where = present.places(fact.destinations, sep=" + ")
    years = present.years(fact.years)
    if fact.kind == "workers":
        what = f"{present.figure_of(fact)} workers, {present.measure(fact.measure)}"
        if fact.sector:
            what += f", {present.sector(fact.sector)}"
        return f"{what}, {where}, {years}"
    return f"{present.kind(fact.kind)} {present.figure_of(fact)}, {years}"


def _short(text: str | None) -> str:
    """'4 wage facts within 6 years of 2023' -> '4 facts near 2023'; priors keep their range."""
    text = text or ""
    if text.startswith("prior"):
        return text.split(":")[0]
    words = text.split()
    return f"{words[0]} facts near {words[-1]}" if "within" in words else text


def _likely(credibility: int) -> dict[str, str]:
    p = credibility_probability(credibility)
    return {"term": likelihood_term(p), "band": band(p)}


def _row(est: Estimate, notes: Footnotes) -> dict[str, Any]:
    return {
        "place": place_name(est.destination),
        "code": est.destination,
        "year": est.year,
        "sector": present.sector(est.sector, none="all"),
        "measure": present.measure(est.measure),
        "low": present.approx(est.low),
        "central": present.approx(est.central),
        "high": present.approx(est.high),
        "method": est.method,
        "confidence": est.confidence,
        **_likely(est.credibility),
        "refs": notes.refs(est.facts),
        "notes": est.notes,
        "excluded": [{"refs": notes.refs([f]), "reason": r} for f, r in est.excluded],
    }


def build(picture: Picture, claims: int, documents: int) -> dict[str, Any]:
    """Everything the templates print."""
    notes = Footnotes(picture.by_id)
    stocks = [e for e in picture.estimates if e.measure == "stock" and e.sector is None]
    world = [e for e in stocks if e.destination == WORLD]
    judgments = _judgments(picture, world, stocks, notes)
    countries = [e for e in stocks if not e.destination.startswith("M49:")]
    latest = present.latest_by_place(countries)
    series: dict[str, list[tuple[int, float, float, float]]] = defaultdict(list)
    direct_world = [e for e in world if e.method.startswith("direct")]
    for e in sorted(direct_world + countries, key=lambda e: e.year):
        series[e.destination].append((e.year, e.low, e.central, e.high))
    ranked = present.ranked(latest)[:COUNTRY_CHARTS]
    chart_series = {WORLD: series[WORLD]} if series.get(WORLD) else {}
    chart_series.update({e.destination: series[e.destination] for e in ranked})
    revenue = [
        {
            "year": r.year,
            "median": _usd(r.median),
            "p05": _usd(r.p05),
            "p95": _usd(r.p95),
            "refs": notes.refs(r.stated),
            "stated": [describe(picture.by_id[s]) for s in r.stated],
            "wage": _short(r.inputs.get("wage")),
            "share": _short(r.inputs.get("state_share")),
            "inputs": notes.refs(
                r.inputs.get("wage_facts", []) + r.inputs.get("state_share_facts", [])
            ),
        }
        for r in picture.revenue
    ]
    labels = {p["id"]: p.get("label", "") for p in config.sanctions()["provisions"]}
    flags = [
        {
            "provision": f"UNSC {f.resolution} {f.paragraph} ({labels.get(f.provision, '')})",
            "id": f.provision,
            "country": place_name(f.country),
            "code": f.country,
            "year": f.year,
            "term": likelihood_term(f.likelihood),
            "band": band(f.likelihood),
            "confidence": f.confidence,
            "refs": notes.refs(f.facts),
            "weakened_by": f.weakened_by,
            "notes": f.notes,
        }
        for f in sorted(picture.flags, key=lambda f: (-f.year, f.country, f.provision))
    ]
    flows = [e for e in picture.estimates if e.measure != "stock"]
    return {
        "claims": claims,
        "documents": documents,
        "facts": len(picture.facts),
        "judgments": judgments,
        "world": [_row(e, notes) for e in world],
        "latest": [_row(e, notes) for e in present.ranked(latest)],
        "stocks": [
            _row(e, notes)
            for e in sorted(stocks, key=lambda e: (place_name(e.destination), e.year))
            if e.destination != WORLD
        ],
        "sectors": [
            _row(e, notes)
            for e in picture.estimates
            if e.measure == "stock" and e.sector is not None
        ],
        "flows": [_row(e, notes) for e in flows],
        "revenue": revenue,
        "flags": flags,
        "contradictions": _contradictions(picture, notes),
        "map_values": {c: e.central for c, e in latest.items()},
        "map_years": sorted({e.year for e in latest.values()}),
        "flagged": sorted({f.country for f in picture.flags}),
        "series": chart_series,
        "names": {c: place_name(c) for c in chart_series},
        "footnotes": notes,
    }


def _judgments(
    picture: Picture, world: list[Estimate], stocks: list[Estimate], notes: Footnotes
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    direct = [e for e in world if e.method.startswith("direct")]
    if direct:
        e = direct[-1]
        lk = _likely(e.credibility)
        out.append(
            {
                "text": (
                    f"We assess that it is {lk['term']} ({lk['band']}) that about "
                    f"{present.approx(e.central)} North Korean workers were abroad in {e.year} "
                    f"(range {present.approx(e.low)} to "
                    f"{present.approx(e.high)}; conservative figure). Confidence: {e.confidence}."
                ),
                "refs": notes.refs(e.facts),
            }
        )
        rev = picture.revenue_for(e.year)
        if rev is not None:
            stated = [picture.by_id[s] for s in rev.stated]
            beside = (
                ("; the articles themselves state " + ", ".join(map(present.figure_of, stated)))
                if stated
                else ""
            )
            out.append(
                {
                    "text": (
                        "It is very likely (80-95%) that the regime earned between "
                        f"{_usd(rev.p05)} and {_usd(rev.p95)} from them in {e.year}, "
                        f"median {_usd(rev.median)} (90% interval of a Monte Carlo over "
                        f"workers, wages and the state's share){beside}. Confidence: low; "
                        "wage and share figures are sparse and old."
                    ),
                    "refs": notes.refs(rev.stated),
                }
            )
    year = max((e.year for e in stocks), default=None)
    recent: dict[str, Estimate] = {}
    for e in stocks:
        if not e.destination.startswith("M49:") and year and e.year >= year - 3:
            recent[e.destination] = e  # stocks are sorted by year: the latest wins
    for e in sorted(recent.values(), key=lambda e: -e.central)[:3]:
        lk = _likely(e.credibility)
        out.append(
            {
                "text": (
                    f"It is {lk['term']} ({lk['band']}) that at least {present.approx(e.central)} "
                    f"North Korean workers were in {place_name(e.destination)} in {e.year} "
                    f"(range {present.approx(e.low)} to {present.approx(e.high)}). "
                    f"Confidence: {e.confidence}."
                ),
                "refs": notes.refs(e.facts),
            }
        )
    after = [f for f in picture.flags if f.provision == "2397-OP8"]
    hosts = sorted({f.country for f in after})
    if after:
        best = max(after, key=lambda f: f.likelihood)
        out.append(
            {
                "text": (
                    "DPRK workers were reported present after the 2019-12-22 repatriation "
                    f"deadline of UNSC 2397 OP8 in {', '.join(place_name(c) for c in hosts)}; "
                    f"the strongest case ({place_name(best.country)}, {best.year}) is "
                    f"{likelihood_term(best.likelihood)} ({band(best.likelihood)}) a breach. "
                    f"Confidence: {best.confidence}."
                ),
                "refs": notes.refs(best.facts),
            }
        )
    return out


def _contradictions(picture: Picture, notes: Footnotes) -> list[dict[str, Any]]:
    seen, out = set(), []
    for fact in picture.facts:
        for other_id in fact.contradicts:
            pair = tuple(sorted((fact.id, other_id)))
            if pair in seen or other_id not in picture.by_id:
                continue
            seen.add(pair)
            other = picture.by_id[other_id]
            out.append(
                {
                    "a": describe(fact),
                    "a_grade": fact.grade,
                    "a_refs": notes.refs([fact.id]),
                    "b": describe(other),
                    "b_grade": other.grade,
                    "b_refs": notes.refs([other.id]),
                }
            )
    return out
