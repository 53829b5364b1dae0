"""The long-running watcher (APScheduler): polls on schedule, sees new items, stops on SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from laborwatch.store import Store
from laborwatch.store.watch import WatchStore

CLI = [sys.executable, "-c", "from laborwatch.cli import main; main()"]


def _wait_for(check: Callable[[], bool], proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 180  # generous: two cores shared by many processes
    while not check():
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "the watcher did not get there in time"
        time.sleep(0.2)


def _documents(db: str) -> int:
    with Store.open(db) as store:
        return store.counts()["documents"]


def _runs(db: str) -> list[dict]:
    with Store.open(db) as store:
        return WatchStore(store).runs()


def test_scheduler_polls_again_and_stops_on_sigterm(
    site, sources_file: Path, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'sched.db'}"
    Store.open(db).close()  # migrate before the watcher and the test read it
    proc = subprocess.Popen(
        [*CLI, "watch", str(sources_file), "--db", db, "--allow-private"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for(lambda: _documents(db) == 2, proc)
        site.items.append("ru-more")  # the feed changes while the watcher runs
        _wait_for(lambda: _documents(db) == 3, proc)
        _wait_for(lambda: len(site.seen("/feed.xml")) >= 3, proc)
    finally:
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "watching 1 source(s)" in err
    runs = _runs(db)
    assert len(runs) >= 2 and all(r["status"] == "finished" for r in runs)
    statuses = [s for _, s in site.seen("/feed.xml")]
    assert statuses[0] == 200 and 304 in statuses  # conditional requests between polls
