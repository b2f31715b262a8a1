"""Who a pronoun or a frameless quote stands for: the antecedent search of ``resolve.Attributor``.

"he"/"she"/"the expert": the speaker of a statement in this or the sentences before, else the first
person named there as a clause subject, else the last person named; further back the last speaker or
subject who fits; failing all, the last person who fits named at all. A frameless quote continues the
speaker just before it. Mentions inside quoted words are never antecedents.
"""

from __future__ import annotations

import re

from .actors import gender_of
from .sentences import sentence_at
from .speakers import is_surname, lexicon

_PREPOSITIONS = frozenset(
    {"with", "to", "of", "by", "for", "from", "between", "about", "regarding", "on", "at", "in", "toward"}
    | {"towards", "against", "than", "after", "before", "over", "under", "asked", "via", "like", "and"}
)

# How far back (in characters) a name, a role or an organisation is looked for: far more than a news article,
# and a bound that keeps a very long article linear in its length.
LOOKBACK = 20_000


def is_subject(text: str, lo: int, start: int, end: int) -> bool:
    """A mention that can be a clause subject: not behind a preposition, not a possessive.

    The word before is read past an article and an honorific: "with the X" and "by Mr X" are objects, "and
    the X" a second conjunct.
    """
    prev = re.search(
        r"(\w+)\W*(?:(?:the|a|an|both|all|several)\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s+)?$", text[lo:start]
    )
    if prev and prev.group(1).lower() in _PREPOSITIONS:
        return False
    return text[end : end + 2] not in ("’s", "'s")


# A sentence opened by a surname alone and a verb: "Ms. Wells criticized Price", "Smith was asked".
_OPENING_SURNAME = re.compile(
    r"((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?)([A-Z][\w’'\-]+)\s+(?:[a-z]+ly\s+)?(?:(?:was|is|has|had)\s+)?"
    r"(?!(?:has|is|was|does)\b)[a-z]{2,}(?:ed|s)\b"
)


