"""Charts for the brief, drawn offline with matplotlib and returned as SVG text.

The world map draws the polygons of ``data/world.geojson`` (Natural Earth, public domain,
built by ``tools/build_world.py``); nothing is fetched. Text is stored as paths, so the
SVG needs no fonts and can be inlined in a self-contained HTML page.
"""

from __future__ import annotations

import functools
import io
import json
import math
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.collections import PatchCollection
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Polygon

from laborwatch.present import map_colour, map_legend, number, small_places
from laborwatch.reconcile.records import Estimate

plt.rcParams.update(
    {
        "svg.fonttype": "path",
        "font.size": 9,
        "svg.hashsalt": "laborwatch",
        "axes.spines.top": False,
        "axes.spines.right": False,
    }
)
INK, ACCENT, FLAG = "#222222", "#b2182b", "#000000"
HATCH = "//////"  # a floor or a bound, not a figure a source gave for the place
NOT_DIRECT = "hatched: a floor (at least) or a bound"
SMALL_DEGREES = 3.4  # a state narrower and lower than this gets a marker (as the dashboard)


@functools.cache
def world() -> list[dict[str, Any]]:
    """The world's country features (iso_a2, name, MultiPolygon coordinates)."""
    path = resources.files("laborwatch") / "data" / "world.geojson"
    return list(json.loads(path.read_text(encoding="utf-8"))["features"])


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    text = buf.getvalue()
    return text[text.index("<svg") :]


@functools.cache
def _small_states() -> dict[str, tuple[float, float]]:
    """Centres (lon, lat) of the states too small to see on the map: outlines narrower and
    lower than SMALL_DEGREES (centre of their largest ring), and those the outline leaves
    out (:func:`laborwatch.present.small_places`)."""
    out = dict(small_places())
    for feat in world():
        rings = [poly[0] for poly in feat["geometry"]["coordinates"]]
        xs = [x for r in rings for x, _ in r]
        ys = [y for r in rings for _, y in r]
        if max(xs) - min(xs) < SMALL_DEGREES and max(ys) - min(ys) < SMALL_DEGREES:
            big = max(rings, key=len)
            bx, by = [x for x, _ in big], [y for _, y in big]
            out[feat["properties"]["iso_a2"]] = ((min(bx) + max(bx)) / 2, (min(by) + max(by)) / 2)
    return out


def world_map(
    estimates: Mapping[str, Estimate], flagged: Sequence[str] = (), year: int | None = None
) -> str:
    """The choropleth of one year, in the dashboard's colour classes
    (:func:`laborwatch.present.map_colour` of each country's central estimate): floors and
    bounds hatched, small states as round markers, flagged countries outlined."""
    fig, ax = plt.subplots(figsize=(9, 4.2))
    layers: dict[bool, tuple[list[Polygon], list[str]]] = {True: ([], []), False: ([], [])}
    outlines = []
    for feat in world():
        iso = feat["properties"]["iso_a2"]
        if iso == "AQ":
            continue
        est = estimates.get(iso)
        direct = est is None or est.is_direct
        for poly in feat["geometry"]["coordinates"]:
            layers[direct][0].append(Polygon(poly[0], closed=True))
            layers[direct][1].append(map_colour(est.central if est else None))
            if iso in flagged:
                outlines.append(Polygon(poly[0], closed=True))
    for direct, (patches, fills) in layers.items():
        ax.add_collection(
            PatchCollection(
                patches,
                facecolors=fills,
                edgecolors="#ffffff",
                linewidths=0.3,
                hatch=None if direct else HATCH,
            )
        )
    ax.add_collection(PatchCollection(outlines, facecolors="none", edgecolors=FLAG, linewidths=1.1))
    for iso, (x, y) in _small_states().items():
        est = estimates.get(iso)
        if est is None:
            continue
        ax.scatter(
            [x],
            [y],
            s=34,
            c=[map_colour(est.central)],
            edgecolors=FLAG if iso in flagged else "#333333",
            linewidths=1.2 if iso in flagged else 0.8,
            hatch=None if est.is_direct else HATCH,
            zorder=3,
        )
    ax.set_xlim(-170, 190)
    ax.set_ylim(-58, 84)
    ax.set_aspect(1.2)
    ax.axis("off")
    handles: list[Any] = [
        Patch(facecolor=colour, edgecolor="#999999", label=label) for colour, label in map_legend()
    ]
    handles += [
        Patch(facecolor=map_legend()[3][0], edgecolor="#ffffff", hatch=HATCH, label=NOT_DIRECT),
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markerfacecolor=map_legend()[2][0],
            markeredgecolor="#333333",
            label="small state (marker)",
        ),
        Patch(facecolor="none", edgecolor=FLAG, label="outline: a sanctions flag"),
    ]
    ax.legend(
        handles=handles,
        title=f"DPRK workers present{f' in {year}' if year else ''}\n(central estimate)",
        loc="center left",
        bbox_to_anchor=(0.98, 0.5),
        fontsize=8,
        title_fontsize=8,
        alignment="left",
        frameon=False,
    )
    return _svg(fig)


