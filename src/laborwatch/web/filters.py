"""Query parameters shared by pages, API and exports: validated, bounded, then bound in SQL."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode

from fastapi import Depends, HTTPException, Query

from laborwatch.errors import RequestError
from laborwatch.model import KINDS, SECTORS, STATUSES
from laborwatch.store import ClaimFilter
from laborwatch.web.places import resolve

DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # empty: any (a form's blank field)


def claim_filter(
    country: Annotated[
        str | None,
        Query(max_length=60, description="ISO alpha-2, M49:NNN or a place name (English, Korean)"),
    ] = None,
    status: Annotated[str | None, Query(max_length=20)] = None,
    sector: Annotated[str | None, Query(max_length=20)] = None,
    since: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
    kind: Annotated[str | None, Query(max_length=20)] = None,
    document: Annotated[str | None, Query(max_length=200)] = None,
    relevant: Annotated[bool | None, Query()] = None,
) -> ClaimFilter:
    """The claim filters of a request (empty values mean 'any')."""
    if status and status not in STATUSES:
        raise RequestError(f"unknown status {status!r}")
    if sector and sector not in SECTORS:
        raise RequestError(f"unknown sector {sector!r}")
    if kind and kind not in KINDS:
        raise RequestError(f"unknown kind {kind!r}")
    return ClaimFilter(
        country=resolve(country) if country else None,
        status=status or None,
        sector=sector or None,
        since=since or None,
        kind=kind or None,
        document=document or None,
        relevant=relevant,
    )


@dataclass(frozen=True, slots=True)
class DocumentQuery:
    """The document search of a request (pages and API): text, publisher, dates, relevance."""

    q: str | None
    publisher: str | None
    since: str | None
    until: str | None
    relevant: bool | None

    def params(self) -> dict[str, str]:
        """As query parameters (for paging links)."""
        out = {k: getattr(self, k) for k in ("q", "publisher", "since", "until")}
        if self.relevant is not None:
            out["relevant"] = "true" if self.relevant else "false"
        return {k: val for k, val in out.items() if val}


def document_query(
    q: Annotated[str | None, Query(max_length=200, description="search words")] = None,
    publisher: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
    until: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
    relevant: Annotated[str | None, Query(pattern="^(|true|false)$")] = None,
) -> DocumentQuery:
    """The document filters of a request (empty values mean 'any')."""
    rel = None if not relevant else relevant == "true"
    return DocumentQuery(q or None, publisher or None, since or None, until or None, rel)


DocumentSearch = Annotated[DocumentQuery, Depends(document_query)]


Limit = Annotated[int | None, Query(ge=1, le=10_000, description="page size (capped)")]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


def paging(limit: Limit = None, offset: Offset = 0) -> tuple[int | None, int]:
    """A list's page: its size (None: the default) and offset, bounded by the views."""
    return limit, offset


PlaceText = Annotated[
    str | None, Query(max_length=60, description="a code or a place name (English or Korean)")
]
Paging = Annotated[tuple[int | None, int], Depends(paging)]
ClaimQuery = Annotated[ClaimFilter, Depends(claim_filter)]


def search_of(query: DocumentQuery) -> dict[str, Any]:
    """The query as keyword arguments of ``Views.documents``."""
    return asdict(query)


def filter_params(flt: ClaimFilter) -> dict[str, str]:
    """The filter as query parameters (for export links and paging)."""
    out = {}
    for key in ("country", "status", "sector", "since", "kind", "document"):
        value = getattr(flt, key)
        if value:
            out[key] = value
    if flt.relevant is not None:
        out["relevant"] = "true" if flt.relevant else "false"
    return out


def pager(params: dict[str, str], data: dict[str, Any]) -> dict[str, str]:
    """The query strings of a paged view's next and previous pages."""
    return {
        "next_query": urlencode({**params, "offset": data["offset"] + data["limit"]}),
        "prev_query": urlencode({**params, "offset": max(0, data["offset"] - data["limit"])}),
    }


Found = TypeVar("Found")


def found(value: Found | None, message: str) -> Found:
    """``value``, or a 404 saying ``message`` when there is none."""
    if value is None:
        raise HTTPException(404, message)
    return value
