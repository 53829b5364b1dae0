"""The written brief: self-contained HTML, Markdown with charts, PDF via Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from laborwatch.errors import ConfigError, ReportError
from laborwatch.reconcile.rows import rows_from_records
from laborwatch.report import render_html, write_report
from laborwatch.report.pdf import chromium

ICD_TERMS = (
    "almost no chance",
    "very unlikely",
    "unlikely",
    "roughly even chance",
    "likely",
    "very likely",
    "almost certain",
)


@pytest.fixture(scope="module")
def rows(gold_records, corpus_records):
    meta = {
        i: {k: r.get(k) for k in ("url", "publisher", "published", "title", "story")}
        for i, r in corpus_records.items()
    }
    return list(rows_from_records(gold_records.values(), meta))


@pytest.fixture(scope="module")
def html(rows):
    return render_html(rows)


def test_report_html_is_self_contained(html):
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert not re.search(r"""src=["'](?!data:)""", html)
    assert not re.search(r"url\((?!#)", html)  # no CSS fetches
    links = re.findall(r"""(?:href|xlink:href)=["']([^"']+)["']""", html)
    outside = [u for u in links if not u.startswith(("#", "data:"))]
    assert outside and all(u.startswith("http") for u in outside)
    # every outside URL is a source link in the footnotes, not an asset
    sources = html[html.index('<ol class="fn">') :]
    assert all(u in sources for u in outside)
    assert html.count("<svg") >= 2


def test_report_key_judgments_in_estimative_language_with_sources(html):
    judgments = html[html.index("Key judgments") : html.index("Where the workers are")]
    assert "100,000" in judgments and "2023" in judgments
    assert any(f" {t} (" in judgments for t in ICD_TERMS)
    assert "Confidence:" in judgments
    rows = judgments.split("</tr>")[
        1:
    ]  # a table: judgment, figure, ICD 203 words, confidence, origins
    first_refs = re.findall(r'href="#fn-(\d+)"', rows[0])
    assert first_refs
    notes = {n: html[html.index(f'<li id="fn-{n}">') :] for n in first_refs}
    cited = " ".join(text.split("</li>")[0] for text in notes.values())
    # the articles that carry the UN Panel's 2023 figure, with links
    assert "https://asianews.it/news-en/UN-report" in cited
    assert "https://www.rfa.org/english/news/korea/workers-03212024162926.html" in cited
    revenue = rows[1]
    assert "$500 million" in revenue and "90% interval" in revenue


def test_report_html_has_tables_flags_and_footnotes_for_every_figure(html):
    for heading in (
        "World estimates",
        "Countries and regions",
        "Flows",
        "Revenue to the state",
        "Potential sanctions breaches",
        "Contradictions, side by side",
        "Sources",
    ):
        assert heading in html
    assert "UNSC 2397 OP8" in html
    refs = {int(n) for n in re.findall(r'href="#fn-(\d+)"', html)}
    notes = {int(n) for n in re.findall(r'<li id="fn-(\d+)">', html)}
    assert refs == notes and notes == set(range(1, len(notes) + 1))


def test_report_markdown_writes_charts_beside_it(rows, tmp_path):
    out = write_report(rows, tmp_path / "brief.md", "md")
    text = out.read_text()
    assert "# DPRK overseas labor" in text and "## Key judgments" in text
    assert "](brief-map.svg)" in text and (tmp_path / "brief-map.svg").read_text().startswith(
        "<svg"
    )
    assert (tmp_path / "brief-series.svg").exists()
    assert re.search(r"^\[\^1\]: \*\*", text, re.M)


def test_report_unknown_format_is_a_user_error(rows, tmp_path):
    with pytest.raises(ConfigError):
        write_report(rows, tmp_path / "x.doc", "doc")


def test_report_empty_store_still_writes_a_brief(tmp_path):
    html = write_report([], tmp_path / "empty.html", "html").read_text()
    assert "No estimate can be made" in html


@pytest.mark.browser
def test_report_pdf_through_the_command(cli, tmp_path, gold_records):
    if chromium() is None:
        pytest.skip("no chromium binary on PATH (Debian package 'chromium'; .ci/run installs it)")
    claims = tmp_path / "claims.jsonl"
    import json

    claims.write_text("".join(json.dumps(r) + "\n" for r in gold_records.values()))
    out = cli(
        "report", "--claims", str(claims), "--format", "pdf", "-o", str(tmp_path / "brief.pdf")
    )
    assert out.returncode == 0, out.stderr
    pdf = Path(out.stdout.strip())
    assert pdf == tmp_path / "brief.pdf" and pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Key judgments" in text and "Sources" in text


def test_report_pdf_without_chromium_is_a_clear_user_error(rows, tmp_path, monkeypatch):
    monkeypatch.setenv("LABORWATCH_CHROMIUM", str(tmp_path / "no-such-chromium"))
    with pytest.raises(ReportError, match="PDF needs Chromium"):
        write_report(rows, tmp_path / "x.pdf", "pdf")
    assert not (tmp_path / "x.pdf").exists()
