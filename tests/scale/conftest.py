"""Fixtures for the scale tests: a WARC/WET writer and web archives of real articles."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"scale_{name}", Path(__file__).with_name(f"{name}.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def archives() -> ModuleType:
    """``archives.py`` beside this file (ArchiveWriter, page_html)."""
    return _load("archives")


@pytest.fixture
def news_warc(tmp_path: Path, archives: ModuleType, corpus_records: dict) -> Path:
    """A CC-NEWS-like .warc.gz: real DPRK articles among pages the pre-filter must drop."""
    ARTICLES, url_of = archives.ARTICLES, archives.url_of
    path = tmp_path / "CC-NEWS-20240101000000-00001.warc.gz"
    with archives.ArchiveWriter(path) as w:
        for doc_id in ARTICLES:
            rec = corpus_records[doc_id]
            title = rec["text"].split(". ")[0][:80]
            w.request(url_of(doc_id))
            w.response(url_of(doc_id), archives.page_html(title, rec["text"]))
        w.response(
            "https://news.example.org/parks.html",
            archives.page_html("Parks", "The city council approved a budget for parks.\n" * 3),
        )
        w.response(
            "https://news.example.org/fr.html",
            archives.page_html("Corée", "La Corée du Nord (North Korea) a annoncé.", lang="fr"),
        )
        w.response("https://news.example.org/gone.html", "North Korea", status="404 Not Found")
    return path
