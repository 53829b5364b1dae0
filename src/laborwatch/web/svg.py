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
from laborwatch.present import small_places as present_small_places
from laborwatch.reconcile.config import place_name
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


SMALL_UNITS = 9.0  # a country whose outline is narrower and lower than this also gets a marker
MARKER_R = 4.5
NOT_DIRECT = "hatched: a floor (at least) or a bound, not a figure a source gave for that place"


@functools.cache
def country_shapes() -> tuple[tuple[str, str, str, tuple[float, float], bool], ...]:
    """(ISO alpha-2, name, SVG path data, centre, small) for every country but Antarctica.

    The centre is that of the bounding box of the country's largest ring; ``small`` says
    the outline is too small to see or click at dashboard size (a marker is drawn).
    """
    out = []
    for feat in world_features():
        props, geom = feat["properties"], feat["geometry"]
        if props["iso_a2"] in ("AQ", "-99") or not geom:
            continue
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        parts, rings = [], []
        for poly in polys:
            for ring in poly:
                pts = [_project(lon, lat) for lon, lat in ring]
                rings.append(pts)
                parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
        xs = [x for r in rings for x, _ in r]
        ys = [y for r in rings for _, y in r]
        big = max(rings, key=len)
        bx, by = [x for x, _ in big], [y for _, y in big]
        centre = ((min(bx) + max(bx)) / 2, (min(by) + max(by)) / 2)
        small = max(xs) - min(xs) < SMALL_UNITS and max(ys) - min(ys) < SMALL_UNITS
        out.append((props["iso_a2"], props["name"], "".join(parts), centre, small))
    return tuple(out)


def country_paths() -> tuple[tuple[str, str, str], ...]:
    """(ISO alpha-2, name, SVG path data) for every country but Antarctica."""
    return tuple((iso, name, d) for iso, name, d, _, _ in country_shapes())


@functools.cache
def map_names() -> dict[str, str]:
    """ISO alpha-2 -> name of every country the map draws as an outline."""
    return {iso: name for iso, name, _, _, _ in country_shapes()}


def small_places() -> dict[str, tuple[float, float]]:
    """Projected centres of the small states the outline leaves out (``data/small_places.tsv``)."""
    return {iso: _project(lon, lat) for iso, (lon, lat) in present_small_places().items()}


def _patterns() -> str:
    """One diagonal hatch per colour class: estimates that are floors or bounds."""
    out = []
    for i, (colour, _) in enumerate(map_legend()):
        out.append(
            f'<pattern id="hatch-{i}" width="4" height="4" patternUnits="userSpaceOnUse"'
            f' patternTransform="rotate(45)"><rect width="4" height="4" fill="{colour}"/>'
            f'<line x1="0" y1="0" x2="0" y2="4" stroke="#fff" stroke-width="2"/></pattern>'
        )
    return "<defs>" + "".join(out) + "</defs>"


def _fill(est: Estimate | None) -> str:
    colour = map_colour(est.central if est else None)
    if est is None or est.is_direct:
        return colour
    index = next(i for i, (c, _) in enumerate(map_legend()) if c == colour)
    return f"url(#hatch-{index})"


def _title(name: str, est: Estimate | None, year: int | None) -> str:
    if est is None:
        return f"{name}: no estimate" + (f" for {year}" if year else "")
    kind = "" if est.is_direct else f" ({est.basis}, not a direct figure)"
    return f"{name} {est.year}: {est.label()}{kind}; range {_lch(est.low, est.central, est.high)}"


def world_map(
    latest: Mapping[str, Estimate],
    flagged: Sequence[str] = (),
    *,
    year: int | None = None,
    element_id: str = "world-map",
    defs: bool = True,
) -> Markup:
    """The choropleth of one year: a linked path per country, figures as data attributes.

    Floors and bounds are hatched; small states with an estimate also get a round marker.
    """
    width, height = map_size()
    items, markers = [], []
    drawn = set()
    for iso, name, d, (cx, cy), small in country_shapes():
        drawn.add(iso)
        est = latest.get(iso)
        attrs = _attrs(iso, name, est)
        cls = "country has-data" if est is not None else "country"
        if iso in flagged:
            cls += " flagged"
        title = escape(_title(name, est, year))
        items.append(
            f'<a href="/country/{iso}" class="country-link" aria-label="{escape(name)}">'
            f'<path class="{cls}" d="{d}" fill="{_fill(est)}" {attrs}>'
            f"<title>{title}</title></path></a>"
        )
        if est is not None and small:
            markers.append(_marker(iso, name, est, cx, cy, title, iso in flagged))
    for iso, (cx, cy) in small_places().items():
        est = latest.get(iso)
        if est is not None and iso not in drawn:
            name = place_name(iso)
            title = escape(_title(name, est, year))
            markers.append(_marker(iso, name, est, cx, cy, title, iso in flagged))
    return Markup(
        f'<svg class="world-map" id="{element_id}" viewBox="0 0 {width} {height}" role="img"'
        f' aria-label="World map of estimated DPRK workers by country'
        f'{f", {year}" if year else ""}">{_patterns() if defs else ""}'
        f'<rect class="sea" x="0" y="0" width="{width}" height="{height}" fill="#f4f8fb"/>'
        + "".join(items)
        + "".join(markers)
        + "</svg>"
    )


