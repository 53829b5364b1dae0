"""The source register, sorted claims and flag permalinks in a real headless Chromium.

Screenshots go to pytest's tmp dir, or to $LABORWATCH_SCREENSHOTS when set.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from laborwatch.review import TokenStore
from laborwatch.store import Store

from . import test_web_browser as fixtures

CHROMIUM = fixtures.CHROMIUM
browser, page, shots = fixtures.browser, fixtures.page, fixtures.shots  # the same fixtures

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


def test_desk_browser_register_edit_with_a_reason(
    page, live_server: str, store: Store, shots: Path
) -> None:
    token = TokenStore(store).create("register editor")
    page.goto(f"{live_server}/login?next=/sources")
    page.fill("input[name=token]", token)
    page.click("#login-submit")
    page.wait_for_url(f"{live_server}/sources")
    row = page.locator("#src-publisher-dailynk\\.com")
    assert row.locator(".grade-badge").inner_text() == "C"
    row.locator("select[name=grade]").select_option("B")
    row.locator("button").click()  # no reason: the browser refuses the form (required)
    assert page.url == f"{live_server}/sources"
    row.locator("input[name=reason]").fill("named sources checked against UN panel reports")
    row.locator("button").click()
    page.wait_for_url(re.compile(r"/sources#register-log$"))
    row = page.locator("#src-publisher-dailynk\\.com")
    assert row.locator(".grade-badge").inner_text() == "B"
    log = page.locator("#register-history tbody tr").first.inner_text()
    assert "publisher:dailynk.com" in log and "C → B" in log and "register editor" in log
    page.screenshot(path=str(shots / "sources.png"), full_page=True)


def test_desk_browser_claims_sorted_by_column(page, live_server: str, shots: Path) -> None:
    page.goto(f"{live_server}/claims?country=RU")
    head = page.locator("th a.sort", has_text="source")
    assert head.get_attribute("aria-sort") == "descending"
    page.locator("th a.sort", has_text="figure").click()
    page.wait_for_url(re.compile(r"sort=-figure"))
    assert "country=RU" in page.url
    figures = page.locator("table.claims tbody tr td.num").all_inner_texts()
    assert len(figures) > 5
    page.screenshot(path=str(shots / "claims-sorted.png"), full_page=False)


def test_desk_browser_flag_page_evidence_one_click_away(
    page, live_server: str, shots: Path
) -> None:
    page.goto(f"{live_server}/sanctions")
    page.locator("#flags-table tbody tr td a[href^='/flags/']").first.click()
    page.wait_for_url(re.compile(r"/flags/"))
    assert page.locator("#flag-confidence").inner_text()
    page.screenshot(path=str(shots / "flag.png"), full_page=True)
    page.locator("#flag-facts a[href^='/claims/']").first.click()
    page.wait_for_url(re.compile(r"/claims/\d+$"))
    assert page.locator("#evidence").inner_text()
