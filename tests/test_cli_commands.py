"""Commands through Typer's CliRunner: exports from the one registry, stores that are not
there, places by name, a busy port, and progress that leaves nothing in a redirected stderr."""

from __future__ import annotations

import csv
import io
import json
import socket
from pathlib import Path
from typing import Any

import pytest

from laborwatch.export.formats import FORMATS
from laborwatch.model import Amount, Claim, Document, Evidence, Extraction, Period
from laborwatch.review.register import SourceRegister
from laborwatch.store import Store


@pytest.fixture(scope="module")
def store_db(tmp_path_factory: pytest.TempPathFactory, corpus_records: dict) -> str:
    """A store with two real articles and claims written as the extractor would."""
    db = f"sqlite:///{tmp_path_factory.mktemp('cmds') / 'lw.db'}"
    rec = corpus_records["seed-004"]
    doc = Document(id="seed-004", text=rec["text"], publisher=rec["publisher"], published="2025-10")
    at = doc.text.index("24,200")
    end = doc.text.index(".", at) + 1
    sentence = Evidence(doc.text[:end], 0, end)
    claims = [
        Claim(
            "workers",
            Amount(24200, 24200, "24,200 workers", "exact"),
            sentence,
            ["RU"],
            "planned",
            "it",
            Period("2025", None, None),
            "the source",
        ),
        Claim(
            "revenue",
            Amount(5e8, 5e8, "$500 million", currency="USD", per="year"),
            sentence,
            ["RU"],
        ),
    ]
    with Store.open(db) as store:
        store.save(Extraction(doc, True, 0.9, claims))
    return db


def test_export_formats_come_from_one_registry(cli: Any, store_db: str) -> None:
    for form in FORMATS:
        out = cli("export", "--db", store_db, "--format", form.name)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip()
    assert (
        cli("export", "--db", store_db, "-f", "ftm").stdout
        == cli("export", "--db", store_db, "-f", "ftm.json").stdout
    )
    rows = list(csv.DictReader(io.StringIO(cli("export", "--db", store_db).stdout)))
    assert {r["kind"] for r in rows} == {"workers", "revenue"}
    assert "2 claims as csv" in cli("export", "--db", store_db).stderr
    ftm = [json.loads(x) for x in cli("export", "--db", store_db, "-f", "ftm").stdout.splitlines()]
    names = {e["properties"]["name"][0] for e in ftm if e["schema"] == "Event"}
    assert "24,200 DPRK workers: Russia" in names
    assert "$500 million a year revenue: Russia" in names


def test_export_unknown_format_lists_the_known_ones(cli: Any, store_db: str) -> None:
    out = cli("export", "--db", store_db, "--format", "xlsx")
    assert out.returncode == 1
    assert out.stderr.startswith("error: unknown export format 'xlsx'; known formats: csv,")
    assert "ftm.json" in out.stderr and "geojson" in out.stderr
    assert "pydantic" not in out.stderr.lower() and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_export_help_lists_the_registry(cli: Any) -> None:
    text = cli("export", "--help").stdout
    assert all(form.name in text for form in FORMATS)


def test_claims_table_shows_figures_and_names_for_people(cli: Any, store_db: str) -> None:
    out = cli("claims", "--db", store_db)
    assert out.returncode == 0, out.stderr
    assert "24,200" in out.stdout and "$500 million a year" in out.stdout
    assert "IT" in out.stdout and "Russia" in out.stdout
    assert out.stderr.strip() == "2 claims"
    one = cli("claims", "--db", store_db, "--kind", "revenue")
    assert one.stderr.strip() == "1 claim"


@pytest.mark.parametrize(
    "name", ["Russia", "russia", "the Russian Federation", "RU", "ru", "러시아", "러시아연방"]
)
def test_claims_country_by_name(cli: Any, store_db: str, name: str) -> None:
    out = cli("claims", "--db", store_db, "--country", name, "-f", "jsonl")
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.splitlines()) == 2


def test_claims_unknown_country_suggests_close_names(cli: Any, store_db: str) -> None:
    out = cli("claims", "--db", store_db, "--country", "Rusia")
    assert out.returncode == 1 and out.stdout == ""
    assert "unknown place 'Rusia'" in out.stderr and "Russia (RU)" in out.stderr


@pytest.mark.parametrize("command", ["report", "estimate", "claims", "export"])
def test_missing_store_is_named_not_created(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "work").mkdir()
    Store.open(f"sqlite:///{tmp_path / 'work' / 'found.db'}").close()
    out = cli(command)
    assert out.returncode == 1
    assert out.stderr.startswith(f"error: no store at {tmp_path / 'laborwatch.db'}")
    assert "did you mean --db sqlite:///" in out.stderr and "found.db" in out.stderr
    assert not (tmp_path / "laborwatch.db").exists()
    assert not (tmp_path / "laborwatch-report.html").exists()


