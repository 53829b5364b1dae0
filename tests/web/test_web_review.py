"""Review: tokens, CSRF, audit log, estimates follow decisions, re-extraction keeps them."""

from __future__ import annotations

import dataclasses
import re
from urllib.parse import quote

import sqlalchemy as sa
from fastapi.testclient import TestClient

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document
from laborwatch.reconcile import reconcile
from laborwatch.review import Correction, ReviewBook, TokenStore
from laborwatch.store import Store
from laborwatch.store.schema import api_tokens


def _estimate(client: TestClient, dest: str, year: int, measure: str = "stock") -> tuple | None:
    found = client.get(
        "/api/estimates", params={"country": dest, "year": year, "measure": measure}
    ).json()["estimates"]
    found = [e for e in found if e["sector"] is None]
    return (found[0]["low"], found[0]["central"], found[0]["high"]) if found else None


def _country_estimate(store: Store):
    picture = reconcile(store.claim_rows())
    est = next(
        e
        for e in picture.estimates
        if len(e.destination) == 2 and e.measure == "stock" and e.sector is None and e.facts
    )
    return est, picture.by_id[est.facts[0]]


def test_web_token_is_stored_only_as_a_hash(store: Store) -> None:
    tokens = TokenStore(store)
    raw = tokens.create("maria")
    assert tokens.verify(raw) == "maria"
    assert tokens.verify(raw[:-1] + ("A" if raw[-1] != "A" else "B")) is None
    assert tokens.verify(None) is None
    with store.reader() as conn:
        row = conn.execute(sa.select(api_tokens)).one()
    assert raw not in [str(v) for v in row] and len(row.token_hash) == 64


def test_web_api_review_needs_a_bearer_token(client: TestClient, token: str) -> None:
    body = {"decision": "rejected"}
    assert client.post("/api/claims/1/review", json=body).status_code == 401
    bad = {"Authorization": "Bearer lw_not-a-token"}
    assert client.post("/api/claims/1/review", json=body, headers=bad).status_code == 401
    ok = client.post(
        "/api/claims/1/review", json=body, headers={"Authorization": f"Bearer {token}"}
    )
    assert ok.status_code == 200 and ok.json()["review"]["reviewer"] == "test analyst"


def test_web_correction_changes_the_estimate(client: TestClient, store: Store, token: str) -> None:
    est, fact = _country_estimate(store)
    before = _estimate(client, est.destination, est.year)
    assert before is not None
    auth = {"Authorization": f"Bearer {token}"}
    for claim in fact.claims:
        r = client.post(
            f"/api/claims/{claim.claim_id}/review",
            json={"decision": "corrected", "low": 777777, "high": 777777, "note": "typo fixed"},
            headers=auth,
        )
        assert r.status_code == 200, r.text
    after = _estimate(client, est.destination, est.year)
    assert after != before and after is not None and after[2] >= 777777
    # the machine's claims are untouched
    machine = {c.claim_id: c for c in store.claim_rows(document=fact.claims[0].document_id)}
    assert machine[fact.claims[0].claim_id].low == fact.claims[0].low


def test_web_rejection_removes_a_claim_from_estimates(
    client: TestClient, store: Store, token: str
) -> None:
    est, fact = _country_estimate(store)
    auth = {"Authorization": f"Bearer {token}"}
    for fid in est.facts:
        for claim in reconcile(store.claim_rows()).by_id[fid].claims:
            client.post(
                f"/api/claims/{claim.claim_id}/review", json={"decision": "rejected"}, headers=auth
            )
    claim_page = client.get(f"/api/claims/{fact.claims[0].claim_id}").json()
    assert claim_page["claim"]["review"] == "rejected" and claim_page["fact"] is None
    after = _estimate(client, est.destination, est.year)
    assert after != (round(est.low), round(est.central), round(est.high))


def test_web_bad_corrections_are_refused(client: TestClient, token: str) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    for body in (
        {"decision": "corrected"},
        {"decision": "corrected", "status": "abducted"},
        {"decision": "corrected", "destinations": ["Russia"]},
        {"decision": "corrected", "low": 10, "high": 5},
    ):
        r = client.post("/api/claims/1/review", json=body, headers=auth)
        assert r.status_code == 400, body
    assert (
        client.post(
            "/api/claims/999999/review", json={"decision": "accepted"}, headers=auth
        ).status_code
        == 400
    )
    assert (
        client.post("/api/claims/1/review", json={"decision": "maybe"}, headers=auth).status_code
        == 422
    )


