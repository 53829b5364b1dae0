"""``laborwatch report``: the written brief (HTML, Markdown or PDF)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from laborwatch.cli.app import DbOption, app, console, user_errors
from laborwatch.cli.rows import load_rows
from laborwatch.report import write_report


class Format(StrEnum):
    html = "html"
    md = "md"
    pdf = "pdf"


@app.command()
@user_errors
def report(
    db: DbOption = None,
    claims: Annotated[
        Path | None,
        typer.Option("--claims", help="Read extractor output (JSONL) instead of the store."),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="html, md or pdf.")] = Format.html,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="File to write (default laborwatch-report.<format>)."),
    ] = None,
) -> None:
    """Write a sourced brief: key judgments, map, charts, estimates, sanctions flags."""
    rows = load_rows(db, claims)
    path = output or Path(f"laborwatch-report.{fmt.value}")
    written = write_report(rows, path, fmt.value)
    console.print(f"{len(rows)} claims -> {fmt.value} report")
    sys.stdout.write(f"{written}\n")
