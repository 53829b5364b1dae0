"""Korean verb stems fuse with their endings inside one syllable ("바치" + "ㄴ다" is
"바친다", "하" + "였" is "했"), so a stem in a vocabulary does not match its own
conjugations as a plain prefix. :func:`conjugations` lists the fused forms to match too.

Korean words take no space before their particles, so a vocabulary pattern often opens
on a look-behind ("not after a syllable"), which makes the regex engine try every
position; :func:`scan_alternation` shapes such an alternation to open on its characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_BASE, _LAST = 0xAC00, 0xD7A3
# Final consonants that fuse into an open syllable: ㄴ (-ㄴ다, -ㄴ), ㄹ (-ㄹ), ㅂ (-ㅂ니다),
# ㅆ (past, after ㅏ/ㅓ stems: "가" -> "갔").
_FINALS = (4, 8, 17, 20)
# Stems whose vowel contracts with the past and connective endings.
_CONTRACTED = {
    "하": ("해", "했"),
    "되": ("돼", "됐"),
    "치": ("쳐", "쳤"),
    "이": ("여", "였"),
    "기": ("겨", "겼"),
    "리": ("려", "렸"),
    "시": ("셔", "셨"),
    "내": ("냈",),
    "가": ("갔",),
    "오": ("와", "왔"),
}


def conjugations(word: str) -> list[str]:
    """``word`` and, when it ends in an open Hangul syllable, its fused forms."""
    if not word or not _BASE <= ord(word[-1]) <= _LAST:
        return [word]
    last = ord(word[-1]) - _BASE
    if last % 28:  # already has a final consonant
        return [word]
    stem = word[:-1]
    out = [word] + [stem + chr(_BASE + last + f) for f in _FINALS]
    out += [stem + s for s in _CONTRACTED.get(word[-1], ())]
    return out


def scan_alternation(branches: Iterable[tuple[str, str]], before: str) -> str:
    """An alternation of ``branches`` (each its first character and the pattern of the
    rest), in their order, that no ``before`` character may precede, shaped for scanning:
    grouped by first character, that character opening each branch and the check on the
    one before it (``(?<!before.)``) right after it. The regex engine then skips in C to
    those characters instead of starting its matcher at every position; it finds what
    ``(?<!before)(?:branch|branch…)`` finds (within a group the order is kept)."""
    groups: dict[str, list[str]] = {}
    for first, rest in branches:
        groups.setdefault(first, []).append(rest)
    return "|".join(
        re.escape(first) + f"(?<!{before}.)(?:{'|'.join(rests)})" for first, rests in groups.items()
    )
