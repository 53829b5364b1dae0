"""Status of a counted group: planned, recruiting, dispatched, present or repatriated.

The cue nearest to the figure in its clause decides (ties by the order in cues.yaml);
else the nearest cue in the sentence; else the previous sentence's last cue when it
speaks of the same workers; else the default (a stock: present).
"""

from __future__ import annotations

import functools
import re

from laborwatch.extract.cues import Cues
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.learned import LinearModel
from laborwatch.extract.numbers import Quantity
from laborwatch.extract.vocab import words


@functools.cache
def _grammar(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a relative aside after a figure, a definite determiner before it), on lower-cased
    text; the words come from ``grammar.yaml``."""
    return (
        re.compile(r",\s*(?:" + words(language, "relative_pronouns", True) + r")[^,;]*(?:,|$)"),
        re.compile(r"(?:" + words(language, "definite_determiners", True) + r")\s+$"),
    )


class StatusFinder:
    def __init__(self, view: DocView, cues: Cues, model: LinearModel | None = None) -> None:
        self.view = view
        self.cues = cues
        self.model = model
        self.relative_aside, self.definite = _grammar(cues.language)
        self.copula = re.compile(words(cues.language, "passive_auxiliaries", True))
        self._sentence_cues: dict[int, list[tuple[int, int, str]]] = {}

    def _all_cues(self, sv: SentenceView) -> list[tuple[int, int, str]]:
        """Every status cue of a sentence (computed once per sentence)."""
        if sv.index not in self._sentence_cues:
            text = self.view.lower[sv.start : sv.end]  # status cues are lower-case patterns
            found = []
            for status in self.cues.status_order:
                for m in self.cues.status[status].finditer(text):
                    found.append((sv.start + m.start(), sv.start + m.end(), status))
            # overlapping cues: the one that reaches further reads the phrase ("sent back"
            # over "sent", "sent home" over "have sent"), then the longer one
            found.sort(key=lambda c: (c[0], c[0] - c[1]))
            kept: list[tuple[int, int, str]] = []
            for cue in found:
                if kept and cue[0] < kept[-1][1]:
                    last = kept[-1]
                    if (cue[1], cue[1] - cue[0]) > (last[1], last[1] - last[0]):
                        kept[-1] = cue
                    continue
                kept.append(cue)
            self._sentence_cues[sv.index] = kept
        return self._sentence_cues[sv.index]

    def _cues_in(
        self, sv: SentenceView, lo: int, hi: int, masks: list[tuple[int, int]]
    ) -> list[tuple[int, int, str]]:
        """(start, end, status) of every cue in text[lo:hi] outside the masked spans."""
        return [
            (s, e, status)
            for s, e, status in self._all_cues(sv)
            if lo <= s and e <= hi and not any(a < e and s < b for a, b in masks)
        ]

    def _nearest(self, cands: list[tuple[int, int, str]], q: Quantity) -> str | None:
        if not cands:
            return None
        order = {s: i for i, s in enumerate(self.cues.status_order)}

        def key(c: tuple[int, int, str]) -> tuple[int, int]:
            dist = q.start - c[1] if c[1] <= q.start else c[0] - q.end
            return (max(dist, 0), order[c[2]])

        best = min(cands, key=key)
        # "plans to employ thousands": a plan that governs the nearest verb decides
        for _s, e, status in cands:
            if status == "planned" and e <= best[0] and best[0] - e <= 12:
                return "planned"
        # "would leave next month", "will be sent": a modal makes any status a plan
        if best[2] != "planned" and self.cues.future_modal.search(
            self.view.lower[max(0, best[0] - 25) : best[0]]
        ):
            return "planned"
        # "is earmarked", "are expected to", "were sent": the participle after a copula
        if best[2] == "present" and self.copula.fullmatch(self.view.lower, best[0], best[1]):
            for s, _e, status in sorted(cands):
                if status != "present" and 0 <= s - best[1] <= 12:
                    return status
        return best[2]

    def status(self, sv: SentenceView, q: Quantity, head_end: int | None = None) -> str:
        """The status of the figure ``q`` (whose noun phrase ends at ``head_end``): the
        rules' answer, or the learned model's over the rule features when one is set."""
        found, branch = self._rule(sv, q, head_end)
        if self.model is None:
            return found
        return self.model.predict(self.features(sv, q, head_end, found, branch))

    def features(
        self,
        sv: SentenceView,
        q: Quantity,
        head_end: int | None = None,
        found: str | None = None,
        branch: str | None = None,
    ) -> dict[str, float]:
        """General cue features of one figure's status: the rules' answer and the branch
        that gave it, which status cues sit before/after the figure in its clause, in the
        rest of the sentence and in the sentence before, and the modal/relative/level
        signals (never the words of the sentence)."""
        if found is None or branch is None:
            found, branch = self._rule(sv, q, head_end)
        text = self.view.lower
        head_end = max(head_end or q.end, q.end)
        f: dict[str, float] = {
            f"rule={found}": 1.0,
            f"branch={branch}": 1.0,
            f"rule={found}&branch={branch}": 1.0,
        }
        masks = [(x.start, x.end) for x in sv.quantities]
        lo, hi = sv.clause_of(q.core_start)
        windows = (
            ("clause_before", self._cues_in(sv, lo, q.start, masks)),
            ("clause_after", self._cues_in(sv, head_end, hi, masks)),
            ("sentence_before", self._cues_in(sv, sv.start, lo, masks)),
            ("sentence_after", self._cues_in(sv, hi, sv.end, masks)),
        )
        for name, cands in windows:
            for _s, _e, status in cands:
                f[f"{name}:{status}"] = 1.0
            if cands:
                s, _e, status = (
                    max(cands) if name.endswith("before") else min(cands)
                )  # the one nearest to the figure
                f[f"{name}_nearest:{status}"] = 1.0
                if self.cues.future_modal.search(text[max(0, s - 25) : s]):
                    f[f"{name}_modal"] = 1.0
        if sv.index > 0:
            prev = self.view.sentences[sv.index - 1]
            pm = [(x.start, x.end) for x in prev.quantities]
            for _s, _e, status in self._cues_in(prev, prev.start, prev.end, pm):
                f[f"previous:{status}"] = 1.0
        if self.cues.future_modal_after.match(text, head_end):
            f["modal_after_figure"] = 1.0
        if self.cues.reduced_relative.match(text, head_end):
            f["descriptive_participle"] = 1.0
        if self.cues.level_before.search(text, sv.start, q.start):
            f["level_before"] = 1.0
        if self.definite.search(text, max(sv.start, q.start - 12), q.start):
            f["definite_before"] = 1.0
        if q.qualifier in ("at_least", "at_most", "vague"):
            f[f"qualifier={q.qualifier}"] = 1.0
        return f

    def _rule(self, sv: SentenceView, q: Quantity, head_end: int | None = None) -> tuple[str, str]:
        """The rules' status of ``q`` and the branch that decided it."""
        masks = [(x.start, x.end) for x in sv.quantities]
        text = self.view.lower
        head_end = max(head_end or q.end, q.end)
        # "Some 2,000 builders will restore the bridges": a modal after the figure is a plan
        # (not for a group already known: "The 38-member team will provide care")
        if self.cues.future_modal_after.match(text, head_end) and not self.definite.search(
            text, max(sv.start, q.start - 12), q.start
        ):
            return "planned", "modal_after"
        # "1,500 labourers sent to the Amur region went on strike": the participle right
        # after the noun describes the group; the main verb after it decides
        relative = self.cues.reduced_relative.match(text, head_end)
        if relative:
            masks.append((head_end, head_end + relative.end() - relative.start()))
        lo, hi = sv.clause_of(q.core_start)
        own = self._cues_in(sv, lo, hi, masks)
        if relative and not [c for c in own if c[0] >= head_end]:
            return self.cues.default_status, "relative"  # a group described by its dispatch
        if self.cues.level_before.search(text, sv.start, q.start):
            return self.cues.default_status, "level"  # "decreased from 34,000 to 11,000"
        found = self._nearest(own, q)
        if found:
            return found, "clause"
        in_sentence = self._cues_in(sv, sv.start, sv.end, masks)
        found = self._nearest([c for c in in_sentence if c[1] <= q.start], q)
        if found:
            return found, "sentence_before"
        # "Some 50,000 workers, mainly stationed in Russia, send money home": the figure's
        # own predicate after it (up to the next figure) comes before any earlier sentence
        nxt = min([o.start for o in sv.quantities if o.start > q.end] or [sv.end])
        asides = [(m.start(), m.end()) for m in self.relative_aside.finditer(text, q.end, nxt)]
        found = self._nearest(
            [
                c
                for c in in_sentence
                if q.end <= c[0] and c[1] <= nxt and not any(a <= c[0] < b for a, b in asides)
            ],
            q,
        )
        if found:
            return found, "predicate_after"
        if sv.index > 0:
            prev = self.view.sentences[sv.index - 1]
            body = self.view.sentence_text(prev)
            noun = self.cues.worker_nouns.search(body) or self.cues.people_nouns.search(body)
            if noun:
                after = prev.start + noun.end()
                masks = [(x.start, x.end) for x in prev.quantities]
                cands = [c for c in self._cues_in(prev, after, prev.end, masks)]
                if cands:  # the verb that follows the workers: "medical workers arrived"
                    return min(cands, key=lambda c: c[0])[2], "previous"
        found = self._nearest(in_sentence, q)
        if found:
            return found, "sentence"
        return self.cues.default_status, "default"
