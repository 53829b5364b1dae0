"""Helpers shared by the blind-batch money tables (English and Korean)."""

from __future__ import annotations

import importlib.util
import math
import re
from collections.abc import Mapping, Sequence
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


def blind_text(raw: str) -> str:
    """A blind item's text: " // " ends a headline, " || " a paragraph or a digest item."""
    return raw.replace(" || ", "\n\n").replace(" // ", "\n\n")


def judged_relevant(extractor: Extractor, raw: str) -> bool:
    """Does a blind item (:func:`blind_text`) read as relevant?"""
    return extractor.extract(Document(id="r", text=blind_text(raw), language="en")).relevant


def relevance_tests(
    relevant: Mapping[str, tuple[str, list[float]]],
    irrelevant: Mapping[str, str],
    known: Mapping[str, str],
) -> tuple[Any, Any, Any]:
    """The three tests of a relevance blind batch (assign them to names starting "test_"):
    each relevant text reads as relevant, each irrelevant one does not, and each worker
    figure of a relevant one (``<name>-<figure>``) is found with the gate on; a case is a
    strict xfail when ``known`` names it."""

    def marks(key: str) -> list:
        return [pytest.mark.xfail(reason=known[key], strict=True)] if key in known else []

    @pytest.mark.parametrize(
        "text", [pytest.param(t, id=k, marks=marks(k)) for k, (t, _) in relevant.items()]
    )
    def relevant_test(extractor: Extractor, text: str) -> None:
        assert judged_relevant(extractor, text)

    @pytest.mark.parametrize(
        "text", [pytest.param(t, id=k, marks=marks(k)) for k, t in irrelevant.items()]
    )
    def irrelevant_test(extractor: Extractor, text: str) -> None:
        assert not judged_relevant(extractor, text)

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            pytest.param(t, v, id=f"{k}-{v:g}", marks=marks(f"{k}-{v:g}"))
            for k, (t, values) in relevant.items()
            for v in values
        ],
    )
    def figure_test(extractor: Extractor, text: str, value: float) -> None:
        assert value in workers_by_value(extractor, blind_text(text), "2025-06")

    return relevant_test, irrelevant_test, figure_test


def batch_rows(batches: Mapping[str, Sequence[tuple[Any, ...]]], known: dict[str, str]) -> list:
    """Every row of the batches (a tuple of the test's arguments) as a test case
    ``<batch>-<nn>``, a strict xfail when it is a known miss (so a fix shows up as XPASS)."""
    rows = []
    for name, table in batches.items():
        for i, row in enumerate(table):
            reason = known.get(rid := f"{name}-{i:02d}")
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            rows.append(pytest.param(*row, id=rid, marks=marks))
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


ORIGIN_TAIL = (
    " Pyongyang earns hard currency from the labour of workers it sends to foreign employers."
)


def origin_claims(extractor: Extractor, publisher: str, text: str) -> dict[Any, Claim]:
    """An article's worker claims by the scorer's count and destination keys, its money
    claims by kind and bounds (relevance not gated; a closing sentence makes it relevant)."""
    doc = Document(id="t", text=text + ORIGIN_TAIL, publisher=publisher, published="2024-05")
    out: dict[Any, Claim] = {}
    for c in extractor.extract(doc, gate=False).claims:
        if c.kind == "workers":
            out.setdefault(worker_key(c), c)
        elif c.value.low is not None:
            out.setdefault((c.kind, c.value.low, c.value.high or c.value.low), c)
    return out


def _money_key(spec: str) -> tuple[str, float, float]:
    """``$<kind>:<low>[-<high>]`` as the key of :func:`origin_claims`."""
    kind, _, bounds = spec.removeprefix("$").partition(":")
    low, _, high = bounds.partition("-")
    return kind, float(low), float(high or low)


def origin_lookup(claims: dict[Any, Claim], spec: str) -> Claim | None:
    """The claim of one expected spec: money by ``$kind:bounds``, workers by count key."""
    if spec.startswith("$"):
        return claims.get(_money_key(spec))
    return claims.get(sibling_module("test_extract_count_reporting")._key(spec))


def origin_field(claim: Claim, spec: str) -> str | None:
    """The field a table's middle column holds: basis for money, scope for workers."""
    return claim.basis if spec.startswith("$") else claim.scope


