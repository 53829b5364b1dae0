"""The store the user meant: fail clearly when it is missing or empty, never create one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from laborwatch.errors import StoreError

if TYPE_CHECKING:
    from laborwatch.model import ClaimRow
    from laborwatch.reconcile.grading import Reliability
    from laborwatch.store import Store


def _sqlite_file(db: str | None) -> Path | None:
    """The file of an SQLite ``--db`` (None for a server database)."""
    from laborwatch.store import resolve_url

    url = resolve_url(db)
    return Path(url.database or "") if url.drivername.startswith("sqlite") else None


def _suggestion(missing: Path | None) -> str:
    """'; did you mean --db sqlite:///x.db?' for SQLite files nearby, else how to make one."""
    here = Path.cwd()
    nearby = (*here.glob("*.db"), *here.glob("*/*.db"))
    found = sorted(p for p in nearby if p.resolve() != missing)[:3]
    if found:
        names = (p.relative_to(here) for p in found)
        return "; did you mean " + " or ".join(f"--db sqlite:///{p}" for p in names) + "?"
    return "; make one with `laborwatch ingest SOURCE... --db URL` (or `laborwatch demo`)"


def require_store(db: str | None) -> None:
    """Fail before opening when an SQLite store does not exist (opening would create it).

    Raises:
        StoreError: no store at that path, with the stores nearby as suggestions.
    """
    path = _sqlite_file(db)
    if path is not None and not path.is_file():
        default = " (the default: pass --db URL or set LABORWATCH_DB for another)" if not db else ""
        raise StoreError(f"no store at {path.resolve()}{default}{_suggestion(path.resolve())}")


def open_store(db: str | None, *, need_claims: bool = False) -> Store:
    """Open an existing store; with ``need_claims``, one that holds at least one claim."""
    from laborwatch.store import Store

    require_store(db)
    store = Store.open(db)
    if need_claims and not store.counts()["claims"]:
        store.close()
        path = _sqlite_file(db)
        where = path if path is not None else store.url
        raise StoreError(
            f"the store at {where} holds no claims{_suggestion(path.resolve() if path else None)}"
        )
    return store


def claim_rows(db: str | None, claims_file: Path | None) -> list[ClaimRow]:
    """Relevant claims with review applied: from ``claims_file`` (extractor output) or the store.

    Raises:
        StoreError: the store is missing or holds no claims (a brief of nothing helps no one).
    """
    if claims_file is not None:
        from laborwatch.reconcile.rows import read_claims_file

        return read_claims_file(claims_file)

    with open_store(db, need_claims=True) as store:
        return list(store.reviewed_claim_rows(relevant=True))


def source_grades(db: str | None, claims_file: Path | None) -> Reliability | None:
    """The store's source grades (the shipped table with its register laid over), or None
    (the shipped table) for a claims file, which has no register."""
    if claims_file is not None:
        return None
    from laborwatch.reconcile.grading import register_reliability

    with open_store(db) as store:
        return register_reliability(store)
