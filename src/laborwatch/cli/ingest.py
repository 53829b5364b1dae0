"""``laborwatch ingest``: sources in; documents, claims and story clusters into the store.

The loop (batches, transactions, crash safety) is :class:`laborwatch.store.runner.Ingest`;
this module wires the sources, the extractor, a progress line and the summary.
"""

from __future__ import annotations

import sys
import time
from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from laborwatch.cli.app import DbOption, app, console, user_errors
from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.sources import iter_documents
from laborwatch.store import RunCounts, Store
from laborwatch.store.runner import Ingest


def summary(counts: RunCounts, store: Store) -> str:
    """The closing line: what this run did and what the store now holds."""
    totals = store.counts()
    return (
        f"documents: {counts.documents_new} new, {counts.documents_updated} updated, "
        f"{counts.documents_unchanged} unchanged, {counts.documents_failed} failed; "
        f"claims added: {counts.claims_added}; "
        f"{counts.joined_clusters} joined an existing story. Store: "
        f"{totals['documents']} documents in {totals['clusters']} story clusters "
        f"({totals['syndicated_clusters']} with copies), {totals['claims']} current claims"
    )


@app.command()
@user_errors
def ingest(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Folders, files (.txt .html .pdf .jsonl .jsonl.gz), URLs, feeds or URL lists.",
            metavar="SOURCE...",
        ),
    ],
    db: DbOption = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private", help="Allow URLs on private, loopback or link-local addresses."
        ),
    ] = False,
) -> None:
    """Read sources, extract claims, cluster syndicated copies and store everything."""
    with Store.open(db) as store:
        run_id = store.begin_run(sources)
        items = iter_documents(sources, allow_private=allow_private, cache=store.fetch_cache())
        failed = True
        with _RateProgress() as progress:
            job = Ingest(
                store,
                extractor=Extractor(
                    on_unread=lambda doc, reason: console.print(
                        f"[yellow]not read[/yellow] {doc.source or doc.id}: {reason}",
                        markup=True,
                        highlight=False,
                    )
                ),
                run_id=run_id,
                on_progress=progress.show,
                on_failure=lambda msg: console.print(
                    f"[yellow]skipped[/yellow] {msg}", markup=True, highlight=False
                ),
            )
            try:
                job.run(items)
                failed = False
            finally:
                store.finish_run(run_id, job.counts, failed=failed)
        console.print(summary(job.counts, store))
    if job.counts.documents_failed:
        console.print(f"[red]{job.counts.documents_failed} input(s) failed[/red]", markup=True)
        sys.exit(1)


class _RateProgress(Progress):
    """A progress line on stderr: documents seen, outcome counts, documents per second."""

    def __init__(self) -> None:
        super().__init__(
            SpinnerColumn(),
            TextColumn("{task.completed} documents"),
            TextColumn("[dim]{task.fields[counts]}[/dim]"),
            TextColumn("[cyan]{task.fields[rate]}[/cyan]"),
            TimeElapsedColumn(),
            console=console,
        )
        self._t0 = time.monotonic()
        self._task: TaskID = self.add_task("ingest", total=None, counts="", rate="")

    def show(self, c: RunCounts) -> None:
        seen = c.documents_new + c.documents_updated + c.documents_unchanged
        seen += c.documents_failed
        rate = seen / max(time.monotonic() - self._t0, 1e-6)
        counts = (
            f"{c.documents_new} new, {c.documents_updated} updated, "
            f"{c.documents_unchanged} unchanged, {c.documents_failed} failed, "
            f"{c.claims_added} claims"
        )
        self.update(self._task, completed=seen, counts=counts, rate=f"{rate:.0f} docs/s")
