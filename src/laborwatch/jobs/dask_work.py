"""The per-document function the Dask engine maps over partitions, and its writer side.

A worker reads its partition (files, or one WARC/WET shard) through the ingest sources,
extracts each document with the one :class:`Extractor` and computes its MinHash sketch.
The single writer then stores the results in source order through :class:`Ingest`, with
an extractor and a clusterer that hand back what the worker computed — so clustering
runs against everything stored before, across partitions, exactly as the local engine.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from laborwatch.dedupe import Clusterer, DedupeSettings, Sketch, Sketcher
from laborwatch.errors import InputError, LaborwatchError
from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.sources import archive_documents, iter_documents
from laborwatch.ingest.warc import ArchiveStats, is_archive
from laborwatch.model import Document, Extraction


@dataclass(slots=True)
class Processed:
    """One document's worker-side result: its extraction and sketch, or the error."""

    document: Document
    extraction: Extraction | None = None
    sketch: Sketch | None = None
    error: str | None = None


@dataclass(slots=True)
class Partition:
    """A partition's results in source order; failed inputs as their messages."""

    items: list[Processed | str] = field(default_factory=list)
    stats: ArchiveStats = field(default_factory=ArchiveStats)


@functools.cache
def _tools(settings: DedupeSettings) -> tuple[Extractor, Sketcher]:
    """Built once per worker process (vocabularies, MinHash permutations)."""
    return Extractor(), Sketcher(settings)


def process(doc: Document, settings: DedupeSettings) -> Processed:
    """decode (done by the reader) -> relevance -> extract -> dedupe signature."""
    extractor, sketcher = _tools(settings)
    try:
        extraction = extractor.extract(doc)
    except Exception as exc:  # reported by the writer, as the local engine does
        return Processed(doc, error=repr(exc))
    return Processed(doc, extraction, sketcher.sketch(doc.text))


def process_partition(sources: list[str], settings: DedupeSettings) -> Partition:
    """Every document of ``sources`` (local files or archives) through :func:`process`."""
    out = Partition()
    for source in sources:
        path = Path(source)
        if is_archive(path):
            items = archive_documents(path, stats=out.stats)
        else:
            items = iter_documents([source])
        for item in items:
            if isinstance(item, Document):
                out.items.append(process(item, settings))
            elif isinstance(item, InputError):
                out.items.append(str(item))
    return out


class ExtractionFailed(LaborwatchError):
    """An extraction that raised on a worker (its repr is the message)."""

    def __repr__(self) -> str:
        return str(self)


class Precomputed:
    """The writer's extractor: returns what the worker extracted for the current document."""

    def __init__(self) -> None:
        self.current: Processed | None = None

    def extract(self, doc: Document) -> Extraction:
        got = self.current
        if got is None or got.document is not doc:
            raise ExtractionFailed("no worker result for this document")
        if got.extraction is None:
            raise ExtractionFailed(got.error or "extraction failed")
        return got.extraction


class PresetSketcher(Sketcher):
    """A sketcher that returns the worker's sketch for the current text."""

    def __init__(self, settings: DedupeSettings) -> None:
        super().__init__(settings)
        self.preset: tuple[str, Sketch] | None = None

    def sketch(self, text: str) -> Sketch:
        if self.preset is not None and (self.preset[0] is text or self.preset[0] == text):
            return self.preset[1]
        return super().sketch(text)


class PresetClusterer(Clusterer):
    """Syndication clustering with the workers' sketches (same settings, same results)."""

    def __init__(self, settings: DedupeSettings | None = None) -> None:
        super().__init__(settings)
        self.presets = PresetSketcher(self.settings)
        self.sketcher = self.presets

    def use(self, processed: Processed) -> None:
        """The next document to be clustered is ``processed``'s."""
        sketch = processed.sketch
        self.presets.preset = (processed.document.text, sketch) if sketch is not None else None
