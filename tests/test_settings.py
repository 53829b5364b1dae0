"""The one settings loader: shipped files, strict keys and types, the user overlay."""

from __future__ import annotations

import os
import subprocess
import sys
import typing
from dataclasses import dataclass
from pathlib import Path

import pytest

from laborwatch import model, settings
from laborwatch.dedupe.settings import DedupeSettings
from laborwatch.dedupe.settings import load_settings as dedupe_settings
from laborwatch.errors import DataFileError
from laborwatch.ingest.settings import ingest_settings
from laborwatch.review.decisions import rules
from laborwatch.web.settings import WebSettings
from laborwatch.web.settings import load_settings as web_settings

LOADERS = (dedupe_settings, web_settings, ingest_settings, rules)


@dataclass(frozen=True)
class Inner:
    names: tuple[str, ...]
    share: float


@dataclass(frozen=True)
class Outer:
    size: int
    label: str | None
    inner: Inner
    colours: dict[str, str]


def _write(tmp_path: Path, text: str, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_files_load_strictly() -> None:
    for loader in LOADERS:
        loader.cache_clear()
        loader()
    assert web_settings().page_size <= web_settings().max_page_size
    assert ".pdf" in ingest_settings().walk.suffixes
    assert "utm_source" in ingest_settings().tracking_params
    assert dedupe_settings().bands * dedupe_settings().band_rows == dedupe_settings().num_perm


def test_nested_conversion(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "size: 3\nlabel: null\ninner: {names: [a, b], share: 1}\ncolours: {x: red}\n"
    )
    got = settings.load(Outer, path)
    assert got == Outer(3, None, Inner(("a", "b"), 1.0), {"x": "red"})
    assert isinstance(got.inner.share, float)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("size: 3\nlabel: a\ninner: {names: [], share: 1}\ncolours: {}\nsise: 4\n", "sise"),
        ("size: '3'\nlabel: a\ninner: {names: [], share: 1}\ncolours: {}\n", "size"),
        ("size: true\nlabel: a\ninner: {names: [], share: 1}\ncolours: {}\n", "size"),
        ("size: 3\nlabel: a\ninner: {names: x, share: 1}\ncolours: {}\n", "inner.names"),
        ("size: 3\nlabel: a\ninner: {names: [], shar: 1}\ncolours: {}\n", "shar"),
        ("size: 3\nlabel: a\ncolours: {}\n", "inner"),
        ("size: 3\nlabel: [a]\ninner: {names: [], share: 1}\ncolours: {}\n", "label"),
        ("- just a list\n", "top level"),
        ("size: [unclosed\n", "cannot read"),
    ],
)
def test_bad_files_are_data_file_errors(tmp_path: Path, text: str, needle: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(DataFileError, match=needle) as info:
        settings.load(Outer, path)
    assert str(path) in str(info.value)


def test_dataclass_checks_become_data_file_errors(tmp_path: Path) -> None:
    shipped = (Path(settings.__file__).parent / "data" / "dedupe.yaml").read_text("utf-8")
    path = _write(tmp_path, shipped.replace("band_rows: 2", "band_rows: 3"))
    with pytest.raises(DataFileError, match="multiple of band_rows"):
        settings.load(DedupeSettings, path)


def test_user_overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = _write(tmp_path, "web:\n  page_size: 7\ningest:\n  fetch: {retries: 0}\n", "u.yaml")
    monkeypatch.setenv(settings.USER_ENV, str(user))
    shipped = Path(settings.__file__).parent / "web" / "settings.yaml"
    got = settings.load(WebSettings, shipped, section="web")
    assert got.page_size == 7
    assert got.max_page_size == 200  # the rest stays as shipped
    ingest = settings.load(
        type(ingest_settings()),
        Path(settings.__file__).parent / "ingest" / "settings.yaml",
        section="ingest",
    )
    assert ingest.fetch.retries == 0 and ingest.fetch.max_redirects == 5


def test_user_overlay_is_as_strict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = _write(tmp_path, "web:\n  page_sise: 7\n", "u2.yaml")
    monkeypatch.setenv(settings.USER_ENV, str(user))
    shipped = Path(settings.__file__).parent / "web" / "settings.yaml"
    with pytest.raises(DataFileError, match=r"page_sise.*|u2\.yaml"):
        settings.load(WebSettings, shipped, section="web")


def test_no_user_file_means_shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(settings.USER_ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert settings.user_settings_path() is None
    (tmp_path / "laborwatch").mkdir()
    _write(tmp_path / "laborwatch", "web: {newest_claims: 3}\n", "settings.yaml")
    assert settings.user_section("web") == {"newest_claims": 3}


def test_one_vocabulary_matches_the_model_types() -> None:
    assert typing.get_args(model.Status) == model.STATUSES
    assert typing.get_args(model.ClaimKind) == model.KINDS
    assert typing.get_args(model.Qualifier) == model.QUALIFIERS
    assert model.vocabulary().sectors["it"] == "IT"
    assert set(model.MEASURES) >= {"stock", "flow", "pipeline", "return"}


def _laborwatch(*args: str, settings_file: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, settings.USER_ENV: str(settings_file)}
    script = Path(sys.executable).parent / "laborwatch"
    return subprocess.run(
        [str(script), *args], capture_output=True, text=True, timeout=300, env=env
    )


def test_user_settings_reach_the_command(tmp_path: Path, corpus_records: dict) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "a.txt").write_text(corpus_records["seed-004"]["text"], encoding="utf-8")
    (folder / "b.html").write_text(f"<p>{corpus_records['seed-003']['text']}</p>", "utf-8")
    db = f"sqlite:///{tmp_path / 'lw.db'}"
    only_txt = _write(tmp_path, "ingest:\n  walk: {suffixes: ['.txt']}\n", "txt.yaml")
    out = _laborwatch("ingest", str(folder), "--db", db, settings_file=only_txt)
    assert out.returncode == 0, out.stderr
    assert "documents: 1 new" in out.stderr
    typo = _write(tmp_path, "ingest:\n  walk: {sufixes: ['.txt']}\n", "typo.yaml")
    bad = _laborwatch("ingest", str(folder), "--db", db, settings_file=typo)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "walk: unknown setting(s) sufixes" in bad.stderr and "typo.yaml" in bad.stderr


def test_free_shaped_files_load_through_the_same_reader(tmp_path: Path) -> None:
    path = _write(tmp_path, "facts: {window: 3}\nlanguage: [a, b]\n")
    assert settings.load(dict[str, typing.Any], path) == {
        "facts": {"window": 3},
        "language": ["a", "b"],
    }
    with pytest.raises(DataFileError, match="expected a mapping"):
        settings.load(dict[str, typing.Any], _write(tmp_path, "- a\n", "list.yaml"))
