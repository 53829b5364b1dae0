"""Permalinks: every flag and estimate has its own page, linked from the lists, with the
evidence one click away."""

from __future__ import annotations

from fastapi.testclient import TestClient

from laborwatch.reconcile import reconcile
from laborwatch.reconcile.language import likelihood_term
from laborwatch.store import Store


def test_web_flag_page_shows_the_flag_and_its_evidence(client: TestClient, store: Store) -> None:
    pic = reconcile(store.claim_rows())
    assert pic.flags
    listing = client.get("/sanctions").text
    for flag in pic.flags:
        ident = f"{flag.provision}-{flag.country}-{flag.year}"
        assert f'href="/flags/{ident}"' in listing
        r = client.get(f"/flags/{ident}")
        assert r.status_code == 200, ident
        html = r.text
        assert f"Resolution {flag.resolution}, {flag.paragraph}" in html
        assert f'href="/country/{flag.country}"' in html and f"<dd>{flag.year}</dd>" in html
        assert f"<b>{likelihood_term(flag.likelihood)}</b>" in html
        assert f'id="flag-confidence">{flag.confidence}<' in html
        for fact in flag.facts:
            assert f'href="/facts/{fact}"' in html
            for claim in pic.by_id[fact].claims[:5]:
                assert f'href="/claims/{claim.claim_id}"' in html
        data = client.get(f"/api/flags/{ident}").json()
        assert [f["id"] for f in data["facts_detail"]] == [f for f in flag.facts if f in pic.by_id]
    assert client.get("/flags/2397-OP8-RU-1999").status_code == 404
    assert client.get("/flags/nonsense").status_code == 404


def test_web_estimate_permalink_for_every_country_estimate(
    client: TestClient, store: Store
) -> None:
    pic = reconcile(store.claim_rows())
    ests = [e for e in pic.estimates if e.destination == "RU"]
    assert ests
    country = client.get("/country/RU").text
    for est in ests:
        path = f"/estimates/RU/{est.measure}/{est.year}"
        path += f"?sector={est.sector}" if est.sector else ""
        if est.sector is None:
            assert f'href="{path}"' in country  # the year links to the permalink
        r = client.get(path)
        assert r.status_code == 200, path
        assert f'id="estimate-figure"><b>{est.label()}</b>' in r.text
        for fact in est.facts:
            assert f'href="/facts/{fact}"' in r.text
        for fact, _ in est.excluded:
            assert f'href="/facts/{fact}"' in r.text
    data = client.get(f"/api/estimates/RU/{ests[0].measure}/{ests[0].year}").json()
    assert data["destination"] == "RU" and "facts_detail" in data
    assert client.get("/estimates/RU/stock/1951").status_code == 404
    assert client.get("/estimates/RU/height/2020").status_code == 422
    assert client.get("/estimates/Russia/stock/1951").status_code == 404  # a name is a place


def test_web_overview_links_countries_to_their_estimate(client: TestClient) -> None:
    html = client.get("/").text
    assert 'href="/estimates/' in html and 'href="/sources"' in html
