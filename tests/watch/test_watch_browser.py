"""The watch pages in a real headless Chromium: status table, digest, a claim link followed."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from laborwatch.store import Store
from laborwatch.store.watch import WatchStore
from laborwatch.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture
def live(watched: Store) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    config = uvicorn.Config(
        create_app(watched), host="127.0.0.1", port=port, log_level="warning", access_log=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def test_watch_pages_in_chromium(live: str, watched: Store, site, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    run_digest = WatchStore(watched).digests(period="run", limit=1)[0]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{live}/watch")
            row = page.locator("table.watch-sources tbody tr").first
            assert row.locator("td").nth(0).inner_text() == site.feed_url
            assert row.locator("td").nth(3).inner_text() == "ok"
            assert "2 new" in row.locator("td").nth(4).inner_text()
            page.screenshot(path=str(tmp_path / "watch.png"), full_page=True)

            page.click("text=Digests")
            page.click(f"a[href='/watch/digests/{run_digest['id']}']")
            assert page.locator("h1").inner_text().startswith(f"Digest #{run_digest['id']}")
            assert page.locator("img").count() == 0  # the hostile title stays text
            link = page.locator("section.digest a[href^='/claims/']").first
            sentence = link.locator("xpath=..").locator("q").inner_text()
            link.click()
            page.wait_for_url("**/claims/*")
            assert sentence[:40] in page.content()
        finally:
            browser.close()
