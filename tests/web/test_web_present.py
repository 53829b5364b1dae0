"""Pages show what the CLI and the brief show: figures as stated, names, plurals, one map rule,
and export links from the one format registry."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from laborwatch import present
from laborwatch.export.formats import FORMATS
from laborwatch.store import Store


def test_claim_rows_show_figures_as_the_text_gave_them(client: TestClient, store: Store) -> None:
    html = client.get("/claims?kind=workers&limit=200").text
    shown = set(re.findall(r'<td class="num">([^<]*)</td>', html))
    rows = list(store.claim_rows(kind="workers"))
    expected = {present.figure_of(r) for r in rows}
    assert shown and shown <= expected
    assert any(s.startswith(("around ", "up to ", "at least ")) for s in shown)


def test_sector_names_in_words(client: TestClient) -> None:
    html = client.get("/claims").text
    assert '<option value="it">IT</option>' in html
    assert '<option value="state_share">state&#39;s share</option>' in html


def test_country_page_counts_with_plurals(client: TestClient, store: Store) -> None:
    html = client.get("/country/RU").text
    counts = re.findall(r"<small>\((\d+) (claims?)\)</small>", html)
    assert counts and all((n == "1") == (noun == "claim") for n, noun in counts)


def test_export_links_come_from_the_registry(client: TestClient) -> None:
    html = client.get("/").text
    for form in FORMATS:
        link = f'href="/export/{form.of}.{form.suffix}"'
        assert link in html, form.name
        assert client.get(f"/export/{form.of}.{form.suffix}").status_code == 200
    assert client.get("/export/claims.ftm").status_code == 200  # another name, one format
    bad = client.get("/export/claims.xlsx")
    assert bad.status_code == 404 and "known formats: csv" in bad.json()["error"]


def test_map_fills_follow_the_shared_classes(client: TestClient) -> None:
    html = client.get("/").text
    fills = re.findall(
        r'fill="([^"]+)" data-iso="(\w\w)" data-name="[^"]*" data-year="\d+" '
        r'data-low="\d+" data-central="(\d+)" data-high="\d+" data-basis="(\w+)"',
        html,
    )
    assert fills
    colours = [c for c, _ in present.map_legend()]
    for fill, _iso, central, basis in fills:  # floors and bounds: the class colour, hatched
        colour = present.map_colour(float(central))
        assert fill == (colour if basis == "direct" else f"url(#hatch-{colours.index(colour)})")
    for _, label in present.map_legend():  # escaped as the page writes text
        assert label.replace("<", "&lt;") in html
