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
from matplotlib.patches import Patch, Polygon

from laborwatch.present import map_colour, map_legend, number

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


def world_map(values: Mapping[str, float], flagged: Sequence[str] = (), title: str = "") -> str:
    """A choropleth of ``values`` by ISO alpha-2 in the dashboard's colour classes
    (:func:`laborwatch.present.map_colour`); flagged countries outlined."""
    fig, ax = plt.subplots(figsize=(9, 4.6))
    patches, fills, edges, widths = [], [], [], []
    for feat in world():
        iso = feat["properties"]["iso_a2"]
        if iso == "AQ":
            continue
        fill = map_colour(values.get(iso))
        for poly in feat["geometry"]["coordinates"]:
            patches.append(Polygon(poly[0], closed=True))
            fills.append(fill)
            edges.append(FLAG if iso in flagged else "#ffffff")
            widths.append(1.1 if iso in flagged else 0.3)
    ax.add_collection(
        PatchCollection(patches, facecolors=fills, edgecolors=edges, linewidths=widths)
    )
    ax.set_xlim(-170, 190)
    ax.set_ylim(-58, 84)
    ax.set_aspect(1.2)
    ax.axis("off")
    handles = [
        Patch(facecolor=colour, edgecolor="#999999", label=label) for colour, label in map_legend()
    ]
    ax.legend(
        handles=handles,
        title="DPRK workers present (central estimate)",
        loc="lower left",
        fontsize=7,
        title_fontsize=7,
        frameon=False,
    )
    if title:
        ax.set_title(title, loc="left", color=INK)
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
