"""``laborwatch token create``: a write token for review (the store keeps only its hash)."""

from __future__ import annotations

from typing import Annotated

import typer

from laborwatch.cli.app import app, console, user_errors
from laborwatch.cli.options import DbOption

token_app = typer.Typer(
    help="Write tokens for the dashboard's review actions.", no_args_is_help=True
)
app.add_typer(token_app, name="token")
NameOption = Annotated[
    str, typer.Option("--name", help="Who will use it (shown in the review audit log).")
]


@token_app.command("create")
@user_errors
def create(
    db: DbOption = None,
    name: NameOption = "analyst",
) -> None:
    """Create a token and print it once on stdout (it cannot be shown again)."""
    from laborwatch.jobs import open_store
    from laborwatch.review import TokenStore

    with open_store(db) as store:
        raw = TokenStore(store).create(name)
    console.print(
        f"token for {name!r} created; keep it secret, it is shown only once", markup=False
    )
    typer.echo(raw)
