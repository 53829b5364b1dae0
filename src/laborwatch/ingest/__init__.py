"""Ingest: turn files, pages, feeds and corpora into :class:`~laborwatch.model.Document`."""
