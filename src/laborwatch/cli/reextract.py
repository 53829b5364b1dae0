"""``laborwatch reextract``: run the current extractor again over the stored documents.

Stored text is extracted again; a document whose claims come out different gets a new
revision (its old claims stay as history, human review decisions re-attach by their
stable keys); a document whose claims are the same is left alone.
"""

from __future__ import annotations

from laborwatch.cli.app import DbOption, app, console, user_errors
from laborwatch.errors import InputError
from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Claim, Document
from laborwatch.store import Store


def _identities(claims: list[Claim]) -> set[tuple]:
    return {(*c.identity(), c.status, c.sector) for c in claims}


@app.command()
@user_errors
def reextract(db: DbOption = None) -> None:
    """Extract every stored document again with this version of the extractor."""
    extractor = Extractor()
    changed = same = failed = 0
    with Store.open(db) as store:
        for stored in list(store.documents(with_text=True)):
            doc = Document(
                id=stored.id,
                text=stored.text or "",
                title=stored.title,
                url=stored.url,
                published=stored.published,
                publisher=stored.publisher,
                language=stored.language,
                source=stored.source,
            )
            try:
                result = extractor.extract(doc)
            except InputError as exc:
                failed += 1
                console.print(f"skipped {exc}", markup=False)
                continue
            before = [c.claim for c in store.claims(document=doc.id)]
            if (
                _identities(before) == _identities(result.claims)
                and stored.relevant == result.relevant
            ):
                same += 1
                continue
            store.save(result, reextracted=True)
            changed += 1
    console.print(f"documents: {changed} with new claims, {same} unchanged, {failed} failed")
