"""The source register (/sources): grades with a legend, reviewer edits with a reason, the
audit log, and the picture the reconciler draws with the edited grade."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from laborwatch.model import Amount, Claim, Document, Evidence, Extraction, Period
from laborwatch.review import TokenStore
from laborwatch.store import Store
from laborwatch.web import create_app

from .test_web_review import _login

GRADE = re.compile(r"<dt>grade</dt><dd><abbr[^>]*>([A-F]\d)</abbr>")


def _one_report(store: Store) -> None:
    """One unattributed figure from one outlet the shipped table does not know (grade F)."""
    text = "About 4,000 North Korean workers were building houses in Russia in 2020."
    claim = Claim(
        "workers",
        Amount(4000.0, 4000.0, "About 4,000", "approx"),
        Evidence(text, 0, len(text)),
        ["RU"],
        status="present",
        sector="construction",
        period=Period("2020", "2020", "in 2020"),
    )
    doc = Document(id="r1", text=text, publisher="obscure-news.example", published="2020-06-01")
    store.save(Extraction(doc, True, 0.9, [claim]))


def test_web_register_lists_sources_with_a_legend(client: TestClient) -> None:
    html = client.get("/sources").text
    for words in ("completely reliable", "usually reliable", "cannot be judged"):
        assert words in html
    assert (
        'id="src-origin-UN-Panel-of-Experts"' in html and 'id="src-publisher-dailynk.com"' in html
    )
    assert "Sign in with a token" in html and 'action="/sources"' not in html  # read-only
    data = client.get("/api/sources").json()
    assert data["default"] == "F" and data["log"] == []
    dailynk = next(p for p in data["publishers"] if p["name"] == "dailynk.com")
    assert dailynk["shipped"] == dailynk["grade"] == "C" and dailynk["in_store"]
    assert {o["name"] for o in data["origins"]} >= {"UN Panel of Experts", "South Korea NIS"}


def test_web_register_edit_needs_a_reviewer_and_a_reason(
    client: TestClient, store: Store, token: str
) -> None:
    client.get("/")
    form = {"kind": "publisher", "name": "dailynk.com", "grade": "B", "reason": "long record"}
    assert (
        client.post("/sources", data={**form, "csrf": client.cookies["lw_csrf"]}).status_code == 401
    )
    csrf = _login(client, token)
    page = client.get("/sources").text
    assert 'action="/sources"' in page and 'name="reason" required' in page
    r = client.post("/sources", data={**form, "reason": "  ", "csrf": csrf})
    assert r.status_code == 400 and "reason" in r.text
    assert client.post("/sources", data={**form, "grade": "G", "csrf": csrf}).status_code == 400
    r = client.post("/sources", data={**form, "csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/sources")
    html = client.get("/sources").text
    log = re.search(r'id="register-history">(.*?)</table>', html, re.S)[1]
    assert "publisher:dailynk.com" in log and "long record" in log and "test analyst" in log
    assert "C → <b>B</b>" in log
    row = re.search(r'id="src-publisher-dailynk.com" class="edited">(.*?)</tr>', html, re.S)[1]
    assert "grade-badge grade-B" in row
    audit = client.get("/api/reviews").json()["reviews"][0]
    assert audit["target"] == "source" and audit["note"] == "long record"


def test_web_register_edit_changes_the_picture(empty_store: Store) -> None:
    """Grading the outlet changes the fact's grade and the estimate's confidence."""
    _one_report(empty_store)
    token = TokenStore(empty_store).create("editor")
    auth = {"Authorization": f"Bearer {token}"}
    with TestClient(create_app(empty_store), base_url="http://127.0.0.1") as client:
        est = client.get("/api/estimates/RU/stock/2020").json()
        fact = est["facts_detail"][0]["id"]
        assert GRADE.search(client.get(f"/facts/{fact}").text)[1] == "F6"
        body = {"kind": "publisher", "name": "Obscure-News.example", "grade": "A", "reason": ""}
        assert client.post("/api/sources", json=body).status_code == 401  # no token
        assert client.post("/api/sources", json=body, headers=auth).status_code == 400
        body["reason"] = "the ministry's own outlet, checked against the UN panel"
        assert client.post("/api/sources", json=body, headers=auth).status_code == 200
        assert GRADE.search(client.get(f"/facts/{fact}").text)[1] == "A2"
        after = client.get("/api/estimates/RU/stock/2020").json()
        assert after["credibility"] < est["credibility"]
        register = client.get("/api/sources").json()
        row = next(p for p in register["publishers"] if p["name"] == "obscure-news.example")
        assert (row["shipped"], row["grade"], row["edit"]["reviewer"]) == ("F", "A", "editor")
        assert register["log"][0]["before"] == {"grade": "F"}
