"""Happenings a dated sentence names by their distance from its own date.

"Witkoff met Putin on Wednesday, two days before a deadline set by Trump", "Trump said on Monday …, three days
after his summit with Putin", "Marchenko spoke to us on Sunday, on the eve of Zelensky's visit": the phrase
dates a second happening from the sentence's date (Wednesday + 2, Monday - 3, Sunday + 1). The date engine
gives such a phrase no calendar date (a length of time, or an eve with nothing dated to count from); each
function here returns the Timex of the happening it names, which ``events.extract_events`` titles.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from .clauses import words
from .model import Sentence, Timex
from .timex.calendar import number_value

# "two days before a deadline", "a day after U.S. envoy Steve Witkoff held talks", "on the eve of the visit",
# "the day after the vote": a distance, a direction, then the happening it is counted from (up to the end of
# its phrase). A week counts seven days; months and years are too coarse to date a day by.
_ANCHORED = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u>days?|weeks?)\s+"
    r"(?P<dir>before|after)|(?P<eve>on\s+the\s+eve\s+of)|the\s+day\s+(?P<dir1>before|after))\s+"
    r"(?P<what>(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow)\b)"
    r"(?:[^,;:.()—–]|(?<=\b[A-Z])\.){4,160}?)(?=\s+and\s+(?:on\s+the\s+eve|\w+\s+(?:days?|weeks?)\s+(?:before|after))|[,;:.()—–]|$)",
    re.IGNORECASE,
)
# What the phrase counts from must be a happening: a noun phrase or a clause, not a date or a length of time.
_NOT_HAPPENING = re.compile(
    r"(?:the\s+)?(?:start|end|beginning|middle)\b|\d|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b",
    re.IGNORECASE,
)


def _days(m: re.Match) -> int:
    """The signed distance, in days, from the happening named to the sentence's date (negative: it lies after)."""
    if m["eve"]:
        return -1  # on the eve of X: X is the day after
    if m["dir1"]:
        return 1 if m["dir1"].lower() == "after" else -1
    n = 1 if m["n"].lower() in ("a", "an") else number_value(m["n"].lower())
    if n is None:
        return 0
    n *= 7 if m["u"].lower().startswith("week") else 1
    return n if m["dir"].lower() == "after" else -n


def anchored(text: str, sentence: Sentence, chosen: Timex, timexes: list[Timex]) -> list[Timex]:
    """The happenings ``sentence``, dated to the day by ``chosen`` (a date of its own words), names by their
    distance from that date, each as a Timex over its phrase with the day it falls on. None for a sentence
    dated by its context, to a month or coarser, or a phrase that counts from a date of its own ("two days
    after Monday": the date engine resolves that)."""
    value = chosen.date_value or ""
    if chosen.precision not in ("day", "time") or len(value) < 10 or "/" in value or not chosen.text.strip():
        return []
    day = dt.date.fromisoformat(value[:10])
    out: list[Timex] = []
    for m in _ANCHORED.finditer(sentence.text):
        start, end = sentence.start + m.start(), sentence.start + m.end()
        if start <= chosen.start < end or _NOT_HAPPENING.match(m["what"]):
            continue
        if any(start <= t.start < end and t.is_calendar_date for t in timexes):
            continue  # a date of its own inside the phrase: the engine dated it
        shift = _days(m)
        if shift:
            d = (day - dt.timedelta(days=shift)).isoformat()
            out.append(Timex(start, end, m.group(0), "DATE", d, "day", None, rule="anchored"))
    return out


def happening_of(t: Timex) -> tuple[int, str]:
    """For an anchored Timex, where in its phrase the happening named starts and its words ("his summit with
    Putin in Alaska" of "three days after his summit with Putin in Alaska", "meeting between Trump and Putin"
    of "Friday's meeting between Trump and Putin")."""
    m = _ANCHORED.match(t.text) or _possessive().match(t.text)
    if m:
        return m.start("what"), m["what"]
    if t.rule == "anchored" and (cut := max(t.text.rfind(" in "), t.text.rfind(" on "))) > 0:
        return 0, t.text[:cut]  # standard_days's "a heated exchange with Trump in February": its date goes
    return 0, t.text


