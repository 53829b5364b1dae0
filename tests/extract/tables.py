"""Helpers shared by the blind-batch money tables (English and Korean)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Claim, Document


def money_tuples(extractor: Extractor, text: str, language: str) -> set[tuple]:
    """The money claims of a text as comparable tuples (relevance not gated: a short snippet
    may not read as relevant on its own, and only its money is tested)."""
    doc = Document(id="m", text=text, language=language)
    return claim_money_tuples(extractor.extract(doc, gate=False).claims)


def claim_money_tuples(claims: list[Claim]) -> set[tuple]:
    """``(kind, low, high, currency, per)`` of each revenue or wage claim, ``(kind, low,
    high)`` of each share."""
    out: set[tuple] = set()
    for c in claims:
        v = c.value
        if c.kind == "state_share":
            out.add((c.kind, v.low, v.high))
        elif c.kind in ("revenue", "wage"):
            out.add((c.kind, v.low, v.high, v.currency, v.per))
    return out


def workers_by_value(extractor: Extractor, text: str, published: str) -> dict[float, Claim]:
    """The worker claims of an article by value (the high bound, else the low one); " // "
    in the text ends a headline."""
    text = text.replace(" // ", "\n\n")
    out = extractor.extract(Document(id="a", text=text, language="en", published=published))
    return {
        (c.value.high if c.value.high is not None else c.value.low): c
        for c in out.claims
        if c.kind == "workers" and (c.value.high is not None or c.value.low is not None)
    }


def batch_rows(batches: dict[str, list[tuple[str, Any]]], known: dict[str, str]) -> list:
    """Every row of the batches as a test case ``<batch>-<nn>``, a strict xfail when it is a
    known miss (so a fix shows up as XPASS)."""
    rows = []
    for name, table in batches.items():
        for i, (text, expected) in enumerate(table):
            rid = f"{name}-{i:02d}"
            reason = known.get(rid)
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            rows.append(pytest.param(text, expected, id=rid, marks=marks))
    return rows


def sibling_module(name: str) -> ModuleType:
    """A test module of this folder, loaded by file name (to share its table helpers)."""
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(f"{name}_shared", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def figures_by_value(
    extractor: Extractor, text: str, published: str
) -> dict[float, tuple[list[str], str | None, str | None]]:
    """Destinations, status and sector of each worker figure of an article, by value."""
    found = workers_by_value(extractor, text, published)
    return {value: (sorted(c.destinations), c.status, c.sector) for value, c in found.items()}


def figure_rows(batches: dict[str, list[tuple[str, list[tuple]]]], known: dict[str, str]) -> list:
    """Every ``(value, destinations, status, sector)`` figure of the batches as a test case
    ``<batch>-<nn>-<value>`` of ``(text, value, dests, status, sector)``, a strict xfail when
    it is a known miss."""
    rows = []
    for name, table in batches.items():
        for i, (text, figs) in enumerate(table):
            for value, dests, status, sector in figs:
                rid = f"{name}-{i:02d}-{value:g}"
                reason = known.get(rid)
                marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
                rows.append(pytest.param(text, value, dests, status, sector, id=rid, marks=marks))
    return rows
