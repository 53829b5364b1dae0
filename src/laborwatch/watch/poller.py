"""One watch run: poll the sources that are due through the ingest path, then digest and alert.

Each due source is read by :func:`laborwatch.ingest.sources.iter_documents` (SSRF guard,
conditional requests from the store's fetch cache) and stored by the store's
:class:`~laborwatch.store.runner.Ingest` one document per transaction, so a watcher killed
mid-poll loses at most the document in hand and a restart adds nothing twice. A source's
next poll is ``every`` after this one, doubled after each consecutive failure (up to
``max_backoff``). After the polls, the estimates are snapshotted, the run's digest is
built and stored, the alert rules are matched and the alerts delivered.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TextIO

from laborwatch.errors import InputError, LaborwatchError
from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.fetch import FetchOptions, HostThrottle, NotModified
from laborwatch.ingest.sources import iter_documents
from laborwatch.model import Document
from laborwatch.store import Store
from laborwatch.store.runner import Ingest
from laborwatch.store.watch import WatchStore
from laborwatch.watch import alerts, snapshot
from laborwatch.watch.config import Source, WatchConfig
from laborwatch.watch.digest import build_digest
from laborwatch.watch.warc import iter_warc, warc_files

log = logging.getLogger("laborwatch.watch")
PERIODS = {"day": timedelta(days=1), "week": timedelta(days=7)}


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(slots=True)
class Poll:
    """What one source returned in one run."""

    url: str
    status: str  # ok | unchanged | not_modified | partial | failed
    counts: dict[str, int]
    errors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RunResult:
    """What one watch run did."""

    run_id: int
    polls: list[Poll]
    digest_id: int
    digest: dict[str, Any]
    alerts_fired: int
    delivery_failures: list[str]


class Watcher:
    """Polls a :class:`WatchConfig`'s sources into a store.

    Args:
        store: the open store.
        config: the sources file.
        allow_private: let URLs reach private or loopback addresses.
        options: fetch options (politeness gap taken from the config).
        on_poll: called after each source with its :class:`Poll`.
        stdout: where ``stdout`` alert targets write.
    """

    def __init__(
        self,
        store: Store,
        config: WatchConfig,
        *,
        allow_private: bool = False,
        options: FetchOptions | None = None,
        on_poll: Callable[[Poll], None] | None = None,
        stdout: TextIO | None = None,
    ) -> None:
        self.store = store
        self.ws = WatchStore(store)
        self.config = config
        self.allow_private = allow_private
        self.options = options or FetchOptions(min_interval=config.politeness)
        self.throttle = HostThrottle(config.politeness)
        self.extractor = Extractor()
        self.on_poll = on_poll
        self.stdout = stdout

    def due(self, now: datetime) -> list[Source]:
        """The sources whose next poll is due (all new ones are)."""
        rows = {r["url"]: r for r in self.ws.sources([s.url for s in self.config.sources])}
        return [
            s
            for s in self.config.sources
            if (row := rows.get(s.url)) is None or row["next_due"] is None or row["next_due"] <= now
        ]

    def run_once(self, *, force: bool = False) -> RunResult | None:
        """Poll what is due (everything with ``force``); None when nothing was due."""
        now = utcnow()
        self.ws.sync_sources({s.url: s.every for s in self.config.sources}, now)
        self.ws.interrupted()
        sources = self.config.sources if force else self.due(now)
        if not sources:
            return None
        run_id = self.ws.begin_run(now)
        failed = True
        try:
            polls = [self.poll(run_id, s) for s in sources]
            result = self.conclude(run_id, polls)
            failed = False
        finally:
            self.ws.finish_run(run_id, utcnow(), sources=len(sources), failed=failed)
        self.period_digests()
        return result

    def poll(self, run_id: int, source: Source) -> Poll:
        """Read one source through the ingest path and record what it returned."""
        started = utcnow()
        ingest_run = self.store.begin_run([source.location])
        poll_id = self.ws.begin_poll(run_id, source.url, ingest_run, started)
        if source.host:
            self.throttle.wait(source.host)
        seen = _Seen(source)
        items = self._items(source)
        job = Ingest(self.store, extractor=self.extractor, run_id=ingest_run, batch_documents=1)
        errors: list[str] = []
        try:
            job.run(seen.wrap(items))
        except LaborwatchError as exc:  # the store went away mid-poll: record, go on
            errors.append(str(exc))
        finally:
            self.store.finish_run(ingest_run, job.counts, failed=bool(errors))
        c = job.counts
        counts = {
            "documents_new": c.documents_new,
            "documents_updated": c.documents_updated,
            "documents_unchanged": c.documents_unchanged,
            "documents_failed": c.documents_failed,
            "claims_added": c.claims_added,
        }
        errors = c.failures + errors
        status = _status(counts, seen.not_modified, bool(errors))
        now = utcnow()
        self.ws.finish_poll(poll_id, now, status, counts, errors)
        self.ws.source_polled(source.url, self._schedule(source, status, counts, errors, now))
        poll = Poll(source.url, status, counts, errors)
        if self.on_poll is not None:
            self.on_poll(poll)
        return poll

    def _items(self, source: Source) -> Iterator[object]:
        """The ingest path's items for a source, and the records of its WARC files."""
        cache = self.store.fetch_cache()
        warcs = warc_files(source.location)
        if not (len(warcs) == 1 and str(warcs[0]) == source.location):
            yield from iter_documents(
                [source.location],
                allow_private=self.allow_private,
                cache=cache,
                options=self.options,
            )
        for path in warcs:
            yield from iter_warc(path, cache)

    def _schedule(
        self, source: Source, status: str, counts: dict[str, int], errors: list[str], now: datetime
    ) -> dict[str, Any]:
        row = self.ws.sources([source.url])[0]
        failures = row["failures"] + 1 if status == "failed" else 0
        wait = min(source.every * 2**failures, max(self.config.max_backoff, source.every))
        values: dict[str, Any] = {
            "last_polled_at": now,
            "last_status": status,
            "last_returned": _returned(counts),
            "last_error": errors[-1] if errors else None,
            "failures": failures,
            "next_due": now + timedelta(seconds=wait),
        }
        if status != "failed":
            values["last_ok_at"] = now
        if counts["documents_new"] or counts["documents_updated"]:
            values["last_new_at"] = now
        return values

    def conclude(self, run_id: int, polls: list[Poll]) -> RunResult:
        """Snapshot the estimates, store the run's digest, record and deliver alerts."""
        after = snapshot.take(self.store)
        taken = utcnow()
        base = self.ws.snapshot_at(None, before_run=run_id)
        self.ws.put_snapshot(run_id, taken, after)
        digest = build_digest(
            self.ws,
            period="run",
            since=base.taken_at if base else None,
            until=taken,
            before=base.body if base else None,
            after=after,
        )
        digest["run"] = run_id
        since = base.taken_at if base else None
        digest_id = self.ws.put_digest("run", run_id, since, taken, digest, taken)
        followed = self.ws.sources([s.url for s in self.config.sources])
        fired = alerts.record(
            self.ws, self.config.rules, digest, followed, run_id=run_id, now=taken
        )
        failures = alerts.deliver(
            self.ws,
            self.config.targets,
            now=taken,
            allow_private=self.allow_private,
            stdout=self.stdout,
        )
        return RunResult(run_id, polls, digest_id, digest, fired, failures)

    def period_digests(self) -> list[int]:
        """A day and a week digest when the last one of each is that old (or there is none)."""
        now = utcnow()
        made = []
        for period, span in PERIODS.items():
            last = self.ws.digests(period=period, limit=1)
            if last and last[0]["until"] > now - span:
                continue
            made.append(period_digest(self.store, period, now - span, now))
        return made


