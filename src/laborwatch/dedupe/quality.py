"""Pairwise precision and recall of a clustering against reference story labels."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PairScores:
    """Counts of document pairs put together (predicted) or belonging together (truth)."""

    true_pos: int
    false_pos: int
    false_neg: int

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_pos + self.false_neg
        return self.true_pos / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def pairwise_scores(predicted: dict[str, str], truth: dict[str, str | None]) -> PairScores:
    """Score every pair of documents in ``truth``; a ``None`` label is a singleton.

    Counted from the contingency table (pairs inside each cell, row and column), so it
    is linear in the number of documents.
    """
    labels = {
        doc: (label if label is not None else ("\0single", doc)) for doc, label in truth.items()
    }
    cells = Counter((predicted[doc], labels[doc]) for doc in labels)
    pred = Counter(predicted[doc] for doc in labels)
    true = Counter(labels.values())
    tp = sum(_pairs(n) for n in cells.values())
    return PairScores(
        tp, sum(_pairs(n) for n in pred.values()) - tp, sum(_pairs(n) for n in true.values()) - tp
    )


def _pairs(n: int) -> int:
    return n * (n - 1) // 2
