"""The bundled sample corpus: well-formed, sourced, paraphrased, and complete on the seeds."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from laborwatch.sample import sample_documents, sample_path

REQUIRED = (
    "id",
    "title",
    "url",
    "published",
    "publisher",
    "language",
    "text",
    "sample",
    "source_note",
)
NGRAM = 8
_URL = re.compile(r"https?://\S+")
_SOURCE_LINE = re.compile(r"^Source: .+, (https?://\S+) \(paraphrased sample\)$")

# Every figure of the five seed articles, by the seed each sample report restates.
# Figures are facts, not text: they must survive the paraphrase exactly.
SEED_FIGURES: dict[str, tuple[str, ...]] = {
    "seed-000": ("1,000", "30", "55%", "2397", "December 2019"),
    "seed-001": ("2371", "Dandong", "Liaoning", "Jilin", "Yanji"),
    "seed-002": ("300", "800 to 1,000", "600 to 700", "six teams", "50", "Nov. 1", "2397"),
    "seed-003": (
        "100,000",
        "2023",
        "500 million",
        "tens of thousands",
        "more than 100,000",
        "400,000",
        "3,000",
        "$250 million to $600 million",
        "40 countries",
    ),
    "seed-004": (
        "28,000",
        "24,200",
        "1,500",
        "700",
        "800",
        "600",
        "130",
        "5,000",
        "3,000",
        "more than 10 countries",
    ),
}


def _records() -> list[dict]:
    with open(sample_path(), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _has_figure(text: str, figure: str) -> bool:
    return re.search(rf"(?<![\w.])(?<!\d,){re.escape(figure)}(?!\w|[,.]\d)", text) is not None


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return _records()


def test_sample_corpus_every_line_is_a_complete_record(records: list[dict]) -> None:
    assert 12 <= len(records) <= 20
    for rec in records:
        missing = [k for k in REQUIRED if rec.get(k) in (None, "")]
        assert not missing, (rec.get("id"), missing)
        assert rec["language"] == "en"
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", rec["published"]), rec["id"]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))


def test_sample_corpus_loads_through_the_package_reader(records: list[dict]) -> None:
    docs = list(sample_documents())
    assert [d.id for d in docs] == [r["id"] for r in records]
    assert all(d.extra.get("sample") == "paraphrased" for d in docs)


def test_sample_corpus_reports_are_short_paraphrased_and_sourced(records: list[dict]) -> None:
    for rec in records:
        assert rec["sample"] == "paraphrased"
        body, _, last = rec["text"].rpartition("\n")
        assert 60 <= len(body.split()) <= 200, rec["id"]
        m = _SOURCE_LINE.match(last)
        assert m, (rec["id"], last)
        assert m.group(1) == rec["url"]
        assert (urlsplit(rec["url"]).hostname or "").endswith(rec["publisher"]), rec["id"]


def test_sample_corpus_copies_no_eight_words_from_the_articles(
    records: list[dict], corpus_records: dict[str, dict]
) -> None:
    seen: set[tuple[str, ...]] = set()
    for art in corpus_records.values():
        toks = _tokens(art["text"] + "\n" + (art.get("title") or ""))
        seen.update(tuple(toks[i : i + NGRAM]) for i in range(len(toks) - NGRAM + 1))
    for rec in records:
        # URLs are citations, not prose: their slugs often repeat a headline.
        toks = _tokens(_URL.sub(" ", rec["title"] + "\n" + rec["text"]))
        copied = [
            " ".join(toks[i : i + NGRAM])
            for i in range(len(toks) - NGRAM + 1)
            if tuple(toks[i : i + NGRAM]) in seen
        ]
        assert not copied, (rec["id"], copied)


def test_sample_corpus_guard_catches_a_copied_sentence(corpus_records: dict[str, dict]) -> None:
    toks = _tokens(corpus_records["seed-004"]["text"])
    seen = {tuple(toks[i : i + NGRAM]) for i in range(len(toks) - NGRAM + 1)}
    copied = _tokens("Russia will get 24,200 workers, while China gets 1,500, and so on")
    assert any(tuple(copied[i : i + NGRAM]) in seen for i in range(len(copied) - NGRAM + 1))


@pytest.mark.parametrize("seed", sorted(SEED_FIGURES))
def test_sample_corpus_restates_every_seed_figure(
    records: list[dict], corpus_records: dict[str, dict], seed: str
) -> None:
    assert seed in corpus_records
    texts = "\n".join(r["text"] for r in records if f"shared corpus id {seed})" in r["source_note"])
    assert texts, f"no sample report restates {seed}"
    missing = [f for f in SEED_FIGURES[seed] if not _has_figure(texts, f)]
    assert not missing, (seed, missing)


def test_sample_corpus_has_reports_the_demo_must_filter_out(records: list[dict]) -> None:
    off_topic = [r for r in records if re.search(r"shared corpus id n\d+\)", r["source_note"])]
    assert 2 <= len(off_topic) <= 3
    years = {r["published"][:4] for r in records}
    assert len(years) >= 6
