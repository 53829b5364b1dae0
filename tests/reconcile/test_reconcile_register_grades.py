"""Reviewers' grades laid over the shipped reliability table."""

from __future__ import annotations

import pytest

from laborwatch.errors import DataFileError
from laborwatch.reconcile.grading import default_reliability, with_grades


def test_reconcile_grades_replace_the_shipped_ones() -> None:
    shipped = default_reliability()
    assert shipped.source("according to Daily NK sources", None).grade == "C"
    assert shipped.source(None, "www.dailynk.com").grade == "C"
    assert shipped.source(None, "unknown.example").grade == "F"
    table = with_grades([("origin", "Daily NK source", "A"), ("publisher", "Unknown.example", "B")])
    assert table.source("according to Daily NK sources", None).grade == "A"
    assert table.source(None, "news.unknown.example").grade == "B"  # a subdomain too
    assert table.source(None, "www.dailynk.com").grade == "C"  # the outlet is not the origin
    assert default_reliability().source(None, "unknown.example").grade == "F"  # unchanged
    with pytest.raises(DataFileError):
        with_grades([("publisher", "x.example", "G")])
