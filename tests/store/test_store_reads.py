"""Named reads: pages, publishers, fingerprint, reviewed rows; reads never wait for writes."""

from __future__ import annotations

import threading

from laborwatch.model import Amount, Claim, Document, Evidence, Extraction
from laborwatch.review import Correction, ReviewBook, TokenStore
from laborwatch.store import ClaimFilter, DocumentFilter, Store


def _doc(n: int, publisher: str, published: str, relevant: bool = True) -> Extraction:
    text = f"Report {n}: {n * 100} workers were sent to Russia."
    claim = Claim(
        "workers",
        Amount(n * 100.0, n * 100.0, f"{n * 100}", "exact"),
        Evidence(text, 0, len(text)),
        ["RU"] if n % 2 else ["CN"],
        status="present",
    )
    doc = Document(id=f"d{n}", text=text, publisher=publisher, published=published)
    return Extraction(doc, relevant, 0.9 if relevant else 0.1, [claim])


def _fill(store: Store) -> None:
    for n, (pub, date) in enumerate(
        [("Alpha", "2021-05"), ("Beta", "2023-01-02"), ("Alpha", "2024"), ("Gamma", "2022")], 1
    ):
        store.save(_doc(n, pub, date, relevant=n != 4))


def test_store_reads_do_not_wait_for_an_open_write(store: Store) -> None:
    _fill(store)
    tokens = TokenStore(store)
    raw = tokens.create("ana")
    inside, release, done = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, object] = {}

    def writer() -> None:
        with store.transaction():
            store.save(_doc(9, "Delta", "2025"))
            seen["own write"] = store.document("d9") is not None  # the writer sees its own
            inside.set()
            release.wait(120)

    def reader() -> None:
        seen["decisions"] = ReviewBook(store).decisions()
        seen["token"] = tokens.verify(raw)
        seen["d9"] = store.document("d9")
        seen["page"] = [r.document_id for r in store.claim_page(ClaimFilter(), 10)]
        done.set()

    w = threading.Thread(target=writer)
    w.start()
    try:
        assert inside.wait(120)
        r = threading.Thread(target=reader)
        r.start()
        assert done.wait(120), "a read waited for the open write transaction"
        r.join(120)
    finally:
        release.set()
        w.join(120)
    assert seen["own write"] is True
    assert seen["decisions"] == {} and seen["token"] == "ana"
    assert seen["d9"] is None  # not committed while it was read
    assert seen["page"] == ["d4", "d3", "d2", "d1"]
    assert store.document("d9") is not None


def test_store_named_reads(store: Store) -> None:
    _fill(store)
    assert store.publishers() == ["Alpha", "Beta", "Gamma"]
    page = store.document_page(DocumentFilter(publisher="Alpha"), 10)
    assert [d.id for d in page] == ["d3", "d1"]  # newest published first
    dated = store.document_page(DocumentFilter(since="2022", until="2023"), 10)
    assert [d.id for d in dated] == ["d2", "d4"]
    assert [d.id for d in store.document_page(DocumentFilter(relevant=False), 10)] == ["d4"]
    assert [d.id for d in store.document_page(DocumentFilter(), 2, offset=1)] == ["d2", "d4"]
    ru = store.claim_page(ClaimFilter(country="RU"), 10)
    assert [r.document_id for r in ru] == ["d3", "d1"]
    one = store.claim(ru[0].claim_id)
    assert one is not None and one == ru[0] and store.claim(10_000) is None


def test_store_reviewed_rows_and_fingerprint_follow_review(store: Store) -> None:
    _fill(store)
    before = store.fingerprint()
    book = ReviewBook(store)
    d1 = next(r for r in store.claim_rows() if r.document_id == "d1")
    book.review_claim(d1.claim_id, "corrected", Correction(low=150.0), reviewer="t")
    book.review_document("d2", False, reviewer="t")
    assert store.fingerprint() != before
    reviewed = {r.document_id: r for r in store.reviewed_claim_rows()}
    assert (reviewed["d1"].low, reviewed["d1"].review) == (150.0, "corrected")
    assert reviewed["d2"].relevant is False and reviewed["d3"].review is None
    machine = {r.document_id: r for r in store.claim_rows()}
    assert machine["d1"].low == 100.0 and machine["d2"].relevant is True
    page = {r.document_id: r for r in store.claim_page(ClaimFilter(), 10)}
    assert page["d1"].low == 150.0 and page["d2"].relevant is False
    log = store.review_log("d1")
    assert [e["action"] for e in log] == ["corrected"] and log[0]["before"]["low"] == 100.0


def test_store_claim_rows_after_an_id(store: Store) -> None:
    _fill(store)
    every = list(store.claim_rows())
    ids = [r.claim_id for r in every]
    assert ids == sorted(ids) and len(ids) == 4
    after = list(store.claim_rows(after_id=ids[1]))
    assert after == every[2:]
    store.save(_doc(5, "Beta", "2025"))
    new = list(store.reviewed_claim_rows(after_id=ids[-1]))
    assert [r.document_id for r in new] == ["d5"]
    assert list(store.claim_rows(after_id=new[0].claim_id)) == []
