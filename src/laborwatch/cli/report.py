"""``laborwatch report``: the written brief (HTML, Markdown or PDF)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from laborwatch.cli.app import choice, command, console
from laborwatch.cli.options import ClaimsFileOption, DbOption, format_option

FORMATS = ("html", "md", "pdf")


@command
def report(
    db: DbOption = None,
    claims: ClaimsFileOption = None,
    fmt: Annotated[str, format_option(FORMATS)] = "html",
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="File to write (default laborwatch-report.<format>)."),
    ] = None,
) -> None:
    """Write a sourced brief: key judgments, map, charts, estimates, sanctions flags."""
    from laborwatch import jobs
    from laborwatch.present import plural
    from laborwatch.report import write_report

    choice(fmt, FORMATS, "--format")
    rows = jobs.claim_rows(db, claims)
    grades = jobs.source_grades(db, claims)
    written = write_report(rows, output or Path(f"laborwatch-report.{fmt}"), fmt, grades)
    console.print(f"{plural(len(rows), 'claim')} -> {fmt} report", markup=False)
    sys.stdout.write(f"{written}\n")
