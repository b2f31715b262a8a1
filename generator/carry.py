"""Undated sentences that report a happening, dated by their context.

News tells a day's happenings after the sentence that dates them: a live blog stamps each entry with a clock
time on the blog's day ("**11:20** — The two leaders have shaken hands"); a report goes on "hours later",
"afterwards" or "after the talks"; a lead dates the story's first happenings. Each function here returns a
Timex that dates a sentence with no calendar date of its own, or None; ``events.extract_events`` reads it.
"""

from __future__ import annotations

import re

from .clauses import words
from .model import Event, Sentence, Statement, Timex
from .sentences import is_stamp_line, is_time_stamp
from .timex.tense import PAST, clause_tense

# An undated sentence takes the date of an event of the article's lead (its title and first two paragraphs)
# that it follows in the next few sentences: further than that, news has moved on to background.
LEAD_PARAGRAPHS = 2
NEAR = 1500

# A phrase that puts a happening just after the one before ("Hours later,", "told reporters afterwards",
# "said later that", "later told", "briefed them after the talks"): the date engine gives it no calendar
# date (a duration with no anchor, or a happening noun), so the day is the previous event's. "after the X"
# counts only for a happening noun (``event_nouns`` in data/headlines.yml): "after the war" is no day.
_SAME_DAY = re.compile(
    r"\b(?:(?:hours|minutes|moments)\s+(?:later|afterwards?)|shortly\s+afterwards?|afterwards?|"
    r"later\s+(?:that|the\s+same)\s+(?:day|evening|night|afternoon)|"
    r"(?:said|told\s+\w+|wrote|added|posted)\s+later|later\s+(?:said|told|wrote|added|posted)|"
    r"after\s+the\s+(?P<noun>\w+)|"
    # "came on the day Trump's deadline expired", "That was the day his deadline ran out": the day of the
    # happening before, told by another happening of it (the clause after "the day" is checked as one)
    r"(?:on\s+|was\s+)the\s+(?:very\s+|same\s+)?day(?=\s+(?:that\s+|when\s+)?(?:the|his|her|their|its|[A-Z]\w*['’]s)\s)(?P<day>))\b",
    re.IGNORECASE,
)
_SAME_HAPPENING = re.compile(r"\s*(?:it|they|this)\b|\s*the\s+(\w+)(?:\s+(\w+))?", re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(?:this|that|these|those)\s+(\w+)", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no|n[’']t|neither|nor)\b", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ne|t)\b", re.IGNORECASE)
# "has shaken", "have begun", "has made", "has said": the perfect with a participle of the common forms
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ne|t|un|ung|ught|ade|id)\b", re.I)
# Where a sentence's own clause ends and what it reports begins: a negation after it is the words said
# ("told reporters he would not be happy"), not a happening that did not happen.
_REPORT = re.compile(r"\b(?:that|if|whether)\b|[“\"]")
_PRONOUN_OPENING = re.compile(r"\s*(?:he|she|they|it|its|his|her|their)\b", re.IGNORECASE)


def _dated(sentence: Sentence, timexes: list[Timex]) -> bool:
    """Whether ``sentence`` has a time word of its own other than a length of time ("minutes after", "hours
    later", "for 40 minutes" say how long, not when): it is dated by its own words or not at all."""
    return any(sentence.start <= t.start < sentence.end and t.type != "DURATION" for t in timexes)


def _previous_day(sentence: Sentence, last: Event | None, text: str, between: int = 0) -> bool:
    """Whether ``last`` is a dated happening of one day a few sentences before ``sentence``, with at most
    ``between`` paragraphs between them."""
    if last is None or last.precision != "day" or last.scheduled or sentence.start - last.end > NEAR:
        return False
    lines = text[last.end : sentence.start].split("\n")[1:-1]  # those wholly between the two
    return sum(1 for line in lines if line.strip()) <= between


def _reports_happening(s: str) -> bool:
    """Whether an undated sentence can report a happening of its own: not negated in its own clause, told in
    the past (or the present perfect), and not going on about the happening before ("It ended without a
    deal", "The press conference lasted 12 minutes", "the Kremlin called this visit useful")."""
    own = s[: m.start()] if (m := _REPORT.search(s)) else s
    if _NEGATED.search(own) or set(re.findall(r"[a-z]+", own.lower())) & words().length_verbs:
        return False  # "Neither side took questions", "The session lasted three hours"
    if PAST not in (clause_tense(s, 0, 0), clause_tense(s, len(s), len(s))) and not _PRESENT_PERFECT.search(own):
        return False  # the present perfect is a live blog's past: "The two leaders have shaken hands"
    nouns = set(words().event_nouns) | words().nominal_events
    same = _SAME_HAPPENING.match(s)
    anaphors = [m.group(1).lower() for m in _ANAPHOR.finditer(own)]
    if same:
        anaphors += [(w or "").lower() for w in same.groups()]
    return not (same and not same.group(1) or set(anaphors) & nouns)


