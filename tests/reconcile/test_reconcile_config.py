"""Reconcile's data files load through the one settings loader: a typo is an error."""

from __future__ import annotations

import pytest
import yaml

from laborwatch.errors import DataFileError
from laborwatch.reconcile import config

FILES = [
    ("estimation.yaml", "LABORWATCH_ESTIMATION", config.estimation, ("estimates",)),
    ("reliability.yaml", "LABORWATCH_RELIABILITY", config.reliability, ()),
    ("sanctions.yaml", "LABORWATCH_SANCTIONS", config.sanctions, ("remote_work",)),
]


@pytest.mark.parametrize(("name", "env", "loader", "path"), FILES)
@pytest.mark.parametrize("change", ["unknown", "missing"])
def test_reconcile_data_file_keys_are_checked(
    tmp_path, monkeypatch, name, env, loader, path, change
):
    data = yaml.safe_load((config.DATA / name).read_text(encoding="utf-8"))
    part = data
    for key in path:
        part = part[key]
    if change == "unknown":
        part["typo_key"] = 1
        expected = "unknown setting.*typo_key"
    else:
        gone = sorted(part)[0]
        del part[gone]
        expected = f"missing setting.*{gone}"
    copy = tmp_path / name
    copy.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv(env, str(copy))
    loader.cache_clear()
    try:
        with pytest.raises(DataFileError, match=expected):
            loader()
    finally:
        monkeypatch.delenv(env)
        loader.cache_clear()


def test_reconcile_data_files_load_as_typed_records():
    rules = config.estimation()
    assert rules.estimates.plausibility.ratio == 3 and 5 in rules.estimates.drop_credibility
    assert rules.language.credibility_probability[6] is None
    assert config.reliability().default in "ABCDEF"
    assert {p.test for p in config.sanctions().provisions} <= set(config.sanctions().tests)
