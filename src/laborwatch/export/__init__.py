"""Exports of any filtered view: claims as CSV, JSON or FtM, estimates as GeoJSON.

The formats are registered once in :mod:`laborwatch.export.formats`; the CLI
(``laborwatch export``) and the web app (``/export/...``) both read that registry, so
they write the same files.
"""

from laborwatch.export.claims import CSV_FIELDS, claim_record, csv_chunks, json_chunks
from laborwatch.export.formats import FORMATS, EstimateQuery, ExportFormat, get_format
from laborwatch.export.ftm import ftm_entities, ftm_lines
from laborwatch.export.geojson import estimates_geojson

__all__ = [
    "CSV_FIELDS",
    "FORMATS",
    "EstimateQuery",
    "ExportFormat",
    "claim_record",
    "csv_chunks",
    "estimates_geojson",
    "ftm_entities",
    "ftm_lines",
    "get_format",
    "json_chunks",
]
