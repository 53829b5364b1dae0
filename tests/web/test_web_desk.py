"""The monitor's desk over a store of the real shared articles: map years, comparison,
sanctions page and exports, fact permalinks, 404s, place names, and a crawl for dead links."""

from __future__ import annotations

import csv
import io
import re
from collections import deque
from urllib.parse import urljoin, urlsplit

from fastapi.testclient import TestClient

from laborwatch import present
from laborwatch.reconcile import reconcile
from laborwatch.store import Store

HREF = re.compile(r'href="([^"#]*)')


def _picture(store: Store):  # the same rows the app reconciles (no review in these stores)
    return reconcile(store.claim_rows())


def test_desk_headline_is_the_latest_direct_world_estimate(
    client: TestClient, store: Store
) -> None:
    head = _picture(store).headline()
    assert head is not None and head.is_direct
    html = client.get("/").text
    assert f'id="world-central">{head.label()}<' in html
    assert f"workers abroad in {head.year}" in html


def test_desk_map_year_defaults_to_a_stated_year_and_follows_the_selector(
    client: TestClient, store: Store
) -> None:
    pic = _picture(store)
    stock = [
        e
        for e in pic.estimates
        if e.measure == "stock" and e.sector is None and not e.destination.startswith("M49:")
    ]
    years = sorted({e.year for e in stock})
    html = client.get("/").text
    shown = int(re.search(r'<option value="(\d+)" selected>\d+ \(default\)', html).group(1))
    assert shown in years
    assert f"Showing {shown}, the latest year with" in html
    for year in (years[0], years[-1]):
        page = client.get(f"/?year={year}").text
        drawn = set(re.findall(r'data-iso="(\w\w)"[^>]*data-year="(\d+)"', page))
        expected = {(e.destination, str(year)) for e in stock if e.year == year}
        assert drawn == expected  # one year at a time, every country of that year
    assert client.get("/?year=1960").status_code == 400  # a year without estimates says so
    assert client.get("/?measure=wages").status_code == 422


def test_desk_floors_are_hatched_and_small_states_get_markers(
    client: TestClient, store: Store
) -> None:
    stock = [
        e
        for e in _picture(store).estimates
        if e.measure == "stock" and e.sector is None and not e.destination.startswith("M49:")
    ]
    floor = next(e for e in stock if e.basis != "direct")  # the corpus has country floors
    html = client.get(f"/?year={floor.year}").text
    drawn = re.findall(
        r'fill="(url\(#hatch-\d\)|#\w+)"[^>]*data-iso="(\w\w)"[^>]*'
        r'data-basis="(\w+)"',
        html,
    )
    assert drawn, "the year's estimates are drawn"
    for fill, iso, basis in drawn:  # floors and bounds hatched, direct figures filled
        assert fill.startswith("url(#hatch-") == (basis != "direct"), iso
    assert floor.destination in {iso for _, iso, _ in drawn}
    assert 'id="hatch-0"' in html and "hatched: a floor" in html
    small = next(e for e in stock if e.destination in {"QA", "KW"})
    html = client.get(f"/?year={small.year}").text
    markers = re.findall(r'<circle class="marker[^"]*"[^>]*data-iso="(\w\w)"', html)
    assert small.destination in markers  # Gulf states too small to click as outlines


def test_desk_compare_two_years(client: TestClient, store: Store) -> None:
    pic = _picture(store)
    stock = {
        (e.destination, e.year): e
        for e in pic.estimates
        if e.measure == "stock" and e.sector is None and not e.destination.startswith("M49:")
    }
    years = sorted({y for _, y in stock})
    a, b = years[0], years[-1]
    html = client.get(f"/compare?a={a}&b={b}").text
    assert 'id="map-a"' in html and 'id="map-b"' in html
    assert f'<h2 id="title-a">{a}</h2>' in html and f'<h2 id="title-b">{b}</h2>' in html
    for (code, year), est in stock.items():
        if year in (a, b):
            assert f'href="/country/{code}"' in html
            assert est.label() in html


def test_desk_compare_defaults_to_two_different_years(client: TestClient, store: Store) -> None:
    years, default, _ = present.map_year(_picture(store).estimates, "stock")
    assert default is not None and min(years) < default  # the corpus has an earlier year
    earlier = max(y for y in years if y < default)
    html = client.get("/compare").text
    assert f'<h2 id="title-a">{earlier}</h2>' in html and f'<h2 id="title-b">{default}</h2>' in html
    last = min(years)  # nothing before it: the first year is another one
    html = client.get(f"/compare?b={last}").text
    assert f'<h2 id="title-b">{last}</h2>' in html
    assert f'<h2 id="title-a">{last}</h2>' not in html


def test_desk_sanctions_page_filters_and_exports(client: TestClient, store: Store) -> None:
    pic = _picture(store)
    assert pic.flags
    html = client.get("/sanctions").text
    for f in pic.flags:
        assert f'id="flag-{f.provision}-{f.country}-{f.year}"' in html
        for fact in f.facts[:6]:  # the first facts listed, all on the flag's page
            assert f'href="/facts/{fact}"' in html  # the evidence one click away
        if len(f.facts) > 6:
            assert f"{len(f.facts)} facts in all" in html
        # the provision filter names it as the rows do ("2397 OP8"), not by its code
        assert f'<option value="{f.provision}">{f.resolution} {f.paragraph}</option>' in html
    country = pic.flags[0].country
    mine = [f for f in pic.flags if f.country == country]
    rows = list(csv.DictReader(io.StringIO(client.get(f"/sanctions.csv?country={country}").text)))
    assert len(rows) == len(mine) and {r["country"] for r in rows} == {country}
    assert all(r["words"] and r["confidence"] for r in rows)
    data = client.get("/sanctions.json?tab=plans").json()
    assert len(data) == len(pic.plans)
    html = client.get("/sanctions?tab=compliance").text
    for item in pic.compliance:
        assert f'href="/facts/{item.facts[0]}"' in html


