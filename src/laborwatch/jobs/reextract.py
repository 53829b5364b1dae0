"""Re-extraction: the current extractor over every stored document."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from laborwatch.errors import InputError

if TYPE_CHECKING:
    from laborwatch.store import Store


@dataclass
class ReextractCounts:
    changed: int = 0
    same: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)


def reextract(store: Store) -> ReextractCounts:
    """Extract every stored document again; save a new revision where the claims differ."""
    from laborwatch.extract.pipeline import Extractor
    from laborwatch.model import Document

    extractor = Extractor()
    counts = ReextractCounts()
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
            counts.failed += 1
            counts.failures.append(str(exc))
            continue
        before = [c.claim for c in store.claims(document=doc.id)]
        if _identities(before) == _identities(result.claims) and stored.relevant == result.relevant:
            counts.same += 1
            continue
        store.save(result, reextracted=True)
        counts.changed += 1
    return counts


def _identities(claims: Iterable[Any]) -> set[tuple[Any, ...]]:
    return {(*c.identity(), c.status, c.sector) for c in claims}
