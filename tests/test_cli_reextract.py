"""`laborwatch reextract`: stored text through the current extractor, claims refreshed."""

from __future__ import annotations

import json

from laborwatch.model import Document, Extraction
from laborwatch.store import Store


def test_reextract_refreshes_claims_of_an_old_extraction(cli, tmp_path, corpus_records):
    url = f"sqlite:///{tmp_path / 'lw.db'}"
    rec = corpus_records["seed-004"]
    doc = Document(
        id=rec["id"], text=rec["text"], published=rec["published"], publisher=rec["publisher"]
    )
    with Store.open(url) as store:  # as an older extractor that found nothing left it
        store.save(Extraction(document=doc, relevant=True, relevance=0.9, claims=[]))
    first = cli("reextract", "--db", url)
    assert first.returncode == 0, first.stderr
    assert "1 with new claims" in first.stderr
    out = cli("claims", "--db", url, "--format", "jsonl")
    lows = {
        json.loads(line)["count"]["low"] for line in out.stdout.splitlines() if '"workers"' in line
    }
    assert 24200 in lows
    with Store.open(url) as store:
        assert len(store.revisions("seed-004")) == 2  # the old extraction kept as history
    again = cli("reextract", "--db", url)
    assert "0 with new claims, 1 unchanged" in again.stderr
