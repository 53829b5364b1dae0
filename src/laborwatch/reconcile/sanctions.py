"""Potential breaches of the UNSC worker provisions, per host State and year, with evidence.

Each provision of ``data/sanctions.yaml`` names its ``test`` (which measure of evidence can
support a flag: workers present, or new dispatches) and the date from which it counts. A
flag needs evidence of DPRK workers in a host State after that date:

- the host is where the worker physically works: territory under another State's control
  counts under that State (``control``: Russian-occupied Ukraine under Russia); IT work
  done remotely for a State's firms (``remote_work`` cues in the evidence sentence) is no
  evidence of workers in that State;
- region- and world-level facts name no State and flag nothing;
- reported plans (planned, recruiting) are listed apart as ``plans``, never as breaches;
  repatriation reports are listed as ``compliance``, never as presence.

A fact supports a flag for each year it covers that ends after the date; when the year
began before it, only part of the year counts, the flag says so and its likelihood drops
one ICD 203 band (years with less than ``straddle_min_fraction`` after the date are not
flagged). A flag resting on facts graded credibility 6 has no likelihood ("cannot assess").
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from laborwatch.errors import DataFileError
from laborwatch.model import pick
from laborwatch.reconcile import config
from laborwatch.reconcile.config import Listed, Provision, Sanctions
from laborwatch.reconcile.language import (
    confidence_level,
    credibility_probability,
    step_down,
)
from laborwatch.reconcile.records import Fact, Flag


@dataclass(slots=True)
class Listing:
    """A host State, a year and the facts of one kind: reported plans or repatriations."""

    country: str
    year: int
    facts: list[str]
    notes: list[str]

    def to_dict(self) -> dict[str, Any]:
        return pick(self, "country", "year", "facts", "notes")


def _after_fraction(year: int, since: dt.date) -> float:
    """Share of ``year`` that lies after ``since`` (1.0 for later years, 0.0 for earlier)."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if since < start:
        return 1.0
    if since >= end:
        return 0.0
    return (end - since).days / 365.0


def hosts(fact: Fact, table: Sanctions) -> list[tuple[str, str | None]]:
    """The States where the fact's workers physically are, each with a note (or None).

    Empty when the fact names no State or describes remote work for a State's firms.
    """
    remote = table.remote_work
    if fact.sector in remote.sectors:
        cue = remote.cue()
        if any(cue.search(c.sentence or "") for c in fact.claims):
            return []
    control = {c.territory: c for c in table.control}
    out: list[tuple[str, str | None]] = []
    for code in fact.destinations:
        if code.startswith("M49:"):
            continue
        if code in control:
            rule = control[code]
            out.append((rule.state, rule.note))
        else:
            out.append((code, None))
    return out


def _listing(
    facts: list[Fact], statuses: set[str], table: Sanctions, since: dt.date | None
) -> list[Listing]:
    found: dict[tuple[str, int], list[Fact]] = defaultdict(list)
    notes: dict[tuple[str, int], set[str]] = defaultdict(set)
    for fact in facts:
        if fact.status not in statuses or fact.years is None:
            continue
        for year in range(fact.years[0], fact.years[1] + 1):
            if since is not None and _after_fraction(year, since) <= 0:
                continue
            for host, note in hosts(fact, table):
                found[(host, year)].append(fact)
                if note:
                    notes[(host, year)].add(note)
    return [
        Listing(c, y, sorted({f.id for f in fs}), sorted(notes[(c, y)]))
        for (c, y), fs in sorted(found.items())
    ]


def plans(facts: Iterable[Fact], table: Sanctions | None = None) -> list[Listing]:
    """Reported plans to send workers (planned, recruiting), per host State and year."""
    table = table or config.sanctions()
    return _listed(facts, table.reported_plans, table)


def compliance(facts: Iterable[Fact], table: Sanctions | None = None) -> list[Listing]:
    """Repatriation reports (evidence of compliance, not of presence), per State and year."""
    table = table or config.sanctions()
    return _listed(facts, table.compliance, table)


def _listed(facts: Iterable[Fact], listed: Listed, table: Sanctions) -> list[Listing]:
    workers = [f for f in facts if f.kind == "workers"]
    return _listing(workers, set(listed.statuses), table, listed.start)


def flag_all(facts: Iterable[Fact], table: Sanctions | None = None) -> list[Flag]:
    """Every (provision, host State, year) the graded facts give reason to flag."""
    table = table or config.sanctions()
    tests = table.tests
    min_fraction = table.straddle_min_fraction
    facts = [f for f in facts if f.kind == "workers" and f.years and f.credibility != 5]
    flags: list[Flag] = []
    for prov in table.provisions:
        if prov.test not in tests:
            raise DataFileError(f"sanctions.yaml: {prov.id}: unknown test {prov.test!r}")
        statuses = set(tests[prov.test])
        since = prov.start
        support: dict[tuple[str, int], list[Fact]] = defaultdict(list)
        notes: dict[tuple[str, int], set[str]] = defaultdict(set)
        for fact in facts:
            if fact.status not in statuses:
                continue
            assert fact.years is not None
            for year in range(fact.years[0], fact.years[1] + 1):
                if _after_fraction(year, since) < min_fraction:
                    continue
                for host, note in hosts(fact, table):
                    support[(host, year)].append(fact)
                    if note:
                        notes[(host, year)].add(note)
        for (country, year), backing in sorted(support.items()):
            flag = _flag(prov, country, year, backing, since)
            flag.notes += sorted(notes[(country, year)])
            flags.append(flag)
    return sorted(flags, key=lambda f: (f.country, f.year, f.provision))


def _flag(prov: Provision, country: str, year: int, backing: list[Fact], since: dt.date) -> Flag:
    best = min(backing, key=lambda f: f.credibility)
    p = credibility_probability(best.credibility)
    notes: list[str] = []
    weakened = list(prov.weakened_by)
    if _after_fraction(year, since) < 1.0:
        p = step_down(p)
        notes.append(f"only part of {year} falls after {since.isoformat()}")
        weakened.insert(0, f"The events fell in {year} before {since.isoformat()}.")
    if all(len(f.destinations) > 1 for f in backing):
        notes.append("the figures are joint for several countries")
    if any(f.contradicts for f in backing):
        notes.append("other sources give figures that contradict some of these")
    origins = {o for f in backing for o in f.origins}
    return Flag(
        provision=prov.id,
        resolution=prov.resolution,
        paragraph=prov.paragraph,
        country=country,
        year=year,
        facts=sorted({f.id for f in backing}),
        likelihood=None if p is None else round(p, 3),
        confidence=confidence_level(
            len(origins), min(f.reliability for f in backing), any(f.contradicts for f in backing)
        ),
        weakened_by=weakened,
        notes=notes,
    )
