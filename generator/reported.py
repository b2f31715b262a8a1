"""Reported speech without quotation marks: indirect statements with a speaker and a content span.

Cues, tried in order on each sentence with no direct quote in it:

* ``According to X, …`` / ``…, according to X.`` / ``X, according to Y, …`` (the whole sentence is Y's);
* ``X said (that) …``, ``X told reporters (on Monday) that …``, ``X warned that …``, ``…, saying that …``:
  a communication verb whose complement is a clause. Without "that" the complement must read as a
  clause (a finite verb early in it: "X said the firm would ..."), so ``GM announced record losses``
  (a noun phrase object: an event) is not a statement;
* ``…, X said.`` / ``…, said X, a …`` / ``…, believes X, a …``: the attribution after the clause.

The speaker must resolve to an actor; verbs of thought alone (``X thinks``) are not speech.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .frames import VERBS, subject_of
from .model import Sentence
from .quotes import words
from .resolve import Attributor, nationality_alone
from .speakers import Head, head, is_surname, lexicon, verb_pattern
from .timex.grammar import WEEKDAY

_SPEECH = verb_pattern("speech")
_TOLD = re.compile(r"told|tells|telling|assured|informed|warned|reminded")
# What may stand between the verb and its clause: a listener after "told" ("reporters", "shareholders",
# "his audience"), a time or a medium.
_BETWEEN = (
    r"(?:\s+(?:reporters|journalists|the\s+press|the\s+media|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}|"
    r"the\s+\w+(?:\s+\w+)?|(?:his|her|their|its|our)\s+\w+|him|her|them|us|police|parliament|[a-z]{3,}s))?"
    r"(?:\s+(?:on|in|at|during|last|this|yesterday|today|earlier|later)(?:\s+(?:a|an|the))?"
    r"(?:\s+[\w’'\-]+){1,3}?)?(?:\s+(?:yesterday|today|on\s+\w+))?"
)
# The verb, perhaps a time and a medium ("said on Monday", "said in a statement on Friday"), perhaps "that", the clause.
_DIRECT = re.compile(
    rf"\b(?P<verb>{_SPEECH})(?P<between>(?:\s+(?:on|in|at|during|last|this|yesterday|today|earlier|later)"
    rf"(?:\s+(?:a|an|the))?(?:\s+[\w’'\-]+){{1,3}}?){{0,2}}),?\s+(?P<that>that\s+)?(?P<clause>\S.*)$"
)
# The same with "that" after a time and a medium of any length: "said at a news conference on Tuesday that …".
_DIRECT_THAT = re.compile(
    rf"\b(?P<verb>{_SPEECH})(?P<between>(?:,?\s+(?:on|in|at|during|last|this|yesterday|today|earlier|later|{WEEKDAY})"
    r"(?:\s+(?:a|an|the|his|her|its|their))?(?:\s+(?!(?:that|the|a|an)\b)[\w’'\-]+){0,3}){1,2}),?\s+"
    r"(?P<that>that\s+)(?P<clause>\S.*)$"
)
_THAT = re.compile(rf"\b(?P<verb>{_SPEECH})(?P<between>{_BETWEEN}),?\s+(?P<that>that\s+)?(?P<clause>\S.*)$")
_FINITE = re.compile(
    r"\b(?:would|will|is|was|were|are|had|has|have|could|can|may|might|should|must|did|does|do|"
    r"plans?|planned|expects?|expected|remains?|needs?|wants?|[a-z]{3,}ed)\b"
)
# A clause's own subject and verb right after the cue: "announced it would close …" (not "announced losses").
_SUBJECT_VERB = re.compile(
    r"(?:it|he|she|they|we|(?:the|its|their)\s+\w+)\s+(?:would|will|had|has|was|were|is|are|could|may|might|"
    r"plans|planned|expects|expected|intends|intended)\b"
)
_AUXILIARY = re.compile(r"\b(?:would|will|is|was|were|are|has|have|had|can|could|may|might|should|must)\b")
_ACCORDING_START = re.compile(r"^[Aa]ccording\s+to\s+(?P<np>[^,]{2,120}?),\s+(?P<clause>.+)$")
# Without its comma: a name in capitals, then the clause in lower case ("According to Penske future vehicles will …").
_ACCORDING_BARE = re.compile(
    r"^[Aa]ccording\s+to\s+(?P<np>(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*)\s+(?P<clause>[a-z][^,]*\s[a-z]+.*)$"
)
_ACCORDING_END = re.compile(r"^(?P<clause>.{20,}?),?\s+according\s+to\s+(?P<np>[^,]{2,120}?)(?:,[^.]*)?\.?$")
_ACCORDING_INSIDE = re.compile(r"^.{3,}?,\s+according\s+to\s+(?P<np>[^,]{2,120}?),")
_TRAILING = re.compile(
    rf"^(?P<clause>.{{20,}}?),\s+(?:(?P<verb>{VERBS}|believes)\s+(?P<np1>[^.]+?)|(?P<np2>[^,.]{{2,80}}?)\s+"
    rf"(?:{_SPEECH}))(?:\s+(?:on|in)\s+[^,.]+)?\.?$"
)

# A source described, not named: "analysts", "some customers", "an independent expert" (lower case only).
_UNNAMED_SOURCE = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Oo]ther|[Oo]ne|[Tt]wo|[Tt]hree)\s+)?(?:[a-z\-]+\s+){0,2}"
    r"(?P<noun>[a-z]+)|(?P<cap>[A-Z][a-z]+)"
)
# What may open a sentence before an unnamed source and its verb: "But analysts say".
_OPENING = re.compile(r"\s*(?:(?:But|And|However|Still|Yet|Meanwhile|Now),?\s+)?(?P<np>[^,;:]{2,60}?)\s+")
# "has not acknowledged", "did not say", "never claimed": a denied act of speech states nothing; nor does one
# in a condition ("if he believes …").
_NEGATED = re.compile(
    r"\b(?:not|never|n[’']t)\s+(?:\w+ly\s+|yet\s+|publicly\s+)?$|\b(?:if|whether)\s+(?:he|she|it|they|we|\w+)\s+$"
)
# A listener or a place between a verb and its "that": "argued with their U.S. counterparts that …".
_LISTENER = re.compile(r"(?:with|to|in|at|before|during)\s[^,;:“”\"]{1,60}?\s+that\s+")
Make = Callable[..., None]


def _end(body: str) -> int:
    return len(body) - (1 if body.endswith((".", "!", "?")) else 0)


def _according(text: str, sentence: Sentence) -> tuple[int, int, int, int] | None:
    """(phrase start, phrase end, clause start, clause end), sentence-relative, of an "according to" cue."""
    body = sentence.text
    m = _ACCORDING_START.match(body) or _ACCORDING_BARE.match(body)
    if m:
        clause = m.start("clause")
        # "According to X, the director of Y, a research body, a choice by … should …": past the
        # appositions (parts with no auxiliary verb) to the reported clause.
        while (a := re.match(r"(?:an?|the)\s[^,]{2,160}?,\s+", body[clause:])) and not _AUXILIARY.search(a.group(0)):
            if "," not in body[clause + a.end() :] and not _AUXILIARY.search(body[clause + a.end() :]):
                break
            clause += a.end()
        return m.start("np"), m.end("np"), clause, _end(body)
    m = _ACCORDING_INSIDE.match(body)
    if m:  # "President Putin, according to Stanovaya, views ...": the whole sentence is hers
        return m.start("np"), m.end("np"), 0, _end(body)
    m = _ACCORDING_END.match(body)
    if m:
        return m.start("np"), m.end("np"), 0, m.end("clause")
    return None


# How far after its verb a reported clause is read to find where it starts (characters).
_REACH = 600
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|am)\s+$")


def _clause(pattern: re.Pattern[str], body: str, at: int, upto: int, last_newline: int) -> re.Match[str] | None:
    """``pattern`` (a verb, then a clause to the end of the sentence) matched at ``at`` within ``body[:upto]``;
    None where a newline after the clause's start would stop it in the whole sentence."""
    m = pattern.match(body, at, upto)
    return m if m and (upto == len(body) or last_newline < m.start("clause")) else None


