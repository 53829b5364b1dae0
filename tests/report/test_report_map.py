"""The brief's map shows one year as the dashboard does, and its figures read as the text
gave them: a brief rendered from a store built from the shared articles."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from laborwatch import present
from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.jsonl import read_jsonl
from laborwatch.model import ClaimRow
from laborwatch.reconcile.records import Estimate
from laborwatch.report import brief, charts, context, render_html
from laborwatch.store import Store
from laborwatch.store.runner import Ingest


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> list[ClaimRow]:
    """The claim rows of a SQLite store holding the seed and dev articles, extracted."""
    path = tmp_path_factory.mktemp("briefstore") / "corpus.db"
    corpus = shared_dir / "corpus"
    with Store.open(f"sqlite:///{path}") as store:
        items = itertools.chain(
            read_jsonl(corpus / "seeds.jsonl"), read_jsonl(corpus / "dev.jsonl")
        )
        Ingest(store, extractor=Extractor()).run(items)
        return list(store.claim_rows())


@pytest.fixture(scope="module")
def built(rows):
    return context(rows)


@pytest.fixture(scope="module")
def html(rows) -> str:
    return render_html(rows)


def test_brief_map_shows_the_dashboards_year(built, html):
    picture, b = built
    years, year, why = present.map_year(picture.estimates, "stock")
    assert year is not None and len(years) > 1, "the corpus should give several map years"
    assert b["map_year"] == year
    # the latest year with a direct country estimate, and only that year's estimates
    direct = [
        e.year
        for e in picture.estimates
        if e.measure == "stock"
        and e.sector is None
        and e.is_direct
        and not e.destination.startswith("M49:")
    ]
    assert year == max(direct)
    assert b["map_estimates"] and {e.year for e in b["map_estimates"].values()} == {year}
    caption = re.search(r'id="map-caption">(.*?)</p>', html, re.S)
    assert caption is not None
    text = caption.group(1)
    assert f"Workers present in {year}, {why}" in text
    assert "Circles mark small states" in text


def _estimate(basis: str) -> Estimate:
    return Estimate("QA", 2022, "stock", None, 1000, 1200, 1400, ["f1"], basis=basis)


def test_map_hatches_floors_and_marks_small_states():
    direct = charts.world_map({"QA": _estimate("direct")}, year=2022)
    floor = charts.world_map({"QA": _estimate("floor")}, year=2022)
    # hatching is drawn as an SVG pattern; only the floor needs one beyond the legend's
    assert floor.count("<pattern") > direct.count("<pattern")
    assert {"QA", "BH", "SG"} <= set(charts._small_states())
    assert "RU" not in charts._small_states()


def test_brief_figures_read_as_the_text_gave_them(built, html):
    picture, _ = built
    notes = {f.id: brief.describe(f) for f in picture.facts if f.kind == "workers"}
    by_qualifier = {
        q: [notes[f.id] for f in picture.facts if f.id in notes and f.qualifier == q]
        for q in ("vague", "approx", "at_least", "range")
    }
    assert all(by_qualifier.values()), "the corpus has figures of every qualifier"
    for said in by_qualifier["vague"]:
        assert re.match(r"(dozens|hundreds|thousands|tens of|hundreds of)\b.* of workers", said)
        assert not re.search(r"\d", said.split(" workers")[0])
    assert all(s.startswith("around ") for s in by_qualifier["approx"])
    assert all(s.startswith("at least ") for s in by_qualifier["at_least"])
    assert all(re.match(r"[\d,]+–[\d,]+ workers", s) for s in by_qualifier["range"])
    sources = html[html.index('<ol class="fn">') :]
    assert "thousands of workers" in sources
    assert not re.search(r"\d,999 workers", sources)  # a vague class printed as a range


@pytest.mark.parametrize(
    ("kind", "high", "words"),
    [
        ("workers", 99, "dozens"),
        ("workers", 999, "hundreds"),
        ("workers", 9_999, "thousands"),
        ("workers", 99_999, "tens of thousands"),
        ("workers", 999_999, "hundreds of thousands"),
        ("revenue", 99_999_999, "tens of millions of dollars"),
        ("revenue", 9_999_999_999, "billions of dollars"),
    ],
)
def test_vague_classes_in_words(kind, high, words):
    low = (high + 1) // 5 if high > 99 else 24
    assert present.figure(kind, low, high, qualifier="vague") == words
