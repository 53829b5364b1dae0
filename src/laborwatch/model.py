"""The records that flow through laborwatch: Document -> Claim (-> Fact -> Estimate).

Plain dataclasses; ``to_dict`` renders exactly the JSON of ``spec/claims.md``.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field, fields
from importlib import resources
from typing import Any, Literal

from laborwatch.settings import load

ClaimKind = Literal["workers", "revenue", "wage", "state_share"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range", "vague"]
Status = Literal["planned", "recruiting", "dispatched", "present", "repatriated", "unknown"]
Scope = Literal["site", "city", "region", "country", "multi", "world"]
Basis = Literal["gross", "take_home", "state_take", "total", "other"]


def pick(obj: object, *names: str) -> dict[str, Any]:
    """The named attributes of ``obj`` as a mapping, in the order given."""
    return {name: getattr(obj, name) for name in names}


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """``data/vocabulary.yaml``: each term of the spec with its display name."""

    kinds: dict[str, str]
    statuses: dict[str, str]
    sectors: dict[str, str]
    qualifiers: dict[str, str]
    measures: dict[str, str]


@functools.cache
def vocabulary() -> Vocabulary:
    """The shipped vocabulary (the one list of kinds, statuses, sectors and measures)."""
    return load(Vocabulary, resources.files("laborwatch.data") / "vocabulary.yaml")


KINDS: tuple[str, ...] = tuple(vocabulary().kinds)
STATUSES: tuple[str, ...] = tuple(vocabulary().statuses)
SECTORS: tuple[str, ...] = tuple(vocabulary().sectors)
QUALIFIERS: tuple[str, ...] = tuple(vocabulary().qualifiers)
MEASURES: tuple[str, ...] = tuple(vocabulary().measures)


@dataclass(slots=True)
class Document:
    """One article as ingested: its text and what is known about it."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    publisher: str | None = None
    language: str | None = "en"
    source: str | None = None  # where it was read from: path[:line], URL, feed
    pages: list[tuple[int, int]] | None = None  # (start offset, page number) for PDFs
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text, the identity of a revision's content."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Amount:
    """A count, money amount or percentage share: low/high bounds plus how it was said."""

    low: float | None
    high: float | None
    text: str | None = None
    qualifier: Qualifier | None = None  # counts only
    currency: str | None = None  # money only
    per: Literal["month", "year"] | None = None  # money only

    def as_count(self) -> dict[str, Any]:
        return {
            "low": _num(self.low),
            "high": _num(self.high),
            "qualifier": self.qualifier,
            "text": self.text,
        }

    def as_money(self) -> dict[str, Any]:
        return {
            "low": _num(self.low),
            "high": _num(self.high),
            "currency": self.currency or "USD",
            "per": self.per,
            "text": self.text,
        }

    def as_share(self) -> dict[str, Any]:
        return {"low": _num(self.low), "high": _num(self.high), "text": self.text}


class _Flat:
    """A dataclass whose JSON form is its fields, in order."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]


@dataclass(slots=True)
class Period(_Flat):
    start: str | None = None
    end: str | None = None
    text: str | None = None


@dataclass(slots=True)
class Evidence(_Flat):
    sentence: str
    start: int
    end: int


@dataclass(slots=True)
class Claim:
    """One statement of the spec, with the sentence that proves it."""

    kind: ClaimKind
    value: Amount
    evidence: Evidence
    destinations: list[str] = field(default_factory=list)
    status: Status | None = None
    sector: str | None = None
    period: Period | None = None
    attribution: str | None = None
    scope: Scope | None = None  # how much of the destination the figure covers
    origin: str | None = None  # who first stated the figure (normalised name), not the outlet
    basis: Basis | None = None  # money claims only: what the amount is
    cumulative: bool = False  # the figure totals several years
    place_strength: int = field(default=0, compare=False, repr=False)  # extractor-internal

    def to_dict(self) -> dict[str, Any]:
        """Render as the spec's claim object (field order fixed for byte-stable output)."""
        out: dict[str, Any] = {"kind": self.kind}
        if self.kind == "workers":
            out["count"] = self.value.as_count()
            out["destinations"] = list(self.destinations)
            out["status"] = self.status or "unknown"
            out["sector"] = self.sector
        elif self.kind == "state_share":
            out["share"] = self.value.as_share()
        else:
            out["amount"] = self.value.as_money()
        if self.kind != "workers" and self.destinations:
            out["destinations"] = list(self.destinations)
        out["period"] = self.period.to_dict() if self.period else None
        out["attribution"] = self.attribution
        out["scope"] = self.scope
        out["origin"] = self.origin
        if self.kind != "workers":
            out["basis"] = self.basis
        if self.cumulative:
            out["cumulative"] = True
        out["evidence"] = self.evidence.to_dict()
        return out

    def identity(self) -> tuple[Any, ...]:
        """What makes two claims of one document 'the same claim' (set semantics)."""
        v = self.value
        return (self.kind, v.low, v.high, v.qualifier, tuple(sorted(self.destinations)))


@dataclass(slots=True)
class Extraction:
    """A document with its relevance decision and claims: one line of extractor output."""

    document: Document
    relevant: bool
    relevance: float
    claims: list[Claim] = field(default_factory=list)
    unread: str | None = None  # why the text was not read (e.g. a language with no vocabulary)

    def to_dict(self) -> dict[str, Any]:
        d = self.document
        out: dict[str, Any] = {
            "document": {
                "id": d.id,
                "title": d.title,
                "url": d.url,
                "published": d.published,
                "publisher": d.publisher,
                "language": d.language,
                "relevant": self.relevant,
                "relevance": round(self.relevance, 3),
            },
            "claims": [c.to_dict() for c in self.claims],
        }
        if self.unread:
            out["document"]["unread"] = self.unread
        return out


def _num(x: float | None) -> int | float | None:
    """Integers stay integers in JSON (24200, not 24200.0)."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


@dataclass(slots=True)
class ClaimRow:
    """A stored claim joined with what reconciliation needs of its document.

    The store yields these (``Store.claim_rows``); reconcile, report and the web app
    consume them, so none of them needs to know the database.
    """

    claim_id: int
    document_id: str
    kind: ClaimKind
    low: float | None
    high: float | None
    qualifier: str | None
    destinations: tuple[str, ...]
    status: str | None
    sector: str | None
    period_start: str | None
    period_end: str | None
    attribution: str | None
    sentence: str
    start: int
    end: int
    currency: str | None = None
    per: str | None = None
    text: str | None = None  # the figure as written ("up to 28,000")
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    title: str | None = None
    cluster: str | None = None  # story cluster id shared by syndicated copies
    relevant: bool = True
    review: str | None = None  # None (machine), "accepted", "rejected", "corrected"
    scope: str | None = None
    origin: str | None = None
    basis: str | None = None
    cumulative: bool = False
