"""Story clusters: a new document joins the cluster of the story it repeats, or starts one.

Exact duplicates are found by content hash; near duplicates by LSH candidates (band keys
the index keeps) checked with containment, so a short excerpt of a long wire story joins
it. Rewrites of a story (other words, same facts) are found through keys on pairs of its
distinctive figures and checked on story features (:mod:`laborwatch.dedupe.features`):
shared figures, names and countries within a publication window. Documents whose figures
and countries both differ are never joined. The index (the store, or :class:`MemoryIndex`)
keeps every sketch and key, which makes later ingests incremental: nothing is recomputed
for documents already clustered (features of compared documents are recomputed from their
text, and cached).
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from dataclasses import dataclass
from typing import Protocol

from laborwatch.dedupe.features import (
    Features,
    distinctive,
    features,
    figure_keys,
    written_figures,
)
from laborwatch.dedupe.settings import DedupeSettings, load_settings
from laborwatch.dedupe.sketch import Sketch, Sketcher, containment, shingles
from laborwatch.model import Document

PREFILTER = 0.5  # estimates at half the thresholds still get an exact check
FEATURE_CACHE = 4096  # story features of recently compared documents kept in memory


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
        self._features: OrderedDict[tuple[str, int], Features] = OrderedDict()

    def assign(self, doc: Document, index: ClusterIndex) -> Assignment:
        """The cluster of ``doc`` given what ``index`` holds; the caller stores the sketch."""
        same = index.cluster_of_content(doc.content_hash, exclude=doc.id)
        if same is not None:
            return Assignment(same)
        sketch = self.sketcher.sketch(doc.text)
        if sketch.size < self.settings.min_shingles:
            return Assignment(doc.id)
        keys = self.sketcher.band_keys(sketch)
        written = written_figures(doc.text)
        fig_keys = figure_keys(written, self.settings.key_figures)
        likely = self._likely(sketch, index.candidates(keys, exclude=doc.id))
        seen = {c.document_id for c in likely}
        by_figures = (
            [c for c in index.candidates(fig_keys, exclude=doc.id) if c.document_id not in seen][
                -self.settings.max_feature_candidates :
            ]
            if fig_keys
            else []
        )
        best = (
            self._verified(doc, written, likely + by_figures, index)
            if likely or by_figures
            else None
        )
        if best is not None:  # the story is indexed by its earlier documents already
            return Assignment(best, sketch, ())
        return Assignment(doc.id, sketch, tuple(keys) + tuple(fig_keys))

    def _likely(self, sketch: Sketch, candidates: list[Candidate]) -> list[Candidate]:
        """Candidates whose *estimated* overlap is near the thresholds (a loose filter).

        MinHash estimates are noisy for small overlaps, and the noise is amplified when a
        short text meets a long one, so the estimate only prefilters; :meth:`_verified`
        decides on the real shingles.
        """
        s = self.settings
        low = min(s.min_containment, s.rewrite_min_containment) * PREFILTER
        out = []
        for cand in candidates:
            j, c = containment(sketch, cand.sketch)
            if c >= low and j >= s.min_jaccard * PREFILTER:
                out.append(cand)
        return out

    def _verified(
        self, doc: Document, written: frozenset[str], cands: list[Candidate], index: ClusterIndex
    ) -> str | None:
        """The cluster of the best candidate that passes a rule, or None.

        Verbatim copies (exact containment) rank first, then reworded copies, then
        rewrites sharing figures; within a rule, the higher overlap wins. Story features
        are computed only for pairs that overlap enough for a rule to apply.
        """
        s = self.settings
        mine = shingles(doc.text, s.shingle_words)
        feats: Features | None = None
        texts = index.texts([c.document_id for c in cands])
        best: tuple[int, float, str] | None = None
        for cand in cands:
            text = texts.get(cand.document_id)
            theirs = shingles(text, s.shingle_words) if text else set()
            if not text or not theirs:
                continue
            inter = len(mine & theirs)
            c, j = inter / min(len(mine), len(theirs)), inter / len(mine | theirs)
            if (
                c < s.rewrite_min_containment
                and len(written & written_figures(text)) < s.figures_min_shared
            ):
                continue  # no rule can apply: spare the features
            if feats is None:
                feats = self._features_of(doc.id, doc.text, doc.language, doc.published)
            meta = getattr(index, "meta", None)
            lang, published = meta(cand.document_id) if meta else (None, None)
            got = self._rule(
                c, j, feats, self._features_of(cand.document_id, text, lang, published)
            )
            if got is not None and (best is None or got > best[:2]):
                best = (*got, cand.cluster)
        return best[2] if best else None

    def _rule(
        self, c: float, j: float, mine: Features, theirs: Features
    ) -> tuple[int, float] | None:
        """(rank, strength) of the first rule the pair passes, or None (never joined)."""
        s = self.settings
        if conflict(mine, theirs):
            return None
        if c >= s.min_containment and j >= s.min_jaccard:
            return (3, c)
        if not within(mine, theirs, s.window_days):
            return None
        names = len(mine.names & theirs.names)
        reworded = c >= s.rewrite_min_containment and j >= s.min_jaccard * PREFILTER
        if reworded and names >= s.rewrite_min_names:
            return (2, c)
        figures = len(distinctive(mine.figures) & distinctive(theirs.figures))
        if figures >= s.figures_min_shared and names >= s.figures_min_names:
            return (1, float(figures + names))
        return None

    def _features_of(
        self, document_id: str, text: str, language: str | None, published: str | None
    ) -> Features:
        """Story features, from a small cache (stored documents are compared repeatedly)."""
        key = (document_id, hash(text))  # a new revision of a document is a new entry
        got = self._features.get(key)
        if got is None:
            got = features(text, language, published)
            self._features[key] = got
            if len(self._features) > FEATURE_CACHE:
                self._features.popitem(last=False)
        else:
            self._features.move_to_end(key)
        return got


def conflict(a: Features, b: Features) -> bool:
    """Both give figures and countries, and they share neither: different events."""
    return bool(
        a.figures
        and b.figures
        and a.places
        and b.places
        and not a.figures & b.figures
        and not a.places & b.places
    )


def within(a: Features, b: Features, days: int) -> bool:
    """Published within ``days`` of each other, or a date is unknown."""
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).days) <= days


class MemoryIndex:
    """An in-memory :class:`ClusterIndex`, for evaluating settings without a database."""

    def __init__(self) -> None:
        self.clusters: dict[str, str] = {}
        self._hashes: dict[str, str] = {}
        self._sketches: dict[str, Sketch] = {}
        self._texts: dict[str, str] = {}
        self._meta: dict[str, tuple[str | None, str | None]] = {}
        self._buckets: dict[int, set[str]] = defaultdict(set)

    def cluster_of_content(self, content_hash: str, exclude: str) -> str | None:
        doc = self._hashes.get(content_hash)
        return self.clusters.get(doc) if doc and doc != exclude else None

    def candidates(self, keys: list[int], exclude: str) -> list[Candidate]:
        ids = {d for k in keys for d in self._buckets.get(k, ())} - {exclude}
        return [Candidate(d, self.clusters[d], self._sketches[d]) for d in sorted(ids)]

    def texts(self, document_ids: list[str]) -> dict[str, str]:
        return {d: self._texts[d] for d in document_ids if d in self._texts}

    def meta(self, document_id: str) -> tuple[str | None, str | None]:
        """A stored document's language and publication date."""
        return self._meta.get(document_id, (None, None))

    def add(self, doc: Document, clusterer: Clusterer) -> str:
        """Cluster ``doc`` and remember it (what the store does on save)."""
        got = clusterer.assign(doc, self)
        self.clusters[doc.id] = got.cluster
        self._hashes.setdefault(doc.content_hash, doc.id)
        self._texts[doc.id] = doc.text
        self._meta[doc.id] = (doc.language, doc.published)
        if got.sketch is not None:
            self._sketches[doc.id] = got.sketch
            for k in got.keys:
                self._buckets[k].add(doc.id)
        return got.cluster
