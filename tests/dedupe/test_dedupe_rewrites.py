"""Story features and the rules that join rewrites or keep apart different events.

The feed items below are written for these tests (a common wire template); the real
rewrites come from the shared corpus.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from laborwatch.dedupe import Clusterer, MemoryIndex
from laborwatch.dedupe.features import (
    distinctive,
    features,
    figure_keys,
    figure_pairs,
    months_near,
    significant,
    written_figures,
)
from laborwatch.ingest.jsonl import read_jsonl
from laborwatch.model import Document

TEMPLATE = (
    "Some {n} North Korean workers arrived in {place} this month to work on construction "
    "sites and in fish processing plants, officials said on Tuesday. The labourers came "
    "by train and bus, the regional labour department said in a statement, adding that "
    "more were expected before the end of the year despite United Nations sanctions that "
    "ban the hiring of North Korean workers abroad."
)


def _item(doc_id: str, n: str, place: str, published: str = "2024-03-05") -> Document:
    return Document(id=doc_id, text=TEMPLATE.format(n=n, place=place), published=published)


def test_feed_items_with_different_figures_and_countries_stay_apart() -> None:
    """Issue 13: one template, other figures, other countries: two stories, not one."""
    index, clusterer = MemoryIndex(), Clusterer()
    index.add(_item("a", "3,200", "Vladivostok"), clusterer)
    assert index.add(_item("b", "1,450", "Dandong"), clusterer) == "b"


def test_feed_items_repeating_the_figures_or_the_country_still_join() -> None:
    index, clusterer = MemoryIndex(), Clusterer()
    index.add(_item("a", "3,200", "Vladivostok"), clusterer)
    assert index.add(_item("same-figure", "3,200", "Dandong"), clusterer) == "a"
    assert index.add(_item("same-place", "1,450", "Khabarovsk"), clusterer) == "a"


def test_features_read_figures_places_names_and_date() -> None:
    got = features(
        "Officials in Dandong said 1,450 North Korean workers met Oleksandr Matsegora. "
        "The Kumsong Textile Company employs 29 of them.",
        "en",
        "2024-03",
    )
    assert {"1450", "29"} <= got.figures
    assert got.places == {"CN"}  # North Korea itself is never a story feature
    assert {"matsegora", "oleksandr", "kumsong", "textile", "company"} <= got.names
    assert "officials" not in got.names  # sentence-initial capitals are not names
    assert "korean" not in got.names and "dandong" not in got.names
    assert got.published is not None and got.published.isoformat() == "2024-03-15"


def test_distinctive_figures_and_keys_ignore_round_numbers_and_years() -> None:
    assert significant("1,450,000") == "145" == significant("1.45")
    assert distinctive(frozenset({"100", "5000", "29", "4500-5000"})) == {"29", "4500-5000"}
    assert (
        figure_keys(figure_pairs(written_figures("In 2019 some 100 or 5,000 workers"), 8), "-")
        == []
    )
    one = figure_keys(
        figure_pairs(written_figures("29 farms in 16 states hired 1,450 workers in 2025"), 8), "-"
    )
    other = figure_keys(
        figure_pairs(written_figures("1.45 million dollars went to 16 states and 29 farms"), 8),
        "-",
    )
    assert len(one) == 3 and set(one) == set(other)
    assert not set(one) & set(
        figure_keys(figure_pairs(written_figures("29, 16 and 1,450"), 8), "2025-06")
    )


def test_figure_keys_are_looked_up_in_nearby_months_only() -> None:
    june = features("x", "en", "2025-06-30").published
    assert months_near(june) == ["2025-05", "2025-06", "2025-07", "-"]
    assert months_near(features("x", "en", "2025-01").published)[0] == "2024-12"
    assert months_near(None) == ["-"]


def _docs(shared_dir: Path, name: str) -> dict[str, Document]:
    return {
        d.id: d
        for d in read_jsonl(shared_dir / "corpus" / name)
        if isinstance(d, Document)  # type: ignore[misc]
    }


def test_independent_rewrite_sharing_figures_joins(shared_dir: Path) -> None:
    """Two reports of one indictment in other words: shared figures, a name, days apart."""
    docs = _docs(shared_dir, "dev.jsonl")
    first, rewrite = docs["p081"], docs["p082"]
    assert first.extra["story"] == rewrite.extra["story"]
    index, clusterer = MemoryIndex(), Clusterer()
    index.add(first, clusterer)
    assert index.add(rewrite, clusterer) == "p081"


def test_rewrite_outside_the_publication_window_does_not_join(shared_dir: Path) -> None:
    docs = _docs(shared_dir, "dev.jsonl")
    first, rewrite = docs["p081"], docs["p082"]
    index, clusterer = MemoryIndex(), Clusterer()
    index.add(first, clusterer)
    late = dataclasses.replace(rewrite, published="2026-01-10")
    assert index.add(late, clusterer) == rewrite.id
