"""The shipped defaults of ingest (``settings.yaml``), loaded once."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml

from laborwatch.errors import DataFileError


@functools.cache
def ingest_settings() -> dict[str, Any]:
    """The parsed ``settings.yaml`` of this package."""
    try:
        text = resources.files(__package__).joinpath("settings.yaml").read_text("utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"ingest settings.yaml cannot be read: {exc}") from exc
    if not isinstance(data, dict) or not {"fetch", "pdf", "walk"} <= data.keys():
        raise DataFileError("ingest settings.yaml lacks its fetch/pdf/walk sections")
    return data
