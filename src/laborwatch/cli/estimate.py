"""``laborwatch estimate``: workers per destination and year, low / central / high."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from laborwatch.cli.app import DbOption, app, console, user_errors
from laborwatch.cli.rows import load_rows
from laborwatch.reconcile import Picture, reconcile
from laborwatch.reconcile.config import place_name
from laborwatch.reconcile.estimates import select
from laborwatch.reconcile.language import credibility_probability, likelihood_term
from laborwatch.reconcile.records import Estimate

CSV_FIELDS = (
    "destination",
    "year",
    "measure",
    "sector",
    "low",
    "central",
    "high",
    "method",
    "credibility",
    "confidence",
    "facts",
    "excluded",
)


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
@user_errors
def estimate(
    db: DbOption = None,
    claims: Annotated[
        Path | None,
        typer.Option("--claims", help="Read extractor output (JSONL) instead of the store."),
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="ISO alpha-2 code or M49:NNN (M49:001 = world).")
    ] = None,
    year: Annotated[int | None, typer.Option("--year", help="Only this year.")] = None,
    sector: Annotated[str | None, typer.Option("--sector", help="Only this sector.")] = None,
    measure: Annotated[
        str | None, typer.Option("--measure", help="stock (present), flow, pipeline or return.")
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="table, csv or json.")
    ] = Format.table,
) -> None:
    """Estimate DPRK workers per destination and year from the stored claims."""
    rows = load_rows(db, claims)
    picture = reconcile(rows, revenue=fmt is Format.json)
    found = select(
        picture.estimates,
        country.upper() if country and ":" not in country else country,
        year,
        sector,
        measure,
    )
    console.print(f"{len(rows)} claims, {len(picture.facts)} facts, {len(found)} estimates")
    if fmt is Format.json:
        json.dump(_json(picture, found, year), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif fmt is Format.csv:
        writer = csv.DictWriter(sys.stdout, CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for e in found:
            d = e.to_dict()
            d["facts"] = ";".join(e.facts)
            d["excluded"] = ";".join(f"{f}: {r}" for f, r in e.excluded)
            writer.writerow({k: d[k] for k in CSV_FIELDS})
    else:
        _table(found)


def _json(picture: Picture, found: list[Estimate], year: int | None) -> dict[str, Any]:
    used = {f for e in found for f in e.facts} | {f for e in found for f, _ in e.excluded}
    places = {e.destination for e in found}
    return {
        "estimates": [e.to_dict() for e in found],
        "revenue": [
            r.to_dict()
            for r in picture.revenue
            if r.destination in places and (year is None or r.year == year)
        ],
        "flags": [
            f.to_dict()
            for f in picture.flags
            if f.country in places and (year is None or f.year == year)
        ],
        "facts": [picture.by_id[f].to_dict() for f in sorted(used)],
    }


def _table(found: list[Estimate]) -> None:
    table = Table(title="Estimates (central = conservative figure)")
    for name in (
        "place",
        "year",
        "measure",
        "sector",
        "low",
        "central",
        "high",
        "likelihood",
        "confidence",
        "facts",
        "basis",
    ):
        table.add_column(
            name, overflow="fold", justify="right" if name in ("low", "central", "high") else "left"
        )
    for e in found:
        table.add_row(
            place_name(e.destination),
            str(e.year),
            e.measure,
            e.sector or "all",
            f"{e.low:,.0f}",
            f"{e.central:,.0f}",
            f"{e.high:,.0f}",
            likelihood_term(credibility_probability(e.credibility)),
            e.confidence,
            str(len(e.facts)),
            e.method,
        )
    Console(file=sys.stdout, width=160, highlight=False).print(table)
