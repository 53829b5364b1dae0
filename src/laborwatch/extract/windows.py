"""Reading a very long text (a dump of many articles, a 50 MB report) in windows, so the
memory extraction takes does not grow with the text.

Each window owns a stretch of the text cut at a paragraph boundary (else a line, a
sentence end, a space) and is read with some context on either side, so a sentence near
a cut is whole and keeps its neighbours. A claim belongs to the window whose own stretch
holds the start of its evidence sentence: none is lost at a cut, none is counted twice.
Evidence offsets are moved back to the whole text; the claims of all windows are then
deduplicated as one document's are (the same figure repeated is one claim).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from laborwatch.extract.claims import deduplicate
from laborwatch.model import Claim, Document, Extraction

WINDOW_CHARS = 400_000  # what one window owns (about 200 news articles)
CONTEXT_CHARS = 12_000  # read before and after it (a few paragraphs each side)

_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n")
_SENTENCE_END = re.compile(r"[.!?。？！…]['\"’”)\]]*\s")


@dataclass(frozen=True, slots=True)
class Window:
    """One window: it reads ``text[start:end]`` and owns ``[own_start, own_end)``."""

    start: int
    own_start: int
    own_end: int
    end: int


def boundary(text: str, target: int, floor: int) -> int:
    """The best place to cut ``text`` at or before ``target`` and after ``floor``: just
    after a blank line, else a line end, a sentence end, a space; else ``target``."""
    if target >= len(text):
        return len(text)
    target, floor = max(0, target), max(0, floor)
    for pattern in (_PARAGRAPH, _SENTENCE_END):
        last = None
        for found in pattern.finditer(text, floor, target):
            last = found
        if last is not None:
            return last.end()
        if pattern is _PARAGRAPH:
            line = text.rfind("\n", floor, target)
            if line >= 0:
                return line + 1
    space = max(text.rfind(" ", floor, target), text.rfind("\t", floor, target))
    return space + 1 if space >= 0 else target


def windows(text: str, size: int = WINDOW_CHARS, context: int = CONTEXT_CHARS) -> Iterator[Window]:
    """The windows covering ``text``, in order; their own stretches tile it exactly."""
    own_start = 0
    while own_start < len(text):
        own_end = boundary(text, own_start + size, own_start + size * 3 // 4)
        start = boundary(text, own_start - context, own_start - 2 * context) if own_start else 0
        end = boundary(text, own_end + context, own_end + context // 2)
        yield Window(start, own_start, own_end, end)
        own_start = own_end


def _moved(claim: Claim, offset: int) -> Claim:
    ev = claim.evidence
    evidence = dataclasses.replace(ev, start=ev.start + offset, end=ev.end + offset)
    return dataclasses.replace(claim, evidence=evidence)


def _owned(found: list[Claim], w: Window) -> list[Claim]:
    """The claims of window ``w`` whose evidence starts in its own stretch, moved to the
    whole text's offsets."""
    return [
        _moved(c, w.start) for c in found if w.own_start <= c.evidence.start + w.start < w.own_end
    ]


def extract_in_windows(
    doc: Document,
    extract: Callable[[Document], Extraction],
    *,
    size: int = WINDOW_CHARS,
    context: int = CONTEXT_CHARS,
    reread: Callable[[Document], Extraction] | None = None,
) -> Extraction:
    """``doc`` read window by window with ``extract`` (the one-pass extractor).

    The language is decided on the first window and kept for the rest; the document is
    relevant when any window is, with the highest window score. Relevance is the
    document's, as in one pass: once a window is relevant, the windows that read as
    irrelevant on their own are read again with ``reread`` (the extractor without its
    relevance gate) for their claims; an irrelevant document keeps none.
    """
    claims: list[Claim] = []
    relevant, relevance = False, 0.0
    skipped: list[tuple[Window, Document]] = []
    for w in windows(doc.text, size, context):
        part = dataclasses.replace(doc, text=doc.text[w.start : w.end], pages=None, extra={})
        found = extract(part)
        doc.language = part.language
        if found.unread is not None:
            return Extraction(document=doc, relevant=False, relevance=0.0, unread=found.unread)
        relevant = relevant or found.relevant
        relevance = max(relevance, found.relevance)
        if not found.relevant:
            skipped.append((w, part))
        claims += _owned(found.claims, w)
    if relevant and reread is not None:
        for w, part in skipped:
            claims += _owned(reread(part).claims, w)
    return Extraction(
        document=doc, relevant=relevant, relevance=relevance, claims=deduplicate(claims)
    )
