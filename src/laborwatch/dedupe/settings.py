"""The clustering thresholds, loaded once from ``laborwatch/data/dedupe.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from laborwatch.settings import load


@dataclass(frozen=True, slots=True)
class DedupeSettings:
    """Shingling, MinHash and LSH parameters (see the YAML file for why each value)."""

    shingle_words: int
    num_perm: int
    seed: int
    band_rows: int
    min_containment: float
    min_jaccard: float
    min_shingles: int

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