def _login(client: TestClient, token: str) -> str:
    client.get("/login")
    csrf = client.cookies["lw_csrf"]
    r = client.post(
        "/login", data={"token": token, "csrf": csrf, "next": "/"}, follow_redirects=False
    )
    assert r.status_code == 303 and "lw_token" in r.headers["set-cookie"]
    assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=strict" in r.headers["set-cookie"]
    return csrf


def test_web_form_review_needs_login_and_csrf(client: TestClient, store: Store, token: str) -> None:
    form = {"decision": "corrected", "status": "repatriated"}
    client.get("/")
    csrf = client.cookies["lw_csrf"]
    assert client.post("/claims/1/review", data={**form, "csrf": csrf}).status_code == 401
    assert "Sign in" in client.get("/claims/1").text
    csrf = _login(client, token)
    assert client.post("/claims/1/review", data=form).status_code == 422  # no CSRF field
    assert client.post("/claims/1/review", data={**form, "csrf": "x" * 43}).status_code == 403
    evil = {"origin": "http://evil.example"}
    assert (
        client.post("/claims/1/review", data={**form, "csrf": csrf}, headers=evil).status_code
        == 403
    )
    r = client.post("/claims/1/review", data={**form, "csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303
    page = client.get("/claims/1").text
    assert "repatriated" in re.search(r'id="history">(.*?)</table>', page, re.S)[1]
    assert "test analyst" in page
    history = ReviewBook(store).history(client.get("/api/claims/1").json()["claim"]["document"])
    assert history[0]["before"]["status"] != "repatriated"
    assert history[0]["after"]["changes"] == {"status": "repatriated"}


def test_web_login_rejects_a_bad_token_and_open_redirects(client: TestClient, token: str) -> None:
    client.get("/login")
    csrf = client.cookies["lw_csrf"]
    r = client.post("/login", data={"token": "lw_wrong", "csrf": csrf})
    assert r.status_code == 401 and "not valid" in r.text
    r = client.post(
        "/login",
        data={"token": token, "csrf": csrf, "next": "//evil.example/"},
        follow_redirects=False,
    )
    assert r.headers["location"] == "/"


def test_web_irrelevant_document_drops_out(client: TestClient, store: Store, token: str) -> None:
    _, fact = _country_estimate(store)
    doc = fact.claims[0].document_id
    auth = {"Authorization": f"Bearer {token}"}
    r = client.post(f"/api/documents/{quote(doc)}/review", json={"relevant": False}, headers=auth)
    assert r.status_code == 200
    data = client.get(f"/api/claims/{fact.claims[0].claim_id}").json()
    assert data["fact"] is None and data["document"]["relevant_reviewed"] is False
    assert client.get(f"/api/documents/{quote(doc)}").json()["history"][0]["action"] == "irrelevant"


# -- re-extraction keeps human decisions (SQLite and the real PostgreSQL) ------------------


def test_web_reextraction_keeps_decisions(empty_store: Store, corpus_records: dict) -> None:
    rec = corpus_records["seed-000"]
    doc = Document(id=rec["id"], text=rec["text"], published=rec.get("published"))
    extractor = Extractor()
    empty_store.save(extractor.extract(doc))
    book = ReviewBook(empty_store)
    first = list(empty_store.claim_rows())
    assert len(first) >= 2
    book.review_claim(first[0].claim_id, "rejected", reviewer="a")
    book.review_claim(
        first[1].claim_id, "corrected", Correction.parse({"low": "4321"}), reviewer="b"
    )
    # the article is re-published with an extra paragraph: a new revision, new claim ids
    changed = dataclasses.replace(doc, text="Editor's note: updated.\n\n" + doc.text)
    assert empty_store.save(extractor.extract(changed)).outcome == "updated"
    second = list(empty_store.claim_rows())
    assert {r.claim_id for r in second}.isdisjoint({r.claim_id for r in first})
    reviewed = {r.sentence: r for r in book.apply(second)}
    assert reviewed[first[0].sentence].review == "rejected"
    assert reviewed[first[1].sentence].low == 4321
    assert reviewed[first[1].sentence].start != first[1].start  # offsets moved, key held
    assert all(r.review is None for r in empty_store.claim_rows())  # machine rows untouched
