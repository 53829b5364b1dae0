"""``laborwatch serve``: the dashboard and JSON API over a store."""

from __future__ import annotations

from typing import Annotated

import typer

from laborwatch.cli.app import DbOption, app, console, user_errors
from laborwatch.errors import ConfigError


@app.command()
@user_errors
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 8000,
) -> None:
    """Serve the dashboard (map, timelines, evidence, review, exports) and /api/."""
    if not 0 < port < 65536:
        raise ConfigError(f"--port must be 1-65535, not {port}")
    from laborwatch.web import serve as run

    console.print(f"laborwatch: serving on http://{host}:{port}/ (Ctrl-C to stop)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print("[yellow]warning:[/yellow] listening beyond this machine; use HTTPS")
    run(db, host, port)
