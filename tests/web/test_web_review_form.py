"""The review form: starts from accept with the claim's values, errors inline with what
was typed kept, and a history people can read."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from urllib.parse import quote

from fastapi.testclient import TestClient

from laborwatch.review.form import NOTHING_CHANGED, check_claim_form
from laborwatch.store import Store
from laborwatch.web.history import readable, when

MACHINE = {"low": 1000.0, "high": 2000.0, "destinations": ["RU"], "status": "present"}
MACHINE |= {"sector": "construction"}


def test_review_form_accept_unchanged_is_accept() -> None:
    out = check_claim_form(
        "accepted", {"low": "1,000", "high": "2000", "destinations": ["RU"]}, MACHINE
    )
    assert out.decision == "accepted" and out.changes.is_empty() and out.errors == {}


def test_review_form_an_edit_under_accept_is_a_correction() -> None:
    out = check_claim_form(
        "accepted", {"low": "1500", "high": "2,000", "status": "present"}, MACHINE
    )
    assert out.decision == "corrected" and (out.changes.low, out.changes.high) == (1500, 2000)
    single = {"low": 800.0, "high": None}  # a single figure: a new high makes it a range
    out = check_claim_form("accepted", {"low": "800", "high": "900"}, single)
    assert (out.changes.low, out.changes.high) == (800, 900)


def test_review_form_errors_are_per_field() -> None:
    out = check_claim_form("accepted", {"low": "lots", "sector": "banking"}, MACHINE)
    assert out.decision is None
    assert set(out.errors) == {"low", "sector"} and "not a count" in out.errors["low"]
    out = check_claim_form("corrected", {"low": "3000"}, MACHINE)  # above the machine's high
    assert set(out.errors) == {"high"} and "below low" in out.errors["high"]
    out = check_claim_form("corrected", {"low": "1000"}, MACHINE)
    assert out.errors == {"decision": NOTHING_CHANGED}
    out = check_claim_form("maybe", {}, MACHINE)
    assert "decision" in out.errors


def test_review_form_reject_drops_edits() -> None:
    out = check_claim_form("rejected", {"low": "5"}, MACHINE)
    assert out.decision == "rejected" and out.changes.is_empty()


def test_history_when_is_human() -> None:
    assert when("2026-12-06 15:42:01.123456+00:00") == "6 Dec 2026, 15:42 UTC"
    assert when("2026-12-06 09:05:59.999") == "6 Dec 2026, 09:05 UTC"
    assert when(datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)) == "2 Jan 2026, 03:04 UTC"


def test_history_lines_are_field_by_field() -> None:
    entry = {
        "at": "2026-12-06 15:42:01.5",
        "reviewer": "maria",
        "target": "claim",
        "action": "corrected",
        "before": {**MACHINE, "decision": None},
        "after": {"decision": "corrected", "changes": {"low": 1500}, "note": "x"},
        "note": "checked",
    }
    line = readable(entry, MACHINE)
    assert line["who"] == "maria" and line["when"] == "6 Dec 2026, 15:42 UTC"
    assert line["changes"] == [
        {"field": "decision", "before": "not reviewed", "after": "corrected"},
        {"field": "low", "before": "1,000", "after": "1,500"},
    ]
    again = {**entry, "before": entry["after"], "after": {"decision": "rejected", "changes": {}}}
    assert readable(again, MACHINE)["changes"] == [
        {"field": "decision", "before": "corrected", "after": "rejected"},
        {"field": "low", "before": "1,500", "after": "1,000"},
    ]


def _login(client: TestClient, token: str) -> str:
    client.get("/login")
    csrf = client.cookies["lw_csrf"]
    client.post("/login", data={"token": token, "csrf": csrf, "next": "/"})
    return csrf


def _claim(client: TestClient) -> dict:
    return next(c for c in client.get("/api/claims").json()["claims"] if c["low"] is not None)


def _history(html: str) -> str:
    return re.search(r'id="history">(.*?)</table>', html, re.S)[1]


def test_web_review_form_starts_from_accept_with_current_values(
    client: TestClient, token: str
) -> None:
    _login(client, token)
    c = _claim(client)
    html = client.get(f"/claims/{c['id']}").text
    assert re.search(r'value="accepted" checked', html)
    low = re.search(r'<input name="low" id="review-low"[^>]*value="([^"]*)"', html)[1]
    assert low.replace(",", "") == f"{c['low']:g}"
    if c["status"]:
        assert f'<option value="{c["status"]}" selected>' in html


def test_web_review_form_error_is_inline_and_keeps_the_input(
    client: TestClient, store: Store, token: str
) -> None:
    csrf = _login(client, token)
    c = _claim(client)
    form = {"csrf": csrf, "decision": "accepted", "low": "twelve", "high": "", "note": "n1"}
    r = client.post(f"/claims/{c['id']}/review", data=form)
    assert r.status_code == 422
    assert 'id="error-low"' in r.text and "not a count" in r.text
    assert re.search(r'<input name="low" id="review-low"[^>]*value="twelve"', r.text)
    assert 'value="n1"' in r.text and "Nothing was saved" in r.text
    assert "Not reviewed yet." in _history(r.text)
    form |= {"low": "12", "high": "12"}
    r = client.post(f"/claims/{c['id']}/review", data=form, follow_redirects=False)
    assert r.status_code == 303
    history = _history(client.get(f"/claims/{c['id']}").text)
    assert "test analyst" in history and "claim corrected" in history
    assert "<b>low</b>" in history and "→ 12<" in history
    assert "{" not in history and not re.search(r"\d\d:\d\d:\d\d", history)
    assert re.search(r"\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC", history)


def test_web_review_form_destinations_by_name(client: TestClient, token: str) -> None:
    csrf = _login(client, token)
    c = _claim(client)
    form = {"csrf": csrf, "decision": "corrected", "destinations": "Russia, 중국"}
    r = client.post(f"/claims/{c['id']}/review", data=form, follow_redirects=False)
    assert r.status_code == 303
    assert client.get(f"/api/claims/{c['id']}").json()["claim"]["destinations"] == ["RU", "CN"]
    r = client.post(f"/claims/{c['id']}/review", data={**form, "destinations": "Rusia"})
    assert r.status_code == 422 and 'id="error-destinations"' in r.text
    assert "Russia (RU)" in r.text and 'value="Rusia"' in r.text


def test_web_document_review_error_inline_and_history(client: TestClient, token: str) -> None:
    csrf = _login(client, token)
    doc = _claim(client)["document"]
    path = f"/documents/{quote(doc)}"
    r = client.post(f"{path}/review", data={"csrf": csrf, "relevant": "perhaps"})
    assert r.status_code == 422 and 'id="review-error"' in r.text
    r = client.post(f"{path}/review", data={"csrf": csrf, "relevant": "false"})
    assert r.status_code == 200
    history = _history(client.get(path).text)
    assert "document irrelevant" in history and "<b>relevant</b>" in history
    assert "yes</span> → no" in history and "{" not in history
