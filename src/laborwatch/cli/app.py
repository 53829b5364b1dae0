"""The Typer application and the shared stderr console."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from laborwatch.errors import LaborwatchError

console = Console(stderr=True, highlight=False, soft_wrap=True)

app = typer.Typer(
    name="laborwatch",
    help="Sourced claims about North Korea's overseas labor, from open-source reporting.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
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
