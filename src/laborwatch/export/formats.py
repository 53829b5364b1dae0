"""The one registry of export formats, read by ``laborwatch export`` and ``/export/...``.

A format writes either claims (ClaimRows with review applied) or estimates (a reconcile
Picture) as chunks of text. Adding a format is one entry here (and its writer); the CLI's
``--format`` choices, its help text and the web routes all come from :data:`FORMATS`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from laborwatch.errors import ConfigError
from laborwatch.export.claims import csv_chunks, json_chunks
from laborwatch.export.ftm import ftm_lines
from laborwatch.export.geojson import estimates_geojson

if TYPE_CHECKING:
    from laborwatch.model import ClaimRow
    from laborwatch.reconcile import Picture


@dataclass(frozen=True, slots=True)
class EstimateQuery:
    """Which estimates an estimates format writes."""

    measure: str = "stock"
    year: int | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format: its name, other names, what it writes and how."""

    name: str
    label: str  # shown on links: "CSV", "FtM"
    of: Literal["claims", "estimates"]
    media_type: str
    suffix: str  # file name ending of a download: claims.<suffix>
    help: str
    writer: Callable[..., Iterator[str]]
    aliases: tuple[str, ...] = ()

    def claim_chunks(self, rows: Iterable[ClaimRow]) -> Iterator[str]:
        """The claims in this format, in chunks for streaming."""
        if self.of != "claims":
            raise ConfigError(f"format {self.name!r} writes estimates, not claims")
        return self.writer(rows)

    def estimate_chunks(self, picture: Picture, query: EstimateQuery) -> Iterator[str]:
        """The estimates in this format."""
        if self.of != "estimates":
            raise ConfigError(f"format {self.name!r} writes claims, not estimates")
        return self.writer(picture, query)


def geojson_chunks(picture: Picture, query: EstimateQuery) -> Iterator[str]:
    """The latest estimate per country as one GeoJSON document."""
    data = estimates_geojson(picture, query.measure, query.year, query.country)
    yield json.dumps(data, ensure_ascii=False) + "\n"


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "csv",
        "CSV",
        "claims",
        "text/csv; charset=utf-8",
        "csv",
        "claims as CSV (one row per claim)",
        csv_chunks,
    ),
    ExportFormat(
        "json",
        "JSON",
        "claims",
        "application/json",
        "json",
        "claims as one JSON array",
        json_chunks,
    ),
    ExportFormat(
        "ftm",
        "FtM",
        "claims",
        "application/x-ndjson",
        "ftm.json",
        "claims as FollowTheMoney entities (JSON lines)",
        ftm_lines,
        aliases=("ftm.json",),
    ),
    ExportFormat(
        "geojson",
        "GeoJSON",
        "estimates",
        "application/geo+json",
        "geojson",
        "latest estimate per country as GeoJSON",
        geojson_chunks,
    ),
)


def names() -> list[str]:
    """The format names, in registry order."""
    return [f.name for f in FORMATS]


def describe() -> str:
    """'csv, json, ftm (also ftm.json), geojson' for help texts and errors."""
    return ", ".join(
        f.name + (f" (also {', '.join(f.aliases)})" if f.aliases else "") for f in FORMATS
    )


def get_format(name: str, of: str | None = None) -> ExportFormat:
    """The format called ``name`` (or one of its aliases); ConfigError lists the known ones."""
    key = name.strip().lower()
    for fmt in FORMATS:
        if key == fmt.name or key in fmt.aliases:
            if of is not None and fmt.of != of:
                break
            return fmt
    known = [f for f in FORMATS if of is None or f.of == of]
    listed = ", ".join(f.name + "".join(f"/{a}" for a in f.aliases) for f in known)
    raise ConfigError(f"unknown export format {name!r}; known formats: {listed}")


def as_dict() -> list[dict[str, Any]]:
    """The registry as data (for the API and the docs test)."""
    return [
        {"name": f.name, "aliases": list(f.aliases), "of": f.of, "media_type": f.media_type}
        for f in FORMATS
    ]
