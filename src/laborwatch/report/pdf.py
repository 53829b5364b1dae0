"""HTML to PDF with headless Chromium (Debian's ``chromium``; installed by ``.ci/run``).

Chromium prints the self-contained HTML offline (no network flags, an empty profile in a
temporary folder). The binary is found on PATH or by ``LABORWATCH_CHROMIUM``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from laborwatch.errors import ReportError

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "chrome")


def chromium() -> str | None:
    """Path of a Chromium binary, or None."""
    env = os.environ.get("LABORWATCH_CHROMIUM")
    if env:
        return env if Path(env).exists() else None
    return next((p for p in map(shutil.which, CANDIDATES) if p), None)


def html_to_pdf(html: str, out: Path, timeout: float = 120) -> Path:
    """Print ``html`` to ``out`` as PDF (A4)."""
    binary = chromium()
    if binary is None:
        raise ReportError(
            "PDF needs Chromium: install Debian's 'chromium' package "
            "(or set LABORWATCH_CHROMIUM), or use --format html/md"
        )
    with tempfile.TemporaryDirectory(prefix="laborwatch-pdf-") as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        target = Path(tmp) / "report.pdf"
        args = [
            binary,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-sync",
            "--disable-component-update",
            "--disable-extensions",
            "--mute-audio",
            f"--user-data-dir={tmp}/profile",
            "--no-pdf-header-footer",
            f"--print-to-pdf={target}",
            page.as_uri(),
        ]
        try:
            proc = subprocess.run(args, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ReportError(f"Chromium failed to print the PDF: {exc}") from exc
        if not target.exists() or target.stat().st_size == 0:
            tail = proc.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["?"]
            raise ReportError(f"Chromium printed no PDF (exit {proc.returncode}): {tail[0]}")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(target), out)
    return out
