"""The watcher against a local feed whose items change: conditional requests, what a
second poll adds, the digest of what changed, alerts that fire once, back-off."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from laborwatch.store import Store
from laborwatch.store.watch import WatchStore
from laborwatch.watch.config import load_config
from laborwatch.watch.poller import Watcher, utcnow


def _alert_lines(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _add_rule(path: Path, rule: str) -> None:
    path.write_text(path.read_text().replace("deliver:", f"  - {rule}\ndeliver:"), "utf-8")


def test_second_poll_adds_only_new_items_and_digest_names_what_changed(
    site, sources_file: Path, db_url: str
) -> None:
    alerts_file = sources_file.parent / "alerts.jsonl"
    sources_file.write_text(sources_file.read_text().replace("every: 1s", "every: 1h"), "utf-8")
    config = load_config(sources_file)
    with Store.open(db_url) as store:
        watcher = Watcher(store, config, allow_private=True)
        first = watcher.run_once()
        assert first is not None
        assert first.polls[0].status == "ok"
        assert first.polls[0].counts["documents_new"] == 2
        assert watcher.run_once() is None  # nothing is due again within `every`
        ru_first = [a for a in _alert_lines(alerts_file) if a["rule"] == "ru-construction"]
        assert [a["claim"]["low"] for a in ru_first] == [3000]

        site.items.append("ru-more")
        second = watcher.run_once(force=True)
        assert second is not None
        counts = second.polls[0].counts
        assert (counts["documents_new"], counts["documents_unchanged"]) == (1, 2)
        # conditional requests: the feed and the known pages were asked with their ETags
        feed_asks = site.seen("/feed.xml")
        assert "If-None-Match" not in feed_asks[0][0] and "If-None-Match" in feed_asks[1][0]
        assert [s for _, s in site.seen("/a/ru-sites.html")] == [200, 304]
        assert [s for _, s in site.seen("/a/ru-more.html")] == [200]

        d = second.digest
        assert [doc["url"].rsplit("/", 1)[1] for doc in d["documents"]] == ["ru-more.html"]
        assert len(d["claims"]) == 1 and d["claims"][0]["low"] == 9000
        new_claim = d["claims"][0]["id"]
        moved = {m["key"]: m for m in d["moved_estimates"]}
        ru = moved["RU|2023|stock|"]
        assert (ru["old"]["central"], ru["new"]["central"]) == (3000, 9000)
        assert ru["change"] == pytest.approx(2.0)
        named = [c["id"] for f in ru["facts_added"] for c in f["claims"]]
        assert named == [new_claim]
        assert "CN|2023|stock|" not in moved  # China did not move
        assert d["new_flags"] == [] and d["withdrawn_flags"] == []
        assert d["new_origins"] == ["UN Panel of Experts"]

        # the alert for the new claim fired once, to the file and to the webhook
        lines = _alert_lines(alerts_file)
        ru_new = [a for a in lines if a["rule"] == "ru-construction" and a["claim"]["low"] == 9000]
        assert len(ru_new) == 1 and ru_new[0]["link"] == f"/claims/{new_claim}"
        big = [a for a in lines if a["rule"] == "big-move"]
        assert {a["estimate"]["key"] for a in big} >= {"RU|2023|stock|"}
        assert [h["id"] for h in site.hooks] == [a["id"] for a in lines]

        # nothing changed: the feed answers 304, no document, no alert, an empty digest
        third = watcher.run_once(force=True)
        assert third is not None and third.polls[0].status == "not_modified"
        assert site.seen("/feed.xml")[-1][1] == 304
        assert _alert_lines(alerts_file) == lines and third.alerts_fired == 0
        assert third.digest["documents"] == [] and third.digest["moved_estimates"] == []
        assert store.counts()["documents"] == 3 and store.counts()["claims"] == 3


def test_failing_source_backs_off_and_is_reported(site, sources_file: Path, tmp_path) -> None:
    _add_rule(sources_file, "{name: down, when: failed}")
    config = load_config(sources_file)
    site.down = True
    with Store.open(f"sqlite:///{tmp_path / 'w.db'}") as store:
        watcher = Watcher(store, config, allow_private=True)
        ws = WatchStore(store)
        run = watcher.run_once()
        assert run is not None and run.polls[0].status == "failed"
        row = ws.sources()[0]
        assert row["failures"] == 1 and "HTTP 503" in row["last_error"]
        assert row["next_due"] - row["last_polled_at"] == timedelta(seconds=2)  # 1s doubled
        assert run.digest["failed_sources"][0]["url"] == site.feed_url
        assert [a["rule"] for a in ws.alerts()] == ["down"]
        watcher.run_once(force=True)
        row = ws.sources()[0]
        assert row["failures"] == 2
        assert row["next_due"] - row["last_polled_at"] == timedelta(seconds=4)
        site.down = False
        run = watcher.run_once(force=True)
        assert run is not None and run.polls[0].status == "ok"
        row = ws.sources()[0]
        assert row["failures"] == 0 and row["last_error"] is None
        assert row["next_due"] - row["last_polled_at"] == timedelta(seconds=1)


def test_silent_source_alerts_once(site, sources_file: Path, tmp_path) -> None:
    _add_rule(sources_file, "{name: quiet, when: silent, days: 14}")
    with Store.open(f"sqlite:///{tmp_path / 'w.db'}") as store:
        watcher = Watcher(store, load_config(sources_file), allow_private=True)
        watcher.run_once()
        ws = WatchStore(store)
        assert [a for a in ws.alerts() if a["rule"] == "quiet"] == []
        ws.source_polled(site.feed_url, {"last_new_at": utcnow() - timedelta(days=15)})
        watcher.run_once(force=True)
        watcher.run_once(force=True)
        quiet = [a for a in ws.alerts() if a["rule"] == "quiet"]
        assert len(quiet) == 1 and "silent for 15 days" in quiet[0]["title"]
