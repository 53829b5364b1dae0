"""Reconcile's data files load through the one settings loader: a typo is an error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import yaml

from laborwatch.errors import DataFileError
from laborwatch.reconcile import config

FILES = [
    ("estimation.yaml", "LABORWATCH_ESTIMATION", config.estimation, ("estimates",)),
    ("reliability.yaml", "LABORWATCH_RELIABILITY", config.reliability, ()),
    ("sanctions.yaml", "LABORWATCH_SANCTIONS", config.sanctions, ("remote_work",)),
]


def load_edited(tmp_path, monkeypatch, file: tuple, edit: Callable[[Any], None]) -> None:
    """Load an edited copy of a shipped data file, as a user's copy is loaded."""
    name, env, loader, _ = file
    data = yaml.safe_load((config.DATA / name).read_text(encoding="utf-8"))
    edit(data)
    copy = tmp_path / name
    copy.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv(env, str(copy))
    loader.cache_clear()
    try:
        loader()
    finally:
        monkeypatch.delenv(env)
        loader.cache_clear()


@pytest.mark.parametrize("file", FILES, ids=[f[0] for f in FILES])
@pytest.mark.parametrize("change", ["unknown", "missing"])
def test_reconcile_data_file_keys_are_checked(tmp_path, monkeypatch, file, change):
    def edit(data: Any) -> None:
        for key in file[3]:
            data = data[key]
        if change == "unknown":
            data["typo_key"] = 1
        else:
            del data[sorted(data)[0]]

    expected = "unknown setting.*typo_key" if change == "unknown" else "missing setting"
    with pytest.raises(DataFileError, match=expected):
        load_edited(tmp_path, monkeypatch, file, edit)


def test_reconcile_data_file_nested_records_are_checked(tmp_path, monkeypatch):
    def edit(data: Any) -> None:
        rules = data["estimates"]["plausibility"]
        rules["ratoi"] = rules.pop("ratio")

    with pytest.raises(DataFileError, match="plausibility: expected the keys ratio"):
        load_edited(tmp_path, monkeypatch, FILES[0], edit)


def test_reconcile_data_files_load_as_typed_records():
    rules = config.estimation()
    assert rules.estimates.plausibility["ratio"] == 3 and 5 in rules.estimates.drop_credibility
    assert rules.language.credibility_probability[6] is None
    assert config.reliability().default in "ABCDEF"
    assert {p.test for p in config.sanctions().provisions} <= set(config.sanctions().tests)
