"""Sentences: news prose with abbreviations, quotes, wrapped lines and run-on headlines."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from laborwatch.extract.sentences import split_sentences, splitter


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("doc_id", "needle"),
    [
        ("seed-000", "On Oct. 4, the UN Security Council"),  # "Oct." does not end it
        ("seed-003", "a report by the U.N. Security Council"),  # nor does "U.N."
        ("p039", "Dec. 23 (Yonhap)"),
        ("p064", "stood at about 46,000 as of\nJanuary"),  # a wrapped line continues
    ],
)
def test_sentences_keep_abbreviations_and_wraps_inside(corpus_records, doc_id, needle):
    assert any(needle in s for s in texts(corpus_records[doc_id]["text"]))


def test_sentences_split_run_on_text_without_space(corpus_records):
    sentences = texts(corpus_records["p077"]["text"])
    assert any(s.startswith("The dispatch comes amid") for s in sentences)


def test_sentences_quote_opens_the_next_sentence():
    got = texts('Mr. Lee disagreed. "We paid," he said. Then he left.')
    assert got == ["Mr. Lee disagreed.", '"We paid," he said.', "Then he left."]


def test_sentences_offsets_point_into_the_text(corpus_records):
    text = corpus_records["seed-004"]["text"]
    for s in split_sentences(text):
        assert text[s.start : s.end].strip() == text[s.start : s.end]
        assert s.end > s.start


@given(st.text(max_size=400))
def test_sentences_never_overlap(text):
    spans = split_sentences(text)
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start


# An invented story hard-wrapped at a fixed width (as archived and scanned pages are): a line
# break before a capitalised word ("North\nKorean", "1,500\nNorth") is no sentence end; the
# short headline and a paragraph's short last line still end theirs.
WRAPPED = """Loggers return to the Far East

VLADIVOSTOK - About 1,500 North Korean loggers have returned to the
forests of Primorsky Krai this spring, Sergei Volkov, a regional labour
official, said on Tuesday. He said another 300 workers from North
Korea would arrive in June, and that most of them would be sent to
camps near Dalnerechensk, where the company has worked since the
1990s, according to Volkov.
The workers live in barracks.
"""


def test_sentences_join_the_lines_of_a_hard_wrapped_text():
    got = [" ".join(s.split()) for s in texts(WRAPPED)]
    assert got == [
        "Loggers return to the Far East",
        "VLADIVOSTOK - About 1,500 North Korean loggers have returned to the forests of"
        " Primorsky Krai this spring, Sergei Volkov, a regional labour official, said on"
        " Tuesday.",
        "He said another 300 workers from North Korea would arrive in June, and that most of"
        " them would be sent to camps near Dalnerechensk, where the company has worked since"
        " the 1990s, according to Volkov.",
        "The workers live in barracks.",
    ]


@given(st.text(alphabet="ab,\n Z", max_size=40))
def test_sentences_count_line_joins_as_findall_does(text):
    # the join count opens on the line break (speed); it is the old pattern's findall
    assert splitter("en")._joins(text) == len(re.findall(r"[a-z,]\n[a-z]", text))
