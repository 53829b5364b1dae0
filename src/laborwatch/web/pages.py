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
from laborwatch.reconcile.grading import register_reliability
from laborwatch.report import render_html
from laborwatch.report.pdf import html_to_pdf
from laborwatch.review.decisions import machine_state, vocab
from laborwatch.review.form import FIELDS, check_claim_form
from laborwatch.web import history, svg
from laborwatch.web.filters import (
    ClaimQuery,
    ClaimSort,
    DocumentSearch,
    DocumentSort,
    Limit,
    Offset,
    Paging,
    PlaceText,
    filter_params,
    found,
    pager,
    search_of,
    sort_label,
    sort_links,
)
from laborwatch.web.places import PlaceNotFound, resolve
from laborwatch.web.security import CSP, TOKEN_COOKIE, check_form, require_reviewer, reviewer
from laborwatch.web.state import Snapshot
from laborwatch.web.views import Views

router = APIRouter(include_in_schema=False)
ClaimId = Annotated[int, Path(ge=1, le=2**53)]
DocId = Annotated[str, Path(max_length=200)]
Text = Annotated[str, Form(max_length=2000)]


def views(request: Request) -> Views:
    return request.app.state.views


V = Annotated[Views, Depends(views)]


def render(request: Request, name: str, code: int = 200, /, **context: Any) -> HTMLResponse:
    context.update(
        request=request,
        csrf=request.state.csrf,
        user=reviewer(request),
        vocab=vocab(),
    )
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=code)


def error_page(
    request: Request, status: int, message: str, unknown: PlaceNotFound | None = None
) -> HTMLResponse:
    """The error page; for an unknown place, links to the closest places."""
    if not hasattr(request.state, "csrf"):
        request.state.csrf = ""
    links = _suggestion_links(request, unknown) if unknown else []
    shown = unknown.short if unknown and links else message  # the links say the rest
    return render(request, "error.html", status, status=status, message=shown, links=links)


def _suggestion_links(request: Request, unknown: PlaceNotFound) -> list[dict[str, str]]:
    """The same request with the unknown place replaced by each suggestion."""
    params = dict(request.query_params)
    key = next((k for k, val in params.items() if val.strip() == unknown.text), None)
    out = []
    for s in unknown.suggestions:
        if key is None or request.url.path.startswith("/country"):
            href = f"/country/{quote(s['code'])}"
        else:
            href = f"{request.url.path}?{urlencode({**params, key: s['code']})}"
        out.append({**s, "href": href})
    return out


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
    brief = f"?{urlencode({'year': year})}" if year and measure == "stock" else ""
    return render(
        request, "overview.html", data=data, shown=shown, legend=svg.legend(), brief=brief, **drawn
    )


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
    request: Request,
    v: V,
    measure: Measure = "stock",
    a: Year = None,
    b: Year = None,
    country: PlaceText = None,
) -> HTMLResponse:
    data = v.compare(measure, a, b)
    code = resolve(country) if country else None
    if code:  # the table narrowed to one place (the maps stay whole)
        data["rows"] = [r for r in data["rows"] if r["code"] == code]
    data["country"] = code
    flagged = v.overview()["flagged"]
    maps = [
        svg.world_map(
            side["latest"], flagged, year=side["year"], element_id=f"map-{n}", defs=n == "a"
        )
        for n, side in (("a", data["first"]), ("b", data["second"]))
    ]
    return render(request, "compare.html", data=data, maps=maps, legend=svg.legend())


def sanctions_query(
    tab: Annotated[str, Query(pattern="^(flags|plans|compliance)$")] = "flags",
    country: PlaceText = None,
    provision: Annotated[str | None, Query(max_length=40)] = None,
    year: AnyYear = None,
) -> tuple[str, str | None, str | None, int | None]:
    """The sanctions page's tab, then its filters: place code, provision, year."""
    code = resolve(country) if country else None
    return tab, code, provision or None, int(year) if year else None


SanctionsQuery = Annotated[tuple[str, str | None, str | None, int | None], Depends(sanctions_query)]


@router.get("/sanctions", response_class=HTMLResponse)
def sanctions(request: Request, v: V, query: SanctionsQuery) -> HTMLResponse:
    tab, code, provision, year = query
    data = v.sanctions(code, provision, year)
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
    v: V, fmt: Annotated[str, Path(pattern="^(csv|json)$")], query: SanctionsQuery
) -> Response:
    tab, code, provision, year = query
    data = v.sanctions(code, provision, year)
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
    data = found(v.fact(fact_id), f"no fact {fact_id!r} in the current picture")
    return render(request, "fact.html", data=data)


