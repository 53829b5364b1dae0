"""Estimates by country as GeoJSON over the shipped Natural Earth boundaries."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Any

from laborwatch.present import latest_by_place

if TYPE_CHECKING:
    from laborwatch.reconcile import Picture


@functools.cache
def world_features() -> list[dict[str, Any]]:
    """``data/world.geojson`` features (Natural Earth 1:110m, public domain)."""
    path = resources.files("laborwatch") / "data" / "world.geojson"
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def estimates_geojson(
    picture: Picture, measure: str = "stock", year: int | None = None, country: str | None = None
) -> dict[str, Any]:
    """A FeatureCollection: one feature per country with an estimate (low/central/high)."""
    latest = latest_by_place(picture.estimates, measure, year)
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
