"""``laborwatch extract``: documents in, one JSON line of claims per document out."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.markup import escape

from laborwatch.cli.app import choice, command, console
from laborwatch.cli.options import OutputOption, format_option

FORMATS = ("jsonl", "table")


InputsArgument = Annotated[
    list[str],
    typer.Argument(
        help="JSONL corpora (.jsonl, .jsonl.gz), .txt or .html files, or - for stdin.",
        metavar="INPUT...",
    ),
]


@command
def extract(
    inputs: InputsArgument,
    output: OutputOption = None,
    fmt: Annotated[str, format_option(FORMATS)] = "jsonl",
    relevant_only: Annotated[
        bool, typer.Option("--relevant-only", help="Omit documents judged not relevant.")
    ] = False,
) -> None:
    """Extract sourced claims about DPRK overseas workers from news text."""
    from laborwatch.errors import InputError
    from laborwatch.extract.pipeline import Extractor
    from laborwatch.ingest.files import read_inputs
    from laborwatch.output import ClaimTable, JsonlWriter, open_output

    form = choice(fmt, FORMATS, "--format")
    extractor = Extractor(
        on_unread=lambda doc, reason: console.print(
            f"[yellow]not read[/yellow] {escape(doc.source or doc.id)}: {escape(reason)}"
        )
    )
    failures = 0
    with open_output(output) as stream:
        sink = JsonlWriter(stream) if form == "jsonl" else ClaimTable(stream)
        for item in read_inputs(inputs):
            if isinstance(item, InputError):
                failures += 1
                console.print(f"[yellow]skipped[/yellow] {escape(str(item))}")
                continue
            try:
                result = extractor.extract(item)
            except InputError as exc:
                failures += 1
                console.print(f"[yellow]skipped[/yellow] {escape(str(exc))}")
                continue
            if relevant_only and not result.relevant:
                continue
            sink.write(result)
        sink.close()
    if failures:
        console.print(f"[red]{failures} input(s) could not be read[/red]")
        sys.exit(1)
