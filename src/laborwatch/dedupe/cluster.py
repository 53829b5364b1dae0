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
from typing import Protocol, TypeVar

from laborwatch.dedupe.features import (
    Features,
    distinctive,
    features,
    figure_keys,
    figure_pairs,
    month_of,
    months_near,
    parse_date,
    sentences_with,
    significant,
    written_figures,
)
from laborwatch.dedupe.settings import DedupeSettings, load_settings
from laborwatch.dedupe.sketch import Sketch, Sketcher, containment, shingles
from laborwatch.model import Document

PREFILTER = 0.5  # estimates at half the thresholds still get an exact check
FEATURE_CACHE = 4096  # story features of recently compared documents kept in memory
_T = TypeVar("_T")


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
    """What clustering reads from persistence (the store implements it).

    An index may also offer ``meta(document_id) -> (language, published)``; without it a
    stored document's date is unknown, and the publication window does not apply.
    """

    def cluster_of_content(self, content_hash: str, exclude: str) -> str | None: ...

    def candidates(self, keys: list[int], exclude: str) -> list[Candidate]: ...

    def texts(self, document_ids: list[str]) -> dict[str, str]: ...


class Clusterer:
    """Assigns each document a story cluster id (the id of the cluster's first document)."""

    def __init__(self, settings: DedupeSettings | None = None) -> None:
        self.settings = settings or load_settings()
        self.sketcher = Sketcher(self.settings)
        self._features: OrderedDict[tuple[str, int], Features] = OrderedDict()
        self._written: OrderedDict[tuple[str, int], frozenset[str]] = OrderedDict()

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
        date = parse_date(doc.published)
        pairs = self._pairs(written)
        nearby = [k for m in months_near(date) for k in figure_keys(pairs, m)]
        found = index.candidates(keys + nearby, exclude=doc.id)  # one lookup for both
        likely = self._likely(sketch, found)  # (a copy its bands missed is found by figures)
        near = {c.document_id for c in likely}
        by_figures = [c for c in found if c.document_id not in near]
        cands = likely + by_figures[-self.settings.max_feature_candidates :]
        best = self._verified(doc, written, cands, near, index) if cands else None
        if best is not None:  # the story is indexed by its earlier documents already
            return Assignment(best, sketch, ())
        own = figure_keys(pairs, month_of(date))
        return Assignment(doc.id, sketch, tuple(keys) + tuple(own))

    def _pairs(self, written: frozenset[str]) -> list[int]:
        """Figure-pair hashes. A pair is enough to find a copy its LSH bands missed (the
        sketch then decides); the figure rule itself needs ``figures_min_shared``."""
        return figure_pairs(written, self.settings.key_figures)

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
        self,
        doc: Document,
        written: frozenset[str],
        cands: list[Candidate],
        likely: set[str],
        index: ClusterIndex,
    ) -> str | None:
        """The cluster of the best candidate that passes a rule, or None.

        Verbatim copies (exact containment) rank first, then reworded copies, then
        rewrites sharing figures; within a rule, the higher overlap wins. Story features
        are computed only for pairs that overlap enough for a rule to apply.
        """
        s = self.settings
        mine = shingles(doc.text, s.shingle_words) if likely else set()
        feats: Features | None = None
        texts = index.texts([c.document_id for c in cands])
        best: tuple[int, float, str] | None = None
        for cand in cands:
            text = texts.get(cand.document_id)
            if not text:
                continue
            figs = self._written_of(cand.document_id, text)
            shared = sum(1 for f in written & figs if len(f) >= 2)
            if cand.document_id in likely:
                theirs = shingles(text, s.shingle_words)
                inter = len(mine & theirs)
                c, j = inter / min(len(mine), len(theirs)), inter / len(mine | theirs)
            elif not self._figures_may_match(written, figs, (doc.text, text)):
                continue  # a figure candidate that cannot pass the figure rule
            else:
                c = j = 0.0  # its sketch said little wording in common: figures decide
            verbatim = c >= s.min_containment and j >= s.min_jaccard
            if not verbatim and c < s.rewrite_min_containment and shared < s.figures_min_shared:
                continue  # no rule can apply
            if verbatim and not (written and figs and not written & figs):
                got: tuple[int, float] | None = (3, c)  # shares figures: no conflict
            else:
                if feats is None:
                    feats = self._features_of(doc.id, doc.text, doc.language, doc.published)
                meta = getattr(index, "meta", None)
                lang, published = meta(cand.document_id) if meta else (None, None)
                other = self._features_of(cand.document_id, text, lang, published)
                got = self._rule(c, j, verbatim, (written, figs), feats, other, (doc.text, text))
            if got is not None and (best is None or got > best[:2]):
                best = (*got, cand.cluster)
        return best[2] if best else None

    def _rule(
        self,
        c: float,
        j: float,
        verbatim: bool,
        written: tuple[frozenset[str], frozenset[str]],
        mine: Features,
        theirs: Features,
        texts: tuple[str, str] = ("", ""),
    ) -> tuple[int, float] | None:
        """(rank, strength) of the first rule the pair passes, or None (never joined)."""
        s = self.settings
        if conflict(written, mine.places, theirs.places):
            return None
        if verbatim:
            return (3, c)
        if not within(mine, theirs, s.window_days):
            return None
        names = len(mine.names & theirs.names)
        reworded = c >= s.rewrite_min_containment and j >= s.min_jaccard * PREFILTER
        if reworded and names >= s.rewrite_min_names:
            return (2, c)
        a, b = distinctive(mine.figures), distinctive(theirs.figures)
        figures = len(a & b)
        enough = figures >= s.figures_min_shared and figures >= s.figures_min_share * min(
            len(a), len(b)
        )
        if enough and names >= s.figures_min_names and self._spread(a & b, texts):
            return (1, float(figures + names))
        return None

    def _figures_may_match(
        self, a: frozenset[str], b: frozenset[str], texts: tuple[str, str]
    ) -> bool:
        """The figure rule on the written figures alone: a cheap test before features."""
        s = self.settings
        a2, b2 = {f for f in a if len(f) >= 2}, {f for f in b if len(f) >= 2}
        both = a2 & b2
        if len(both) < s.figures_min_shared:
            return False
        if len(both) < s.figures_min_share * min(len(a2), len(b2)):
            return False
        return all(sentences_with(t, both) >= s.figures_min_sentences for t in texts)

    def _spread(self, shared: frozenset[str], texts: tuple[str, str]) -> bool:
        """The shared figures stand in several sentences of each text (not one passage
        that both happen to quote)."""
        sigs = {significant(bound) for f in shared for bound in f.split("-")}
        need = self.settings.figures_min_sentences
        return all(sentences_with(t, sigs) >= need for t in texts)

    def _features_of(
        self, document_id: str, text: str, language: str | None, published: str | None
    ) -> Features:
        """Story features, from a small cache (stored documents are compared repeatedly)."""
        key = (document_id, hash(text))  # a new revision of a document is a new entry
        got = self._features.get(key)
        if got is None:
            got = features(text, language, published)
            _remember(self._features, key, got)
        else:
            self._features.move_to_end(key)
        return got

    def _written_of(self, document_id: str, text: str) -> frozenset[str]:
        key = (document_id, hash(text))
        got = self._written.get(key)
        if got is None:
            got = written_figures(text)
            _remember(self._written, key, got)
        return got


def _remember(cache: OrderedDict[tuple[str, int], _T], key: tuple[str, int], value: _T) -> None:
    cache[key] = value
    if len(cache) > FEATURE_CACHE:
        cache.popitem(last=False)


def conflict(figures: tuple[frozenset[str], frozenset[str]], *places: frozenset[str]) -> bool:
    """Both give figures and countries, and they share neither: different events."""
    a, b = figures
    return bool(a and b and not a & b and all(places) and not places[0] & places[1])


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
