"""The dashboard in a real headless Chromium (Debian's chromium, driven by Playwright).

Screenshots go to pytest's tmp dir, or to $LABORWATCH_SCREENSHOTS when set.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from laborwatch.present import map_colour as colour
from laborwatch.present import map_legend as legend
from laborwatch.present import measure
from laborwatch.reconcile import reconcile
from laborwatch.review import TokenStore
from laborwatch.store import Store

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("LABORWATCH_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser: object, live_server: str) -> Iterator[object]:
    """A page that records every request leaving 127.0.0.1 and every JS dialog or error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.outside = []
    pg.dialogs = []
    pg.errors = []
    pg.on(
        "request", lambda r: pg.outside.append(r.url) if not r.url.startswith(live_server) else None
    )
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    yield pg
    assert pg.outside == [], f"requests left 127.0.0.1: {pg.outside}"
    assert pg.errors == [], pg.errors
    context.close()


def _rgb(hex_colour: str) -> str:
    h = hex_colour.lstrip("#")
    return "rgb({}, {}, {})".format(*(int(h[i : i + 2], 16) for i in (0, 2, 4)))


def test_web_browser_print_hides_navigation_and_shows_evidence_targets(
    page, live_server: str
) -> None:
    """On paper: no navigation or forms, each evidence link printed with its target."""
    page.goto(f"{live_server}/sanctions")
    nav = page.locator("header.top nav")
    link = page.locator("details.evidence a[href^='/claims/']").first
    after = "el => getComputedStyle(el, '::after').content"
    assert nav.is_visible() and link.evaluate(after) in ("none", "normal")
    page.emulate_media(media="print")
    assert not nav.is_visible() and not page.locator("footer").is_visible()
    assert all(not f.is_visible() for f in page.locator("form").all())
    href = link.get_attribute("href")
    assert link.is_visible()  # the evidence list is open on paper
    assert link.evaluate(after) == f'" <{href}>"'
    assert page.locator("main h1").first.is_visible()


def test_web_browser_map_colours_hover_and_click(page, live_server: str, shots: Path) -> None:
    import httpx

    countries = httpx.get(f"{live_server}/api/overview").json()["countries"]
    page.goto(live_server + "/")
    assert page.locator("#world-map path.country").count() > 150
    classes = [c for c, _ in legend()]
    drawn = page.locator("#world-map path.has-data")
    assert drawn.count() > 0
    for i in range(drawn.count()):  # direct figures filled, floors and bounds hatched
        el = drawn.nth(i)
        fill = el.evaluate("el => getComputedStyle(el).fill")
        want = colour(float(el.get_attribute("data-central")))
        if el.get_attribute("data-basis") == "direct":
            assert fill == _rgb(want)
        else:
            assert fill == f'url("#hatch-{classes.index(want)}")'
    grey = page.locator('#world-map path[data-iso="BR"]').evaluate(
        "el => getComputedStyle(el).fill"
    )
    assert grey == _rgb(colour(None))
    # hover a country drawn for the year shown: its tooltip gives the figure it is drawn with
    shown = drawn.first
    iso = shown.get_attribute("data-iso")
    # a point of the page where this country is on top (a country's box may be mostly sea)
    x, y = shown.evaluate(
        """el => { const r = el.getBoundingClientRect();
          for (let i = 1; i < 40; i++) for (let j = 1; j < 40; j++) {
            const x = r.left + r.width * i / 40, y = r.top + r.height * j / 40;
            if (document.elementFromPoint(x, y) === el) return [x, y]; }
          return [r.left + r.width / 2, r.top + r.height / 2]; }"""
    )
    page.mouse.move(x, y)
    tip = page.locator("#tooltip")
    assert tip.is_visible()
    central = float(shown.get_attribute("data-central"))
    assert f"{central:,.0f}" in tip.inner_text() and "low" in tip.inner_text()
    assert iso in {c["destination"] for c in countries}
    page.screenshot(path=str(shots / "overview-hover.png"), full_page=True)
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(rf"/country/{iso}$"))
    assert page.locator("#country-name").inner_text()
    page.screenshot(path=str(shots / "country-cn.png"), full_page=True)


def test_web_browser_evidence_is_highlighted(
    page, live_server: str, store: Store, shots: Path
) -> None:
    row = next(store.claim_rows(country="RU"))
    page.goto(f"{live_server}/claims/{row.claim_id}")
    mark = page.locator("mark#evidence")
    assert mark.is_visible()
    assert " ".join(mark.inner_text().split()) == " ".join(row.sentence.split())
    bg = mark.evaluate("el => getComputedStyle(el).backgroundColor")
    assert bg == "rgb(255, 224, 102)"
    box = page.locator("#article").bounding_box()
    m = mark.bounding_box()
    assert box["y"] <= m["y"] <= box["y"] + box["height"], "evidence scrolled into the article view"
    page.screenshot(path=str(shots / "claim.png"), full_page=True)


