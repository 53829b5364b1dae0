"""The clustering thresholds, loaded once from ``laborwatch/data/dedupe.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from laborwatch.settings import load


@dataclass(frozen=True, slots=True)
class DedupeSettings:
    """Shingling, MinHash, LSH and story-feature thresholds (the YAML file says why)."""

    shingle_words: int
    num_perm: int
    seed: int
    band_rows: int
    min_containment: float
    min_jaccard: float
    min_shingles: int
    rewrite_min_containment: float
    rewrite_min_names: int
    figures_min_shared: int
    figures_min_names: int
    figures_min_share: float
    figures_min_sentences: int
    window_days: int
    key_figures: int
    max_feature_candidates: int

    def __post_init__(self) -> None:
        if self.band_rows < 1 or self.num_perm % self.band_rows:
            raise ValueError("num_perm must be a multiple of band_rows")

    @property
    def bands(self) -> int:
        return self.num_perm // self.band_rows


@functools.cache
def load_settings() -> DedupeSettings:
    """The shipped settings with the user's ``dedupe`` section laid over them."""
    path = resources.files("laborwatch.data") / "dedupe.yaml"
    return load(DedupeSettings, path, section="dedupe")
