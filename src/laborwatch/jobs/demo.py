"""The demo: the bundled sample through every stage into a fresh folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from laborwatch.model import Extraction
    from laborwatch.reconcile import Picture


@dataclass
class DemoRun:
    """What the demo did, for the CLI to show."""

    folder: Path
    db_url: str
    results: list[Extraction]
    totals: dict[str, int]
    picture: Picture
    briefs: list[Path]


def run_demo(folder: Path) -> DemoRun:
    """Extract the bundled sample, store it in a fresh SQLite file, reconcile, write briefs."""
    from laborwatch.extract.pipeline import Extractor
    from laborwatch.reconcile import reconcile
    from laborwatch.report import write_report
    from laborwatch.sample import sample_documents
    from laborwatch.store import Store
    from laborwatch.store.runner import Ingest

    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "laborwatch.db"
    db_path.unlink(missing_ok=True)
    db_url = f"sqlite:///{db_path}"
    extractor = Extractor()
    results = [extractor.extract(doc) for doc in sample_documents()]
    with Store.open(db_url) as store:
        run_id = store.begin_run(["(bundled sample)"])
        job = Ingest(store, extractor=extractor, run_id=run_id)
        job.run(sample_documents())
        store.finish_run(run_id, job.counts)
        totals = store.counts()
        rows = list(store.reviewed_claim_rows(relevant=True))
    picture = reconcile(rows)
    briefs = [
        write_report(rows, folder / "brief.html", "html"),
        write_report(rows, folder / "brief.md", "md"),
    ]
    return DemoRun(folder, db_url, results, totals, picture, briefs)
