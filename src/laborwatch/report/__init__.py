"""The written brief: ``write_report(rows, path, fmt)`` renders HTML, Markdown or PDF.

HTML is one self-contained file (inline CSS and SVG charts; the only URLs are the source
links). Markdown writes its two charts as SVG files beside it. PDF is the HTML printed by
headless Chromium (:mod:`laborwatch.report.pdf`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2

from laborwatch import present
from laborwatch.errors import ConfigError
from laborwatch.model import ClaimRow
from laborwatch.reconcile import Picture, reconcile
from laborwatch.reconcile.grading import Reliability
from laborwatch.report import brief, charts
from laborwatch.report.pdf import html_to_pdf

FORMATS = ("html", "md", "pdf")
TITLE = "DPRK overseas labor: workers, revenue and sanctions"


def _env(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("laborwatch.report", "templates"),
        autoescape=autoescape,
        trim_blocks=False,
        lstrip_blocks=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.globals["plural"] = present.plural
    return env


def context(
    rows: Iterable[ClaimRow], map_year: int | None = None, reliability: Reliability | None = None
) -> tuple[Picture, dict[str, Any]]:
    """Reconcile the rows and build what the templates print (``map_year``: the map's;
    ``reliability``: the source grades, e.g. the store's register)."""
    rows = list(rows)
    picture = reconcile(rows, reliability=reliability)
    documents = len({r.document_id for r in rows})
    return picture, brief.build(picture, len(rows), documents, map_year)


def _charts(b: dict[str, Any]) -> tuple[str, str]:
    return (
        charts.world_map(b["map_estimates"], b["flagged"], b["map_year"]),
        charts.time_series(b["series"], b["names"], deadline=b["deadline"]),
    )


def render_html(
    rows: Iterable[ClaimRow],
    summary: bool = False,
    map_year: int | None = None,
    reliability: Reliability | None = None,
) -> str:
    """The brief as one self-contained HTML page (``summary``: the two-page form;
    ``map_year``: the year the map shows, when it has estimates)."""
    _, b = context(rows, map_year, reliability)
    map_svg, series_svg = _charts(b)
    return (
        _env(True)
        .get_template("report.html.j2")
        .render(title=TITLE, b=b, map_svg=map_svg, series_svg=series_svg, summary=summary)
    )


def render_markdown(
    rows: Iterable[ClaimRow],
    map_file: str,
    series_file: str,
    reliability: Reliability | None = None,
) -> tuple[str, str, str]:
    """The brief as Markdown, with the map and chart SVGs to write beside it."""
    _, b = context(rows, reliability=reliability)
    map_svg, series_svg = _charts(b)
    text = (
        _env(False)
        .get_template("report.md.j2")
        .render(title=TITLE, b=b, map_file=map_file, series_file=series_file)
    )
    return text, map_svg, series_svg


def write_report(
    rows: Iterable[ClaimRow],
    path: str | Path,
    fmt: str = "html",
    reliability: Reliability | None = None,
) -> Path:
    """Write the brief for ``rows`` to ``path`` as ``html``, ``md`` or ``pdf``; return it.

    Args:
        rows: claims joined with their documents (e.g. ``Store.claim_rows()``).
        path: the file to write (folders are created).
        fmt: ``html`` (self-contained), ``md`` (charts as SVG files beside it) or ``pdf``.
        reliability: the source grades (the store's register); the shipped table when None.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "md":
        stem = out.stem
        text, map_svg, series_svg = render_markdown(
            rows, f"{stem}-map.svg", f"{stem}-series.svg", reliability
        )
        (out.parent / f"{stem}-map.svg").write_text(map_svg, encoding="utf-8")
        (out.parent / f"{stem}-series.svg").write_text(series_svg, encoding="utf-8")
        out.write_text(text, encoding="utf-8")
        return out
    html = render_html(rows, reliability=reliability)
    if fmt == "pdf":
        return html_to_pdf(html, out)
    out.write_text(html, encoding="utf-8")
    return out


__all__ = ["FORMATS", "render_html", "render_markdown", "write_report"]
