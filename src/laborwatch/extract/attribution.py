"""Who says so: the source a sentence attributes its figure to, as written.

"according to X", "X said/told/estimated ...", "..., said X". The phrase is cut at the
clause boundary and kept to a dozen words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from laborwatch.extract.cues import Cues, per_cue_set
from laborwatch.extract.document import DocView, SentenceView
from laborwatch.extract.scan import Folding
from laborwatch.extract.vocab import phrase_pattern, word_list, word_set, words

MAX_WORDS = 12
SPEAKER_HEAD_WORDS = 3  # words of a lower-case subject read for a document's noun
PASSIVE_REACH = 80  # characters after "was quoted" that may hold "as saying"
ASIDE_WORDS = 6  # words kept of an aside after a source's name
STRIP = " ,.;:\"'()[]-"
NAME = re.compile(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}")  # "Hong Min", "Kim Jae-won"
AGENT_CUT = re.compile(r",|;|\bthat\b|$")  # where a passive verb's agent ends
NEXT_WORD = re.compile(r"\s+([a-z]+)\b")  # the lower-case word after a verb
DIGIT = re.compile(r"\d")  # a figure, not a speaker: "..., said some 30,000 ..."
_CLAUSE_CUT = re.compile(r",|;|$")  # where an opener's phrase ends
_INVERTED_CUT = re.compile(r",|\.$|;|$")  # where a speaker after its verb ends
_Placed = tuple[int, int, tuple[str, ...]]  # a place's start, end and country codes


@dataclass(frozen=True)
class _Grammar:
    determiners: frozenset[str]  # lower-case words that may open a speaker phrase
    leading: re.Pattern[str]  # "and", "however" before a speaker
    trailing: re.Pattern[str]  # "on Monday", "last week" after a speaker
    passive: re.Pattern[str]  # "3,000 North Koreans are (estimated)"
    adjectival: re.Pattern[str]  # "an (estimated) $260 million"
    tails: re.Pattern[str]  # "sources have (told)"
    impersonal: re.Pattern[str]  # "It's (estimated)"
    names_someone: re.Pattern[str]  # "per Darusman's report", not "per year"
    weekday: re.Pattern[str]
    weekday_words: tuple[str, ...]  # the first words of the weekdays: one is in each match
    speaker_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]  # "they (estimate)"
    asides: frozenset[str]  # "however", "also" between a subject and its verb
    plural_nouns: frozenset[str]  # "data": plural without an -s
    passive_speech: frozenset[str]  # "(was) quoted ... as saying"
    passive_tail: re.Pattern[str]  # "as saying"
    agent_after: re.Pattern[str]  # "published (by)": a participle, not the main verb
    non_speakers: frozenset[str]
    subject_opener: re.Pattern[str]
    subordinator: re.Pattern[str]  # "(after) the Red Cross identified": the speaker after it
    clause_break: re.Pattern[str]  # ", " / "; " / '" ' before a subject
    relative: re.Pattern[str]  # "Human rights groups (that) have monitored ..."
    relative_aside: re.Pattern[str]  # "Qatar, (which) hosts the World Cup, said"
    gerund_clause: re.Pattern[str]  # "Speaking on condition of anonymity ..."
    gerund_aside: re.Pattern[str]  # "An official, (speaking on condition of anonymity,) said"
    agent_lead: re.Pattern[str]  # '"Invisible Hands" (by) HRNK found'
    author_aside: re.Pattern[str]  # "A report by HRNK, (written by Ann Lee,) found"; "released on"
    bare_tail: re.Pattern[str]  # nothing but "has" between an aside and its verb
    dash: re.Pattern[str]  # "Jobsplus—a government agency": an aside ends the source
    documents: frozenset[str]  # "citing intelligence reports": a document speaks
    images: frozenset[str]  # "satellite images (analysed by CSIS) show"
    strict_openers: frozenset[str]  # openers whose phrase must name a speaker ("citing")
    speaking_bodies: frozenset[str]  # "citing the spy (agency)": a body speaks
    inverted_stops: frozenset[str]  # "..., said (in) a report": no speaker after the verb
    role_stops: frozenset[str]  # "factories (in) Liaoning Province": no role before a name
    relay_openers: frozenset[str]  # "Citing the NIS, Yonhap reported": the NIS first
    trailing_relay: re.Pattern[str]  # "..., RFA reported on February 6." ends the sentence
    inversion_verbs: frozenset[str]  # "..., said the ministry": the speaker after its verb
    noun_head: re.Pattern[str]  # "member (states)": the verb is a noun
    name_function_words: frozenset[str]  # "of", "for" inside a proper name
    appositive: re.Pattern[str]  # ", a researcher at KINU" after a person's name
    adjectival_reach: int | None  # the longest article, in characters (None: unbounded)
    noun_head_reach: int | None  # the longest noun head, in characters (None: unbounded)


@functools.cache
def _grammar(language: str) -> _Grammar:
    """The attribution patterns of ``language``; its words come from ``grammar.yaml``."""
    articles = words(language, "adjectival_articles")
    return _Grammar(
        determiners=word_set(language, "speaker_determiners"),
        leading=re.compile(r"^(?:" + words(language, "leading_connectives") + r")\s*", re.I),
        trailing=re.compile(
            r"\s+(?:" + words(language, "trailing_time_words") + r")\s*(?:\w+)?$", re.I
        ),
        passive=re.compile(r"(?:" + words(language, "passive_auxiliaries") + r")$", re.I),
        adjectival=re.compile(r"(?:" + articles + r")\s+$", re.I),
        tails=re.compile(r"(?:\s+(?:" + words(language, "subject_tails") + r"))+$", re.I),
        impersonal=re.compile(r"^(?:" + words(language, "impersonal_subjects") + ")", re.I),
        names_someone=re.compile(r"^\s+(?:(?i:" + articles + r")\s+)?[A-Z]"),
        weekday=re.compile(
            r"(?:(?:"
            + words(language, "weekday_prepositions")
            + r")\s+)?(?:"
            + words(language, "weekdays")
            + r").*$"
        ),
        weekday_words=tuple(w.split()[0] for w in word_list(language, "weekdays") if w.split()),
        speaker_pronouns=word_set(language, "speaker_pronouns"),
        plural_pronouns=word_set(language, "plural_pronouns"),
        asides=word_set(language, "leading_connectives") | word_set(language, "subject_tails"),
        plural_nouns=word_set(language, "plural_nouns"),
        passive_speech=word_set(language, "passive_speech_verbs"),
        agent_lead=re.compile(r"^(?:" + words(language, "agent_prepositions") + r")\s+"),
        agent_after=re.compile(r"\s+(?:" + words(language, "agent_prepositions") + r")\b", re.I),
        passive_tail=re.compile(r"\b(?:" + words(language, "passive_speech_tails") + r")\b", re.I),
        non_speakers=word_set(language, "non_speaker_pronouns"),
        subject_opener=re.compile(words(language, "subject_openers", True) + r"\s+"),
        subordinator=re.compile(r"\b(?:" + words(language, "subject_subordinators") + r")\s+"),
        clause_break=re.compile(r'[,;]\s|"\s'),
        relative=re.compile(
            r"^\s*((?:\S+\s+){0,3}?\S+)\s+(?:" + words(language, "speaker_relatives") + r")\s",
            re.I,
        ),
        relative_aside=re.compile(r"^\s*(?:" + words(language, "speaker_relatives") + r")\b", re.I),
        gerund_clause=re.compile(r"^[A-Z][a-z]+ing\s+[a-z]"),
        gerund_aside=re.compile(r"^\s*[a-z]+ing\s+[a-z]"),
        author_aside=re.compile(
            r"^\s*[a-z]+(?:ed|en)\s+(?:" + words(language, "author_aside_openers") + r")\s"
        ),
        bare_tail=re.compile(r"\s*(?:(?:" + words(language, "subject_tails") + r")\s+)*$", re.I),
        dash=re.compile(r"\s[-–—]\s|[–—]"),
        documents=word_set(language, "document_nouns"),
        images=word_set(language, "image_nouns"),
        strict_openers=word_set(language, "strict_attribution_openers"),
        speaking_bodies=word_set(language, "speaking_body_nouns"),
        role_stops=word_set(language, "role_title_stops"),
        inverted_stops=word_set(language, "inverted_non_openers"),
        relay_openers=word_set(language, "relay_openers"),
        inversion_verbs=word_set(language, "inversion_verbs"),
        name_function_words=word_set(language, "name_function_words"),
        appositive=re.compile(r",\s+((?:" + articles + r")\s+[a-z][^,;.]*)"),
        noun_head=re.compile(r"\b(?:" + words(language, "speech_noun_heads") + r")\s+$", re.I),
        adjectival_reach=_reach(language, "adjectival_articles"),
        noun_head_reach=_reach(language, "speech_noun_heads"),
        trailing_relay=re.compile(
            r"^\s*(?:(?:"
            + words(language, "trailing_time_words")
            + r")(?:\s+[\w.]+){0,2}|(?:"
            + words(language, "weekdays")
            + r"))?"
            r"\s*[.!?\"']*\s*$",
            re.I,
        ),
    )


@dataclass(frozen=True)
class _CueSets:
    """What an attribution finder takes from its cues, built once per Cues."""

    speaker_nouns: frozenset[str]  # lower-cased
    weak_openers: frozenset[str]  # lower-cased
    speech: Folding  # the openers and the speech verbs, run on a lower-cased copy if both fold
    plural_verbs: frozenset[str]  # lower-cased: "estimate" speaks after "officials" only


def _reach(language: str, key: str) -> int | None:
    """How far back from its end a match of the one-word list ``key`` can start (its
    longest word), or None when a phrase of it spans words (whitespace-flexible)."""
    items = word_list(language, key)
    if any(len(w.split()) != 1 for w in items):
        return None
    return max((len(w) for w in items), default=0)


def _ends_with(rx: re.Pattern[str], reach: int | None, body: str, stop: int) -> bool:
    r"""``rx.search(body, 0, stop)`` for a pattern of words then ``\s+$``: a match ends its
    words where the whitespace before ``stop`` begins, so only the ``reach`` characters
    before that are searched (a word boundary still sees the character before them)."""
    if reach is None:
        return rx.search(body, 0, stop) is not None
    k = stop
    while k > 0 and body[k - 1].isspace():
        k -= 1
    if k == stop:
        return False  # no whitespace before the verb
    return rx.search(body, max(0, k - reach), stop) is not None


def _regular_plural(word: str) -> bool:
    """Does a (lower-cased) word read as a regular plural ("officials"; not "gas")?"""
    return len(word) > 3 and word.endswith("s")


@per_cue_set
def _cue_sets(cues: Cues) -> _CueSets:
    """The word sets and openers/speech-verb patterns of ``cues``, built once."""
    openers, verbs = cues.attribution_openers, cues.speech_verbs
    plural = [str(w) for w in cues.raw.get("plural_speech_verbs", [])]
    extra = plural + [str(w) for w in cues.raw.get("speech_phrases", [])]
    if extra:  # "officials estimate", "Estimates by KDI put the number at"
        verbs = re.compile(verbs.pattern + "|" + phrase_pattern(extra), verbs.flags)
    made = _CueSets(
        speaker_nouns=frozenset(w.lower() for w in cues.raw.get("speaker_nouns", [])),
        weak_openers=frozenset(w.lower() for w in cues.raw.get("weak_attribution_openers", [])),
        speech=Folding([openers, verbs]),
        plural_verbs=frozenset(w.lower() for w in plural),
    )
    return made


class AttributionFinder:
    def __init__(self, view: DocView, cues: Cues) -> None:
        self.view = view
        self.cues = cues
        self.g = _grammar(cues.language)
        self._cache: dict[int, str | None] = {}
        self._verbs: dict[int, list[re.Match[str]]] = {}  # sentence -> its speech verbs
        sets = _cue_sets(cues)
        self.speaker_nouns, self.weak_openers = sets.speaker_nouns, sets.weak_openers
        self.plural_verbs = sets.plural_verbs
        # openers and speech verbs, run on the lower-cased copy when the text allows it
        self._cue_text, (self.openers, self.speech_verbs) = sets.speech.on(view.text)

    def attribution(self, sv: SentenceView) -> str | None:
        if sv.index not in self._cache:
            self._cache[sv.index] = self._find(sv)
        return self._cache[sv.index]

    def speaker_from(self, sv: SentenceView, lo: int) -> str | None:
        """The speaker of the first speech verb at or after ``lo`` (an offset in the
        sentence), as written: the speaker of a later part of the sentence."""
        found = self._speaker(sv, self.view.text[sv.start : sv.end], lo)
        return found[0] if found else None

    def _speaker_like(self, phrase: str) -> bool:
        """A name, a determiner phrase ("the officials"), a source noun ("sources"), a
        pronoun standing for a speaker ("they"); not a clause ("Speaking on condition ...")."""
        first = phrase.split()[0].lower()
        if self.g.gerund_clause.match(phrase):
            return False
        head = [w.lower() for w in phrase.split()[:SPEAKER_HEAD_WORDS]]
        return (
            phrase[0].isupper()
            or first in self.g.determiners
            or first in self.speaker_nouns
            or first in self.g.speaker_pronouns
            # "satellite images analysed by CSIS (show)", "migration data (show)"
            or any(w in self.g.documents or w in self.g.images for w in head)
            or self._titled_name(phrase)
        )

    def _passive_agent(self, sv: SentenceView, body: str, before: str, at: int) -> str | None:
        """The agent of an impersonal passive speech verb ("It is estimated by X that"):
        the words after "by" up to "that" or the clause's end."""
        aux = self.g.passive.search(before.rstrip())
        if not aux or not self.g.impersonal.match(before.strip()):
            return None
        by = self.g.agent_after.match(body, at)
        assert by is not None
        cut = AGENT_CUT.search(body, by.end())
        stop = cut.start() if cut else len(body)
        phrase = self._clean(self.view.document.text[sv.start + by.end() : sv.start + stop])
        return phrase if phrase and self._speaker_like(phrase) else None

    def _noun_then_verb(self, body: str, at: int) -> bool:
        """Is the word after a document noun read as a verb ("documents") a participle or a
        plural verb ("filed", "show"), so that the noun is the subject?"""
        m = NEXT_WORD.match(body, at)
        if m is None:
            return False
        return m.group(1).endswith("ed") or m.group(1) in self.plural_verbs

    def _titled_name(self, phrase: str) -> bool:
        """A role title of one or two lower-case words before a person's name ("lawmaker
        Yoo Sang-bum", "opposition lawmaker Kim Ki-hyun")."""
        name = NAME.search(phrase)
        if not name or name.end() != len(phrase):
            return False
        title = phrase[: name.start()].split()
        return 0 < len(title) <= 2 and all(
            w.isalpha() and w.islower() and w not in self.g.role_stops for w in title
        )

    def _names_a_speaker(self, phrase: str) -> bool:
        """What a strict opener ("citing") must be followed by: a name, a source or a
        document ("citing intelligence reports"), not a cause ("citing a shortage")."""
        head = [w.strip(STRIP) for w in phrase.lower().split()[:4]]
        return phrase[0].isupper() or any(
            w in self.g.documents
            or w in self.speaker_nouns
            or f"{w}s" in self.speaker_nouns
            or w in self.g.speaking_bodies
            for w in head
        )

    def _clean(self, phrase: str) -> str | None:
        if any(w in phrase for w in self.g.weekday_words):  # (case-sensitive, as the pattern)
            phrase = self.g.weekday.sub("", phrase)
        phrase = phrase.strip(STRIP)
        phrase = self.g.leading.sub("", phrase).strip(STRIP)
        words = phrase.split()
        if not words or len(words) > MAX_WORDS:
            return None
        phrase = self.g.trailing.sub("", " ".join(words)).strip(STRIP)
        phrase = self.g.tails.sub("", phrase).strip(STRIP)
        if phrase.lower() in self.g.speaker_pronouns:
            return phrase  # a speaker named before: "they said"
        if phrase.lower() in self.g.non_speakers:
            return None
        if self.g.passive.search(phrase) or self.g.impersonal.match(phrase):
            return None  # "3,000 North Koreans are (estimated)", "It's (estimated)"
        return phrase or None

    def _find(self, sv: SentenceView) -> str | None:
        text = self.view.document.text
        norm = self.view.text
        body = norm[sv.start : sv.end]
        for m in self.openers.finditer(self._cue_text[sv.start : sv.end]):
            opener = m.group(0).lower()
            if opener in self.weak_openers and not self.g.names_someone.match(body[m.end() :]):
                continue
            rest = body[m.end() :]
            cut = _CLAUSE_CUT.search(rest)
            stop = cut.start() if cut else len(rest)
            lo, hi = sv.start + m.end(), sv.start + m.end() + stop
            dash = self.g.dash.search(text, lo, hi)
            phrase = self._clean(text[lo : dash.start() if dash else hi])
            if phrase and dash:  # "figures provided by Jobsplus—a government agency—..."
                close = self.g.dash.search(text, dash.end(), hi)
                aside = text[dash.end() : close.start() if close else hi].split()[:ASIDE_WORDS]
                phrase = f"{phrase}, {' '.join(aside)}" if aside else phrase
            if phrase and not dash:  # "according to Hong Min, a researcher at KINU,"
                phrase = self._with_aside(phrase, text, hi, sv.end)
            if phrase and opener in self.g.strict_openers and not self._names_a_speaker(phrase):
                continue  # "citing labour shortages"
            if phrase:
                # "According to X, defectors claim ...": the inner speaker stated it first,
                # unless it only relays X at the end ("..., RFA reported on Monday.")
                first = m.start() == 0 and opener not in self.g.relay_openers
                inner = self._speaker(sv, body, m.end() + stop) if first else None
                return inner[0] if inner and not inner[1] else phrase
            break
        found = self._speaker(sv, body, 0)
        return found[0] if found else None

    def _subject(self, before: str, places: list[_Placed]) -> tuple[int, int]:
        """Where the subject of a speech verb lies in ``before`` (the text up to the verb):
        the words since the last clause break; a name with an aside ("Alexei Kolmakov,
        head of the regional ministry, said") keeps both, a relative aside ("Qatar, which
        hosts the World Cup, said") only the name; a long subject keeps its head before a
        relative clause ("Human rights groups that have monitored ...") or its words after
        "what" ("... generate what the panel estimated")."""
        breaks = list(self.g.clause_break.finditer(before))
        while breaks and self._place_pair(before, breaks[-1], places):
            breaks.pop()  # "a source in Hunchun, Jilin Province told": one place
        lo = breaks[-1].end() if breaks else 0
        if self.g.bare_tail.match(before, lo) and len(breaks) >= 2:
            start = breaks[-3].end() if len(breaks) >= 3 else 0
            head = before[start : breaks[-2].start()]
            aside = before[breaks[-2].end() : breaks[-1].start()]
            relative = (  # "who declined to be named", "speaking on condition of anonymity"
                self.g.relative_aside.match(aside) is not None
                or self.g.gerund_aside.match(aside) is not None
            )
            bare = self._undetermined(head)  # "the Asan Institute ..., a think tank, said"
            if bare[:1].isupper() and (
                len(bare.split()) <= 4
                or self._a_name(bare)
                # "A Chinese official in Dandong, who declined to be named, said"
                or (relative and len(head.split()) <= MAX_WORDS)
                # "The governor of X, Dmitry Demeshin, said"
                or (NAME.fullmatch(aside.strip()) and len(head.split()) <= MAX_WORDS)
                # "A report by the Committee for ..., written by Ann Lee, found"
                or (self.g.author_aside.match(aside) and len(head.split()) <= MAX_WORDS)
            ):
                if relative or (
                    self.g.author_aside.match(aside)
                    and self.g.agent_after.search(head)
                    and self.g.agent_after.search(aside)
                ):
                    return start, breaks[-2].start()  # a document's publisher, not its writer
                return start, self._aside_end(before, head, breaks[-2].end(), breaks[-1].start())
        subject = before[lo:]
        if len(subject.split()) > MAX_WORDS:
            named = self.g.relative.match(subject)
            if named and named.group(1)[:1].isupper() and len(named.group(1).split()) <= 4:
                return lo + named.start(1), lo + named.end(1)
            openers = list(self.g.subject_opener.finditer(subject))
            if openers:
                return lo + openers[-1].end(), len(before)
        return lo + self._after_subordinator(subject), len(before)

    def _undetermined(self, head: str) -> str:
        """A subject without the article it opens with, when a capitalised word follows."""
        words = head.split(None, 1)
        if len(words) == 2 and words[0].lower() in ("the",) and words[1][:1].isupper():
            return words[1]
        return head.strip()

    def _after_subordinator(self, subject: str) -> int:
        """Where a subject that cannot be a speaker itself starts after its last
        subordinating conjunction ("was in the news after (the Red Cross)"), else 0."""
        head = subject.strip()
        if not head or self._speaker_like(head):
            return 0
        found = list(self.g.subordinator.finditer(subject))
        return found[-1].end() if found else 0

    @staticmethod
    def _aside_end(before: str, head: str, lo: int, hi: int) -> int:
        """Where a name's aside ends for its subject: a long one ("Pak Chol-min, a defector
        who managed a seafood plant in Hunchun until 2019, said") is kept to its first
        words, so the name stays within a phrase's length."""
        words = list(re.finditer(r"\S+", before[lo:hi]))
        if not NAME.fullmatch(head.strip()) or len(head.split()) + len(words) <= MAX_WORDS:
            return hi
        return lo + words[ASIDE_WORDS - 1].end()

    def _plural_before(self, before: str) -> bool:
        """Does the word before a base-form verb read as a plural subject ("officials",
        "they", "government data"), or the subject's head as a plural noun ("Data from the
        ILO show")?"""
        words = [w.strip(STRIP).lower() for w in before.split()]
        while words and words[-1] in self.g.asides:
            words.pop()  # "researchers, however, estimate"
        last = words[-1] if words else ""
        if last in self.g.plural_pronouns or last in self.g.plural_nouns or _regular_plural(last):
            return True
        subject = self.g.clause_break.split(before)[-1].split()  # "Data from the ILO show"
        head = next((w.lower() for w in subject if w.lower() not in self.g.determiners), "")
        if head in self.g.plural_nouns or _regular_plural(head):
            return True
        # "Court documents filed by X show": the last word before the first modifier
        lead = []
        for w in subject:
            if w in self.g.role_stops or (w.islower() and w.endswith("ed")):
                break
            lead.append(w.lower())
        return bool(lead) and len(lead) < len(subject) and lead[-1] in self.g.documents

    def _with_aside(self, phrase: str, text: str, at: int, end: int) -> str:
        """A person's name and the aside after it ("Hong Min, a researcher at KINU"): the
        aside opens with an article and a lower-case word and runs to the next break."""
        aside = self.g.appositive.match(text, at, end)
        if not (aside and NAME.fullmatch(phrase)):
            return phrase
        words = aside.group(1).split()
        return f"{phrase}, {' '.join(words)}" if len(words) <= MAX_WORDS else phrase

    def _a_name(self, head: str) -> bool:
        """Is a subject one proper name ("The Coalition for Labour Rights in North
        Korea"): capitalised words and the function words names hold, a dozen at most?"""
        tokens = head.split()
        return len(tokens) <= MAX_WORDS and all(
            t[:1].isupper() or t.lower() in self.g.name_function_words for t in tokens
        )

    @staticmethod
    def _place_pair(before: str, brk: re.Match[str], places: list[_Placed]) -> bool:
        """Is a comma only the joint of "City, Province" (a place of one country on each
        side, the second running to the speech verb; not "... in Russia, Seoul says")?"""
        if not brk.group(0).startswith(","):
            return False
        at = brk.start()
        first = {c for _start, end, codes in places if end == at for c in codes}
        if not first:
            return False
        stop, after = len(before.rstrip()), brk.end()
        return any(
            start == after and end == stop and first & set(codes) for start, end, codes in places
        )

    def _speech_verbs_from(self, sv: SentenceView, lo: int) -> list[re.Match[str]]:
        """``speech_verbs.finditer`` over the sentence from ``lo``: the sentence is scanned
        once and each ``lo`` served from that scan (its matches from ``lo`` on are the
        same unless one of them straddles ``lo``; then it is scanned from there)."""
        found = self._verbs.get(sv.index)
        if found is None:
            found = self._verbs[sv.index] = list(
                self.speech_verbs.finditer(self._cue_text[sv.start : sv.end])
            )
        if lo == 0:
            return found
        if any(v.start() < lo < v.end() for v in found):
            return list(self.speech_verbs.finditer(self._cue_text[sv.start : sv.end], lo))
        return [v for v in found if v.start() >= lo]

    def _speaker(self, sv: SentenceView, body: str, lo: int) -> tuple[str, bool] | None:
        """The speaker of the first speech verb at or after ``lo`` in a sentence, and
        whether its verb ends the sentence ("..., RFA reported on Monday.")."""
        text = self.view.document.text
        for v in self._speech_verbs_from(sv, lo):
            verb = v.group(0).lower()
            if body[v.start()].isupper() and v.start() > 0:
                continue  # part of a name: "the United States believes"
            if _ends_with(self.g.adjectival, self.g.adjectival_reach, body, v.start()):
                continue  # "an estimated $260 million"
            if verb.endswith("s") and _ends_with(
                self.g.noun_head, self.g.noun_head_reach, body, v.start()
            ):
                continue  # "reports filed by member states" (a noun), not "Kuwait City said"
            if verb in self.g.documents and self._noun_then_verb(body, v.end()):
                continue  # "Court documents filed by ... show": a noun, its verb after it
            before = body[lo : v.start()]
            after = body[v.end() :]
            if verb in self.g.passive_speech and self.g.passive_tail.search(
                after, 0, PASSIVE_REACH
            ):  # "Sergei Volkov, a regional official, was quoted by Interfax as saying"
                aux = self.g.passive.search(before.rstrip())
                before = before.rstrip()[: aux.start()] if aux else before
            elif self.g.agent_after.match(body, v.end()):
                agent = self._passive_agent(sv, body, before, v.end())
                if agent:  # "It is estimated by the Korea Development Institute that"
                    return agent, False
                continue  # "Photos published by the Ukrainian military (show)": a participle
            if verb in self.plural_verbs and not self._plural_before(before):
                continue  # "a recent estimate by KINU", not "officials estimate"
            # "..., said the source." / "..., said Giorgio Cafiero, the CEO of ..."
            inverted = verb in self.g.inversion_verbs
            if inverted and before.rstrip().endswith((",", '"')) and after.strip():
                cut = _INVERTED_CUT.search(after)
                stop = cut.start() if cut else len(after)
                phrase = self._clean(text[sv.start + v.end() : sv.start + v.end() + stop])
                if (
                    phrase
                    and self._speaker_like(phrase)
                    and not DIGIT.search(phrase)
                    and phrase.split()[0].lower() not in self.g.inverted_stops
                ):
                    return phrase, False
            # "X said ..." : the subject since the last clause break
            offset = sv.start + lo
            places = [
                (p.start - offset, p.end - offset, p.codes) for p in sv.places if p.start >= offset
            ]
            start, end = self._subject(before, places)
            phrase = self._clean(text[sv.start + lo + start : sv.start + lo + end])
            by = self.g.agent_lead.match(phrase) if phrase else None
            if phrase and by:  # 'A report titled "X" by HRNK found': the agent after a title
                phrase = phrase[by.end() :]
            if phrase and self._speaker_like(phrase):
                return phrase, bool(self.g.trailing_relay.match(after))
        return None
