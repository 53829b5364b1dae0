"""Patterns are built once per language, never per document: a rule table that loses its
cache (a decorator moved onto another function, say) makes every article compile hundreds
of patterns again, a several-fold slowdown no output test would see."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document

PER_DOCUMENT = 3  # a stage may still compile a small pattern per document (re caches it)


@pytest.mark.parametrize(("language", "corpus"), [("en", "dev"), ("ko", "ko-dev")])
def test_a_warm_extractor_compiles_almost_nothing_per_document(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch, language: str, corpus: str
) -> None:
    with (shared_dir / "corpus" / f"{corpus}.jsonl").open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()][:40]
    docs = [Document(id=r["id"], text=r["text"], language=language) for r in records]
    extractor = Extractor()
    relevant = [d for d in docs if extractor.extract(d).relevant]  # warm: every table built
    assert len(relevant) >= 3
    calls = 0
    compile_ = re.compile

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return compile_(*args, **kwargs)

    monkeypatch.setattr(re, "compile", counting)
    for doc in docs:
        extractor.extract(doc)
    assert calls <= PER_DOCUMENT * len(docs), f"{calls} compiles for {len(docs)} documents"
