"""Lists sorted by publication date by default, sortable by column on the server; the
column heads are links that keep the filters."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

SORT_LINK = re.compile(
    r'<a class="sort" href="([^"]+)"(?: aria-sort="(\w+)")? title="sort by ([^"]+)"'
)


def _heads(html: str) -> dict[str, tuple[dict[str, list[str]], str | None]]:
    return {
        label: (parse_qs(urlsplit(href.replace("&amp;", "&")).query), state or None)
        for href, state, label in SORT_LINK.findall(html)
    }


def test_web_claims_newest_published_first_by_default(client: TestClient) -> None:
    claims = client.get("/api/claims", params={"limit": 200}).json()["claims"]
    dates = [c["published"] or "" for c in claims]
    assert len(set(dates)) > 3 and dates == sorted(dates, reverse=True)
    oldest = client.get("/api/claims", params={"limit": 50, "sort": "published"}).json()["claims"]
    assert [c["published"] or "" for c in oldest] == sorted(c["published"] or "" for c in oldest)


@pytest.mark.parametrize(
    ("sort", "key"),
    [
        ("-figure", lambda c: c["low"] if c["low"] is not None else -1),
        ("status", lambda c: c["status"] or ""),
        ("-id", lambda c: c["id"]),
        ("kind", lambda c: c["kind"]),
    ],
)
def test_web_claims_sort_by_a_column(client: TestClient, sort: str, key) -> None:
    params = {"limit": 100, "sort": sort, "country": "RU", "kind": "workers"}
    got = client.get("/api/claims", params=params).json()
    rows = [c for c in got["claims"] if key(c) not in ("", -1)]  # NULLs: either end by database
    values = [key(c) for c in rows]
    assert len(values) > 10 and values == sorted(values, reverse=sort.startswith("-"))
    assert all("RU" in c["destinations"] for c in got["claims"])


def test_web_claims_column_heads_sort_and_keep_the_filters(client: TestClient) -> None:
    html = client.get("/claims", params={"country": "RU", "status": "present"}).text
    heads = _heads(html)
    assert set(heads) == {"#", "figure", "kind", "status", "sector", "period", "source"}
    query, state = heads["source"]
    assert state == "descending" and query["sort"] == ["published"]  # click: oldest first
    query, state = heads["figure"]
    assert state is None and query == {
        "country": ["RU"],
        "status": ["present"],
        "sort": ["-figure"],
    }
    params = {"country": "RU", "status": "present", "sort": "-figure", "limit": 5}
    html = client.get("/claims", params=params).text
    query, state = _heads(html)["figure"]
    assert state == "descending" and query["sort"] == ["figure"]
    assert 'name="sort" value="-figure"' in html  # the filter form keeps the order too
    after = re.search(r'href="/claims\?([^"]+)">next', html)
    assert after and "sort=-figure" in after[1] and "country=RU" in after[1]
    assert "limit=5" in after[1] and "offset=5" in after[1]
    assert client.get("/claims", params={"sort": "sentence"}).status_code == 422


def test_web_documents_sort_by_publication_date(client: TestClient) -> None:
    newest = client.get("/api/documents", params={"limit": 100}).json()["documents"]
    dates = [d["published"] or "" for d in newest]
    assert dates == sorted(dates, reverse=True)
    oldest = client.get("/api/documents", params={"limit": 100, "sort": "published"}).json()
    assert [d["published"] or "" for d in oldest["documents"]] == sorted(
        d["published"] or "" for d in oldest["documents"]
    )
    html = client.get("/documents", params={"publisher": newest[0]["publisher"]}).text
    query, state = _heads(html)["publication date"]
    assert state == "descending" and query == {
        "publisher": [newest[0]["publisher"]],
        "sort": ["published"],
    }
    hits = client.get("/api/documents", params={"q": "workers", "sort": "-published"}).json()
    found = [d["published"] or "" for d in hits["documents"]]
    assert found and found == sorted(found, reverse=True)
