"""Quotations and reported speech, attributed to speakers.

1. Quote spans: curly or straight double quotes, paired within a paragraph by
   their context (an opener follows space or a dash, a closer precedes space or
   punctuation); a paragraph led by a dash ("- I cannot but agree ...," the
   Russian leader said.) opens a quote; an unclosed quote never runs past its
   paragraph unless the next paragraph reopens it (the news convention).
2. Attribution frames, tried in order: after the quote (`,” said X` /
   `,” X said`), a split quote (`“…,” X said, “and …”` is one statement), before
   the quote (`X said: “…”`, `X stressed that “…”`, `According to X, … “…”`).
3. No frame: the quote continues the speaker of the statement just before it
   (within two sentences); short fragments with no frame are scare quotes.
4. Indirect speech with a named speaker: `X said that …`, `According to X, …`,
   `…, believes X, a …`.

Pronouns and anaphors ("he", "the expert") resolve only to a recent speaker or
person of a fitting gender; otherwise the statement stays unattributed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort

from .actors import NAME, PRONOUNS, FullNames, Registry, new_actor_id
from .model import Article, Sentence, Statement, Timex
from .quotes import count_words, find_quotes, paragraphs
from .sentences import sentence_at, sentence_index
from .timex import TimexIndex, phrase
from .timex.calendar import precision_rank

VERBS = (
    r"said|says|say|stated|states|told|tells|remarked|remarks|explained|explains|noted|notes|added|adds|"
    r"adding|argued|argues|stressed|stresses|emphasized|emphasised|emphasizes|insisted|insists|insisting|"
    r"pointed\s+out|points\s+out|mentioned|mentions|declared|declares|announced|claimed|claims|warned|warns|"
    r"suggested|suggests|indicated|indicates|acknowledged|replied|responded|wrote|writes|posted|tweeted|"
    r"believes|believed|estimates|thinks|recalled|confirmed|admitted|asserted|observed|commented|asked|"
    r"expressed|stating|saying|voiced|informed|briefed|describes|described|concluded|continued|urged"
)
_VERB = re.compile(rf"\b(?:{VERBS})\b")
_ROLE = (
    r"[Tt]he\s+(?:[A-Z][A-Za-z.\-]*\s+|[a-z\-]+\s+){0,3}?(?:leader|president|aide|expert|analyst|official|minister|"
    r"envoy|diplomat|spokesman|spokeswoman|source|politician|scholar)"
)
_SPEAKER = rf"{_ROLE}|(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?{NAME}|he|she|they|He|She|They"
# One appositive, perhaps followed by a second that describes the first ("the director of X, a research body").
_APPOSITION = r",\s*(?P<role>[^,“”\"]{2,140}?(?:,\s*(?:a|an)\s+[^,“”\"]{2,140}?)?),"
# `,” said Sergei Markov, a pro-Kremlin political analyst.` / `,” Yuri Ushakov, an aide, told journalists`
# Matched at the offset just past a quote's closing mark, up to its paragraph's end (no copy of the text).
_AFTER = re.compile(
    rf"[\s,]*(?:(?:(?:{VERBS})\s+(?P<s1>{_SPEAKER})(?:,\s*(?P<role1>[^,.“”\"]{{2,140}}))?)|"
    rf"(?P<s2>{_SPEAKER})(?:{_APPOSITION})?\s+(?:\w+ly\s+)?(?:{VERBS})\b)"
)
_PHRASE_END = re.compile(r"[,.;]|$")
_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<s>{_SPEAKER})(?:{_APPOSITION})?")
_ACCORDING_INSIDE = re.compile(rf"^.{{3,}}?,\s+according\s+to\s+(?P<s>{_SPEAKER})(?:{_APPOSITION}|,)")
_PREPOSITIONS = {
    "with",
    "to",
    "of",
    "by",
    "for",
    "from",
    "between",
    "about",
    "regarding",
    "on",
    "at",
    "in",
    "toward",
    "towards",
    "against",
    "than",
    "after",
    "before",
    "over",
    "under",
    "asked",
    "via",
    "like",
    "and",
}
# What follows a reporting verb up to the reported words: "told reporters on Wednesday that ".
_REPORTED_CLAUSE = re.compile(r"[\s,]*(?:[^,;:“”\"]{0,40}?\bthat\s+|:\s*)?")
_LABEL = re.compile(r"\b(?:as(?:\s+an?|\s+the)?|called|calling|dubbed|so-called|termed|labelled|labeled)\s*$")
_TITLE_WORDS = re.compile(
    r"^(?:(?:Envoy|President|Minister|Foreign|Secretary|Senator|Chancellor|Prime|Special|"
    r"Kremlin|Aide|Ambassador|General|Spokesman)\s+)+"
)
MIN_WORDS = 3
UNATTRIBUTED_MIN_WORDS = 6


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop white space and the frame's trailing comma from a quote's span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


class _Attributor:
    """Resolves speaker mentions to actor ids, remembering recent speakers and genders."""

    def __init__(self, article: Article, sentences: list[Sentence], registry: Registry):
        self.text = article.text
        self.sentences = sentences
        self.registry = registry
        self.recent: list[tuple[int, str]] = []  # (offset, actor id) of statements found so far, in text order
        self.gender: dict[str, str] = {}
        for m in re.finditer(rf"\b(Mr|Ms|Mrs)\.\s+({NAME})", self.text):
            actor = registry.resolve(m.group(2))
            if actor:
                self.gender.setdefault(actor, "m" if m.group(1) == "Mr" else "f")
        self.new_actors: dict[str, str] = {}
        self.names = FullNames(self.text)

    def sentence_index(self, offset: int) -> int:
        return sentence_index(self.sentences, offset)

    def resolve(self, mention: str, at: int) -> str | None:
        """Actor id for a speaker mention at offset ``at`` (pronouns from recent context)."""
        words = mention.split()
        lowered = mention.lower()
        if lowered in PRONOUNS or re.match(r"^(?:the|this)\s+(?:expert|analyst|official|source)$", lowered):
            return self._antecedent(lowered, at)
        actor = self.registry.resolve(mention)
        if actor:
            return actor
        if len(words) == 1 and mention[:1].isupper():
            # A bare surname: news names a person in full first ("Steve Witkoff ... Witkoff said").
            full = self.names.last_before(mention, at)
            if full:
                mention = _TITLE_WORDS.sub("", full)
                words = mention.split()
                actor = self.registry.resolve(mention)
                if actor:
                    return actor
        if mention[:1].isupper() and len(words) >= 2 and not lowered.startswith("the "):
            actor = new_actor_id(mention)
            if actor:
                self.new_actors.setdefault(actor, re.sub(r"^(?:Mr|Ms|Mrs|Dr)\.\s+", "", mention))
                return actor
        return None

    def _fits(self, actor: str, pronoun: str) -> bool:
        g = self.gender.get(actor)
        entry = self.registry.actors.get(actor)
        if pronoun in ("he", "him"):
            return g != "f" and (entry is None or entry.kind == "person")
        if pronoun in ("she", "her"):
            return g != "m" and (entry is None or entry.kind == "person")
        return True

    def _is_person(self, actor: str | None) -> bool:
        return bool(actor) and (actor not in self.registry.actors or self.registry.actors[actor].kind == "person")

    def _antecedent(self, pronoun: str, at: int) -> str | None:
        """Who "he"/"she"/"the expert" at ``at`` is: the nearest sentence's speaker or subject that fits.

        Sentences are searched from this one (up to ``at``) back two: in each, the speaker of a
        statement there, else the first person named who is not behind a preposition or a
        possessive (a clause subject, "Although Trump ... with Putin": Trump). Failing that, the
        last person named at all in those sentences.
        """
        here = self.sentence_index(at)
        if here < 0:
            return None
        window = range(here, max(-1, here - 3), -1)
        for index in window:
            lo = self.sentences[index].start
            hi = at if index == here else self.sentences[index].end
            # ``recent`` is sorted: the speakers between lo and hi are one slice of it.
            between = self.recent[bisect_left(self.recent, (lo,)) : bisect_left(self.recent, (hi,))]
            spoken = [a for o, a in between if self._fits(a, pronoun)]
            if spoken:
                return spoken[-1]
            for m in self.registry.mentions(self.text, lo, hi):
                if (
                    self._is_person(m.actor)
                    and self._fits(m.actor, pronoun)
                    and _is_subject(self.text, lo, m.start, m.end)
                ):
                    return m.actor
        lo = self.sentences[window[-1]].start
        for m in reversed(self.registry.mentions(self.text, lo, at)):
            if self._is_person(m.actor) and self._fits(m.actor, pronoun):
                return m.actor
        return None

    def continuation(self, at: int) -> str | None:
        """The speaker whose words a frameless quote at ``at`` goes on with: the last one, within two sentences."""
        here = self.sentence_index(at)
        last = bisect_left(self.recent, (at,)) - 1
        if last < 0:
            return None
        offset, actor = self.recent[last]
        return actor if here - self.sentence_index(offset) <= 2 else None

    def remember(self, offset: int, actor: str | None) -> None:
        if actor:
            insort(self.recent, (offset, actor))


def _is_subject(text: str, lo: int, start: int, end: int) -> bool:
    """A mention that can be a clause subject: not behind a preposition, not a possessive.

    The word before is read past an article: "with the X" is an object, "and the X" a second conjunct.
    """
    prev = re.search(r"(\w+)\W*(?:(?:the|a|an)\s+)?$", text[lo:start])
    if prev and prev.group(1).lower() in _PREPOSITIONS:
        return False
    return text[end : end + 2] not in ("’s", "'s")


def _subject_before(text: str, lo: int, verb_at: int) -> tuple[int, int, str] | None:
    """The mention that is the subject of a reporting verb: the nearest one before it not inside a phrase."""
    segment = text[lo:verb_at]
    candidates = list(re.finditer(rf"(?<![\w’'])(?:{_SPEAKER})(?![\w’'])", segment))
    for m in reversed(candidates):
        s, e = lo + m.start(), lo + m.end()
        if not _is_subject(text, lo, s, e):
            continue
        if m.group(0) in ("However", "But", "Then", "Thus", "Still", "Yet") or (
            s == lo
            and m.group(0).split()[0]
            in (
                "In",
                "On",
                "At",
                "For",
                "After",
                "Following",
                "Shortly",
                "When",
                "While",
                "Since",
                "Regarding",
                "Despite",
                "Although",
            )
        ):
            continue
        return s, e, m.group(0)
    return None


class _Spans:
    """The spans of the statements made so far, to ask whether one covers an offset.

    Only spans starting within the longest one's length before the offset can cover it, and a statement
    stays within its paragraph, so a long article is not read again for every question.
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._longest = 0

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self._longest = max(self._longest, end - start)

    def covers(self, offset: int) -> bool:
        lo, hi = bisect_left(self._starts, offset - self._longest), bisect_right(self._starts, offset)
        return any(offset < self._ends[i] for i in range(lo, hi))


