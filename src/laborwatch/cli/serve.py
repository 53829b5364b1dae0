"""``laborwatch serve``: the dashboard and JSON API over a store."""

from __future__ import annotations

from typing import Annotated

import typer

from laborwatch.cli.app import command, console
from laborwatch.cli.options import DbOption


@command
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
) -> None:
    """Serve the dashboard (map, timelines, evidence, review, exports) and /api/."""
    from laborwatch.jobs import check_port, require_store
    from laborwatch.web import serve as run

    check_port(host, port)
    require_store(db)
    console.print(f"laborwatch: serving on http://{host}:{port}/ (Ctrl-C to stop)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print("[yellow]warning:[/yellow] listening beyond this machine; use HTTPS")
    run(db, host, port)