def same_day(text: str, sentence: Sentence, last: Event | None, timexes: list[Timex]) -> Timex | None:
    """The date of the event before, for an undated sentence with a phrase of hours after it ("Hours later,",
    "told reporters afterwards", "after the talks"), as a Timex over that phrase; None otherwise."""
    if not _previous_day(sentence, last, text, between=2) or _dated(sentence, timexes):
        return None
    s = sentence.text
    tag = _speech_tag(s)  # '"We had a good talk," Zelensky told reporters afterwards': the tag says when
    m = next(
        (m for m in _SAME_DAY.finditer(s, tag) if not m["noun"] or m["noun"].lower() in words().event_nouns),
        None,
    )
    if m is None or tag < 0 or not _reports_happening(s[m.end() :] if m["day"] is not None else s[tag:]):
        return None
    assert last is not None
    start, end = sentence.start + m.start(), sentence.start + m.end()
    later = re.search(r"\blater\b", m.group(0), re.IGNORECASE)
    if later and re.search(r"\b(?:said|told|wrote|added|posted)\b", m.group(0)):
        start, end = start + later.start(), start + later.end()  # "said later": the verb stays in the title
    return Timex(start, end, text[start:end], "DATE", last.date, "day", None, rule="previous event")


def _speech_tag(s: str) -> int:
    """Where a sentence's own words start: 0, or after the quotation it opens with (its speech tag follows);
    -1 for a quotation that runs to the sentence's end (no tag of its own)."""
    if not s.lstrip().startswith(("“", '"')):
        return 0
    close = max(s.find("”", 1), s.find('"', s.index(s.lstrip()[0]) + 1))
    return close + 1 if 0 < close < len(s.rstrip(" .")) - 1 else -1


def blog_days(sentences: list[Sentence], timexes: list[Timex], published: str) -> dict[int, tuple[str, str]]:
    """For a live blog (two paragraphs or more opening with a time stamp), each stamped paragraph's number
    with its day and the stamp's words: the stamp's own day ("**Friday 15 August, 11:05** —"), else the
    day of the stamp before, else the day the blog was published. Empty for other articles."""
    stamps = [s for s in sentences if is_time_stamp(s)]
    # a stamp right before another ("Published 9:05 a.m." over "Updated 3:40 p.m.", a byline's) has no entry
    stamps = [
        s
        for s, after in zip(stamps, [*stamps[1:], None][: len(stamps)], strict=True)
        if not (after and is_stamp_line(s) and after.paragraph == s.paragraph + 1)
    ]
    if len(stamps) < 2:
        return {}
    out: dict[int, tuple[str, str]] = {}
    day = published[:10]
    last = max(s.paragraph for s in sentences)
    for i, s in enumerate(stamps):
        own = [t for t in timexes if s.start <= t.start < s.end and t.is_calendar_date and t.date_value]
        day = own[0].date_value[:10] if own and len(own[0].date_value) >= 10 else day
        entry = (day, s.text.strip("*—–:| ").split("*")[0].strip())
        out[s.paragraph] = entry
        if is_stamp_line(s):  # a stamp on its own line: the paragraphs below it, up to the next stamp
            end = stamps[i + 1].paragraph if i + 1 < len(stamps) else last + 1
            out.update({p: entry for p in range(s.paragraph + 1, end)})
    return out


def in_blog(sentence: Sentence, days: dict[int, tuple[str, str]], first: bool, timexes: list[Timex]) -> Timex | None:
    """The day of a live blog's stamped entry, for an undated sentence of it that reports a happening: the
    entry's first sentence, or a later one with a subject of its own ("He also warned …" goes on about the
    one before). None outside a stamped paragraph, for the stamp itself, or when it reports none."""
    if sentence.paragraph not in days or is_time_stamp(sentence):
        return None
    if _dated(sentence, timexes):
        return None
    s = sentence.text
    if not first and _PRONOUN_OPENING.match(s) or s.lstrip().startswith(("“", '"')) or not _reports_happening(s):
        return None
    day, stamp = days[sentence.paragraph]
    return Timex(sentence.start, sentence.start, stamp, "DATE", day, "day", None, rule="time stamp")


