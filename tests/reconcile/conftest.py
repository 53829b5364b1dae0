"""Hand-built ClaimRows for the reconcile tests, and rows from the shared gold claims."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest

from laborwatch.model import ClaimRow
from laborwatch.reconcile.rows import rows_from_records

_ids = itertools.count(1)


def make_row(
    kind: str = "workers",
    low: float | None = 1000,
    high: float | None = "same",
    qualifier: str | None = "exact",
    dest: tuple[str, ...] = ("RU",),
    status: str | None = "present",
    year: str | None = "2023",
    doc: str | None = None,
    **extra: Any,
) -> ClaimRow:
    """One claim with sensible defaults; ``high='same'`` copies ``low``; the scope is the
    one the destination implies (as the extractor states it) unless given."""
    n = next(_ids)
    if "scope" not in extra:
        world, area = dest == ("M49:001",), any(d.startswith("M49:") for d in dest)
        extra["scope"] = ("world" if world else "multi" if area else "country") if dest else None
    return ClaimRow(
        claim_id=n,
        document_id=doc or f"d{n}",
        kind=kind,
        low=low,
        high=low if high == "same" else high,
        qualifier=qualifier,
        destinations=dest,
        status=status,
        sector=extra.pop("sector", None),
        period_start=year,
        period_end=extra.pop("period_end", None),
        attribution=extra.pop("attribution", None),
        sentence=extra.pop("sentence", "A sentence."),
        start=0,
        end=10,
        published=extra.pop("published", "2024-03-01"),
        publisher=extra.pop("publisher", "example.org"),
        url=extra.pop("url", f"https://example.org/{n}"),
        **extra,
    )


@pytest.fixture
def row() -> Callable[..., ClaimRow]:
    return make_row


@pytest.fixture(scope="session")
def gold_rows(gold_records: dict[str, dict], corpus_records: dict[str, dict]) -> list[ClaimRow]:
    """The hand-annotated claims of the shared corpus, joined with each article's metadata
    (publisher, date, url, story tag as the cluster)."""
    meta = {
        i: {k: r.get(k) for k in ("url", "publisher", "published", "title", "story")}
        for i, r in corpus_records.items()
    }
    return list(rows_from_records(gold_records.values(), meta))


@pytest.fixture(scope="session")
def all_gold_rows(shared_dir) -> list[ClaimRow]:
    """Gold claims of every English shared corpus (seeds, dev, dev2) with article metadata."""
    from laborwatch.reconcile.reference import gold_rows as read_gold

    return read_gold(shared_dir)
