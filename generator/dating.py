"""Which of a sentence's dates dates its happening, and which date further happenings of their own.

A sentence is an event when it carries a calendar date that says when something happened or is due. Not
when the date is background: inside a counterfactual ("if he had not had his victory stolen from him in
2020"), used as a modifier of a noun ("the 2016 US election", "the borders of 2022"), or after "since" in a
present-perfect clause (a standing state). A sentence's event is dated by its most precise foreground
expression; a further date of another day or month in it dates a happening of its own ("…, where the two
sides last met on July 23"). ``events.py`` titles them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import Clause, clause_at, clauses, words
from .cuts import open_quote
from .model import Sentence, Timex
from .timex.calendar import precision_rank
from .timex.tense import FUTURE, clause_tense

CARRIED = ("previous event", "time stamp")  # a date from the sentences around: its words are theirs

_COUNTERFACTUAL = re.compile(
    r"\b(?:if\s+\w+\s+had|had\s+\w+\s+not|would\s+have|might\s+(?:not\s+)?have|could\s+have|"
    r"should\s+have)\b",
    re.IGNORECASE,
)


# How far before a date its sentence is read for a counterfactual (characters): beyond any clause of news.
_REACH = 600
_COARSE = frozenset(["season", "quarter", "half", "year", "decade", "century"])


def _is_background(text: str, t: Timex, sentence: Sentence) -> bool:
    """A date used as a noun modifier, or in a counterfactual clause, dates nothing that happened."""
    after = text[t.end : t.end + 30]
    before = text[max(sentence.start, t.start - 30) : t.start]
    if t.precision == "year" and re.match(
        r"\s+(?:[A-Z]{2,}|[A-Z][a-z]+|[a-z]+)\s+(?:election|campaign|war|"
        r"invasion|crisis|summit|treaty|elections|vote|Olympics|games)\b",
        after,
    ):
        return True  # "the 2016 US election"
    if t.precision in _COARSE and re.search(r"\b(?:before|by)\s*$", before):
        return True  # "a deal before winter", "by 2030": a deadline or a guess, not when anything happened
    if re.search(r"\b(?:the\s+)?\w+\s+of\s*$", before) and not re.search(
        r"\b(?:end|start|beginning|middle|spring|summer|autumn|fall|winter|month|week|weekend|day|eve|morning|"
        r"afternoon|evening|night)\s+of\s*$",
        before,
    ):
        return True  # "the borders of 2022"; "the weekend of August 16" is that day
    if _COMPARED.search(text, max(sentence.start, t.start - 60), t.start):
        return True  # "warmer than at the row in February", "unlike in 2019": the time compared with
    if _SINCE_PHRASE.search(text, max(sentence.start, t.start - 120), t.start):
        return True  # "back for the first time since a heated exchange in February": that exchange's date
    # Only the words near the date count: a hostile sentence of a megabyte is not read once per date in it.
    lo = max(sentence.start, t.start - _REACH)
    if _STANDING.search(before) and _PRESENT_PERFECT.search(text, lo, t.start):
        return True  # "has occupied the region since February 2022": a standing state, nothing happened then
    clause_start = max(text.rfind(",", lo, t.start), text.rfind(";", lo, t.start), lo)
    return bool(_COUNTERFACTUAL.search(text, lo, t.start)) and bool(
        _COUNTERFACTUAL.search(text, clause_start, t.end) or re.search(r"\bif\b", text[lo : t.start])
    )


# The standard of a comparison: "than" or "unlike" before the date, right before it ("than last year") or
# through a preposition's phrase ("than at the Oval Office row in February", "unlike in 2019"). Not
# "more than a dozen people on Sunday" (no preposition: the date is the killing's), nor "no later than
# Friday" (a deadline).
_COMPARED = re.compile(
    r"(?<!later\s)(?<!earlier\s)(?<!sooner\s)\b(?:than|unlike|compared\s+(?:with|to))\s+"
    r"(?:(?:at|in|on|during|under|with)\b[^,;.()]{0,40}?)?$",
    re.IGNORECASE,
)


# "since" or a distance, and a noun phrase ending in the date: "since a heated exchange with Vance in
# February", "three years after ordering the invasion in February 2022" date the exchange, the invasion
# (``anchored.standard_days`` makes it a happening of its own), not the sentence's happening.
_SINCE_PHRASE = re.compile(
    r"\b(?:since|(?:years?|months?|weeks?|days?)\s+(?:after|before)(?:\s+[a-z]+ing)?)\s+"
    r"(?:the|a|an|his|her|their|its|[A-Z][\w-]*['’]s)\s+[^,;.()]{0,100}?\s+(?:in|on)\s+$",
    re.IGNORECASE,
)


# "since February 2022" right before the date, in a present-perfect clause ("has held since Sunday")
_STANDING = re.compile(r"\bsince\s*$", re.IGNORECASE)
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have|'s|’s)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|t|ld|un|ung|ught|ade|id)\b"
)


# A byline or time stamp ("Updated 02:32 PM EDT, August 7, 2025", "By Jane Doe | 14:05 BST") dates the page,
# not a happening: a stamp word, then nothing but its dates and a few names.
_STAMP = re.compile(r"\W*(?:(?:last\s+|first\s+)?(?:updated|posted|published|modified)|by)\b", re.IGNORECASE)


def _is_stamp(text: str, sentence: Sentence, timexes: list[Timex]) -> bool:
    """A byline, time stamp or dateline: it dates the page, not a happening."""
    rest, pos = [], sentence.start
    for t in sorted(timexes, key=lambda t: t.start):
        rest.append(text[pos : t.start])
        pos = max(pos, t.end)
    rest.append(text[pos : sentence.end])
    lowercase = len(re.findall(r"\b[a-z]{3,}\b", "".join(rest)))
    if lowercase == 0:
        return True  # "WASHINGTON — August 19, 2025", "Berlin, Wednesday 13 August 2025": no verb, no happening
    stamp = _STAMP.match(text, sentence.start, sentence.end)
    if not stamp:
        return False
    if re.sub(r"\W", "", stamp[0]).lower() == "by" and not any(t.type == "TIME" for t in timexes):
        first = min(t.start for t in timexes)
        if not re.search(r"[A-Z]", text[stamp.end() : first]):
            return False  # "By Monday, it was over": a deadline; a byline names someone before its date
    return lowercase <= 2  # lower-case words: a clause, not a stamp


# Between two coordinated dates: "April 24 and 25", "between 1994 and 1997", "on Monday and Tuesday".
_COORDINATION = re.compile(r"\s*(?:and|-|–)\s*$")


# "first planned for August 12", "had been set for Sunday": the day a plan named, not the day of the report
_PLANNED_FOR = re.compile(r"\b(?:planned|set|scheduled|slated|due|expected)\s+for\s*$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_TO = re.compile(r"\s*(?:to|until|till|through)\s*$", re.IGNORECASE)


def _moved(text: str, sentence: Sentence, t: Timex) -> bool:
    """Whether a verb of moving a happening ("postponed", "moved", "brought forward") comes before ``t``."""
    return bool(set(re.findall(r"[a-z]+", text[sentence.start : t.start].lower())) & words().move_verbs)


def _left(text: str, sentence: Sentence, t: Timex, dates: list[Timex]) -> bool:
    """Whether ``t`` is the date a happening was moved from ("postponed from Aug. 10 to Aug. 24"): no date of
    it, nor of a happening of its own."""
    return (
        bool(_FROM.search(text, max(sentence.start, t.start - 8), t.start))
        and any(o.start > t.end and _TO.match(text[t.end : o.start]) for o in dates)
        and _moved(text, sentence, t)
    )


def _joined(text: str, dates: list[Timex], sentence: Sentence | None = None) -> list[Timex]:
    """Coordinated dates of one precision, in order, as the one range they make (TimeML tags each on its
    own; the happening spans them): "held on April 24 and 25" is 2025-04-24/2025-04-25, "ran from August 4
    until August 8" 2025-08-04/2025-08-08 (not a move "from A to B": see ``_left``)."""
    out: list[Timex] = []
    for t in dates:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.date_value == t.date_value
            and re.fullmatch(r"\s*[,(]?\s*", text[prev.end : t.start])
        ):
            # "tomorrow, Monday 18 August", "Thursday (August 28)": one day said twice is one date
            end = t.end + (text.startswith(")", t.end) and "(" in text[prev.end : t.start])
            out[-1] = replace(prev, end=end, text=text[prev.start : end])
            continue
        if (
            prev is not None
            and prev.precision == t.precision
            and "/" not in prev.date_value
            and "/" not in t.date_value
            and prev.date_value < t.date_value
            and (
                _COORDINATION.match(text[prev.end : t.start])
                or sentence is not None
                and _TO.match(text[prev.end : t.start])
                and _FROM.search(text, max(sentence.start, prev.start - 8), prev.start)
                and not _moved(text, sentence, prev)
            )
        ):
            value = f"{prev.date_value.split('/')[0]}/{t.date_value}"
            out[-1] = Timex(
                prev.start, t.end, text[prev.start : t.end], "DATE", value, prev.precision, None, "coordination"
            )
            continue
        out.append(t)
    return out


