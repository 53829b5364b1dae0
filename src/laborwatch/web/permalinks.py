"""Permalink pages of a sanctions flag and of an estimate, with their JSON twins.

``/flags/{provision}-{host}-{year}`` (e.g. ``/flags/2397-OP8-RU-2019``) shows the
provision, host, year, likelihood words, confidence and the facts behind the flag, each
fact with its claims one click away; ``/estimates/{place}/{measure}/{year}`` (optionally
``?sector=``) shows one estimate with the facts it uses and the ones it set aside.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse

from laborwatch.reconcile import config
from laborwatch.reconcile.config import place_name
from laborwatch.reconcile.language import likelihood_term
from laborwatch.reconcile.records import Flag
from laborwatch.web.pages import V, render
from laborwatch.web.views import Views, estimate_view, fact_view, place

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api", tags=["api"])
FLAG_ID = re.compile(r"(?P<provision>.+)-(?P<country>[A-Z]{2}|M49:\d{3})-(?P<year>\d{4})")
FlagId = Annotated[str, Path(max_length=60)]
Measure = Annotated[str, Path(pattern="^(stock|flow|pipeline|return)$")]
Year = Annotated[int, Path(ge=1950, le=2100)]
Sector = Annotated[str | None, Query(max_length=20)]
SHOWN = 200  # facts listed on a flag's or an estimate's page (the ids list has them all)


def flag_id(flag: Flag | dict[str, Any]) -> str:
    """A flag's permalink id: provision, host and year (``2397-OP8-RU-2019``)."""
    get = flag.get if isinstance(flag, dict) else lambda k: getattr(flag, k)
    return f"{get('provision')}-{get('country')}-{get('year')}"


def estimate_path(est: dict[str, Any]) -> str:
    """The permalink of an estimate view (``/estimates/RU/stock/2019?sector=...``)."""
    tail = f"?sector={est['sector']}" if est.get("sector") else ""
    return f"/estimates/{est['destination']}/{est['measure']}/{est['year']}{tail}"


def flag_data(v: Views, ident: str) -> dict[str, Any] | None:
    """One flag with its provision, likelihood words and every fact behind it."""
    m = FLAG_ID.fullmatch(ident)
    if m is None:
        return None
    pic = v.snapshot().picture
    year = int(m["year"])
    found = next(
        (
            f
            for f in pic.flags
            if f.provision == m["provision"] and f.country == m["country"] and f.year == year
        ),
        None,
    )
    if found is None:
        return None
    provision = next((p for p in config.sanctions().provisions if p.id == found.provision), None)
    return {
        **found.to_dict(),
        "id": ident,
        "name": place_name(found.country),
        "words": likelihood_term(found.likelihood),
        "provision_text": {
            k: getattr(provision, k, None) for k in ("label", "summary", "url", "since")
        },
        "fact_views": [fact_view(pic.by_id[i]) for i in found.facts[:SHOWN] if i in pic.by_id],
        "fact_count": len(found.facts),
    }


def estimate_data(
    v: Views, code: str, measure: str, year: int, sector: str | None
) -> dict[str, Any] | None:
    """One estimate with the facts it rests on and those it set aside (with the reason)."""
    snap = v.snapshot()
    code = place(code)
    est = next(
        (
            e
            for e in snap.estimates_by_place.get(code, [])
            if e.measure == measure and e.year == year and e.sector == (sector or None)
        ),
        None,
    )
    if est is None:
        return None
    by_id = snap.picture.by_id
    return {
        **estimate_view(est, full=True),
        "view": estimate_view(est),
        "fact_views": [fact_view(by_id[i]) for i in est.facts[:SHOWN] if i in by_id],
        "excluded_views": [
            {"fact": fact_view(by_id[i]), "reason": why}
            for i, why in est.excluded[:SHOWN]
            if i in by_id
        ],
        "flags": [
            {**f.to_dict(), "id": flag_id(f), "words": likelihood_term(f.likelihood)}
            for f in snap.flags_by_place.get(code, [])
            if f.year == year
        ],
    }


def _flag(v: Views, ident: str) -> dict[str, Any]:
    data = v.snapshot().cached(("flag", ident), lambda: flag_data(v, ident))
    if data is None:
        raise HTTPException(404, f"no sanctions flag {ident!r}; see the list on /sanctions")
    return dict(data)  # a copy: the API renames keys


def _estimate(v: Views, code: str, measure: str, year: int, sector: str | None) -> dict[str, Any]:
    key = ("estimate", code, measure, year, sector)
    data = v.snapshot().cached(key, lambda: estimate_data(v, code, measure, year, sector))
    if data is None:
        what = f"{measure} estimate for {code} in {year}" + (f" ({sector})" if sector else "")
        raise HTTPException(404, f"no {what}; see the country page")
    return dict(data)  # a copy: the API renames keys


@router.get("/flags/{ident:path}", response_class=HTMLResponse)
def flag_page(request: Request, v: V, ident: FlagId) -> HTMLResponse:
    return render(request, "flag.html", data=_flag(v, ident))


@router.get("/estimates/{code}/{measure}/{year}", response_class=HTMLResponse)
def estimate_page(
    request: Request,
    v: V,
    code: Annotated[str, Path(max_length=7)],
    measure: Measure,
    year: Year,
    sector: Sector = None,
) -> HTMLResponse:
    return render(request, "estimate.html", data=_estimate(v, code, measure, year, sector))


@api_router.get("/flags/{ident:path}", summary="One sanctions flag with its facts")
def flag_api(v: V, ident: FlagId) -> dict[str, Any]:
    data = _flag(v, ident)
    data["facts_detail"] = data.pop("fact_views")
    return data


@api_router.get(
    "/estimates/{code}/{measure}/{year}", summary="One estimate with its facts and exclusions"
)
def estimate_api(
    v: V,
    code: Annotated[str, Path(max_length=7)],
    measure: Measure,
    year: Year,
    sector: Sector = None,
) -> dict[str, Any]:
    data = _estimate(v, code, measure, year, sector)
    data["facts_detail"] = data.pop("fact_views")
    data["excluded_detail"] = data.pop("excluded_views")
    return data
