"""Attribution frames: where, around a quotation or a reported clause, the speaker is named.

Frames are tried cheapest and most reliable first:

1. after the quote, in its sentence: a dash (``"…" - Name``), ``according to X``, the verb first
   (``,” said Rep. Jason Chaffetz``, ``,” says ANA senior vice president Mitsuo
   Morimoto``) or the speaker first (``,” IMF chief economist Maury Obstfeld
   said``, ``,” the Kremlin said in a statement``, ``,” Yuri Ushakov, an aide, told``);
2. before the quote, in its sentence: ``Said Ellis: “…”``, ``X said: “…”``,
   ``X told reporters that “…”``, ``According to X, … “…”``; a participle
   (``Trump attacked Clinton, saying “…”``) takes the clause's subject, not the object;
3. a colon line ending the paragraph before (``Caddell continued:``).

A frame names a speaker phrase; ``speakers.head`` reads the name out of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .resolve import is_subject as _is_subject
from .speakers import Head, head, is_org_name, is_title, lexicon, verb_pattern

VERBS = verb_pattern("reporting")
VERB = re.compile(rf"\b(?:{VERBS})\b")
_THOUGHT = re.compile(r"believes|believed|thinks|estimates")
PARTICIPLES = re.compile(
    r"^(?:saying|adding|stating|insisting|noting|arguing|warning|explaining|telling|announcing|calling|describing|"
    r"predicting)$"
)
_ADVERB = r"(?:\b[a-z]+ly\s+|also\s+|later\s+|then\s+|once\s+|has\s+|had\s+|have\s+|would\s+|will\s+)*"
# The speaker phrase after a verb ends at the sentence's end or at what follows a name: a clause or an adverbial.
_PHRASE_END = re.compile(
    r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bCorp)(?<!\bBros)(?<!\bIntl)[.;:!?](?!\w)|[\"“”]|,\s*(?:who|which|adding|saying|noting|"
    r"according|referring|speaking|while|when|as)\b|\s(?:told|adding|according|said|says|who|which)\b|$"
)


# "Reuters quoted him as saying", "was quoted by Interfax as telling": the speaker is the one quoted.
_QUOTED_AS = re.compile(
    r"(?:(?:[^,.;:\"“”]|\.(?=\w)){1,80}?\s)?quoted\s+(?:by\s+[^,.;:\"“”]{1,60}?\s+)?(?P<np>[^,.;:\"“”]{1,80}?)\s+as\s+"
    r"(?:saying|telling|stating|writing|adding)\b"
)
_QUOTED_BEFORE = re.compile(
    r"\bquoted\s+(?:by\s+[^,.;:\"“”]{1,60}?\s+)?(?P<np>[^,.;:\"“”]{1,80}?)\s+as\s+"
    r"(?:saying|telling|stating|writing|adding)\b[^\"“”]*$"
)
# "X was quoted by Interfax as saying": the passive's subject said it, not the outlet that quoted it.
_QUOTED_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:widely\s+)?(?:quoted|cited)\s+(?:by\s+[^,.;:\"“”]{1,60}?\s+)?as\s+"
    r"(?:saying|telling|stating|writing|adding)\b[^\"“”]*$"
)
# "a statement from", "the letter issued by": what a speaker issued, its issuer after the preposition.
_ISSUED = re.compile(
    r"\s*(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat)\s+(?:[a-z][\w\-]*\s+)??([a-z\-]+)\s+"
    r"(?:issued\s+|released\s+|sent\s+)?(?:from|by|of)\s"
)
_CAPITALISED = re.compile(r"[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*)*")
# An aside between a subject and its verb: "X, quoted by the website Vesti, said", "X, speaking to reporters, said".
_ASIDE = re.compile(
    r"\s*(?:(?:quoted|cited|interviewed)\s+by|speaking\s|writing\s|according\s+to|in\s+an?\s+(?:interview|statement))"
)
# A verb phrase coordinated with the sentence's own verb: `said that “…,” and described …`.
_COORDINATED = re.compile(r"(?:and|but|or|then|while|so|yet|before|after|which|who)\b")

# A sentence's end inside a would-be speaker phrase (the full stop of "Mr." or "W." is none).
_SENTENCE_BREAK = re.compile(
    r"[!?;\"“”]|(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bCorp)(?<!\bBros)(?<!\bIntl)\.(?!\s+(?:said|says)\b)"
)


# A party and state tag after a politician's name: "(D-Wis.)", "(R-Utah)", "(I)".
PARTY_TAG = re.compile(r"\((?:[A-Z][\w.]{0,3}(?:[-–][A-Z][\w.]{0,12})*)\)")


@dataclass(frozen=True)
class Frame:
    """A speaker phrase ``text[start:end]`` and its head; ``end_at`` is where the frame's words stop."""

    start: int
    end: int
    head: Head | None
    end_at: int


