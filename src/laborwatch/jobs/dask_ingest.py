"""The Dask engine: per-document work mapped over partitions on a Dask cluster.

Partitions are groups of local files, or one WARC/WET shard each. At most a few
partitions per worker are in flight; results come back in source order to the single
writer (this process), which stores them in committed batches through :class:`Ingest`.
Re-runs are idempotent and a killed run resumes: documents already stored with the same
content are skipped by the writer (workers still read and extract them).
"""

from __future__ import annotations

import contextlib
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from laborwatch.dedupe import load_settings
from laborwatch.errors import ConfigError, InputError
from laborwatch.ingest.urls import looks_like_url
from laborwatch.ingest.walk import walk_folder
from laborwatch.ingest.warc import archive_files, is_archive, is_shard_list
from laborwatch.jobs.dask_work import Partition, Precomputed, PresetClusterer, process_partition
from laborwatch.jobs.engines import EngineOptions, IngestEngine
from laborwatch.store import RunCounts, Store

IN_FLIGHT_PER_WORKER = 3


class DaskEngine(IngestEngine):
    """One ingest over a Dask cluster (a LocalCluster when no scheduler is given)."""

    def __init__(
        self,
        store: Store,
        options: EngineOptions,
        **loop: Any,
    ) -> None:
        """``loop``: :class:`Ingest`'s options (run_id, on_progress, on_failure)."""
        self.options = options
        self.wait_seconds = 0.0  # the writer idle, waiting for workers (bench/ reads it)
        self.extractor = Precomputed()
        self.clusterer = PresetClusterer(load_settings())
        super().__init__(store, self.extractor, self.clusterer, **loop)

    def run(self, sources: list[str]) -> RunCounts:
        """Ingest ``sources`` (local folders, files, WARC/WET files, shard lists)."""
        parts, errors = partitions(sources, self.options.partition_files)
        with _client(self.options) as client:
            workers = max(1, len(client.scheduler_info()["workers"]))
            results = _ordered(client, parts, workers * IN_FLIGHT_PER_WORKER, self)
            return self.job.run(_items(errors, results, self))


def partitions(sources: list[str], files_per_partition: int) -> tuple[list[list[str]], list[str]]:
    """Local files in source order, grouped; each archive alone. Errors as messages.

    URLs are refused: fetching needs the store's cache, which only the local engine has.
    """
    parts: list[list[str]] = []
    group: list[str] = []
    errors: list[str] = []

    def flush() -> None:
        if group:
            parts.append(group.copy())
            group.clear()

    for source in sources:
        if looks_like_url(source):
            raise ConfigError(f"{source}: the dask engine reads local files; fetch URLs locally")
        path = Path(source)
        if path.is_dir():
            files: list[Path] = []
            for entry in walk_folder(path):
                if isinstance(entry, InputError):
                    errors.append(str(entry))
                else:
                    files.append(entry)
        elif not path.exists():
            errors.append(str(InputError("no such file or folder", where=source)))
            continue
        else:
            files = [path]
        for file in files:
            if is_archive(file) or is_shard_list(file):
                flush()
                try:
                    parts.extend([str(a)] for a in archive_files(file))
                except InputError as exc:
                    errors.append(str(exc))
                continue
            group.append(str(file))
            if len(group) >= files_per_partition:
                flush()
    flush()
    return parts, errors


@contextlib.contextmanager
def _client(options: EngineOptions) -> Iterator[Any]:
    """A client of the given scheduler, or of a LocalCluster of worker processes."""
    from distributed import Client, LocalCluster

    if options.scheduler:
        with Client(options.scheduler, timeout="60s") as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=options.workers or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,  # no dashboard; its bare HTTP server on any free port:
            scheduler_kwargs={"dashboard_address": ":0"},  # 8787 may be another cluster's
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _ordered(
    client: Any, parts: list[list[str]], window: int, engine: DaskEngine
) -> Iterator[Partition]:
    """Partition results in submission order, with at most ``window`` in flight."""
    settings = engine.clusterer.settings
    todo = iter(parts)
    futures: deque[Any] = deque()

    def submit() -> None:
        part = next(todo, None)
        if part is not None:
            futures.append(client.submit(process_partition, part, settings, pure=False))

    for _ in range(window):
        submit()
    while futures:
        future = futures.popleft()
        t0 = time.perf_counter()
        result: Partition = future.result()
        engine.wait_seconds += time.perf_counter() - t0
        future.release()
        submit()
        engine.stats.add(result.stats)
        yield result


def _items(errors: list[str], results: Iterator[Partition], engine: DaskEngine) -> Iterator[object]:
    """What :class:`Ingest` consumes: documents (their results preset) and failures."""
    for message in errors:
        yield InputError(message)
    for part in results:
        for item in part.items:
            if isinstance(item, str):
                yield InputError(item)
                continue
            engine.extractor.current = item
            engine.clusterer.use(item)
            yield item.document
