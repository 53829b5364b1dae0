"""Fixtures every test may use: the shared corpus (real articles) beside the repository."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("LABORWATCH_SHARED", REPO.parent / "shared"))


def _load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``: the real articles, gold claims and the evaluator (CI has it too)."""
    if not (SHARED / "corpus" / "seeds.jsonl").exists():
        pytest.fail(f"the shared corpus is missing at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def corpus_records(shared_dir: Path) -> dict[str, dict]:
    """Every shared article (seeds and dev) by id."""
    recs = _load_jsonl(shared_dir / "corpus" / "seeds.jsonl")
    recs += _load_jsonl(shared_dir / "corpus" / "dev.jsonl")
    return {r["id"]: r for r in recs}


@pytest.fixture(scope="session")
def gold_records(shared_dir: Path) -> dict[str, dict]:
    """Hand-annotated claims by document id."""
    return {r["document"]["id"]: r for r in _load_jsonl(shared_dir / "gold" / "dev.jsonl")}


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The real PostgreSQL server (CI starts or installs it; see .ci/run)."""
    return os.environ.get("LABORWATCH_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
