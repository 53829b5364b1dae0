"""The reference picture of the shared corpora: the analyst's checks hold on the gold
claims and on the real extractor's output, and docs/reference-picture.md is current."""

from __future__ import annotations

import json

import pytest

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document
from laborwatch.reconcile import reconcile
from laborwatch.reconcile.reference import CORPORA, checks, corpus_meta, markdown
from laborwatch.reconcile.rows import rows_from_records

REPO_DOC = "docs/reference-picture.md"


@pytest.fixture(scope="module")
def gold_picture(all_gold_rows):
    return reconcile(all_gold_rows)


@pytest.fixture(scope="module")
def extracted_picture(shared_dir):
    """The real extractor over seeds, dev and dev2, as ``laborwatch extract`` writes it."""
    extractor, records = Extractor(), []
    for name in CORPORA:
        with (shared_dir / "corpus" / f"{name}.jsonl").open(encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                doc = Document(
                    id=r["id"],
                    text=r["text"],
                    url=r.get("url"),
                    published=r.get("published"),
                    publisher=r.get("publisher"),
                )
                records.append(extractor.extract(doc).to_dict())
    return reconcile(rows_from_records(records, corpus_meta(shared_dir)))


@pytest.mark.parametrize("which", ["gold_picture", "extracted_picture"])
def test_reconcile_reference_checks_hold(which, request):
    failed = [f"{c.name}: {c.detail}" for c in checks(request.getfixturevalue(which)) if not c.ok]
    assert failed == []


def test_reconcile_reference_world_2023_rests_on_the_un_panel(gold_picture):
    world = gold_picture.world(2023)
    docs = {d for f in world.facts for d in gold_picture.by_id[f].documents}
    assert {"seed-003", "p117"} <= docs
    assert gold_picture.headline() is world


def test_reconcile_reference_picture_is_current(gold_picture, shared_dir):
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / REPO_DOC
    fresh = markdown(gold_picture, "the gold claims of seeds, dev and dev2")
    assert path.read_text(encoding="utf-8") == fresh, (
        f"regenerate: python -m laborwatch.reconcile.reference --gold ../shared --write {REPO_DOC}"
    )
