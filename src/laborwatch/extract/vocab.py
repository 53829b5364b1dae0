"""Load a language's vocabularies (lang/<code>/*.yaml) once; stages read them from here."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

import yaml

from laborwatch.errors import DataFileError

DEFAULT_LANGUAGE = "en"


class UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses a key given twice in one mapping (YAML would keep
    the last silently, and a vocabulary would lose the first list)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} is given twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


@functools.cache
def load(name: str, language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """The parsed YAML file ``lang/<language>/<name>.yaml`` (cached).

    Args:
        name: the vocabulary, e.g. ``numbers`` or ``cues``.
        language: an ISO 639-1 code with a folder under ``laborwatch/lang``.
    """
    ref = resources.files("laborwatch.lang").joinpath(language, f"{name}.yaml")
    try:
        data = yaml.load(ref.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)
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


def inflect_plurals(singulars: list[str], rules: list[list[str]]) -> list[str]:
    """Each singular phrase and its plural (the last word inflected by the first rule whose
    ending fits): ``inflect_plurals(["welder", "staff member"], rules)`` ->
    ``["welder", "welders", "staff member", "staff members"]``."""
    out: list[str] = []
    for phrase in singulars:
        out.append(phrase)
        for ending, plural in rules:
            if phrase.endswith(ending):
                out.append(phrase[: len(phrase) - len(ending)] + plural)
                break
    return out


def _apply(word: str, rules: list[list[str]]) -> str:
    for ending, replacement in rules:
        if word.endswith(ending):
            return word[: len(word) - len(ending)] + replacement
    return word


def verb_forms(lemmas: list[str], language: str = DEFAULT_LANGUAGE) -> list[str]:
    """Every form of each verb lemma (``lang/<code>/inflection.yaml``); in a phrasal verb
    the first word inflects: "send back" -> "sends back", "sent back", "sending back"."""
    if not lemmas:
        return []
    rules = load("inflection", language if has("inflection", language) else DEFAULT_LANGUAGE)
    irregular: dict[str, list[str]] = rules["irregular_past"]
    doubling = set(rules["doubling"])
    out: list[str] = []
    for lemma in lemmas:
        verb, _, rest = lemma.partition(" ")
        tail = f" {rest}" if rest else ""
        stem = verb + verb[-1] if verb in doubling else verb
        forms = {
            verb,
            _apply(verb, rules["third_person"]),
            *(irregular.get(verb) or [_apply(stem, rules["past"])]),
            _apply(stem, rules["gerund"]) if verb in doubling else _apply(verb, rules["gerund"]),
        }
        out.extend(sorted(f + tail for f in forms))
    return out


def phrase_pattern(phrases: list[str]) -> str:
    """A regex matching any of ``phrases`` as whole words, whitespace-flexible, longest first.

    The alternation is factored into a character trie ("work(?:ers?|ing)?"), which Python's
    regex engine runs many times faster than a flat list of alternatives.
    """
    parts = []
    for (left, right), members in _edge_groups(phrases):
        body = _trie(members)
        parts.append(_LEFT_GUARDS[left][0] + "(?:" + body + ")" + right)
    return "|".join(parts) if parts else r"(?!x)x"


def _edge_groups(phrases: list[str]) -> list[tuple[tuple[str, str], list[str]]]:
    """``phrases`` (whitespace collapsed, deduplicated) grouped by the guard before their
    first character (:func:`_left_guard`) and after their last (:func:`_right_guard`), in
    a fixed order."""
    groups: dict[tuple[str, str], list[str]] = {}
    for phrase in {" ".join(p.split()) for p in phrases if p and p.strip()}:
        key = (_left_guard(phrase[0]), _right_guard(phrase[-1]))
        groups.setdefault(key, []).append(phrase)
    return sorted(groups.items())


def _bounded(ch: str) -> bool:
    """Does a phrase edge need a word boundary? Not for Hangul: Korean words take their
    particles and endings without a space ("노동자들이"), so they match as prefixes."""
    return ch.isalnum() and not ("\uac00" <= ch <= "\ud7a3" or "\u3130" <= ch <= "\u318f")


# CJK ideographs (Hanja in Korean text)
_IDEOGRAPH = "\u4e00-\u9fff"
# What may not stand before a phrase, by :func:`_left_guard`'s key: (as a pattern, as the
# look-behind after a phrase's first character in :func:`scan_pattern`)
_LEFT_GUARDS = {
    "": ("", ""),
    "b": ("\\b", r"(?<!\w.)"),
    "i": (f"(?<![{_IDEOGRAPH}])", f"(?<![{_IDEOGRAPH}].)"),
}


def _left_guard(ch: str) -> str:
    """The key in ``_LEFT_GUARDS`` of what may not stand before a phrase opening on ``ch``:
    a word character before a bounded one ("b"), another ideograph before an ideograph
    ("i": "러시아行" is bound for Russia, "南北" is no 北), nothing before Hangul."""
    if "\u4e00" <= ch <= "\u9fff":
        return "i"
    return "b" if _bounded(ch) else ""


def _right_guard(ch: str) -> str:
    """What must not follow a phrase ending in ``ch``: a word character after a bounded
    one ("\\b"); another ideograph after an ideograph, which takes Hangul particles and
    nouns as a Hangul word does ("北노동자", "北은") but not another Hanja ("北京" is
    Beijing); nothing after Hangul."""
    if "\u4e00" <= ch <= "\u9fff":
        return f"(?![{_IDEOGRAPH}])"
    return r"\b" if _bounded(ch) else ""


def within_pattern(places: list[str], within: list[str], particles: list[str]) -> str:
    """A place then a word for "inside" as a word of its own, with a particle or none
    (Korean "북한 내", "북한 내에서": not "북한 내부", "북한 내각"); "" without places."""
    if not places or not within:
        return ""
    return (
        f"(?:{phrase_pattern(places)})\\s(?:{phrase_pattern(within)})"
        f"(?:{phrase_pattern(particles)})?(?![가-힣])"
    )


def lower_pattern(phrases: list[str]) -> str:
    """:func:`phrase_pattern` of the lower-cased phrases, for matching lower-cased text."""
    return phrase_pattern([p.lower() for p in phrases])


def _trie(phrases: list[str]) -> str:
    return _render(_trie_root(phrases))


def _trie_root(phrases: list[str]) -> dict[str, Any]:
    """The character trie of ``phrases`` ("" marks where a phrase ends)."""
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


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


@functools.cache
def word_list(language: str, key: str) -> list[str]:
    """The word list ``key`` of ``lang/<language>/grammar.yaml`` (English's file when the
    language has none), as strings."""
    items = load("grammar", language if has("grammar", language) else DEFAULT_LANGUAGE).get(key)
    if not isinstance(items, list):
        raise DataFileError(f"lang/{language}/grammar.yaml has no word list '{key}'")
    return [str(w) for w in items]


def words(language: str, key: str, lower: bool = False) -> str:
    """An alternation of the word list ``key`` (:func:`word_list`) as :func:`phrase_pattern`;
    lower-cased with ``lower`` for lower-cased text."""
    items = word_list(language, key)
    return lower_pattern(items) if lower else phrase_pattern(items)


@functools.cache
def word_set(language: str, key: str) -> frozenset[str]:
    """The word list ``key`` of ``lang/<language>/grammar.yaml``, lower-cased, as a set."""
    return frozenset(str(w).lower() for w in load("grammar", language).get(key, []))


def literal_pattern(words: Iterable[object]) -> str:
    """An alternation of ``words`` taken literally, longest first (so "여명" wins over "여"),
    with no word edges (a Korean word takes its particles)."""
    return "|".join(re.escape(w) for w in sorted(map(str, words), key=len, reverse=True))


def scan_pattern(phrases: list[str]) -> str:
    """:func:`phrase_pattern` (the same matches, the same preference) shaped for scanning
    a long text for phrases that open on rare characters ("North Korea", "DPRK"): one
    flat alternation whose branches open on a literal, the word boundary before a phrase
    checked after its first character (``(?<!\\w.)``). The regex engine then skips in C
    to those characters instead of starting its matcher at every position. (Slower than
    :func:`phrase_pattern` when the phrases open on common letters.)"""
    branches = []
    for (left, right), members in _edge_groups(phrases):
        for ch, child in sorted(
            _trie_root(members).items()
        ):  # the root never ends: phrases are not empty
            rest = _render(child)
            branches.append(
                re.escape(ch)
                + _LEFT_GUARDS[left][1]  # e.g. "\b" before it: no word character before
                + (f"(?:{rest})" if rest else "")
                + right
            )
    return "|".join(branches) if branches else r"(?!x)x"
