"""`laborwatch extract` through Typer's CliRunner: formats, stability, bad input."""

from __future__ import annotations

import gzip
import json

import pytest


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode().splitlines() if line.strip()]


def test_cli_extract_jsonl_is_byte_identical_across_runs(cli, shared_dir):
    seeds = str(shared_dir / "corpus" / "seeds.jsonl")
    a, b = cli("extract", seeds), cli("extract", seeds)
    assert a.returncode == 0, a.stderr
    assert a.stdout_bytes == b.stdout_bytes
    assert [d["document"]["id"] for d in lines(a.stdout_bytes)] == [f"seed-00{i}" for i in range(5)]


def test_cli_extract_gzip_corpus_and_output_file(cli, shared_dir, tmp_path):
    gz = tmp_path / "seeds.jsonl.gz"
    gz.write_bytes(gzip.compress((shared_dir / "corpus" / "seeds.jsonl").read_bytes()))
    out = tmp_path / "out" / "claims.jsonl"
    result = cli("extract", str(gz), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout_bytes == b""
    assert len(lines(out.read_bytes())) == 5


def test_cli_extract_text_file_id_and_table(cli, shared_dir, corpus_records, tmp_path):
    path = tmp_path / "russia-quota.txt"
    path.write_text(corpus_records["seed-004"]["text"], encoding="utf-8")
    doc = lines(cli("extract", str(path)).stdout_bytes)[0]
    assert doc["document"]["id"] == "russia-quota"
    assert any(c.get("count", {}).get("low") == 24200 for c in doc["claims"])
    table = cli("extract", str(path), "--format", "table")
    assert table.returncode == 0
    assert "24,200" in table.stdout


def test_cli_extract_stdin(cli, corpus_records):
    result = cli("extract", "-", stdin=corpus_records["seed-003"]["text"].encode())
    doc = lines(result.stdout_bytes)[0]
    assert doc["document"]["relevant"] is True
    assert doc["claims"]


def test_cli_extract_html_page(cli, corpus_records, tmp_path):
    text = corpus_records["seed-002"]["text"]
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>Selections</title></head><body><nav>Home</nav>"
        f"<article>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    doc = lines(cli("extract", str(page)).stdout_bytes)[0]
    assert doc["document"]["title"] == "Selections"
    assert {
        (c["count"]["low"], c["count"]["high"]) for c in doc["claims"] if c["kind"] == "workers"
    } >= {(300, 300), (800, 1000)}


def test_cli_extract_malformed_jsonl_reports_file_line_and_goes_on(cli, corpus_records, tmp_path):
    good = {"id": "ok", "text": corpus_records["seed-004"]["text"]}
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps(good)
        + "\n{broken\n"
        + json.dumps({"id": "x"})
        + "\n"
        + json.dumps({**good, "id": "ok2"})
        + "\n",
        encoding="utf-8",
    )
    result = cli("extract", str(path))
    assert result.returncode == 1
    assert [d["document"]["id"] for d in lines(result.stdout_bytes)] == ["ok", "ok2"]
    err = result.stderr
    assert f"{path}:2" in err and f"{path}:3" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("binary.txt", bytes(range(256)) * 20, "binary"),
        ("missing.txt", None, "no such file"),
    ],
)
def test_cli_extract_bad_files_fail_clearly(cli, tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = cli("extract", str(path))
    assert result.returncode == 1
    assert result.stdout_bytes == b""
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_extract_non_utf8_korean_text_is_decoded(cli, corpus_records, tmp_path):
    text = "북한 노동자 소식. " + corpus_records["seed-004"]["text"]
    path = tmp_path / "euckr.txt"
    path.write_bytes(text.encode("euc-kr", errors="ignore"))
    result = cli("extract", str(path))
    assert result.returncode == 0, result.stderr
    doc = lines(result.stdout_bytes)[0]
    assert any(c.get("count", {}).get("low") == 24200 for c in doc["claims"])


def test_cli_extract_hostile_html_is_data_not_code(cli, tmp_path, corpus_records):
    body = corpus_records["seed-000"]["text"].split("\n")[0]
    page = tmp_path / "hostile.html"
    page.write_text(
        f"<html><head><title><script>alert(1)</script></title></head><body>"
        f"<script>document.write('x')</script><p onclick=alert(2)>{body}</p>"
        f"<iframe src='javascript:alert(3)'></iframe><p>{'<b>' * 5000}</p>"
        f"</body></html>",
        encoding="utf-8",
    )
    result = cli("extract", str(page))
    assert "Traceback" not in result.stderr
    doc = lines(result.stdout_bytes)[0]
    assert "document.write" not in json.dumps(doc["claims"])


def test_cli_extract_file_past_the_size_cap_is_refused_quickly(cli, tmp_path):
    """Long texts are read in windows (tests/extract/test_extract_windows.py); a file past
    ``MAX_FILE_BYTES`` is refused before it is read (a sparse file: nothing is written)."""
    from laborwatch.ingest.files import MAX_FILE_BYTES

    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    result = cli("extract", str(path))
    assert result.returncode == 1
    assert result.stdout_bytes == b""
    assert "file too large" in result.stderr and "huge.txt" in result.stderr


def test_cli_extract_markup_in_messages_is_not_interpreted(cli, tmp_path):
    path = tmp_path / "[red]odd[bold].txt"
    path.write_bytes(b"")
    err = cli("extract", str(path)).stderr
    assert "[red]odd[bold]" in err
