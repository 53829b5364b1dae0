"""``laborwatch demo``: the whole job on the bundled sample, no input needed."""

from __future__ import annotations

import sys

from laborwatch.cli.app import app, console, user_errors
from laborwatch.extract.pipeline import Extractor
from laborwatch.output import ClaimTable, DestinationSummary
from laborwatch.reconcile.config import place_name
from laborwatch.sample import sample_documents


@app.command()
@user_errors
def demo() -> None:
    """Extract the claims of the bundled sample reports and print them with a summary."""
    extractor = Extractor()
    results = [extractor.extract(doc) for doc in sample_documents()]
    table, summary = ClaimTable(sys.stdout), DestinationSummary(sys.stdout, place_name)
    for result in results:
        table.write(result)
        summary.write(result)
    table.close()
    summary.close()
    relevant = sum(r.relevant for r in results)
    n = sum(len(r.claims) for r in results)
    console.print(
        f"{len(results)} sample reports ({relevant} relevant, {len(results) - relevant} "
        f"set aside as not about DPRK workers abroad), {n} claims"
    )
