"""``laborwatch demo``: the whole job on the bundled sample, no input needed.

:func:`laborwatch.jobs.run_demo` extracts the sample reports, ingests them into a fresh
SQLite store, reconciles and writes the brief; this command shows what each step found
and optionally serves the store.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from laborwatch.cli.app import command, console


@command
def demo(
    serve: Annotated[
        bool, typer.Option("--serve", help="Then serve the sample store on the dashboard.")
    ] = False,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Folder for the store and the brief (default: a new temp one)."),
    ] = None,
    port: Annotated[int, typer.Option("--port", help="Port for --serve.")] = 8000,
) -> None:
    """Run the whole pipeline on the bundled sample reports and show what it found."""
    from laborwatch import present
    from laborwatch.jobs import check_port, run_demo
    from laborwatch.output import ClaimTable, DestinationSummary

    if serve:
        check_port("127.0.0.1", port)
    run = run_demo(out or Path(tempfile.mkdtemp(prefix="laborwatch-demo-")))

    console.rule("1. Extract: claims in the sample reports")
    table, summary = ClaimTable(sys.stdout), DestinationSummary(sys.stdout)
    for result in run.results:
        table.write(result)
        summary.write(result)
    table.close()
    summary.close()
    relevant = sum(r.relevant for r in run.results)
    console.print(
        f"{present.plural(len(run.results), 'sample report')}: {relevant} about DPRK workers "
        f"abroad, {len(run.results) - relevant} set aside; "
        f"{present.plural(sum(len(r.claims) for r in run.results), 'claim')}",
        markup=False,
    )

    console.rule("2. Store: ingest into a fresh SQLite store")
    t = run.totals
    console.print(
        f"{present.plural(t['documents'], 'document')} in "
        f"{present.plural(t['clusters'], 'story cluster')}, "
        f"{present.plural(t['claims'], 'claim')} -> {run.db_url}",
        markup=False,
    )

    console.rule("3. Reconcile: workers present, latest estimate per country")
    for est in present.ranked(present.latest_by_place(run.picture.estimates)):
        if est.is_direct:  # a figure a source gave, with its range
            shown = f"{est.label():>16}  (range {present.number(round(est.low))}"
            shown += f"-{present.number(round(est.high))})"
        else:  # a floor or a bound is said as one
            shown = f"{est.label():>16}  ({est.basis})"
        console.print(
            f"  {present.place(est.destination):28} {est.year}  {shown}  "
            f"{present.plural(len(est.facts), 'fact')}",
            markup=False,
        )
    console.print(
        f"{present.plural(len(run.picture.facts), 'fact')}, "
        f"{present.plural(len(run.picture.flags), 'sanctions flag')}",
        markup=False,
    )

    console.rule("4. Report: the written brief")
    console.print("brief: " + "\n       ".join(map(str, run.briefs)), markup=False)
    db = run.db_url
    console.print(
        f"next: laborwatch claims --db {db} | laborwatch estimate --db {db} | "
        f"laborwatch serve --db {db}",
        markup=False,
    )
    if serve:
        from laborwatch.web import serve as serve_web

        console.rule(f"5. Serve: http://127.0.0.1:{port}  (Ctrl-C to stop)")
        serve_web(db, "127.0.0.1", port)
