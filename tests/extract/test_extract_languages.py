"""Per-document language selection: cues chosen by language with a per-key fallback,
and a language laborwatch does not read is reported, never silently irrelevant."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from laborwatch.cli.app import app
from laborwatch.errors import DataFileError
from laborwatch.extract.cues import Vocabulary, cues, readable
from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document
from laborwatch.store import Store

RUSSIAN = "Северная Корея отправила тысячи рабочих на стройки в России."


def test_cues_fall_back_to_english_per_key():
    korean = Vocabulary("cues", "ko")
    assert "노동자" in korean["worker_nouns"]  # Korean's own list
    assert korean["future_modals"] == Vocabulary("cues", "en")["future_modals"]  # fallback
    assert "future_modals" not in korean.own


def test_a_key_missing_everywhere_is_a_clear_error():
    with pytest.raises(DataFileError, match=r"'no_such_list'.*lang/ko/cues\.yaml"):
        Vocabulary("cues", "ko")["no_such_list"]


def test_a_language_without_vocabulary_has_no_cues():
    assert readable("ko") and readable("en") and not readable("ru")
    with pytest.raises(DataFileError, match="'ru'"):
        cues("ru")


def test_each_document_is_read_in_its_own_language():
    extractor = Extractor()
    english = extractor.extract(
        Document(id="e", text="North Korea sent 2,000 workers to Russia.", language=None)
    )
    korean = extractor.extract(
        Document(id="k", text="북한은 러시아에 노동자 2천 명을 파견했다.", language=None)
    )
    assert (english.document.language, korean.document.language) == ("en", "ko")
    assert [c.value.low for c in english.claims] == [c.value.low for c in korean.claims] == [2000]
    assert english.claims[0].destinations == korean.claims[0].destinations == ["RU"]


def test_an_unread_language_is_reported_not_judged_irrelevant():
    seen = []
    extractor = Extractor(on_unread=lambda doc, reason: seen.append((doc.id, reason)))
    result = extractor.extract(Document(id="r", text=RUSSIAN, language=None))
    assert result.unread == "language ru is not read"
    assert not result.relevant and not result.claims
    assert result.to_dict()["document"]["unread"] == "language ru is not read"
    assert result.document.language == "ru"
    assert seen == [("r", "language ru is not read")]
    declared = extractor.extract(Document(id="f", text="Texte", language="fr"))
    assert declared.unread == "language fr is not read"


def test_the_cli_says_so_on_stderr(tmp_path):
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text(
        json.dumps({"id": "r1", "text": RUSSIAN}, ensure_ascii=False)
        + "\n"
        + json.dumps(
            {"id": "k1", "text": "북한 노동자 2천 명이 러시아에 있다."}, ensure_ascii=False
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(corpus), "-o", str(out)])
    assert result.exit_code == 0
    assert "language ru is not read" in result.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["document"]["unread"] == "language ru is not read"
    assert "unread" not in lines[1]["document"] and lines[1]["claims"]


def test_ingest_reports_an_unread_document_and_keeps_it(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    (folder / "ko.txt").write_text("북한 노동자 2천 명이 러시아 연해주에 있다.", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'lw.db'}"
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    assert "language ru is not read" in result.stderr
    assert "ko.txt" not in result.stderr.split("not read", 1)[-1]
    with Store.open(db) as store:
        assert store.counts()["documents"] == 2  # stored, said to be unread, not dropped


def test_a_vocabulary_key_given_twice_is_refused() -> None:
    """YAML keeps the last of two equal keys silently; a vocabulary must not lose a list."""
    import yaml

    from laborwatch.extract.vocab import UniqueKeyLoader

    with pytest.raises(yaml.YAMLError, match="'home' is given twice"):
        yaml.load("home: [in, at]\nother: [x]\nhome: [to]\n", Loader=UniqueKeyLoader)
    assert yaml.load("home: [in]\nnested: {home: [to]}\n", Loader=UniqueKeyLoader)


def test_every_shipped_vocabulary_loads_without_a_repeated_key() -> None:
    from importlib import resources

    from laborwatch.extract import vocab

    root = resources.files("laborwatch.lang")
    names = [
        (lang.name, f.name.removesuffix(".yaml"))
        for lang in root.iterdir()
        if lang.is_dir()
        for f in lang.iterdir()
        if f.name.endswith(".yaml")
    ]
    assert len(names) >= 10
    for language, name in names:
        assert vocab.load(name, language), (language, name)


def _repeated_items(node: object, path: str) -> list[tuple[str, object]]:
    """(path, item) for every item a list under ``node`` holds a second time."""
    if isinstance(node, dict):
        return [r for k, v in node.items() for r in _repeated_items(v, f"{path}.{k}")]
    if not isinstance(node, list):
        return []
    out: list[tuple[str, object]] = []
    seen: set[object] = set()
    for item in node:
        if isinstance(item, dict | list):
            out += _repeated_items(item, f"{path}[]")
        elif item in seen:
            out.append((path, item))
        else:
            seen.add(item)
    return out


def test_no_shipped_vocabulary_list_holds_an_item_twice() -> None:
    """A repeated word is a slip (one copy edited, the other left behind), never meaning."""
    from importlib import resources

    import yaml

    from laborwatch.extract import vocab

    lang = resources.files("laborwatch.lang")
    data = resources.files("laborwatch.data")
    found: list[tuple[str, object]] = []
    for folder in (f for f in lang.iterdir() if f.is_dir() and not f.name.startswith("_")):
        for f in (f for f in folder.iterdir() if f.name.endswith(".yaml")):
            name = f"{folder.name}/{f.name}"
            found += _repeated_items(vocab.load(f.name.removesuffix(".yaml"), folder.name), name)
    for f in (f for f in data.iterdir() if f.name.endswith(".yaml")):
        loaded = yaml.load(f.read_text(encoding="utf-8"), Loader=vocab.UniqueKeyLoader)
        found += _repeated_items(loaded, f"data/{f.name}")
    assert not found
    assert _repeated_items({"a": [1, 2], "b": {"c": ["x", "y", "x"]}}, "t") == [("t.b.c", "x")]


def test_level_verb_lemmas_generate_their_forms_and_an_article() -> None:
    """'number in' and 'run into' (lang/en/cues.yaml level_verb_lemmas) give every form,
    each also with 'the' after it, as the hand-listed forms did."""
    from laborwatch.extract.vocab import verb_forms

    assert "running into" in verb_forms(["run into"])
    level = cues("en").level_verbs
    for phrase in ("ran into the", "numbers in", "numbered in the", "running into"):
        assert level.search(f"their crews {phrase} "), phrase  # right before a figure


def test_the_korean_rules_load_with_the_first_korean_document() -> None:
    """A run over English text never imports the Korean claim rules (start-up time and
    memory); the first Korean document loads them and is read."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from laborwatch.extract.pipeline import Extractor\n"
        "from laborwatch.model import Document\n"
        "ex = Extractor()\n"
        "ex.extract(Document(id='en', text='Some 300 North Korean workers arrived in "
        "Vladivostok to work on building sites.', language=None))\n"
        "print('laborwatch.extract.ko.claims' in sys.modules)\n"
        "r = ex.extract(Document(id='ko', text='북한 노동자 300명이 러시아 블라디보스토크의 "
        "건설 현장에 파견됐다.', language=None))\n"
        "print('laborwatch.extract.ko.claims' in sys.modules, r.relevant, len(r.claims))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=600
    ).stdout.split("\n")
    assert out[0] == "False"
    assert out[1] == "True True 1"
