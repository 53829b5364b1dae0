"""Inputs that once crashed a reader (found by fuzzing or by hand) replayed through the fuzz
targets' own checks (``bench/fuzz_targets.py``): no error outside laborwatch's tree, every
output line valid UTF-8 JSON under the claim schema, every evidence span its sentence.

A case file is named ``<target>-<what>.<ext>``; target is extract, html, pdf, feed, warc
or jsonl.
"""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path
from types import ModuleType

import pytest

from laborwatch.errors import InputError
from laborwatch.ingest.jsonl import iter_jsonl
from laborwatch.model import Document

ROOT = Path(__file__).resolve().parents[2]
CASES = sorted((Path(__file__).parent / "fuzz_cases").iterdir())


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_targets", ROOT / "bench/fuzz_targets.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _bench()


def test_fuzz_cases_exist_for_every_kind_named() -> None:
    kinds = {p.name.split("-", 1)[0] for p in CASES}
    assert kinds and kinds <= {"extract", "html", "pdf", "feed", "warc", "jsonl"}


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_fuzz_case_replays_cleanly(case: Path, bench: ModuleType) -> None:
    kind = case.name.split("-", 1)[0]
    data = case.read_bytes()
    if kind == "jsonl":
        items = list(iter_jsonl(io.BytesIO(data), case.name))
        assert items and all(isinstance(i, Document | InputError) for i in items)
        for item in items:
            if isinstance(item, Document):
                item.text.encode("utf-8")
        return
    bench.make_target(kind)(data)
