"""Bytes to text: UTF-8 first, then a detected encoding (EUC-KR and friends); refuse binary."""

from __future__ import annotations

import re

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
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
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
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    best = charset_normalizer.from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        raise InputError("cannot detect the text encoding", where=where)
    try:
        return data.decode(normalise_charset(best.encoding) or best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"not valid {best.encoding} text ({exc.reason})", where=where) from exc
