"""Long texts read in windows (``extract/windows.py``): the same claims as one pass, with
offsets into the whole text, none lost or doubled at a cut, and a text past the one-pass
limit ingested whole (text read, claims extracted, text stored). The 50 MB figures are
``bench/extract_long.py``'s."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from laborwatch.extract.pipeline import MAX_DOCUMENT_CHARS, Extractor
from laborwatch.extract.text import normalize
from laborwatch.extract.windows import boundary, extract_in_windows, windows
from laborwatch.model import Document, Extraction
from laborwatch.store import Store


def _text(shared: Path, *names: str) -> str:
    """Articles of the shared corpus, one after another (read at run time)."""
    texts = []
    for name in names:
        for line in (shared / "corpus" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return "\n\n".join(texts)


def _rows(claims: list) -> list[str]:
    return [json.dumps(c.to_dict(), sort_keys=True, ensure_ascii=False) for c in claims]


def _check_offsets(text: str, claims: list) -> None:
    normalised = normalize(text)
    for c in claims:
        ev = c.evidence
        assert text[ev.start : ev.end] == ev.sentence
        assert normalised[ev.start : ev.end] == normalize(ev.sentence)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_windows_tile_the_text_and_cut_at_paragraphs(shared_dir: Path) -> None:
    text = _text(shared_dir, "seeds", "dev")
    spans = list(windows(text, size=7000, context=3000))
    assert len(spans) > 10
    assert spans[0].own_start == 0 and spans[-1].own_end == len(text)
    for before, after in itertools.pairwise(spans):
        assert before.own_end == after.own_start  # no gap, no overlap of what is owned
        assert text[after.own_start - 1] == "\n"  # a paragraph (or line) starts there
    for w in spans:
        assert w.start <= w.own_start < w.own_end <= w.end


def test_boundary_falls_back_to_sentences_then_spaces() -> None:
    text = "One sentence here. Another one follows without a break"
    assert text[: boundary(text, 30, 0)] == "One sentence here. "
    assert boundary(text, 48, 25) == text.rindex(" ", 25, 48) + 1
    assert boundary("x" * 100, 60, 10) == 60


@pytest.mark.parametrize(("names", "size"), [(("seeds", "dev"), 7000), (("ko-dev",), 3000)])
def test_windowed_claims_equal_one_pass(
    shared_dir: Path, extractor: Extractor, names: tuple[str, ...], size: int
) -> None:
    """With a cut every few thousand characters (many inside articles) the
    claims are exactly those of one pass over the whole text, offsets included."""
    text = _text(shared_dir, *names)
    one = extractor.extract(Document(id="long", text=text, language=None))
    assert len(one.claims) > 30
    windowed = extract_in_windows(
        Document(id="long", text=text, language=None), extractor.extract, size=size, context=1500
    )
    assert len(list(windows(text, size, 1500))) > 8
    assert _rows(windowed.claims) == _rows(one.claims)
    assert windowed.relevant and windowed.document.language == one.document.language
    _check_offsets(text, windowed.claims)


def test_windowed_claims_are_not_doubled_without_dedupe_across_copies(
    shared_dir: Path, extractor: Extractor
) -> None:
    """Each window's claims: every evidence sentence is owned by exactly one window."""
    text = _text(shared_dir, "seeds", "dev")
    starts: list[int] = []
    for w in windows(text, 7000, 3000):
        part = extractor.extract(Document(id="w", text=text[w.start : w.end], language="en"))
        starts += sorted(
            {
                c.evidence.start + w.start
                for c in part.claims
                if w.own_start <= c.evidence.start + w.start < w.own_end
            }
        )
    one = extractor.extract(Document(id="long", text=text, language="en"))
    assert len(starts) == len(set(starts))
    assert {c.evidence.start for c in one.claims} <= set(starts)


@pytest.mark.slow
def test_ingest_a_text_past_the_one_pass_limit_whole(
    shared_dir: Path, extractor: Extractor, tmp_path: Path
) -> None:
    """2.5 M characters of corpus articles in one .txt file (past the one-pass limit,
    seven windows; 50 MB is the benchmark's): read, extracted in windows, stored whole,
    with every claim of the articles once (a figure repeated in a document is one
    claim) and its offsets right."""
    from laborwatch.ingest.files import read_file
    from laborwatch.store.runner import Ingest

    unit = _text(shared_dir, "seeds", "dev") + "\n\n"
    copies = 5 * MAX_DOCUMENT_CHARS // 2 // len(unit) + 1
    path = tmp_path / "long-dump.txt"
    path.write_text(unit * copies, encoding="utf-8")
    (doc,) = read_file(path)
    assert isinstance(doc, Document) and len(doc.text) == len(unit) * copies > MAX_DOCUMENT_CHARS
    expected = extractor.extract(Document(id="long-dump", text=unit, language=doc.language))
    seen = _Seen(extractor)
    with Store.open(f"sqlite:///{tmp_path / 'long.db'}") as store:
        job = Ingest(store, extractor=seen)  # type: ignore[arg-type]
        job.run(iter([doc]))
        assert job.counts.documents_failed == 0, job.counts.failures
        assert store.counts()["documents"] == 1
        assert store.counts()["claims"] == len(expected.claims)
        stored = store.document("long-dump")
        assert stored is not None and stored.text == doc.text
    (result,) = seen.results
    assert _rows(result.claims) == _rows(expected.claims)
    _check_offsets(doc.text[: len(unit) * 5], result.claims)
    last = max(c.evidence.end for c in result.claims)
    assert last <= len(unit)  # first statements are kept, in the first copy


class _Seen:
    """The real extractor, keeping what it returned."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor
        self.results: list[Extraction] = []

    def extract(self, doc: Document) -> Extraction:
        self.results.append(self.extractor.extract(doc))
        return self.results[-1]