def _verb_clauses(text: str, sentence: Sentence) -> list[tuple[int, int, int, int]]:
    """(verb offset, clause start, clause end, participle) of each ``X said (that) …`` cue, sentence-relative.

    Finite verbs come before participles: in "In response to critics saying that …, Jobs said that …"
    the statement is Jobs's.
    """
    body = sentence.text
    found = []
    # A newline after a clause's start (but a last one) means no clause, as ``.*$`` has it; each cue reads only
    # _REACH characters on, so that a hostile sentence of a megabyte is not read once per verb.
    last_newline = body.rfind("\n", 0, len(body) - body.endswith("\n"))
    for at in (v.start() for v in re.finditer(rf"\b(?:{_SPEECH})\b", body)):
        upto = min(len(body), at + _REACH)
        m = _clause(_DIRECT_THAT, body, at, upto, last_newline) or _clause(_DIRECT, body, at, upto, last_newline)
        if _TOLD.match(body, at):
            m = _clause(_THAT, body, at, upto, last_newline) or m  # "told reporters (that) …": not the clause
        if m is None or _NEGATED.search(body, max(0, at - 80), at):
            continue  # "he has not acknowledged if …": no statement
        clause = m.group("clause")
        start = m.start("clause")
        listener = None if m.group("that") else _LISTENER.match(clause)
        if listener:  # "argued with their U.S. counterparts that …": the clause after "that"
            clause, start = clause[listener.end() :], start + listener.end()
        if re.match(r"(?:if|whether)\b|(?!during\b)[a-z]+ing\s+that\b", clause):
            continue  # an indirect question, or a participle's own cue ("mentioned, indicating that …")
        if not m.group("that") and not listener and not _FINITE.search(" ".join(clause.split()[:8])):
            continue  # "announced a new phone": an object, not a clause
        noun_verb = m.group("verb").startswith(("announc", "report", "confirm", "deni", "predict"))
        if noun_verb and not m.group("that") and not _SUBJECT_VERB.match(clause):
            continue  # these take a noun phrase as often as a clause: "that" or a subject and its verb make it speech
        # "is claiming that": a progressive is the sentence's finite verb, not a participle of another's
        progressive = _PROGRESSIVE.search(body, max(0, m.start("verb") - 40), m.start("verb"))
        participle = m.group("verb").endswith("ing") and not progressive
        found.append((m.start("verb"), start, _end(body), int(participle)))
    return sorted(found, key=lambda c: c[3])


