"""A sentence's clauses, shallowly: where each starts, what opens it, and which one holds a date.

Pure string rules over punctuation and a few word classes (``generator/data/headlines.yml``): a comma
followed by a subordinator, relative pronoun or participle opens a side clause; "that" opens a
complement (after a reporting verb) or a relative clause (after a noun); dashes and brackets enclose
asides; a sentence-initial prepositional or participial phrase up to its comma is a lead-in. Used to
tell what a date dates (events.py) and to cut a sentence down to its headline (headlines.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import yamlio
from .speakers import verb_words

_DATA = Path(__file__).resolve().parent / "data" / "headlines.yml"
_QUOTE = re.compile(r"[“”\"]")


@dataclass(frozen=True)
class Words:
    """The word classes of ``headlines.yml``."""

    modals: frozenset[str]
    hedges: tuple[str, ...]
    opinion_subjects: frozenset[str]
    opinion_verbs: frozenset[str]
    background: frozenset[str]
    reporting: frozenset[str]
    event_nouns: dict[str, str]
    determiners: frozenset[str]
    np_prepositions: frozenset[str]
    insert_before: frozenset[str]
    boundaries: frozenset[str]
    leads: tuple[str, ...]
    fillers: tuple[str, ...]
    honorifics: frozenset[str]
    pronouns: frozenset[str]
    lead_openers: frozenset[str]
    splice: frozenset[str]
    nationalities: frozenset[str]
    day_verbs: frozenset[str]
    dangling: frozenset[str]
    pair_nouns: frozenset[str]
    hedge_predicates: frozenset[str]
    nominal_events: frozenset[str]
    lead_measures: tuple[str, ...]
    elliptic: tuple[str, ...]
    no_comment: tuple[str, ...]
    chance_nouns: frozenset[str]
    saying_verbs: frozenset[str]
    person_nouns: frozenset[str]
    copulas: frozenset[str]
    negations: frozenset[str]
    phrase_ends: frozenset[str]
    demonstratives: frozenset[str]
    ordinals: frozenset[str]
    past_verbs: frozenset[str]
    list_openers: tuple[str, ...]
    unfinished: frozenset[str]
    length_verbs: frozenset[str]
    vague_subjects: frozenset[str]
    first_person: frozenset[str]
    meta_openers: tuple[str, ...]
    bare_sayings: frozenset[str]
    base_verbs: frozenset[str]
    move_verbs: frozenset[str]
    anchor_nouns: frozenset[str]
    needs_object: frozenset[str]


@cache
def words() -> Words:
    """The word classes, read once from the package's data file."""
    data = yamlio.load(_DATA.read_text(encoding="utf-8"))

    def bag(key: str) -> frozenset[str]:
        return frozenset(str(data[key]).lower().split())

    def phrases(key: str) -> tuple[str, ...]:
        return tuple(p.strip() for p in str(data[key]).lower().split("|") if p.strip())

    nouns = dict(tuple(x.strip() for x in p.split(":", 1)) for p in phrases("event_nouns"))
    return Words(
        bag("modals"), phrases("hedges"), bag("opinion_subjects"), bag("opinion_verbs"), bag("background"),
        verb_words("complement"), nouns, bag("determiners"), bag("np_prepositions"), bag("insert_before"),
        bag("boundaries"), phrases("leads"), phrases("fillers"), bag("honorifics"), bag("pronouns"),
        bag("lead_openers"), bag("splice"), bag("nationalities"), bag("day_verbs"), bag("dangling"), bag("pair_nouns"),
        bag("hedge_predicates"), bag("nominal_events"), tuple(sorted(bag("lead_measures"))),
        phrases("elliptic"), phrases("no_comment"), bag("chance_nouns"),
        bag("saying_verbs"), bag("person_nouns"), bag("copulas"), bag("negations"), frozenset(phrases("phrase_ends")),
        bag("demonstratives"), bag("ordinals"), bag("past_verbs"), phrases("list_openers"), bag("unfinished"),
        bag("length_verbs"), bag("vague_subjects"), bag("first_person"), phrases("meta_openers"),
        bag("bare_sayings"), bag("base_verbs"), bag("move_verbs"), bag("anchor_nouns"),
        bag("needs_object"),
    )  # fmt: skip