@pytest.mark.parametrize("command", ["report", "estimate", "claims", "serve"])
def test_missing_default_store_in_an_empty_folder_says_how_to_name_one(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LABORWATCH_DB", raising=False)
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = str(free.getsockname()[1])
    out = cli(command, "--port", port) if command == "serve" else cli(command)
    assert out.returncode == 1 and len(out.stderr.strip().splitlines()) == 1
    assert out.stderr.startswith(f"error: no store at {tmp_path / 'laborwatch.db'} (the default")
    assert "pass --db URL" in out.stderr and "laborwatch ingest SOURCE... --db URL" in out.stderr
    assert "from 0 claims" not in out.stderr and list(tmp_path.iterdir()) == []
    named = cli(command if command != "serve" else "claims", "--db", f"sqlite:///{tmp_path}/x.db")
    assert "(the default" not in named.stderr


def test_report_and_estimate_refuse_an_empty_store(cli: Any, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    Store.open(db).close()
    for command in ("report", "estimate"):
        out = (
            cli(command, "--db", db, "-o", str(tmp_path / "brief.html"))
            if command == "report"
            else cli(command, "--db", db)
        )
        assert out.returncode == 1
        assert "holds no claims" in out.stderr
    assert not (tmp_path / "brief.html").exists()


def test_estimate_reads_the_store(cli: Any, store_db: str) -> None:
    out = cli("estimate", "--db", store_db, "--country", "Russia", "-f", "csv")
    assert out.returncode == 0, out.stderr
    assert out.stderr.startswith("2 claims, ")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows and {r["destination"] for r in rows} == {"RU"}


def test_estimate_grades_sources_as_the_register_does(
    cli: Any, store_db: str, tmp_path: Path
) -> None:
    """A reviewer's grade in the source register reaches the command line's picture too."""
    copy = tmp_path / "graded.db"
    copy.write_bytes(Path(store_db.removeprefix("sqlite:///")).read_bytes())
    db = f"sqlite:///{copy}"

    def facts() -> list[dict[str, Any]]:
        out = cli("estimate", "--db", db, "--country", "RU", "-f", "json")
        assert out.returncode == 0, out.stderr
        return list(json.loads(out.stdout)["facts"])

    def grades() -> list[str]:
        return [f["grade"][0] for f in facts()]

    before = grades()  # "the source" reads as an anonymous source, graded D as shipped
    with Store.open(db) as store:
        SourceRegister(store).set_grade(
            "origin", "Anonymous source", "E", reviewer="analyst", reason="test of the register"
        )
    after = grades()
    assert before == ["D"] * len(before) and before
    assert after == ["E"] * len(before)


def test_serve_on_a_busy_port_fails_before_announcing(cli: Any, store_db: str) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        out = cli("serve", "--db", store_db, "--port", str(port))
    assert out.returncode == 1
    assert "serving on" not in out.stderr
    assert f"cannot listen on 127.0.0.1:{port}" in out.stderr and "in use" in out.stderr


def test_serve_rejects_a_port_out_of_range(cli: Any, store_db: str) -> None:
    out = cli("serve", "--db", store_db, "--port", "70000")
    assert out.returncode == 1 and "--port must be 1-65535" in out.stderr


def test_ingest_progress_leaves_no_frames_in_redirected_stderr(
    cli: Any, tmp_path: Path, corpus_records: dict
) -> None:
    corpus = tmp_path / "some.jsonl"
    corpus.write_text(
        "".join(json.dumps(corpus_records[i]) + "\n" for i in ("p004", "p005", "seed-004")),
        encoding="utf-8",
    )
    out = cli("ingest", str(corpus), "--db", f"sqlite:///{tmp_path / 'lw.db'}")
    assert out.returncode == 0, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("documents: 3 new")
    assert "docs/s" not in out.stderr and "\r" not in out.stderr and "\x1b" not in out.stderr


def test_bad_format_options_are_one_line(cli: Any, store_db: str) -> None:
    for args in (("claims", "-f", "xml"), ("estimate", "-f", "xml"), ("report", "-f", "doc")):
        out = cli(*args, "--db", store_db)
        assert out.returncode == 1
        assert out.stderr.startswith("error: --format must be one of")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("claims", "extra"), "extra argument(s) (extra); see `laborwatch claims --help`"),
        (("report", "a", "b"), "(a b); see `laborwatch report --help`"),
        (("claims", "--nope"), "No such option: --nope"),
        (("ingest",), "Missing argument 'SOURCE...'; see `laborwatch ingest --help`"),
        (("nosuchcommand",), "No such command 'nosuchcommand'"),
    ],
)
def test_usage_errors_are_one_line(cli: Any, args: tuple[str, ...], said: str) -> None:
    out = cli(*args)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith("error: ") and len(out.stderr.strip().splitlines()) == 1
    assert said in out.stderr and "Usage:" not in out.stderr


def test_help_is_still_help(cli: Any) -> None:
    assert cli("--help").returncode == 0 and "Usage: laborwatch" in cli("--help").stdout
    assert cli("claims", "--help").stdout.startswith("Usage: laborwatch claims")
    bare = cli()
    assert "Commands" in bare.stdout + bare.stderr and "error:" not in bare.stderr
