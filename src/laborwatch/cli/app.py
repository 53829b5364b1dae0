"""The Typer application, the shared stderr console and how a command reports errors.

Command modules import only this, :mod:`laborwatch.cli.options`, Typer and light modules
at the top; the stages (store,
extractor, reconcile, web) are imported inside the command that runs them, so
``laborwatch --help`` and light commands start fast.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from typer._click import exceptions as click  # Typer ships its own Click
from typer.core import TyperGroup

from laborwatch.errors import LaborwatchError

console = Console(stderr=True, highlight=False, soft_wrap=True)


class OneLineErrors(TyperGroup):
    """Click's usage errors (an extra argument, an unknown option, a missing value) as one
    line naming the command's ``--help``, like every other error; help stays help."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        own = (args, prog_name, complete_var, False, windows_expand_args)
        if not standalone_mode:
            return super().main(*own, **extra)
        try:
            code = super().main(*own, **extra)
        except click.NoArgsIsHelpError as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            path = exc.ctx.command_path if exc.ctx else "laborwatch"
            message = exc.format_message().rstrip(".")
            console.print(f"error: {message}; see `{path} --help`", markup=False)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except typer.Abort:
            console.print("aborted", markup=False)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    name="laborwatch",
    cls=OneLineErrors,
    help="Sourced claims about North Korea's overseas labor, from open-source reporting.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

F = TypeVar("F", bound=Callable[..., Any])


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


def command(func: F) -> F:
    """Register ``func`` on :data:`app` as a command that reports errors as :func:`user_errors`."""
    return app.command()(user_errors(func))  # type: ignore[no-any-return]


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
    from laborwatch.reconcile.places import resolve_place
    from laborwatch.store import ClaimFilter

    code = resolve_place(country) if country else None
    # the store's own checks, without a database
    ClaimFilter(country=code, status=status, sector=sector, since=since, kind=kind).where()
    return {"country": code, "status": status, "sector": sector, "since": since, "kind": kind}
