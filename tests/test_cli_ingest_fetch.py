"""Re-ingesting a URL sends a conditional request answered from the store's fetch cache."""

from __future__ import annotations

import functools
import html
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

from laborwatch.store import Store


class _Recorder(http.server.SimpleHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str | None, int]]] = []

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.seen.append((self.path, self.headers.get("If-Modified-Since"), int(code)))


@pytest.fixture
def site(tmp_path: Path, corpus_records: dict) -> Iterator[tuple[str, list]]:
    """A local web server with one real article as an HTML page."""
    root = tmp_path / "www"
    root.mkdir()
    paragraphs = corpus_records["p022"]["text"].split("\n")
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p.strip())
    page = f"<html><head><title>Gulf workers</title></head><body><article>{body}</article>"
    (root / "gulf.html").write_text(page + "</body></html>", encoding="utf-8")
    _Recorder.seen = []
    handler = functools.partial(_Recorder, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/gulf.html", _Recorder.seen
    finally:
        server.shutdown()
        server.server_close()


def test_cli_ingest_url_twice_uses_the_fetch_cache(
    cli: Any, site: tuple[str, list], tmp_path: Path
) -> None:
    url, seen = site
    db = f"sqlite:///{tmp_path / 'lw.db'}"
    args = ["ingest", url, "--db", db, "--allow-private"]
    first = cli(*args)
    assert first.returncode == 0, first.stderr
    assert "1 new" in first.stderr
    with Store.open(db) as store:
        validators = store.fetch_cache().get(url)
        doc = next(store.documents(with_text=True))
    assert validators is not None and validators[1]  # Last-Modified from the server
    assert doc.text is not None and "Kuwait" in doc.text
    second = cli(*args)
    assert second.returncode == 0, second.stderr
    assert "0 new, 0 updated, 1 unchanged" in second.stderr
    assert seen[0] == ("/gulf.html", None, 200)
    assert seen[-1] == ("/gulf.html", validators[1], 304)


def test_cli_ingest_refuses_loopback_without_allow_private(
    cli: Any, site: tuple[str, list], tmp_path: Path
) -> None:
    url, seen = site
    db = f"sqlite:///{tmp_path / 'lw.db'}"
    out = cli("ingest", url, "--db", db)
    assert out.returncode == 1 and "0 new" in out.stderr and seen == []
    with Store.open(db) as store:
        assert store.counts()["documents"] == 0 and store.fetch_cache().get(url) is None
