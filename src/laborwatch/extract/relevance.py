"""Is a document about DPRK nationals working abroad? A score in [0, 1] and a decision.

Cheap by design (regexes over sentences, no numbers or places), so irrelevant documents
cost little: features are counts of sentences where a DPRK term meets a labour term,
those that also speak of work abroad, "North Korean workers"-style phrases, and
sentences on other topics (troops, missiles, other nations' migrants); a logistic of
their weighted, capped sum with the weights of ``cues.yaml`` gives the score.
"""

from __future__ import annotations

import math
import re

from laborwatch.extract.cues import Cues
from laborwatch.extract.vocab import phrase_pattern

_ROUGH_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


class RelevanceScorer:
    def __init__(self, cues: Cues) -> None:
        rel = cues.relevance
        self.cues = cues
        self.dprk = re.compile(phrase_pattern(rel["dprk_terms"]))
        self.worker_phrase = re.compile(
            r"(?:" + phrase_pattern(rel["dprk_terms"]) + r")(?:'s)?\s+(?:[\w-]+\s+){0,2}?"
            r"(?:workers|laborers|labourers|labor|labour|medics|doctors|builders|loggers|"
            r"employees|workforce)\b"
        )
        self.weights: dict[str, float] = rel["weights"]
        self.caps: dict[str, float] = rel["caps"]
        self.bias = float(rel["bias"])
        self.threshold = float(rel["threshold"])

    def features(self, text: str, foreign: list[tuple[int, int]] | None = None) -> dict[str, int]:
        """Capped-count features; ``foreign`` spans are places abroad (not DPRK or ROK)."""
        terms = self.cues.relevance_terms
        f = dict.fromkeys(self.weights, 0)
        spans = sorted(foreign or [])
        pos = 0
        prev_dprk = False
        for sentence in _ROUGH_SENTENCE.split(text):
            start = text.find(sentence, pos) if sentence else pos
            pos = start + len(sentence)
            if not sentence:
                continue
            here = self.dprk.search(sentence) is not None
            dprk, prev_dprk = here or prev_dprk, here  # the DPRK may be named just before
            labor = terms["labor"].search(sentence) is not None
            abroad = terms["abroad"].search(sentence) is not None or any(
                start <= a < pos for a, _ in spans
            )
            if labor and abroad:
                f["labor_abroad_sentences"] += 1
            if dprk and labor:
                f["dprk_labor_sentences"] += 1
                if abroad:
                    f["dprk_labor_abroad_sentences"] += 1
            f["dprk_worker_phrases"] += len(self.worker_phrase.findall(sentence))
            if terms["off_topic"].search(sentence):
                f["off_topic_sentences"] += 1
        return f

    def mentions_dprk(self, text: str) -> bool:
        return self.dprk.search(text) is not None

    def score(self, text: str, foreign: list[tuple[int, int]] | None = None) -> float:
        if not self.mentions_dprk(text):
            return 0.0
        f = self.features(text, foreign)
        z = self.bias + sum(self.weights[k] * min(v, self.caps[k]) for k, v in f.items())
        return 1.0 / (1.0 + math.exp(-z))

    def is_relevant(self, score: float) -> bool:
        return score >= self.threshold
