"""Pages whose article sits below thousands of nested elements keep their text: the main
text extractor (and lxml) stop at a depth of a few hundred, so a plain text rendering of
the body is the fallback. Pages are made here; the sentences are our own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from laborwatch.errors import InputError
from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.html import body_text, html_to_document

FIGURE = "Some 3,500 North Korean workers were sent to building sites in Vladivostok in 2019."
SECOND = "Each of them handed most of a monthly wage of about $500 to the state, an official said."


def deep_page(depth: int, *, tag: str = "div") -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Workers abroad</title>'
        '<meta property="article:published_time" content="2020-02-03">'
        "<style>p { color: red }</style><script>var x = 'not text';</script></head><body>"
        + f"<{tag}>" * depth
        + f"<p>{FIGURE}</p><p>{SECOND}</p>"
        + f"</{tag}>" * depth
        + "</body></html>"
    )


@pytest.mark.parametrize("depth", [5000, 300])
def test_deeply_nested_article_keeps_its_figures(depth: int) -> None:
    doc = html_to_document(deep_page(depth), doc_id="deep", where="deep.html")
    assert FIGURE in doc.text and SECOND in doc.text
    assert "not text" not in doc.text and "color" not in doc.text
    assert doc.title == "Workers abroad"
    assert doc.published == "2020-02-03"


def test_deeply_nested_article_yields_its_worker_count() -> None:
    doc = html_to_document(deep_page(5000, tag="span"), doc_id="deep", where="deep.html")
    result = Extractor().extract(doc)
    counts = [c.to_dict() for c in result.claims]
    assert any("3,500" in (c["evidence"]["sentence"] or "") for c in counts), counts


def test_body_text_keeps_paragraphs_apart_and_drops_scripts() -> None:
    html = "<body><div><p>One.</p><p>Two <b>bold</b>.</p><script>x()</script>Three<br>Four</div>"
    assert body_text(html) == "One.\n\nTwo bold.\n\nThree\nFour"


def test_empty_deep_page_is_still_no_article_text() -> None:
    page = "<html><body>" + "<div>" * 5000 + "</div>" * 5000 + "</body></html>"
    with pytest.raises(InputError, match="no article text"):
        html_to_document(page, doc_id="e", where="e.html")


def test_cli_extract_reads_the_deep_page(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(deep_page(5000), encoding="utf-8")
    cli = str(Path(sys.executable).with_name("laborwatch"))
    proc = subprocess.run([cli, "extract", str(path)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "3,500" in proc.stdout


def test_body_text_after_a_head_left_open() -> None:
    assert body_text("<html><head><title>T</title><body><p>Text here</p>") == "Text here"