def _quoted_deixis(text: str, sentence: Sentence, t: Timex) -> bool:
    """Whether ``t`` is a speaker's "today", "tomorrow" or "yesterday" inside quotation marks ('he said he
    wanted a ceasefire "today"'): the day of the saying's own deixis, which the publication date does not give."""
    if t.rule != "deictic-day":
        return False
    before = text[sentence.start : t.start]
    return open_quote(before) >= 0


# A past participle's aside between commas, after the words it qualifies ("a three-way meeting, floated by
# Washington the previous day, had not been discussed"): its date is the participle's happening, one before
# the sentence's. Not a present participle ("Zelensky, speaking in Kyiv on Monday, said"): that is the saying's.
_ASIDE = re.compile(
    r"(?<=\w),\s+(?:(?:first|already|originally|initially|only|just|\w+ly)\s+)?"
    r"(?:[a-z]+(?:ed|en|wn)|held|set|made|sent|won|lost|brought|built|struck|signed|taken|put)\b[^,;:.()—–“”\"]*,"
)


def _aside(sentence: Sentence, t: Timex) -> re.Match | None:
    """The past participle's aside of its sentence ``t`` lies inside (with words on both sides), if any."""
    at, to = t.start - sentence.start, t.end - sentence.start
    return next(
        (m for m in _ASIDE.finditer(sentence.text) if m.start() < at and to < m.end() < len(sentence.text) - 3),
        None,
    )


