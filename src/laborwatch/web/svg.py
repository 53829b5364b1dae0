"""Inline SVG drawn on the server: the world map (from ``data/world.geojson``) and charts.

Only presentation attributes are used (``fill``, ``stroke``): the Content-Security-Policy
forbids inline ``style`` attributes. Every text goes through :func:`markupsafe.escape`.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from laborwatch.export.geojson import world_features
from laborwatch.present import map_colour, map_legend, map_settings, number
from laborwatch.reconcile.records import Estimate


def _project(lon: float, lat: float) -> tuple[float, float]:
    cfg = map_settings()
    k = cfg.width / 360.0
    lat = max(min(lat, cfg.north), cfg.south)
    return (lon + 180.0) * k, (cfg.north - lat) * k


def map_size() -> tuple[int, int]:
    cfg = map_settings()
    k = cfg.width / 360.0
    return cfg.width, math.ceil((cfg.north - cfg.south) * k)


@functools.cache
def country_paths() -> tuple[tuple[str, str, str], ...]:
    """(ISO alpha-2, name, SVG path data) for every country but Antarctica."""
    out = []
    for feat in world_features():
        props, geom = feat["properties"], feat["geometry"]
        if props["iso_a2"] in ("AQ", "-99") or not geom:
            continue
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        parts = []
        for poly in polys:
            for ring in poly:
                pts = [_project(lon, lat) for lon, lat in ring]
                parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
        out.append((props["iso_a2"], props["name"], "".join(parts)))
    return tuple(out)


def world_map(latest: Mapping[str, Estimate], flagged: Sequence[str] = ()) -> Markup:
    """The choropleth: one linked path per country with its figures as data attributes."""
    width, height = map_size()
    items = []
    for iso, name, d in country_paths():
        est = latest.get(iso)
        attrs = f'data-iso="{iso}" data-name="{escape(name)}"'
        title = f"{name}: no estimate"
        if est is not None:
            attrs += (
                f' data-year="{est.year}" data-low="{est.low:.0f}"'
                f' data-central="{est.central:.0f}" data-high="{est.high:.0f}"'
            )
            title = f"{name} {est.year}: {_lch(est.low, est.central, est.high)}"
        cls = "country has-data" if est is not None else "country"
        if iso in flagged:
            cls += " flagged"
        fill = map_colour(est.central if est else None)
        items.append(
            f'<a href="/country/{iso}" class="country-link" aria-label="{escape(name)}">'
            f'<path class="{cls}" d="{d}" fill="{fill}" {attrs}>'
            f"<title>{escape(title)}</title></path></a>"
        )
    return Markup(
        f'<svg class="world-map" id="world-map" viewBox="0 0 {width} {height}" role="img"'
        f' aria-label="World map of estimated DPRK workers by country">'
        f'<rect class="sea" x="0" y="0" width="{width}" height="{height}" fill="#f4f8fb"/>'
        + "".join(items)
        + "</svg>"
    )


def _lch(low: float, central: float, high: float) -> str:
    return " / ".join(number(round(v)) for v in (low, central, high))


def legend() -> Markup:
    entries = map_legend()
    cells = "".join(
        f'<rect x="{i * 120}" y="0" width="16" height="12" fill="{c}" stroke="#999"/>'
        f'<text x="{i * 120 + 22}" y="11" class="legend-text">{escape(label)}</text>'
        for i, (c, label) in enumerate(entries)
    )
    return Markup(
        f'<svg class="legend" viewBox="0 0 {len(entries) * 120} 14" role="img"'
        f' aria-label="Map legend">{cells}</svg>'
    )


@dataclass(frozen=True, slots=True)
class Series:
    """One line of a time chart: (year, low, central, high) points, drawn with a band."""

    label: str
    colour: str
    points: tuple[tuple[int, float, float, float], ...]


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1.0
    mag = 10 ** math.floor(math.log10(value))
    return next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= value)


def _fmt(v: float) -> str:
    if v >= 1e6:
        return f"{v / 1e6:g}M"
    return f"{v / 1e3:g}k" if v >= 1e3 else f"{v:g}"


def time_chart(series: Sequence[Series], title: str, width: int = 640, height: int = 240) -> Markup:
    """Lines of central values over years with shaded low-high ranges and hover titles."""
    pts = [p for s in series for p in s.points]
    if not pts:
        return Markup(f'<p class="empty">{escape(title)}: no estimates yet.</p>')
    left, right, top, bottom = 56, 12, 28, 28
    years = [p[0] for p in pts]
    y0, y1 = min(years), max(years)
    ymax = _nice_max(max(max(p[3], p[2]) for p in pts))
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(year: float) -> float:
        return left + (plot_w / 2 if y1 == y0 else (year - y0) / (y1 - y0) * plot_w)

    def y(v: float) -> float:
        return top + plot_h - v / ymax * plot_h

    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img"'
        f' aria-label="{escape(title)}">',
        f'<text x="{left}" y="16" class="chart-title">{escape(title)}</text>',
    ]
    for i in range(5):
        v = ymax * i / 4
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}"'
            f' stroke="#ddd"/><text x="{left - 6}" y="{y(v) + 4:.1f}" class="tick"'
            f' text-anchor="end">{_fmt(v)}</text>'
        )
    step = max(1, math.ceil((y1 - y0 + 1) / 10))
    for yr in range(y0, y1 + 1, step):
        out.append(
            f'<text x="{x(yr):.1f}" y="{height - 8}" class="tick" text-anchor="middle">{yr}</text>'
        )
    for n, s in enumerate(series):
        ordered = sorted(s.points)
        if not ordered:
            continue
        upper = " ".join(f"{x(p[0]):.1f},{y(p[3]):.1f}" for p in ordered)
        lower = " ".join(f"{x(p[0]):.1f},{y(p[1]):.1f}" for p in reversed(ordered))
        out.append(f'<polygon points="{upper} {lower}" fill="{s.colour}" fill-opacity="0.18"/>')
        line = " ".join(f"{x(p[0]):.1f},{y(p[2]):.1f}" for p in ordered)
        out.append(f'<polyline points="{line}" fill="none" stroke="{s.colour}" stroke-width="2"/>')
        for yr, lo, c, hi in ordered:
            tip = f"{s.label} {yr}: {_lch(lo, c, hi)} (low / central / high)"
            out.append(
                f'<circle cx="{x(yr):.1f}" cy="{y(c):.1f}" r="3.5" fill="{s.colour}"'
                f' class="point"><title>{escape(tip)}</title></circle>'
            )
        lx = left + 10 + n * 200
        out.append(
            f'<rect x="{lx}" y="{top - 2}" width="12" height="4" fill="{s.colour}"/>'
            f'<text x="{lx + 16}" y="{top + 3}" class="tick">{escape(s.label)}</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))


def series_of(estimates: Sequence[Estimate], label: str, colour_: str) -> Series:
    return Series(
        label,
        colour_,
        tuple((e.year, e.low, e.central, e.high) for e in sorted(estimates, key=lambda e: e.year)),
    )
