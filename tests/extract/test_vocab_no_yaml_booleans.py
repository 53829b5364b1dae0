"""Vocabulary files hold words: an unquoted YAML 1.1 boolean ("No", "on", "yes") loads as
True/False and silently drops the word ("Factory No. 3" then ended a sentence)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import laborwatch

LANG = Path(laborwatch.__file__).parent / "lang"


def _booleans(value: object, path: str) -> list[str]:
    if isinstance(value, dict):
        return [b for k, v in value.items() for b in _booleans(v, f"{path}.{k}")]
    if isinstance(value, list):
        return [f"{path}: {v}" for v in value if isinstance(v, bool)] + [
            b for v in value for b in _booleans(v, path)
        ]
    return []


@pytest.mark.parametrize(
    "path", sorted(LANG.glob("*/*.yaml")), ids=lambda p: p.parent.name + "/" + p.name
)
def test_no_boolean_words(path: Path) -> None:
    assert _booleans(yaml.safe_load(path.read_text(encoding="utf-8")), path.stem) == []