def _frame_date(timexes: list[Timex], sentence: Sentence, skip: tuple[int, int]) -> Timex | None:
    inside = [
        t
        for t in timexes
        if t.is_calendar_date and sentence.start <= t.start < sentence.end and not (skip[0] <= t.start < skip[1])
    ]
    return min(inside, key=lambda t: (precision_rank(t.precision), t.start)) if inside else None


def extract_statements(
    article: Article,
    sentences: list[Sentence],
    timexes: list[Timex],
    registry: Registry,
    topics,
) -> tuple[list[Statement], dict[str, str]]:
    """Statements of one article, and the new speakers (id -> name) not yet in the registry."""
    text = article.text
    att = _Attributor(article, sentences, registry)
    quotes = find_quotes(text)
    paragraph_ends = [end for _, end in paragraphs(text)]
    statements: list[Statement] = []
    spans = _Spans()
    index = TimexIndex(timexes)
    quoted_sentences: set[int] = set()
    consumed: set[int] = set()

    def make(speaker_span, speaker, role, start, end, kind, frame_sentence):
        start, end = _trim(text, start, end)
        if end <= start:
            return
        s_start, s_end, s_text = speaker_span if speaker_span else (None, None, None)
        date = None
        if frame_sentence:
            own = index.starting_in(frame_sentence.start, frame_sentence.end)
            date = _frame_date(own, frame_sentence, (start, end))
        statements.append(
            Statement(
                speaker=speaker,
                speaker_text=s_text,
                speaker_start=s_start,
                speaker_end=s_end,
                quote=text[start:end],
                start=start,
                end=end,
                kind=kind,
                date=date.date_value.split("T")[0] if date else article.published.isoformat(),
                date_text=phrase(text, date) if date else None,
                topics=topics.tag(text[start:end]),
                source=article.id,
                role=role.strip() if role else None,
                date_is_publication=date is None,
            )
        )
        spans.add(start, end)
        att.remember(start, speaker)

    starts, ends = [x.start for x in sentences], [x.end for x in sentences]
    for q in quotes:  # the sentences a quote overlaps (sentences are sorted and do not overlap)
        quoted_sentences.update(starts[bisect_right(ends, q.open) : bisect_left(starts, q.close)])
    # Reported speech first, so that a quote's pronoun can refer to the speaker of any sentence before it.
    _indirect(text, sentences, quoted_sentences, att, make)

    for qi, q in enumerate(quotes):
        if qi in consumed:
            continue
        sentence = sentence_at(sentences, q.start) or sentence_at(sentences, q.open)
        if sentence is None:
            continue
        para_end = paragraph_ends[q.paragraph]  # a quote closes within its paragraph
        first_after = text[q.close : min(q.close + 1, para_end)]
        words = count_words(text[q.start : q.end])
        speaker_span, speaker, role = None, None, None
        end = q.end
        framed = first_after in (" ", ",") or not first_after.isalnum()
        m = _AFTER.match(text, q.close, para_end) if framed else None
        if m and words >= 1:
            g = "s1" if m.group("s1") else "s2"
            s, e = m.start(g), m.end(g)
            if g == "s1":
                # `said Russian political analyst Tatiana Stanovaya`: the name ends the descriptive phrase.
                phrase_end = _PHRASE_END.search(text, s, para_end).start()
                full = [n for n in re.finditer(rf"\b{NAME}", text[s:phrase_end]) if len(n.group(0).split()) >= 2]
                if full:
                    s, e = s + full[-1].start(), s + full[-1].end()
            # A pronoun after the quote refers to someone named before it, not inside it.
            speaker_span, speaker = (s, e, text[s:e]), att.resolve(text[s:e], q.open)
            role = m.group("role1") or m.group("role")
            # A split quote: `“…,” X said, “and …”` continues as one statement.
            nxt = quotes[qi + 1] if qi + 1 < len(quotes) else None
            if nxt and nxt.paragraph == q.paragraph and re.fullmatch(r"[^.!?“”\"]*,\s*", text[m.end() : nxt.open]):
                end = nxt.end
                consumed.add(qi + 1)
        else:
            before = text[sentence.start : q.open]
            according = _ACCORDING.search(before)
            verbs = list(_VERB.finditer(before))
            if verbs:
                v = verbs[-1]
                subject = _subject_before(text, sentence.start, sentence.start + v.start())
                if subject:
                    speaker_span = subject
                    speaker = att.resolve(subject[2], subject[0])
                if (
                    speaker
                    and MIN_WORDS <= words < UNATTRIBUTED_MIN_WORDS
                    and text[q.start : q.start + 1].islower()
                    and not _LABEL.search(before)
                ):
                    # `X argued that Russia must "take the initiative"`: the fragment is part of what
                    # was said, so the statement is the reported clause with the quote in it.
                    clause = _REPORTED_CLAUSE.match(text[sentence.start + v.end() : q.open])
                    start = sentence.start + v.end() + clause.end()
                    if spans.covers(start):
                        continue
                    end = sentence.end - (1 if text[sentence.end - 1 : sentence.end] in ".!?" else 0)
                    make(speaker_span, speaker, role, start, end, "direct", sentence)
                    continue
            if speaker is None and according:
                s, e = sentence.start + according.start("s"), sentence.start + according.end("s")
                speaker_span, speaker = (s, e, text[s:e]), att.resolve(text[s:e], s)
                role = according.group("role")
            if speaker is None and not verbs and not according:
                # No frame: the words continue the speaker just before, or are a scare quote.
                if _LABEL.search(before) and words < 4:
                    continue
                if words < MIN_WORDS:
                    continue
                speaker = att.continuation(q.start)
                if speaker is None and q.answer:
                    continue
                if speaker is None and words < UNATTRIBUTED_MIN_WORDS:
                    continue
                speaker_span = None
        if words < MIN_WORDS:
            continue
        make(speaker_span, speaker, role, q.start, end, "direct", sentence)

    statements.sort(key=lambda st: st.start)
    return statements, dict(sorted(att.new_actors.items()))


