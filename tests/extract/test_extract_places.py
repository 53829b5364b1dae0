"""The place matcher on real sentences from ../shared/corpus, plus data-file checks.

Sentences are picked at test time by searching the shared corpus for a short place name;
no article text lives in this file.
"""

from __future__ import annotations

import csv
import importlib.util
import itertools
import re
import sys
from importlib import resources
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from laborwatch.extract.places import (
    _TOKEN_SPLIT,
    _TOKEN_SPLIT_ASCII,
    TOKEN,
    PlaceMention,
    _count_matches,
    find_places,
    gazetteer,
)

REPO = Path(__file__).resolve().parents[2]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def sentence_with(corpus: dict[str, dict], needle: str) -> str:
    """The first corpus sentence containing ``needle`` (the test fails if there is none)."""
    for rec in corpus.values():
        for sent in SENTENCE_END.split(rec["text"]):
            if needle in sent:
                return sent
    pytest.fail(f"no sentence of the shared corpus contains {needle!r}")


def mention(mentions: list[PlaceMention], text: str) -> PlaceMention:
    hits = [m for m in mentions if m.text == text]
    assert hits, f"{text!r} not found among {[m.text for m in mentions]}"
    return hits[0]


@pytest.mark.parametrize(
    ("needle", "span", "codes", "kind"),
    [
        ("Vladivostok", "Vladivostok", ("RU",), "city"),
        ("Dandong", "Dandong", ("CN",), "city"),
        ("Liaoning", "Liaoning Province", ("CN",), "subdivision"),
        ("Jilin province", "Jilin province", ("CN",), "subdivision"),
        ("Hunchun", "Hunchun", ("CN",), "city"),
        ("Yanji", "Yanji", ("CN",), "city"),
        ("Kufra", "Kufra", ("LY",), "subdivision"),
        ("Novosibirsk Oblast", "Novosibirsk Oblast", ("RU",), "subdivision"),
        ("Siberia", "Siberia", ("RU",), "subdivision"),
        ("Russia’s Far East", "Russia’s Far East", ("RU",), "subdivision"),
        ("Donetsk", "Donetsk", ("UA",), "city"),
        ("Donbass", "Donbass", ("UA",), "subdivision"),
        ("Lugansk", "Lugansk", ("UA",), "city"),
        ("eastern Ukraine", "eastern Ukraine", ("UA",), "subdivision"),
        ("Russia-occupied Ukraine", "Russia-occupied Ukraine", ("UA",), "subdivision"),
        ("Southeast Asia", "Southeast Asia", ("M49:035",), "region"),
        ("the Gulf region", "Gulf region", ("M49:145",), "region"),
        ("Equatorial Guinea", "Equatorial Guinea", ("GQ",), "country"),
        ("Mongolia", "Mongolia", ("MN",), "country"),
        ("the UAE", "UAE", ("AE",), "country"),
        ("Emirati", "Emirati", ("AE",), "demonym"),
        ("overseas", "overseas", ("M49:001",), "abroad"),
        ("around 40 countries", "around 40 countries", ("M49:001",), "abroad"),
        ("more than 10 countries", "more than 10 countries", ("M49:001",), "abroad"),
        ("29 countries", "29 countries", ("M49:001",), "abroad"),
        ("Russian region", "Russian", ("RU",), "demonym"),
        ("Russian-occupied", "Russian", ("RU",), "demonym"),
        ("North Korean", "North Korean", ("KP",), "dprk"),
        ("Pyongyang", "Pyongyang", ("KP",), "dprk"),
        ("Seoul", "Seoul", ("KR",), "city"),
        ("European Union", "European Union", ("M49:150",), "region"),
    ],
)
def test_extract_places_corpus_sentence(corpus_records, needle, span, codes, kind):
    sent = sentence_with(corpus_records, needle)
    m = mention(find_places(sent), span)
    assert (m.codes, m.kind) == (codes, kind)


def test_extract_places_joint_destinations(corpus_records):
    sent = sentence_with(corpus_records, "Qatar and the United Arab Emirates")
    found = [(m.text, m.codes) for m in find_places(sent)]
    i = found.index(("Qatar", ("QA",)))
    assert found[i + 1] == ("United Arab Emirates", ("AE",))


@pytest.mark.parametrize("needle", ["Kim Jong Un", "Ju-min Park", "Union workers"])
def test_extract_places_names_are_not_places(corpus_records, needle):
    sent = sentence_with(corpus_records, needle)
    start = sent.index(needle)
    assert not [m for m in find_places(sent) if start <= m.start < start + len(needle)]


