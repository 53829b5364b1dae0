"""``laborwatch claims`` and ``laborwatch documents``: answers from the store."""

from __future__ import annotations

import csv
import itertools
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from laborwatch.cli.app import choice, claim_filters, command, console
from laborwatch.cli.options import (
    CountryOption,
    DbOption,
    KindOption,
    LimitOption,
    SectorOption,
    SinceOption,
    StatusOption,
    format_option,
)

if TYPE_CHECKING:
    from laborwatch.store import StoredDocument

FORMATS = ("table", "csv", "jsonl")
FormatOption = Annotated[str, format_option(FORMATS)]


@command
def claims(
    db: DbOption = None,
    country: CountryOption = None,
    status: StatusOption = None,
    sector: SectorOption = None,
    since: SinceOption = None,
    kind: KindOption = None,
    fmt: FormatOption = "table",
    limit: LimitOption = None,
) -> None:
    """List stored claims (current revisions), filtered."""
    from laborwatch.jobs import open_store
    from laborwatch.present import plural

    choice(fmt, FORMATS, "--format")
    filters = claim_filters(country, status, sector, since, kind)
    with open_store(db) as store:
        # CSV is the export's (ClaimRows): one set of columns wherever claims are CSV
        rows = store.claim_rows(**filters) if fmt == "csv" else store.claims(**filters)
        n = _write_claims(itertools.islice(rows, limit), fmt, sys.stdout)
    console.print(plural(n, "claim"), markup=False)


@command
def documents(
    db: DbOption = None,
    search: Annotated[
        str | None, typer.Option(help='Full-text search over titles and texts (words, "a phrase").')
    ] = None,
    fmt: FormatOption = "table",
    limit: LimitOption = None,
) -> None:
    """List stored documents, or full-text search them (best matches first)."""
    from laborwatch.jobs import open_store
    from laborwatch.present import plural

    choice(fmt, FORMATS, "--format")
    with open_store(db) as store:
        n = _write_documents(store.documents(search=search, limit=limit), fmt, sys.stdout)
    console.print(plural(n, "document"), markup=False)


def _write_claims(rows: Iterable[Any], fmt: str, out: TextIO) -> int:
    """StoredClaims as a table or spec JSON lines, ClaimRows as the export's CSV."""
    from laborwatch.export.claims import csv_chunks
    from laborwatch.output import ClaimTable, Counted

    n = 0
    if fmt == "csv":
        counted = Counted(rows)
        for chunk in csv_chunks(counted):
            out.write(chunk)
        return counted.n
    if fmt == "jsonl":
        for row in rows:
            n += 1
            out.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
    else:
        table = ClaimTable(out, ids=True)
        for row in rows:
            table.add(row.document_id, row.claim, row.id)
        table.close()
        n = table.count
    return n


def _write_documents(rows: Iterable[StoredDocument], fmt: str, out: TextIO) -> int:
    from laborwatch import present
    from laborwatch.output import new_table, print_table

    n = 0
    if fmt == "jsonl":
        for doc in rows:
            n += 1
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":  # the columns of the JSON lines
        writer = None
        for doc in rows:
            n += 1
            record = doc.to_dict()
            if writer is None:
                writer = csv.DictWriter(out, list(record), lineterminator="\n")
                writer.writeheader()
            writer.writerow(record)
    else:
        table = new_table(
            "Documents", ("id", "published", "publisher", "title", "relevant", "cluster", "rev")
        )
        for doc in rows:
            n += 1
            table.add_row(
                doc.id,
                doc.published or "-",
                doc.publisher or "-",
                present.clip(doc.title, 60) or "-",
                "yes" if doc.relevant else "no",
                doc.cluster,
                str(doc.revision),
            )
        print_table(table, out)
    return n