@dataclass(frozen=True)
class Clause:
    """A stretch ``[start, end)`` of a sentence; ``opener`` says what opens it."""

    start: int
    end: int
    # "start", "that" (complement), "rel" (relative: that/which/who), "participle" (", imposed by"),
    # "resume" (", was carried out", ", said": the main clause again after a relative or participle clause),
    # "side" (a comma and a subordinator), "aside" (dash or bracket), "splice" (", it was")
    opener: str
    word: str = ""  # the opening word, when one


_LETTER = re.compile(r"[^\W\d_]")


def quoted_share(text: str) -> float:
    """The share of a sentence's letters inside quotation marks (each double quote mark toggles)."""
    parts = _QUOTE.split(text)
    if len(parts) == 1:
        return 0.0
    counts = [len(_LETTER.findall(p)) for p in parts]
    total = sum(counts)
    return sum(counts[1::2]) / total if total else 0.0


def is_quotation(text: str) -> bool:
    """A sentence mostly inside quote marks, or a quotation with no more than its speech tag outside
    ("“I'm here to get it over with,” said the US leader on Wednesday")."""
    share = quoted_share(text)
    if share > 0.5:
        return True
    outside = re.sub(r"[“\"][^“”\"]*[”\"]", " ", text)
    tokens = re.findall(r"[a-z]+", outside.lower())
    return share >= 0.3 and len(tokens) <= 8 and any(t in words().reporting for t in tokens)


def quote_tag(text: str) -> tuple[int, int] | None:
    """The speech tag after a quotation that opens the sentence ("“We will see,” Trump told reporters on Monday,
    adding …"): its span, up to the next comma or the end; None when the sentence opens otherwise. A date in it
    dates the saying, whatever follows the tag."""
    m = re.match(r"\s*[“\"][^“”\"]{3,}[”\"]\s*,?\s+(?=[^\s“”\"])", text)
    if not m or not re.search(r"[,!?]\s*[”\"]\s*$|[”\"]\s*,\s*$", m.group(0)):
        return None
    end = re.search(r"[,;.:“”\"]|$", text[m.end() :]).start() + m.end()
    tokens = re.findall(r"[a-z]+", text[m.end() : end].lower())
    return (m.end(), end) if any(t in words().reporting for t in tokens[:8]) else None


def is_participle(word: str) -> bool:
    """A past participle by its ending ("reached", "taken"): what a side clause or an apposition opens with."""
    return len(word) > 4 and (word.endswith("ed") or word.endswith("en"))


# An en dash between two words with no space ("Putin–Erdogan talks", "Elmendorf–Richardson") joins them: no boundary.
_BOUNDARY = re.compile(
    r",\s+(?P<cw>[a-z]+)\b|;\s+|\s+[-–—]\s+|—|–(?!\w)|(?<!\w)–|(?<=\s)(?P<sw>that|which|who|what)\s+"
)


# A date phrase between a reporting verb and its "that" ("said on Saturday that", "told reporters on Wednesday
# evening that"): skipped when telling a complement from a relative clause.
_DATE_TAIL = re.compile(
    r"(?:\s+(?:on|in|at|during|late|early|earlier|last|this|next)?\s*(?:[A-Z][a-z]+|\d{1,4},?|morning|evening|"
    r"night|afternoon|week|month|year|today|yesterday|tonight))+$"
)


# The verb that the subject before a relative clause waits for.
_RESUME = frozenset(["was", "were", "is", "are", "has", "have", "had", "will"])