def test_extract_places_two_countries_is_not_abroad(corpus_records):
    sent = sentence_with(corpus_records, "working in two countries")
    assert all(m.kind != "abroad" for m in find_places(sent))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Primorsky Krai", [("Primorsky Krai", "RU")]),
        ("Primorye and Khabarovsk Krai", [("Primorye", "RU"), ("Khabarovsk Krai", "RU")]),
        ("the Kursk region", [("Kursk region", "RU")]),
        ("Amur Oblast", [("Amur Oblast", "RU")]),
        ("Heilongjiang and Shandong", [("Heilongjiang", "CN"), ("Shandong", "CN")]),
        ("Russia's Far East", [("Russia's Far East", "RU")]),
        ("the Far East of Russia", [("Far East of Russia", "RU")]),
        ("Russia's workers", [("Russia", "RU")]),
        ("Russia-occupied areas", [("Russia", "RU")]),
        ("Guinea-Bissau", [("Guinea-Bissau", "GW")]),
        ("Papua New Guinea", [("Papua New Guinea", "PG")]),
        ("Guinea", [("Guinea", "GN")]),
        ("the Dominican Republic", [("Dominican Republic", "DO")]),
        ("Dominica", [("Dominica", "DM")]),
        ("Georgia", [("Georgia", "GE")]),
        ("Atlanta, Georgia", [("Atlanta, Georgia", "US")]),
        ("Washington", [("Washington", "US")]),
        ("the U.S. and the U.K.", [("U.S.", "US"), ("U.K.", "GB")]),
        ("South Korea, ROK", [("South Korea", "KR"), ("ROK", "KR")]),
        ("N.Korea, N. Korea, DPRK", [("N.Korea", "KP"), ("N. Korea", "KP"), ("DPRK", "KP")]),
        (
            "Democratic People's Republic of Korea",
            [("Democratic People's Republic of Korea", "KP")],
        ),
        ("Laos, Vietnam, Burma", [("Laos", "LA"), ("Vietnam", "VN"), ("Burma", "MM")]),
        ("Ivory Coast, Czechia", [("Ivory Coast", "CI"), ("Czechia", "CZ")]),
        ("DR Congo", [("DR Congo", "CD")]),
        ("Polish, Laotian, Nigerians", [("Polish", "PL"), ("Laotian", "LA"), ("Nigerians", "NG")]),
        (
            "Middle East, Africa, Europe",
            [("Middle East", "M49:145"), ("Africa", "M49:002"), ("Europe", "M49:150")],
        ),
        ("the Gulf", [("the Gulf", "M49:145")]),
        ("around the world", [("around the world", "M49:001")]),
        ("dozens of countries", [("dozens of countries", "M49:001")]),
        ("Korea", []),
        ("Kim Lee Park Moon Sun Union Republic", []),
        ("Nice day. Reading is fun. Split it.", []),
        ("the two countries", []),
        ("Netumbo Nandi-Ndaitwah", []),
        ("constructionprojectsNovosibirsk Oblast", [("Novosibirsk Oblast", "RU")]),
        ("NKorea sends", [("NKorea", "KP")]),
    ],
)
def test_extract_places_phrases(text, expected):
    assert [(m.text, m.codes[0]) for m in find_places(text)] == expected


