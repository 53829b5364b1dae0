"""``/export/...``: any filtered claim view, or the estimates, in a registered format.

The formats and their names come from :mod:`laborwatch.export.formats`, as the CLI's do.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse

from laborwatch.errors import ConfigError
from laborwatch.export.formats import EstimateQuery, ExportFormat, describe, get_format
from laborwatch.model import ClaimRow
from laborwatch.store import ClaimFilter
from laborwatch.web.filters import claim_filter
from laborwatch.web.views import place

router = APIRouter(prefix="/export", tags=["export"])
FILTER_KEYS = ("country", "status", "sector", "since", "kind", "document", "relevant")


def filtered_rows(request: Request, flt: ClaimFilter) -> Iterator[ClaimRow]:
    """The view's claims with human review applied, at most ``max_export_rows``."""
    store = request.app.state.store
    cap = request.app.state.settings.max_export_rows
    fields = {k: getattr(flt, k) for k in FILTER_KEYS}
    return itertools.islice(store.reviewed_claim_rows(**fields), cap)


def _download(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="laborwatch-{name}"'}


def _format(name: str, of: str) -> ExportFormat:
    try:
        return get_format(name, of)
    except ConfigError as exc:
        raise HTTPException(404, str(exc)) from exc


@router.get("/claims.{fmt}", summary=f"Claims of a filtered view: {describe()}")
def claims(
    request: Request,
    fmt: Annotated[str, Path(max_length=10)],
    flt: Annotated[ClaimFilter, Depends(claim_filter)],
) -> StreamingResponse:
    form = _format(fmt, "claims")
    body = form.claim_chunks(filtered_rows(request, flt))
    return StreamingResponse(
        body, media_type=form.media_type, headers=_download(f"claims.{form.suffix}")
    )


@router.get("/estimates.{fmt}", summary="Latest estimate per country (geojson)")
def estimates(
    request: Request,
    fmt: Annotated[str, Path(max_length=10)],
    measure: Annotated[str, Query(max_length=20)] = "stock",
    year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    country: Annotated[str | None, Query(max_length=7)] = None,
) -> StreamingResponse:
    form = _format(fmt, "estimates")
    pic = request.app.state.cache.get().picture
    query = EstimateQuery(measure, year, place(country) if country else None)
    return StreamingResponse(
        form.estimate_chunks(pic, query),
        media_type=form.media_type,
        headers=_download(f"estimates.{form.suffix}"),
    )