def clauses(s: str) -> list[Clause]:
    """The sentence's clauses in order (they tile it; the first opens at 0)."""
    w = words()
    cuts: list[tuple[int, str, str]] = [(0, "start", "")]
    open_rel = False  # a relative clause opened by a comma, which a comma and a verb close again
    for m in _BOUNDARY.finditer(s):
        token = m.group(0)
        if m.group("cw"):
            cw = m.group("cw")
            if cw in ("which", "who", "whom"):
                cuts.append((m.start(), "rel", cw))
                open_rel = True
            elif open_rel and (cw in _RESUME or cw in w.reporting):
                # "The exchange, which they agreed on May 16, was carried out", "Rubio, speaking on Tuesday, said"
                cuts.append((m.start(), "resume", cw))
                open_rel = False
            elif cw in w.splice:
                cuts.append((m.start(), "splice", cw))
            elif is_participle(cw) and re.match(r"\s+by\b", s[m.end() :]):
                cuts.append((m.start(), "participle", cw))
            elif cw in w.boundaries or cw.endswith("ing") or is_participle(cw):
                cuts.append((m.start(), "side", cw))
                # A participle right after the subject ("Rubio, speaking on Tuesday, said") is an aside that the
                # main clause resumes after; later in the sentence it closes it.
                subject = s[: m.start()].split()
                open_rel = open_rel or (
                    cw.endswith("ing") and len(cuts) == 2 and len(subject) <= 5 and "," not in s[: m.start()]
                    and not any(t.endswith("ed") or t in _RESUME or t in w.reporting for t in subject)
                )  # fmt: skip
        elif m.group("sw"):
            before = _DATE_TAIL.sub("", s[: m.start()].rstrip()).rsplit(" ", 1)[-1].lower().strip(",")
            said = before in w.reporting or before in w.opinion_verbs
            kind = "that" if said or m.group("sw") == "what" else "rel"
            cuts.append((m.start(), kind, m.group("sw")))
        elif token.strip()[:1] in "-–—":
            cuts.append((m.start(), "aside", token.strip()))
    cuts.sort()
    out = []
    for i, (at, kind, word) in enumerate(cuts):
        end = cuts[i + 1][0] if i + 1 < len(cuts) else len(s)
        if end > at or i == 0:
            out.append(Clause(at, end, kind, word))
    return out


def clause_at(cs: list[Clause], at: int) -> int:
    """The index of the clause holding offset ``at``."""
    for i, c in enumerate(cs):
        if c.start <= at < c.end:
            return i
    return len(cs) - 1


# Words that may stand with a date in a lead-in of its own ("Early on Tuesday,", "Late last month,").
_DATE_WORDS = frozenset(
    ["on", "in", "at", "by", "during", "since", "from", "until", "of", "the", "early", "late", "last", "this", "next"]
)


def lead_end(s: str, start: int, date: tuple[int, int]) -> int:
    """Where the lead-in phrases starting at ``start`` end ("On January 23, speaking at X, Trump said"):
    phrases up to a comma that open with a preposition, subordinator, connective or participle, or that are
    the date itself."""
    w = words()
    pos = start
    while True:
        rest = s[pos:]
        m = re.match(r"\s*([^,;“”\"]{1,120}?),\s+", rest)
        if not m:
            return pos
        phrase = m.group(1).strip()
        first = phrase.split(" ", 1)[0].lower()
        inside = date[0] >= pos + m.start(1) and date[1] <= pos + m.end(1) and len(phrase.split()) <= 4
        # The date with at most its preposition ("On Tuesday,"), not a short clause ending on it ("Markets
        # reopened on Tuesday, the exchange said").
        others = (rest[: date[0] - pos] + " " + rest[date[1] - pos : m.end(1)]).lower().split() if inside else []
        is_date = inside and all(t in _DATE_WORDS for t in others)
        measure = re.match(rf"(?:\w+\s+)?(?:{'|'.join(w.lead_measures)})\s+(?:before|after)\b", phrase.lower())
        if not (first in w.lead_openers or first.endswith("ing") or phrase.lower() in w.leads or is_date or measure):
            return pos
        if len(phrase.split()) > 16 or any(t in w.reporting for t in phrase.lower().split()):
            return pos  # a clause of its own ("On the eve of X said that ..."), not a lead-in
        if first.endswith("ing") and re.match(r"\S+\s+(?:[a-z]+ed|is|was|were|has|had|have)\b", phrase):
            return pos  # a gerund and its verb ("Fighting continued in the east in March, officials said")
        pos += m.end()


def opens_with(text: str, phrases: tuple[str, ...]) -> bool:
    """Whether ``text`` starts with one of ``phrases`` (lower case, whole words)."""
    low = text.lower().lstrip(" ,")
    return any(low == p or low.startswith(p + " ") or low.startswith(p + ",") for p in phrases)


def has_modal(text: str) -> bool:
    """Whether a modal verb stands in ``text`` ("could take place", "might occur"); written in lower case,
    or opening the text ("May" inside a sentence is the month)."""
    tokens = re.findall(r"[A-Za-z]+", text)
    return any(t in words().modals or i == 0 and t.lower() in words().modals for i, t in enumerate(tokens))


def is_nationality(word: str) -> bool:
    """A nationality adjective ("Russian") or a country's abbreviation ("U.S.", "US", "EU")."""
    return word.lower() in words().nationalities or bool(re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,3}", word))