class Antecedents:
    """The antecedent search, mixed into ``resolve.Attributor`` (which holds the article's text, its
    sentences, the statements found so far and the actors named)."""

    def _fits(self, actor: str, pronoun: str) -> bool:
        if pronoun in ("it", "its"):
            return not self._is_person(actor)
        if not self._is_person(actor):
            return False
        g = self.gender.get(actor) or gender_of(self._name_of(actor))
        return g != {"he": "f", "him": "f", "she": "m", "her": "m"}.get(pronoun, "")

    def _spokesperson(self, actor: str, span: tuple[int, int, str] | None, pronoun: str) -> bool:
        """Whether "he"/"she" can be an organisation's unnamed spokesperson who spoke for ``actor`` ("A
        spokesman for the ministry said …. “…,” he said"): a spokesperson noun stands beside its mention."""
        if pronoun not in ("he", "she") or span is None or self._is_person(actor):
            return False
        near = self.text[max(0, span[0] - 30) : span[1] + 25]
        lex = lexicon()  # one person's noun ("spokesman", "official"), not "statement" or "analysts"
        # "the official Xinhua news agency": an adjective before a name is nobody who spoke
        nouns = re.findall(r"\b([A-Za-z]+)\b(?!\s+[A-Z])", near)
        return any(w.lower() in lex.spokesperson and w.lower() in lex.titles for w in nouns)

    def _spoken_of(self, actor: str, said: tuple[int, int] | None) -> bool:
        """Whether quoted words ``said`` name ``actor`` by surname: then they speak of him, not as him."""
        surname = self._name_of(actor).split()[-1:]
        return bool(said and surname and re.search(rf"\b{re.escape(surname[0])}\b", self.text[said[0] : said[1]]))

    def antecedent(
        self, pronoun: str, at: int, said: tuple[int, int] | None = None
    ) -> tuple[str, tuple[int, int]] | None:
        """Who "he"/"she"/"it" at ``at`` is: the nearest sentence's speaker or subject that fits.

        Sentences are searched from this one (up to ``at``) back two: in each, the speaker of a
        statement there, else the first actor named who is not behind a preposition or a possessive
        (a clause subject). Failing that, the last actor named in those sentences.
        """
        here = self.sentence_index(at)
        if here < 0:
            return None

        def fits(actor: str) -> bool:
            return self._fits(actor, pronoun) and not self._spoken_of(actor, said)

        window = range(here, max(-1, here - 6), -1)
        for index in window:
            lo = self.sentences[index].start
            hi = at if index == here else self.sentences[index].end
            recent = self._recent_between(lo, hi)
            if recent and recent[-1][1] is None and self._unknown_person(recent[-1][2]):
                return None  # "Mr MacFarlane said …. He said": a person named but unknown, not someone before
            spoken = [(a, span) for _, a, span in recent if a and (fits(a) or self._spokesperson(a, span, pronoun))]
            if spoken:
                actor, span = spoken[-1]
                return actor, (span[0], span[1]) if span else (at, at)
            named = [(s, e, a) for s, e, a in self._named(lo, hi) if fits(a)]
            for s, e, actor in named:
                if is_subject(self.text, lo, s, e):
                    return self._chosen(actor), (s, e)
            real = [(s, e, a) for s, e, a in named if not a.startswith("?")]
            if real and here - index <= 1:  # "Putin’s recognition of … . He has argued": the one just named
                return real[-1][2], (real[-1][0], real[-1][1])
        lo = self.sentences[window[-1]].start
        for s, e, actor in reversed(self._named(lo, at)):
            if fits(actor) and not actor.startswith("?"):
                return self._chosen(actor), (s, e)
        return self._far_antecedent(pronoun, lo, said) or self._anyone(pronoun, at, said)

    def _far_antecedent(
        self, pronoun: str, at: int, said: tuple[int, int] | None = None
    ) -> tuple[str, tuple[int, int]] | None:
        """Who "he" is when nobody fits in the sentences just before ``at``: the last speaker who fits, else
        the last person who fits named as a clause subject (the story's protagonist, named paragraphs before)."""
        for _, actor, span in reversed(self._recent_between(at - LOOKBACK, at)):
            if actor and (self._fits(actor, pronoun) and not self._spoken_of(actor, said)):
                return actor, (span[0], span[1]) if span else (at, at)
        for s, e, actor in reversed(self._named(max(0, at - LOOKBACK), at)):
            sentence = sentence_at(self.sentences, s)
            if (
                (self._fits(actor, pronoun) and not self._spoken_of(actor, said))
                and sentence
                and is_subject(self.text, sentence.start, s, e)
            ):
                return self._chosen(actor), (s, e)
        return None

    def _anyone(self, pronoun: str, at: int, said: tuple[int, int] | None = None) -> tuple[str, tuple[int, int]] | None:
        """Who "he" is when nobody fits as a speaker or a subject: the last person who fits named before ``at``
        at all ("The opposition, led by Karl Dorn, …" and, after a woman's words, "“…,” he said")."""
        for s, e, actor in reversed(self._named(max(0, at - LOOKBACK), at)):
            if self._fits(actor, pronoun) and not self._spoken_of(actor, said):
                return self._chosen(actor), (s, e)
        return None

    def named_antecedent(self, pronoun: str, at: int) -> tuple[int, int, str] | None:
        """Where a "he"/"she" at ``at`` that stands for no actor is named as written: the speaker of the
        nearest statement in the sentences before, when that is a person named but made no actor ("Mr
        MacFarlane said …. “…” he said"), so that the statement still says who spoke."""
        here = self.sentence_index(at)
        if pronoun not in ("he", "she") or here < 0:
            return None
        for index in range(here, max(-1, here - 6), -1):
            lo = self.sentences[index].start
            recent = self._recent_between(lo, at if index == here else self.sentences[index].end)
            if recent:
                _, actor, span = recent[-1]
                return span if actor is None and self._unknown_person(span) else None
            # "Smith was asked whether …. “…,” he replied": the surname opening a sentence before
            named = self._named(lo, self.sentences[index].end)
            opening = self._opening_surname(self.sentences[index], named, titled=False) if index < here else None
            if opening or named:
                return opening
        return None

    def _unknown_person(self, span: tuple[int, int, str] | None) -> bool:
        """Whether a speaker named as written but with no actor is a person ("Mr MacFarlane"), not a
        plural or unnamed source that opened its sentence ("Critics said …")."""
        if span is None or not span[2][:1].isupper():
            return False
        lex = lexicon()
        return span[2].lower() not in lex.unnamed and span[2].lower() not in lex.not_speakers

    def continuation(self, at: int) -> tuple[str | None, tuple[int, int, str] | None] | None:
        """The speaker whose words a frameless quote at ``at`` goes on with: the last one, if their
        statement ends within two sentences before it or in this or the previous paragraph."""
        here = self.sentence_index(at)
        before = [(o, a, span) for o, a, span in self._recent_between(at - LOOKBACK, at) if a or span]
        if not before or here < 0:
            return None
        offset, actor, span = before[-1]
        last = self.sentence_index(max(offset, self.ends.get(offset, offset) - 1))
        if last < 0:
            return None
        near = here - last <= 2 or self.sentences[here].paragraph - self.sentences[last].paragraph <= 2
        return (actor, span) if near else None

    def introduced(self, at: int) -> tuple[str | None, tuple[int, int, str]] | None:
        """The person a paragraph-opening quote at ``at`` belongs to when nobody spoke just before: the
        subject of the sentence before it, if it is a person named in that sentence (not in quotes)."""
        here = self.sentence_index(at)
        if here <= 0:
            return None
        prev = self.sentences[here - 1]
        named = self._named(prev.start, prev.end)
        # "Wells criticized Price." and the quote: a surname alone opening the sentence is who speaks, though
        # no actor (an unknown surname makes none), not the object after it; only a surname the article
        # writes after "Mr"/"Ms" somewhere (a word alone is as often a country: "Russia clearly stated").
        first = self._opening_surname(prev, named, titled=True)
        if first:
            word = self.text[first[0] : first[1]]  # a known actor by that surname, else none (no new actor)
            known = self.registry.resolve(word) or next(
                (a for a, n in self.new_actors.items() if n.split()[-1] == word), None
            )
            return known, first
        for s, e, actor in named:
            if is_subject(self.text, prev.start, s, e) and self._is_person(actor):
                return self._chosen(actor), (s, e, self.text[s:e])
        return None

    def _opening_surname(self, sentence, named, titled: bool) -> tuple[int, int, str] | None:
        """A surname alone (perhaps after "Mr") opening ``sentence`` before any actor ``named`` there, with a
        verb after it ("Ms. Wells criticized", "Smith was asked"); ``titled``: written after "Mr"/"Ms"
        somewhere in the article. A word in -s needs its honorific ("Prices rose" is a plural)."""
        first = _OPENING_SURNAME.match(self.text, sentence.start, sentence.end)
        if not first or (named and named[0][0] < first.end(2)) or not is_surname(self.text, first.group(2)):
            return None
        word = first.group(2)
        honorific = re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+{re.escape(word)}\b", self.text)
        if (titled and not honorific) or (word.endswith("s") and not first.group(1)):
            return None
        return first.start(2), first.end(2), word

    def spoke_just_before(self, at: int) -> bool:
        """Whether a statement ends in the sentence just before ``at`` (or in ``at``'s own)."""
        here = self.sentence_index(at)
        if here < 0:
            return False
        lo = self.sentences[max(0, here - 1)].start
        return any(self.ends.get(o, o) > lo for o, _, _ in self._recent_between(at - LOOKBACK, at))
