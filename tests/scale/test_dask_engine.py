"""The Dask engine stores exactly what the local engine stores: documents, claims, clusters.

A real LocalCluster with 2 worker processes runs the per-document work over many
partitions (WARC and WET shards written here, and text files of real articles, with
syndicated copies spread across partitions, so story clustering must see across them).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from laborwatch.errors import ConfigError
from laborwatch.jobs.dask_ingest import partitions
from laborwatch.jobs.engines import EngineOptions, make_engine
from laborwatch.store import Store

pytestmark = pytest.mark.slow

WARC_ARTICLES = ("seed-000", "seed-001", "n001", "n009", "p002", "p004")
WET_ARTICLES = ("seed-002", "n023", "n024", "p005", "p006")
TEXT_ARTICLES = ("seed-003", "n040", "n043", "p007", "p022")


@pytest.fixture
def inputs(tmp_path: Path, archives: ModuleType, corpus_records: dict) -> list[str]:
    """A folder of text files and two archives; copies of one story in each."""
    text = {k: corpus_records[k]["text"] for k in corpus_records}
    folder = tmp_path / "saved"
    folder.mkdir()
    for doc_id in TEXT_ARTICLES:
        (folder / f"{doc_id}.txt").write_text(text[doc_id], encoding="utf-8")
    # An excerpt of a WARC article, saved as text: a near copy in another partition.
    excerpt = "\n".join(text["n009"].split("\n")[:2]) or text["n009"][: len(text["n009"]) // 2]
    (folder / "z-excerpt.txt").write_text(excerpt, encoding="utf-8")
    warc = tmp_path / "CC-NEWS-00001.warc.gz"
    with archives.ArchiveWriter(warc) as w:
        for doc_id in WARC_ARTICLES:
            w.response(archives.url_of(doc_id), archives.page_html(doc_id, text[doc_id]))
        w.response("https://mirror.example.net/copy.html", archives.page_html("x", text["n001"]))
    wet = tmp_path / "CC-NEWS-00002.warc.wet.gz"
    with archives.ArchiveWriter(wet) as w:
        for doc_id in WET_ARTICLES:
            w.conversion(archives.url_of(doc_id), text[doc_id])
        w.conversion("https://wire.example.com/seed-003", text["seed-003"])  # exact copy
        w.conversion("https://wire.example.com/p005", f"WIRE SERVICE\n{text['p005']}")
    return [str(folder), str(warc), str(wet)]


def _ingest(db: str, sources: list[str], options: EngineOptions) -> Any:
    with Store.open(db) as store:
        engine = make_engine(store, options)
        engine.run(sources)
        return engine.counts


def _snapshot(db: str) -> dict[str, Any]:
    """Everything the two engines must agree on."""
    with Store.open(db) as store:
        docs = list(store.documents(with_text=True))
        claims = sorted(
            (c.document_id, c.revision, repr(c.claim.to_dict())) for c in store.claims()
        )
        counts = store.counts()
    return {"documents": docs, "claims": claims, "counts": counts}


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A real LocalCluster of 2 worker processes; its scheduler's address."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": ":0"},
    ) as c:
        yield c.scheduler_address


def test_dask_stores_what_the_local_engine_stores(
    inputs: list[str], tmp_path: Path, cluster: str
) -> None:
    local_db = f"sqlite:///{tmp_path / 'local.db'}"
    dask_db = f"sqlite:///{tmp_path / 'dask.db'}"
    local = _ingest(local_db, inputs, EngineOptions())
    options = EngineOptions("dask", scheduler=cluster, partition_files=1)
    assert len(partitions(inputs, 1)[0]) >= 8  # really spread over many partitions
    got = _ingest(dask_db, inputs, options)
    assert (got.documents_new, got.claims_added, got.joined_clusters) == (
        local.documents_new,
        local.claims_added,
        local.joined_clusters,
    )
    want = _snapshot(local_db)
    assert want["counts"]["claims"] > 10 and want["counts"]["syndicated_clusters"] >= 3
    assert _snapshot(dask_db) == want

    again = _ingest(dask_db, inputs, options)  # a re-run changes nothing
    assert again.documents_new == again.documents_updated == 0
    assert again.documents_unchanged == local.documents_new
    assert _snapshot(dask_db) == want


def test_an_interrupted_dask_run_resumes_to_the_same_store(
    inputs: list[str], tmp_path: Path, cluster: str
) -> None:
    local_db = f"sqlite:///{tmp_path / 'local.db'}"
    dask_db = f"sqlite:///{tmp_path / 'dask.db'}"
    _ingest(local_db, inputs, EngineOptions())
    options = EngineOptions("dask", scheduler=cluster, partition_files=2)
    # The first run stops after committing part of the input (as a killed run would).
    partial = _ingest(dask_db, inputs[1:2], options)
    assert partial.documents_new > 0
    resumed = _ingest(dask_db, inputs, options)
    assert resumed.documents_unchanged == partial.documents_new  # not written twice
    assert _snapshot(dask_db)["claims"] == _snapshot(local_db)["claims"]
    assert {d.id: d.content_hash for d in _snapshot(dask_db)["documents"]} == {
        d.id: d.content_hash for d in _snapshot(local_db)["documents"]
    }


def test_cli_dask_engine_with_two_local_workers(
    inputs: list[str], tmp_path: Path, cli: Any
) -> None:
    db = f"sqlite:///{tmp_path / 'lw.db'}"
    out = cli("ingest", *inputs, "--db", db, "--engine", "dask", "--workers", "2")
    assert out.returncode == 0, out.stderr
    assert "web archives:" in out.stderr and "kept by the pre-filter" in out.stderr
    local_db = f"sqlite:///{tmp_path / 'local.db'}"
    _ingest(local_db, inputs, EngineOptions())
    assert _snapshot(db)["claims"] == _snapshot(local_db)["claims"]


def test_engine_options_are_checked() -> None:
    with pytest.raises(ConfigError, match="--engine dask"):
        EngineOptions("local", workers=2)
    with pytest.raises(ConfigError, match="either"):
        EngineOptions("dask", scheduler="tcp://127.0.0.1:8786", workers=2)
    with pytest.raises(ConfigError, match="local files"):
        partitions(["https://example.org/a.html"], 4)