def carried(
    text: str, sentence: Sentence, last: Event | None, timexes: list[Timex], said: list[Statement], lead: int
) -> Timex | None:
    """The date of a lead event reported just before, for an undated sentence that reports a further
    happening in the past tense ("Trump met Putin in Anchorage on Friday. Putin arrived an hour late."):
    news tells a day's happenings after the lead that dates them; ``lead``: where the lead ends. None when
    the sentence has a date of its own (even a vague one), a statement stands in it or since the event, it is
    negated or in the perfect, quotes someone's words, or goes on about the happening before."""
    if last is None or last.start >= lead or not _previous_day(sentence, last, text):
        return None
    if any(last.end <= st.start < sentence.end for st in said) or not _further_happening(sentence, timexes):
        return None
    return Timex(sentence.start, sentence.start, "", "DATE", last.date, "day", None, rule="previous event")


# Finite auxiliaries and copulas: a clause whose first verb is one of these describes, plans or looks back.
_FINITE = frozenset(
    [
        "is",
        "are",
        "am",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "does",
        "do",
        "did",
    ]
)


def story_carried(
    text: str, sentence: Sentence, last: Event | None, timexes: list[Timex], story_day: str
) -> Timex | None:
    """The story's day (its lead's), for an undated sentence past the lead that reports a further happening in
    the simple past with an action verb ("The European leaders … joined a larger meeting in the East Room"),
    when the last event told before it, a few paragraphs up, is of that day: the report goes on with the
    day's happenings. None for a description ("This time the tone was warm") or when the story has moved to
    another day."""
    if not story_day or last is None or last.date != story_day or not _previous_day(sentence, last, text, 3):
        return None
    report = _REPORT.search(sentence.text)
    own = sentence.text[: report.start()] if report else sentence.text
    verb = next(
        (
            m
            for m in re.finditer(r"\b[a-z]+\b", own)
            if m[0] in _FINITE or m[0] in words().past_verbs or m[0].endswith("ed")
        ),
        None,
    )
    if verb is None or verb[0] in _FINITE or verb[0] in words().day_verbs or not _further_happening(sentence, timexes):
        return None  # "Russia is interested in …", "The tone was warm", "He had left": no action of the day
    if report and len(own[verb.end() :].split()) <= 2:
        return None  # "Stankovich pointed out that …": a saying or a thought, not an action
    return Timex(sentence.start, sentence.start, "", "DATE", story_day, "day", None, rule="previous event")


def paragraph_saying(text: str, sentence: Sentence, last: Event | None, timexes: list[Timex]) -> Timex | None:
    """The day of the event just before in the same paragraph, dated by its own words, for an undated saying
    told after it in the past ("Separately on Sunday, Rubio told CBS News …. Zelensky wrote on X that the
    killing must stop"): a paragraph tells one day's sayings. None for a quotation, a saying of no one named,
    or a negated one; ``last`` is None when the event before was dated by its context."""
    if last is None or last.precision != "day" or last.scheduled or "\n" in text[last.end : sentence.start]:
        return None
    s = sentence.text
    if _dated(sentence, timexes) or s.lstrip().startswith(("“", '"')) or sentence.start - last.end > 400:
        return None
    # a speaker named ("He said …" goes on with the saying before: no saying of its own)
    m = re.match(r"\s*(?!(?:He|She|They|It|We|I)\b)(?:[A-Z][\w.’'-]*\s+){1,5}(?P<verb>[a-z]+)\b", s)
    if not m or m["verb"] not in words().reporting or clause_tense(s, 0, 0) != PAST:
        return None
    if _NEGATED.search(s[: m.end()]):
        return None
    return Timex(sentence.start, sentence.start, "", "DATE", last.date, "day", None, rule="previous event")


def _further_happening(sentence: Sentence, timexes: list[Timex]) -> bool:
    """Whether an undated sentence reports a happening of its own in the past tense: no date of its own, no
    quotation, saying, negation or perfect, and not going on about the happening before."""
    s = sentence.text
    if any(sentence.start <= t.start < sentence.end for t in timexes) or re.search(r"[“”\"]", s):
        return False
    if _PERFECT.search(s) or _NEGATED.search(s):
        return False
    if set(re.findall(r"[a-z]+", s)) & words().reporting:
        return False  # a saying with no date of its own: a statement, dated by its own rules
    nouns = set(words().event_nouns) | words().nominal_events
    same = re.match(r"\s*(?:it|they|this)\b|\s*the\s+(\w+)", s, re.IGNORECASE)
    anaphors = [m.group(1).lower() for m in _ANAPHOR.finditer(s)] + ([(same.group(1) or "").lower()] if same else [])
    # "It ended without a deal", "the Kremlin called this visit useful": the same happening
    return not (same and not same.group(1) or set(anaphors) & nouns or clause_tense(s, 0, 0) != PAST)