def time_series(
    series: Mapping[str, Sequence[tuple[Any, ...]]],
    names: Mapping[str, str],
    deadline: int = 2019,
) -> str:
    """Small multiples: per place, central estimates by year with the low-high band.

    A point may carry a fifth element, how it is drawn: "direct" (a line, the default),
    "floor" (an upward triangle: at least this many) or "at_most" (a downward triangle).
    """
    n = len(series)
    cols = min(3, max(n, 1))
    rows = max(1, math.ceil(n / cols))
    fig, axes = plt.subplots(rows, cols, figsize=(3.1 * cols, 2.3 * rows), squeeze=False)
    years = [y for points in series.values() for y, *_ in points]
    lo_year, hi_year = (min(years), max(years)) if years else (2015, 2025)
    for ax, (code, every) in zip(axes.flat, series.items(), strict=False):
        points = [p[:4] for p in every if (p[4] if len(p) > 4 else "direct") == "direct"]
        for p in every:
            if len(p) > 4 and p[4] != "direct":
                up = p[4] != "at_most"
                ax.plot(
                    [p[0]],
                    [p[2] if up else p[3]],
                    "^" if up else "v",
                    color=ACCENT,
                    markersize=4,
                    fillstyle="none",
                    linewidth=0,
                )
        for run in _runs(sorted(points)):
            xs = [p[0] for p in run]
            lows, highs = [p[1] for p in run], [p[3] for p in run]
            if len(run) == 1:
                ax.errorbar(
                    xs,
                    [run[0][2]],
                    yerr=[[run[0][2] - lows[0]], [highs[0] - run[0][2]]],
                    fmt="o",
                    color=ACCENT,
                    markersize=3,
                    capsize=2,
                    linewidth=1,
                )
                continue
            ax.fill_between(xs, lows, highs, color=ACCENT, alpha=0.18, linewidth=0)
            ax.plot(xs, [p[2] for p in run], "o-", color=ACCENT, markersize=3, linewidth=1.2)
        ax.axvline(deadline + 0.97, color="#777777", linestyle=":", linewidth=0.8)
        ax.set_title(names.get(code, code), loc="left", fontsize=9)
        ax.set_xlim(lo_year - 0.5, hi_year + 0.5)
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(_thousands))
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True, nbins=5))
        ax.tick_params(labelsize=7)
    for ax in list(axes.flat)[n:]:
        ax.axis("off")
    fig.tight_layout()
    return _svg(fig)


def _runs(
    points: list[tuple[int, float, float, float]],
) -> list[list[tuple[int, float, float, float]]]:
    """Split a yearly series where years are missing, so no line bridges a gap."""
    runs: list[list[tuple[int, float, float, float]]] = []
    for p in points:
        if runs and p[0] == runs[-1][-1][0] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def _thousands(x: float, _pos: int) -> str:
    return number(round(x))
