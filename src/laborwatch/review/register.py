"""The source register: a reviewer's reliability grade for a publisher or an originating
source, given with a reason, stored and logged by the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from laborwatch.errors import ReviewError

if TYPE_CHECKING:  # the store imports this package's records: no import at run time
    from laborwatch.store import Store

GRADES = "ABCDEF"
KINDS = ("publisher", "origin")
MAX_REASON = 1000


def source_name(kind: str, name: str) -> str:
    """A register key: publishers as domains (lower case, no ``www.``), origins as written."""
    name = " ".join(name.split())
    return name.lower().removeprefix("www.") if kind == "publisher" else name


class SourceRegister:
    """Reviewers' grades over the shipped reliability table, validated here."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def grades(self) -> list[tuple[str, str, str]]:
        """(kind, name, grade) of every register entry (what the reconciler lays over)."""
        return [(g["kind"], g["name"], g["grade"]) for g in self.store.source_grades()]

    def set_grade(
        self,
        kind: str,
        name: str,
        grade: str,
        *,
        reviewer: str,
        reason: str,
        before: str | None = None,
    ) -> None:
        """Grade a source; ``before`` is its shipped grade (for the audit log).

        Raises:
            ReviewError: unknown kind, a grade outside A-F, no name, or no reason.
        """
        if kind not in KINDS:
            raise ReviewError(f"a source is a {' or '.join(KINDS)}, not {kind!r}")
        grade = grade.strip().upper()
        if len(grade) != 1 or grade not in GRADES:
            raise ReviewError(f"a reliability grade is one of {', '.join(GRADES)}")
        key = source_name(kind, name)
        if not key or len(key) > 200:
            raise ReviewError("name the publisher (domain) or origin, in 1-200 characters")
        why = " ".join(reason.split())
        if not why:
            raise ReviewError("give the reason for the grade: it goes into the audit log")
        if len(why) > MAX_REASON:
            raise ReviewError(f"the reason is longer than {MAX_REASON} characters")
        self.store.save_source_grade(kind, key, grade, reviewer=reviewer, reason=why, before=before)
