"""The clustering thresholds, loaded once from ``laborwatch/data/dedupe.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import yaml

from laborwatch.errors import DataFileError


@dataclass(frozen=True, slots=True)
class DedupeSettings:
    """Shingling, MinHash, LSH and story-feature thresholds (the YAML file says why)."""

    shingle_words: int = 4
    num_perm: int = 128
    seed: int = 1
    band_rows: int = 2
    min_containment: float = 0.2
    min_jaccard: float = 0.06
    min_shingles: int = 8
    rewrite_min_containment: float = 0.1
    rewrite_min_names: int = 3
    figures_min_shared: int = 3
    figures_min_names: int = 1
    figures_min_share: float = 0.5
    figures_min_sentences: int = 2
    window_days: int = 31
    key_figures: int = 6
    max_feature_candidates: int = 20

    @property
    def bands(self) -> int:
        return self.num_perm // self.band_rows


@functools.cache
def load_settings() -> DedupeSettings:
    """Read the shipped settings file; a malformed file is a :class:`DataFileError`."""
    path = resources.files("laborwatch.data") / "dedupe.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        settings = DedupeSettings(**raw)
    except (OSError, yaml.YAMLError, TypeError) as exc:
        raise DataFileError(f"{path}: {exc}") from exc
    if settings.num_perm % settings.band_rows:
        raise DataFileError(f"{path}: num_perm must be a multiple of band_rows")
    return settings
