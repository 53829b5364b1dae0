"""Server-rendered pages (Jinja2, autoescaped) and the review forms."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import re
import tempfile
from pathlib import Path as FilePath
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from markupsafe import Markup

from laborwatch import present
from laborwatch.errors import ReviewError
from laborwatch.report import render_html
from laborwatch.report.pdf import html_to_pdf
from laborwatch.review.decisions import Correction, vocab
from laborwatch.store import ClaimFilter
from laborwatch.web import svg
from laborwatch.web.filters import (
    DATE,
    ClaimSort,
    DocumentSort,
    Limit,
    Offset,
    claim_filter,
    filter_params,
    sort_label,
    sort_links,
)
from laborwatch.web.security import CSP, TOKEN_COOKIE, check_form, require_reviewer, reviewer
from laborwatch.web.state import Snapshot
from laborwatch.web.views import UnknownPlace, Views, place

router = APIRouter(include_in_schema=False)
ClaimId = Annotated[int, Path(ge=1, le=2**53)]
DocId = Annotated[str, Path(max_length=200)]
Text = Annotated[str, Form(max_length=2000)]


def views(request: Request) -> Views:
    return request.app.state.views


V = Annotated[Views, Depends(views)]


def render(request: Request, name: str, code: int = 200, **context: Any) -> HTMLResponse:
    context.update(
        request=request,
        csrf=request.state.csrf,
        user=reviewer(request),
        vocab=vocab(),
    )
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    if not hasattr(request.state, "csrf"):
        request.state.csrf = ""
    return render(request, "error.html", status, status=status, message=message)


FLAG_COLUMNS = ["provision", "resolution", "paragraph", "country", "name", "year", "likelihood"]
FLAG_COLUMNS += ["words", "confidence", "facts", "weakened_by", "notes"]
Year = Annotated[int | None, Query(ge=1950, le=2100)]
AnyYear = Annotated[str | None, Query(pattern=r"^(\d{4})?$", description="YYYY or empty: any")]
Measure = Annotated[str, Query(pattern="^(stock|flow|pipeline|return)$")]


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, v: V, year: Year = None, measure: Measure = "stock") -> HTMLResponse:
    data = v.overview()
    shown = v.world_map(year, measure)
    snap = v.snapshot()
    drawn = snap.cached(
        ("overview-svg", shown["year"], measure),
        lambda: _overview_svg(snap, shown, data["flagged"]),
    )
    return render(request, "overview.html", data=data, shown=shown, legend=svg.legend(), **drawn)


def _overview_svg(snap: Snapshot, shown: dict[str, Any], flagged: list[str]) -> dict[str, Markup]:
    timeline = [
        svg.series_of(_ests(snap, m), present.measure(m), colour)
        for m, colour in (("stock", "#b30000"), ("flow", "#2166ac"))
    ]
    return {
        "world_map": svg.world_map(shown["latest"], flagged, year=shown["year"]),
        "timeline": svg.time_chart(timeline, "World: estimated DPRK workers abroad"),
    }


@router.get("/compare", response_class=HTMLResponse)
def compare(
    request: Request, v: V, measure: Measure = "stock", a: Year = None, b: Year = None
) -> HTMLResponse:
    data = v.compare(measure, a, b)
    flagged = v.overview()["flagged"]
    maps = [
        svg.world_map(
            side["latest"], flagged, year=side["year"], element_id=f"map-{n}", defs=n == "a"
        )
        for n, side in (("a", data["first"]), ("b", data["second"]))
    ]
    return render(request, "compare.html", data=data, maps=maps, legend=svg.legend())


@router.get("/sanctions", response_class=HTMLResponse)
def sanctions(
    request: Request,
    v: V,
    tab: Annotated[str, Query(pattern="^(flags|plans|compliance)$")] = "flags",
    country: Annotated[str | None, Query(max_length=60)] = None,
    provision: Annotated[str | None, Query(max_length=40)] = None,
    year: AnyYear = None,
) -> HTMLResponse:
    data = v.sanctions(country or None, provision or None, int(year) if year else None)
    params = {k: val for k, val in data["filters"].items() if val}

    def tab_query(t: str) -> str:
        return urlencode({**params, "tab": t})

    fragment = request.app.state.templates.env.get_template("sanctions_table.html")
    table = v.snapshot().cached(  # hundreds of flags: drawn once per picture and filter
        ("sanctions-table", tab, tuple(sorted(params.items()))),
        lambda: Markup(fragment.render(data=data, tab=tab, tab_query=tab_query)),
    )
    return render(
        request,
        "sanctions.html",
        data=data,
        tab=tab,
        table=table,
        query=urlencode(params),
        tab_query=tab_query,
    )


@router.get("/sanctions.{fmt}")
def sanctions_export(
    v: V,
    fmt: Annotated[str, Path(pattern="^(csv|json)$")],
    tab: Annotated[str, Query(pattern="^(flags|plans|compliance)$")] = "flags",
    country: Annotated[str | None, Query(max_length=60)] = None,
    provision: Annotated[str | None, Query(max_length=40)] = None,
    year: AnyYear = None,
) -> Response:
    data = v.sanctions(country or None, provision or None, int(year) if year else None)
    rows = [{k: val for k, val in r.items() if k != "fact_views"} for r in data[tab]]
    name = f"laborwatch-{tab}.{fmt}"
    head = {"Content-Disposition": f'attachment; filename="{name}"'}
    if fmt == "json":
        return JSONResponse(rows, headers=head)
    return Response(sanctions_csv(tab, rows), media_type="text/csv; charset=utf-8", headers=head)


def sanctions_csv(tab: str, rows: list[dict[str, Any]]) -> str:
    """Flags or listings as CSV, one row each; lists joined with ' | '."""
    cols = FLAG_COLUMNS if tab == "flags" else ["country", "name", "year", "facts", "notes"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(cols)
    for r in rows:
        writer.writerow(
            [" | ".join(map(str, r[c])) if isinstance(r.get(c), list) else r.get(c) for c in cols]
        )
    return out.getvalue()


@router.get("/facts/{fact_id}", response_class=HTMLResponse)
def fact(request: Request, v: V, fact_id: Annotated[str, Path(max_length=40)]) -> HTMLResponse:
    data = v.fact(fact_id)
    if data is None:
        raise HTTPException(404, f"no fact {fact_id!r} in the current picture")
    return render(request, "fact.html", data=data)


@router.get("/brief.{fmt}")
def brief(
    v: V,
    fmt: Annotated[str, Path(pattern="^(html|pdf)$")],
    country: Annotated[str | None, Query(max_length=60)] = None,
    form: Annotated[str, Query(pattern="^(full|summary)$")] = "full",
) -> Response:
    """The written brief over the current store (``country``: only claims about that place)."""
    code = place(country) if country else None
    filters = {"country": code} if code else {}
    html = v.snapshot().cached(
        ("brief", code, form),
        lambda: render_html(v.book.apply(v.store.claim_rows(**filters)), summary=form == "summary"),
    )
    if fmt == "html":
        return HTMLResponse(html, headers={"Content-Security-Policy": brief_csp(html)})
    with tempfile.TemporaryDirectory() as tmp:
        out = html_to_pdf(html, FilePath(tmp) / "brief.pdf")
        data = out.read_bytes()
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="laborwatch-brief-{form}.pdf"'},
    )


def _ests(snap: Any, measure: str, place: str = "M49:001") -> list[Any]:
    return [
        e
        for e in snap.estimates_by_place.get(place, [])
        if e.measure == measure and e.sector is None
    ]


@router.get("/country/{code}", response_class=HTMLResponse)
def country(
    request: Request,
    v: V,
    code: Annotated[str, Path(max_length=7)],
    limit: Limit = None,
    offset: Offset = 0,
) -> HTMLResponse:
    try:
        data = v.country(code, limit, offset)
    except UnknownPlace as exc:
        raise HTTPException(
            404,
            f"no place with the code {exc}: use an ISO alpha-2 code (RU, CN) or M49:NNN,"
            " or pick a country on the overview map",
        ) from exc
    snap = v.snapshot()
    chart = snap.cached(("country-svg", data["code"]), lambda: _country_chart(snap, data))
    return render(
        request,
        "country.html",
        data=data,
        chart=chart,
        export_query=urlencode({"country": data["code"]}),
    )


def _country_chart(snap: Snapshot, data: dict[str, Any]) -> Markup:
    code = data["code"]
    return svg.time_chart(
        [
            svg.series_of(_ests(snap, m, code), present.measure(m), colour)
            for m, colour in (("stock", "#b30000"), ("flow", "#2166ac"), ("pipeline", "#7b3294"))
        ],
        f"{data['name']}: estimated DPRK workers",
    )


@router.get("/claims", response_class=HTMLResponse)
def claims(
    request: Request,
    v: V,
    flt: Annotated[ClaimFilter, Depends(claim_filter)],
    limit: Limit = None,
    offset: Offset = 0,
    sort: ClaimSort = "-published",
) -> HTMLResponse:
    data = v.claims(flt, limit, offset, sort)
    params = filter_params(flt)
    paged = {**params, "sort": sort} if sort != "-published" else dict(params)
    if limit is not None:
        paged["limit"] = str(data["limit"])
    return render(
        request,
        "claims.html",
        data=data,
        filters=params,
        sort_links=sort_links(CLAIM_COLUMNS, sort, params),
        sort=sort,
        sort_label=sort_label(sort),
        export_query=urlencode(params),
        next_query=urlencode({**paged, "offset": data["offset"] + data["limit"]}),
        prev_query=urlencode({**paged, "offset": max(0, data["offset"] - data["limit"])}),
    )


# the claims table's column heads that sort on the server, and their sort keys
CLAIM_COLUMNS = {"#": "id", "figure": "figure", "kind": "kind", "status": "status"}
CLAIM_COLUMNS |= {"sector": "sector", "period": "period", "source": "published"}


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, v: V, claim_id: ClaimId) -> HTMLResponse:
    data = v.claim(claim_id)
    if data is None:
        raise HTTPException(404, f"no claim {claim_id}")
    return render(request, "claim.html", data=data)


@router.get("/documents", response_class=HTMLResponse)
def documents(
    request: Request,
    v: V,
    q: Annotated[str | None, Query(max_length=200)] = None,
    publisher: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
    relevant: Annotated[str | None, Query(pattern="^(|true|false)$")] = None,
    limit: Limit = None,
    offset: Offset = 0,
    sort: DocumentSort = None,
) -> HTMLResponse:
    rel = None if not relevant else relevant == "true"
    data = v.documents(
        q=q or None,
        publisher=publisher or None,
        since=since or None,
        until=until or None,
        relevant=rel,
        limit=limit,
        offset=offset,
        sort=sort,
    )
    params = {
        k: val
        for k, val in (
            ("q", q),
            ("publisher", publisher),
            ("since", since),
            ("until", until),
            ("relevant", relevant),
        )
        if val
    }
    paged = {**params, "sort": sort} if sort else params
    return render(
        request,
        "documents.html",
        data=data,
        filters=params,
        sort_links=sort_links({"published": "published"}, data["sort"], params),
        next_query=urlencode({**paged, "offset": data["offset"] + data["limit"]}),
        prev_query=urlencode({**paged, "offset": max(0, data["offset"] - data["limit"])}),
    )


@router.get("/documents/{document_id:path}", response_class=HTMLResponse)
def document(request: Request, v: V, document_id: DocId) -> HTMLResponse:
    data = v.document(document_id)
    if data is None:
        raise HTTPException(404, f"no document {document_id!r}")
    return render(request, "document.html", data=data)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: Annotated[str, Query(max_length=300)] = "/") -> Response:
    return render(request, "login.html", next=_local(next), failed=False)


@router.post("/login")
def login(
    request: Request,
    token: Annotated[str, Form(max_length=200)],
    csrf: Annotated[str, Form(max_length=100)],
    next: Annotated[str, Form(max_length=300)] = "/",
) -> Response:
    check_form(request, csrf)
    if request.app.state.tokens.verify(token.strip()) is None:
        return render(request, "login.html", 401, next=_local(next), failed=True)
    response = RedirectResponse(_local(next), status_code=303)
    secure = request.url.scheme == "https"
    response.set_cookie(
        TOKEN_COOKIE, token.strip(), httponly=True, samesite="strict", secure=secure, path="/"
    )
    return response


@router.post("/logout")
def logout(request: Request, csrf: Annotated[str, Form(max_length=100)]) -> Response:
    check_form(request, csrf)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(TOKEN_COOKIE, path="/")
    return response


@router.post("/claims/{claim_id}/review")
def review_claim(
    request: Request,
    v: V,
    claim_id: ClaimId,
    csrf: Annotated[str, Form(max_length=100)],
    decision: Annotated[str, Form(max_length=20)],
    low: Text = "",
    high: Text = "",
    destinations: Text = "",
    status: Text = "",
    sector: Text = "",
    note: Text = "",
) -> Response:
    check_form(request, csrf)
    who = require_reviewer(request)
    fields = {"low": low, "high": high, "destinations": destinations}
    fields |= {"status": status, "sector": sector}
    changes = Correction.parse(fields)
    if decision not in vocab()["decisions"]:
        raise ReviewError(f"unknown decision {decision!r}")
    v.book.review_claim(claim_id, decision, changes, reviewer=who, note=note.strip() or None)
    request.app.state.cache.invalidate()
    return RedirectResponse(f"/claims/{claim_id}", status_code=303)


@router.post("/documents/{document_id:path}/review")
def review_document(
    request: Request,
    v: V,
    document_id: DocId,
    csrf: Annotated[str, Form(max_length=100)],
    relevant: Annotated[str, Form(pattern="^(true|false)$")],
) -> Response:
    check_form(request, csrf)
    who = require_reviewer(request)
    v.book.review_document(document_id, relevant == "true", reviewer=who)
    request.app.state.cache.invalidate()
    return RedirectResponse(f"/documents/{quote(document_id, safe='/')}", status_code=303)


def brief_csp(html: str) -> str:
    """The strict policy, with the brief's own <style> blocks allowed by their hashes."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(m.encode()).digest()).decode() + "'"
        for m in re.findall(r"<style>(.*?)</style>", html, flags=re.S)
    )
    return CSP.replace("style-src 'self'", f"style-src 'self' {hashes}")


def _local(target: str) -> str:
    """Only redirect within this site (no open redirect)."""
    bad = target.startswith(("//", "/\\")) or not target.startswith("/")
    return "/" if bad else target