def _frame(text: str, lo: int, hi: int, end_at: int) -> Frame:
    return Frame(lo, hi, head(text, lo, hi), end_at)


def after_quote(text: str, lo: int, hi: int) -> Frame | None:
    """The attribution that follows a quote closing at ``lo``, within ``text[lo:hi]`` (its sentence)."""
    seg = text[lo:hi]
    dash = re.match(r"\s*[-–—]+\s*(?=[A-Z])", seg)
    if dash:
        stop = re.search(r"[.;(\"“”]|,\s*(?:a|an|the|who)\b|$", seg[dash.end() :]).start() + dash.end()
        return _frame(text, lo + dash.end(), lo + stop, lo + stop)
    if seg[:1].isalnum():
        return None  # the quoted words run on into the sentence: "the “App Store” lets users ..."
    according = re.match(r"[\s,]*according\s+to\s+", seg)
    if according:  # `“…,” according to Paul Jones.`
        stop = _PHRASE_END.search(seg, according.end()).start()
        return _frame(text, lo + according.end(), lo + stop, lo + stop)
    verb_first = re.match(rf"[\s,]*(?:{_ADVERB})(?:{VERBS})\s+", seg)
    clause = verb_first and seg[verb_first.end() :].startswith("that ")
    if verb_first and (PARTICIPLES.match(verb_first.group(0).split()[-1]) or clause):
        return None  # `“Antennagate,” saying that …`: a participle clause, not an attribution
    if verb_first:
        rest = PARTY_TAG.sub(lambda t: " " * len(t.group(0)), seg[verb_first.end() :])
        # "said the firm's chief executive officer, Alan Mulally.": the phrase runs to the sentence's end
        # or a following clause (a party tag "(D-Mich.)" in it); ``head`` reads the name out of it.
        stop = _PHRASE_END.search(rest).start()
        s = lo + verb_first.end()
        return _frame(text, s, s + stop, s + stop)
    lead = re.match(r"[\s,]*", seg).end()
    quoted = _QUOTED_AS.match(seg, lead)
    if quoted:  # `“…,” the agency quoted Igor Sechin as saying`: the one quoted, not the outlet
        return _frame(text, lo + quoted.start("np"), lo + quoted.end("np"), lo + quoted.end())
    m = re.compile(rf"(?:{_ADVERB})(?:{VERBS})\b").search(seg, lead)
    if not m or _COORDINATED.match(seg, lead):
        return None  # `“…,” and described …`: a second verb of the subject before the quote
    # A party tag "(D-Mich.)" is part of the name's phrase: its full stop ends no sentence.
    phrase = PARTY_TAG.sub(lambda t: " " * len(t.group(0)), seg[lead : m.start()])
    participle = re.match(r"[a-z]+ing\b", phrase)
    if (participle and not is_title(participle.group(0))) or re.search(r"\b(?:that|which)\s+$", phrase):
        # `“…,” pointing to an analysis by the CBO that says …`: a participle's relative clause (but
        # "outgoing NATO Secretary General Jens Stoltenberg said" is a title's adjective)
        return None
    # "Yuri Ushakov, an aide, told": the apposition is not the speaker.
    core = re.match(r"[^,]*", phrase).group(0) if re.search(r",\s*(?:a|an|the|who)\b", phrase) else phrase
    if not core.strip() or len(core.split()) > 12 or _SENTENCE_BREAK.search(phrase):
        return None
    return _frame(text, lo + lead, lo + lead + len(core.rstrip(" ,")), lo + m.end())


