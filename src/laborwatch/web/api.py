"""``/api/``: the JSON mirror of every page, plus review writes (Bearer token)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field

from laborwatch.reconcile.estimates import select
from laborwatch.review.decisions import Correction
from laborwatch.web import filters, places
from laborwatch.web.filters import ClaimQuery, DocumentSearch, Paging, PlaceText
from laborwatch.web.security import require_reviewer
from laborwatch.web.views import Views, estimate_view

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


@router.get("/places", summary="Places by code or name, English or Korean (autocomplete)")
def place_names(
    v: V,
    q: Annotated[str, Query(max_length=60, description="what was typed so far")] = "",
    limit: Annotated[int, Query(ge=1, le=places.MAX_SUGGESTIONS)] = 8,
) -> dict[str, Any]:
    """Places whose code or a name starts with (else contains, else is spelled close to)
    ``q``; those with an estimate first. Each: code, name, the name matched, kind."""
    with_data = v.snapshot().estimates_by_place
    return {"query": q, "places": places.suggest(q, limit, with_data)}


@router.get("/sanctions", summary="Sanctions flags, reported plans and repatriations, filtered")
def sanctions(
    v: V,
    country: PlaceText = None,
    provision: Annotated[str | None, Query(max_length=40)] = None,
    year: Annotated[int | None, Query(ge=1950, le=2100)] = None,
) -> dict[str, Any]:
    code = places.resolve(country) if country else None
    data = v.sanctions(code, provision or None, year)
    for tab in ("flags", "plans", "compliance"):
        for row in data[tab]:
            row["facts_detail"] = row.pop("fact_views")
    return data


@router.get("/countries/{code}", summary="A country's (or M49 region's) page data")
def country(
    v: V,
    code: Annotated[str, Path(max_length=60, description="a code or a place name")],
    limit: filters.Limit = None,
    offset: filters.Offset = 0,
) -> dict[str, Any]:
    return v.country(places.resolve(code), limit, offset)


@router.get("/claims", summary="Claims, newest first, filtered and paged")
def claims(v: V, flt: ClaimQuery, page: Paging) -> dict[str, Any]:
    return v.claims(flt, *page)


@router.get("/claims/{claim_id}", summary="A claim with its evidence, document, fact, history")
def claim(v: V, claim_id: ClaimId) -> dict[str, Any]:
    return filters.found(v.claim(claim_id), f"no claim {claim_id}")


@router.get("/documents", summary="Documents: full-text search, filters, paging")
def documents(v: V, query: DocumentSearch, page: Paging) -> dict[str, Any]:
    limit, offset = page
    return v.documents(**filters.search_of(query), limit=limit, offset=offset)


@router.get("/documents/{document_id:path}", summary="A document with its text, claims, history")
def document(v: V, document_id: DocId) -> dict[str, Any]:
    return filters.found(v.document(document_id), f"no document {document_id!r}")


@router.get("/estimates", summary="Estimates (low / central / high) with filters")
def estimates(
    v: V,
    country: PlaceText = None,
    year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    sector: Annotated[str | None, Query(max_length=20)] = None,
    measure: Annotated[str | None, Query(max_length=20)] = None,
) -> dict[str, Any]:
    pic = v.snapshot().picture
    code = places.resolve(country) if country else None
    chosen = select(pic.estimates, code, year, sector, measure)
    return {"estimates": [estimate_view(e, full=True) for e in chosen[:5000]]}


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
