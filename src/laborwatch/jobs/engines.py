"""Where ingest's per-document work runs: in this process (``local``, the default) or
mapped over partitions on a Dask cluster (``dask``). Both write through the one
single-writer ingest loop (:class:`laborwatch.store.runner.Ingest`) and extract with the
one :class:`laborwatch.extract.pipeline.Extractor`, so they store the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from laborwatch.errors import ConfigError

if TYPE_CHECKING:
    from laborwatch.dedupe import Clusterer
    from laborwatch.ingest.warc import ArchiveStats
    from laborwatch.model import Document
    from laborwatch.store import RunCounts, Store
    from laborwatch.store.runner import Extractor

ENGINES = ("local", "dask")


@dataclass(frozen=True, slots=True)
class EngineOptions:
    """``--engine``, and for Dask ``--scheduler`` (an existing cluster) or ``--workers``
    (a LocalCluster of that many single-threaded worker processes)."""

    name: str = "local"
    scheduler: str | None = None
    workers: int | None = None
    partition_files: int = 16

    def __post_init__(self) -> None:
        if self.name not in ENGINES:
            raise ConfigError(f"--engine must be one of {', '.join(ENGINES)}, not {self.name!r}")
        if self.name == "local" and (self.scheduler or self.workers):
            raise ConfigError("--scheduler and --workers need --engine dask")
        if self.scheduler and self.workers:
            raise ConfigError("give either --scheduler (an existing cluster) or --workers")
        if self.workers is not None and self.workers < 1:
            raise ConfigError("--workers must be at least 1")


class Engine(Protocol):
    """An ingest in progress: ``counts`` is valid even after ``run`` raised."""

    stats: ArchiveStats

    @property
    def counts(self) -> RunCounts: ...

    def run(self, sources: list[str]) -> RunCounts: ...


class IngestEngine:
    """What both engines share: the one ingest loop, its counts and the archive stats."""

    def __init__(
        self, store: Store, extractor: Extractor, clusterer: Clusterer | None = None, **loop: Any
    ) -> None:
        """``loop``: the rest of :class:`Ingest`'s options (run_id, on_progress, on_failure)."""
        from laborwatch.ingest.warc import ArchiveStats
        from laborwatch.store.runner import Ingest

        self.stats = ArchiveStats()
        self.job = Ingest(store, extractor=extractor, clusterer=clusterer, **loop)

    @property
    def counts(self) -> RunCounts:
        return self.job.counts


def make_engine(
    store: Store,
    options: EngineOptions,
    *,
    run_id: int | None = None,
    allow_private: bool = False,
    on_unread: Callable[[Document, str], None] | None = None,
    on_progress: Callable[[RunCounts], None] | None = None,
    on_failure: Callable[[str], None] | None = None,
) -> Engine:
    """The engine ``options`` names, writing into ``store``."""
    if options.name == "dask":
        from laborwatch.jobs.dask_ingest import DaskEngine

        return DaskEngine(
            store, options, run_id=run_id, on_progress=on_progress, on_failure=on_failure
        )
    from laborwatch.jobs.local_ingest import LocalEngine

    return LocalEngine(
        store,
        run_id=run_id,
        allow_private=allow_private,
        on_unread=on_unread,
        on_progress=on_progress,
        on_failure=on_failure,
    )
