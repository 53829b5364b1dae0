"""Estimates by country as GeoJSON over the shipped Natural Earth boundaries."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from laborwatch.reconcile import Picture
from laborwatch.reconcile.records import Estimate


@functools.cache
def world_features() -> list[dict[str, Any]]:
    """``data/world.geojson`` features (Natural Earth 1:110m, public domain)."""
    path = resources.files("laborwatch") / "data" / "world.geojson"
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def latest_by_country(
    picture: Picture, measure: str = "stock", year: int | None = None
) -> dict[str, Estimate]:
    """Per ISO country: the all-sector estimate of ``year`` (else the latest year)."""
    out: dict[str, Estimate] = {}
    for est in picture.estimates:
        if est.measure != measure or est.sector is not None or est.destination.startswith("M49"):
            continue
        if year is not None and est.year != year:
            continue
        best = out.get(est.destination)
        if best is None or est.year > best.year:
            out[est.destination] = est
    return out


def estimates_geojson(
    picture: Picture, measure: str = "stock", year: int | None = None, country: str | None = None
) -> dict[str, Any]:
    """A FeatureCollection: one feature per country with an estimate (low/central/high)."""
    latest = latest_by_country(picture, measure, year)
    features = []
    for feat in world_features():
        props = feat["properties"]
        est = latest.get(props["iso_a2"])
        if est is None or (country and props["iso_a2"] != country.upper()):
            continue
        features.append(
            {
                "type": "Feature",
                "id": props["iso_a2"],
                "properties": {
                    "iso_a2": props["iso_a2"],
                    "iso_a3": props["iso_a3"],
                    "name": props["name"],
                    **est.to_dict(),
                },
                "geometry": feat["geometry"],
            }
        )
    return {"type": "FeatureCollection", "features": features}
