"""The ingest loop: extract, cluster and save a stream of documents in committed batches.

Documents are pulled from the source iterator *inside* the batch transaction that stores
them, so a fetch-cache entry, a document and its claims commit together or not at all: a
run killed at any point and then re-run ends with exactly what an uninterrupted run
stores. The extractor is passed in (this module never imports the extraction stages).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from laborwatch.dedupe import Clusterer
from laborwatch.errors import InputError, StoreError
from laborwatch.model import Document, Extraction
from laborwatch.store.records import RunCounts
from laborwatch.store.store import Store

# A batch is one transaction. Bigger batches write the LSH index far less often (each
# commit rewrites every index page it touched); the time cap keeps slow sources committed.
BATCH_DOCUMENTS = 1000
BATCH_SECONDS = 10.0
PROGRESS_EVERY = 25


class Extractor(Protocol):
    def extract(self, doc: Document) -> Extraction: ...


class Ingest:
    """Runs one ingest over a store; ``counts`` holds the outcome.

    Args:
        store: where documents, claims and clusters go.
        extractor: anything with ``extract(Document) -> Extraction``.
        clusterer: syndication clustering (default settings when None).
        run_id: the ``ingest_runs`` row documents are attributed to.
        on_progress: called with the counts every few documents.
        on_failure: called with a message for every input that failed.
        batch_documents, batch_seconds: a batch commits after this many documents or
            seconds, whichever comes first.
    """

    def __init__(
        self,
        store: Store,
        *,
        extractor: Extractor,
        clusterer: Clusterer | None = None,
        run_id: int | None = None,
        on_progress: Callable[[RunCounts], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        batch_documents: int = BATCH_DOCUMENTS,
        batch_seconds: float = BATCH_SECONDS,
    ) -> None:
        self.store = store
        self.extractor = extractor
        self.clusterer = clusterer or Clusterer()
        self.run_id = run_id
        self.counts = RunCounts()
        self._pending = RunCounts()  # the open batch's counters, until it commits
        self.on_progress = on_progress
        self.on_failure = on_failure
        self.batch_documents = batch_documents
        self.batch_seconds = batch_seconds

    def run(self, items: Iterable[object]) -> RunCounts:
        """Process every item (Document, InputError, or a not-modified marker).

        ``counts`` only ever holds committed batches: when a batch fails, its documents
        count as failed (none of them was stored) and the error goes on up.
        """
        stream = iter(items)
        done, batches = False, 0
        while not done:
            self._pending = RunCounts()
            try:
                with self.store.transaction():
                    done = self._batch(stream)
                    if self.run_id is not None:
                        self.store.run_heartbeat(self.run_id)
            except BaseException as exc:
                self._roll_back(exc)
                raise
            self.counts.absorb(self._pending)
            self._pending = RunCounts()
            batches += 1
            if batches & (batches - 1) == 0:  # after batch 1, 2, 4, 8, ...: tables grew
                self.store.analyze()
        self._progress()
        return self.counts

    def _batch(self, stream: Iterator[object]) -> bool:
        """Handle up to one batch; True when the stream is exhausted."""
        deadline = time.monotonic() + self.batch_seconds
        for n, item in enumerate(stream, 1):
            self._one(item)
            if n % PROGRESS_EVERY == 0:
                self._progress()
            if n >= self.batch_documents or time.monotonic() > deadline:
                return False
        return True

    def _one(self, item: object) -> None:
        if isinstance(item, InputError):
            self._fail(str(item))
            return
        if not isinstance(item, Document):  # NotModified: a 304 on a conditional request
            self._pending.documents_unchanged += 1
            return
        if self.store.has_content(item.id, item.content_hash):
            self._pending.documents_unchanged += 1
            return
        where = item.source or item.id
        try:
            extraction = self.extractor.extract(item)
        except Exception as exc:  # an extractor bug must not stop a day's ingest
            self._fail(f"{where}: extraction failed ({exc!r})")
            return
        try:
            result = self.store.save(extraction, cluster=self.clusterer, run_id=self.run_id)
        except StoreError as exc:
            self._fail(f"{where}: not stored ({exc})")
            return
        self._pending.add(result)

    def _fail(self, message: str) -> None:
        self._pending.documents_failed += 1
        self._pending.failures.append(message)
        if self.on_failure is not None:
            self.on_failure(message)

    def _roll_back(self, exc: BaseException) -> None:
        """Count a rolled-back batch: its stored documents are failed, not stored."""
        lost = self._pending.documents_new + self._pending.documents_updated
        self.counts.documents_unchanged += self._pending.documents_unchanged
        self.counts.documents_failed += self._pending.documents_failed + lost
        self.counts.failures += self._pending.failures
        if lost:
            self.counts.failures.append(f"a batch of {lost} document(s) rolled back: {exc!r}")
        self._pending = RunCounts()

    def _progress(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.counts.plus(self._pending))
