"""Story clusters: a new document joins the cluster of the copy it repeats, or starts one.

Exact duplicates are found by content hash; near duplicates by LSH candidates (band keys
the index keeps) checked with estimated containment, so a short excerpt of a long wire
story joins it. The index (the store, or :class:`MemoryIndex`) keeps every sketch, which
makes later ingests incremental: nothing is recomputed for documents already clustered.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Protocol

from laborwatch.dedupe.settings import DedupeSettings, load_settings
from laborwatch.dedupe.sketch import Sketch, Sketcher, containment, shingles
from laborwatch.model import Document

PREFILTER = 0.5  # estimates at half the thresholds still get an exact check


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored document that shares at least one LSH band with the new one."""

    document_id: str
    cluster: str
    sketch: Sketch


@dataclass(frozen=True, slots=True)
class Assignment:
    """A document's cluster, and the sketch and band keys to keep for later documents.

    Only a document that starts a story gets band keys: a copy that joined is found
    through its story's earlier documents, which keeps the index (and its writes) small.
    """

    cluster: str
    sketch: Sketch | None = None
    keys: tuple[int, ...] = ()


class ClusterIndex(Protocol):
    """What clustering reads from persistence (the store implements it)."""

    def cluster_of_content(self, content_hash: str, exclude: str) -> str | None: ...

    def candidates(self, keys: list[int], exclude: str) -> list[Candidate]: ...

    def texts(self, document_ids: list[str]) -> dict[str, str]: ...


class Clusterer:
    """Assigns each document a story cluster id (the id of the cluster's first document)."""

    def __init__(self, settings: DedupeSettings | None = None) -> None:
        self.settings = settings or load_settings()
        self.sketcher = Sketcher(self.settings)

    def assign(self, doc: Document, index: ClusterIndex) -> Assignment:
        """The cluster of ``doc`` given what ``index`` holds; the caller stores the sketch."""
        same = index.cluster_of_content(doc.content_hash, exclude=doc.id)
        if same is not None:
            return Assignment(same)
        sketch = self.sketcher.sketch(doc.text)
        if sketch.size < self.settings.min_shingles:
            return Assignment(doc.id)
        keys = self.sketcher.band_keys(sketch)
        likely = self._likely(sketch, index.candidates(keys, exclude=doc.id))
        best = self._verified(doc.text, likely, index) if likely else None
        if best is not None:  # the story is indexed by its earlier copies already
            return Assignment(best, sketch, ())
        return Assignment(doc.id, sketch, tuple(keys))

    def _likely(self, sketch: Sketch, candidates: list[Candidate]) -> list[Candidate]:
        """Candidates whose *estimated* overlap is near the thresholds (a loose filter).

        MinHash estimates are noisy for small overlaps, and the noise is amplified when a
        short text meets a long one, so the estimate only prefilters; :meth:`_verified`
        decides on the real shingles.
        """
        s = self.settings
        out = []
        for cand in candidates:
            j, c = containment(sketch, cand.sketch)
            if c >= s.min_containment * PREFILTER and j >= s.min_jaccard * PREFILTER:
                out.append(cand)
        return out

    def _verified(self, text: str, likely: list[Candidate], index: ClusterIndex) -> str | None:
        """The cluster of the candidate with the highest exact containment above threshold."""
        s = self.settings
        mine = shingles(text, s.shingle_words)
        texts = index.texts([c.document_id for c in likely])
        best: tuple[float, str] | None = None
        for cand in likely:
            theirs = shingles(texts.get(cand.document_id, ""), s.shingle_words)
            if not theirs:
                continue
            inter = len(mine & theirs)
            c = inter / min(len(mine), len(theirs))
            j = inter / len(mine | theirs)
            if c >= s.min_containment and j >= s.min_jaccard and (best is None or c > best[0]):
                best = (c, cand.cluster)
        return best[1] if best else None


class MemoryIndex:
    """An in-memory :class:`ClusterIndex`, for evaluating settings without a database."""

    def __init__(self) -> None:
        self.clusters: dict[str, str] = {}
        self._hashes: dict[str, str] = {}
        self._sketches: dict[str, Sketch] = {}
        self._texts: dict[str, str] = {}
        self._buckets: dict[int, set[str]] = defaultdict(set)

    def cluster_of_content(self, content_hash: str, exclude: str) -> str | None:
        doc = self._hashes.get(content_hash)
        return self.clusters.get(doc) if doc and doc != exclude else None

    def candidates(self, keys: list[int], exclude: str) -> list[Candidate]:
        ids = {d for k in keys for d in self._buckets.get(k, ())} - {exclude}
        return [Candidate(d, self.clusters[d], self._sketches[d]) for d in sorted(ids)]

    def texts(self, document_ids: list[str]) -> dict[str, str]:
        return {d: self._texts[d] for d in document_ids if d in self._texts}

    def add(self, doc: Document, clusterer: Clusterer) -> str:
        """Cluster ``doc`` and remember it (what the store does on save)."""
        got = clusterer.assign(doc, self)
        self.clusters[doc.id] = got.cluster
        self._hashes.setdefault(doc.content_hash, doc.id)
        self._texts[doc.id] = doc.text
        if got.sketch is not None:
            self._sketches[doc.id] = got.sketch
            for k in got.keys:
                self._buckets[k].add(doc.id)
        return got.cluster
