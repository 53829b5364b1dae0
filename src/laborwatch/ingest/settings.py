"""The shipped defaults of ingest (``settings.yaml``), loaded once."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from laborwatch.settings import load


@dataclass(frozen=True, slots=True)
class FetchDefaults:
    """Defaults of :class:`~laborwatch.ingest.fetch.FetchOptions`."""

    connect_timeout: float
    read_timeout: float
    max_bytes: int
    max_ratio: float
    ratio_floor: int
    max_redirects: int
    retries: int
    backoff: float
    max_backoff: float
    min_interval: float
    user_agent: str


@dataclass(frozen=True, slots=True)
class PdfDefaults:
    """Defaults of :class:`~laborwatch.ingest.pdf.PdfOptions`."""

    max_pages: int
    max_bytes: int


@dataclass(frozen=True, slots=True)
class WalkSettings:
    """Which files a folder walk reads."""

    suffixes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class IngestSettings:
    """Everything ``ingest/settings.yaml`` holds."""

    fetch: FetchDefaults
    pdf: PdfDefaults
    walk: WalkSettings
    tracking_params: frozenset[str]


@functools.cache
def ingest_settings() -> IngestSettings:
    """The shipped settings with the user's ``ingest`` section laid over them."""
    path = resources.files(__package__) / "settings.yaml"
    return load(IngestSettings, path, section="ingest")
