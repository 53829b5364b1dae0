"""Exports of any filtered view: claims as CSV or JSON, estimates as GeoJSON, FtM entities.

Every function is a plain function over ClaimRows or a reconcile Picture, so the CLI
(``laborwatch export``) and the web app (``/export/...``) write the same files.
"""

from laborwatch.export.claims import (
    CSV_FIELDS,
    claim_record,
    csv_chunks,
    json_chunks,
    write_csv,
    write_json,
)
from laborwatch.export.ftm import ftm_entities, ftm_lines, write_ftm
from laborwatch.export.geojson import estimates_geojson, latest_by_country

__all__ = [
    "CSV_FIELDS",
    "claim_record",
    "csv_chunks",
    "estimates_geojson",
    "ftm_entities",
    "ftm_lines",
    "json_chunks",
    "latest_by_country",
    "write_csv",
    "write_ftm",
    "write_json",
]
