"""Full-text search (SQLite FTS5, PostgreSQL tsvector) over real articles."""

from __future__ import annotations

import dataclasses

import pytest

from laborwatch.errors import ConfigError
from laborwatch.model import Document, Extraction
from laborwatch.store import Store, reads

IDS = ("p004", "p005", "p022", "p049", "p089", "n018")


def _load(store: Store, corpus_records: dict) -> None:
    with store.transaction():
        for doc_id in IDS:
            r = corpus_records[doc_id]
            store.save(
                Extraction(
                    Document(id=doc_id, text=r["text"], title=f"title {doc_id}"),
                    relevant=doc_id != "n018",
                    relevance=0.5,
                )
            )


def _hits(store: Store, query: str) -> set[str]:
    return {d.id for d in store.documents(search=query)}


def test_store_search_finds_words_and_stems(store: Store, corpus_records: dict) -> None:
    _load(store, corpus_records)
    assert _hits(store, "squid") == {"p004", "p005"}
    assert _hits(store, "Mongolia") == {"p049"}
    assert "p089" in _hits(store, "HOSPITALS")  # stemmed and case-folded
    assert _hits(store, "squid Mongolia") == set()  # every word required
    assert "n018" in _hits(store, "ballistic missile")
    assert next(store.documents(search="squid dormitory")).id == "p005"


def test_store_search_quoted_phrase_and_title(store: Store, corpus_records: dict) -> None:
    _load(store, corpus_records)
    assert _hits(store, '"title p049"') == {"p049"}
    assert _hits(store, 'squid AND (NEAR* "') <= {"p004", "p005"}  # no syntax errors
    with pytest.raises(ConfigError):
        list(store.documents(search='"" ()'))


def test_store_search_follows_revisions(store: Store, corpus_records: dict) -> None:
    _load(store, corpus_records)
    old = store.document("p049")
    assert old is not None and old.text is not None
    doc = Document(id="p049", text=old.text.replace("Mongolia", "Xanadu"), title="title p049")
    store.save(Extraction(doc, True, 0.5))
    assert _hits(store, "Mongolia") == set()
    assert _hits(store, "Xanadu") == {"p049"}
    assert dataclasses.asdict(store.document("p049"))["revision"] == 2


def test_store_documents_listing_filters(store: Store, corpus_records: dict) -> None:
    _load(store, corpus_records)
    assert [d.id for d in store.documents()] == list(IDS)
    assert "n018" not in {d.id for d in store.documents(relevant=True)}
    assert [d.id for d in store.documents(limit=2)] == ["p004", "p005"]


def test_store_search_ranks_only_the_newest_matches(
    store: Store, corpus_records: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    _load(store, corpus_records)
    every = _hits(store, "title")  # each stored title holds the word
    assert every == set(IDS)
    monkeypatch.setattr(reads, "SEARCH_RANKED", 2)  # a word every document holds
    assert _hits(store, "title") == set(IDS[-2:])  # the two stored last