def _estimate_cell(page, year: int) -> str:
    rows = page.locator("table.estimates tbody tr")
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td").all_inner_texts()
        if cells[0] == str(year) and cells[1] == measure("stock") and cells[2] == "all":
            return " / ".join(cells[4:7])
    return "none"


def test_web_browser_review_changes_an_estimate(
    page, live_server: str, store: Store, shots: Path
) -> None:
    picture = reconcile(store.claim_rows())
    est = next(
        e
        for e in picture.estimates
        if len(e.destination) == 2 and e.measure == "stock" and e.sector is None
    )
    claims = [c for f in est.facts for c in picture.by_id[f].claims]
    token = TokenStore(store).create("browser analyst")
    page.goto(f"{live_server}/country/{est.destination}")
    before = _estimate_cell(page, est.year)
    page.goto(f"{live_server}/login?next=/")
    page.fill("input[name=token]", token)
    page.click("#login-submit")
    page.wait_for_url(live_server + "/")
    assert "browser analyst" in page.locator("header").inner_text()
    for claim in claims:
        page.goto(f"{live_server}/claims/{claim.claim_id}")
        page.check("input[value=corrected]")
        page.fill("input[name=low]", "654321")
        page.fill("input[name=high]", "654321")  # the form shows the claim's own high
        page.fill("input[name=note]", "checked against the UN panel report")
        page.click("#review-submit")
        page.wait_for_url(re.compile(rf"/claims/{claim.claim_id}(#history)?$"))
        assert page.locator("#review-state").inner_text() == "corrected"
    page.screenshot(path=str(shots / "claim-reviewed.png"), full_page=True)
    page.goto(f"{live_server}/country/{est.destination}")
    after = _estimate_cell(page, est.year)
    assert after != before and "654,321" in after
    page.screenshot(path=str(shots / "country-reviewed.png"), full_page=True)


