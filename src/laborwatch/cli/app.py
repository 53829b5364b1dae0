"""The Typer application, the shared stderr console and the options every command shares.

Command modules import only this, Typer and light modules at the top; the stages (store,
extractor, reconcile, web) are imported inside the command that runs them, so
``laborwatch --help`` and light commands start fast.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from laborwatch.errors import LaborwatchError
from laborwatch.model import KINDS, SECTORS, STATUSES

console = Console(stderr=True, highlight=False, soft_wrap=True)

app = typer.Typer(
    name="laborwatch",
    help="Sourced claims about North Korea's overseas labor, from open-source reporting.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

F = TypeVar("F", bound=Callable[..., Any])

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


def user_errors(func: F) -> F:
    """Turn a LaborwatchError into one red line on stderr and its exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except LaborwatchError as exc:
            console.print(f"[red]error:[/red] {escape(str(exc))}")
            sys.exit(exc.exit_code)

    return wrapper  # type: ignore[return-value]


def choice(value: str, allowed: tuple[str, ...], option: str) -> str:
    """``value`` if it is one of ``allowed`` (ConfigError listing them otherwise)."""
    from laborwatch.errors import ConfigError

    if value not in allowed:
        raise ConfigError(f"{option} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def claim_filters(
    country: str | None,
    status: str | None,
    sector: str | None,
    since: str | None,
    kind: str | None,
) -> dict[str, str | None]:
    """The claim filter options, checked before any store is opened (a ConfigError names
    the bad option); ``--country`` accepts names through the gazetteer."""
    from laborwatch.jobs import resolve_place
    from laborwatch.store import ClaimFilter

    code = resolve_place(country) if country else None
    # the store's own checks, without a database
    ClaimFilter(country=code, status=status, sector=sector, since=since, kind=kind).where()
    return {"country": code, "status": status, "sector": sector, "since": since, "kind": kind}
