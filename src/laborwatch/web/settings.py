"""The web app's limits (``web/settings.yaml``), loaded once."""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from importlib import resources

import yaml

from laborwatch.errors import DataFileError


@dataclass(frozen=True, slots=True)
class WebSettings:
    page_size: int = 50
    max_page_size: int = 200
    max_offset: int = 10000
    max_search_chars: int = 200
    max_search_scan: int = 2000
    max_export_rows: int = 1_000_000
    newest_claims: int = 12
    country_facts: int = 200
    cache_check_seconds: float = 2.0


@functools.cache
def load_settings() -> WebSettings:
    """The shipped settings; an unknown key is an error, not a silent typo."""
    path = resources.files("laborwatch.web") / "settings.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    known = {f.name for f in fields(WebSettings)}
    unknown = set(data) - known
    if unknown:
        raise DataFileError(f"{path}: unknown settings {', '.join(sorted(unknown))}")
    return WebSettings(**data)
