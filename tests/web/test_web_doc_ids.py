"""Document ids that hold ``/`` (URL paths, feed GUIDs) are reachable on every document route."""

from __future__ import annotations

from urllib.parse import quote

from fastapi.testclient import TestClient

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document
from laborwatch.store import Store

DOC_ID = "example.org/news/2024/05/workers?x=1#a b"
TEXT = (
    "About 1,200 North Korean workers were sent to Russian construction sites in 2023, "
    "a regional labour official said on Tuesday."
)


def _save(store: Store) -> None:
    doc = Document(id=DOC_ID, text=TEXT, title="Workers sent", published="2024-05-02")
    store.save(Extractor().extract(doc))


def test_web_document_id_with_slashes_is_reachable(client: TestClient, store: Store) -> None:
    _save(store)
    client.app.state.cache.invalidate()
    listing = client.get("/documents", params={"q": "Workers sent"}).text
    href = f"/documents/{quote(DOC_ID, safe='/')}"
    page = client.get(href)
    assert page.status_code == 200, page.text
    assert "1,200" in page.text
    assert client.get(f"/documents/{quote(DOC_ID, safe='')}").status_code == 200
    api = client.get(f"/api/documents/{quote(DOC_ID, safe='')}")
    assert api.status_code == 200 and api.json()["document"]["id"] == DOC_ID
    assert client.get("/documents/example.org/news/none").status_code == 404
    assert "Workers sent" in listing


def test_web_review_of_a_document_id_with_slashes(
    client: TestClient, store: Store, token: str
) -> None:
    _save(store)
    auth = {"authorization": f"Bearer {token}"}
    url = f"/api/documents/{quote(DOC_ID, safe='/')}/review"
    r = client.post(url, json={"relevant": False}, headers=auth)
    assert r.status_code == 200, r.text
    assert r.json()["document"] == DOC_ID
    api = client.get(f"/api/documents/{quote(DOC_ID, safe='')}").json()
    assert api["document"]["relevant_reviewed"] is False
