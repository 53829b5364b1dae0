"""``laborwatch watch --once`` on a folder and ``laborwatch digest`` in its three formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest

CLI = [sys.executable, "-c", "from laborwatch.cli import main; main()"]


def lw(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=300)


@pytest.fixture
def folder_sources(tmp_path: Path) -> Path:
    """A sources file following a local folder (relative path), alerts on stdout."""
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "one.txt").write_text(
        "About 4,000 North Korean workers were employed at construction sites in Russia in "
        "2022, the Ministry of Unification said.\n",
        encoding="utf-8",
    )
    path = tmp_path / "sources.yaml"
    path.write_text(
        "sources:\n  - {url: drop, every: 1h, language: en}\n"
        "alerts:\n  - {name: ru, when: new_claim, country: RU}\n"
        "deliver:\n  - stdout: true\n",
        encoding="utf-8",
    )
    return path


def test_watch_once_on_a_folder_then_digest_formats(folder_sources: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    first = lw("watch", str(folder_sources), "--db", db, "--once")
    assert first.returncode == 0, first.stderr
    alerts = [json.loads(line) for line in first.stdout.splitlines()]
    assert [a["rule"] for a in alerts] == ["ru"] and alerts[0]["claim"]["low"] == 4000
    again = lw("watch", str(folder_sources), "--db", db, "--once")
    assert again.returncode == 0 and "no source is due" in again.stderr and again.stdout == ""

    data = json.loads(lw("digest", "--db", db, "--format", "json").stdout)
    assert {"documents", "claims", "moved_estimates", "new_flags"} <= set(data)
    assert [c["low"] for c in data["claims"]] == [4000]
    assert any(m["key"] == "RU|2022|stock|" for m in data["moved_estimates"])
    md = lw("digest", "--db", db).stdout
    assert md.startswith("# laborwatch digest: run (run 1)")
    assert '"About 4,000 North Korean workers were employed' in md
    html = lw("digest", "--db", db, "--format", "html").stdout
    assert html.startswith("<!doctype html>") and 'href="/claims/1"' in html

    since = json.loads(lw("digest", "--db", db, "--since", "2000-01-01", "--format", "json").stdout)
    assert since["period"] == "since" and [c["low"] for c in since["claims"]] == [4000]
    week = json.loads(lw("digest", "--db", db, "--period", "week", "--format", "json").stdout)
    assert week["period"] == "week" and len(week["documents"]) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("urls: []\n", "expected a mapping with a 'sources' list"),
        ("sources:\n  - {url: x, every: soon}\n", "is not a duration"),
        ("sources:\n  - {url: x, evry: 1h}\n", "unknown key(s) evry"),
        ("sources:\n  - {url: x, grade: Z}\n", "grade must be one of A-F"),
        ("sources: [x]\nalerts:\n  - {when: sometimes}\n", "'when' must be one of"),
        ("sources: [x]\ndeliver:\n  - {email: a@b}\n", "one of stdout: true"),
        ("sources: [x, x]\n", "listed twice"),
        ("sources: [\n", "not valid YAML"),
    ],
)
def test_bad_sources_file_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    res = lw("watch", str(path), "--db", f"sqlite:///{tmp_path / 'x.db'}", "--once")
    assert res.returncode == 1
    assert message in res.stderr and "Traceback" not in res.stderr


def test_digest_before_any_run_says_what_to_do(tmp_path: Path) -> None:
    res = lw("digest", "--db", f"sqlite:///{tmp_path / 'empty.db'}")
    assert res.returncode == 1 and "no watch run yet" in res.stderr


def test_empty_store_serves_a_valid_empty_feed(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from laborwatch.store import Store
    from laborwatch.web import create_app

    with (
        Store.open(f"sqlite:///{tmp_path / 'e.db'}") as store,
        TestClient(create_app(store), base_url="http://127.0.0.1") as client,
    ):
        feed = feedparser.parse(client.get("/watch/alerts.atom").content)
        assert not feed.bozo and feed.entries == []
        assert "No source is watched yet" in client.get("/watch").text
        assert "No digest yet" in client.get("/watch/digests").text


def test_shipped_example_sources_file_parses() -> None:
    from importlib import resources

    from laborwatch.watch.config import load_config

    path = Path(str(resources.files("laborwatch.watch") / "sources.example.yaml"))
    config = load_config(path)
    assert [s.every for s in config.sources] == [3600, 7200, 900]
    assert config.sources[2].location == str((path.parent / "drops").resolve())
    assert {r.when for r in config.rules} == {
        "new_claim",
        "estimate_moved",
        "new_flag",
        "withdrawn_flag",
        "silent",
        "failed",
    }
    assert [t.kind for t in config.targets] == ["file", "stdout"]
