"""Is a document about DPRK nationals working abroad? A score in [0, 1] and a decision.

Cheap by design (regexes over sentences, no numbers or places), so irrelevant documents
cost little: features are counts of sentences where a DPRK term meets a labour term,
those that also speak of work abroad, "North Korean workers"-style phrases, and
sentences on other topics (troops, missiles, other nations' migrants); a logistic of
their weighted, capped sum with the weights of ``cues.yaml`` gives the score.
"""

from __future__ import annotations

import bisect
import math
import re

from laborwatch.extract.cues import Cues
from laborwatch.extract.learned import LinearModel
from laborwatch.extract.text import lower
from laborwatch.extract.vocab import phrase_pattern

_ROUGH_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


class RelevanceScorer:
    """Scores relevance with the hand weights of ``cues.yaml``, or with a learned model
    over the same features (``model``: classes irrelevant/relevant, decided at the
    ``threshold`` of its meta, 0.5 by default)."""

    def __init__(self, cues: Cues, model: LinearModel | None = None) -> None:
        rel = cues.relevance
        self.cues = cues
        self.model = model
        self.dprk = re.compile(phrase_pattern(rel["dprk_terms"]))
        dprk, nouns = phrase_pattern(rel["dprk_terms"]), phrase_pattern(rel["worker_phrase_nouns"])
        if "not_after_worker_phrase" in rel:  # "North Korean workers", not "... workers' party"
            self.worker_phrase = re.compile(
                r"(?:" + dprk + r")(?:'s|’s)?[\s-]+(?:[\w-]+\s+){0,2}?(?i:" + nouns + r")"
                r"(?!\s+(?i:" + phrase_pattern(rel["not_after_worker_phrase"]) + r"))"
            )
        else:  # a language's own "North Korean workers" (Korean: no possessive, no hyphen)
            self.worker_phrase = re.compile(
                r"(?:" + dprk + r")\s*(?:[\w-]+\s+){0,2}?(?:" + nouns + ")"
            )
        self.weights: dict[str, float] = rel["weights"]
        self.caps: dict[str, float] = rel["caps"]
        self.bias = float(rel["bias"])
        self.threshold = float(
            model.meta.get("threshold", 0.5) if model is not None else rel["threshold"]
        )

    def features(self, text: str, foreign: list[tuple[int, int]] | None = None) -> dict[str, int]:
        """Capped-count features; ``foreign`` spans are places abroad (not DPRK or ROK).

        Each vocabulary runs once over the whole text; hits are bucketed by sentence.
        """
        terms = self.cues.relevance_terms
        starts = [0] + [m.end() for m in _ROUGH_SENTENCE.finditer(text)]
        low = lower(text)

        def hits(rx: re.Pattern[str], where: str) -> set[int]:
            return {bisect.bisect_right(starts, m.start()) - 1 for m in rx.finditer(where)}

        dprk = hits(self.dprk, text)
        dprk |= {i + 1 for i in dprk}  # the DPRK may be named in the sentence before
        phrases = [
            bisect.bisect_right(starts, m.start()) - 1 for m in self.worker_phrase.finditer(text)
        ]
        # "North Korean workers", "a North Korean restaurant": labour of the DPRK's own
        labor = hits(terms["labor"], low) | set(phrases)
        abroad = hits(terms["abroad"], low) | {
            bisect.bisect_right(starts, a) - 1 for a, _ in foreign or []
        }
        return {
            "labor_abroad_sentences": len(labor & abroad),
            "dprk_labor_sentences": len(dprk & labor),
            "dprk_labor_abroad_sentences": len(dprk & labor & abroad),
            "dprk_worker_phrases": len(phrases),
            "off_topic_sentences": len(hits(terms["off_topic"], low)),
        }

    def has_labor_terms(self, text: str) -> bool:
        return self.cues.relevance_terms["labor"].search(lower(text)) is not None

    def mentions_dprk(self, text: str) -> bool:
        return self.dprk.search(text) is not None

    def score(self, text: str, foreign: list[tuple[int, int]] | None = None) -> float:
        if not self.mentions_dprk(text):
            return 0.0
        f = self.features(text, foreign)
        if self.model is not None:
            return self.model.probabilities(self.model_features(f))["relevant"]
        z = self.bias + sum(self.weights[k] * min(v, self.caps[k]) for k, v in f.items())
        return 1.0 / (1.0 + math.exp(-z))

    def model_features(self, f: dict[str, int]) -> dict[str, float]:
        """The learned model's inputs: each capped count, and whether it is non-zero."""
        out: dict[str, float] = {k: float(min(v, self.caps[k])) for k, v in f.items()}
        out.update({f"{k}>0": 1.0 for k, v in f.items() if v > 0})
        return out

    def is_relevant(self, score: float) -> bool:
        return score >= self.threshold