def _attrs(iso: str, name: str, est: Estimate | None) -> str:
    attrs = f'data-iso="{iso}" data-name="{escape(name)}"'
    if est is not None:
        attrs += (
            f' data-year="{est.year}" data-low="{est.low:.0f}"'
            f' data-central="{est.central:.0f}" data-high="{est.high:.0f}"'
            f' data-basis="{est.basis}" data-label="{escape(est.label())}"'
        )
    return attrs


def _marker(
    iso: str, name: str, est: Estimate, cx: float, cy: float, title: Markup, flagged: bool
) -> str:
    cls = "marker flagged" if flagged else "marker"
    return (
        f'<a href="/country/{iso}" class="country-link" aria-label="{escape(name)}">'
        f'<circle class="{cls}" cx="{cx:.1f}" cy="{cy:.1f}" r="{MARKER_R}" fill="{_fill(est)}"'
        f' stroke="#333" stroke-width="1" {_attrs(iso, name, est)}><title>{title}</title>'
        f"</circle></a>"
    )


def _lch(low: float, central: float, high: float) -> str:
    return " / ".join(number(round(v)) for v in (low, central, high))


def legend() -> Markup:
    """Colour classes, then what hatching, outlines and markers mean."""
    entries = map_legend()
    cells = "".join(
        f'<rect x="{i * 120}" y="0" width="16" height="12" fill="{c}" stroke="#999"/>'
        f'<text x="{i * 120 + 22}" y="11" class="legend-text">{escape(label)}</text>'
        for i, (c, label) in enumerate(entries)
    )
    extra = (
        f'<rect x="0" y="20" width="16" height="12" fill="url(#hatch-3)" stroke="#999"/>'
        f'<text x="22" y="31" class="legend-text">{escape(NOT_DIRECT)}</text>'
        f'<circle cx="8" cy="46" r="{MARKER_R}" fill="{entries[2][0]}" stroke="#333"/>'
        f'<text x="22" y="50" class="legend-text">small state (marker)</text>'
        f'<rect x="240" y="40" width="16" height="12" fill="#fff" stroke="#000"'
        f' stroke-dasharray="2 1"/>'
        f'<text x="262" y="50" class="legend-text">dashed outline: a sanctions flag</text>'
    )
    return Markup(
        f'<svg class="legend" id="map-legend" viewBox="0 0 {len(entries) * 120} 56" role="img"'
        f' aria-label="Map legend">{cells}{extra}</svg>'
    )


@dataclass(frozen=True, slots=True)
class Series:
    """One line of a time chart: (year, low, central, high) points, drawn with a band."""

    label: str
    colour: str
    points: tuple[tuple[int, float, float, float], ...]
    direct: tuple[bool, ...] = ()  # per point: a direct figure (joined) or a floor/bound


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
        kinds = dict(
            zip((p[0] for p in s.points), s.direct or (True,) * len(s.points), strict=True)
        )
        ordered = sorted(s.points)
        joined = [p for p in ordered if kinds[p[0]]]
        if joined:
            upper = " ".join(f"{x(p[0]):.1f},{y(p[3]):.1f}" for p in joined)
            lower = " ".join(f"{x(p[0]):.1f},{y(p[1]):.1f}" for p in reversed(joined))
            out.append(f'<polygon points="{upper} {lower}" fill="{s.colour}" fill-opacity="0.18"/>')
            line = " ".join(f"{x(p[0]):.1f},{y(p[2]):.1f}" for p in joined)
            out.append(
                f'<polyline points="{line}" fill="none" stroke="{s.colour}" stroke-width="2"/>'
            )
        for yr, lo, c, hi in ordered:
            if kinds[yr]:
                tip = f"{s.label} {yr}: {_lch(lo, c, hi)} (low / central / high)"
                out.append(
                    f'<circle cx="{x(yr):.1f}" cy="{y(c):.1f}" r="3.5" fill="{s.colour}"'
                    f' class="point"><title>{escape(tip)}</title></circle>'
                )
                continue
            tip = f"{s.label} {yr}: at least {number(round(lo))} (a floor or bound, not joined)"
            px, py = x(yr), y(lo)
            out.append(
                f'<path class="point floor" d="M{px - 4:.1f},{py + 3:.1f}L{px:.1f},{py - 4:.1f}'
                f'L{px + 4:.1f},{py + 3:.1f}Z" fill="#fff" stroke="{s.colour}"'
                f' stroke-width="1.5"><title>{escape(tip)}</title></path>'
            )
        lx = left + 10 + n * (width - left - right) // max(1, len(series))
        out.append(
            f'<rect x="{lx}" y="{top - 2}" width="12" height="4" fill="{s.colour}"/>'
            f'<text x="{lx + 16}" y="{top + 3}" class="tick">{escape(s.label)}</text>'
        )
    if any(not all(s.direct) for s in series if s.direct):
        out.append(
            f'<text x="{width - right}" y="16" class="tick" text-anchor="end">'
            "△ a floor or bound (at least), not joined to the line</text>"
        )
    out.append("</svg>")
    return Markup("".join(out))


def series_of(estimates: Sequence[Estimate], label: str, colour_: str) -> Series:
    """A chart line of estimates: direct ones joined, floors and bounds as open triangles."""
    ordered = sorted(estimates, key=lambda e: e.year)
    return Series(
        label,
        colour_,
        tuple((e.year, e.low, e.central, e.high) for e in ordered),
        tuple(e.is_direct for e in ordered),
    )
