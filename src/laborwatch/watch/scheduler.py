"""The long-running watcher: an APScheduler loop that runs a watch whenever a source is due.

One job ticks every ``tick`` seconds (the shortest source interval, capped at a minute)
and runs :meth:`Watcher.run_once`, which polls only the sources that are due (their
interval, or their back-off after failures, has passed). One worker thread: runs never
overlap. SIGTERM and SIGINT stop the loop after the run in progress.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from types import FrameType

from apscheduler.executors.pool import ThreadPoolExecutor  # type: ignore[import-untyped]
from apscheduler.schedulers.blocking import BlockingScheduler  # type: ignore[import-untyped]
from apscheduler.triggers.interval import IntervalTrigger  # type: ignore[import-untyped]

from laborwatch.watch.poller import RunResult, Watcher, utcnow

log = logging.getLogger("laborwatch.watch")
MAX_TICK = 60


def tick_seconds(watcher: Watcher) -> int:
    """How often to look for due sources."""
    return max(1, min([MAX_TICK, *(s.every for s in watcher.config.sources)]))


def run_forever(watcher: Watcher, on_run: Callable[[RunResult], None] | None = None) -> None:
    """Run watches on schedule until SIGTERM or SIGINT."""
    executor = ThreadPoolExecutor(max_workers=1)
    scheduler = BlockingScheduler(executors={"default": executor}, timezone="UTC")

    def tick() -> None:
        try:
            result = watcher.run_once()
        except Exception:  # a bad run must not stop the service; the next tick retries
            log.exception("watch run failed")
            return
        if result is not None and on_run is not None:
            on_run(result)

    scheduler.add_job(
        tick,
        IntervalTrigger(seconds=tick_seconds(watcher), timezone="UTC"),
        id="watch",
        next_run_time=utcnow(),
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
    )

    def stop(signum: int, frame: FrameType | None) -> None:
        log.info("signal %d: stopping after the run in progress", signum)
        scheduler.shutdown(wait=False)

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        scheduler.start()
        executor.shutdown(wait=True)  # let the run in progress finish and record itself
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