def test_desk_fact_permalink_lists_every_claim(client: TestClient, store: Store) -> None:
    fact = max(_picture(store).facts, key=lambda f: len(f.claims))
    html = client.get(f"/facts/{fact.id}").text
    for claim in fact.claims:
        assert f'href="/claims/{claim.claim_id}"' in html
    assert client.get("/facts/Fnothere").status_code == 404


def test_desk_unknown_country_is_404_with_help(client: TestClient) -> None:
    r = client.get("/country/ZZ")
    assert r.status_code == 404
    assert "ISO alpha-2" in r.text and 'href="/"' in r.text
    assert client.get("/country/RU").status_code == 200


def test_desk_claims_filter_takes_place_names(client: TestClient) -> None:
    by_name = client.get("/api/claims", params={"country": "Russia", "limit": 50}).json()
    by_code = client.get("/api/claims", params={"country": "RU", "limit": 50}).json()
    assert by_name["claims"] and by_name == by_code
    r = client.get("/claims", params={"country": "Rusia"})
    assert r.status_code == 400 and "Russia" in r.text  # a suggestion, not an empty page


def test_desk_newest_claims_by_publication_date(client: TestClient) -> None:
    claims = client.get("/api/overview").json()["newest_claims"]
    dates = [c["published"] or "" for c in claims]
    assert dates == sorted(dates, reverse=True)


def test_desk_no_page_links_to_an_error(client: TestClient) -> None:
    """Crawl every same-site link from the overview; none answers 4xx or 5xx."""
    seen: set[str] = set()
    queue = deque(["/"])
    broken = []
    while queue and len(seen) < 1500:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        r = client.get(url)
        if r.status_code >= 400:
            broken.append((url, r.status_code))
            continue
        if "text/html" not in r.headers.get("content-type", ""):
            continue
        for href in HREF.findall(r.text):
            href = href.replace("&amp;", "&")
            target = urlsplit(urljoin("http://127.0.0.1" + url, href))
            if target.netloc != "127.0.0.1" or target.path.startswith("/brief.pdf"):
                continue
            queue.append(target.path + (f"?{target.query}" if target.query else ""))
    assert len(seen) > 100  # claims, documents, facts, countries, sanctions tabs
    assert broken == []
    for page in ("/sources", "/flags/", "/estimates/", "/claims?sort=", "/documents?sort="):
        assert any(u.startswith(page) for u in seen), f"the crawl never reached {page}"


def test_desk_brief_from_the_dashboard(client: TestClient, store: Store) -> None:
    published = max(r.published for r in store.claim_rows() if r.published)
    r = client.get("/brief.html")
    assert r.status_code == 200
    html = r.text
    meta = re.search(r'id="brief-meta">([^<]*)<', html).group(1)
    assert "Issued 20" in meta and f"data cut-off {published}" in meta and "laborwatch " in meta
    assert 'id="key-judgments"' in html and "ICD 203" in html
    head = _picture(store).headline()
    assert head is not None and head.label() in html  # the first judgment carries its figure
    assert "'sha256-" in r.headers["content-security-policy"]  # strict CSP, the brief's CSS by hash
    assert "script-src 'self'" in r.headers["content-security-policy"]
    russia = client.get("/brief.html?country=Russia").text
    assert "Russia" in russia and russia != html
    assert 'href="/brief.html?country=RU"' in client.get("/country/RU").text


def test_desk_brief_links_carry_the_overview_year(client: TestClient, store: Store) -> None:
    years, default, _ = present.map_year(_picture(store).estimates, "stock")
    other = next(y for y in years if y != default)
    page = client.get(f"/?year={other}").text
    assert f'href="/brief.html?year={other}"' in page
    assert f'href="/brief.pdf?year={other}&amp;form=summary"' in page
    assert 'href="/brief.html"' in client.get("/").text  # the default year: no filter
    caption = re.search(r'id="map-caption">([^<]*)<', client.get(f"/brief.html?year={other}").text)
    assert caption and caption.group(1).startswith(f"Workers present in {other}, the year chosen")
    default_caption = re.search(r'id="map-caption">([^<]*)<', client.get("/brief.html").text)
    assert default_caption and default_caption.group(1).startswith(f"Workers present in {default},")


def test_desk_brief_pdf_and_its_two_page_summary(client: TestClient) -> None:
    import pypdf

    pages = {}
    for form in ("full", "summary"):
        r = client.get(f"/brief.pdf?form={form}")
        assert r.status_code == 200 and r.content.startswith(b"%PDF")
        reader = pypdf.PdfReader(io.BytesIO(r.content))
        pages[form] = len(reader.pages)
        text = reader.pages[0].extract_text()
        assert "Key judgments" in text and "Page 1 of" in text  # page numbers printed
    assert pages["summary"] <= 2 < pages["full"]


def test_desk_sanctions_api(client: TestClient, store: Store) -> None:
    pic = _picture(store)
    data = client.get("/api/sanctions").json()
    assert len(data["flags"]) == len(pic.flags) and len(data["plans"]) == len(pic.plans)
    first = data["flags"][0]
    assert first["words"] and first["facts_detail"][0]["id"] in first["facts"]
    only = client.get(f"/api/sanctions?year={first['year']}").json()["flags"]
    assert only and {f["year"] for f in only} == {first["year"]}
