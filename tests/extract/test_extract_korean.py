"""The second-language seam: Korean numbers plug in as data plus a grammar (lang/ko)."""

from __future__ import annotations

import pytest

from laborwatch.extract.document import language_of, prepare
from laborwatch.extract.numbers import find_quantities
from laborwatch.ingest.files import guess_language
from laborwatch.model import Document


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier", "unit"),
    [
        ("노동자 2만8천명을 보낸다", 28000, 28000, "exact", "count"),
        ("최대 2만 8천 명", None, 28000, "at_most", "count"),
        ("약 10만 명의 노동자", 100000, 100000, "approx", "count"),
        ("수천 명의 노동자", 2000, 9999, "vague", "count"),
        ("800~1,000명", 800, 1000, "range", "count"),
        ("1천500명", 1500, 1500, "exact", "count"),
        ("연간 5억 달러를", 500_000_000, 500_000_000, "exact", "money"),
        ("3만 명 이상", 30000, None, "at_least", "count"),
    ],
)
def test_korean_numbers(text, low, high, qualifier, unit):
    (q,) = find_quantities(text, "ko")
    assert (q.low, q.high, q.qualifier, q.unit) == (low, high, qualifier, unit)


def test_korean_particles_are_not_numbers():
    assert find_quantities("이 사람은 사과를 먹었다", "ko") == []


def test_korean_documents_use_the_korean_grammar():
    doc = Document(
        id="k",
        text="북한은 노동자 2만8천명을 러시아에 보낸다. 중국에는 1천500명.",
        language=guess_language("북한은 노동자를 보낸다"),
    )
    assert language_of(doc) == "ko"
    view = prepare(doc)
    assert [q.low for s in view.sentences for q in s.quantities] == [28000, 1500]


def test_unknown_language_falls_back_to_english():
    assert language_of(Document(id="x", text="t", language="xx")) == "en"