def find_indirect(
    text: str,
    sentences: list[Sentence],
    quoted: set[int],
    att: Attributor,
    make: Make,
    spans: list[tuple[int, int]] | None = None,
) -> None:
    """Add the indirect statements of every sentence with no direct quote in it.

    In a sentence with one (``quoted`` holds their starts; ``spans`` the quotes), only a verb's clause with
    no quoted words in it and before it is reported speech: `Citing “a precautionary measure”, Airbus
    announced that …`, `“A,” she said, adding that …`.
    """
    for sentence in sentences:
        if sentence.start in quoted:
            if spans:
                _quoted_sentence(text, sentence, att, make, spans)
            continue
        lo = sentence.start
        cue = _according(text, sentence)
        if cue:
            s, e = lo + cue[0], lo + cue[1]
            _emit(text, att, make, sentence, (s, e, head(text, s, e)), lo + cue[2], lo + cue[3])
            continue
        cues = _verb_clauses(text, sentence)
        for verb, start, end, participle in cues:
            frame = subject_of(text, lo, lo + verb, participle=bool(participle))
            if frame and _emit(text, att, make, sentence, (frame.start, frame.end, frame.head), lo + start, lo + end):
                break
            bare = None if frame or participle else _OPENING.fullmatch(text, lo, lo + verb)
            if bare and _unnamed(bare.group("np")):  # "But analysts say …": a source nobody named opens the sentence
                s, e = bare.span("np")
                make((s, e, text[s:e]), None, None, lo + start, lo + end, "indirect", sentence)
                break
        if cues:
            continue
        m = _TRAILING.match(sentence.text)
        if m and m.group("np2") and re.search(rf"\b(?:{_SPEECH})\b", m.group("np2")):
            m = None  # "Zetsche denied the reports.": the verb is inside, its object is no clause
        if m and m.group("verb") and m.group("verb").endswith("ing"):
            m = None  # "…, calling Zelensky a “dictator”": a participle, not an attribution after the clause
        if m:
            g = "np1" if m.group("np1") else "np2"
            s, e = lo + m.start(g), lo + m.end(g)
            _emit(text, att, make, sentence, (s, e, head(text, s, e)), lo, lo + m.end("clause"))


