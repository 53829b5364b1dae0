"""What the brief says: key judgments, tables and footnotes, built from a Picture.

Every figure carries footnote numbers; each footnote is one fact with the articles that
carry it (publisher, date, title, link, who is quoted, the sentence). Wording follows ICD
203: a likelihood term with its band, and confidence stated apart.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from importlib import metadata
from typing import Any

from laborwatch import present
from laborwatch.reconcile import Picture, config
from laborwatch.reconcile.config import Sanctions, place_name
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
    """'around 100,000 workers, workers present (stock), World, 2023'; figures as the
    text gave them ('thousands of workers', 'at least 800', 'up to 28,000')."""
    where = present.places(fact.destinations, sep=" + ")
    years = present.years(fact.years)
    if fact.kind == "workers":
        what = f"{present.counted(fact, 'workers')}, {present.measure(fact.measure)}"
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


def _words(est: Estimate) -> dict[str, str]:
    """A likelihood word only for a direct estimate: a floor or a bound gets none."""
    if not est.is_direct:
        what = "a floor" if est.basis == "floor" else "bounds only"
        return {"term": f"no likelihood ({what})", "band": ""}
    return _likely(est.credibility)


def _figure_of(est: Estimate) -> str:
    """The central column: the figure, or what the floor or bound is ('at least 4,000')."""
    if est.is_direct:
        return present.number(est.central)
    return est.label()


def _row(est: Estimate, notes: Footnotes) -> dict[str, Any]:
    return {
        "place": place_name(est.destination),
        "code": est.destination,
        "year": est.year,
        "sector": present.sector(est.sector, none="all"),
        "measure": present.measure(est.measure),
        "low": present.number(est.low),
        "central": _figure_of(est),
        "high": present.number(est.high),
        "basis": est.basis,
        "method": est.method
        + (f" (held for review: {'; '.join(est.review)})" if est.review else ""),
        "confidence": est.confidence,
        **_words(est),
        "refs": notes.refs(est.facts),
        "notes": est.notes,
        "excluded": [{"refs": notes.refs([f]), "reason": r} for f, r in est.excluded],
    }


def build(
    picture: Picture, claims: int, documents: int, map_year: int | None = None
) -> dict[str, Any]:
    """Everything the templates print (``map_year``: the map's year, as the dashboard's)."""
    notes = Footnotes(picture.by_id)
    stocks = [e for e in picture.estimates if e.measure == "stock" and e.sector is None]
    world = [e for e in stocks if e.destination == WORLD]
    judgments = _judgments(picture, world, stocks, notes)
    countries = [e for e in stocks if not e.destination.startswith("M49:")]
    latest: dict[str, Estimate] = {}
    for e in countries:
        latest[e.destination] = e
    series: dict[str, list[tuple[int, float, float, float, str]]] = defaultdict(list)
    for e in sorted(world + countries, key=lambda e: e.year):
        series[e.destination].append((e.year, e.low, e.central, e.high, _drawn(e)))
    ranked = sorted(latest.values(), key=lambda e: -e.floor_value)[:COUNTRY_CHARTS]
    chart_series = {WORLD: series[WORLD]} if series.get(WORLD) else {}
    chart_series.update({e.destination: series[e.destination] for e in ranked})
    revenue = [
        {
            "year": r.year,
            "median": _usd(r.median) if r.sufficient else "insufficient evidence",
            "p05": _usd(r.p05),
            "p95": _usd(r.p95),
            "sufficient": r.sufficient,
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
    labels = {p.id: p.label for p in config.sanctions().provisions}
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
    table = config.sanctions()
    listings = {
        key: {
            "label": listed.label,
            "rows": [
                {
                    "country": place_name(x.country),
                    "year": x.year,
                    "refs": notes.refs(x.facts),
                    "notes": x.notes,
                }
                for x in items
            ],
        }
        for key, listed, items in (
            ("reported_plans", table.reported_plans, picture.plans),
            ("compliance", table.compliance, picture.compliance),
        )
    }
    flows = [e for e in picture.estimates if e.measure != "stock"]
    for j in judgments:
        j["origins"] = _origins(picture, j.get("facts", []))
    return {
        "meta": _meta(picture),
        "summary_refs": sorted({n for item in (*judgments, *flags) for n in item["refs"]}),
        "claims": claims,
        "documents": documents,
        "facts": len(picture.facts),
        "judgments": judgments,
        "world": [_row(e, notes) for e in world],
        "latest": [_row(e, notes) for e in sorted(latest.values(), key=lambda e: -e.floor_value)],
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
        "provisions": [asdict(p) for p in table.provisions],
        "deadline": _deadline(table),
        "listings": listings,
        "undated": len(picture.undated),
        "contradictions": _contradictions(picture, notes),
        **_map(picture, map_year),
        "flagged": sorted({f.country for f in picture.flags}),
        "series": chart_series,
        "names": {c: place_name(c) for c in chart_series},
        "footnotes": notes,
    }


def _map(picture: Picture, chosen: int | None = None) -> dict[str, Any]:
    """The map's year (``chosen`` if it has one, else as the dashboard chooses it), why, and
    each country's estimate then."""
    years, year, why = present.map_year(picture.estimates, "stock")
    if chosen in years:
        year, why = chosen, "the year chosen"
    estimates = present.latest_by_place(picture.estimates, "stock", year) if year else {}
    hatched = sorted(place_name(c) for c, e in estimates.items() if not e.is_direct)
    others = sorted(y for y in years if y != year)
    if year is None:
        caption = "No country has an estimate of workers present yet. "
    else:
        caption = (
            f"Workers present in {year}, {why}: each country's central estimate for that "
            f"year ({present.plural(len(estimates), 'country', 'countries')}"
            + (f"; a floor or bound only, hatched: {', '.join(hatched)}" if hatched else "")
            + "). "
            + (
                f"{present.plural(len(others), 'other year')} ({present.years(others)}): "
                "see the tables. "
                if others
                else ""
            )
        )
    return {"map_year": year, "map_estimates": estimates, "map_caption": caption}


