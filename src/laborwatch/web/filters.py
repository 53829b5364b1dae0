"""Query parameters shared by pages, API and exports: validated, bounded, then bound in SQL."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import Query

from laborwatch.errors import RequestError
from laborwatch.model import KINDS, SECTORS, STATUSES
from laborwatch.store import ClaimFilter
from laborwatch.web.views import place

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def claim_filter(
    country: Annotated[
        str | None, Query(max_length=60, description="ISO alpha-2, M49:NNN or a place name")
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
        country=place(country) if country else None,
        status=status or None,
        sector=sector or None,
        since=since or None,
        kind=kind or None,
        document=document or None,
        relevant=relevant,
    )


Limit = Annotated[int | None, Query(ge=1, le=10_000, description="page size (capped)")]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


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


# -- sorting: ``sort=key`` ascending, ``sort=-key`` descending; each key has an index.

CLAIM_SORTS = ("published", "id", "figure", "kind", "status", "sector", "period")
DOCUMENT_SORTS = ("published", "seen")
# newest / largest first; kind: worker counts first (the kinds sort workers, wage, ...)
DESCENDING_FIRST = ("published", "id", "figure", "period", "seen", "kind")
ClaimSort = Annotated[
    str,
    Query(
        pattern=rf"^-?({'|'.join(CLAIM_SORTS)})$",
        description="column to sort by, '-' first for descending (default -published)",
    ),
]
DocumentSort = Annotated[
    str | None,
    Query(pattern=rf"^-?({'|'.join(DOCUMENT_SORTS)})$", description="default -published"),
]


def sort_order(sort: str) -> tuple[str, bool]:
    """``-published`` -> (``published``, descending)."""
    return sort.removeprefix("-"), sort.startswith("-")


def sort_links(
    columns: dict[str, str], sort: str, params: dict[str, str]
) -> dict[str, dict[str, str | None]]:
    """Per column head (label -> sort key): the link that sorts by it, keeping the other
    filters (paging starts over), and its ``aria-sort`` state when it is the current one."""
    key, desc = sort_order(sort)
    out: dict[str, dict[str, str | None]] = {}
    for label, col in columns.items():
        if col == key:
            target, state = ("" if desc else "-") + col, "descending" if desc else "ascending"
        else:
            target, state = ("-" if col in DESCENDING_FIRST else "") + col, None
        query = urlencode({**params, "sort": target})
        out[label] = {"href": f"?{query}", "state": state}
    return out


SORT_NAMES = {
    "published": ("publication date", "newest first", "oldest first"),
    "seen": ("first seen", "latest first", "earliest first"),
    "id": ("claim number", "highest first", "lowest first"),
    "figure": ("figure", "largest first", "smallest first"),
    "period": ("period", "latest first", "earliest first"),
}


def sort_label(sort: str) -> str:
    """How a list is sorted, in words ('publication date, newest first')."""
    key, desc = sort_order(sort)
    name, down, up = SORT_NAMES.get(key, (key, "Z to A", "A to Z"))
    return f"{name}, {down if desc else up}"
