"""The web app's limits (``web/settings.yaml``), loaded once."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from laborwatch.settings import load


@dataclass(frozen=True, slots=True)
class WebSettings:
    """Limits and defaults of ``laborwatch serve`` (values and reasons: the YAML file)."""

    page_size: int
    max_page_size: int
    max_offset: int
    max_search_chars: int
    max_search_scan: int
    max_export_rows: int
    newest_claims: int
    country_facts: int
    cache_check_seconds: float
    max_body_bytes: int


@functools.cache
def load_settings() -> WebSettings:
    """The shipped settings with the user's ``web`` section laid over them."""
    return load(WebSettings, resources.files("laborwatch.web") / "settings.yaml", section="web")