_INDIRECT_THAT = re.compile(rf"\b(?P<verb>{VERBS})\s+(?:(?:on|in)\s+\w+\s+)?that\s+(?P<clause>.+)$")
_INDIRECT_INVERTED = re.compile(
    rf"^(?P<clause>.{{20,}}?),\s+(?:(?:{VERBS}))\s+(?P<s>{_SPEAKER})(?:,\s*(?P<role>[^.]+))?\.?$"
)
_PARENTHETICAL = re.compile(rf"^(?:[^,]{{0,40}},\s+)?(?P<s>{_SPEAKER})\s+(?:{VERBS}),\s+(?P<clause>.{{20,}})$")


def _indirect(text, sentences, quoted_sentences, att, make) -> None:
    """Reported speech with a named (or resolvable) speaker, in sentences without direct quotes."""
    for sentence in sentences:
        if sentence.start in quoted_sentences:
            continue
        body = sentence.text
        found = None
        m = _ACCORDING.match(body)
        if m and body[m.end() : m.end() + 1] == "," or (m and m.group("role")):
            found = (m.start("s"), m.end("s"), m.group("role"), m.end() + 1)
        m = None if found else _ACCORDING_INSIDE.search(body)
        if m:  # "President Putin, according to Stanovaya, views ...": the whole sentence is hers
            found = (m.start("s"), m.end("s"), m.group("role"), 0)
        if found is None:
            m = _INDIRECT_THAT.search(body)
            if m:
                subject = _subject_before(text, sentence.start, sentence.start + m.start("verb"))
                if subject:
                    found = (subject[0] - sentence.start, subject[1] - sentence.start, None, m.start("clause"))
        if found is None:
            m = _INDIRECT_INVERTED.match(body) or _PARENTHETICAL.match(body)
            if m:
                found = (
                    m.start("s"),
                    m.end("s"),
                    m.groupdict().get("role"),
                    m.start("clause") if m.re is _PARENTHETICAL else 0,
                )
                if m.re is _INDIRECT_INVERTED:
                    clause_end = sentence.start + m.end("clause")
                    s0, e0 = sentence.start + found[0], sentence.start + found[1]
                    speaker = att.resolve(text[s0:e0], s0)
                    if speaker:
                        make((s0, e0, text[s0:e0]), speaker, found[2], sentence.start, clause_end, "indirect", sentence)
                    continue
        if found is None:
            continue
        s0, e0 = sentence.start + found[0], sentence.start + found[1]
        speaker = att.resolve(text[s0:e0], s0)
        if speaker is None:
            continue
        clause_start = sentence.start + found[3]
        clause_end = sentence.end - (1 if body.endswith((".", "!", "?")) else 0)
        if count_words(text[clause_start:clause_end]) < 4:
            continue
        make((s0, e0, text[s0:e0]), speaker, found[2], clause_start, clause_end, "indirect", sentence)
