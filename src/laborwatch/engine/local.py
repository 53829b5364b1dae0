"""The local engine: read, extract, cluster and store in this one process."""

from __future__ import annotations

from collections.abc import Callable

from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.sources import iter_documents
from laborwatch.ingest.warc import ArchiveStats
from laborwatch.store import RunCounts, Store
from laborwatch.store.runner import Ingest


class LocalEngine:
    """Every source through one :class:`Ingest` loop (URLs fetched with the store's cache)."""

    def __init__(
        self,
        store: Store,
        *,
        run_id: int | None = None,
        allow_private: bool = False,
        on_progress: Callable[[RunCounts], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
    ) -> None:
        self.store = store
        self.allow_private = allow_private
        self.stats = ArchiveStats()  # the pre-filter's counts are not kept by this engine
        self.job = Ingest(
            store,
            extractor=Extractor(),
            run_id=run_id,
            on_progress=on_progress,
            on_failure=on_failure,
        )

    @property
    def counts(self) -> RunCounts:
        return self.job.counts

    def run(self, sources: list[str]) -> RunCounts:
        cache = self.store.fetch_cache()
        return self.job.run(iter_documents(sources, allow_private=self.allow_private, cache=cache))
