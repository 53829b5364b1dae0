"""Bytes to text: UTF-8 first, then a detected encoding (EUC-KR and friends); refuse binary."""

from __future__ import annotations

import logging
import re
from typing import Any

import charset_normalizer

from laborwatch.errors import InputError

_BINARY_SNIFF = 8192
_META_SNIFF = 4096
# Labels that browsers read as a wider encoding (WHATWG Encoding Standard): Korean sites
# that say EUC-KR routinely use the CP949 (UHC) extensions.
_ALIASES = {
    "euc-kr": "cp949",
    "euckr": "cp949",
    "ks_c_5601-1987": "cp949",
    "x-windows-949": "cp949",
    "windows-949": "cp949",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
}
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# the JSON escapes that decode to a surrogate ("\\ud83d"): a line without one holds none
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")
# every byte that is not a control character counted by looks_binary (tab, newline, form
# feed, carriage return and escape are text): deleting them leaves the counted ones
_NOT_COUNTED_CONTROLS = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13, 27))
_CHARREF = re.compile(rb"&#(?:[xX]0*([0-9a-fA-F]{1,8})|0*([0-9]{1,10}));?")
log = logging.getLogger("laborwatch.ingest")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def normalise_charset(label: str | None) -> str | None:
    """A charset label as Python should decode it (``EUC-KR`` -> ``cp949``), or None."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    return _ALIASES.get(label, label) or None


def sniff_meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its top, if any."""
    match = _META_CHARSET.search(data[:_META_SNIFF])
    return match.group(1).decode("ascii") if match else None


def looks_binary(data: bytes) -> bool:
    """True for content that is not text: NUL bytes or mostly control characters."""
    head = data[:_BINARY_SNIFF]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = len(head.translate(None, _NOT_COUNTED_CONTROLS))
    return controls / len(head) > 0.05


def decode_bytes(data: bytes, *, where: str, declared: str | None = None) -> str:
    """Decode ``data`` to str, or raise :class:`InputError` naming ``where``.

    Args:
        data: the raw bytes.
        where: a path or URL for the error message.
        declared: an encoding the source declared (HTTP header, meta tag), tried first.
    """
    if looks_binary(data):
        raise InputError("binary content, not text", where=where)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in (normalise_charset(declared), "utf-8"):
        if not encoding:
            continue
        try:
            return clean_text(data.decode(encoding), where=where)
        except (UnicodeDecodeError, LookupError):
            continue
    best = charset_normalizer.from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise InputError("cannot detect the text encoding", where=where)
    try:
        text = data.decode(normalise_charset(best.encoding) or best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"not valid {best.encoding} text ({reason})", where=where) from exc
    return clean_text(text, where=where)


def scrub_surrogates(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate (unencodable in UTF-8) replaced by U+FFFD, and
    how many were replaced. A Python str never holds a valid pair, so any is lone."""
    return _LONE_SURROGATE.subn("\ufffd", text)


def may_hold_surrogates(json_text: str) -> bool:
    """Can ``json_text`` decode to a lone surrogate? Only through a ``\\uD800``-``\\uDFFF``
    escape (decoded UTF-8 holds none), so a text without one needs no :func:`scrub_value`."""
    return _SURROGATE_ESCAPE.search(json_text) is not None


def scrub_value(value: Any) -> tuple[Any, int]:
    """:func:`scrub_surrogates` through a decoded JSON value (strings, lists, dict keys)."""
    if isinstance(value, str):
        return scrub_surrogates(value)
    if isinstance(value, list):
        items = [scrub_value(v) for v in value]
        return [v for v, _ in items], sum(n for _, n in items)
    if isinstance(value, dict):
        total = 0
        out = {}
        for key, val in value.items():
            key, n_key = scrub_value(key)
            val, n_val = scrub_value(val)
            out[key] = val
            total += n_key + n_val
        return out, total
    return value, 0


def warn_replaced(count: int, *, where: str) -> None:
    """Log (stderr by default) that ``count`` lone surrogates at ``where`` became U+FFFD."""
    if count:
        log.warning("%s: replaced %d lone surrogate(s) with U+FFFD", where, count)


def clean_text(text: str, *, where: str) -> str:
    """``text`` with lone surrogates replaced (and reported with ``where``)."""
    text, count = scrub_surrogates(text)
    warn_replaced(count, where=where)
    return text


def neutralise_charrefs(data: bytes) -> bytes:
    """Markup bytes with numeric character references to surrogates or to code points past
    U+10FFFF rewritten as ``&#xFFFD;`` (some parsers crash on them, others pass them on)."""

    def fix(match: re.Match[bytes]) -> bytes:
        hexa, dec = match.group(1), match.group(2)
        code = int(hexa, 16) if hexa else int(dec)
        return b"&#xFFFD;" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else match.group(0)

    return _CHARREF.sub(fix, data) if b"&#" in data else data
