"""Load a language's vocabularies (lang/<code>/*.yaml) once; stages read them from here."""

from __future__ import annotations

import functools
import re
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


@functools.cache
def has(name: str, language: str) -> bool:
    """Does ``lang/<language>/<name>.yaml`` exist?"""
    return resources.files("laborwatch.lang").joinpath(language, f"{name}.yaml").is_file()


def phrase_pattern(phrases: list[str]) -> str:
    """A regex matching any of ``phrases`` as whole words, whitespace-flexible, longest first.

    The alternation is factored into a character trie ("work(?:ers?|ing)?"), which Python's
    regex engine runs many times faster than a flat list of alternatives.
    """
    groups: dict[tuple[bool, bool], list[str]] = {}
    for phrase in {" ".join(p.split()) for p in phrases if p and p.strip()}:
        key = (_bounded(phrase[0]), _bounded(phrase[-1]))
        groups.setdefault(key, []).append(phrase)
    parts = []
    for (left, right), members in sorted(groups.items()):
        body = _trie(members)
        parts.append(("\\b" if left else "") + "(?:" + body + ")" + ("\\b" if right else ""))
    return "|".join(parts) if parts else r"(?!x)x"


def _bounded(ch: str) -> bool:
    """Does a phrase edge need a word boundary? Not for Hangul: Korean words take their
    particles and endings without a space ("노동자들이"), so they match as prefixes."""
    return ch.isalnum() and not ("\uac00" <= ch <= "\ud7a3" or "\u3130" <= ch <= "\u318f")


def lower_pattern(phrases: list[str]) -> str:
    """:func:`phrase_pattern` of the lower-cased phrases, for matching lower-cased text."""
    return phrase_pattern([p.lower() for p in phrases])


def _trie(phrases: list[str]) -> str:
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(root)


def _render(node: dict[str, Any]) -> str:
    ends = "" in node
    alternatives = [
        (r"\s+" if ch == " " else re.escape(ch)) + _render(child)
        for ch, child in sorted(node.items())
        if ch != ""
    ]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    if ends:
        return body + "?" if len(alternatives) == 1 and _atomic(body) else f"(?:{body})?"
    return body


def _atomic(body: str) -> bool:
    """Is ``body`` a single regex atom (so a trailing '?' applies to all of it)?"""
    return len(body) == 1 or (len(body) == 2 and body[0] == "\\")
