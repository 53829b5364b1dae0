"""``laborwatch demo``: the whole job on the bundled sample, no input needed.

Extract the sample reports (table and per-destination summary), ingest them into a
fresh SQLite store, reconcile the claims into estimates, write the brief, say where
everything is, and optionally serve the store.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from laborwatch.cli.app import app, console, user_errors
from laborwatch.extract.pipeline import Extractor
from laborwatch.output import ClaimTable, DestinationSummary
from laborwatch.reconcile import reconcile
from laborwatch.reconcile.config import place_name
from laborwatch.reconcile.records import Estimate
from laborwatch.report import write_report
from laborwatch.sample import sample_documents
from laborwatch.store import Store
from laborwatch.store.runner import Ingest


@app.command()
@user_errors
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
    folder = out or Path(tempfile.mkdtemp(prefix="laborwatch-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "laborwatch.db"
    db_path.unlink(missing_ok=True)
    db_url = f"sqlite:///{db_path}"
    extractor = Extractor()

    console.rule("1. Extract: claims in the sample reports")
    results = [extractor.extract(doc) for doc in sample_documents()]
    table, summary = ClaimTable(sys.stdout), DestinationSummary(sys.stdout, place_name)
    for result in results:
        table.write(result)
        summary.write(result)
    table.close()
    summary.close()
    relevant = sum(r.relevant for r in results)
    console.print(
        f"{len(results)} sample reports: {relevant} about DPRK workers abroad, "
        f"{len(results) - relevant} set aside; {sum(len(r.claims) for r in results)} claims"
    )

    console.rule("2. Store: ingest into a fresh SQLite store")
    with Store.open(db_url) as store:
        run_id = store.begin_run(["(bundled sample)"])
        job = Ingest(store, extractor=extractor, run_id=run_id)
        job.run(sample_documents())
        store.finish_run(run_id, job.counts)
        totals = store.counts()
        rows = list(store.reviewed_claim_rows(relevant=True))
    console.print(
        f"{totals['documents']} documents in {totals['clusters']} story clusters, "
        f"{totals['claims']} claims -> {db_path}"
    )

    console.rule("3. Reconcile: estimates of workers present (low / central / high)")
    picture = reconcile(rows)
    latest: dict[str, Estimate] = {}
    for est in picture.estimates:
        newer = est.destination not in latest or est.year > latest[est.destination].year
        if est.measure == "stock" and est.sector is None and newer:
            latest[est.destination] = est
    for code, est in sorted(latest.items(), key=lambda kv: -kv[1].central):
        console.print(
            f"  {place_name(code):28} {est.year}  {est.low:>9,.0f} / {est.central:>9,.0f} / "
            f"{est.high:>9,.0f}  ({len(est.facts)} facts)"
        )
    console.print(f"{len(picture.facts)} facts, {len(picture.flags)} sanctions flags")

    console.rule("4. Report: the written brief")
    html = write_report(rows, folder / "brief.html", "html")
    md = write_report(rows, folder / "brief.md", "md")
    console.print(f"brief: {html}\n       {md}")
    console.print(
        f"next: laborwatch claims --db {db_url} | laborwatch estimate --db {db_url} | "
        f"laborwatch serve --db {db_url}"
    )
    if serve:
        from laborwatch.web import serve as serve_web

        console.rule(f"5. Serve: http://127.0.0.1:{port}  (Ctrl-C to stop)")
        serve_web(db_url, "127.0.0.1", port)
