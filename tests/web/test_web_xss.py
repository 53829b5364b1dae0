"""Every article string is untrusted: script payloads in title, text, publisher, URL are inert."""

from __future__ import annotations

from urllib.parse import quote

from fastapi.testclient import TestClient

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document
from laborwatch.store import Store

PAYLOAD = "<script>alert('xss')</script>"


def _assert_inert(html: str) -> None:
    assert PAYLOAD not in html and "<script>alert" not in html
    assert "onerror=" not in html.replace("onerror=&#34;", "").replace("onerror=&quot;", "")
    assert 'href="javascript:' not in html


def test_web_xss_payloads_are_escaped_everywhere(
    client: TestClient, hostile_claims: list[int]
) -> None:
    pages = [
        "/",
        "/claims",
        f"/claims/{hostile_claims[0]}",
        "/documents",
        "/documents?q=workers",
        f"/documents/{quote('xss-1')}",
        "/country/RU",
    ]
    for path in pages:
        r = client.get(path)
        assert r.status_code == 200, path
        _assert_inert(r.text)
    html = client.get(f"/claims/{hostile_claims[0]}").text
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html


def test_web_xss_api_returns_data_not_markup(client: TestClient, hostile_claims: list[int]) -> None:
    r = client.get(f"/api/claims/{hostile_claims[0]}")
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["document"]["title"].startswith(PAYLOAD)  # data kept verbatim, as JSON


def test_web_xss_csv_export_defuses_formulas(client: TestClient, store: Store) -> None:
    doc = Document(
        id="formula-1",
        title='=HYPERLINK("http://evil.example")',
        text="North Korea sent about 2,000 workers to Russia in 2023, officials said.",
        published="2023",
    )
    store.save(Extractor().extract(doc))
    csv_text = client.get("/export/claims.csv?document=formula-1").text
    assert "formula-1" in csv_text and "'=HYPERLINK" in csv_text
    assert ",=HYPERLINK" not in csv_text
