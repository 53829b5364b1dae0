"""The local engine: read, extract, cluster and store in this one process."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.sources import SourceItem, archive_documents, iter_documents
from laborwatch.ingest.urls import looks_like_url
from laborwatch.ingest.warc import is_archive, is_shard_list
from laborwatch.jobs.engines import IngestEngine
from laborwatch.model import Document
from laborwatch.store import RunCounts, Store


class LocalEngine(IngestEngine):
    """Every source through one :class:`Ingest` loop (URLs fetched with the store's cache)."""

    def __init__(
        self,
        store: Store,
        *,
        allow_private: bool = False,
        on_unread: Callable[[Document, str], None] | None = None,
        **loop: Any,
    ) -> None:
        """``loop``: :class:`Ingest`'s options (run_id, on_progress, on_failure)."""
        self.store = store
        self.allow_private = allow_private
        super().__init__(store, Extractor(on_unread=on_unread), **loop)

    def run(self, sources: list[str]) -> RunCounts:
        return self.job.run(self._items(sources))

    def _items(self, sources: list[str]) -> Iterator[SourceItem]:
        """The sources in order; web archives read here so their pre-filter counts show.
        Consecutive other sources share one reader (and its fetcher's politeness state)."""
        cache = self.store.fetch_cache()
        pending: list[str] = []
        for source in sources:
            path = Path(source)
            if looks_like_url(source) or not (is_archive(path) or is_shard_list(path)):
                pending.append(source)
                continue
            yield from iter_documents(pending, allow_private=self.allow_private, cache=cache)
            pending = []
            yield from archive_documents(path, stats=self.stats)
        yield from iter_documents(pending, allow_private=self.allow_private, cache=cache)
