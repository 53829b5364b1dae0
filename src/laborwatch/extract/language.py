"""Which language a document is written in: its declared ``language`` when given, else a
guess from the letters' scripts (Hangul share is enough to tell Korean from English).

Cheap by design: one regex scan for non-Latin letters over a bounded sample, so English
documents pay almost nothing.
"""

from __future__ import annotations

import re

from laborwatch.model import Document

SAMPLE_CHARS = 20_000
# Scripts whose letters name a language outright (code, first and last code point).
_SCRIPTS: tuple[tuple[str, str, str], ...] = (
    ("ko", "\uac00", "\ud7a3"),  # Hangul syllables
    ("ko", "\u3130", "\u318f"),  # Hangul compatibility jamo
    ("ru", "\u0400", "\u04ff"),  # Cyrillic
    ("zh", "\u4e00", "\u9fff"),  # CJK ideographs (Japanese text has kana too)
    ("ja", "\u3040", "\u30ff"),  # Hiragana and Katakana
    ("ar", "\u0600", "\u06ff"),  # Arabic
)
_NON_LATIN = re.compile("[" + "".join(f"{a}-{b}" for _, a, b in _SCRIPTS) + "]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
SHARE = 0.3  # a script with this share of the letters names the language


def detect_language(text: str) -> str:
    """The language of ``text`` by script: 'ko', 'ru', 'zh', 'ja', 'ar' or 'en'.

    Latin letters count as English (laborwatch reads no other Latin-script language;
    an empty or letterless text is 'en' too).
    """
    sample = text[:SAMPLE_CHARS]
    if _NON_LATIN.search(sample) is None:
        return "en"
    counts: dict[str, int] = {}
    for ch in _NON_LATIN.findall(sample):
        for code, first, last in _SCRIPTS:
            if first <= ch <= last:
                counts[code] = counts.get(code, 0) + 1
                break
    if counts.get("ja") and counts.get("zh"):
        counts["ja"] += counts.pop("zh")  # kanji beside kana is Japanese
    total = sum(counts.values()) + len(_LATIN.findall(sample))
    code, n = max(counts.items(), key=lambda kv: kv[1])
    return code if n / total >= SHARE else "en"


# Declared codes that are other spellings of a two-letter code, or say nothing.
_ALIASES = {"kor": "ko", "kr": "ko", "eng": "en", "rus": "ru", "zho": "zh", "chi": "zh"}
_UNDETERMINED = frozenset({"", "und", "mul", "zxx", "xx", "unknown"})


def document_language(doc: Document) -> str:
    """The document's ISO 639-1 code: its declared ``language`` ("ko-KR" -> "ko",
    "kor" -> "ko"), or the detected one when none (or "und") is declared."""
    declared = (doc.language or "").strip().lower().replace("_", "-").split("-")[0]
    declared = _ALIASES.get(declared, declared)
    return detect_language(doc.text) if declared in _UNDETERMINED else declared
