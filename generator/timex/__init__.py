"""The temporal engine: find temporal expressions in English news text and resolve them.

Our grammar finds the expressions and does the relative arithmetic (tense,
publication date, the last day mentioned); each candidate is checked for
plausibility, and where several overlap the longest wins.

    >>> import datetime as dt
    >>> [(t.text, t.value) for t in tag("Talks were held on Wednesday.", dt.date(2025, 8, 7))]
    [('Wednesday', '2025-08-06')]
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_left
from collections.abc import Callable

from ..model import Sentence, Timex
from ..sentences import sentence_at, split_sentences
from . import absolute, anaphoric, calendar, durations, periods, relative, standalone
from .durations import LATER
from .grammar import REPORTING_FRAME, Context
from .tense import UNKNOWN, clause_tense, headline_tense

__all__ = ["tag", "phrase", "calendar", "TimexIndex"]

log = logging.getLogger(__name__)

# Earlier rules win ties between candidates of equal length.
RULES = [*periods.RULES, *absolute.RULES, *standalone.RULES, *relative.RULES, *anaphoric.RULES, *durations.RULES]


def _resolve(rule, m, ctx: Context):
    """What a rule makes of a match, or None when the result would lie off the calendar (years 1-9999):
    "last week" said on 1 January of year 1, "the 1st century" (which would start in year 0)."""
    try:
        resolved = rule.resolve(m, ctx)
    except (OverflowError, ValueError):
        return None
    if resolved is None:
        return None
    point = resolved[3] if len(resolved) > 3 else None
    date = point or (resolved[1] if resolved[0] in ("DATE", "TIME") else "")
    if date[:1].isdigit() and "X" not in date and calendar.precision_of(date) is None:
        return None
    return resolved


def _candidates(text: str, probe: Context, progress: Callable[[], None] | None) -> list[tuple[int, int, int, object]]:
    found = []
    lowered = text.lower()
    for priority, rule in enumerate(RULES):
        for m in rule.pattern.finditer(text) if rule.may_match(lowered) else ():
            start, end = (m.start("x"), m.end("x")) if "x" in m.re.groupindex and m.group("x") else m.span()
            if start == end or _resolve(rule, m, probe) is None:
                continue
            found.append((start, end, priority, m))
        if progress is not None:
            progress()
    return found


def _select(found: list[tuple[int, int, int, object]]) -> list[tuple[int, int, int, object]]:
    """Keep non-overlapping candidates: the longest first, an earlier rule on a tie."""
    chosen: list[tuple[int, int, int, object]] = []
    # The spans kept so far, sorted; they never overlap, so their ends are sorted too and one look at the
    # span starting just before a candidate's end tells whether it overlaps any (linear, not quadratic).
    starts: list[int] = []
    ends: list[int] = []
    for cand in sorted(found, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        i = bisect_left(starts, cand[1])
        if i and ends[i - 1] > cand[0]:
            continue
        chosen.append(cand)
        starts.insert(i, cand[0])
        ends.insert(i, cand[1])
    return sorted(chosen, key=lambda c: c[0])


def tag(
    text: str,
    published: dt.date,
    sentences: list[Sentence] | None = None,
    *,
    refs: bool = True,
    progress: Callable[[], None] | None = None,
) -> list[Timex]:
    """All temporal expressions of ``text``, resolved against the publication date.

    ``refs`` keeps vague references ("now", "recently") as ``*_REF`` values;
    without it they are not reported at all. Spans index ``text`` exactly.
    ``progress`` is called once per rule of ``RULES`` as its matches are found.
    """
    sentences = sentences if sentences is not None else split_sentences(text)

    def tense_at(start: int, end: int) -> str:
        s = sentence_at(sentences, start)
        headline = headline_tense(text, start)
        tense = UNKNOWN if s is None else clause_tense(s.text, start - s.start, end - s.start, timetable=not headline)
        return tense if tense != UNKNOWN else (headline or UNKNOWN)

    def label_at(start: int, end: int) -> bool:
        if is_label(text, start, end):
            return True
        # "In 2014, Russia annexed Crimea. In March, it held a referendum.": a paragraph told as a chronology
        since = ctx.label_end
        return (
            ctx.label_date is not None
            and ctx.label_date.year != published.year
            and 0 <= since <= start
            and "\n" not in text[since:start]
            and is_fronted(text, start, end)
            and _chronicle(text, start)
        )

    ctx = Context(dct=published, text=text, tense_at=tense_at, refs=refs, label_at=label_at)
    probe = Context(dct=published, text=text, tense_at=lambda s, e: UNKNOWN, refs=refs)
    timexes: list[Timex] = []
    for start, end, priority, m in _select(_candidates(text, probe, progress)):
        rule = RULES[priority]
        resolved = _resolve(rule, m, ctx)
        if resolved is None:
            continue
        type_, value, mod, *reach = resolved
        point = reach[0] if reach else None
        date = point or (value if type_ in ("DATE", "TIME") else None)
        precision = calendar.precision_of(date) if date else None
        timexes.append(Timex(start, end, text[start:end], type_, value, precision, mod, rule.name, point))
        log.debug("%s %r -> %s", rule.name, text[start:end], value)
        if (
            date
            and "/" not in date
            and precision in ("year", "month", "day")
            and (is_label(text, start, end) or is_fronted(text, start, end))
        ):
            ctx.label_date = dt.date(int(date[:4]), int(date[5:7] or 1), int(date[8:10] or 1))
            ctx.label_end = end
        elif date and ctx.label_date and precision in ("year", "month", "day") and date[:4] != str(ctx.label_date.year):
            ctx.label_end = -1  # another year told outside the chronology's frames: it no longer carries
        if precision in ("day", "time") and "/" not in date and not _quoted_deixis(text, sentences, rule.name, start):
            ctx.last_day = ctx.last_month = dt.date.fromisoformat(date[:10])
        elif precision == "quarter" and "/" not in date:
            ctx.last_quarter = date[:7]
        elif precision == "month" and "/" not in date:
            ctx.last_month = dt.date(int(date[:4]), int(date[5:7]), 1)
        if precision not in (None, "decade", "century") and rule.name not in REPORTING_FRAME:
            ctx.story_year = int(date[:4])
    return timexes


def _quoted_deixis(text: str, sentences: list[Sentence], rule: str, start: int) -> bool:
    """A speaker's "today" inside quotation marks ('he wanted a ceasefire "today"'): the day of the saying, which
    may not be publication's, so "three days later" does not count from it."""
    if rule != "deictic-day":
        return False
    s = sentence_at(sentences, start)
    before = text[s.start : start] if s else ""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# A chronology's entry label: a date opening its line, bold or not, then a colon or a dash ("- **July 14**: …",
