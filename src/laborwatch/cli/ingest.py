"""``laborwatch ingest``: sources in; documents, claims and story clusters into the store.

The loop (batches, transactions, crash safety) is :class:`laborwatch.store.runner.Ingest`;
this module wires the sources, the extractor, a progress line and the summary.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.markup import escape

from laborwatch.cli.app import command, console
from laborwatch.cli.options import DbOption

if TYPE_CHECKING:
    from laborwatch.store import RunCounts, Store

SourcesArgument = Annotated[
    list[str],
    typer.Argument(
        help="Folders, files (.txt .html .pdf .jsonl .jsonl.gz), web archives (.warc.gz "
        ".warc.wet.gz, shard lists *.paths.gz), URLs, feeds or URL lists.",
        metavar="SOURCE...",
    ),
]
AllowPrivateOption = Annotated[
    bool,
    typer.Option(
        "--allow-private", help="Allow URLs on private, loopback or link-local addresses."
    ),
]

EngineOption = Annotated[
    str,
    typer.Option("--engine", help="Where per-document work runs: local (default) or dask."),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option("--scheduler", help="Dask: an existing cluster's scheduler, tcp://HOST:PORT."),
]
WorkersOption = Annotated[
    int | None,
    typer.Option("--workers", help="Dask: worker processes of a local cluster (default 1)."),
]


def summary(counts: RunCounts, store: Store) -> str:
    """The closing line: what this run did and what the store now holds."""
    from laborwatch.present import plural

    totals = store.counts()
    return (
        f"documents: {counts.documents_new} new, {counts.documents_updated} updated, "
        f"{counts.documents_unchanged} unchanged, {counts.documents_failed} failed; "
        f"claims added: {counts.claims_added}; "
        f"{plural(counts.joined_clusters, 'document')} joined an existing story. Store: "
        f"{plural(totals['documents'], 'document')} in "
        f"{plural(totals['clusters'], 'story cluster')} "
        f"({totals['syndicated_clusters']} with copies), "
        f"{plural(totals['claims'], 'current claim')}"
    )


@command
def ingest(
    sources: SourcesArgument,
    db: DbOption = None,
    allow_private: AllowPrivateOption = False,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
    workers: WorkersOption = None,
) -> None:
    """Read sources, extract claims, cluster syndicated copies and store everything."""
    from laborwatch.jobs.engines import EngineOptions, make_engine
    from laborwatch.store import Store

    options = EngineOptions(engine, scheduler=scheduler, workers=workers)
    with Store.open(db) as store:
        run_id = store.begin_run(sources)
        failed = True
        with progress_line() as show:
            job = make_engine(
                store,
                options,
                run_id=run_id,
                allow_private=allow_private,
                on_unread=lambda doc, reason: console.print(
                    f"[yellow]not read[/yellow] {escape(doc.source or doc.id)}: {escape(reason)}"
                ),
                on_progress=show,
                on_failure=lambda msg: console.print(f"[yellow]skipped[/yellow] {escape(msg)}"),
            )
            try:
                job.run(sources)
                failed = False
            finally:
                store.finish_run(run_id, job.counts, failed=failed)
        console.print(summary(job.counts, store), markup=False)
        if job.stats.pages:
            st = job.stats
            console.print(
                f"web archives: {st.pages} pages, {st.kept} kept by the pre-filter "
                f"({st.dropped_terms} without DPRK terms, {st.dropped_language} other languages)",
                markup=False,
            )
    if job.counts.documents_failed:
        console.print(f"[red]{job.counts.documents_failed} input(s) failed[/red]")
        sys.exit(1)


@contextlib.contextmanager
def progress_line() -> Iterator[Callable[[RunCounts], None]]:
    """A live progress line on a terminal's stderr; nothing at all when stderr is redirected
    (a file or a pipe would keep every spinner frame)."""
    if not console.is_terminal:
        yield lambda counts: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    t0 = time.monotonic()
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} documents"),
        TextColumn("[dim]{task.fields[counts]}[/dim]"),
        TextColumn("[cyan]{task.fields[rate]}[/cyan]"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("ingest", total=None, counts="", rate="")

        def show(c: Any) -> None:
            seen = c.documents_new + c.documents_updated + c.documents_unchanged
            seen += c.documents_failed
            rate = seen / max(time.monotonic() - t0, 1e-6)
            counts = (
                f"{c.documents_new} new, {c.documents_updated} updated, "
                f"{c.documents_unchanged} unchanged, {c.documents_failed} failed, "
                f"{c.claims_added} claims"
            )
            progress.update(task, completed=seen, counts=counts, rate=f"{rate:.0f} docs/s")

        yield show