# Towns listed by hand in places_extra.yaml ``cities``: each in a sentence written for
# this test (invented facts), found as a city of its country.
SMALL_TOWNS = [
    ("A timber crew from Tynda moved north in March.", "Tynda", "RU"),
    ("Loggers near Chegdomyn were paid in kind.", "Chegdomyn", "RU"),
    ("The port of Vanino shipped coal all winter.", "Vanino", "RU"),
    ("Builders in Sovetskaya Gavan rented a hostel.", "Sovetskaya Gavan", "RU"),
    ("A crane operator left Sovgavan in May.", "Sovgavan", "RU"),
    ("The yard at Bolshoy Kamen hired welders.", "Bolshoy Kamen", "RU"),
    ("The yard at Bolshoi Kamen hired welders.", "Bolshoi Kamen", "RU"),
    ("A brigade in Partizansk laid bricks.", "Partizansk", "RU"),
    ("New flats in Artyom were finished early.", "Artyom", "RU"),
    ("A pulp mill in Amursk took on painters.", "Amursk", "RU"),
    ("Plasterers from Birobidzhan went home.", "Birobidzhan", "RU"),
    ("A ferry left Kholmsk at dawn.", "Kholmsk", "RU"),
    ("The shipyard in Komsomolsk wanted riveters.", "Komsomolsk", "RU"),
    ("Miners in Neryungri asked for warm boots.", "Neryungri", "RU"),
    ("The fish plant at Slavyanka closed.", "Slavyanka", "RU"),
    ("A new berth at Zarubino was planned.", "Zarubino", "RU"),
    ("Trawlers unloaded at Posyet on Friday.", "Posyet", "RU"),
    ("The train crossed the bridge at Khasan.", "Khasan", "RU"),
    ("A depot outside Svobodny needed roofers.", "Svobodny", "RU"),
    ("The smelter in Dalnegorsk reopened.", "Dalnegorsk", "RU"),
    ("A sawmill in Dalnerechensk hired twenty men.", "Dalnerechensk", "RU"),
    ("Joiners in Lesozavodsk made window frames.", "Lesozavodsk", "RU"),
    ("A cement works in Spassk-Dalny ran two shifts.", "Spassk-Dalny", "RU"),
    ("Textile workshops in Helong sewed jackets.", "Helong", "CN"),
    ("Traders in Suifenhe sold cheap radios.", "Suifenhe", "CN"),
    ("A bus runs from Dongning to the border.", "Dongning", "CN"),
    ("A farm near Wangqing grew soybeans.", "Wangqing", "CN"),
    ("Lorries queued at Quanhe before the bridge.", "Quanhe", "CN"),
    ("A power plant in Choibalsan was repaired.", "Choibalsan", "MN"),
    ("Road crews in Jahra worked at night.", "Jahra", "KW"),
    ("Road crews in Al Jahra worked at night.", "Al Jahra", "KW"),
    ("Road crews in Al-Jahra worked at night.", "Al-Jahra", "KW"),
    ("A hotel in Al Khor was being tiled.", "Al Khor", "QA"),
    ("Pipe fitters at Ras Laffan slept in cabins.", "Ras Laffan", "QA"),
    ("Scaffolders in Mesaieed earned little.", "Mesaieed", "QA"),
    ("A casino in Sihanoukville hired cooks.", "Sihanoukville", "KH"),
    ("A statue in Swakopmund was unveiled.", "Swakopmund", "NA"),
    ("Dockers at Walvis Bay went on strike.", "Walvis Bay", "NA"),
    ("Welders in Gdańsk built a hull.", "Gdańsk", "PL"),
]


@pytest.mark.parametrize(("text", "name", "code"), SMALL_TOWNS)
def test_extract_places_small_towns(text, name, code):
    found = [(m.text, m.codes, m.kind) for m in find_places(text)]
    assert found == [(name, (code,), "city")]


@pytest.mark.parametrize(
    "text",
    [
        "Korsakov said the ferry was late.",  # a surname, left out of the towns
        "Vladimir said the ferry was late.",  # a stop word (first name)
        "Hassan said the ferry was late.",  # a stop word; "Khasan" no longer means India
        "Antu is an old rat poison.",  # a word, left out of the towns
    ],
)
def test_extract_places_stop_words_stay_unmatched(text):
    assert find_places(text) == []


