"""``laborwatch claims`` and ``laborwatch documents``: answers from the store."""

from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.table import Table

from laborwatch.cli.app import DbOption, app, console, user_errors
from laborwatch.output import describe_value
from laborwatch.store import Store, StoredClaim, StoredDocument


class Format(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, csv or jsonl.")]
LimitOption = Annotated[
    int | None, typer.Option("--limit", min=1, help="Print at most this many rows.")
]

CLAIM_CSV = (
    "id",
    "document",
    "kind",
    "low",
    "high",
    "qualifier",
    "currency",
    "per",
    "text",
    "destinations",
    "status",
    "sector",
    "period_start",
    "period_end",
    "attribution",
    "sentence",
    "start",
    "end",
)
DOC_FIELDS = (
    "id",
    "url",
    "title",
    "published",
    "publisher",
    "language",
    "relevant",
    "relevance",
    "cluster",
    "revision",
)


@app.command()
@user_errors
def claims(
    db: DbOption = None,
    country: Annotated[
        str | None, typer.Option(help="Destination: ISO code (RU, CN) or M49:NNN region.")
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(help="planned, recruiting, dispatched, present, repatriated, unknown."),
    ] = None,
    sector: Annotated[str | None, typer.Option(help="construction, logging, it, ...")] = None,
    since: Annotated[
        str | None,
        typer.Option(
            help="Claims about this year (YYYY[-MM[-DD]]) or later: period, else publication."
        ),
    ] = None,
    kind: Annotated[str | None, typer.Option(help="workers, revenue, wage or state_share.")] = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
) -> None:
    """List stored claims (current revisions), filtered."""
    with Store.open(db) as store:
        rows = store.claims(country=country, status=status, sector=sector, since=since, kind=kind)
        rows = itertools.islice(rows, limit)
        n = _write_claims(rows, fmt, sys.stdout)
    console.print(f"{n} claims")


@app.command()
@user_errors
def documents(
    db: DbOption = None,
    search: Annotated[
        str | None, typer.Option(help='Full-text search over titles and texts (words, "a phrase").')
    ] = None,
    fmt: FormatOption = Format.table,
    limit: LimitOption = None,
) -> None:
    """List stored documents, or full-text search them (best matches first)."""
    with Store.open(db) as store:
        docs = store.documents(search=search, limit=limit)
        n = _write_documents(docs, fmt, sys.stdout)
    console.print(f"{n} documents")


def _write_claims(rows: Iterable[StoredClaim], fmt: Format, out: TextIO) -> int:
    n = 0
    if fmt is Format.jsonl:
        for row in rows:
            n += 1
            out.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CLAIM_CSV)
        for row in rows:
            n += 1
            writer.writerow(_claim_csv(row))
    else:
        table = Table(title="Claims")
        for name in (
            "id",
            "document",
            "kind",
            "figure",
            "where",
            "status",
            "sector",
            "said by",
            "evidence",
        ):
            table.add_column(name, overflow="fold")
        for row in rows:
            n += 1
            c = row.claim
            table.add_row(
                str(row.id),
                row.document_id,
                c.kind,
                describe_value(c),
                ", ".join(c.destinations) or "-",
                c.status or "-",
                c.sector or "-",
                c.attribution or "-",
                _short(c.evidence.sentence, 90),
            )
        _print_table(table, out)
    return n


def _claim_csv(row: StoredClaim) -> list[Any]:
    c, v = row.claim, row.claim.value
    p = c.period
    return [
        row.id,
        row.document_id,
        c.kind,
        _num(v.low),
        _num(v.high),
        v.qualifier,
        v.currency,
        v.per,
        v.text,
        ";".join(c.destinations),
        c.status,
        c.sector,
        p.start if p else None,
        p.end if p else None,
        c.attribution,
        c.evidence.sentence,
        c.evidence.start,
        c.evidence.end,
    ]


def _write_documents(rows: Iterable[StoredDocument], fmt: Format, out: TextIO) -> int:
    n = 0
    if fmt is Format.jsonl:
        for doc in rows:
            n += 1
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(DOC_FIELDS)
        for doc in rows:
            n += 1
            writer.writerow([getattr(doc, k) for k in DOC_FIELDS])
    else:
        table = Table(title="Documents")
        for name in ("id", "published", "publisher", "title", "relevant", "cluster", "rev"):
            table.add_column(name, overflow="fold")
        for doc in rows:
            n += 1
            table.add_row(
                doc.id,
                doc.published or "-",
                doc.publisher or "-",
                _short(doc.title or "", 60) or "-",
                "yes" if doc.relevant else "no",
                doc.cluster,
                str(doc.revision),
            )
        _print_table(table, out)
    return n


def _print_table(table: Table, out: TextIO) -> None:
    Console(file=out, width=200, highlight=False).print(table)


def _num(x: float | None) -> int | float | None:
    return None if x is None else int(x) if float(x).is_integer() else x


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