def _in_aside(text: str, sentence: Sentence, t: Timex) -> bool:
    """Whether ``t`` lies inside a past participle's aside of its sentence."""
    return _aside(sentence, t) is not None


_DETERMINER = frozenset(["the", "a", "an", "his", "her", "their", "its", "this", "that"])


def _qualified(before: str) -> str:
    """The noun phrase an aside qualifies: back from the aside's comma to its first determiner, over at most
    eight words and no reporting verb ("said a three-way meeting including the Ukrainian leader" -> "three-way
    meeting including the Ukrainian leader"); "" when none is found."""
    tokens = before.split()
    found = -1
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 9), -1):
        word = tokens[i].lower().strip(',;:“”"')
        if word in words().reporting or word in ("and", "but", "or") or tokens[i].endswith((",", ";", ":")):
            break
        if word in _DETERMINER:
            found = i
    if found < 0 or found == len(tokens) - 1:
        return ""
    first = found + (tokens[found].lower() in ("the", "a", "an", "this", "that"))
    return " ".join(tokens[first:])


def aside_dates(text: str, sentence: Sentence, timexes: list[Timex]) -> list[Timex]:
    """The foreground dates of past participle asides in a sentence ("…, floated by Washington the previous
    day, …"): each dates the aside's happening, not the sentence's (``event_date`` passes them over). When
    the noun phrase it qualifies is found, the Timex (rule "aside") holds that phrase and the aside's words
    before the date ("ceasefire plan proposed by Turkey"), which ``events`` makes the headline."""
    out: list[Timex] = []
    for t in timexes:
        if not sentence.start <= t.start < sentence.end or not t.is_calendar_date or (m := _aside(sentence, t)) is None:
            continue
        if _is_background(text, t, sentence) or t.precision not in ("day", "time", "month"):
            continue
        noun = _qualified(sentence.text[: m.start()])
        aside = re.sub(r"^,\s+|\s+(?:on|in|at|during|by)?\s*$", "", sentence.text[m.start() : t.start - sentence.start])
        out.append(replace(t, text=f"{noun} {aside}", rule="aside") if noun else t)
    return out


def event_date(text: str, sentence: Sentence, timexes: list[Timex]) -> Timex | None:
    """The expression that dates the sentence's happening: the most precise foreground one."""
    inside = [t for t in timexes if sentence.start <= t.start < sentence.end and t.is_calendar_date]
    if inside and _is_stamp(text, sentence, inside):
        return None
    inside = [t for t in inside if not _quoted_deixis(text, sentence, t)]
    foreground = _joined(text, [t for t in inside if not _is_background(text, t, sentence)], sentence)
    foreground = [t for t in foreground if not _left(text, sentence, t, foreground)]
    # a past participle's aside dates its own happening; the sentence keeps it only against mere years ("The
    # agreement, reached late on Wednesday, raises wages by 6% this year": Wednesday, not the year)
    rest = [t for t in foreground if not _in_aside(text, sentence, t)]
    if not rest or any(t.precision in ("day", "time", "month") for t in rest):
        foreground = rest
    if not foreground:
        return None
    if len(foreground) > 1:  # "The round, which had been set for Sunday, was cancelled, Oman said on Saturday"
        cs = clauses(sentence.text)

        def side(t: Timex) -> bool:
            c = cs[clause_at(cs, t.start - sentence.start)]
            before = text[max(sentence.start, t.start - 12) : t.start]
            since = re.search(r"\bsince\s*$", before)
            # "shortened the deadline to Aug. 8", "postponed the vote until March": the date a thing is moved
            # to, not the date it was moved on (a range "from May to June" is one expression, see _joined)
            target = re.search(r"\b(?:to|until|till)\s*$", before) or _PLANNED_FOR.search(before)
            owner = re.match(r"['’]s\s", text[t.end : t.end + 3])  # "praised Monday's talks on Tuesday"
            return bool(since or target or owner) or c.opener == "rel" and c.word in ("which", "who", "whom")

        main = [t for t in foreground if not side(t)]
        foreground = main or foreground  # a relative clause's date, or one after "since", only when alone
    return min(foreground, key=lambda t: (precision_rank(t.precision), t.start))


