"""``laborwatch watch`` (follow sources) and ``laborwatch digest`` (what changed)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from laborwatch.cli.app import command, console
from laborwatch.cli.options import DbOption
from laborwatch.errors import ConfigError

if TYPE_CHECKING:
    from laborwatch.watch.poller import Poll, RunResult


class DigestFormat(StrEnum):
    markdown = "markdown"
    html = "html"
    json = "json"


class Period(StrEnum):
    day = "day"
    week = "week"


@command
def watch(
    sources: Annotated[
        Path, typer.Argument(help="YAML file: sources: [{url: ..., every: 1h}], alerts, deliver.")
    ],
    db: DbOption = None,
    once: Annotated[
        bool, typer.Option("--once", help="Poll what is due once and exit (cron, systemd timer).")
    ] = False,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private", help="Allow URLs on private, loopback or link-local addresses."
        ),
    ] = False,
) -> None:
    """Follow sources: poll them on schedule, store what is new, digest it and alert."""
    from laborwatch.store import Store
    from laborwatch.watch.config import load_config
    from laborwatch.watch.poller import Watcher

    config = load_config(sources)
    with Store.open(db) as store:
        watcher = Watcher(store, config, allow_private=allow_private, on_poll=_show_poll)
        if once:
            _show_run(watcher.run_once())
            return
        from laborwatch.watch.scheduler import run_forever, tick_seconds

        console.print(
            f"watching {len(config.sources)} source(s), checking every "
            f"{tick_seconds(watcher)}s; SIGTERM or Ctrl-C stops"
        )
        run_forever(watcher, on_run=_show_run)


@command
def digest(
    db: DbOption = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="What changed since this date (YYYY-MM-DD[THH:MM], UTC)."),
    ] = None,
    period: Annotated[
        Period | None, typer.Option("--period", help="What changed in the last day or week.")
    ] = None,
    fmt: Annotated[
        DigestFormat, typer.Option("--format", "-f", help="markdown, html or json.")
    ] = DigestFormat.markdown,
) -> None:
    """What changed: by default in the last watch run; or since a date, or in a day or week."""
    if since and period:
        raise ConfigError("give --since or --period, not both")
    from laborwatch.store import Store
    from laborwatch.store.watch import WatchStore
    from laborwatch.watch.poller import period_digest, utcnow
    from laborwatch.watch.render import render

    with Store.open(db) as store:
        ws = WatchStore(store)
        if since or period:
            now = utcnow()
            start = _date(since) if since else now - timedelta(days=7 if period == "week" else 1)
            name = period.value if period else "since"
            found = ws.digest(period_digest(store, name, start, now))
        else:
            last = ws.digests(period="run", limit=1)
            if not last:
                raise ConfigError("no watch run yet: run `laborwatch watch` or give --since")
            found = ws.digest(last[0]["id"])
        assert found is not None
        sys.stdout.write(render(found["body"], fmt.value))


def _date(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ConfigError(f"--since: {text!r} is not a date like 2026-12-01") from exc
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _show_poll(p: Poll) -> None:
    c = p.counts
    colour = {"failed": "red", "partial": "yellow"}.get(p.status, "green")
    console.print(
        f"[{colour}]{p.status}[/{colour}] {p.url}: {c['documents_new']} new, "
        f"{c['documents_updated']} updated, {c['documents_unchanged']} unchanged, "
        f"{c['documents_failed']} failed, {c['claims_added']} claims",
        markup=True,
        highlight=False,
    )


def _show_run(result: RunResult | None) -> None:
    if result is None:
        console.print("no source is due")
        return
    d = result.digest
    console.print(
        f"run {result.run_id}: {len(d['documents'])} new documents, {len(d['claims'])} new claims, "
        f"{len(d['moved_estimates'])} estimates moved, {len(d['new_flags'])} new flags, "
        f"{result.alerts_fired} alerts; digest {result.digest_id}"
    )
    for failure in result.delivery_failures:
        console.print(f"[yellow]alert not delivered[/yellow] {failure}", markup=True)
