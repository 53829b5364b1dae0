"""Pages and API over a store of the real shared articles: content, limits, headers."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from laborwatch.reconcile import reconcile
from laborwatch.store import Store
from laborwatch.store.migrate import head_revision


def test_web_overview_shows_latest_world_estimate(client: TestClient, store: Store) -> None:
    picture = reconcile(store.claim_rows())
    stock = sorted(
        (e for e in picture.estimates if e.destination == "M49:001" and e.measure == "stock"),
        key=lambda e: e.year,
    )
    stock = [e for e in stock if e.sector is None]
    html = client.get("/").text
    assert f"{stock[-1].central:,.0f}" in re.search(r'id="world-central">([^<]*)<', html)[1]
    assert html.count('class="country') > 150  # every country drawn
    assert 'data-iso="CN"' in html and 'href="/country/CN"' in html


def test_web_api_mirrors_overview(client: TestClient, store: Store) -> None:
    data = client.get("/api/overview").json()
    codes = {c["destination"] for c in data["countries"]}
    assert {"CN", "RU"} <= codes
    assert data["counts"]["documents"] == store.counts()["documents"]
    assert data["newest_claims"][0]["id"] > data["newest_claims"][-1]["id"]
    html = client.get("/").text
    for c in data["countries"]:
        assert f'href="/country/{c["destination"]}"' in html


def test_web_country_page_lists_its_claims_and_estimates(client: TestClient) -> None:
    api = client.get("/api/countries/ru").json()
    assert api["code"] == "RU" and api["name"] == "Russia"
    assert api["estimates"] and all(e["destination"] == "RU" for e in api["estimates"])
    assert all("RU" in c["destinations"] for c in api["claims"])
    html = client.get("/country/RU").text
    for claim in api["claims"][:5]:
        assert f'href="/claims/{claim["id"]}"' in html


def test_web_claim_page_highlights_evidence_at_its_offsets(client: TestClient) -> None:
    claim = client.get("/api/claims?country=RU&limit=1").json()["claims"][0]
    data = client.get(f"/api/claims/{claim['id']}").json()
    assert data["evidence"]["found"]
    assert " ".join(data["evidence"]["evidence"].split()) == " ".join(claim["sentence"].split())
    html = client.get(f"/claims/{claim['id']}").text
    marked = re.search(r'<mark id="evidence">(.*?)</mark>', html, re.S)[1]
    assert marked.split()[:3] == claim["sentence"].replace("'", "&#39;").split()[:3]


def test_web_documents_search_filters_and_pages(client: TestClient) -> None:
    hits = client.get("/api/documents", params={"q": "Russia"}).json()["documents"]
    assert hits and len(hits) <= 50
    page = client.get("/api/documents", params={"limit": 5}).json()
    assert len(page["documents"]) == 5 and page["more"]
    nxt = client.get("/api/documents", params={"limit": 5, "offset": 5}).json()
    assert not {d["id"] for d in page["documents"]} & {d["id"] for d in nxt["documents"]}
    publisher = page["documents"][0]["publisher"]
    same = client.get("/api/documents", params={"publisher": publisher}).json()["documents"]
    assert same and {d["publisher"] for d in same} == {publisher}
    old = client.get("/api/documents", params={"until": "2015"}).json()["documents"]
    assert all((d["published"] or "") < "2016" for d in old)
    assert client.get("/documents", params={"q": '"North Korean" workers'}).status_code == 200


def test_web_security_headers_on_every_page(client: TestClient) -> None:
    for path in ("/", "/country/CN", "/claims", "/documents", "/api/overview", "/nope"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "default-src 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"


def test_web_no_inline_script_or_style(client: TestClient) -> None:
    claim = client.get("/api/claims?limit=1").json()["claims"][0]["id"]
    for path in ("/", "/country/RU", f"/claims/{claim}", "/documents", "/login"):
        html = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), path
        assert " style=" not in html and "<style" not in html, path
        assets = re.findall(r'<(?:script|link)[^>]*(?:src|href)="([^"]*)"', html)
        assert assets and all(a.startswith("/static/") for a in assets), (path, assets)


def test_web_openapi_and_no_cdn_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/overview", "/api/claims", "/api/claims/{claim_id}/review"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_web_limits_refuse_costly_requests(client: TestClient) -> None:
    assert client.get("/api/claims?limit=5000").status_code == 400
    assert client.get("/api/claims?offset=999999").status_code == 400
    assert client.get(f"/api/claims/{2**70}").status_code == 422
    assert client.get("/api/documents", params={"q": "x" * 500}).status_code == 422
    r = client.get("/api/claims", params={"country": "RU' OR 1=1"})  # not a place name either
    assert r.status_code == 400 and "unknown place" in r.json()["error"]
    r = client.get("/api/claims", params={"country": "R'"})
    assert r.status_code == 400 and "error" in r.json()
    assert client.get("/api/claims", params={"status": "x; DROP TABLE claims"}).status_code == 400
    assert client.get("/api/claims?limit=3").json()["claims"]  # the table survived


def test_web_unknown_things_are_404(client: TestClient) -> None:
    assert client.get("/claims/999999").status_code == 404
    assert client.get("/api/documents/no-such-doc").status_code == 404
    assert client.get("/documents/no-such-doc").status_code == 404


def test_web_migration_is_single_head() -> None:
    from importlib import resources

    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(resources.files("laborwatch.store") / "migrations"))
    assert len(script.get_heads()) == 1
    assert head_revision() in script.get_heads()


def test_web_pages_on_both_databases(empty_store: Store, corpus_records: dict) -> None:
    from laborwatch.extract.pipeline import Extractor
    from laborwatch.ingest.jsonl import record_to_document
    from laborwatch.web import create_app

    extractor = Extractor()
    for rid in ("seed-000", "seed-001", "seed-002", "seed-003", "seed-004"):
        doc = record_to_document(corpus_records[rid], where=rid)
        empty_store.save(extractor.extract(doc))
    with TestClient(create_app(empty_store), base_url="http://127.0.0.1") as client:
        assert client.get("/").status_code == 200
        ru = client.get("/api/claims", params={"country": "RU", "since": "2020"}).json()
        assert ru["claims"] and all("RU" in c["destinations"] for c in ru["claims"])
        assert client.get("/country/RU").status_code == 200
        docs = client.get("/api/documents", params={"publisher": "dailynk.com"}).json()
        assert docs["documents"] and {d["publisher"] for d in docs["documents"]} == {"dailynk.com"}
        hits = client.get("/api/documents", params={"q": "workers"}).json()["documents"]
        assert hits
        claim = ru["claims"][0]["id"]
        assert client.get(f"/claims/{claim}").status_code == 200
