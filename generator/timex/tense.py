"""Whether the clause around an expression speaks of the past or the future.

A weekday or a month without a year is resolved by tense: "met on Friday" is
the last Friday, "will meet on Friday" the next one. The nearest cue before
the expression in its sentence decides ("will double its flights by August in
search of markets untouched by the crisis" is future); with none before it,
the nearest after it; with no cue at all the caller picks the nearest date.
A plan, an obligation or a promise looks ahead even when reported in the past
("ruled the records must be returned by Jan. 14"); a future word after the
expression counts only inside its clause ("held on Monday, which would ..."),
"until" only for the date right after it, and "next to" not at all. A headline
tells past events in the present tense (``headline_tense``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

PAST, FUTURE, UNKNOWN = "past", "future", "unknown"

# "next" and "last" are cues before a time word ("next week", "last Friday"), not as adjectives ("the next
# phase", "the last round") or verbs ("would last until Friday").
_TIME_WORD_AFTER = (
    r"\s+(?:few|couple|several|week|weekend|month|year|quarter|decade|season|spring|summer|autumn|fall|winter|"
    r"time|night|January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# The first letters of a month's or a weekday's name.
_DATE_START = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_FUTURE = (
    r"will|won't|wo n't|'ll|shall|going to|gonna|plans? to|planned for|expected|expects|scheduled|set to|"
    r"due to|due|to be held|upcoming|forthcoming|as early as|as soon as|is to|are to|would|intends? to|"
    r"(?:aim|hop|intend|want)(?:ed|s|es|e)?\s+to|slated|"
    r"might(?!\s+(?:not\s+)?have)|could(?!\s+(?:not|have)|n['’]t)|"
    rf"next(?={_TIME_WORD_AFTER})|tomorrow|will be|deadline|"
    r"await(?:s|ing)?|starting|"
    # an obligation or a plan looks forward, even reported in the past: "ruled the records must be
    # returned by Jan. 14", "planned a demonstration on Saturday", "invited him to join talks on Wednesday"
    r"must|should|needs? to|has to|have to|planned|planning|promis(?:ed|es|e|ing)|pledg(?:ed|es|e|ing)|vow(?:ed|s)|"
    # "postponed until Saturday", "extended the deadline to June": the new date lies ahead
    # "the hearing was moved to Dec. 4", "brought forward to Monday": the new date, right after "to"
    rf"(?:mov(?:ed|es|e|ing)|br(?:ought|ings?|inging))(?:\s+(?!to\b)\w+){{0,3}}?(?:\s+(?:up|forward|back))?\s+to(?=\s+(?:{_DATE_START}|\d))|"
    r"(?:postpon|delay|adjourn|defer|extend|suspend|reschedul|remand|push(?:ed)?\s+back)(?:ed|es|e|s|ing)?(?:\s+\w+){0,3}\s+(?:until|till|to|for)|"
    r"(?:invit|ask|agree|vow|promis|pledg|threaten|decid|urg|prepar|call|order|requir|direct|instruct|authori[sz]|summon|"
    r"tell|told)(?:ed|es|e|s|ing)?"
    r"(?:\s+(?:on\s+)?\w+){0,2}\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+|"
    # an infinitive of a scheduling verb looks forward: "a program to run through June"
    r"to (?:run|last|continue|begin|start|open|close|end|take place|hold|meet|launch|resume|expire)"
)
# A timetable in the present tense is about the coming date: "the trial begins Monday", "the rules take
# effect on Jan. 1", "the bank, which meets again on Thursday". Not in a headline, whose present is the past.
_TIMETABLE = (
    r"begins|opens|starts|resumes|reconvenes|convenes|meets|expires|kicks\s+off|gets\s+under\s+way|"
    r"runs|ends|closes|concludes|"
    r"(?:takes?|goes|go)\s+(?:into\s+)?effect|comes?\s+into\s+(?:force|effect)|"
    # fixtures, hearings and visits: "Liverpool host Arsenal on Sunday", "he faces trial on Monday"
    r"faces|hosts|visits|(?-i:(?!The\s|A\s)[A-Z][a-z]+\s+(?:face|host))(?=\s)"
)
_IRREGULAR_PAST = (
    r"said|told|met|was|were|had|did|made|took|came|went|saw|spoke|held|gave|began|wrote|sent|left|led|"
    r"won|lost|struck|fought|fled|flew|brought|bought|thought|knew|found|felt|got|kept|put|ran|set out|"
    r"stood|became|broke|chose|drove|fell|hit|paid|rose|sat|sold|spent|shot|threw|understood|wore|"
    r"grew|drew|withdrew|blew|froze|stole|woke|rode|swore|tore|bore|sang|rang|sank|swam|overcame|forgot|"
    r"underwent|undertook|overtook|shook|ate|oversaw|lent|dealt|slept|swept|wept|meant|withheld|upheld|"
    r"withstood|stuck|hung|swung|dug|sought|caught|taught|laid|bled|misled|fed|sped|slid|hid|lit|spun|"
    r"sprang|arose|drank|forbade|heard|built|rebuilt|burnt|dreamt|learnt|shrank|forgave|foresaw|mistook|"
    r"knelt|crept|leapt|clung|flung|stung|strung|wrung|strove|shone|slew|"
    r"died|tied|lied|used|owed|eyed|"  # regular, but too short for the "-ed" cue ("died on Thursday")
    rf"ago|yesterday|earlier|last(?={_TIME_WORD_AFTER})|previously|already|former|since|began|agreed|reported"
)
_NOT_PAST = {
    "need",
    "needed",
    "speed",
    "bed",
    "red",
    "seed",
    "feed",
    "proceed",
    "succeed",
    "exceed",
    "indeed",
    "hundred",
    "embed",
    "shed",
    "bleed",
    "breed",
    "creed",
    "greed",
    "weed",
    "heed",
    "deed",
    "wed",
    "united",
    "limited",
    "based",
    "related",
    "detailed",
    "armed",
    "advanced",
    "expected",
    "scheduled",
    "proposed",
    "intended",
    "supposed",
    "designed",
    "aimed",
}
# A participle after these is an adjective or a passive ("is expected", "stays closed"): it carries no tense.
_PASSIVE_OR_INFINITIVE = re.compile(r"\b(?:be|is|are|am|being|been|stays?|remains?)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# The verbs of a plan, a directive or a rescheduling in the past tense ("ordered ... to", "planned",
# "postponed ... until"): for a date before them, they tell that the date is past ("a court on Friday
# ordered the government to ...", "the union on Tuesday postponed the strike until March 3").
_PAST_PLAN = re.compile(
    r"(?:invit|ask|agre|vow|promis|pledg|threaten|decid|urg|prepar|call|order|requir|direct|instruct|authori[sz]|"
    r"summon|plann|postpon|delay|adjourn|deferr|extend|suspend|reschedul|remand|mov)ed\b|"
    r"told\b|brought\b|pushed\s+back\b",
    re.IGNORECASE,
)
# A verb after a modal or "to" is its bare form, whatever it looks like: "would hit", "to set out".
_MODAL_BEFORE = re.compile(
    r"\b(?:would|will|could|can|may|might|should|must|shall|to|did|does|do|not|n['’]t)\s+$", re.IGNORECASE
)
# Past forms spelt like the bare verb ("the firm on Wednesday cut its forecast"): past only with a singular
# reading's missing "-s" and an object after them; "a rate cut on Wednesday" (a noun) is no cue.
_BARE_PAST = (
    r"(?:cut|shut|cost|spread|quit|split|cast|forecast|hurt|upset|set|let|beat|bid)"
    r"(?=\s+(?:(?:its|their|his|her|our|the|a|an|some|all|more|back|off|down|out)\b|[$£€]?\d))"
)
_CUE = re.compile(
    rf"\b(?P<until>until|till)\b|\b(?P<future>{_FUTURE})\b|\b(?P<timetable>{_TIMETABLE})\b|"
    rf"\b(?P<past>{_IRREGULAR_PAST}|{_BARE_PAST})\b|\b(?P<ed>[a-z]{{3,}}ed)\b",
    re.IGNORECASE,
)


# Between an expression and a cue after it, these end the expression's clause: a future word there
# ("..., which would", "... ahead of") is about another event, not the date.
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s-\s|\b(?:and|but|which|who|that|while|because|as|when|after|before)\b")


_FROM_BEFORE = re.compile(r"\b(?:from|between)\b[^,;]*$", re.IGNORECASE)
_FRONTED = re.compile(
    r"^\W*(?:(?:on|in|by|from|until|since|early|late|later|earlier|as\s+early\s+as|starting)\s+)?$", re.I
)


# "On a cold January morning, troops left": a leading phrase's date belongs to the clause after its comma
# ("Separately on Sunday, Rubio told …": a word or two may come before it)
_LEAD_PHRASE = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:on|in|at|during|by|early|late|until|since)\s+[^,;.]{0,30}$", re.IGNORECASE
)


# "called a strike for Monday", "the hearing was set for Aug. 21": a day something is arranged for lies
# ahead, whatever the tense of the arranging. A day's possessive ("arrested for Monday's attack") does not.
_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
# "cautious ahead of Thursday's rate decision", "trained ahead of Sunday's final": what a past clause waits
# for is still ahead when the report is written, whatever the tense of the waiting.
_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead|in\s+advance)\s+of\s+$", re.IGNORECASE)
_WEEKDAY_OR_ITS = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_DAY_WORDS = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’])|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b(?!['’,]?\s*\d)(?!['’])"
)


# A state told in the past lasted until the date: "the strike lasted until Friday", "he was in hospital until
# Sunday". A stop told in the past ("halted production until Monday") lasts on, so its end may lie ahead.
_PAST_STATE = re.compile(
    r"\b(?:lasted|continued|stayed|remained|was|were|waited|ran|worked|lived|served|persisted|raged|"
    r"went\s+on|carried\s+on|held|stood)\b(?!\s+(?:to|going|due|set|scheduled|expected)\b)",
    re.IGNORECASE,
)


def _past_in_clause(sentence: str, pos: int) -> bool:
    """True when a verb of a past state stands between the start of the clause holding ``pos`` and ``pos``."""
    begin = max(0, pos - _REACH)
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(sentence, begin, pos)]
    return _PAST_STATE.search(sentence, breaks[-1] if breaks else begin, pos) is not None


# How far from an expression a cue may stand (characters): far beyond any clause of news, and it bounds the
# work per expression, so that a hostile "sentence" of a megabyte with no full stop is not read once per date.
_REACH = 600


@lru_cache(maxsize=8)
def _cues(sentence: str) -> tuple[list[int], list[re.Match[str]]]:
    """The tense cues of a sentence and their offsets, found once however many dates it holds."""
    found = list(_CUE.finditer(sentence))
    return [m.start() for m in found], found


def clause_tense(sentence: str, start: int, end: int, *, timetable: bool = True) -> str:
    """Tense of the clause around ``sentence[start:end]``: PAST, FUTURE or UNKNOWN. Without ``timetable``
    (in a headline) a present-tense timetable verb ("opens") is no cue. Only words within ``_REACH``
    characters of the expression are cues."""
    if _FOR_BEFORE.search(sentence, max(0, start - 6), start) and _DAY_WORDS.match(sentence, start):
        return FUTURE
    if _AHEAD_OF_BEFORE.search(sentence, max(0, start - 20), start) and _WEEKDAY_OR_ITS.match(sentence, start):
        return FUTURE
    best: tuple[int, str] | None = None
    # "In January, the company will ...": a date fronted before the comma belongs to the clause after it
    fronted = _FRONTED.match(sentence, 0, start) is not None or _LEAD_PHRASE.match(sentence, 0, start) is not None
    offsets, cues = _cues(sentence)
    for m in cues[bisect_left(offsets, start - _REACH) : bisect_right(offsets, end + _REACH)]:
        auxiliary = _PASSIVE_OR_INFINITIVE.search(sentence, max(0, m.start() - 80), m.start())
        if (m.group("ed") or m.group("past")) and auxiliary:
            continue  # "to be published", "is expected": the auxiliary carries the tense
        if m.group("past") and _MODAL_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
            continue  # "the storm would hit on Sunday": the modal carries the tense
        if m.group("ed") and m.group("ed").lower() in _NOT_PAST:
            word = m.group("ed").lower()
            if word in ("expected", "scheduled"):
                kind = FUTURE
            else:
                continue
        elif m.group("timetable"):
            if not timetable:
                continue
            kind = FUTURE
        else:
            kind = FUTURE if (m.group("future") or m.group("until")) else PAST
        if m.group("until"):
            if sentence[m.end() : start].strip() or _FROM_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
                continue  # "until" governs only the date right after it ("postponed until Saturday"), not a
                # range's end ("lasted from Jan. 3 until Feb. 10")
            if _past_in_clause(sentence, m.start()):
                continue  # "the strike lasted until Friday": the past verb of its clause decides
            kind = FUTURE
        if m.start() >= start and m.end() <= end:
            continue  # a cue inside the expression itself ("next", "last") is not the clause's tense
        if m.start() >= end and not fronted and _CLAUSE_BREAK.search(sentence, end, m.start()):
            continue  # "held on Monday, which would": the future belongs to another clause
        if kind == FUTURE and m.start() >= end and m.group("future") and _PAST_PLAN.match(m.group("future")):
            kind = PAST  # "on Friday ordered the government to release ...": the ordering was on Friday
        # A cue before the expression governs it more often than any cue after it.
        rank = (0, start - m.end()) if m.end() <= start else (1, m.start() - end)
        if best is None or rank < best[0]:
            best = (rank, kind)
    return best[1] if best else UNKNOWN


_HEADLINE_FUTURE = re.compile(r"\b(?:to|will|set\s+to|plans?\s+to)\s+[a-z]", re.IGNORECASE)


_LEADING_SPACE = re.compile(r"\s*")


def headline_tense(text: str, start: int) -> str | None:
    """The tense a headline implies, when ``start`` lies in one: the first line of the text, without closing
    punctuation. Headlines tell past events in the present ("Storm hits coast Monday") and future ones with
    "to" ("Leaders to meet Friday"); None outside a headline."""
    first = _LEADING_SPACE.match(text).end()  # not text.lstrip(): this is asked of every expression
    if start < first:
        return None
    line_end = text.find("\n", first, start + 201)
    if line_end < 0 or not first <= start < line_end:
        return None
    line = text[first:line_end].rstrip()
    if not line or line.endswith((".", "!", "?", ":", ",")) or len(line) > 200:
        return None
    return FUTURE if _HEADLINE_FUTURE.search(line) else PAST
