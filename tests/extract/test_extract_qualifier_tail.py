"""A qualifier is searched for only where the text before a figure ends with a qualifier's
last word (tails): a speed-up that must not lose a match."""

from __future__ import annotations

from laborwatch.extract.numbers import grammar
from laborwatch.extract.tails import last_words, may_end_with


def test_qualifier_tail_test_never_misses() -> None:
    g = grammar("en")
    ends = last_words(["more than", "ca.", "upward of a"])
    assert ends == ("a", "ca.", "than")
    assert last_words(["ſome"]) is None  # re.IGNORECASE folds "ſ" onto "s"
    assert not may_end_with("they hired \n", ends)
    assert may_end_with("some MORE THAN \t\n ", ends)
    assert may_end_with("non-ASCII café", ends)  # not tested: may
    for before in ["rose to more than ", "about\n", "hired some", "ABOUT ", "over\n\n", "ca. "]:
        qual = g.qual_re.search(before, max(0, len(before) - 36))  # type: ignore[attr-defined]
        assert (qual is None) == (g._qualifier(before) is None)  # type: ignore[attr-defined]
