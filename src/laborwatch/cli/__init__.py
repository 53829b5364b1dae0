"""The ``laborwatch`` command: one thin Typer command per stage, in the order data flows.

Each command module registers itself on :data:`app`; data goes to stdout, logs and
progress to stderr, and a :class:`~laborwatch.errors.LaborwatchError` becomes one clear
line on stderr with a non-zero exit, never a traceback.
"""

from __future__ import annotations

import sys

from laborwatch.cli.app import app, console

# Command modules, in the order data flows; importing registers their commands.
from laborwatch.cli import extract as _extract  # noqa: F401, E402
from laborwatch.cli import demo as _demo  # noqa: F401, E402


def main() -> None:
    """Entry point that also catches what Typer would print as a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        console.print("[red]interrupted[/red]")
        sys.exit(130)


__all__ = ["app", "main"]
