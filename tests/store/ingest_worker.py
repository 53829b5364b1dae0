"""A real ingest in a child process, for the kill-and-resume test (not a test module).

Usage: python ingest_worker.py DB_URL CORPUS.jsonl COPIES [ID_PREFIX]
(LW_EXTRACT_SECONDS: time each extraction takes, as a real extractor would; LW_START_AT:
a Unix time to wait for after recording the run, so that two workers start together.)
Each corpus article is ingested COPIES times under different ids with a different last
line (syndicated copies), with hand-built claims (one per figure in the text).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Iterator

from laborwatch.errors import LaborwatchError
from laborwatch.model import Amount, Claim, Document, Evidence, Extraction
from laborwatch.store import Store
from laborwatch.store.runner import Ingest

FIGURE = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")


class FigureExtractor:
    """Deterministic claims: every figure like 24,200 is a workers claim."""

    def __init__(self) -> None:
        self.seconds = float(os.environ.get("LW_EXTRACT_SECONDS", "0"))  # a slower extractor

    def extract(self, doc: Document) -> Extraction:
        time.sleep(self.seconds)
        claims = [
            Claim(
                "workers",
                Amount(float(m.group().replace(",", "")), None, m.group(), "at_least"),
                Evidence(m.group(), m.start(), m.end()),
                destinations=["RU"] if "Russia" in doc.text else [],
            )
            for m in FIGURE.finditer(doc.text)
        ]
        return Extraction(doc, relevant=bool(claims), relevance=0.5, claims=claims)


def documents(path: str, copies: int, prefix: str = "") -> Iterator[Document]:
    with open(path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    for i in range(copies):
        for r in records:
            yield Document(
                id=f"{prefix}{r['id']}-{i}",
                text=f"{r['text']}\nCopy {i} of {r['id']}.",
                publisher=r.get("publisher"),
                published=r.get("published"),
            )


def main() -> None:
    url, corpus, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
    prefix = sys.argv[4] if len(sys.argv) > 4 else ""
    try:
        with Store.open(url) as store:
            run_id = store.begin_run([corpus])
            time.sleep(max(0.0, float(os.environ.get("LW_START_AT", "0")) - time.time()))
            job = Ingest(store, extractor=FigureExtractor(), run_id=run_id, batch_documents=100)
            job.run(documents(corpus, copies, prefix))
            store.finish_run(run_id, job.counts)
    except LaborwatchError as exc:  # as the CLI reports it: one line, exit status 1
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    counts = job.counts
    print(json.dumps({"new": counts.documents_new, "unchanged": counts.documents_unchanged}))
    print(json.dumps({"failed": counts.documents_failed, "failures": counts.failures[:3]}))


if __name__ == "__main__":
    main()
