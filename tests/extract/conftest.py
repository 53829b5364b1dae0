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
