"""The store clusters rewrites as documents arrive, one ingest after another."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from laborwatch.dedupe import Clusterer
from laborwatch.ingest.jsonl import read_jsonl
from laborwatch.model import Document, Extraction
from laborwatch.store import Store


def _dev(shared_dir: Path) -> dict[str, Document]:
    found = read_jsonl(shared_dir / "corpus" / "dev.jsonl")
    return {d.id: d for d in found if isinstance(d, Document)}


def _save(url: str, *docs: Document) -> dict[str, str]:
    with Store.open(url) as store, store.transaction():
        return {
            d.id: store.save(Extraction(d, False, 0.0), cluster=Clusterer()).cluster for d in docs
        }


def test_store_joins_a_rewrite_arriving_in_a_later_ingest(db_url: str, shared_dir: Path) -> None:
    docs = _dev(shared_dir)
    _save(db_url, docs["p081"], docs["n001"])
    assert _save(db_url, docs["p082"]) == {"p082": "p081"}


def test_store_keeps_a_rewrite_outside_the_window_apart(db_url: str, shared_dir: Path) -> None:
    """The window needs the stored document's date: the store's index must give it."""
    docs = _dev(shared_dir)
    _save(db_url, docs["p081"])
    late = dataclasses.replace(docs["p082"], published="2026-01-10")
    assert _save(db_url, late) == {"p082": "p082"}


def test_store_saves_a_new_revision_of_a_document_with_figure_keys(
    db_url: str, shared_dir: Path
) -> None:
    """A revision files the same figure keys again (its earlier revision's stay filed)."""
    doc = _dev(shared_dir)["p081"]
    _save(db_url, doc)
    revised = dataclasses.replace(doc, text=doc.text + "\nCorrection appended.")
    with Store.open(db_url) as store, store.transaction():
        got = store.save(Extraction(revised, False, 0.0), cluster=Clusterer())
    assert (got.outcome, got.cluster) == ("updated", "p081")