def test_web_browser_export_downloads(page, live_server: str, tmp_path: Path) -> None:
    page.goto(f"{live_server}/claims?country=CN")
    with page.expect_download() as info:
        page.click("#export-csv")
    target = tmp_path / "export.csv"
    info.value.save_as(target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,document,kind") and len(lines) > 1
    assert info.value.suggested_filename == "laborwatch-claims.csv"


def test_web_browser_xss_article_renders_inert(
    page, live_server: str, hostile_claims: list[int], shots: Path
) -> None:
    for path in (f"/claims/{hostile_claims[0]}", "/documents/xss-1", "/documents?q=workers", "/"):
        page.goto(live_server + path)
        assert page.locator("script").count() == 2  # only /static/app.js and desk.js
        assert page.locator("img").count() == 0
    page.goto(f"{live_server}/claims/{hostile_claims[0]}")
    assert "<script>alert('xss')</script>" in page.locator("#doc-title").inner_text()
    page.screenshot(path=str(shots / "xss-claim.png"), full_page=True)
    assert page.dialogs == []


# ---------------------------------------------------------------- the monitor's desk


def _country_stock(store: Store) -> dict[tuple[str, int], object]:
    pic = reconcile(store.claim_rows())
    return {
        (e.destination, e.year): e
        for e in pic.estimates
        if e.measure == "stock" and e.sector is None and not e.destination.startswith("M49:")
    }


def test_desk_browser_year_selector(page, live_server: str, store: Store, shots: Path) -> None:
    stock = _country_stock(store)
    years = sorted({y for _, y in stock})
    page.goto(live_server + "/")
    assert page.locator("button.nojs").first.is_hidden()  # the script submits on change
    default = int(page.locator("#year-select").input_value())
    assert f"Showing {default}" in page.locator("#map-year-note").inner_text()
    page.screenshot(path=str(shots / "desk-overview.png"), full_page=True)
    target = years[0] if default != years[0] else years[-1]
    page.select_option("#year-select", str(target))
    page.wait_for_url(re.compile(rf"year={target}"))
    assert page.locator("#map-title").inner_text().endswith(str(target))
    drawn = page.locator("#world-map [data-central]")
    isos = {drawn.nth(i).get_attribute("data-iso") for i in range(drawn.count())}
    assert isos == {code for code, y in stock if y == target}
    for i in range(drawn.count()):
        assert drawn.nth(i).get_attribute("data-year") == str(target)
    marker = page.locator("#world-map circle.marker").first
    if marker.count():  # a small state: hover shows its figure, click opens its page
        marker.hover()
        iso = marker.get_attribute("data-iso")
        assert stock[(iso, target)].label() in page.locator("#tooltip").inner_text()
        marker.click()
        page.wait_for_url(re.compile(rf"/country/{iso}$"))
    page.goto(live_server + f"/?year={target}")
    page.select_option("#measure-select", "pipeline")
    page.wait_for_url(re.compile(r"measure=pipeline"))
    assert "planned or recruiting" in page.locator("#map-title").inner_text().lower()


def test_desk_browser_comparison(page, live_server: str, store: Store, shots: Path) -> None:
    stock = _country_stock(store)
    years = sorted({y for _, y in stock})
    page.goto(live_server + "/compare")
    page.select_option("#year-a", str(years[0]))
    page.wait_for_url(re.compile(rf"a={years[0]}"))
    page.select_option("#year-b", str(years[-1]))
    page.wait_for_url(re.compile(rf"b={years[-1]}"))
    assert page.locator("#title-a").inner_text() == str(years[0])
    assert page.locator("#title-b").inner_text() == str(years[-1])
    for side, year in (("a", years[0]), ("b", years[-1])):
        drawn = page.locator(f"#map-{side} [data-central]")
        isos = {drawn.nth(i).get_attribute("data-iso") for i in range(drawn.count())}
        assert isos == {code for code, y in stock if y == year}
    rows = page.locator("#compare-table tbody tr")
    codes = {code for code, y in stock if y in (years[0], years[-1])}
    assert rows.count() == len(codes)
    page.locator("#compare-table th").nth(0).click()  # sortable by column
    names = page.locator("#compare-table tbody tr td:first-child").all_inner_texts()
    assert names == sorted(names, key=str.lower)
    page.locator("#compare-table th").nth(0).click()
    names = page.locator("#compare-table tbody tr td:first-child").all_inner_texts()
    assert names == sorted(names, key=str.lower, reverse=True)
    page.screenshot(path=str(shots / "desk-compare.png"), full_page=True)


def test_desk_browser_sanctions(
    page, live_server: str, store: Store, shots: Path, tmp_path
) -> None:
    pic = reconcile(store.claim_rows())
    flag = pic.flags[0]
    page.goto(live_server + "/sanctions")
    rows = page.locator("#flags-table tbody tr")
    assert rows.count() == len(pic.flags)
    page.screenshot(path=str(shots / "desk-sanctions.png"), full_page=True)
    page.fill("#filter-country", flag.country)
    page.locator("#filter-country").press("Enter")
    page.wait_for_url(re.compile(rf"country={flag.country}"))
    mine = [f for f in pic.flags if f.country == flag.country]
    assert page.locator("#flags-table tbody tr").count() == len(mine)
    row = page.locator(f"#flag-{flag.provision}-{flag.country}-{flag.year}")
    evidence = row.locator("details.evidence").first
    assert not evidence.locator("ul").is_visible()
    evidence.locator("summary").click(position={"x": 2, "y": 5})  # one click: the sources
    assert evidence.locator("ul").is_visible()
    grade = row.locator("abbr.grade").first
    assert "Admiralty grade" in grade.get_attribute("title")
    with page.expect_download() as info:
        page.click("#export-sanctions-csv")
    target = tmp_path / "flags.csv"
    info.value.save_as(target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("provision,") and len(lines) == len(mine) + 1
    page.click("#sanction-tabs a:nth-child(2)")
    page.wait_for_url(re.compile(r"tab=plans"))
    plans = [p for p in pic.plans if p.country == flag.country]
    body = page.locator("#plans-table tbody tr")
    assert body.count() == max(1, len(plans))
    first = page.locator("#flags-table, #plans-table").first
    assert first.is_visible()
    fact = page.locator("#plans-table a[href^='/facts/']").first
    if fact.count():
        fact.click()
        page.wait_for_url(re.compile(r"/facts/F"))
        assert page.locator("h1").inner_text().startswith("Fact ")


# ---------------------------------------------------------------- places and review desk


def _answered(page, status: int) -> None:
    """The page just shown was answered ``status`` on purpose: take Chromium's note of it."""
    noted = [e for e in page.errors if f"status of {status}" in e]
    assert noted, f"expected a {status} answer, logged: {page.errors}"
    page.errors.remove(noted[0])


def _pick(page, field: str, typed: str) -> list[str]:
    """Type into a place field; wait for its suggestions; their codes."""
    page.fill(field, "")
    page.locator(field).press_sequentially(typed, delay=30)
    listbox = page.locator(f"{field} ~ ul.place-list")
    listbox.locator("li[role=option]").first.wait_for(timeout=30_000)
    assert page.locator(field).get_attribute("aria-expanded") == "true"
    return listbox.locator("li[role=option]").evaluate_all("els => els.map(e => e.dataset.code)")


def test_desk_browser_place_autocomplete(page, live_server: str, store: Store, shots: Path) -> None:
    page.goto(live_server + "/claims")
    codes = _pick(page, "#filter-country", "Rus")
    assert codes[0] == "RU"
    page.screenshot(path=str(shots / "claims-autocomplete.png"), full_page=False)
    page.locator("#filter-country").press("ArrowDown")
    first = page.locator("#filter-country ~ ul.place-list li[role=option]").first
    assert first.get_attribute("aria-selected") == "true"
    page.locator("#filter-country").press("Enter")  # picks; the list closes
    assert page.locator("#filter-country").input_value() == "RU"
    assert page.locator("#filter-country ~ ul.place-list").is_hidden()
    page.click(".filters button[type=submit]")
    page.wait_for_url(re.compile(r"country=RU"))
    ids = {r.claim_id for r in store.claim_rows(country="RU")}
    shown = page.locator("table.claims tbody tr td:first-child a:first-child").all_inner_texts()
    assert shown and {int(x) for x in shown} <= ids
    # Korean names answer too; a click picks and, where the field says so, submits
    page.goto(live_server + "/")
    assert _pick(page, "#find-place-q", "러시")[0] == "RU"
    page.locator("#find-place-q ~ ul.place-list li[role=option]").first.click()
    page.wait_for_url(re.compile(r"/country/RU$"))
    # an unknown place: a page naming the closest places, each a link that works
    page.goto(live_server + "/claims?country=Rusia")
    assert "unknown place" in page.locator("#error-message").inner_text()
    _answered(page, 400)
    page.locator("#suggestions a").first.click()
    page.wait_for_url(re.compile(r"/claims\?country=RU$"))
    page.goto(live_server + "/country/XX")
    assert page.locator("#suggestions a").count() >= 1
    page.screenshot(path=str(shots / "unknown-place.png"))
    _answered(page, 404)


def test_desk_browser_review_flow(page, live_server: str, store: Store, shots: Path) -> None:
    row = next(r for r in store.claim_rows(country="RU") if r.low is not None)
    token = TokenStore(store).create("desk analyst")
    page.goto(f"{live_server}/login?next=/claims/{row.claim_id}")
    page.fill("input[name=token]", token)
    page.click("#login-submit")
    page.wait_for_url(re.compile(rf"/claims/{row.claim_id}$"))
    assert page.locator("input[name=decision][value=accepted]").is_checked()
    assert page.locator("#review-low").input_value().replace(",", "") == f"{row.low:g}"
    assert page.locator("#history").inner_text().count("Not reviewed yet.") == 1
    page.fill("#review-high", "lots and lots")
    assert page.locator("input[name=decision][value=corrected]").is_checked()  # follows the edit
    page.fill("#review-note", "high figure checked")
    page.click("#review-submit")
    error = page.locator("#error-high")
    error.wait_for()
    assert "not a count" in error.inner_text()
    _answered(page, 422)
    assert page.locator("#review-high").input_value() == "lots and lots"
    assert page.locator("#review-high").get_attribute("aria-invalid") == "true"
    assert page.locator("#review-note").input_value() == "high figure checked"
    assert page.locator("#review-error").is_visible()
    page.locator("#review").screenshot(path=str(shots / "review-inline-error.png"))
    new_high = int(row.high or row.low) + 500
    page.fill("#review-high", f"{new_high:,}")
    page.click("#review-submit")
    page.wait_for_url(re.compile(rf"/claims/{row.claim_id}#history$"))
    assert page.locator("#review-state").inner_text() == "corrected"
    assert page.locator("#review-high").input_value() == f"{new_high:,}"  # the form follows
    line = page.locator("#history tbody tr").first.inner_text()
    assert "desk analyst" in line and "claim corrected" in line
    assert f"{new_high:,}" in line and "high figure checked" in line
    assert re.search(r"\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC", line)
    assert "{" not in line and not re.search(r"\d\d:\d\d:\d\d", line)
    page.locator("#review").screenshot(path=str(shots / "review-history.png"))
