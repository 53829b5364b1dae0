"""Folders and single local files: walking order, kind sniffing, errors named by file."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from laborwatch.errors import InputError
from laborwatch.ingest.sources import iter_documents
from laborwatch.ingest.walk import walk_folder
from laborwatch.model import Document


def encrypted(pdf: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password, "owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def folder(tmp_path: Path, corpus_records, pdfgen) -> Path:
    a, b = corpus_records["seed-000"], corpus_records["seed-001"]
    paras = "".join(f"<p>{p}</p>" for p in a["text"].split("\n") if p.strip())
    (tmp_path / "b-page.html").write_text(
        f"<!DOCTYPE html><html><head><title>Saved</title></head><body><article>{paras}"
        "</article></body></html>"
    )
    (tmp_path / "a-notes.txt").write_text(b["text"])
    pdf = pdfgen.make_pdf([a["text"][:1500], b["text"][:1500]], title="Panel report")
    (tmp_path / "c-report.pdf").write_bytes(pdf)
    (tmp_path / "d-locked.pdf").write_bytes(encrypted(pdf, "secret"))
    (tmp_path / "d-open.pdf").write_bytes(encrypted(pdf, ""))
    (tmp_path / "e-broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    (tmp_path / "f-empty.txt").write_bytes(b"  \n")
    (tmp_path / "g-binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    lines = [
        json.dumps({"id": "j1", "text": b["text"][:400]}),
        "{not json",
        json.dumps({"id": "j2"}),
    ]
    (tmp_path / "h-corpus.jsonl").write_text("\n".join(lines) + "\n")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "z-more.jsonl.gz").write_bytes(gzip.compress(lines[0].replace("j1", "j3").encode()))
    (sub / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (sub / "table.csv").write_text("a,b\n1,2\n")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "secret.txt").write_text("not to be read")
    return tmp_path


def test_ingest_walk_order_and_selection(folder):
    names = [p.relative_to(folder).as_posix() for p in walk_folder(folder)]
    assert names == [
        "a-notes.txt", "b-page.html", "c-report.pdf", "d-locked.pdf", "d-open.pdf",
        "e-broken.pdf", "f-empty.txt", "g-binary.txt", "h-corpus.jsonl", "sub/z-more.jsonl.gz",
    ]  # fmt: skip


def test_ingest_walk_folder_documents_and_errors(folder, corpus_records):
    items = list(iter_documents([str(folder)]))
    got = [(i.id if isinstance(i, Document) else f"error:{Path(i.where).name}") for i in items]
    assert got == [
        "a-notes", "b-page", "c-report", "error:d-locked.pdf", "d-open", "error:e-broken.pdf",
        "error:f-empty.txt", "error:g-binary.txt", "j1", "error:h-corpus.jsonl:2",
        "error:h-corpus.jsonl:3", "j3",
    ]  # fmt: skip
    by_id = {i.id: i for i in items if isinstance(i, Document)}
    assert by_id["a-notes"].text == corpus_records["seed-001"]["text"]
    assert "Faced with foreign exchange shortages" in by_id["b-page"].text
    assert by_id["c-report"].title == "Panel report" and len(by_id["c-report"].pages) == 2
    assert by_id["d-open"].text == by_id["c-report"].text  # empty user password: readable
    errors = {Path(i.where).name: str(i) for i in items if isinstance(i, InputError)}
    assert "encrypted PDF" in errors["d-locked.pdf"]
    assert "broken PDF" in errors["e-broken.pdf"]
    assert "empty file" in errors["f-empty.txt"]
    assert "binary content" in errors["g-binary.txt"]
    assert "malformed JSON" in errors["h-corpus.jsonl:2"]


def test_ingest_walk_same_result_twice(folder):
    def ids() -> list[str]:
        return [i.id for i in iter_documents([str(folder)]) if isinstance(i, Document)]

    assert ids() == ids()


def test_ingest_walk_single_files_are_sniffed_not_named(tmp_path, pdfgen, corpus_records):
    """A PDF named .txt is read as a PDF; an HTML page named .txt as HTML."""
    text = corpus_records["seed-002"]["text"]
    (tmp_path / "report.txt").write_bytes(pdfgen.make_pdf([text[:1000]]))
    (tmp_path / "saved.txt").write_text(
        f"<html><body><article><p>{text}</p></article></body></html>"
    )
    pdf_doc, html_doc = iter_documents([str(tmp_path / "report.txt"), str(tmp_path / "saved.txt")])
    assert pdf_doc.pages == [(0, 1)] and pdf_doc.id == "report"
    assert "<p>" not in html_doc.text
    assert " ".join(text[:100].split()) in " ".join(html_doc.text.split())


def test_ingest_walk_text_mentioning_urls_is_not_a_url_list(tmp_path, corpus_records):
    path = tmp_path / "mixed.txt"
    path.write_text("https://example.org/a\n" + corpus_records["seed-000"]["text"])
    [doc] = iter_documents([str(path)])
    assert isinstance(doc, Document) and doc.text.startswith("https://example.org/a\n")


def test_ingest_walk_missing_path(tmp_path):
    [err] = iter_documents([str(tmp_path / "nope")])
    assert isinstance(err, InputError) and str(err).endswith("nope: no such file or folder")