def is_opinion(head: str) -> bool:
    """Whether a clause head ("Some experts have posited") gives an opinion-holder's view."""
    tokens = re.findall(r"[a-z]+", head.lower())
    w = words()
    return any(t in w.opinion_subjects for t in tokens[:3]) and any(t in w.opinion_verbs for t in tokens)


def hedge_predicate(clause: str) -> bool:
    """Whether a clause says a happening is (un)likely or possible ("a breakthrough is unlikely before"):
    a guess, not a report."""
    preds = "|".join(sorted(words().hedge_predicates))
    return bool(re.search(rf"\b(?:is|are|was|were|seems?|seemed|looks?|remains?|remained)\s+(?:\w+\s+)?(?:{preds})\b",
                          clause, re.IGNORECASE))  # fmt: skip


_POSSESSIVE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?P<s>’s|'s)\s+(?P<rest>[^,;:“”\"]*)$"
)


def possessive_happening(s: str, ds: int) -> str:
    """A date right after a possessive noun phrase headed by a happening noun ("Russia's exit from the grain
    deal in July", "Ukraine's drone attack on Russian air bases on June 1") dates that happening: the phrase
    is its headline. "" when the date follows no such phrase, or a verb stands between them."""
    before = re.sub(r"\s*\b(?:on|in|at|during|since|from)\s*$", "", s[max(0, ds - 120) : ds])
    if before == s[max(0, ds - 120) : ds].rstrip():
        return ""  # no preposition before the date: the date is no adjunct of the phrase
    m = _POSSESSIVE.search(before)
    if not m:
        return ""
    tokens = re.findall(r"[\w’'-]+", m.group("rest"))
    nouns = words().nominal_events
    head = next((i for i, t in enumerate(tokens) if t.lower() in nouns), None)
    if head is None or head > 2 or len(tokens) > 12:
        return ""
    verbs = words().modals | {"is", "was", "were", "are", "has", "have", "had", "be", "been", "did", "does"}
    if any(t.lower() in verbs or t.endswith("ed") and t.islower() and i > head for i, t in enumerate(tokens)):
        return ""  # "Russia's team had met … in July": a clause, not a noun phrase
    return f"{m.group('owner')}{m.group('s')} {m.group('rest').strip()}"


# An absence: "no decision has been taken", "no date had yet been set", "nothing has been agreed"; not "no one
# was hurt", which reports on a happening.
_ABSENCE = re.compile(
    r"\b(?:no\s+(?!one\b)(?:[\w-]+\s+){1,6}?|nothing\s+)(?:has|had|have|was|were)\s+(?:yet\s+)?been\s+\w+",
    re.IGNORECASE,
)


def non_happening(said: str) -> bool:
    """Whether what a saying says reports no happening: it declines to comment, says that nothing has happened
    ("no decision has been taken"), or gives the odds of something ("a 25% chance of a ceasefire")."""
    w = words()
    low = " ".join(re.sub(r"[“”\"‘’]", " ", said.lower()).split())
    if any(re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", low) for p in w.no_comment):
        return True
    chance = "|".join(sorted(w.chance_nouns))
    odds = (
        rf"\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+(?:{chance})\b|\b(?:a|an|the|some|no|little|good|slim)\s+"
        rf"(?:\w+\s+)?(?:{chance})\s+(?:of|that)\b"
    )
    return bool(_ABSENCE.search(low) or re.search(odds, low))


def reported_head(s: str, start: int, end: int, date: tuple[int, int]) -> int:
    """Where the saying ends in the clause ``s[start:end]`` when the date dates the saying ("Peskov told
    reporters on Thursday the meeting could take place", "In an interview aired Sunday, Vance said a deal
    would"): after its reporting verb and the few words and date phrase that follow it; else ``end``. What
    comes after is what was said, whose modals and odds are the speaker's, not the happening's."""
    w = words()
    for m in re.finditer(r"[a-z]+", s[start:end]):
        if m.group(0) not in w.reporting and m.group(0) not in w.saying_verbs:
            continue
        verb_end = start + m.end()
        if date[1] <= verb_end:
            return verb_end  # "In an interview aired on Monday, Dan said": the date is before the verb
        between = s[verb_end : date[0]]
        if len(between.split()) <= 6 and not has_modal(between) and not re.search(r"[,;:“”\"]", between):
            return date[1]  # "told reporters on Thursday", "said in a statement on Friday"
        return end
    return end