# "2019 — …"), or "On/In DATE," opening a bullet ("- On March 3, …"). Its year is carried from entry to entry.
_LABEL_BEFORE = re.compile(r"[ \t]*(?:[-*•][ \t]+)?\**[ \t]*")
_BULLET_BEFORE = re.compile(r"[ \t]*[-*•][ \t]+\**[ \t]*(?:On|In)[ \t]+")
_LABEL_AFTER = re.compile(r"\**[ \t]*(?::|[—–]|-[ \t])")


def is_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the date label of a chronology's entry (see ``_LABEL_BEFORE``)."""
    line = text.rfind("\n", max(0, start - 20), start) + 1
    if line == 0 and start > 20:
        return False
    if _LABEL_BEFORE.fullmatch(text, line, start):
        return _LABEL_AFTER.match(text, end) is not None
    return _BULLET_BEFORE.fullmatch(text, line, start) is not None and text.startswith(",", end)


_FRONTED_BEFORE = re.compile(r"(?:^|\n|[.;!?]\s+)\**(?:(?:Then|And|But)\s+)?(?:[Ii]n|[Oo]n|[Bb]y)\s+$")
# A date frame opening a sentence or a clause after a semicolon: "In 2014, …", "; on March 3, …"
_FRAME = re.compile(
    r"(?:^|[.;!?]\s+)\**(?:(?:Then|And|But)\s+)?(?:[Ii]n|[Oo]n|[Bb]y)\s+(?:[A-Z][a-z]+\.?(?:\s+\d{1,2})?|\d{1,2}\s+[A-Z][a-z]+|"
    r"(?:19|20)\d{2})\s*,",
    re.MULTILINE,
)


def _chronicle(text: str, at: int) -> bool:
    """Whether the paragraph holding ``at`` is a chronology: three date frames or more ("In 2014, …. In March,
    …. On June 4, …"); a single return to a date after a year of background is news's present again."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return len(_FRAME.findall(text, start, end if end >= 0 else len(text))) >= 3


def is_fronted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens its sentence as a date phrase set off by a comma ("In 2014, …",
    "On March 3, …"): the frame of a chronology told in a paragraph."""
    return text.startswith(",", end) and _FRONTED_BEFORE.search(text, max(0, start - 12), start) is not None


class TimexIndex:
    """An article's expressions by start offset, so that a sentence finds its own without reading them all."""

    def __init__(self, timexes: list[Timex]):
        self.timexes = sorted(timexes, key=lambda t: t.start)
        self._starts = [t.start for t in self.timexes]

    def starting_in(self, start: int, end: int) -> list[Timex]:
        """The expressions that start in ``[start, end)``, in text order."""
        return self.timexes[bisect_left(self._starts, start) : bisect_left(self._starts, end)]


def phrase(text: str, t: Timex) -> str:
    """The words a date comes from, as a reader would quote them: "Two days later", where the TIMEX3
    span of the duration is "Two days"."""
    later = LATER.match(text, t.end) if t.point else None
    return text[t.start : later.end()] if later else t.text