def _deadline(table: Sanctions) -> int:
    """The year whose end the presence provision's deadline falls in (for the chart)."""
    for prov in table.provisions:
        if prov.test == "present_after":
            return int(prov.since[:4])
    return 0


def _drawn(est: Estimate) -> str:
    """How a chart draws the estimate: a line point, a floor or an upper bound."""
    if est.is_direct:
        return "direct"
    return "at_most" if est.bound == "at_most" else "floor"


def _judgments(
    picture: Picture, world: list[Estimate], stocks: list[Estimate], notes: Footnotes
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    e = picture.headline()
    if e is not None:
        lk = _likely(e.credibility)
        said = (
            f"We assess that it is {lk['term']} ({lk['band']}) that"
            if lk["band"]
            else "We cannot assess (the sources cannot be judged) whether"
        )
        out.append(
            {
                "text": (
                    f"{said} about "
                    f"{present.number(e.central)} North Korean workers were abroad in {e.year} "
                    f"(range {present.number(e.low)} to {present.number(e.high)}; "
                    "a figure a source gave). "
                    f"Confidence: {e.confidence}."
                ),
                "refs": notes.refs(e.facts),
                **_said(e.label(), _words(e), e.confidence, e.facts),
            }
        )
        rev = picture.revenue_for(e.year)
        if rev is not None:
            out.append(_revenue_judgment(picture, rev, e.year, notes))
    year = max((e.year for e in stocks), default=None)
    recent: dict[str, Estimate] = {}
    for e in stocks:
        if (
            not e.destination.startswith("M49:")
            and e.basis != "floor"
            and year
            and e.year >= year - 3
        ):
            recent[e.destination] = e  # stocks are sorted by year: the latest wins
    for e in sorted(recent.values(), key=lambda e: -e.floor_value)[:3]:
        if e.is_direct:
            lk = _likely(e.credibility)
            said = (
                f"It is {lk['term']} ({lk['band']}) that"
                if lk["band"]
                else "We cannot assess (the sources cannot be judged) whether"
            )
            text = (
                f"{said} about {present.number(e.central)} North Korean workers were in "
                f"{place_name(e.destination)} in {e.year} (range {present.number(e.low)} to "
                f"{present.number(e.high)}). Confidence: {e.confidence}."
            )
        else:
            what = "a floor" if e.basis == "floor" else "the sources give only bounds"
            text = (
                f"In {place_name(e.destination)} in {e.year}: {e.label()} North Korean "
                f"workers ({what}; no likelihood is given)."
            )
        out.append(
            {
                "text": text,
                "refs": notes.refs(e.facts),
                **_said(e.label(), _words(e), e.confidence, e.facts),
            }
        )
    out += _sanctions_judgments(picture, notes)
    return out


def _revenue_judgment(picture: Picture, rev: Any, year: int, notes: Footnotes) -> dict[str, Any]:
    stated = [picture.by_id[s] for s in rev.stated]
    beside = (
        ("; the articles themselves state " + ", ".join(present.figure_of(f) for f in stated))
        if stated
        else ""
    )
    if not rev.sufficient:
        text = (
            f"What the regime earned from them in {year} cannot be narrowed: insufficient "
            f"evidence (the wage and share figures allow {_usd(rev.p05)} to "
            f"{_usd(rev.p95)}){beside}."
        )
    else:
        text = (
            "It is very likely (80-95%) that the regime earned between "
            f"{_usd(rev.p05)} and {_usd(rev.p95)} from them in {year}, "
            f"median {_usd(rev.median)} (90% interval of a Monte Carlo over "
            f"workers, wages and the state's share){beside}. Confidence: low; "
            "wage and share figures are sparse and old."
        )
    words = (
        {"term": "very likely", "band": "80-95%"}
        if rev.sufficient
        else {"term": "cannot assess", "band": ""}
    )
    figure = f"{_usd(rev.p05)} to {_usd(rev.p95)}"
    conf = "low" if rev.sufficient else "none"
    return {"text": text, "refs": notes.refs(rev.stated), **_said(figure, words, conf, rev.stated)}


def _sanctions_judgments(picture: Picture, notes: Footnotes) -> list[dict[str, Any]]:
    """One judgment per provision whose test is presence, driven by data/sanctions.yaml."""
    out = []
    for prov in config.sanctions().provisions:
        if prov.test != "present_after":
            continue
        after = [f for f in picture.flags if f.provision == prov.id]
        if not after:
            continue
        hosts = sorted({f.country for f in after})
        best = max(after, key=lambda f: -1.0 if f.likelihood is None else f.likelihood)
        said = likelihood_term(best.likelihood)
        if best.likelihood is not None:
            said = f"{said} ({band(best.likelihood)}) a breach"
        out.append(
            {
                "text": (
                    f"DPRK workers were reported present after {prov.since} "
                    f"({prov.label}, UNSC {prov.resolution} "
                    f"{prov.paragraph}) in {', '.join(place_name(c) for c in hosts)}; "
                    f"the strongest case ({place_name(best.country)}, {best.year}): "
                    f"{said}. Confidence: {best.confidence}."
                ),
                "refs": notes.refs(best.facts),
                **_said(
                    f"{place_name(best.country)}, {best.year}",
                    {"term": likelihood_term(best.likelihood), "band": band(best.likelihood)},
                    best.confidence,
                    best.facts,
                ),
            }
        )
    return out


def _said(figure: str, words: dict[str, str], confidence: str, facts: list[str]) -> dict[str, Any]:
    """A judgment's columns: its figure, ICD 203 words, confidence and the facts it rests on."""
    return {
        "figure": figure,
        "term": words["term"],
        "band": words["band"],
        "confidence": confidence,
        "facts": list(facts),
    }


def _origins(picture: Picture, facts: list[str]) -> list[str]:
    """The distinct originating sources behind some facts (relays count once)."""
    return sorted({o for f in facts if f in picture.by_id for o in picture.by_id[f].origins})


def _meta(picture: Picture) -> dict[str, str]:
    """Issue date, data cut-off (newest publication date among the claims) and version."""
    try:
        version = metadata.version("laborwatch")
    except metadata.PackageNotFoundError:
        version = "unknown"
    published = [c.published for f in picture.facts for c in f.claims if c.published]
    return {
        "issued": dt.datetime.now(dt.UTC).date().isoformat(),
        "cutoff": max(published) if published else "no dated claim",
        "version": version,
    }


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
