"""SIGKILL the watcher mid-poll, restart it: nothing is stored, digested or alerted twice."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from laborwatch.store import Store
from laborwatch.store.watch import WatchStore

CLI = [sys.executable, "-c", "from laborwatch.cli import main; main()"]


def _watch(sources: Path, db: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*CLI, "watch", str(sources), "--db", db, "--once", "--allow-private"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(proc: subprocess.Popen[str]) -> str:
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return err


def _wait_due(db: str) -> None:
    """Sleep until the followed sources are due again (their interval is one second)."""
    with Store.open(db) as store:
        due = max(r["next_due"] for r in WatchStore(store).sources())
    from laborwatch.watch.poller import utcnow

    delay = (due - utcnow()).total_seconds()
    if delay > 0:
        time.sleep(delay + 0.1)


def test_killed_mid_poll_then_restarted_adds_nothing_twice(
    site, sources_file: Path, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'watch.db'}"
    alerts_file = tmp_path / "alerts.jsonl"
    _finish(_watch(sources_file, db))  # run 1: the two first items

    site.items += ["ru-more", "ru-far-east"]
    site.hold = "ru-far-east"  # the server holds this page until the watcher is dead
    _wait_due(db)
    victim = _watch(sources_file, db)
    assert site.held.wait(120), "the watcher never asked for the held page"
    victim.send_signal(signal.SIGKILL)
    victim.wait(60)
    assert victim.returncode == -signal.SIGKILL
    with Store.open(db) as store:
        assert store.counts()["documents"] == 3  # ru-more was committed before the kill
        assert [r["status"] for r in WatchStore(store).runs()] == ["running", "finished"]

    site.hold = None
    site.release.set()
    _wait_due(db)
    err = _finish(_watch(sources_file, db))  # run 3: the restart
    assert "1 new, 0 updated, 3 unchanged, 0 failed" in err

    with Store.open(db) as store:
        ws = WatchStore(store)
        assert [r["status"] for r in ws.runs()] == ["finished", "interrupted", "finished"]
        assert store.counts()["documents"] == 4
        sentences = [c.claim.evidence.sentence for c in store.claims()]
        assert len(sentences) == 4 == len(set(sentences))

    # the restart's digest has what the killed run and the restart brought, once each
    out = subprocess.run(
        [*CLI, "digest", "--db", db, "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    digest = json.loads(out)
    pages = sorted(d["url"].rsplit("/", 1)[1] for d in digest["documents"])
    assert pages == ["ru-far-east.html", "ru-more.html"]
    assert sorted(c["low"] for c in digest["claims"]) == [1500, 9000]
    ru = next(m for m in digest["moved_estimates"] if m["key"] == "RU|2023|stock|")
    assert ru["old"]["central"] == 3000 and ru["new"]["central"] > 3000
    moved_by = sorted(c["sentence"][:14] for f in ru["facts_added"] for c in f["claims"])
    assert moved_by == ["About 1,500 No", "About 9,000 No"]

    # every alert was delivered exactly once, to the file and to the webhook
    lines = [json.loads(x) for x in alerts_file.read_text(encoding="utf-8").splitlines()]
    keys = [(a["rule"], a["key"]) for a in lines]
    assert len(keys) == len(set(keys))
    assert [a["claim"]["low"] for a in lines if a["rule"] == "ru-construction"] == [3000, 9000]
    assert sorted(h["id"] for h in site.hooks) == sorted(a["id"] for a in lines)

    _wait_due(db)
    _finish(_watch(sources_file, db))  # and once more: nothing new anywhere
    assert alerts_file.read_text(encoding="utf-8").splitlines() == [
        json.dumps(a, ensure_ascii=False) for a in lines
    ]
