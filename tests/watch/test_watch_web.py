"""The dashboard's watch pages and the Atom feed of alerts, over a store a watcher filled."""

from __future__ import annotations

import re
from collections.abc import Iterator

import feedparser
import pytest
from fastapi.testclient import TestClient

from laborwatch.store import Store
from laborwatch.store.watch import WatchStore
from laborwatch.web import create_app


@pytest.fixture
def client(watched: Store) -> Iterator[TestClient]:
    with TestClient(create_app(watched), base_url="http://127.0.0.1") as c:
        yield c


def test_atom_feed_reads_back_and_links_to_the_claims(client: TestClient, watched: Store) -> None:
    resp = client.get("/watch/alerts.atom")
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(resp.content)
    assert not feed.bozo, feed.get("bozo_exception")
    alerts = WatchStore(watched).alerts()
    assert len(feed.entries) == len(alerts) > 0
    assert feed.feed.title == "laborwatch alerts"
    by_title = {e.title: e for e in feed.entries}
    claim_alerts = [a for a in alerts if a["rule"] == "ru-construction"]
    assert len(claim_alerts) == 2
    for a in claim_alerts:
        entry = by_title[a["title"]]
        hrefs = [link.href for link in entry.links]
        target = f"http://127.0.0.1/claims/{a['body']['claim']['id']}"
        assert target in hrefs
        page = client.get(target.removeprefix("http://127.0.0.1"))
        assert page.status_code == 200 and a["body"]["claim"]["sentence"][:40] in page.text
    moved = [e for e in feed.entries if e.title.startswith("Estimate moved")]
    assert moved and all(
        any("/claims/" in link.href for link in e.links if link.rel == "related") for e in moved
    )


def test_source_status_page_shows_last_poll(client: TestClient, site) -> None:
    html = client.get("/watch").text
    row = re.search(r'<tr class="status-ok"><td>([^<]*)</td>.*?</tr>', html, re.S)
    assert row is not None and row[1] == site.feed_url
    assert "2 new, 0 updated, 2 unchanged, 0 failed" in row[0]
    assert 'href="/watch/alerts.atom"' in html and 'href="/watch"' in client.get("/").text


def test_digests_are_listed_and_rendered_escaped(client: TestClient, watched: Store) -> None:
    ws = WatchStore(watched)
    runs = ws.digests(period="run")
    assert len(runs) == 2
    listing = client.get("/watch/digests").text
    for d in ws.digests():
        assert f'href="/watch/digests/{d["id"]}"' in listing
    page = client.get(f"/watch/digests/{runs[0]['id']}").text
    body = ws.digest(runs[0]["id"])["body"]
    for c in body["claims"]:
        assert f'href="/claims/{c["id"]}"' in page
    assert "<img src=x" not in page and "&lt;img src=x" in page
    as_json = client.get(f"/watch/digests/{runs[0]['id']}?format=json").json()
    assert as_json == body
    md = client.get(f"/watch/digests/{runs[0]['id']}?format=markdown").text
    assert md.startswith("# laborwatch digest: run")
    assert client.get("/watch/digests/999").status_code == 404
