"""The watcher on the dashboard: source status, digests, and the alerts as an Atom feed."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from laborwatch.store.watch import WatchStore
from laborwatch.watch.render import html_fragment
from laborwatch.watch.render import render as render_digest
from laborwatch.web.pages import render

router = APIRouter(include_in_schema=False)
ATOM = "http://www.w3.org/2005/Atom"
DigestId = Annotated[int, Path(ge=1, le=2**53)]


def _ws(request: Request) -> WatchStore:
    return WatchStore(request.app.state.store)


@router.get("/watch", response_class=HTMLResponse)
def sources(request: Request) -> HTMLResponse:
    """When each followed source was last polled, what it returned, when it is next due."""
    ws = _ws(request)
    rows = ws.sources()
    for r in rows:
        r["returned"] = json.loads(r["last_returned"]) if r["last_returned"] else None
    return render(
        request,
        "watch.html",
        sources=rows,
        runs=ws.runs(limit=20),
        digests=ws.digests(limit=10),
        alerts=ws.alerts(limit=20),
    )


@router.get("/watch/digests", response_class=HTMLResponse)
def digests(request: Request) -> HTMLResponse:
    return render(request, "watch_digests.html", digests=ws_digests(request))


def ws_digests(request: Request) -> list[dict[str, Any]]:
    rows = _ws(request).digests(limit=200, with_body=True)
    for r in rows:
        body = r.pop("body")
        r["summary"] = {
            k: len(body.get(k) or [])
            for k in ("documents", "claims", "moved_estimates", "new_flags", "failed_sources")
        }
    return rows


@router.get("/watch/digests/{digest_id}", response_model=None)
def digest(
    request: Request,
    digest_id: DigestId,
    fmt: Annotated[str, Query(alias="format", pattern="^(html|markdown|json)$")] = "html",
) -> Response:
    """One digest: a dashboard page, or its Markdown or JSON (``?format=``)."""
    found = _ws(request).digest(digest_id)
    if found is None:
        raise HTTPException(404, f"no digest {digest_id}")
    if fmt == "json":
        return Response(render_digest(found["body"], "json"), media_type="application/json")
    if fmt == "markdown":
        return PlainTextResponse(render_digest(found["body"], "markdown"))
    return render(request, "watch_digest.html", digest=found, body=html_fragment(found["body"]))


@router.get("/watch/alerts.atom")
def alerts_feed(request: Request) -> Response:
    """Every alert as an Atom entry that links to the claims behind it."""
    base = str(request.base_url).rstrip("/")
    alerts = _ws(request).alerts(limit=200)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "title", "laborwatch alerts")
    _text(feed, "id", f"{base}/watch/alerts.atom")
    newest = alerts[0]["created_at"] if alerts else datetime(1970, 1, 1, tzinfo=UTC)
    _text(feed, "updated", _stamp(newest))
    _link(feed, f"{base}/watch/alerts.atom", "self", "application/atom+xml")
    _link(feed, f"{base}/watch", "alternate", "text/html")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "laborwatch")
    for a in alerts:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", f"{base}/watch/alerts/{a['id']}")
        _text(entry, "title", a["title"])
        _text(entry, "updated", _stamp(a["created_at"]))
        ET.SubElement(entry, f"{{{ATOM}}}category", term=a["rule"])
        body = a["body"]
        _link(entry, base + body.get("link", "/watch"), "alternate", "text/html")
        for claim_id in _claims_of(body):
            _link(entry, f"{base}/claims/{claim_id}", "related", "text/html")
        _text(entry, "summary", _summary(body))
    xml = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return Response(xml, media_type="application/atom+xml")


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    el.text = text
    return el


def _link(parent: ET.Element, href: str, rel: str, kind: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}link", href=href, rel=rel, type=kind)


def _stamp(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _claims_of(body: dict[str, Any]) -> list[int]:
    """The claims an alert rests on: its claim, or the claims of the facts behind it."""
    if "claim" in body:
        return [body["claim"]["id"]]
    if "estimate" in body:
        return [c["id"] for f in body["estimate"]["facts_added"] for c in f.get("claims", [])]
    return []


def _summary(body: dict[str, Any]) -> str:
    if "claim" in body:
        return f'"{body["claim"]["sentence"]}" ({body["claim"]["document"]})'
    if "estimate" in body:
        sentences = [
            f'"{c["sentence"]}"'
            for f in body["estimate"]["facts_added"]
            for c in f.get("claims", [])
        ]
        return "Moved by: " + (" ".join(sentences) or "facts dropped")
    if "flag" in body:
        f = body["flag"]
        return f"Resolution {f['resolution']} {f['paragraph']}, likelihood {f['likelihood']}"
    return json.dumps({k: v for k, v in body.items() if k not in ("rule", "when")})
