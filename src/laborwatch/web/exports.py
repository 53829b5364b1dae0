"""``/export/...``: any filtered claim view as CSV, JSON or FtM; estimates as GeoJSON."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse

from laborwatch.export import csv_chunks, estimates_geojson, ftm_lines, json_chunks
from laborwatch.model import ClaimRow
from laborwatch.store import ClaimFilter
from laborwatch.web.filters import claim_filter
from laborwatch.web.views import place

router = APIRouter(prefix="/export", tags=["export"])
Chunks = Callable[[Iterable[ClaimRow]], Iterator[str]]
FORMATS: dict[str, tuple[Chunks, str]] = {
    "csv": (csv_chunks, "text/csv; charset=utf-8"),
    "json": (json_chunks, "application/json"),
    "ftm.json": (ftm_lines, "application/x-ndjson"),
}
FILTER_KEYS = ("country", "status", "sector", "since", "kind", "document", "relevant")


def filtered_rows(request: Request, flt: ClaimFilter) -> Iterator[ClaimRow]:
    """The view's claims with human review applied, at most ``max_export_rows``."""
    store = request.app.state.store
    cap = request.app.state.settings.max_export_rows
    fields = {k: getattr(flt, k) for k in FILTER_KEYS}
    return itertools.islice(store.reviewed_claim_rows(**fields), cap)


def _download(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="laborwatch-{name}"'}


@router.get("/claims.{fmt}", summary="Claims of a filtered view: csv, json or ftm.json")
def claims(
    request: Request,
    fmt: Annotated[str, Path(max_length=10)],
    flt: Annotated[ClaimFilter, Depends(claim_filter)],
) -> StreamingResponse:
    if fmt not in FORMATS:
        raise HTTPException(404, f"unknown export format {fmt!r} (csv, json, ftm.json)")
    chunks, media = FORMATS[fmt]
    body = chunks(filtered_rows(request, flt))
    return StreamingResponse(body, media_type=media, headers=_download(f"claims.{fmt}"))


@router.get("/estimates.geojson", summary="Latest estimate per country as GeoJSON")
def geojson(
    request: Request,
    measure: Annotated[str, Query(max_length=20)] = "stock",
    year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    country: Annotated[str | None, Query(max_length=7)] = None,
) -> JSONResponse:
    pic = request.app.state.cache.get().picture
    data = estimates_geojson(pic, measure, year, place(country) if country else None)
    return JSONResponse(
        data, media_type="application/geo+json", headers=_download("estimates.geojson")
    )
