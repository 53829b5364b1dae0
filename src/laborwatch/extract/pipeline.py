"""The extraction stages, in order. (Being built.)"""

from __future__ import annotations

from laborwatch.model import Document, Extraction


class Extractor:
    """Runs every stage over one document."""

    def extract(self, doc: Document) -> Extraction:
        return Extraction(document=doc, relevant=False, relevance=0.0, claims=[])
