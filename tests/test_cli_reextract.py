"""`laborwatch reextract`: stored text through the current extractor, claims refreshed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from laborwatch.model import Document, Extraction
from laborwatch.store import Store

LABORWATCH = str(Path(sys.executable).with_name("laborwatch"))


def test_reextract_refreshes_claims_of_an_old_extraction(tmp_path, corpus_records):
    url = f"sqlite:///{tmp_path / 'lw.db'}"
    rec = corpus_records["seed-004"]
    doc = Document(
        id=rec["id"], text=rec["text"], published=rec["published"], publisher=rec["publisher"]
    )
    with Store.open(url) as store:  # as an older extractor that found nothing left it
        store.save(Extraction(document=doc, relevant=True, relevance=0.9, claims=[]))
    first = subprocess.run([LABORWATCH, "reextract", "--db", url], capture_output=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert b"1 with new claims" in first.stderr
    out = subprocess.run(
        [LABORWATCH, "claims", "--db", url, "--format", "jsonl"], capture_output=True, timeout=120
    )
    lows = {
        json.loads(line)["count"]["low"]
        for line in out.stdout.decode().splitlines()
        if '"workers"' in line
    }
    assert 24200 in lows
    with Store.open(url) as store:
        assert len(store.revisions("seed-004")) == 2  # the old extraction kept as history
    again = subprocess.run([LABORWATCH, "reextract", "--db", url], capture_output=True, timeout=120)
    assert b"0 with new claims, 1 unchanged" in again.stderr
