"""Idempotent, revision-aware writes, claim round trips and failure isolation."""

from __future__ import annotations

import dataclasses
import re

import pytest

from laborwatch.dedupe import Clusterer
from laborwatch.errors import StoreError
from laborwatch.model import Amount, Claim, Document, Evidence, Extraction, Period
from laborwatch.store import Store


def article(corpus_records: dict[str, dict], doc_id: str) -> Document:
    r = corpus_records[doc_id]
    return Document(
        id=r["id"],
        text=r["text"],
        url=r.get("url"),
        published=r.get("published"),
        publisher=r.get("publisher"),
        language=r.get("language"),
    )


def claims_from_numbers(doc: Document, limit: int = 3) -> list[Claim]:
    """Hand-built claims: one per figure like '24,200' in the text, evidence = its line."""
    out = []
    for m in re.finditer(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{3,6}\b", doc.text):
        value = float(m.group().replace(",", ""))
        start = doc.text.rfind("\n", 0, m.start()) + 1
        end = doc.text.find("\n", m.end())
        end = len(doc.text) if end < 0 else end
        out.append(
            Claim(
                kind="workers",
                value=Amount(value, value, text=m.group(), qualifier="exact"),
                evidence=Evidence(doc.text[start:end], start, end),
                destinations=["RU", "CN"],
                status="present",
                sector="construction",
                period=Period("2023", None, "in 2023"),
                attribution="the report",
            )
        )
        if len(out) == limit:
            break
    return out


def extraction(doc: Document) -> Extraction:
    return Extraction(doc, relevant=True, relevance=0.9, claims=claims_from_numbers(doc))


def test_store_save_same_content_adds_nothing(store: Store, corpus_records: dict) -> None:
    ex = extraction(article(corpus_records, "seed-004"))
    first = store.save(ex)
    again = store.save(ex)
    assert (first.outcome, again.outcome) == ("new", "unchanged")
    assert first.claims_added == len(ex.claims) > 0 and again.claims_added == 0
    assert store.counts()["documents"] == 1
    assert store.counts()["claims_all"] == len(ex.claims)
    assert [r["revision"] for r in store.revisions("seed-004")] == [1]


def test_store_changed_content_is_a_new_revision(store: Store, corpus_records: dict) -> None:
    doc = article(corpus_records, "seed-003")
    old = extraction(doc)
    store.save(old)
    changed = dataclasses.replace(doc, text=doc.text + "\nUpdated: 1,234 more were sent.")
    result = store.save(Extraction(changed, True, 0.8, claims_from_numbers(changed, 5)))
    assert result.outcome == "updated"
    current = list(store.claims(document="seed-003"))
    history = [c for c in store.claims(document="seed-003", current=False) if not c.current]
    assert {c.revision for c in current} == {2}
    assert len(history) == len(old.claims) and {c.revision for c in history} == {1}
    revisions = store.revisions("seed-003")
    assert [r["revision"] for r in revisions] == [1, 2]
    assert revisions[0]["text"] == doc.text and revisions[1]["text"] is None
    stored = store.document("seed-003")
    assert stored is not None and stored.text == changed.text and stored.revision == 2


def test_store_claims_round_trip_as_spec_objects(store: Store, corpus_records: dict) -> None:
    ex = extraction(article(corpus_records, "seed-004"))
    wage = Claim(
        kind="wage",
        value=Amount(600, 700, text="$600-700", currency="USD", per="month"),
        evidence=Evidence("x", 0, 1),
    )
    ex.claims.append(wage)
    store.save(ex)
    got = list(store.claims(document="seed-004"))
    assert [c.claim.to_dict() for c in got] == [c.to_dict() for c in ex.claims]
    line = got[0].to_dict()
    assert line["document"] == "seed-004" and line["id"] == got[0].id


def test_store_claim_filters(store: Store, corpus_records: dict) -> None:
    a = extraction(article(corpus_records, "seed-004"))
    b = extraction(article(corpus_records, "p022"))
    for c in b.claims:
        c.destinations, c.status, c.sector, c.period = ["LY"], "dispatched", "medical", None
    store.save(a)
    store.save(b)
    assert {r.document_id for r in store.claim_rows(country="ru")} == {"seed-004"}
    assert {r.document_id for r in store.claim_rows(country="LY")} == {"p022"}
    assert {r.document_id for r in store.claim_rows(status="dispatched")} == {"p022"}
    assert {r.document_id for r in store.claim_rows(sector="construction")} == {"seed-004"}
    # --since: the claim's period, else the document's publication date
    published = corpus_records["p022"]["published"]
    assert published and {r.document_id for r in store.claim_rows(since=published[:4])} >= {"p022"}
    assert {r.document_id for r in store.claim_rows(since="2023")} >= {"seed-004"}
    assert not list(store.claim_rows(since="2099"))
    row = next(store.claim_rows(document="seed-004"))
    assert row.destinations == ("RU", "CN") and row.publisher == "dailynk.com"
    text = corpus_records["seed-004"]["text"]
    assert text[row.start : row.end] == row.sentence and row.cluster == "seed-004"


def test_store_failed_document_leaves_nothing(store: Store, corpus_records: dict) -> None:
    good = extraction(article(corpus_records, "seed-000"))
    bad = extraction(article(corpus_records, "seed-001"))
    bad.claims[0].evidence = Evidence(None, 0, 1)  # type: ignore[arg-type]  # NOT NULL column
    with store.transaction():
        store.save(good)
        with pytest.raises(StoreError):
            store.save(bad)
    assert [d.id for d in store.documents()] == ["seed-000"]
    assert {c.document_id for c in store.claims()} == {"seed-000"}
    assert store.revisions("seed-001") == []


def test_store_batch_rolls_back_as_a_whole(store: Store, corpus_records: dict) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.save(extraction(article(corpus_records, "seed-000")))
        raise RuntimeError("killed")
    assert store.counts()["documents"] == 0
    store.save(extraction(article(corpus_records, "seed-000")))  # publisher cache was reset
    assert next(store.documents()).publisher == "dailynk.com"


def test_store_claim_copies_across_a_story_cluster(store: Store, corpus_records: dict) -> None:
    clusterer = Clusterer()
    a, b = article(corpus_records, "p006"), article(corpus_records, "p007")
    same = claims_from_numbers(a, 1)
    store.save(Extraction(a, True, 1.0, same), cluster=clusterer)
    copy = [dataclasses.replace(same[0], evidence=Evidence("elsewhere", 0, 9))]
    result = store.save(Extraction(b, True, 1.0, copy), cluster=clusterer)
    assert result.cluster == "p006" and result.joined_cluster
    claim_a = next(store.claims(document="p006"))
    claim_b = next(store.claims(document="p007"))
    assert store.claim_copies(claim_a.id) == [("p007", claim_b.id)]
    assert store.claim_copies(claim_b.id) == [("p006", claim_a.id)]


def test_store_fetch_cache(store: Store) -> None:
    cache = store.fetch_cache()
    assert cache.get("https://example.org/a") is None
    cache.put("https://example.org/a", '"v1"', None)
    cache.put("https://example.org/a", '"v2"', "Mon, 01 Jan 2024 00:00:00 GMT")
    assert cache.get("https://example.org/a") == ('"v2"', "Mon, 01 Jan 2024 00:00:00 GMT")


def test_store_reopen_keeps_data_and_schema(db_url: str, corpus_records: dict) -> None:
    with Store.open(db_url) as s:
        s.save(extraction(article(corpus_records, "seed-002")))
    with Store.open(db_url) as s:
        assert [d.id for d in s.documents()] == ["seed-002"]


def test_store_nul_characters_are_stored_safely(store: Store) -> None:
    doc = Document(id="pdf-1", text="page one\x00page two: 1,500 workers", title="t\x00")
    claim = Claim("workers", Amount(1500, 1500, "1,500", "exact"), Evidence(doc.text, 0, 30))
    store.save(Extraction(doc, True, 1.0, [claim]))
    stored = store.document("pdf-1")
    assert stored is not None and stored.text == "page one\ufffdpage two: 1,500 workers"
    assert next(store.claims()).claim.evidence.sentence == stored.text
    assert store.save(Extraction(doc, True, 1.0, [claim])).outcome == "unchanged"


def test_store_revision_reclusters_the_document(store: Store, corpus_records: dict) -> None:
    clusterer = Clusterer()
    a, b = article(corpus_records, "p006"), article(corpus_records, "p007")
    store.save(Extraction(a, True, 1.0), cluster=clusterer)
    assert store.save(Extraction(b, True, 1.0), cluster=clusterer).cluster == "p006"
    rewritten = dataclasses.replace(b, text=corpus_records["p049"]["text"])
    result = store.save(Extraction(rewritten, True, 1.0), cluster=clusterer)
    assert (result.outcome, result.cluster) == ("updated", "p007")
    # its new text is indexed: a copy of it now joins p007's story
    copy = dataclasses.replace(rewritten, id="copy-of-p049", text=rewritten.text + " More.")
    assert store.save(Extraction(copy, True, 1.0), cluster=clusterer).cluster == "p007"
    assert {d.id: d.cluster for d in store.documents()} == {
        "p006": "p006",
        "p007": "p007",
        "copy-of-p049": "p007",
    }
