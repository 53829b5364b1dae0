"""``laborwatch export``: claims (CSV, JSON, FtM) or estimates (GeoJSON) of a filtered view."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, Annotated

import typer

from laborwatch.cli.app import DbOption, app, console, user_errors
from laborwatch.errors import InputError


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    geojson = "geojson"
    ftm = "ftm"


@contextlib.contextmanager
def _output(path: Path | None) -> Iterator[IO[str]]:
    if path is None or str(path) == "-":
        yield sys.stdout
        return
    try:
        with path.open("w", encoding="utf-8", newline="") as f:
            yield f
    except OSError as exc:
        raise InputError(f"cannot write ({exc.strerror})", where=str(path)) from exc


@app.command()
@user_errors
def export(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="csv, json, geojson or ftm.")
    ] = ExportFormat.csv,
    db: DbOption = None,
    country: Annotated[
        str | None, typer.Option("--country", help="ISO alpha-2 or M49:NNN destination.")
    ] = None,
    status: Annotated[str | None, typer.Option("--status", help="Only this status.")] = None,
    sector: Annotated[str | None, typer.Option("--sector", help="Only this sector.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="YYYY[-MM[-DD]] or later.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="workers, revenue, wage...")] = None,
    year: Annotated[
        int | None, typer.Option("--year", help="geojson: estimates of this year.")
    ] = None,
    measure: Annotated[str, typer.Option("--measure", help="geojson: stock, flow...")] = "stock",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File (default stdout).")
    ] = None,
) -> None:
    """Export claims with human review applied, or estimates by country as GeoJSON."""
    from laborwatch.export import estimates_geojson, write_csv, write_ftm, write_json
    from laborwatch.reconcile import reconcile
    from laborwatch.store import Store

    code = country.strip().upper() if country else None
    with Store.open(db) as store, _output(output) as out:
        if fmt is ExportFormat.geojson:
            picture = reconcile(store.reviewed_claim_rows(), revenue=False)
            data = estimates_geojson(picture, measure, year, code)
            json.dump(data, out, ensure_ascii=False)
            out.write("\n")
            console.print(f"{len(data['features'])} countries")
            return
        rows = store.reviewed_claim_rows(
            country=code, status=status, sector=sector, since=since, kind=kind
        )
        writer = {"csv": write_csv, "json": write_json, "ftm": write_ftm}[fmt.value]
        writer(rows, out)