def test_extract_places_no_match_across_lines():
    assert [m.text for m in find_places("South\nKorea")] == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_extract_places_spans_are_sound(text):
    found = find_places(text)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for m in found:
        assert text[m.start : m.end] == m.text and m.start < m.end


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Russia",
                "the",
                "Gulf",
                "'s",
                "-",
                "North Korea",
                " ",
                ".",
                "Guinea",
                "40",
                "countries",
                "U.S.",
                "\n",
                "around",
            ]
        )
    )
)
def test_extract_places_spans_are_sound_on_place_words(parts):
    text = " ".join(parts)
    found = find_places(text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    assert all(text[m.start : m.end] == m.text for m in found)


def _tsv_rows() -> list[list[str]]:
    path = resources.files("laborwatch.data").joinpath("places.tsv")
    with path.open(encoding="utf-8") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_extract_places_tsv_is_well_formed():
    rows = _tsv_rows()
    assert rows[0] == ["name", "code", "kind", "population"]
    names = [r[0] for r in rows[1:]]
    assert len(names) == len(set(names)), "one row per name"
    kinds = {r[2] for r in rows[1:]}
    assert kinds == {"country", "subdivision", "city", "region", "demonym", "abroad", "dprk"}
    code = re.compile(r"^(?:[A-Z]{2}|M49:\d{3})$")
    assert all(code.match(r[1]) and (r[3] == "" or r[3].isdigit()) for r in rows[1:])
    path = resources.files("laborwatch.data").joinpath("places.tsv")
    assert path.stat().st_size < 3_000_000  # type: ignore[attr-defined]


def _builder():
    spec = importlib.util.spec_from_file_location(
        "build_gazetteer", REPO / "tools" / "build_gazetteer.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_extract_places_tsv_is_fresh():
    """Every hand-curated name of the YAML files is in the TSV with its code: a YAML edit
    without re-running tools/build_gazetteer.py fails here."""
    builder = _builder()
    tsv = {r[0]: r[1] for r in _tsv_rows()[1:]}
    extra, regions = builder.load_yaml(builder.EXTRA), builder.load_yaml(builder.REGIONS)
    missing = [
        (r.name, r.code) for r in builder.curated_rows(extra, regions) if tsv.get(r.name) != r.code
    ]
    assert not missing, f"re-run tools/build_gazetteer.py: {missing[:5]}"


def test_extract_places_regions_cite_m49():
    with resources.files("laborwatch.data").joinpath("regions.yaml").open(encoding="utf-8") as f:
        text = f.read()
    regions = yaml.safe_load(text)["regions"]
    assert text.count("# UN M49 standard:") >= len(regions)
    assert all(re.match(r"^M49:\d{3}$", r["code"]) for r in regions)


def test_extract_places_gazetteer_is_loaded_once():
    assert gazetteer() is gazetteer()


def test_extract_places_table_read_row_by_row(tmp_path):
    """The gazetteer is built from the rows as they are read, and a malformed table stops
    with a DataFileError that names the fault, not an IndexError or a silent skip."""
    from laborwatch.errors import DataFileError
    from laborwatch.extract.places import Gazetteer, _read_tsv

    good = tmp_path / "good.tsv"
    good.write_text("name\tcode\tkind\nTynda\tRU\tcity\n\nAmur Oblast\tRU\tsubdivision\n")
    g = Gazetteer(_read_tsv(good))
    assert g.lookup("Tynda").codes == ("RU",) and g.lookup("Amur Oblast").kind == "subdivision"
    assert g.lookup("Tynda") is not g.lookup("Amur Oblast")  # two meanings, two entries
    for body, fault in (
        ("place\tcode\tkind\nTynda\tRU\tcity\n", "unexpected header"),
        ("name\tcode\tkind\nTynda\tRU\n", "short row"),
        ("name\tcode\tkind\nTynda\tRU\ttown\n", "unknown kind 'town'"),
        ("", "cannot be read"),
    ):
        bad = tmp_path / "bad.tsv"
        bad.write_text(body)
        with pytest.raises(DataFileError, match=fault):
            Gazetteer(_read_tsv(bad))


def test_extract_places_entries_shared():
    """Names with one meaning share one entry (the table has 45,000 names and far fewer
    meanings): the gazetteer's memory stays that of its names."""
    g = gazetteer()
    entries = list(g.names.values())
    assert len({id(e) for e in entries}) < len(entries) / 5
    assert g.lookup("Vladivostok") is g.lookup("Khabarovsk")  # both ("RU",), city


@given(st.text(alphabet="aZQé9_-. \n\x1cÉßĳ’", max_size=30))
def test_places_split_finds_the_token_pattern_s_tokens(text):
    # the split pattern is written for speed; its tokens are TOKEN's, on any text, and
    # its ASCII twin's are TOKEN's ASCII twin's on ASCII text
    assert _TOKEN_SPLIT.split(text) == re.compile(f"({TOKEN.pattern})").split(text)
    if text.isascii():
        old = re.compile(f"({TOKEN.pattern})", re.ASCII)
        assert _TOKEN_SPLIT_ASCII.split(text) == old.split(text)


_COUNT_WORDS = ["more", "than", "10", "1,200", "twelve", "countries", "nations", "nationsx"]
_COUNT_WORDS += ["other", "Countries", "dozens", "of", "-", ",", "\n", "the", "two", "some"]


@given(st.lists(st.sampled_from(_COUNT_WORDS), max_size=12), st.sampled_from([" ", "", "  "]))
def test_places_count_phrases_scan_stops_after_the_last_noun(words, joiner):
    # the scan stops after the nouns' last occurrence (speed); with a noun put after the
    # text it runs through the whole text, and finds the same phrases there
    text = joiner.join(words)
    cp = gazetteer().count
    whole = [p for p in _count_matches(text + " countries", cp) if p.end <= len(text)]
    assert _count_matches(text, cp) == whole
