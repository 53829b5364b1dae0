"""``laborwatch export``: a filtered view in any registered format (see ``export/formats.py``)."""

from __future__ import annotations

from typing import Annotated

import typer

from laborwatch.cli.app import claim_filters, command, console
from laborwatch.cli.options import (
    CountryOption,
    DbOption,
    KindOption,
    OutputOption,
    SectorOption,
    SinceOption,
    StatusOption,
    format_option,
)
from laborwatch.export.formats import describe


@command
def export(
    db: DbOption = None,
    fmt: Annotated[str, format_option(describe())] = "csv",
    country: CountryOption = None,
    status: StatusOption = None,
    sector: SectorOption = None,
    since: SinceOption = None,
    kind: KindOption = None,
    year: Annotated[
        int | None, typer.Option("--year", help="Estimates formats: this year.")
    ] = None,
    measure: Annotated[
        str, typer.Option("--measure", help="Estimates formats: stock, flow, ...")
    ] = "stock",
    output: OutputOption = None,
) -> None:
    """Export claims with human review applied, or the latest estimate per country."""
    from laborwatch.export.formats import EstimateQuery, get_format
    from laborwatch.jobs import open_store
    from laborwatch.output import Counted, open_output
    from laborwatch.present import plural

    form = get_format(fmt)
    filters = claim_filters(country, status, sector, since, kind)
    code = filters["country"]
    with open_store(db) as store, open_output(output) as out:
        if form.of == "estimates":
            from laborwatch.reconcile import reconcile
            from laborwatch.reconcile.grading import register_reliability

            grades = register_reliability(store)
            picture = reconcile(store.reviewed_claim_rows(), revenue=False, reliability=grades)
            for chunk in form.estimate_chunks(picture, EstimateQuery(measure, year, code)):
                out.write(chunk)
            return
        rows = Counted(store.reviewed_claim_rows(**filters))
        for chunk in form.claim_chunks(rows):
            out.write(chunk)
    console.print(f"{plural(rows.n, 'claim')} as {form.name}", markup=False)