def period_digest(store: Store, period: str, since: datetime, until: datetime) -> int:
    """Build and store the digest of (since, until] against the estimates as they are now."""
    ws = WatchStore(store)
    base = ws.snapshot_at(since)
    body = build_digest(
        ws,
        period=period,
        since=since,
        until=until,
        before=base.body if base else None,
        after=snapshot.take(store),
    )
    return ws.put_digest(period, None, since, until, body, until)


class _Seen:
    """Tags a source's documents (language, grade) and notes a 304 on the source itself."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.not_modified = False

    def wrap(self, items: Iterable[object]) -> Iterator[object]:
        for item in items:
            if isinstance(item, NotModified) and item.url == self.source.location:
                self.not_modified = True
            elif isinstance(item, Document):
                if self.source.language:
                    item.language = self.source.language
                item.extra["watch"] = {"source": self.source.url, "grade": self.source.grade}
            elif isinstance(item, InputError):
                log.info("%s: %s", self.source.url, item)
            yield item


def _status(counts: dict[str, int], not_modified: bool, errors: bool) -> str:
    got = counts["documents_new"] + counts["documents_updated"] + counts["documents_unchanged"]
    if errors:
        return "partial" if got else "failed"
    if counts["documents_new"] or counts["documents_updated"]:
        return "ok"
    return "not_modified" if not_modified else "unchanged"


def _returned(counts: dict[str, int]) -> str:
    return json.dumps(counts)