def origin_rows(batches: dict[str, str], known: dict[str, str]) -> list:
    """One pytest param per expected claim of origin tables, ``((publisher, text), (spec,
    field, origin))``, known failures strict xfails."""
    rows = []
    for batch, table in batches.items():
        for i, (publisher, text, claims) in enumerate(origin_articles(table)):
            for j, (spec, field, origin) in enumerate(claims):
                rid = f"{batch}-{i:02d}-{j}"
                reason = known.get(rid)
                marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
                case = ((publisher, text), (spec, field, origin))
                rows.append(pytest.param(case, id=rid, marks=marks))
    return rows


def check_origin(
    extractor: Extractor, scorer: ModuleType, article: tuple[str, str], expected: tuple
) -> None:
    """Assert one expected claim ``(spec, field, origin)`` of an article ``(publisher,
    text)``: found, its origin as the scorer compares it, its scope or basis."""
    spec, field, origin = expected
    claims = origin_claims(extractor, *article)
    claim = origin_lookup(claims, spec)
    assert claim is not None, f"no claim {spec}; found {sorted(map(repr, claims))}"
    assert scorer.origin_key(claim.origin) == scorer.origin_key(origin), f"origin {claim.origin!r}"
    assert origin_field(claim, spec) == field, f"scope/basis {origin_field(claim, spec)!r}"


def origin_test(batches: dict[str, str], known: dict[str, str]) -> Any:
    """A test over every expected claim of origin tables (assign it to a ``test_`` name
    in the module that holds the tables): ``check_origin`` on each, known failures strict
    xfails."""

    @pytest.mark.parametrize("case", origin_rows(batches, known))
    def test(extractor: Extractor, scorer: ModuleType, case: tuple) -> None:
        check_origin(extractor, scorer, *case)

    return test


def origin_script(module_file: str, argv: list[str], batches: dict[str, str]) -> None:
    """An origin table module run as a script: :func:`origin_report` against the shared
    folder given, else the one beside the repository."""
    origin_report(
        Path(argv[1]) if len(argv) > 1 else Path(module_file).parents[3] / "shared", batches
    )


def origin_report(shared: Path, batches: dict[str, str]) -> None:
    """Each batch's claims found, and origin and scope (or basis) accuracy over them."""
    spec = importlib.util.spec_from_file_location("evaluate", shared / "tools" / "evaluate.py")
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    extractor = Extractor()
    for batch, table in batches.items():
        total = hit = origin_ok = field_ok = 0
        for i, (publisher, text, claims) in enumerate(origin_articles(table)):
            got = origin_claims(extractor, publisher, text)
            for j, (cspec, field, origin) in enumerate(claims):
                total += 1
                c = origin_lookup(got, cspec)
                if c is None:
                    print(f"  {batch}-{i:02d}-{j} {cspec}: not found")
                    continue
                hit += 1
                o = scorer.origin_key(c.origin) == scorer.origin_key(origin)
                f = origin_field(c, cspec) == field
                origin_ok, field_ok = origin_ok + o, field_ok + f
                if not (o and f):
                    print(
                        f"  {batch}-{i:02d}-{j} {cspec}: origin {c.origin!r} (want {origin!r})"
                        f" scope/basis {origin_field(c, cspec)!r} (want {field!r})"
                    )
        print(f"{batch}: found {hit}/{total}, origin {origin_ok}/{hit}, scope {field_ok}/{hit}")


def figures_by_value(
    extractor: Extractor, text: str, published: str
) -> dict[float, tuple[list[str], str | None, str | None]]:
    """Destinations, status and sector of each worker figure of an article, by value."""
    found = workers_by_value(extractor, text, published)
    return {value: (sorted(c.destinations), c.status, c.sector) for value, c in found.items()}


def judged_figure(
    extractor: Extractor, text: str, value: float, published: str
) -> tuple[str | None, str | None]:
    """Status and sector of one figure of an article, which the count stage must find."""
    found = figures_by_value(extractor, text, published)
    assert value in found, "the count stage does not find the figure"
    return found[value][1:]


def other_rows(
    batches: dict[str, list[tuple[str, list[tuple]]]],
    not_workers: dict[str, list[float]],
    known: dict[str, str],
) -> list:
    """Every figure of another group (``not_workers``: "<batch>-<nn>" -> values) as a test case
    ``<batch>-<nn>-<value>`` of ``(text, value)``, a strict xfail when it is a known miss."""
    rows = []
    for rid, values in not_workers.items():
        name, i = rid.split("-")
        text = batches[name][int(i)][0]
        for value in values:
            vid = f"{rid}-{value:g}"
            reason = known.get(vid)
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            rows.append(pytest.param(text, value, id=vid, marks=marks))
    return rows


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


