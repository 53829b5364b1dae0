"""``laborwatch estimate``: workers per destination and year, low / central / high."""

from __future__ import annotations

import csv
import json
import sys
from typing import Annotated

import typer

from laborwatch.cli.app import choice, command, console
from laborwatch.cli.options import (
    ClaimsFileOption,
    CountryOption,
    DbOption,
    SectorOption,
    format_option,
)

FORMATS = ("table", "csv", "json")


@command
def estimate(
    db: DbOption = None,
    claims: ClaimsFileOption = None,
    country: CountryOption = None,
    year: Annotated[int | None, typer.Option("--year", help="Only this year.")] = None,
    sector: SectorOption = None,
    measure: Annotated[
        str | None, typer.Option("--measure", help="stock (present), flow, pipeline or return.")
    ] = None,
    fmt: Annotated[str, format_option(FORMATS)] = "table",
) -> None:
    """Estimate DPRK workers per destination and year from the stored claims."""
    from laborwatch import jobs, present
    from laborwatch.output import estimate_table, print_table
    from laborwatch.reconcile import reconcile
    from laborwatch.reconcile.estimates import select
    from laborwatch.reconcile.language import credibility_probability, likelihood_term
    from laborwatch.reconcile.places import resolve_place

    choice(fmt, FORMATS, "--format")
    code = resolve_place(country) if country else None
    rows = jobs.claim_rows(db, claims)
    picture = reconcile(rows, revenue=fmt == "json", reliability=jobs.source_grades(db, claims))
    found = select(picture.estimates, code, year, sector, measure)
    console.print(
        f"{present.plural(len(rows), 'claim')}, {present.plural(len(picture.facts), 'fact')}, "
        f"{present.plural(len(found), 'estimate')}",
        markup=False,
    )
    if fmt == "json":
        json.dump(
            jobs.estimate_report(picture, found, year), sys.stdout, ensure_ascii=False, indent=1
        )
        sys.stdout.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, jobs.ESTIMATE_CSV, lineterminator="\n")
        writer.writeheader()
        writer.writerows(jobs.estimate_records(found))
    else:
        terms = {c: likelihood_term(credibility_probability(c)) for c in range(1, 7)}
        print_table(estimate_table(found, terms), sys.stdout, width=160)