def _quoted_sentence(text: str, sentence: Sentence, att: Attributor, make: Make, spans) -> None:
    """A sentence with a quote: the first verb clause whose speaker and clause hold no quoted words."""
    lo = sentence.start
    for verb, start, end, participle in _verb_clauses(text, sentence):
        frame = subject_of(text, lo, lo + verb, participle=bool(participle))
        if frame is None or any(a < lo + end and frame.start < b for a, b in spans):
            continue  # quoted words in the speaker phrase or the clause: the quote is the statement
        if _emit(text, att, make, sentence, (frame.start, frame.end, frame.head), lo + start, lo + end):
            return


def _unnamed(phrase: str) -> bool:
    """Whether a speaker phrase is a source nobody named ("analysts", "some customers", "an expert")."""
    m = _UNNAMED_SOURCE.fullmatch(phrase.strip(" ,"))
    return bool(m) and (m.group("noun") or m.group("cap") or "").lower() in lexicon().unnamed


def _surname(text: str, s: int, e: int, name: str) -> bool:
    """Whether the speaker phrase ``text[s:e]`` is a surname alone ("Smith said the plant would close")."""
    return text[s:e].strip(" ,") == name and is_surname(text, name)


def _emit(text, att: Attributor, make: Make, sentence: Sentence, phrase, start: int, end: int) -> bool:
    """Add the statement if its speaker is named; whether it was added.

    A person's name that resolves to no actor ("Mr MacFarlane said that …" with no full name) still
    makes a statement, unattributed but with the name as written; a bare unknown word does not.
    """
    s, e, h = phrase
    speaker = att.resolve_phrase(s, e, h)
    named = h is not None and h.kind == "name" and (h.honorific or " " in h.text or _surname(text, s, e, h.text))
    # "European leaders said": a nationality of no one country names a group nobody named, as "analysts" does
    group = h is not None and nationality_alone(h)
    if words(text[start:end]) < 4 or (speaker is None and not named and not group and not _unnamed(text[s:e])):
        return False
    if h is None:  # a role phrase ("the bank chief"): the phrase is where the speaker is named
        lead = s + len(text[s:e]) - len(text[s:e].lstrip(" ,"))
        h = Head(lead, lead + len(text[s:e].strip(" ,")), text[s:e].strip(" ,"), "role")
    for lo, hi in _conjoined(text, start, end):
        make((h.start, h.end, h.text), speaker, None, lo, hi, "indirect", sentence)
    return True


# Where a second clause of one attribution begins: "… that A, and that B", "… A and predicted that B" ("A, but
# that B" is one statement: the second clause qualifies the first).
_CONJOINED = re.compile(rf",?\s+and\s+(?:(?:also\s+)?(?:{_SPEECH})\s+)?that\s+")


def _conjoined(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the clauses a reporting verb's content joins ("he said that the plant would close and
    that its workers would be paid"): each is a statement of its own, as the annotation guideline has it.
    A part of fewer than four words is no clause of its own and stays with the one before."""
    spans, lo = [], start
    for m in _CONJOINED.finditer(text, start, end):
        if words(text[lo : m.start()]) >= 4 and words(text[m.end() : end]) >= 4:
            spans.append((lo, m.start()))
            lo = m.end()
    return [*spans, (lo, end)]
