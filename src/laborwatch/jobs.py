"""The work behind the commands that is more than one call: the CLI only wires and prints.

Reading the store the user meant (and saying so when it is missing or empty), resolving a
place the user typed, running the demo, re-extracting a store and building the estimate
report. Everything here is plain Python over the stages, usable without Typer.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from laborwatch.errors import ConfigError, InputError, StoreError

if TYPE_CHECKING:
    from laborwatch.model import ClaimRow, Extraction
    from laborwatch.reconcile import Picture
    from laborwatch.reconcile.records import Estimate
    from laborwatch.store import Store

CODE = re.compile(r"[A-Za-z]{2}|M49:\d{3}", re.IGNORECASE)
PLACE_KINDS = ("country", "region", "abroad", "demonym")


# ---------------------------------------------------------------- the store the user meant


def _sqlite_file(db: str | None) -> Path | None:
    """The file of an SQLite ``--db`` (None for a server database)."""
    from laborwatch.store import resolve_url

    url = resolve_url(db)
    return Path(url.database or "") if url.drivername.startswith("sqlite") else None


def _suggestion(missing: Path | None) -> str:
    """'; did you mean --db sqlite:///x.db?' for SQLite files nearby, else how to make one."""
    here = Path.cwd()
    found = sorted(p for p in (*here.glob("*.db"), *here.glob("*/*.db")) if p.resolve() != missing)[
        :3
    ]
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
        raise StoreError(f"no store at {path.resolve()}{_suggestion(path.resolve())}")


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
    from laborwatch.review.book import ReviewBook

    with open_store(db, need_claims=True) as store:
        return list(ReviewBook(store).apply(store.claim_rows(relevant=True)))


# ---------------------------------------------------------------- places the user typed


def _country_names() -> dict[str, str]:
    from laborwatch.reconcile.config import m49, region_names

    names = {name: code for code, (name, _, _) in m49().items()}
    names.update({name: code for code, name in region_names().items()})
    return names


def resolve_place(text: str) -> str:
    """An ISO alpha-2 or M49 code from a code or a name ('Russia', 'the Gulf', 'abroad').

    Raises:
        ConfigError: the name is unknown; the message suggests close names.
    """
    text = text.strip()
    if CODE.fullmatch(text):
        return text.upper()
    from laborwatch.extract.places import gazetteer

    g = gazetteer()
    bare = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    for form in dict.fromkeys((text, bare, text.title(), bare.title(), bare.capitalize())):
        entry = g.lookup(form)
        if entry is not None and entry.kind in PLACE_KINDS and len(entry.codes) == 1:
            return entry.codes[0]
    names = _country_names()
    for name, code in names.items():
        if name.casefold() == text.casefold():
            return code
    close = difflib.get_close_matches(text.title(), list(names), n=3, cutoff=0.6)
    hint = (
        "; did you mean " + " or ".join(f"{n} ({names[n]})" for n in close) + "?"
        if close
        else "; use an ISO alpha-2 code (RU, CN) or M49:NNN"
    )
    raise ConfigError(f"unknown place {text!r}{hint}")


# ---------------------------------------------------------------- re-extraction


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


# ---------------------------------------------------------------- estimates


def estimate_report(picture: Picture, found: list[Estimate], year: int | None) -> dict[str, Any]:
    """Estimates with the revenue, flags and facts of their places (``estimate -f json``)."""
    used = {f for e in found for f in e.facts} | {f for e in found for f, _ in e.excluded}
    places = {e.destination for e in found}
    return {
        "estimates": [e.to_dict() for e in found],
        "revenue": [
            r.to_dict()
            for r in picture.revenue
            if r.destination in places and (year is None or r.year == year)
        ],
        "flags": [
            f.to_dict()
            for f in picture.flags
            if f.country in places and (year is None or f.year == year)
        ],
        "facts": [picture.by_id[f].to_dict() for f in sorted(used)],
    }


ESTIMATE_CSV = (
    "destination",
    "year",
    "measure",
    "sector",
    "low",
    "central",
    "high",
    "method",
    "credibility",
    "confidence",
    "facts",
    "excluded",
)


def estimate_records(found: Iterable[Estimate]) -> Iterator[dict[str, Any]]:
    """Estimates as flat records of :data:`ESTIMATE_CSV` (lists joined by ';')."""
    for e in found:
        d = e.to_dict()
        d["facts"] = ";".join(e.facts)
        d["excluded"] = ";".join(f"{f}: {r}" for f, r in e.excluded)
        yield {k: d[k] for k in ESTIMATE_CSV}


# ---------------------------------------------------------------- the demo


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
    from laborwatch.review.book import ReviewBook
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
        rows = list(ReviewBook(store).apply(store.claim_rows(relevant=True)))
    picture = reconcile(rows)
    briefs = [
        write_report(rows, folder / "brief.html", "html"),
        write_report(rows, folder / "brief.md", "md"),
    ]
    return DemoRun(folder, db_url, results, totals, picture, briefs)


def check_port(host: str, port: int) -> None:
    """Fail now, with a clear message, when ``host:port`` cannot be listened on.

    Raises:
        ConfigError: the port is out of range, in use, or the address is not this machine's.
    """
    import errno
    import socket

    if not 0 < port < 65536:
        raise ConfigError(f"--port must be 1-65535, not {port}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}: {exc.strerror or exc}") from exc
    family, kind, proto, _, addr = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(addr)
        except OSError as exc:
            busy = exc.errno == errno.EADDRINUSE
            reason = "the address is already in use" if busy else (exc.strerror or str(exc))
            raise ConfigError(
                f"cannot listen on {host}:{port}: {reason}; choose another --port"
            ) from exc
