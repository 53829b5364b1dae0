"""The Typer options several commands share: one definition, one help text."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

import typer

from laborwatch.model import KINDS, SECTORS, STATUSES

# The store every command reads or writes: one option, one environment variable.
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="LABORWATCH_DB",
        show_default="sqlite:///laborwatch.db",
        help="Database URL: sqlite:///path or postgresql://user@host/db.",
    ),
]
ClaimsFileOption = Annotated[
    Path | None,
    typer.Option("--claims", help="Read extractor output (JSONL) instead of the store."),
]
OutputOption = Annotated[
    Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
]
CountryOption = Annotated[
    str | None,
    typer.Option(
        "--country", help="Destination: a name (Russia), ISO code (RU) or M49:NNN region."
    ),
]
StatusOption = Annotated[
    str | None, typer.Option("--status", help=f"One of {', '.join(STATUSES)}.")
]
SectorOption = Annotated[str | None, typer.Option("--sector", help=f"One of {', '.join(SECTORS)}.")]
SinceOption = Annotated[
    str | None,
    typer.Option("--since", help="Claims about this date (YYYY[-MM[-DD]]) or later."),
]
KindOption = Annotated[str | None, typer.Option("--kind", help=f"One of {', '.join(KINDS)}.")]
LimitOption = Annotated[
    int | None, typer.Option("--limit", min=1, help="Print at most this many rows.")
]


def format_option(formats: Iterable[str] | str) -> Any:
    """``--format``/``-f``, its help the formats listed (or ``formats`` itself, a text)."""
    listed = formats if isinstance(formats, str) else ", ".join(formats)
    return typer.Option("--format", "-f", help=f"{listed}.")
