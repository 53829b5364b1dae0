"""Writers for the terminal and files: JSON Lines (the spec) and readable Rich tables.

Every cell goes through :mod:`laborwatch.present`, so a figure, place or sector reads the
same here as in the brief, on the dashboard and in the exports.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console
from rich.table import Table

from laborwatch import present
from laborwatch.errors import InputError
from laborwatch.model import Claim, Extraction

if TYPE_CHECKING:
    from laborwatch.reconcile.records import Estimate

CLAIM_COLUMNS = ("document", "kind", "figure", "where", "status", "sector", "said by", "evidence")
NUMERIC = ("low", "central", "high")


@contextlib.contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    """stdout (``None`` or ``-``), or a file written atomically (no partial file on failure)."""
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise InputError(f"cannot write ({exc.strerror})", where=str(path)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def print_table(table: Table, stream: TextIO, width: int = 200) -> None:
    """Render a Rich table to ``stream`` at a fixed width (stable in files and pipes)."""
    Console(file=stream, width=width, highlight=False).print(table)


def new_table(title: str, columns: Iterable[str]) -> Table:
    table = Table(title=title)
    for name in columns:
        table.add_column(name, overflow="fold", justify="right" if name in NUMERIC else "left")
    return table


class Counted:
    """Iterate ``items`` and count them on the way (for streams whose length is news)."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items
        self.n = 0

    def __iter__(self) -> Iterator[Any]:
        for item in self.items:
            self.n += 1
            yield item


class JsonlWriter:
    """One spec line per document, keys in a fixed order, so output is byte-stable."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, result: Extraction) -> None:
        self.stream.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()


def claim_cells(document_id: str, claim: Claim) -> list[str]:
    """One claim as the cells of :data:`CLAIM_COLUMNS`."""
    return [
        document_id,
        present.kind(claim.kind),
        present.figure_of(claim),
        present.places(claim.destinations, none="-"),
        present.status(claim.status or "unknown") if claim.kind == "workers" else "-",
        present.sector(claim.sector, none="-"),
        claim.attribution or "-",
        present.clip(claim.evidence.sentence, 90),
    ]


class ClaimTable:
    """A Rich table of claims, printed at close (for people, not machines)."""

    def __init__(self, stream: TextIO, *, ids: bool = False) -> None:
        self.stream = stream
        self.ids = ids
        self.table = new_table("Claims", (("id",) if ids else ()) + CLAIM_COLUMNS)
        self.count = 0

    def add(self, document_id: str, claim: Claim, claim_id: int | None = None) -> None:
        self.count += 1
        cells = claim_cells(document_id, claim)
        self.table.add_row(*([str(claim_id)] if self.ids else []), *cells)

    def write(self, result: Extraction) -> None:
        for claim in result.claims:
            self.add(result.document.id, claim)

    def close(self) -> None:
        print_table(self.table, self.stream)


@dataclass
class _Place:
    claims: int = 0
    documents: set[str] = field(default_factory=set)
    figures: list[str] = field(default_factory=list)


class DestinationSummary:
    """Per destination: how many worker claims and documents, and the figures stated."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.rows: dict[str, _Place] = {}

    def write(self, result: Extraction) -> None:
        for claim in result.claims:
            if claim.kind != "workers":
                continue
            period = claim.period.start if claim.period and claim.period.start else None
            year = (period or result.document.published or "")[:4] or "undated"
            for code in claim.destinations or ["(unplaced)"]:
                row = self.rows.setdefault(code, _Place())
                row.claims += 1
                row.documents.add(result.document.id)
                row.figures.append(
                    f"{present.figure_of(claim)} {present.status(claim.status)} ({year})"
                )

    def close(self) -> None:
        table = new_table(
            "Workers by destination", ("destination", "claims", "documents", "figures")
        )
        for code, row in sorted(self.rows.items(), key=lambda kv: (-kv[1].claims, kv[0])):
            label = code if code.startswith("(") else f"{present.place(code)} [{code}]"
            table.add_row(label, str(row.claims), str(len(row.documents)), "; ".join(row.figures))
        print_table(table, self.stream, width=160)


def estimate_table(estimates: Iterable[Estimate], likelihood: dict[int, str]) -> Table:
    """Estimates with their place, measure, sector, low / central / high and basis.

    ``likelihood`` maps a credibility grade to its likelihood term.
    """
    table = new_table(
        "Estimates (central = conservative figure)",
        (
            "place",
            "year",
            "measure",
            "sector",
            *NUMERIC,
            "likelihood",
            "confidence",
            "facts",
            "basis",
        ),
    )
    for e in estimates:
        table.add_row(
            present.place(e.destination),
            str(e.year),
            present.measure(e.measure),
            present.sector(e.sector, none="all"),
            present.number(round(e.low)),
            present.number(round(e.central)),
            present.number(round(e.high)),
            likelihood.get(e.credibility, "?"),
            e.confidence,
            str(len(e.facts)),
            e.method,
        )
    return table
