"""Alerts as data: rules matched against a digest and the sources' state, then delivered.

Each match has a key (the claim, the estimate and its new value, the flag, the silence);
the store records a (rule, key) pair once, so an alert fires once however often the
watcher runs or restarts. Delivery is an outbox: every target gets every recorded alert
once, and a target that failed (a webhook down) gets it on the next run.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

import httpx

from laborwatch import __version__
from laborwatch.errors import FetchError
from laborwatch.ingest.guard import check_url
from laborwatch.store.watch import WatchStore
from laborwatch.watch.config import Rule, Target

log = logging.getLogger("laborwatch.watch")


@dataclass(frozen=True, slots=True)
class Match:
    """One alert a rule raises: its key, a one-line title and the data behind it."""

    key: str
    title: str
    body: dict[str, Any]


def matches(
    rule: Rule, digest: dict[str, Any], sources: list[dict[str, Any]], now: datetime
) -> Iterator[Match]:
    """What ``rule`` raises on this digest (and, for silence, the sources' state)."""
    if rule.when == "new_claim":
        for c in digest["claims"]:
            if _claim_passes(rule, c):
                yield Match(f"claim:{c['id']}", _claim_title(c), {"claim": c, "link": _link(c)})
    elif rule.when == "estimate_moved":
        for m in digest["moved_estimates"]:
            if m["old"] is None or m["new"] is None or m["change"] is None:
                continue
            if abs(m["change"]) * 100 <= rule.percent or not _estimate_passes(rule, m):
                continue
            key = f"{m['key']}:{m['old']['central']}->{m['new']['central']}"
            title = (
                f"Estimate moved {m['change']:+.0%}: {_place(m)} {m['year']} {m['measure']}"
                f" {m['old']['central']:,} -> {m['new']['central']:,}"
            )
            yield Match(key, title, {"estimate": m, "link": f"/country/{m['destination']}"})
    elif rule.when in ("new_flag", "withdrawn_flag"):
        found = digest["new_flags" if rule.when == "new_flag" else "withdrawn_flags"]
        verb = "New" if rule.when == "new_flag" else "Withdrawn"
        for f in found:
            if rule.country and f["country"] != rule.country:
                continue
            title = f"{verb} sanctions flag: {f['country']} {f['year']} {f['provision']}"
            yield Match(f["key"], title, {"flag": f, "link": f"/country/{f['country']}"})
    elif rule.when == "silent":
        for s in sources:
            since = s["last_new_at"] or s["first_seen_at"]
            if since is not None and now - since >= timedelta(days=rule.days):
                title = f"Source silent for {(now - since).days} days: {s['url']}"
                yield Match(
                    f"{s['url']}:{since.isoformat()}",
                    title,
                    {"source": s["url"], "silent_since": since.isoformat(), "link": "/watch"},
                )
    elif rule.when == "failed":
        for f in digest["failed_sources"]:
            if f["status"] == "failed":
                title = f"Source failed: {f['url']}"
                yield Match(f"{f['url']}:{f['at']}", title, {"source": f, "link": "/watch"})


def record(
    ws: WatchStore,
    rules: list[Rule],
    digest: dict[str, Any],
    sources: list[dict[str, Any]],
    *,
    run_id: int | None,
    now: datetime,
) -> int:
    """Record every new match of every rule; return how many alerts fired."""
    fired = 0
    for rule in rules:
        for m in matches(rule, digest, sources, now):
            body = {"rule": rule.name, "when": rule.when, **m.body}
            if ws.add_alert(rule.name, m.key, run_id, m.title, body, now) is not None:
                fired += 1
    return fired


def deliver(
    ws: WatchStore,
    targets: list[Target],
    *,
    now: datetime,
    allow_private: bool = False,
    stdout: TextIO | None = None,
) -> list[str]:
    """Send every alert a target has not had yet; return the failures (retried next run)."""
    failures = []
    for target in targets:
        for alert in ws.undelivered(target.name):
            payload = _payload(alert)
            try:
                _send(target, payload, allow_private=allow_private, stdout=stdout or sys.stdout)
            except (OSError, httpx.HTTPError, FetchError) as exc:
                failures.append(f"{target.name}: {exc}")
                log.warning("alert delivery to %s failed: %s", target.name, exc)
                break  # keep the order: the rest waits for the next run
            ws.delivered(alert["id"], target.name, now)
    return failures


def _payload(alert: dict[str, Any]) -> dict[str, Any]:
    return {
        **{k: alert[k] for k in ("id", "rule", "key", "title")},
        "created_at": alert["created_at"].isoformat(timespec="seconds"),
        **{k: v for k, v in alert["body"].items() if k != "rule"},
    }


def _send(target: Target, payload: dict[str, Any], *, allow_private: bool, stdout: TextIO) -> None:
    line = json.dumps(payload, ensure_ascii=False)
    if target.kind == "stdout":
        stdout.write(line + "\n")
        stdout.flush()
    elif target.kind == "file":
        path = Path(target.where)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(line + "\n")
    else:
        check_url(target.where, allow_private=allow_private)
        resp = httpx.post(
            target.where,
            json=payload,
            timeout=10.0,
            follow_redirects=False,
            trust_env=False,
            headers={"User-Agent": f"laborwatch/{__version__}"},
        )
        resp.raise_for_status()


def _claim_passes(rule: Rule, c: dict[str, Any]) -> bool:
    return (
        (rule.country is None or rule.country in c["destinations"])
        and (rule.sector is None or c["sector"] == rule.sector)
        and (rule.kind is None or c["kind"] == rule.kind)
    )


def _estimate_passes(rule: Rule, m: dict[str, Any]) -> bool:
    return (
        (rule.country is None or m["destination"] == rule.country)
        and (rule.sector is None or m["sector"] == rule.sector)
        and (rule.measure is None or m["measure"] == rule.measure)
    )


def _claim_title(c: dict[str, Any]) -> str:
    what = c["value_text"] or (f"{c['low']:,.0f}" if c["low"] is not None else c["kind"])
    where = ", ".join(c["destinations"]) or "unknown destination"
    sector = f" ({c['sector']})" if c["sector"] else ""
    return f"New {c['kind']} claim: {what} - {where}{sector}"


def _place(m: dict[str, Any]) -> str:
    return m["destination"] + (f" {m['sector']}" if m["sector"] else "")


def _link(c: dict[str, Any]) -> str:
    return f"/claims/{c['id']}"