@cache
def _possessive() -> re.Pattern[str]:
    """A day's possessive before a happening noun ("Friday's meeting between Trump and Putin in Alaska",
    "February's Oval Office clash")."""
    nouns = _noun_pattern()
    return re.compile(
        rf"\S+?['’]s\s+(?P<what>(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b(?:[^,;:.()—–“”\"]|(?<=\b[A-Z])\.){{0,120}})",
        re.IGNORECASE,
    )


_POSSESSED = ("day", "time", "month")  # a month's possessive dates its happening too: "February's Oval Office clash"


def possessive_days(text: str, sentence: Sentence, chosen: Timex, timexes: list[Timex]) -> list[Timex]:
    """The happenings a sentence dates by a day's or a month's possessive other than its own date ("Zelensky
    said on Tuesday … ahead of Friday's meeting between Trump and Putin", "… to avoid a repeat of February's
    Oval Office clash"): each as a Timex over the phrase, with that day or month."""
    out: list[Timex] = []
    for t in timexes:
        if t.start == chosen.start or t.precision not in _POSSESSED or not (t.date_value or "")[:10]:
            continue
        if "/" in t.date_value or not sentence.start <= t.start < sentence.end:
            continue
        # the phrase ends before the sentence's own date ("praised Monday's talks with Zelensky on Tuesday")
        stop = chosen.start if chosen.start > t.start else sentence.end
        # from the date's last word: "last month's talks in Istanbul"
        m = _possessive().match(text, text.rfind(" ", t.start, t.end) + 1 or t.start, stop)
        # "described Friday's meeting as a listening exercise": what follows "as" is said of it, not part of it
        what = re.sub(r"\s+(?:on|in|at|by|and|to)$", "", re.split(r"\s+as\s+", m["what"])[0].rstrip()) if m else ""
        if m and m.start("what") - t.end <= 3 and len(what.split()) >= 3:  # a bare "Monday's meeting" says little
            start, end = t.start, m.start("what") + len(what)
            month = t.precision == "month"
            value = t.date_value[:7] if month else t.date_value[:10]
            out.append(Timex(start, end, text[start:end], "DATE", value, "month" if month else "day", None,
                             rule="anchored"))
    return out


# Words before a day's possessive that make it no verb's object: "after Monday's call", "of Monday's meetings".
_NOT_OBJECT = re.compile(
    r"(?:^|\b(?:on|at|by|after|before|since|until|till|of|from|in|for|during|following|over|with|to|into|ahead|"
    r"the|a|an|and|or|but|that)\s+)\W*$",
    re.IGNORECASE,
)


def object_possessive(text: str, sentence: Sentence, t: Timex) -> tuple[bool, Timex | None]:
    """Whether the date ``t`` of a sentence is a day's possessive that a verb takes as its object ("Leavitt
    described Friday's meeting as a listening exercise", "the Washington talks followed Friday's summit at
    Joint Base Elmendorf–Richardson"): the day is the meeting's, not the describing's, and the verb's tense says
    nothing of which Friday it is. Then also the possessed happening, as ``possessive_days`` makes it (None when
    its phrase is too bare a headline: "Friday's meeting" alone)."""
    if t.precision not in _POSSESSED or not re.match(r"['’]s\s", text[t.end : t.end + 3]):
        return False, None
    if _NOT_OBJECT.search(text, sentence.start, t.start):
        return False, None
    nowhere = Timex(-1, -1, "", "DATE", None, None, None)
    found = possessive_days(text, sentence, nowhere, [t])
    return True, (found[0] if found else None)


# "the summit on Friday", "the meeting in Anchorage on August 15", "Friday's summit", "the August 15 summit": a
# happening noun and the day the article gives it, in one phrase.
def _noun_pattern() -> str:
    nouns = set(words().event_nouns) | words().nominal_events | words().anchor_nouns
    return "|".join(sorted(nouns, key=len, reverse=True))


