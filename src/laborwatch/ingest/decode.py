"""Bytes to text: UTF-8 first, then a detected encoding (EUC-KR and friends); refuse binary."""

from __future__ import annotations

import charset_normalizer

from laborwatch.errors import InputError

_BINARY_SNIFF = 8192


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
    for encoding in (declared, "utf-8"):
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
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(f"not valid {best.encoding} text ({exc.reason})", where=where) from exc