def _reported(sentence: str, c: Clause) -> bool:
    """Whether clause ``c`` holds words reported: a complement, or a "that" right after a reporting verb (an
    aside before the verb can make the clause reader take it for a relative clause)."""
    before = re.findall(r"[a-z]+", sentence[max(0, c.start - 20) : c.start].lower())
    return c.opener == "that" or c.word == "that" and bool(before) and before[-1] in words().reporting


def side_dates(text: str, sentence: Sentence, timexes: list[Timex], chosen: Timex) -> list[Timex]:
    """The dates of further happenings in a sentence dated by ``chosen``: a foreground date of another day or
    month, to the day or the month ("Putin flew in from Magadan, where he visited a factory on Friday";
    "the Kremlin on Saturday confirmed they will meet on August 15"). Not a date a thing is moved to, due by
    or set for ("shortened the deadline to Aug. 8", "by Friday", "had been set for Sunday": a plan), nor a
    coarser one (a year is background)."""
    if chosen.rule in CARRIED:
        return []
    inside = [t for t in timexes if sentence.start <= t.start < sentence.end and t.is_calendar_date]
    cs = clauses(sentence.text)
    main = (chosen.date_value or "").split("T")[0]
    out: list[Timex] = []
    for t in _joined(text, [t for t in inside if not _is_background(text, t, sentence)], sentence):
        value = (t.date_value or "").split("T")[0]
        if t.start == chosen.start or main.startswith(value):
            continue  # the same date, or one around it ("after a lull in August, Russia struck on Monday")
        at = t.start - sentence.start
        if (
            _reported(sentence.text, cs[clause_at(cs, at)])
            and clause_tense(sentence.text, at, at + len(t.text)) != FUTURE
        ):
            continue  # a claim reported ("stated that Russia had made its aims known in June"), not a plan
        if t.precision not in ("day", "time", "month") or re.search(
            r"\b(?:to|until|till|by|for|from)\s*$", text[max(sentence.start, t.start - 12) : t.start]
        ):
            continue
        if all((o.date_value or "").split("T")[0] != value for o in out):
            out.append(t)
    return out


# A second verb of the same subject, in the past, after "and": "arrived late on Sunday and met Witkoff this
# morning", "arrested the suspect on Friday and charged him on Sunday".
_PAST_VERB = r"(?:[a-z]{2,}ed|met|flew|went|took|made|held|gave|told|left|sent|won|lost|began|came|spoke|wrote|said)"
_AND_VERB = re.compile(rf"\band\s+(?:then\s+|later\s+)?(?P<verb>{_PAST_VERB})\b")
_FIRST_VERB = re.compile(rf"\b{_PAST_VERB}\b")


def own_conjunct(text: str, sentence: Sentence, t: Timex, dates: list[Timex], title: str) -> str:
    """The part of ``title`` that is the happening of ``t`` when its sentence joins two verbs of one subject,
    each with a date of its own ("Zelensky arrived in Washington late on Sunday and met Witkoff at Blair House
    this morning": "Zelensky arrived in Washington" on Sunday, "Zelensky met Witkoff at Blair House" today);
    ``title`` unchanged otherwise."""
    value = (t.date_value or "").split("T")[0]
    for o in dates:
        if o.start == t.start or not o.is_calendar_date or (o.date_value or "").split("T")[0] == value:
            continue
        first, second = (t, o) if o.start > t.start else (o, t)
        between = text[first.end : second.start]
        m = _AND_VERB.search(between)
        if not m or re.search(r"[,;:.]", between[: m.start()]) or " and " not in title:
            continue
        if _FIRST_VERB.search(between, 0, m.start()):
            continue  # "said on Monday it had hired and trained 200 workers": another clause's verbs
        at = title.find(f" and {m['verb']}")
        if at < 0:
            continue
        if first is t:
            return title[:at]  # "Zelensky arrived in Washington"
        verb = _FIRST_VERB.search(title)
        if verb is None or verb.start() >= at:
            continue
        return title[: verb.start()] + title[at + 5 :]  # "Zelensky " + "met Witkoff at Blair House"
    return title