@cache
def _noun_then_day() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<noun>{_noun_pattern()})\b(?:\s+[^,;:.()—–“”\"]{{1,40}}?)?\s+on\s+$", re.I)


@cache
def _day_then_noun() -> re.Pattern[str]:
    return re.compile(rf"^(?:['’]s)?\s+(?P<noun>{_noun_pattern()})\b", re.IGNORECASE)


def happening_days(text: str, timexes: list[Timex]) -> dict[str, str]:
    """The happenings the article dates to the day, by their noun ("summit" -> "2025-08-15"), when it gives
    each one day only: what "two days before the summit" counts from."""
    days: dict[str, set[str]] = {}
    for t in timexes:
        if t.precision not in ("day", "time") or len(t.date_value or "") < 10 or "/" in t.date_value:
            continue
        m = _day_then_noun().match(text, t.end, t.end + 30) or _noun_then_day().search(
            text, max(0, t.start - 70), t.start
        )
        if m:
            days.setdefault(m["noun"].lower(), set()).add(t.date_value[:10])
    return {noun: next(iter(d)) for noun, d in days.items() if len(d) == 1}


@cache
def _subject_noun() -> re.Pattern[str]:
    return re.compile(rf"(?:[\w’'-]+['’]s\s+)?(?:[\w-]+\s+)?(?P<noun>{_noun_pattern()})\b", re.IGNORECASE)


def learn_day(days: dict[str, str], title: str, date: str) -> None:
    """Add to ``days`` the happening an event's headline opens with ("Summit will be held", "Trump's deadline
    for Russia expires") on the event's day, unless the article gave that happening another day before."""
    m = _subject_noun().match(title)
    if m and len(date) == 10:
        days.setdefault(m["noun"].lower(), date)


@cache
def _named() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u>days?|weeks?)\s+"
        r"(?P<dir>before|after)|(?P<eve>on\s+the\s+eve\s+of)|the\s+day\s+(?P<dir1>before|after))\s+"
        rf"(?:the|this|that|his|her|their|its|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_noun_pattern()})\b",
        re.IGNORECASE,
    )


def named_anchor(sentence: Sentence, days: dict[str, str]) -> Timex | None:
    """For a sentence with no date of its own, the day it puts its happening at by its distance from a
    happening the article dates ("Two days before the summit, Trump warned …", "On the eve of the summit, he
    put the chance of failure at one in four"), as a Timex over that phrase; None otherwise."""
    m = _named().search(sentence.text)
    day = days.get(m["noun"].lower()) if m else None
    if m is None or day is None or not (shift := _days(m)):
        return None
    d = (dt.date.fromisoformat(day) + dt.timedelta(days=shift)).isoformat()  # two days before it: -2
    start, end = sentence.start + m.start(), sentence.start + m.end()
    return Timex(start, end, m.group(0), "DATE", d, "day", None, rule="event-anchored")


@cache
def _standard() -> re.Pattern[str]:
    """A happening named by a noun phrase with its date, after "since", a comparison or a distance: "since a
    heated exchange with Trump in February", "warmer than at the Oval Office row in February", "three and a half
    years after ordering the full-scale invasion of Ukraine in February 2022"."""
    nouns = set(words().event_nouns) | words().nominal_events | words().anchor_nouns
    noun = "|".join(sorted(nouns, key=len, reverse=True))
    return re.compile(
        r"\b(?:since|(?:than|unlike)\s+(?:at|in|during|after)|(?:years?|months?|weeks?|days?)\s+(?:after|before))\s+"
        r"(?:[a-z]+ing\s+)?"  # "three years after ordering the invasion in February 2022": the invasion
        rf"(?P<what>(?:the|a|an|his|her|their|its|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?:{noun})\b"
        r"[^,;:.()—–“”\"]{0,80}?)\s+(?:in|on)\s+$",
        re.IGNORECASE,
    )


def standard_days(text: str, sentence: Sentence, timexes: list[Timex]) -> list[Timex]:
    """The happenings a sentence names by a noun phrase and a date of their own after "since" or in a
    comparison ("… back for the first time since a heated exchange with Trump in February"; "warmer than at
    the Oval Office row in February"): each as a Timex over the noun phrase, with that date. The date is not
    the sentence's (``dating`` takes it for background), so the phrase, not the sentence, is its headline."""
    out: list[Timex] = []
    for t in timexes:
        if not sentence.start <= t.start < sentence.end or not t.is_calendar_date or "/" in (t.date_value or ""):
            continue
        if t.precision not in ("day", "month", "time"):
            continue  # a year is background, no happening to date ("since the 2019 campaign")
        m = _standard().search(text, max(sentence.start, t.start - 160), t.start)
        if m and len(m["what"].split()) >= 3:  # "the ceremony" alone says too little to be a headline
            start, end = m.start("what"), t.end
            value = t.date_value if t.precision == "month" else t.date_value[:10]
            precision = "month" if t.precision == "month" else "day"
            out.append(Timex(start, end, text[start:end], "DATE", value, precision, None, rule="anchored"))
    return out
