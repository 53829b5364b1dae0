"""Syndication clustering: the same wire story on many sites becomes one story cluster."""

from laborwatch.dedupe.cluster import Assignment, Candidate, Clusterer, ClusterIndex, MemoryIndex
from laborwatch.dedupe.quality import PairScores, pairwise_scores
from laborwatch.dedupe.settings import DedupeSettings, load_settings
from laborwatch.dedupe.sketch import (
    Sketch,
    Sketcher,
    containment,
    jaccard,
    shingles,
)

__all__ = [
    "Assignment",
    "Candidate",
    "ClusterIndex",
    "Clusterer",
    "DedupeSettings",
    "MemoryIndex",
    "PairScores",
    "Sketch",
    "Sketcher",
    "containment",
    "jaccard",
    "load_settings",
    "pairwise_scores",
    "shingles",
]
