"""A synthetic news stream for the ingest benchmark, built from real sentences.

Sentences of the shared corpus (``../shared/corpus``) are cut in two at a word boundary
and recombined (the head of one with the tail of another), one word in four is swapped
for a word drawn from the corpus (so unrelated articles share no more wording than real
unrelated news does: the corpus has only ~600 sentences to draw from), figures are
redrawn, and 6-14 such sentences make an article. About one article in five is a
syndicated copy of a recent one: other boilerplate, a shorter excerpt, a few words
changed. Every document knows its true story, so clustering can be scored. Streams;
nothing is kept but a ring of recent originals.
"""

from __future__ import annotations

import json
import random
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from laborwatch.model import Document

PUBLISHERS = (
    "dailynk.com",
    "nknews.org",
    "rfa.org",
    "en.yna.co.kr",
    "reuters.com",
    "apnews.com",
    "scmp.com",
    "tass.com",
    "thediplomat.com",
    "koreatimes.co.kr",
)
HEADERS = (
    "By Staff Reporter | Updated {d}",
    "SEOUL, {d} (Yonhap) --",
    "Kuwait Times - FRONT PAGE -",
    "Share this article",
    "{d} | World News",
)
FOOTERS = (
    "Subscribe to our newsletter for daily updates.",
    "Copyright (c) all rights reserved.",
    "Read more: related coverage on our site.",
    "",
)
_SENT = re.compile(r"(?<=[.!?])\s+|(?<=[a-z][.!?])(?=[A-Z])|\n+")
_FIG = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")


def real_sentences(shared: Path) -> list[list[str]]:
    """Sentences (as word lists) of every shared article, 8 to 40 words long."""
    out = []
    for name in ("seeds.jsonl", "dev.jsonl"):
        with (shared / "corpus" / name).open(encoding="utf-8") as f:
            for line in f:
                for sent in _SENT.split(json.loads(line)["text"]):
                    words = sent.split()
                    if 8 <= len(words) <= 40:
                        out.append(words)
    return out


@dataclass(frozen=True, slots=True)
class Generated:
    document: Document
    story: str  # the true story (the original's id)


class StreamMaker:
    """Deterministic (seeded) stream of articles and syndicated copies."""

    def __init__(self, shared: Path, seed: int = 7, copy_rate: float = 0.2) -> None:
        self.rng = random.Random(seed)
        self.sentences = real_sentences(shared)
        self.words = [w for s in self.sentences for w in s]
        self.copy_rate = copy_rate
        self.recent: deque[Generated] = deque(maxlen=2000)

    def sentence(self) -> str:
        rng = self.rng
        a, b = rng.choice(self.sentences), rng.choice(self.sentences)
        words = a[: rng.randint(3, len(a) - 3)] + b[rng.randint(3, len(b) - 3) :]
        words = [rng.choice(self.words) if rng.random() < 0.25 else w for w in words]
        text = " ".join(words)
        return _FIG.sub(lambda _m: f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}", text)

    def original(self, i: int) -> Generated:
        rng = self.rng
        body = [self.sentence() for _ in range(rng.randint(6, 14))]
        year = rng.randint(2015, 2025)
        doc = Document(
            id=f"doc-{i:07d}",
            text=body[0] + "\n\n" + " ".join(body[1:]),
            title=body[0][:80],
            publisher=rng.choice(PUBLISHERS),
            published=f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            url=f"https://news.example/{i}",
        )
        return Generated(doc, doc.id)

    def copy(self, i: int, of: Generated) -> Generated:
        rng = self.rng
        src = of.document
        words = src.text.split(" ")
        keep = words[: max(20, int(len(words) * rng.uniform(0.5, 1.0)))]
        for _ in range(rng.randint(0, 3)):
            keep[rng.randrange(len(keep))] = rng.choice(("reportedly", "said", "the", "N."))
        header = rng.choice(HEADERS).format(d=src.published)
        text = f"{header}\n{' '.join(keep)}\n{rng.choice(FOOTERS)}".strip()
        doc = Document(
            id=f"doc-{i:07d}",
            text=text,
            title=src.title,
            publisher=rng.choice(PUBLISHERS),
            published=src.published,
            url=f"https://copy.example/{i}",
        )
        return Generated(doc, of.story)

    def stream(self, n: int) -> Iterator[Generated]:
        for i in range(n):
            if self.recent and self.rng.random() < self.copy_rate:
                yield self.copy(i, self.rng.choice(self.recent))
            else:
                item = self.original(i)
                self.recent.append(item)
                yield item