def sector_tests(
    batches: dict[str, list[tuple[str, list[tuple]]]],
    not_workers: dict[str, list[float]],
    known: Mapping[str, Mapping[str, str]],
    published: str,
) -> tuple[Any, Any, Any]:
    """The three tests of a sector blind file (assign them to names starting "test_"): each
    found figure's sector, its status, and each other group's figure not read as workers.
    ``known`` maps "count", "sector", "status" and "others" to their strict xfails (a count
    miss is one of the sector and of the status test)."""
    count = dict(known.get("count", {}))

    @pytest.mark.parametrize(
        ("text", "value", "dests", "status", "sector"),
        figure_rows(batches, {**count, **known.get("sector", {})}),
    )
    def sector_test(extractor: Extractor, text, value, dests, status, sector) -> None:
        assert judged_figure(extractor, text, value, published)[1] == sector

    @pytest.mark.parametrize(
        ("text", "value", "dests", "status", "sector"),
        figure_rows(batches, {**count, **known.get("status", {})}),
    )
    def status_test(extractor: Extractor, text, value, dests, status, sector) -> None:
        assert judged_figure(extractor, text, value, published)[0] == status

    @pytest.mark.parametrize(
        ("text", "value"), other_rows(batches, not_workers, dict(known.get("others", {})))
    )
    def other_group_test(extractor: Extractor, text, value) -> None:
        assert value not in figures_by_value(extractor, text, published)

    return sector_test, status_test, other_group_test


def short_news_cases(
    short_news: ModuleType,
    known_counts: dict[str, str],
    known_details: dict[str, str],
    articles: Sequence[tuple[str, str, str, str]],
) -> list:
    """Each article of a blind-batch file in the short-news notation under both of
    ``test_extract_short_news``'s comparisons (counts and destinations; qualifiers and
    statuses), a strict xfail where a known-miss table names it."""
    checks = (
        ("counts", short_news.test_counts_and_destinations, known_counts),
        ("details", short_news.test_qualifiers_statuses, known_details),
    )
    return [
        pytest.param(check, *case.values, id=f"{name}-{case.id}", marks=case.marks)
        for name, check, known in checks
        for case in short_news.LONG._params(known, list(articles))
    ]


def figure_table(table: str) -> tuple[list[tuple[str, list[tuple]]], dict[int, list[float]]]:
    """The articles of a figure table in text form, ``(text, [(value, destinations, status,
    sector)])``, and the other groups' figures of each (by article index). An article is a
    head of lines ``= <value> <CC,CC|-> <status> <sector|->`` (a worker figure) and ``x
    <value>`` (another group's figure, no worker figure), then ``| `` and its text, indented
    on its further lines."""
    articles: list[tuple[str, list[tuple]]] = []
    others: dict[int, list[float]] = {}
    figures: list[tuple] = []
    text: list[str] = []
    for line in table.strip().splitlines():
        if line.startswith(("= ", "x ")) and text:  # the head of the next article
            articles.append((" ".join(" ".join(text).split()), figures))
            figures, text = [], []
        if line.startswith("x "):
            others.setdefault(len(articles), []).append(float(line.split()[1]))
        elif line.startswith("= "):
            _, value, dests, status, sector = line.split()
            places = [] if dests == "-" else dests.split(",")
            figures.append((float(value), places, status, None if sector == "-" else sector))
        else:
            text.append(line.removeprefix("| "))
    if text:
        articles.append((" ".join(" ".join(text).split()), figures))
    return articles, others


def figure_batches(
    tables: Sequence[tuple[str, str]],
) -> tuple[dict[str, list[tuple[str, list[tuple]]]], dict[str, list[float]]]:
    """The articles of each named :func:`figure_table` (batch name -> articles) and the
    other groups' figures that must not be read as workers (``"<batch>-<row>"`` -> values)."""
    batches: dict[str, list[tuple[str, list[tuple]]]] = {}
    not_workers: dict[str, list[float]] = {}
    for name, table in tables:
        batches[name], others = figure_table(table)
        not_workers.update({f"{name}-{i:02d}": values for i, values in others.items()})
    return batches, not_workers
