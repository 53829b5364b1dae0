"""Web archives as a source: WARC and WET files written here, read through ``ingest``."""

from __future__ import annotations

import gzip
from pathlib import Path
from types import ModuleType

from laborwatch.errors import InputError
from laborwatch.extract.cues import cues
from laborwatch.extract.relevance import dprk_names
from laborwatch.ingest.sources import archive_documents, iter_documents
from laborwatch.ingest.urls import url_doc_id
from laborwatch.ingest.warc import ArchiveStats, Prefilter
from laborwatch.model import Document
from laborwatch.store import Store

ARTICLES = ("seed-000", "seed-001", "seed-002", "seed-003")  # as archives.ARTICLES


def url_of(doc_id: str) -> str:
    return f"https://news.example.org/{doc_id}.html"


def _first_sentence(text: str) -> str:
    return text.split("\n")[0].split(". ")[0]


def test_warc_pages_pass_the_page_path_and_the_prefilter_drops_the_rest(
    news_warc: Path, corpus_records: dict
) -> None:
    stats = ArchiveStats()
    docs = list(archive_documents(news_warc, stats=stats))
    assert all(isinstance(d, Document) for d in docs)
    assert [d.id for d in docs] == [url_doc_id(url_of(a)) for a in ARTICLES]
    for doc, doc_id in zip(docs, ARTICLES, strict=True):
        assert _first_sentence(corpus_records[doc_id]["text"]) in doc.text
        assert "Copyright" not in doc.text  # boilerplate removed by the HTML path
        assert doc.url == url_of(doc_id) and doc.publisher == "news.example.org"
        assert doc.extra["warc"]["file"] == str(news_warc)
        assert doc.extra["warc"]["record_id"].startswith("<urn:uuid:")
    assert stats.kept == len(ARTICLES)
    assert stats.dropped_terms == 1 and stats.dropped_language == 1
    assert stats.records == 2 * len(ARTICLES) + 3  # requests and the 404 are not pages
    offsets = [d.extra["warc"]["offset"] for d in docs]
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)


def test_wet_records_and_shard_lists(
    tmp_path: Path, archives: ModuleType, corpus_records: dict
) -> None:
    shards = tmp_path / "crawl-data" / "segments"
    shards.mkdir(parents=True)
    names = []
    for n, doc_id in enumerate(ARTICLES[:2]):
        name = f"part-{n}.warc.wet.gz"
        with archives.ArchiveWriter(shards / name) as w:
            w.conversion(url_of(doc_id), corpus_records[doc_id]["text"], language="eng,kor")
            w.conversion(url_of("de"), "Nordkorea (North Korea) schickt Arbeiter.", language="deu")
            w.conversion(url_of("no-hint"), "Weather: sunny in Pyongyang.", language=None)
        names.append(f"crawl-data/segments/{name}")
    listing = tmp_path / "wet.paths.gz"
    listing.write_bytes(gzip.compress(("\n".join(names) + "\n").encode()))

    items = list(iter_documents([str(listing)]))
    assert [d.id for d in items if isinstance(d, Document)] == [
        url_doc_id(url_of(ARTICLES[0])),
        url_doc_id(url_of("no-hint")),
        url_doc_id(url_of(ARTICLES[1])),
        url_doc_id(url_of("no-hint")),
    ]
    first = items[0]
    assert isinstance(first, Document)
    assert first.text == corpus_records[ARTICLES[0]]["text"].strip()


def test_a_damaged_archive_yields_its_good_records_then_one_error(news_warc: Path) -> None:
    data = news_warc.read_bytes()
    cut = news_warc.with_name("cut.warc.gz")
    cut.write_bytes(data[: int(len(data) * 0.6)])
    items = list(archive_documents(cut))
    assert isinstance(items[-1], InputError)
    assert "cut.warc.gz" in str(items[-1])
    assert 1 <= sum(isinstance(i, Document) for i in items) < len(ARTICLES)


def test_a_shard_list_naming_urls_is_refused(tmp_path: Path) -> None:
    listing = tmp_path / "warc.paths"
    listing.write_text("s3://commoncrawl/crawl-data/CC-NEWS/2024/01/x.warc.gz\n")
    (item,) = list(iter_documents([str(listing)]))
    assert isinstance(item, InputError) and "download" in str(item)


def test_the_prefilter_keeps_every_dprk_term_the_extractor_knows() -> None:
    pre = Prefilter()
    for language in ("en", "ko"):
        for term in dprk_names(cues(language).relevance):
            assert pre.mentions(f"Reports on {term} workers.".encode()), term
    assert not pre.mentions(b"The city council approved a budget for parks.")
    assert pre.language_ok(["en-US"]) and pre.language_ok(["", "kor"])
    assert not pre.language_ok(["fr"]) and not pre.language_ok(["deu,fra"])
    assert pre.language_ok([])


def test_cli_ingest_of_a_warc_stores_claims_and_reruns_unchanged(
    news_warc: Path, tmp_path: Path, cli: object
) -> None:
    db = f"sqlite:///{tmp_path / 'lw.db'}"
    first = cli("ingest", str(news_warc), "--db", db)  # type: ignore[operator]
    assert first.returncode == 0, first.stderr
    assert f"documents: {len(ARTICLES)} new" in first.stderr
    with Store.open(db) as store:
        assert store.counts()["documents"] == len(ARTICLES)
        assert store.counts()["claims"] > 0
    again = cli("ingest", str(news_warc), "--db", db)  # type: ignore[operator]
    assert f"0 new, 0 updated, {len(ARTICLES)} unchanged" in again.stderr