# What may follow the verb of an attribution that is a sentence of its own: an adverbial, not a clause
# ("Dana Wells said on Friday." but not "Dana Wells said the talks failed." nor "The company declined to
# comment.").
_ADVERBIAL = re.compile(
    r"\s*(?:(?:on|in|at|during|after|before|from|with|for|about|via|late|earlier|later|again|yesterday|today|"
    r"tonight|last|this|then)\b[^.;:!?\"“”]{0,50})?[.!]?\s*"
)


def detached(text: str, lo: int, hi: int) -> Frame | None:
    """An attribution that is a sentence of its own after a quote that ended its sentence at ``lo``, the
    sentence running to ``hi``: `“… listened.” Dana Wells said.`, or a paragraph of its own after a quote
    paragraph (`said Bill Ross, a trader.`). It names a speaker and says nothing else."""
    seg = text[lo:hi]
    if len(seg.split()) > 16 or re.search(r"[\"“”]", seg):
        return None
    frame = after_quote(text, lo, hi)
    if frame is None or frame.head is None or not _ADVERBIAL.fullmatch(text, frame.end_at, hi):
        return None
    return frame


# How far back from its verb a subject is looked for (characters): beyond the subject of any sentence of news.
_REACH = 600
_SPACE = re.compile(r"\s")


