"""Lone surrogates (valid JSON escapes such as ``\\ud800``) are replaced at the reading
boundary with U+FFFD and reported with file:line; the documents around them go on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from laborwatch.ingest.decode import may_hold_surrogates, scrub_surrogates
from laborwatch.ingest.feeds import parse_feed
from laborwatch.ingest.html import html_to_document
from laborwatch.ingest.jsonl import read_jsonl
from laborwatch.store import Store

CLI = str(Path(sys.executable).with_name("laborwatch"))
IDS = ("seed-000", "seed-001", "seed-002")


def lw(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=300)


@pytest.fixture
def corpus(tmp_path: Path, corpus_records: dict) -> Path:
    """Three real articles; the second carries a lone high surrogate escape in its text
    and a lone low one in a metadata field (json.dumps writes them as \\udXXX escapes)."""
    path = tmp_path / "sur.jsonl"
    lines = []
    for n, doc_id in enumerate(IDS):
        rec = dict(corpus_records[doc_id])
        if n == 1:
            words = rec["text"].split(" ")
            words.insert(5, "\ud800")
            rec = {**rec, "text": " ".join(words), "title": "A \udc00 title"}
        lines.append(json.dumps(rec))
    assert "\\ud800" in lines[1]
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return path


def test_scrub_replaces_lone_surrogates_only() -> None:
    assert scrub_surrogates("a\ud800b\udfffc") == ("a\ufffdb\ufffdc", 2)
    assert scrub_surrogates("ok 😀 북한") == ("ok 😀 북한", 0)


def test_read_jsonl_replaces_and_warns_with_file_line(
    corpus: Path, caplog: pytest.LogCaptureFixture
) -> None:
    docs = list(read_jsonl(corpus))
    assert [d.id for d in docs] == list(IDS)
    assert "\ufffd" in docs[1].text and "\ufffd" in (docs[1].title or "")
    docs[1].text.encode("utf-8")  # encodable now
    assert f"{corpus}:2" in caplog.text and "surrogate" in caplog.text


def test_cli_extract_goes_on_past_a_lone_surrogate(corpus: Path) -> None:
    proc = lw("extract", str(corpus))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["document"]["id"] for r in out] == list(IDS)
    assert f"{corpus}:2" in proc.stderr and "U+FFFD" in proc.stderr


def test_cli_ingest_stores_every_document_past_a_lone_surrogate(
    corpus: Path, tmp_path: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'lw.db'}"
    proc = lw("ingest", str(corpus), "--db", db)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    with Store.open(db) as store:
        assert store.counts()["documents"] == len(IDS)


def test_html_and_feed_character_references_to_surrogates_are_replaced() -> None:
    para = "About 2,000 North Korean workers were sent to sawmills in Siberia last year. " * 4
    page = (
        "<html><body><article><h1>Workers</h1>"
        f"<p>{para} &#xD800; end</p><p>{para}</p></article></body></html>"
    )
    doc = html_to_document(page, doc_id="x", where="page.html")
    doc.text.encode("utf-8")
    assert "2,000" in doc.text
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>Workers &#xD800;</title><link>http://example.org/a</link>"
        b"<description>Some 300 workers &amp;#xDC00; &#xDC00; arrived.</description></item>"
        b"</channel></rss>"
    )
    (item,) = parse_feed(feed, where="feed.xml")
    (item.title or "").encode("utf-8")
    item.text.encode("utf-8")


def test_cli_extract_deeply_nested_json_line_is_skipped_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    good = json.dumps({"id": "ok", "text": "About 500 North Korean workers are in Russia."})
    deep = '{"id": "deep", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text(f"{deep}\n{good}\n", encoding="utf-8")
    proc = lw("extract", str(path))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert f"{path}:1" in proc.stderr and "nested too deeply" in proc.stderr
    assert [json.loads(x)["document"]["id"] for x in proc.stdout.splitlines()] == ["ok"]


def test_only_lines_with_a_surrogate_escape_are_scrubbed(
    tmp_path: Path, corpus_records: dict, caplog: pytest.LogCaptureFixture
):
    """The scrub is skipped for a line no surrogate escape is in: a line with an upper-case
    escape in a key is still scrubbed, an escaped pair (an emoji) and escaped Hangul come
    through as written."""
    rec = dict(corpus_records["seed-000"])
    plain = json.dumps(rec, ensure_ascii=False)
    korean = json.dumps({**rec, "title": "북한 노동자 😀"})  # \\uXXXX escapes, a valid pair
    upper = plain[:-1] + ', "\\uDC01key": "x"}'
    assert not may_hold_surrogates(plain)
    assert may_hold_surrogates(korean) and may_hold_surrogates(upper)
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join((plain, korean, upper)) + "\n", encoding="utf-8")
    docs = list(read_jsonl(path))
    assert [d.title for d in docs[:2]] == [rec.get("title"), "북한 노동자 😀"]
    assert all(not isinstance(d, Exception) for d in docs)
    assert docs[0].text == docs[2].text == rec["text"]
    replaced = [r.getMessage() for r in caplog.records if "lone surrogate" in r.getMessage()]
    assert len(replaced) == 1 and "mixed.jsonl:3:" in replaced[0]  # the key's, reported
