"""One storage interface over SQLite or PostgreSQL: named reads, one serialised writer.

The store is the only module that talks to the database: everything else asks it by name
(claim and document pages, publishers, the fingerprint, reviewed claim rows, review and
token records). Reads run on their own pooled connections and never wait for the writer
(SQLite in WAL mode, PostgreSQL MVCC); writes are serialised by a lock within a process
and by ``BEGIN IMMEDIATE`` / row locks across processes.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from laborwatch.dedupe.cluster import Assignment, Candidate, Clusterer
from laborwatch.dedupe.sketch import Sketch
from laborwatch.errors import StoreError
from laborwatch.model import ClaimRow, Extraction
from laborwatch.review.apply import apply_reviews
from laborwatch.review.decisions import ClaimDecision
from laborwatch.store import fastsql, reads, runs, sources, writes
from laborwatch.store import review as review_sql
from laborwatch.store.cache import FetchCache
from laborwatch.store.engine import WRITE, create_engine
from laborwatch.store.migrate import upgrade
from laborwatch.store.reads import ClaimFilter, DocumentFilter
from laborwatch.store.records import RunCounts, SaveResult, StoredClaim, StoredDocument
from laborwatch.store.schema import claims, document_revisions, documents
from laborwatch.store.url import display_url, resolve_url


class Store:
    """The database behind laborwatch. Open with :meth:`open` (migrates to the newest schema).

    Writes happen on one connection at a time (a lock serialises writers); group them with
    :meth:`transaction` so a batch commits or vanishes as a whole.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = display_url(engine.url)
        self._lock = threading.RLock()
        self._tx: Connection | None = None
        self._tx_thread: int | None = None  # the thread whose transaction _tx is
        self._publishers: dict[str, int] = {}
        self._empty: dict[tuple[ClaimFilter, str], tuple[str | None, ...]] = {}
        self._empty_at: Any = None  # the newest claim id when _empty was filled

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (creating and migrating if needed) the store at ``url`` (see ``--db``)."""
        engine = create_engine(resolve_url(url))
        try:
            upgrade(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"cannot open {display_url(engine.url)}: {_reason(exc)}") from exc
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connections and transactions -------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction; nested calls (same thread) join the outer one.

        On SQLite it begins with ``BEGIN IMMEDIATE``: the write lock is taken (waiting up to
        the busy timeout) before the first read, so another process's commit can never
        make this transaction's snapshot stale halfway (which fails at once).
        """
        with self._lock:
            if self._tx is not None:
                yield self._tx
                return
            try:
                with self.engine.connect() as conn:
                    conn.execution_options(**{WRITE: True})
                    with conn.begin():
                        self._tx, self._tx_thread = conn, threading.get_ident()
                        yield conn
            except BaseException as exc:
                self._publishers.clear()  # ids from a rolled-back batch are gone
                if isinstance(exc, (SQLAlchemyError, *fastsql.DB_ERRORS)):
                    raise StoreError(f"{self.url}: {_reason(exc)}") from exc
                raise
            finally:
                self._tx, self._tx_thread = None, None

    @contextlib.contextmanager
    def _savepoint(self, conn: Connection) -> Iterator[Connection]:
        """A savepoint: a failing document rolls back alone, the batch goes on.

        Issued as plain SQL (same on both databases): SQLAlchemy's nested transactions cost
        more than the rest of a document's bookkeeping.
        """
        fastsql.write(conn, "SAVEPOINT lw_document")
        try:
            yield conn
        except BaseException as exc:
            fastsql.write(conn, "ROLLBACK TO SAVEPOINT lw_document")
            fastsql.write(conn, "RELEASE SAVEPOINT lw_document")
            self._publishers.clear()
            if isinstance(exc, (SQLAlchemyError, *fastsql.DB_ERRORS)):
                raise StoreError(f"{self.url}: {_reason(exc)}") from exc
            raise
        fastsql.write(conn, "RELEASE SAVEPOINT lw_document")

    @contextlib.contextmanager
    def reader(self) -> Iterator[Connection]:
        """A connection for reads: this thread's open transaction (it sees its own
        writes), else a pooled connection of its own that never waits for the writer."""
        if self._tx is not None and self._tx_thread == threading.get_ident():
            yield self._tx
            return
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.url}: {_reason(exc)}") from exc

    # -- ingest runs -----------------------------------------------------------------

    def begin_run(self, sources: list[str]) -> int:
        """Record the start of an ingest run (committed at once) and return its id.

        Runs left ``running`` by a process that is gone (killed) are marked ``interrupted``.
        """
        with self.transaction() as conn:
            return runs.begin(conn, sources, writes.utcnow())

    def run_heartbeat(self, run_id: int) -> None:
        """Note that the run is alive (called with each batch, inside its transaction)."""
        with self.transaction() as conn:
            runs.heartbeat(conn, run_id, writes.utcnow())

    def finish_run(self, run_id: int, counts: RunCounts, *, failed: bool = False) -> None:
        with self.transaction() as conn:
            runs.finish(conn, run_id, counts, failed, writes.utcnow())

    def runs(self) -> list[dict[str, Any]]:
        with self.reader() as conn:
            return runs.all_runs(conn)

    # -- writes ----------------------------------------------------------------------

    def has_content(self, document_id: str, content_hash: str) -> bool:
        """True when the document's current revision has exactly this content."""
        with self.reader() as conn:
            found = fastsql.first(conn, fastsql.CURRENT, [document_id])
        return found is not None and found[0] == content_hash

    def save(
        self,
        extraction: Extraction,
        *,
        cluster: Clusterer | str | None = None,
        run_id: int | None = None,
        reextracted: bool = False,
    ) -> SaveResult:
        """Store an extraction: new document, new revision of a changed one, or nothing.

        ``cluster`` is a :class:`Clusterer` (syndication clustering against the store), a
        fixed cluster id, or None (the document is its own cluster). ``reextracted``: the
        same content extracted again (a better extractor) becomes a new revision in its
        story cluster, the old claims kept as history.
        """
        doc = extraction.document
        with self.transaction() as conn:
            row = fastsql.first(conn, fastsql.CURRENT, [doc.id])
            if row is not None and row[0] == doc.content_hash:
                if not reextracted:
                    return SaveResult(doc.id, "unchanged", row[2])
                cluster = row[2]  # same text: same story, same sketch
            with self._savepoint(conn):
                if isinstance(cluster, Clusterer):
                    if row is not None:
                        writes.drop_sketch(conn, doc.id, cluster.sketcher)
                    assignment = cluster.assign(doc, _Index(conn))
                else:
                    assignment = Assignment(cluster or doc.id)
                now = writes.utcnow()
                pub = writes.publisher_id(conn, doc.publisher, self._publishers, now)
                values = writes.document_values(extraction, assignment, pub, run_id, now)
                with fastsql.pipeline(conn):
                    if row is None:
                        writes.insert_document(conn, values, now)
                        revision = 1
                    else:
                        revision = writes.replace_document(conn, values, row[1], now)
                    writes.put_sketch(conn, doc.id, assignment)
                    added = writes.insert_claims(conn, extraction, revision, now)
        return SaveResult(doc.id, "new" if row is None else "updated", assignment.cluster, added)

    def analyze(self) -> None:
        """Refresh the planner's statistics (PostgreSQL; SQLite needs none for these queries).

        Without them PostgreSQL reads the whole LSH index for each new document.
        """
        if self.engine.dialect.name == "postgresql":
            with self.transaction() as conn:
                conn.exec_driver_sql("ANALYZE documents, minhashes, lsh_buckets, claims")

    def fetch_cache(self) -> FetchCache:
        """The ETag/Last-Modified cache the fetcher uses for conditional requests."""
        return FetchCache(self)

    # -- reads -----------------------------------------------------------------------

    def document(self, document_id: str, *, with_text: bool = True) -> StoredDocument | None:
        with self.reader() as conn:
            for doc in reads.iter_documents(conn, with_text=with_text, ids=[document_id]):
                return doc
        return None

    def documents(
        self,
        *,
        with_text: bool = False,
        search: str | None = None,
        cluster: str | None = None,
        relevant: bool | None = None,
        limit: int | None = None,
    ) -> Iterator[StoredDocument]:
        """Documents in ingest order, or best full-text matches first with ``search``."""
        with self.reader() as conn:
            yield from reads.iter_documents(
                conn,
                search=search,
                cluster=cluster,
                relevant=relevant,
                limit=limit,
                with_text=with_text,
            )

    def document_page(
        self, flt: DocumentFilter, limit: int, offset: int = 0, order: str = "-published"
    ) -> list[StoredDocument]:
        """Documents newest-published first (or by ``order``: ``reads.DOCUMENT_ORDERS``,
        ``-`` first for descending), one page."""
        with self.reader() as conn:
            return reads.document_page(conn, flt, limit, offset, order)

    def publishers(self, limit: int = 500) -> list[str]:
        """Publisher names, alphabetically."""
        with self.reader() as conn:
            return reads.publisher_names(conn, limit)

    def claims(self, **filters: Any) -> Iterator[StoredClaim]:
        """Stored claims (current ones unless ``current=False``); see :class:`ClaimFilter`."""
        flt = ClaimFilter(**filters)
        with self.reader() as conn:
            yield from reads.iter_claims(conn, flt)

    def claim_rows(self, **filters: Any) -> Iterator[ClaimRow]:
        """Stream claims joined with their documents as the machine stored them."""
        flt = ClaimFilter(**filters)
        with self.reader() as conn:
            yield from reads.iter_claim_rows(conn, flt)

    def reviewed_claim_rows(self, **filters: Any) -> Iterator[ClaimRow]:
        """:meth:`claim_rows` with the human review applied: what reconcile, report, the
        exports and the pages use (filters apply to the stored, machine values)."""
        flt = ClaimFilter(**filters)
        decisions, relevance = self.claim_decisions(), self.document_relevance()
        with self.reader() as conn:
            yield from apply_reviews(reads.iter_claim_rows(conn, flt), decisions, relevance)

    def claim_page(
        self, flt: ClaimFilter, limit: int, offset: int = 0, order: str = "-id"
    ) -> list[ClaimRow]:
        """Claims matching ``flt``, newest first (or by ``order``: ``reads.CLAIM_ORDERS``,
        ``-`` first for descending, e.g. ``-published``), one page, review applied."""
        with self.reader() as conn:
            skip = self._empty_groups(conn, flt, order)
            rows = reads.claim_page(conn, flt, limit, offset, order, skip)
        return list(apply_reviews(rows, self.claim_decisions(), self.document_relevance()))

    def _empty_groups(
        self, conn: Connection, flt: ClaimFilter, order: str
    ) -> tuple[str | None, ...]:
        """``reads.empty_groups``, kept until a claim is added (claims are never edited
        but to supersede them, which empties a value, never fills it)."""
        column = reads.grouped_by(flt, order)
        if column is None:
            return ()
        at = conn.execute(sa.select(sa.func.max(claims.c.id))).one()
        if at != self._empty_at or len(self._empty) >= 256:  # bounded: filters are user input
            self._empty, self._empty_at = {}, at
        key = (flt, column)
        if key not in self._empty:
            self._empty[key] = reads.empty_groups(conn, flt, order)
        return self._empty[key]

    def claim(self, claim_id: int) -> ClaimRow | None:
        """One stored claim (current or superseded) as the machine extracted it."""
        with self.reader() as conn:
            return reads.claim_by_id(conn, claim_id)

    def claim_copies(self, claim_id: int) -> list[tuple[str, int]]:
        """(document id, claim id) of the other copies in the story cluster that repeat it."""
        q = sa.text(
            "SELECT copy_document_id, copy_claim_id FROM claim_copies"
            " WHERE claim_id = :id ORDER BY copy_document_id, copy_claim_id"
        )
        with self.reader() as conn:
            return [(r[0], r[1]) for r in conn.execute(q, {"id": claim_id})]

    def revisions(self, document_id: str) -> list[dict[str, Any]]:
        """Every revision of a document, oldest first (``text`` is None for the current)."""
        with self.reader() as conn:
            rows = conn.execute(
                sa.select(document_revisions)
                .where(document_revisions.c.document_id == document_id)
                .order_by(document_revisions.c.revision)
            )
            return [dict(r._mapping) for r in rows]

    def counts(self) -> dict[str, int]:
        """Documents, current and all claims, story clusters, multi-document clusters."""
        multi = (
            sa.select(documents.c.cluster)
            .group_by(documents.c.cluster)
            .having(sa.func.count() > 1)
            .subquery()
        )
        with self.reader() as conn:
            one = conn.execute(
                sa.select(
                    sa.select(sa.func.count()).select_from(documents).scalar_subquery(),
                    sa.select(sa.func.count())
                    .select_from(claims)
                    .where(claims.c.current.is_(True))
                    .scalar_subquery(),
                    sa.select(sa.func.count()).select_from(claims).scalar_subquery(),
                    sa.select(sa.func.count(sa.distinct(documents.c.cluster))).scalar_subquery(),
                    sa.select(sa.func.count()).select_from(multi).scalar_subquery(),
                )
            ).one()
        keys = ("documents", "claims", "claims_all", "clusters", "syndicated_clusters")
        return dict(zip(keys, (int(x) for x in one), strict=True))

    def fingerprint(self) -> tuple[Any, ...]:
        """Changes whenever claims, documents or review decisions change (cheap)."""
        with self.reader() as conn:
            return reads.fingerprint(conn)

    # -- review and tokens -------------------------------------------------------------

    def claim_decisions(self) -> dict[tuple[str, str], ClaimDecision]:
        """Every current claim decision by (document id, claim key)."""
        with self.reader() as conn:
            return review_sql.decisions(conn)

    def claim_decision(self, document_id: str, key: str) -> ClaimDecision | None:
        with self.reader() as conn:
            return review_sql.decision(conn, document_id, key)

    def document_relevance(self) -> dict[str, bool]:
        """Reviewers' relevance decisions by document id."""
        with self.reader() as conn:
            return review_sql.relevance(conn)

    def review_version(self) -> int:
        """Grows with every review write (the audit log's last id)."""
        with self.reader() as conn:
            return review_sql.version(conn)

    def review_log(
        self, document_id: str | None = None, key: str | None = None, limit: int = 50
    ) -> list[dict[str, Any]]:
        """Audit log entries, newest first: all, a document's, or one claim key's."""
        with self.reader() as conn:
            return review_sql.log(conn, document_id, key, limit)

    def save_claim_decision(self, decision: ClaimDecision, machine: dict[str, Any]) -> None:
        """Make ``decision`` the claim's current one; the audit log gets before (the old
        decision, else ``machine``: the extracted values) and after."""
        with self.transaction() as conn:
            review_sql.put_decision(conn, decision, machine, writes.utcnow())

    def save_document_relevance(self, document_id: str, relevant: bool, reviewer: str) -> bool:
        """Record a reviewer's relevance decision; False when there is no such document."""
        with self.transaction() as conn:
            return review_sql.put_relevance(conn, document_id, relevant, reviewer, writes.utcnow())

    def add_token(self, name: str, token_hash: str) -> None:
        with self.transaction() as conn:
            review_sql.add_token(conn, name, token_hash, writes.utcnow())

    def token_name(self, token_hash: str) -> str | None:
        """Whose token has this SHA-256, if any."""
        with self.reader() as conn:
            return review_sql.token_name(conn, token_hash)

    def token_names(self) -> list[str]:
        with self.reader() as conn:
            return review_sql.token_names(conn)

    # -- the source register -----------------------------------------------------------

    def source_grades(self) -> list[dict[str, Any]]:
        """Reviewers' reliability grades: kind (publisher | origin), name, grade, reviewer,
        reason, updated_at."""
        with self.reader() as conn:
            return sources.grades(conn)

    def save_source_grade(
        self, kind: str, name: str, grade: str, *, reviewer: str, reason: str, before: str | None
    ) -> None:
        """Set a source's grade; the audit log gets before (the old grade, else ``before``:
        the shipped one) and after, with the reason."""
        entry = {"kind": kind, "name": name, "grade": grade, "reviewer": reviewer}
        with self.transaction() as conn:
            sources.put_grade(conn, {**entry, "reason": reason}, before, writes.utcnow())

    def source_log(self, limit: int = 100) -> list[dict[str, Any]]:
        """The source register's audit entries, newest first."""
        with self.reader() as conn:
            return sources.log(conn, limit)


class _Index:
    """The store as a :class:`~laborwatch.dedupe.ClusterIndex`, inside a transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def cluster_of_content(self, content_hash: str, exclude: str) -> str | None:
        row = fastsql.first(self.conn, fastsql.SAME_CONTENT, [content_hash, exclude])
        return row[0] if row else None

    def texts(self, document_ids: list[str]) -> dict[str, str]:
        rows = fastsql.run(self.conn, fastsql.texts_sql(len(document_ids)), document_ids)
        return dict(rows)  # type: ignore[arg-type]

    def candidates(self, keys: list[int], exclude: str) -> list[Candidate]:
        rows = fastsql.run(self.conn, fastsql.candidates_sql(len(keys)), [*keys, exclude])
        return [Candidate(r[0], r[1], Sketch.from_bytes(r[2], r[3])) for r in rows]

    def meta(self, document_id: str) -> tuple[str | None, str | None]:
        """A stored document's language and publication date (for story features)."""
        q = sa.select(documents.c.language, documents.c.published).where(
            documents.c.id == document_id
        )
        row = self.conn.execute(q).first()
        return (row[0], row[1]) if row else (None, None)


def _reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig or exc).strip().splitlines()[0]
