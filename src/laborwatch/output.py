"""Writers for extractor results: JSON Lines (the spec) and a readable table."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from laborwatch.model import Claim, Extraction


@contextlib.contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    """stdout, or a file written atomically (a failed run leaves no partial file)."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class JsonlWriter:
    """One spec line per document, keys in a fixed order, so output is byte-stable."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, result: Extraction) -> None:
        self.stream.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.stream.flush()


def describe_value(claim: Claim) -> str:
    """A short human rendering of a claim's figure: '24,200', 'up to 28,000', '$600-700/month'."""
    v = claim.value
    if claim.kind == "state_share":
        return _span(v.low, v.high, "%", prefix="")
    prefix = "$" if claim.kind != "workers" and (v.currency or "USD") == "USD" else ""
    text = _span(v.low, v.high, "", prefix=prefix)
    if claim.kind != "workers" and v.per:
        text += f"/{v.per}"
    if v.qualifier == "approx":
        text = "~" + text
    return text


def _span(low: float | None, high: float | None, unit: str, prefix: str) -> str:
    def f(x: float) -> str:
        return f"{prefix}{x:,.0f}{unit}" if float(x).is_integer() else f"{prefix}{x:,}{unit}"

    if low is not None and high is not None:
        return f(low) if low == high else f"{f(low)}-{f(high)}"
    if low is not None:
        return f">= {f(low)}"
    if high is not None:
        return f"<= {f(high)}"
    return "?"


class ClaimTable:
    """A Rich table of every claim, flushed at close (for people, not machines)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.table = Table(title="Claims", show_lines=False, expand=False)
        for name in (
            "document",
            "kind",
            "figure",
            "where",
            "status",
            "sector",
            "said by",
            "evidence",
        ):
            self.table.add_column(name, overflow="fold")

    def write(self, result: Extraction) -> None:
        for claim in result.claims:
            self.table.add_row(
                result.document.id,
                claim.kind,
                describe_value(claim),
                ", ".join(claim.destinations) or "-",
                claim.status or "-" if claim.kind == "workers" else "-",
                claim.sector or "-",
                claim.attribution or "-",
                _shorten(claim.evidence.sentence, 90),
            )

    def close(self) -> None:
        Console(file=self.stream, width=200, highlight=False).print(self.table)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class DestinationSummary:
    """Per destination: how many worker claims and documents, and the figures stated."""

    def __init__(self, stream: TextIO, name_of: Callable[[str], str] = str) -> None:
        self.stream = stream
        self.name_of = name_of
        self.rows: dict[str, dict[str, Any]] = {}

    def write(self, result: Extraction) -> None:
        for claim in result.claims:
            if claim.kind != "workers":
                continue
            for code in claim.destinations or ["(unplaced)"]:
                row = self.rows.setdefault(code, {"claims": 0, "docs": set(), "figures": []})
                row["claims"] += 1
                row["docs"].add(result.document.id)
                year = (
                    claim.period.start[:4]
                    if claim.period and claim.period.start
                    else ((result.document.published or "")[:4] or "?")
                )
                row["figures"].append(f"{describe_value(claim)} {claim.status} ({year})")

    def close(self) -> None:
        table = Table(title="Workers by destination")
        for name in ("destination", "claims", "documents", "figures (status, year)"):
            table.add_column(name, overflow="fold")
        for code, row in sorted(self.rows.items(), key=lambda kv: (-kv[1]["claims"], kv[0])):
            label = code if code.startswith("(") else f"{self.name_of(code)} [{code}]"
            table.add_row(
                label, str(row["claims"]), str(len(row["docs"])), "; ".join(row["figures"])
            )
        Console(file=self.stream, width=160, highlight=False).print(table)
