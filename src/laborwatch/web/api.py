"""``/api/``: the JSON mirror of every page, plus review writes (Bearer token)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from laborwatch.reconcile.estimates import select
from laborwatch.review.decisions import Correction
from laborwatch.store import ClaimFilter
from laborwatch.web.filters import DATE, ClaimSort, DocumentSort, Limit, Offset, claim_filter
from laborwatch.web.security import require_reviewer
from laborwatch.web.views import Views, estimate_view, place

router = APIRouter(prefix="/api", tags=["api"])
ClaimId = Annotated[int, Path(ge=1, le=2**53)]
DocId = Annotated[str, Path(max_length=200)]


def views(request: Request) -> Views:
    return request.app.state.views


V = Annotated[Views, Depends(views)]


class ClaimReviewIn(BaseModel):
    """Accept, reject or correct a claim (corrections only with ``corrected``)."""

    decision: Literal["accepted", "rejected", "corrected"]
    low: float | None = Field(None, ge=0, le=1e7)
    high: float | None = Field(None, ge=0, le=1e7)
    destinations: list[str] | None = Field(None, max_length=20)
    status: str | None = Field(None, max_length=20)
    sector: str | None = Field(None, max_length=20)
    note: str | None = Field(None, max_length=2000)


class DocumentReviewIn(BaseModel):
    relevant: bool


@router.get("/overview", summary="Totals, latest estimates by country, timelines, newest claims")
def overview(v: V) -> dict[str, Any]:
    return v.overview()


@router.get("/sanctions", summary="Sanctions flags, reported plans and repatriations, filtered")
def sanctions(
    v: V,
    country: Annotated[str | None, Query(max_length=60)] = None,
    provision: Annotated[str | None, Query(max_length=40)] = None,
    year: Annotated[int | None, Query(ge=1950, le=2100)] = None,
) -> dict[str, Any]:
    data = v.sanctions(country or None, provision or None, year)
    for tab in ("flags", "plans", "compliance"):
        for row in data[tab]:
            row["facts_detail"] = row.pop("fact_views")
    return data


@router.get("/countries/{code}", summary="A country's (or M49 region's) page data")
def country(
    v: V,
    code: Annotated[str, Path(max_length=7)],
    limit: Limit = None,
    offset: Offset = 0,
) -> dict[str, Any]:
    return v.country(code, limit, offset)


@router.get("/claims", summary="Claims, newest published first (or sorted), filtered, paged")
def claims(
    v: V,
    flt: Annotated[ClaimFilter, Depends(claim_filter)],
    limit: Limit = None,
    offset: Offset = 0,
    sort: ClaimSort = "-published",
) -> dict[str, Any]:
    return v.claims(flt, limit, offset, sort)


@router.get("/claims/{claim_id}", summary="A claim with its evidence, document, fact, history")
def claim(v: V, claim_id: ClaimId) -> dict[str, Any]:
    found = v.claim(claim_id)
    if found is None:
        raise HTTPException(404, f"no claim {claim_id}")
    return found


@router.get("/documents", summary="Documents: full-text search, filters, paging")
def documents(
    v: V,
    q: Annotated[str | None, Query(max_length=200)] = None,
    publisher: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[str | None, Query(pattern=DATE)] = None,
    until: Annotated[str | None, Query(pattern=DATE)] = None,
    relevant: bool | None = None,
    limit: Limit = None,
    offset: Offset = 0,
    sort: DocumentSort = None,
) -> dict[str, Any]:
    return v.documents(
        q=q or None,
        publisher=publisher or None,
        since=since,
        until=until,
        relevant=relevant,
        limit=limit,
        offset=offset,
        sort=sort,
    )


@router.get("/documents/{document_id:path}", summary="A document with its text, claims, history")
def document(v: V, document_id: DocId) -> dict[str, Any]:
    found = v.document(document_id)
    if found is None:
        raise HTTPException(404, f"no document {document_id!r}")
    return found


@router.get("/estimates", summary="Estimates (low / central / high) with filters")
def estimates(
    v: V,
    country: Annotated[str | None, Query(max_length=7)] = None,
    year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    sector: Annotated[str | None, Query(max_length=20)] = None,
    measure: Annotated[str | None, Query(max_length=20)] = None,
) -> dict[str, Any]:
    pic = v.snapshot().picture
    found = select(pic.estimates, place(country) if country else None, year, sector, measure)
    return {"estimates": [estimate_view(e, full=True) for e in found[:5000]]}


@router.get("/flags", summary="Potential sanctions breaches")
def flags(v: V) -> dict[str, Any]:
    return {"flags": [f.to_dict() for f in v.snapshot().picture.flags]}


@router.get("/reviews", summary="The newest entries of the review audit log")
def reviews(v: V, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> dict[str, Any]:
    return {"reviews": v.book.recent(limit)}


@router.post("/claims/{claim_id}/review", summary="Review a claim (needs a Bearer token)")
def review_claim(request: Request, v: V, claim_id: ClaimId, body: ClaimReviewIn) -> dict[str, Any]:
    who = require_reviewer(request, bearer_only=True)
    changes = Correction.parse(body.model_dump(exclude={"decision", "note"}))
    decision = v.book.review_claim(
        claim_id, body.decision, changes, reviewer=who, note=body.note or None
    )
    request.app.state.cache.invalidate()
    return {"review": decision.to_dict()}


@router.post("/documents/{document_id:path}/review", summary="Mark a document relevant or not")
def review_document(
    request: Request, v: V, document_id: DocId, body: DocumentReviewIn
) -> dict[str, Any]:
    who = require_reviewer(request, bearer_only=True)
    v.book.review_document(document_id, body.relevant, reviewer=who)
    request.app.state.cache.invalidate()
    return {"document": document_id, "relevant": body.relevant, "reviewer": who}
