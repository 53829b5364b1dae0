"""Helpers shared by the blind-batch money tables (English and Korean)."""

from __future__ import annotations

import importlib.util
import math
import re
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


def origin_articles(table: str) -> list[tuple[str, str, list[tuple[str, str, str | None]]]]:
    """The (publisher, text, [(claim spec, scope, origin)]) articles of an origin batch table
    (``test_extract_origin_articles.py``'s format)."""
    out = []
    for entry in re.split(r"\n(?=@ )", table.strip()):
        head, _, text = entry.partition("\n| ")
        lines = head.splitlines()
        publisher = lines[0].removeprefix("@ ").strip()
        claims = []
        for line in lines[1:]:
            spec, scope, origin = line.split(" ", 2)
            claims.append((spec, scope, None if origin.strip() == "-" else origin.strip()))
        body = " ".join(text.split()).replace(" // ", "\n\n")
        out.append((publisher, body, claims))
    return out


def worker_key(c: Claim) -> tuple[Any, frozenset[str]]:
    """A worker claim's count and destination key, as the scorer matches them."""
    if c.value.qualifier == "vague":
        top = c.value.high or c.value.low or 0
        return ("vague", int(math.log10(top)) if top > 0 else 0), frozenset(c.destinations)
    return (c.value.low, c.value.high), frozenset(c.destinations)
