"""The bundled sample: short reports in our own words restating published figures."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

from laborwatch.errors import InputError
from laborwatch.ingest.jsonl import iter_jsonl
from laborwatch.model import Document


def sample_path() -> str:
    return str(resources.files("laborwatch.sample") / "reports.jsonl")


def sample_documents() -> Iterator[Document]:
    """Every sample report as a Document (the file ships with the package)."""
    with resources.files("laborwatch.sample").joinpath("reports.jsonl").open("rb") as stream:
        for item in iter_jsonl(stream, "sample/reports.jsonl"):
            if isinstance(item, InputError):
                raise item
            yield item
