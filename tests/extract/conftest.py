"""Helpers for extractor tests: real sentences and documents from ../shared/corpus."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from laborwatch.extract.pipeline import Extractor
from laborwatch.extract.sentences import split_sentences
from laborwatch.model import Document


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


WorkerKey = tuple[float | None, float | None, list[str]]


@pytest.fixture(scope="session")
def worker_claims(extractor: Extractor):
    """``worker_claims(text, lead="", tail="")``: the (low, high, destinations) of every
    worker claim of a relevant test document, sorted (for challenge tables)."""

    def claims(text: str, lead: str = "", tail: str = "") -> list[WorkerKey]:
        out = extractor.extract(Document(id="t", text=lead + text + tail, published="2024-05"))
        assert out.relevant, "the test document must read as relevant"
        found = [
            (c.value.low, c.value.high, sorted(c.destinations))
            for c in out.claims
            if c.kind == "workers"
        ]
        return sorted(found, key=repr)

    return claims


@pytest.fixture(scope="session")
def scorer(shared_dir: Path) -> ModuleType:
    """The shared scorer, ``../shared/tools/evaluate.py``, as a module."""
    spec = importlib.util.spec_from_file_location("evaluate", shared_dir / "tools" / "evaluate.py")
    assert spec and spec.loader, "no scorer in ../shared/tools"
    evaluate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluate)
    return evaluate


@pytest.fixture(scope="session")
def sentence_with(corpus_records):
    """The sentence of a shared article that contains ``needle`` (fails if there is none)."""

    def find(doc_id: str, needle: str) -> str:
        text = corpus_records[doc_id]["text"]
        for s in split_sentences(text):
            if needle in text[s.start : s.end]:
                return text[s.start : s.end]
        pytest.fail(f"{doc_id}: no sentence contains {needle!r}")

    return find


@pytest.fixture(scope="session")
def document(corpus_records):
    """A shared article as a Document."""

    def make(doc_id: str) -> Document:
        r = corpus_records[doc_id]
        return Document(
            id=r["id"],
            text=r["text"],
            title=r.get("title"),
            url=r.get("url"),
            published=r.get("published"),
            publisher=r.get("publisher"),
            language=r.get("language") or "en",
        )

    return make


@pytest.fixture(scope="session")
def extracted(extractor, document):
    """Extraction of a shared article by id (cached)."""
    cache = {}

    def run(doc_id: str):
        if doc_id not in cache:
            cache[doc_id] = extractor.extract(document(doc_id))
        return cache[doc_id]

    return run
