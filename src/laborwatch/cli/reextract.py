"""``laborwatch reextract``: run the current extractor again over the stored documents.

Stored text is extracted again; a document whose claims come out different gets a new
revision (its old claims stay as history, human review decisions re-attach by their
stable keys); a document whose claims are the same is left alone.
"""

from __future__ import annotations

from laborwatch.cli.app import command, console
from laborwatch.cli.options import DbOption


@command
def reextract(db: DbOption = None) -> None:
    """Extract every stored document again with this version of the extractor."""
    from laborwatch import jobs

    with jobs.open_store(db) as store:
        counts = jobs.reextract(store)
    for failure in counts.failures:
        console.print(f"skipped {failure}", markup=False)
    console.print(
        f"documents: {counts.changed} with new claims, {counts.same} unchanged, "
        f"{counts.failed} failed",
        markup=False,
    )
