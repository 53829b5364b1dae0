"""PDF reading: page boundaries, metadata, caps and refusals."""

from __future__ import annotations

import pytest

from laborwatch.errors import InputError
from laborwatch.ingest.pdf import PdfOptions, pdf_bytes_document, pdf_file_document


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def page_texts(corpus_records) -> list[str]:
    recs = [corpus_records[k] for k in ("seed-000", "seed-001", "seed-002", "seed-003")]
    return [f"PAGE-MARK-{n} " + r["text"][:1800] for n, r in enumerate(recs, 1)]


def test_ingest_pdf_pages_map_offsets_to_page_numbers(pdfgen, page_texts):
    doc = pdf_bytes_document(pdfgen.make_pdf(page_texts), doc_id="r", where="r.pdf")
    assert [n for _, n in doc.pages] == [1, 2, 3, 4]
    starts = [s for s, _ in doc.pages] + [len(doc.text)]
    for n, text in enumerate(page_texts, 1):
        chunk = doc.text[starts[n - 1] : starts[n]]
        assert chunk.startswith(f"PAGE-MARK-{n}")
        assert squash(text[:600]) in squash(chunk)
    # an offset inside page 3's text maps back to page 3
    offset = doc.text.index("PAGE-MARK-3") + 50
    assert max(p for s, p in doc.pages if s <= offset) == 3


def test_ingest_pdf_metadata(pdfgen):
    pdf = pdfgen.make_pdf(["Some text."], title="S/2024/215", created="D:20240307090000+09'00'")
    doc = pdf_bytes_document(pdf, doc_id="r", where="r.pdf")
    assert doc.title == "S/2024/215" and doc.published == "2024-03-07"
    assert doc.extra == {"page_count": 1}


def test_ingest_pdf_page_cap_drops_the_rest(pdfgen, page_texts):
    pdf = pdfgen.make_pdf(page_texts)
    doc = pdf_bytes_document(pdf, doc_id="r", where="r.pdf", options=PdfOptions(max_pages=2))
    assert [n for _, n in doc.pages] == [1, 2] and "PAGE-MARK-3" not in doc.text
    assert doc.extra == {"page_count": 4, "pages_dropped": 2}


def test_ingest_pdf_file_size_cap(tmp_path, pdfgen, page_texts):
    path = tmp_path / "big.pdf"
    path.write_bytes(pdfgen.make_pdf(page_texts))
    with pytest.raises(InputError, match="PDF too large"):
        pdf_file_document(path, doc_id="big", options=PdfOptions(max_bytes=1000))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n%%EOF", "broken PDF"),
        (b"%PDF-1.4\n" + bytes(range(256)) * 20, "broken PDF"),
    ],
)
def test_ingest_pdf_broken(data, reason):
    with pytest.raises(InputError, match=reason):
        pdf_bytes_document(data, doc_id="x", where="x.pdf")


def test_ingest_pdf_without_text_is_refused(pdfgen):
    with pytest.raises(InputError, match="no extractable text"):
        pdf_bytes_document(pdfgen.make_pdf(["", ""]), doc_id="x", where="scan.pdf")


@pytest.mark.parametrize("fraction", [0.3, 0.9])
def test_ingest_pdf_truncated_download_is_a_clear_error(pdfgen, page_texts, fraction):
    pdf = pdfgen.make_pdf(page_texts)
    with pytest.raises(InputError, match=r"cut\.pdf: broken PDF \(PdfStreamError"):
        pdf_bytes_document(pdf[: int(len(pdf) * fraction)], doc_id="x", where="cut.pdf")
