"""A tiny PDF writer for tests and benchmarks: text pages in Helvetica, nothing else.

It writes real PDF syntax (objects, content streams, xref table) so pypdf reads it the
way it reads any other PDF. Not collected by pytest (no ``test_`` prefix); load it by
path (see ``load_pdfgen`` in conftest.py).
"""

from __future__ import annotations

import textwrap

_LINE_CHARS = 95
_LINES_PER_PAGE = 64


def _escape(line: str) -> bytes:
    out = bytearray()
    for byte in line.encode("cp1252", errors="replace"):
        if byte in b"\\()":
            out += b"\\" + bytes([byte])
        elif byte > 126 or byte < 32:
            out += b"\\%03o" % byte
        else:
            out.append(byte)
    return bytes(out)


def _content(text: str) -> bytes:
    lines: list[str] = []
    for para in text.split("\n"):
        lines.extend(textwrap.wrap(para, _LINE_CHARS) or [""])
    ops = [b"BT /F1 10 Tf 12 TL 50 760 Td"]
    ops += [b"(" + _escape(line) + b") Tj T*" for line in lines[:_LINES_PER_PAGE]]
    ops.append(b"ET")
    return b"\n".join(ops)


def make_pdf(pages: list[str], *, title: str | None = None, created: str | None = None) -> bytes:
    """PDF bytes with one page per string (wrapped at ~95 characters, 64 lines a page).

    Args:
        pages: the text of each page (cp1252 characters; others become '?').
        title: the /Title of the info dictionary.
        created: a PDF date for /CreationDate, e.g. ``D:20240301120000Z``.
    """
    n = len(pages)
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in once page numbers are known
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for text in pages:
        page_no, content_no = len(objects) + 1, len(objects) + 2
        kids.append(b"%d 0 R" % page_no)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_no
        )
        stream = _content(text)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), n)
    info = b"<<"
    if title:
        info += b" /Title (" + _escape(title) + b")"
    if created:
        info += b" /CreationDate (" + created.encode("ascii") + b")"
    objects.append(info + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, len(objects))
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