@router.get("/brief.{fmt}")
def brief(
    v: V,
    fmt: Annotated[str, Path(pattern="^(html|pdf)$")],
    country: PlaceText = None,
    form: Annotated[str, Query(pattern="^(full|summary)$")] = "full",
    year: Year = None,
) -> Response:
    """The written brief over the current store (``country``: only claims about that place;
    ``year``: the map's year, as on the overview)."""
    code = resolve(country) if country else None
    filters = {"country": code} if code else {}
    html = v.snapshot().cached(
        ("brief", code, form, year),
        lambda: render_html(
            v.book.apply(v.store.claim_rows(**filters)),
            summary=form == "summary",
            map_year=year,
            reliability=register_reliability(v.store),
        ),
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


@router.get("/country", response_class=HTMLResponse)
def find_place(request: Request, q: Annotated[str, Query(max_length=60)] = "") -> Response:
    """The 'find a place' box: a code or a name (English or Korean) to the place's page."""
    if not q.strip():
        return RedirectResponse("/country/M49:001", status_code=303)
    try:
        return RedirectResponse(f"/country/{quote(resolve(q))}", status_code=303)
    except PlaceNotFound as exc:
        return error_page(request, 404, str(exc), exc)


@router.get("/country/{code}", response_class=HTMLResponse)
def country(
    request: Request,
    v: V,
    code: Annotated[str, Path(max_length=60)],
    limit: Limit = None,
    offset: Offset = 0,
) -> Response:
    try:
        wanted = resolve(code)
    except PlaceNotFound as exc:
        return error_page(request, 404, str(exc), exc)
    if wanted != code:  # a name or a lower-case code: the page lives at its code
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/country/{quote(wanted)}{query}", status_code=307)
    data = v.country(wanted, limit, offset)
    snap = v.snapshot()
    chart = snap.cached(("country-svg", data["code"]), lambda: _country_chart(snap, data))
    fragment = request.app.state.templates.env.get_template("country_facts.html")
    facts_table = snap.cached(  # up to country_facts facts: drawn once per picture and place
        ("country-facts", data["code"]), lambda: Markup(fragment.render(data=data))
    )
    return render(
        request,
        "country.html",
        data=data,
        chart=chart,
        facts_table=facts_table,
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
    request: Request, v: V, flt: ClaimQuery, page: Paging, sort: ClaimSort = "-published"
) -> HTMLResponse:
    limit = page[0]
    data = v.claims(flt, *page, sort)
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
        **pager(paged, data),
    )


# the claims table's column heads that sort on the server, and their sort keys
CLAIM_COLUMNS = {"#": "id", "figure": "figure", "kind": "kind", "status": "status"}
CLAIM_COLUMNS |= {"sector": "sector", "period": "period", "source": "published"}


@router.get("/claims/{claim_id}", response_class=HTMLResponse)
def claim(request: Request, v: V, claim_id: ClaimId) -> HTMLResponse:
    return claim_page(request, v, claim_id)


def claim_page(
    request: Request,
    v: Views,
    claim_id: int,
    typed: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
) -> HTMLResponse:
    """A claim with its review form: the current values (decision 'accept'), or what was
    typed with an error at each field that did not pass (answered 422)."""
    data = found(v.claim(claim_id), f"no claim {claim_id}")
    current = {k: _as_typed(k, data["claim"][k]) for k in FIELDS}
    lines = history.readable_log(data["history"], lambda _: data["machine"])
    return render(
        request,
        "claim.html",
        422 if errors else 200,
        data=data,
        current=current,
        form=typed or {"decision": "accepted", "note": "", **current},
        errors=errors or {},
        history_lines=lines,
    )


def _as_typed(key: str, value: Any) -> str:
    """A claim's value as the review form shows it in its field."""
    if value is None:
        return ""
    if key in ("low", "high"):
        return present.number(float(value))
    if key == "destinations":
        return ", ".join(value)
    return str(value)


@router.get("/documents", response_class=HTMLResponse)
def documents(
    request: Request, v: V, query: DocumentSearch, page: Paging, sort: DocumentSort = None
) -> HTMLResponse:
    params = query.params()
    data = v.documents(**search_of(query), limit=page[0], offset=page[1], sort=sort)
    paged = {**params, "sort": sort} if sort else params
    return render(
        request,
        "documents.html",
        data=data,
        filters=params,
        sort_links=sort_links({"published": "published"}, data["sort"], params),
        **pager(paged, data),
    )


@router.get("/documents/{document_id:path}", response_class=HTMLResponse)
def document(request: Request, v: V, document_id: DocId) -> HTMLResponse:
    return document_page(request, v, document_id)


def document_page(
    request: Request, v: Views, document_id: str, error: str | None = None
) -> HTMLResponse:
    """A document with its relevance form (and the form's error, answered 422)."""
    data = found(v.document(document_id), f"no document {document_id!r}")
    machines: dict[int | None, Any] = {}

    def machine_of(claim_id: int | None) -> Any:
        if claim_id not in machines:
            row = v.book.claim(claim_id) if claim_id else None
            machines[claim_id] = machine_state(row) if row else None
        return machines[claim_id]

    lines = history.readable_log(data["history"], machine_of)
    code = 422 if error else 200
    return render(request, "document.html", code, data=data, error=error, history_lines=lines)


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
    typed = {"decision": decision, "low": low, "high": high, "destinations": destinations}
    typed |= {"status": status, "sector": sector, "note": note}
    machine = v.book.claim(claim_id)
    if machine is None:
        raise HTTPException(404, f"no claim {claim_id}")
    codes, errors = _destination_codes(destinations)
    checked = check_claim_form(decision, {**typed, "destinations": codes}, machine_state(machine))
    errors = {**checked.errors, **errors}
    if errors or checked.decision is None:
        return claim_page(request, v, claim_id, typed, errors)
    v.book.review_claim(
        claim_id, checked.decision, checked.changes, reviewer=who, note=note.strip() or None
    )
    request.app.state.cache.invalidate()
    return RedirectResponse(f"/claims/{claim_id}#history", status_code=303)


def _destination_codes(text: str) -> tuple[list[str] | None, dict[str, str]]:
    """Typed destinations (codes or names, comma-separated) as codes, or the field's error."""
    items = [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]
    if not items:
        return None, {}
    try:
        return [resolve(t) for t in items], {}
    except PlaceNotFound as exc:
        return None, {"destinations": str(exc)}


@router.post("/documents/{document_id:path}/review")
def review_document(
    request: Request,
    v: V,
    document_id: DocId,
    csrf: Annotated[str, Form(max_length=100)],
    relevant: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    check_form(request, csrf)
    who = require_reviewer(request)
    if relevant not in ("true", "false"):
        return document_page(request, v, document_id, "choose relevant or irrelevant")
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