def _segments(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The comma-separated parts of ``text[lo:hi]``, last first."""
    parts = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^,;—–]+", text[lo:hi])]
    return list(reversed(parts))


def subject_of(text: str, lo: int, verb_at: int, participle: bool = False) -> Frame | None:
    """The speaker phrase that is the subject of a reporting verb at ``verb_at`` in a sentence from ``lo``.

    Read back from the verb by comma-separated parts, passing appositions ("an aide to Putin",
    "chairman of Genentech") and relative clauses; a participle ("…, saying") takes the clause's first
    subject instead. Inside a part, a name behind a preposition or a possessive is no subject
    ("Ballmer expressed condolences for Jobs and described ...": Ballmer).
    """
    if verb_at - lo > _REACH:  # a hostile "sentence" of a megabyte is not read back in full once per verb
        space = _SPACE.search(text, verb_at - _REACH, verb_at)
        lo = space.end() if space else verb_at
    parts = _segments(text, lo, verb_at)
    parts = [(s, e) for s, e in parts if text[s:e].strip()]
    if participle:
        parts = list(reversed(parts))
    listed = None if participle else _list_first(text, parts)
    if listed:
        return Frame(listed.start, listed.end, listed, verb_at)
    if not participle and len(parts) > 1 and text[parts[0][0] : parts[0][1]].split()[0] == "who":
        # "McConnell was criticised by Pelosi, who said": the relative pronoun's antecedent, the name before it
        # (past an apposition: "Charles O'Reilly, a management expert at Stanford University, who stated")
        for s, e in parts[1:4]:
            if text[s:e].split()[0] in ("a", "an", "the"):
                continue
            names = [head(text, m.start(), m.end()) for m in _CAPITALISED.finditer(text, s, e)]
            last = names[-1] if names else None
            if last and last.kind == "name" and not is_org_name(last.text) and not text[last.end : e].strip():
                return Frame(last.start, last.end, last, verb_at)
            break
    for i, (s, e) in enumerate(parts):
        first = text[s:e].split()[0]
        last_part = i == len(parts) - 1
        # "X, an aide to Putin, said", "Jim Cramer, of CNBC's Mad Money, remarked": a description of X
        apposition = first.lower() in ("a", "an", "the", "who", "which", "whose", "whom", "of", "from") or bool(
            _ASIDE.match(text, s, e)
        )
        if not participle and not last_part and apposition and "," in text[e:verb_at]:
            continue  # "X, an aide to Putin, said": the apposition between the subject and its verb
        inner = list(re.finditer(r"\b(?:that|as|while|when|because|if|after|before)\s+", text[s:e]))
        if inner and not participle:
            s = s + inner[-1].end()  # a clause boundary: "the plan failed as Smith said"
        if participle:
            v = re.search(rf"\b(?:{VERBS}|[a-z]+ed)\b", text[s:e])
            e = s + v.start() if v else e
        h = head(text, s, e)
        issued = _ISSUED.match(text, s, e)
        if h and issued and issued.group(1).lower() in lexicon().documents and h.start >= issued.end():
            # "A statement from Acme Corp. said": Acme Corp.; "One e-mail from Druyun to Sears read": Druyun
            to = re.search(r"\s(?:to|for|with|about)\s", text[issued.end() : e])
            if to:
                h = head(text, issued.end(), issued.end() + to.start()) or h
            return Frame(s, e, h, verb_at)
        # ", and Tom Hale warned": a clause's own subject after its conjunction, not a second conjunct
        clause_subject = h is not None and re.fullmatch(r"\s*(?:and|but|yet|while)\s+", text[s : h.start]) is not None
        while (
            h
            and not clause_subject
            and h.kind != "org"
            and not _speaks_for(text, s, h)
            and not _is_subject(text, s, h.start, h.end)
        ):
            cut = re.search(r"\s+\w+\W*(?:(?:the|a|an)\s+)?$", text[s : h.start])
            e = s + cut.start() if cut else s
            h = head(text, s, e) if e > s else None
        if h and not participle and _described_name_before(text, parts[i : i + 4]):
            continue  # "Sam Reed, chairman of Local 12, United Steelworkers union said": Sam Reed
        described = re.match(r"\s*(?:[Tt]he|[Aa]n?)\s+[a-z]", text[s:e]) and not last_part
        if h and not (described and h.kind == "role" and _named_part(text, parts[i + 1 :])):
            return Frame(s, e, h, verb_at)
        if described and _named_part(text, parts[i + 1 :]):
            continue  # "Buzz Hargrove, the president of the union said": the description of the name before
        if not participle and re.match(r"\s*(?:[Tt]he|[Aa]n?)\s+[a-z]", text[s:e]):
            return Frame(s, e, None, verb_at)  # "analysts said", "the report said": a speaker nobody named
    return None


def _name_only(text: str, s: int, e: int) -> Head | None:
    """The name that is all of ``text[s:e]`` but a leading article and a parenthesised short form
    ("the European Central Bank (ECB)"), or None."""
    h = head(text, s, e)
    rest = re.sub(r"\s*\([^()]*\)\s*$", "", text[s:e]).strip()
    rest = re.sub(r"^(?:the|The)\s+", "", rest)
    return h if h and h.kind in ("name", "org") and rest == h.text else None


def _list_first(text: str, parts: list[tuple[int, int]]) -> Head | None:
    """The first name of a coordinated subject ("A, B and C said", "A, B, and C jointly announced"): the
    guideline's speaker for several named parties. The part next to the verb holds "and"/"or"; the parts
    before it back to the first must each be a name alone, at least one of them."""
    if len(parts) < 2 or not re.search(r"(?:^|\s)(?:and|or)\s+(?:the\s+)?[A-Z]", text[parts[0][0] : parts[0][1]]):
        return None
    first = None
    for s, e in parts[1:]:
        named = _name_only(text, s, e)
        if not named:
            break
        first = named
    return first


def _speaks_for(text: str, s: int, h) -> bool:
    """Whether ``h`` is the organisation a spokesperson noun before it speaks for ("a spokesman for the
    Health Ministry", "an official at the State Department"): the speaker, though behind a preposition."""
    m = re.search(r"([a-z]+)\s+(?:for|of|at|with)\s+(?:the\s+)?$", text[s : h.start])
    return bool(m) and m.group(1) in lexicon().spokesperson and is_org_name(h.text)


def _described_name_before(text: str, parts: list[tuple[int, int]]) -> bool:
    """Whether the first part (not a name alone) ends a description of a person named in a part before.

    ``parts`` run back from the subject's part; the name is a part alone, and the part after it (perhaps
    the subject's own) opens the description: an article or a lowercase title word ("chairman of Local 12",
    "president and CEO of Boeing Commercial Airplanes").
    """
    if _named_part(text, parts):
        return False
    for j in range(1, len(parts)):
        opener = text[parts[j - 1][0] : parts[j - 1][1]].split()
        described = bool(opener) and (opener[0] in ("a", "an", "the") or (opener[0].islower() and is_title(opener[0])))
        if described and _named_part(text, parts[j:]):
            found = head(text, *parts[j])
            return found is not None and not is_org_name(found.text)
    return False


def _named_part(text: str, parts: list[tuple[int, int]]) -> bool:
    """Whether the next part back is a person's name alone ("Buzz Hargrove")."""
    if not parts:
        return False
    s, e = parts[0]
    h = head(text, s, e)
    # "Afterwards, the ambassador said": a sentence adverb is no name the description follows
    return bool(h) and h.kind == "name" and h.text == text[s:e].strip() and h.text.lower() not in lexicon().not_speakers


# A speaker's words announced by a possessive and a colon: "Dingell's reaction:", "Obama's message to GM:".
_OWNED_WORDS = re.compile(
    r"\s*(?P<np>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*)(?:’s|'s|’|')\s+(?:[a-z]+\s+){0,2}[a-z]+"
    r"(?:\s+(?:to|for)\s+[^:;“”\"]{1,40})?:\s*$"
)


def before_quote(text: str, lo: int, quote_open: int) -> tuple[Frame | None, re.Match | None]:
    """The attribution before a quote in its sentence ``text[lo:quote_open]``: the frame and its verb."""
    seg = text[lo:quote_open]
    said_first = re.match(rf"\s*(?:{VERBS})\s+(?P<np>[^:,]{{2,80}}?)\s*[:,]\s*$", seg, re.IGNORECASE)
    if said_first and said_first.group(0).lstrip()[:1].isupper():  # "Said Ellis: “…”"
        s, e = lo + said_first.start("np"), lo + said_first.end("np")
        return _frame(text, s, e, quote_open), said_first
    verbs = list(VERB.finditer(seg))
    owned = _OWNED_WORDS.match(seg)
    if owned and not verbs:  # "Dingell's reaction: “…”", "GM's message to its workers: “…”"
        s, e = lo + owned.start("np"), lo + owned.end("np")
        frame = _frame(text, s, e, quote_open)
        return (frame, None) if frame.head else (None, None)
    if not verbs:
        return None, None
    passive = _QUOTED_PASSIVE.search(seg)
    if passive:  # `Ivanov was quoted by RIA Novosti as saying “…”`
        return subject_of(text, lo, lo + passive.start()), passive
    quoted = _QUOTED_BEFORE.search(seg)
    if quoted:  # `Detik.com quoted Djamal as saying: “…”`
        s, e = lo + quoted.start("np"), lo + quoted.end("np")
        return _frame(text, s, e, quote_open), quoted
    # The last reporting verb, unless it is one of thought inside an earlier one's clause: "Mannion stated
    # that he believed the aircraft were “…”" is Mannion's statement.
    v = verbs[-1]
    if len(verbs) > 1 and _THOUGHT.match(v.group(0)):
        v = verbs[-2]
    v = _outermost(text, lo, seg, verbs, v)
    participle = bool(PARTICIPLES.match(v.group(0).split()[0]))
    if participle and len(verbs) > 1:
        # "He declined …, saying A, and merely saying B": a participle before it shares its subject, so the
        # main verb is the last one that is no participle; with none, the clause's first subject.
        mains = [m for m in verbs[:-1] if not PARTICIPLES.match(m.group(0).split()[0])]
        if not mains:
            return subject_of(text, lo, lo + v.start(), participle=True), v
        main = mains[-1]
        inverted = re.fullmatch(r"\s+(?P<np>[^;:“”\"]{2,120}?)\s*,\s*", seg[main.end() : v.start()])
        if inverted and re.search(r",\s*$", seg[: main.start()]):
            # "…, said Leon, adding, “…”": the inverted subject of the main verb, after it
            s, e = lo + main.end() + inverted.start("np"), lo + main.end() + inverted.end("np")
            return _frame(text, s, e, quote_open), v
        # "Ushakov briefed reporters, stating that “…”": the participle's subject is the main verb's.
        return subject_of(text, lo, lo + main.start()), v
    return subject_of(text, lo, lo + v.start(), participle=participle), v


# A "that" clause right after a reporting verb ("observed that", "stated to him that").
_THAT_CLAUSE = re.compile(r"[^,;:“”\"]{0,40}?\bthat\s")
# What ends a clause before a second verb that is its own attribution, not one nested in the first's clause.
_NOT_NESTED = re.compile(r",\s*(?:and|but|while|whereas|although|though)\b|;|\.\s")


def _outermost(text: str, lo: int, seg: str, verbs: list[re.Match], v: re.Match) -> re.Match:
    """The attribution of a quote inside another's reported clause is the outer one ("he observed that the
    government had stated to him that it had “…”" is his): the first verb, when ``v`` is in its "that"
    clause and no coordination or sentence break stands between them."""
    outer = verbs[0]
    if outer is v or PARTICIPLES.match(outer.group(0).split()[0]) or PARTICIPLES.match(v.group(0).split()[0]):
        return v
    that = _THAT_CLAUSE.match(seg, outer.end())
    if not that or that.end() > v.start() or _NOT_NESTED.search(seg, outer.end(), v.start()):
        return v
    if outer.group(0) in ("reported", "reports"):
        # "The BBC reported that the minister, Karl Weiss, said “…”": an outlet passes a named speaker's
        # words on; "The Times reported that someone familiar with it said “…”" is the outlet's report.
        inner = subject_of(text, lo, lo + v.start())
        if inner and inner.head and inner.head.kind == "name" and inner.start >= lo + that.end():
            return v
    return outer


def colon_line(text: str, lo: int, hi: int) -> Frame | None:
    """A paragraph's last sentence that announces a quote to come: ``Caddell continued:``."""
    seg = text[lo:hi].rstrip()
    if not seg.endswith(":"):
        return None
    verbs = list(VERB.finditer(seg))
    if verbs:
        frame = subject_of(text, lo, lo + verbs[-1].start())
        if frame:
            return frame
    return None


# "was praised by Jobs as “…”", "was described by the minister as “…”": the agent of a passive verb of
# description, right before the quote.
_AGENT = re.compile(
    r"\b(?:is|was|are|were|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\s+(?P<np>[^,;:\"“”]{2,60}?)\s+as\s*$"
)


def passive_agent(text: str, lo: int, quote_open: int) -> Frame | None:
    """The agent of ``… was praised by X as “…”`` in the sentence ``text[lo:quote_open]``."""
    m = _AGENT.search(text, lo, quote_open)
    if not m:
        return None
    frame = _frame(text, m.start("np"), m.end("np"), quote_open)
    return frame if frame.head else None
