"""Load a language's vocabularies (lang/<code>/*.yaml) once; stages read them from here."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import yaml

from laborwatch.errors import DataFileError

DEFAULT_LANGUAGE = "en"


@functools.cache
def load(name: str, language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """The parsed YAML file ``lang/<language>/<name>.yaml`` (cached).

    Args:
        name: the vocabulary, e.g. ``numbers`` or ``cues``.
        language: an ISO 639-1 code with a folder under ``laborwatch/lang``.
    """
    ref = resources.files("laborwatch.lang").joinpath(language, f"{name}.yaml")
    try:
        data = yaml.safe_load(ref.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataFileError(f"no vocabulary '{name}' for language '{language}'") from exc
    except yaml.YAMLError as exc:
        raise DataFileError(f"lang/{language}/{name}.yaml is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise DataFileError(f"lang/{language}/{name}.yaml must hold a mapping")
    return data


def phrase_pattern(phrases: list[str]) -> str:
    """A regex alternation of phrases, longest first, whitespace-flexible, word-bounded."""
    import re

    parts = []
    for phrase in sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True):
        words = [re.escape(w) for w in phrase.split()]
        body = r"\s+".join(words)
        left = r"\b" if phrase[0].isalnum() else ""
        right = r"\b" if phrase[-1].isalnum() else ""
        parts.append(f"{left}{body}{right}")
    return "|".join(parts) if parts else r"(?!x)x"
