"""The ``laborwatch`` command: one thin Typer command per stage, in the order data flows.

Each command module registers itself on :data:`app`; data goes to stdout, logs and
progress to stderr, and a :class:`~laborwatch.errors.LaborwatchError` becomes one clear
line on stderr with a non-zero exit, never a traceback. The commands hold no pipeline
logic: that lives in the stages and in :mod:`laborwatch.jobs`.
"""

from __future__ import annotations

import importlib
import sys

from laborwatch.cli.app import app, console

# Command modules in the order data flows; importing one registers its commands on `app`.
COMMANDS = (
    "ingest",
    "extract",
    "reextract",
    "query",
    "estimate",
    "report",
    "export",
    "serve",
    "token",
    "demo",
    "watch",
)
for _name in COMMANDS:
    importlib.import_module(f"laborwatch.cli.{_name}")


def main() -> None:
    """Entry point that also catches what Typer would print as a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        console.print("[red]interrupted[/red]")
        sys.exit(130)


__all__ = ["app", "main"]
