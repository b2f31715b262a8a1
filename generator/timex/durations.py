"""Rules for lengths, sets and vague references ("for three years", "every week", "recently"): recognised
so that they never become dates. A length "later" or "earlier" reaches a point (see ``point``)."""

from __future__ import annotations

import re

from . import calendar as cal
from .grammar import (
    END,
    NUM,
    PART,
    PLURAL_PART,
    RECURRING_AFTER,
    START,
    UNIT,
    UNITS,
    VAGUE,
    WEEKDAY,
    Context,
    Rule,
    registrar,
    title_case_line,
    unit_of,
)

RULES: list[Rule] = []
rule = registrar(RULES)

# TIMEX3 mods of the words that qualify a count ("nearly three weeks": LESS_THAN), by the whole phrase or
# its last word.
_MODS = {
    "more than": "MORE_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "at least": "EQUAL_OR_MORE",
    "almost": "LESS_THAN",
    "nearly": "LESS_THAN",
    "under": "LESS_THAN",
    "over": "MORE_THAN",
    "about": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "around": "APPROX",
    "some": "APPROX",
}
# "for over a decade", "in just under two hours": after a preposition (or a verb of lasting) "over" and
# "under" qualify the count; elsewhere ("over two days") they are prepositions, outside the expression.
_OVER = (
    r"(?:(?<=for\s)|(?<=in\s)|(?<=within\s)|(?<=after\s)|(?<=of\s)|(?<=than\s)|(?<=lasted\s)|(?<=took\s)|"
    r"(?<=spent\s)|(?<=since\s))(?:just\s+|well\s+)?(?:under|over)"
)


@rule(
    "duration",
    rf"\b(?P<x>(?:(?P<past>the\s+(?:past|last|next|first|coming|previous)|another|almost|nearly|about|roughly|"
    rf"approximately|around|some|a\s+mere|just|only|{_OVER}|no\s+more\s+than|"
    rf"fewer\s+than|more\s+than|less\s+than|up\s+to|at\s+least)\s+)?(?P<n>{NUM}|{VAGUE})(?:\s+more)?[\s-]+"
    rf"(?:(?:straight|consecutive|successive|trading|business|working)\s+)?(?P<u>{UNIT}|{UNITS})(?:['’]s?)?"
    rf"(?P<rate>\s+(?:a|an|per)\s+(?P<per>{UNIT}))?){END}(?!\s+ago)",
    re.IGNORECASE,
)
def _duration(m, ctx):
    unit = unit_of(m["u"])
    if m["n"].lower() in ("a", "an") and unit == "second":
        return None  # "a second meeting"
    if m["u"][0].isupper() and m["n"][0].isdigit() and not title_case_line(ctx.text, m.start()):
        return None  # "60 Minutes", "48 Hours": a programme's name in running text
    if unit == "quarter" and _SHARE_AFTER.match(ctx.text, m.end("x")):
        return None  # "three quarters of its value", "a quarter of the workforce": a share, not a length
    if m["rate"]:
        return "SET", cal.duration_value(1, m["per"].lower()), None  # "24 hours a day": once every day
    count = cal.number_value(m["n"])
    value = cal.duration_value(count, unit)
    mod = None
    qualifier = " ".join((m["past"] or "").lower().split())
    mod = _MODS.get(qualifier) or _MODS.get(qualifier.split()[-1] if qualifier else "")
    direction = LATER.match(ctx.text, m.end("x"))
    if direction and count is not None and not qualifier.startswith(("the", "another")):
        word = direction[1].lower()
        n = -count if word == "earlier" else count
        return "DURATION", value, mod, _point(ctx, unit, n, from_now=word not in ("later", "earlier"))
    return "DURATION", value, mod


_SHARE_AFTER = re.compile(r"\s+of\s+(?:its|the|their|his|her|our|all|a|an|this|that|those|these)\b", re.IGNORECASE)


# The word after a duration that makes it reach a point: "two days later".
# Not "later"/"earlier" that opens another expression ("giving Russia 50 days earlier that month": the length,
# then "earlier that month").
LATER = re.compile(
    r"\s+(later|earlier|from\s+now|hence)\b(?!\s+(?:that|this|in\s+the|on\s+the)\s+(?:same\s+)?(?:day|week|month|year)\b)",
    re.IGNORECASE,
)


def _point(ctx: Context, unit: str, n: int, *, from_now: bool = False) -> str | None:
    """Where "a week later" / "two years earlier" / "two weeks from now" lands, at the unit's precision
    (days and weeks land on a day). "Later" counts from the last day named; months and years may count
    from the publication date ("profit fell from a year earlier"), days and weeks need a day named before
    them. "From now" counts from the publication date."""
    if unit in ("day", "week", "fortnight"):
        base = ctx.dct if from_now else ctx.last_day
        if base is None:
            return None
        return cal.shift(base, "day", n * {"day": 1, "week": 7, "fortnight": 14}[unit])
    if unit == "year" and not from_now and ctx.story_year:
        return f"{ctx.story_year + n:04d}"  # "in 1984 ... One year later": from the story's year
    if unit in ("month", "quarter", "year"):
        return cal.shift(ctx.dct if from_now else ctx.anchor, unit, n)
    return None


# Units a half of which is a whole number of a smaller one ("half an hour" = PT30M).
_HALVES = {
    "year": (12, "month"),
    "decade": (10, "year"),
    "century": (100, "year"),
    "day": (24, "hour"),
    "hour": (60, "minute"),
    "minute": (60, "second"),
}


def fractional_value(count: float, unit: str) -> str:
    """A duration of ``count`` units when the count has a half: "a year and a half" = P18M, in the next
    smaller unit where that is whole, else with a decimal ("P1.5W")."""
    if unit in _HALVES and (count * _HALVES[unit][0]).is_integer():
        return cal.duration_value(int(count * _HALVES[unit][0]), _HALVES[unit][1])
    value = cal.duration_value(1, unit)
    return value.replace("1", f"{count:g}", 1)


@rule(
    "half-duration",
    rf"\b(?P<x>(?:(?P<pre>about|nearly|almost|more\s+than|less\s+than)\s+)?(?:half\s+(?:a|an)[\s-]+(?P<u1>{UNIT})"
    rf"|(?P<n>{NUM})[\s-]+(?:(?P<u2>{UNIT}|{UNITS})[\s-]+and[\s-]+a[\s-]+half|and[\s-]+a[\s-]+half[\s-]+(?P<u3>{UNIT}|{UNITS}))"
    rf"|(?P<w>\d+)(?:\s+1/2|½)[\s-]+(?P<u4>{UNIT}|{UNITS}))){END}",
    re.IGNORECASE,
    needs=("half", "1/2", "½"),
)
def _half_duration(m, ctx):
    """ "half an hour", "a year and a half", "two and a half years", "1 1/2 years"."""
    if m["u1"]:
        count, unit = 0.5, unit_of(m["u1"])
    else:
        whole = int(m["w"]) if m["w"] else cal.number_value(m["n"])
        if whole is None:
            return None
        count, unit = whole + 0.5, unit_of(m["u2"] or m["u3"] or m["u4"])
    mod = _MODS.get(" ".join((m["pre"] or "").lower().split()))
    return "DURATION", fractional_value(count, unit), mod


@rule(
    "bare-units",
    rf"\b(?:for|in|within|after|takes?|took|lasting|spen[dt]s?|spending|(?P<over>over))\s+"
    rf"(?P<x>(?:recent\s+|the\s+(?:past|last|coming|next)\s+|(?(over)the\s+))?"
    rf"(?P<u>{UNITS})){END}(?!\s+(?:ago|earlier|later))",
    re.IGNORECASE,
)
def _bare_units(m, ctx):
    unit = unit_of(m["u"])
    return "DURATION", cal.duration_value(None, unit), None


@rule(
    "units-before",
    rf"(?<!\bthose\s)(?<!\bthese\s)\b(?P<x>(?:the\s+)?(?P<u>{UNITS}))\s+(?:before|after|earlier|later|leading\s+up\s+to)\b",
    re.IGNORECASE,
    needs=("before", "after", "earlier", "later", "leading"),
)
def _units_before(m, ctx):
    """ "set days before he underwent surgery", "in the weeks before the vote": an unsaid number of units."""
    return _bare_units(m, ctx)


@rule(
    "whole-unit",
    r"\b(?P<x>(?:all|the\s+(?:whole|entire))[\s-]+(?P<u>day|week|month|year))(?![\w-])(?!\s+of\b)",
    re.IGNORECASE,
    needs=("all", "whole", "entire"),
)
def _whole_unit(m, ctx):
    """ "talks lasted all day", "it rained the whole week": one unit, told as a length. "The whole day of
    talks" names the period of something else and is left alone."""
    return "DURATION", cal.duration_value(1, m["u"].lower()), None


@rule("single-day", rf"\b(?P<x>single-(?P<u>{UNIT})){END}", re.IGNORECASE, needs=("single-",))
def _single_day(m, ctx):
    """ "the biggest single-day drop", "a single-year contract", "its best single-month sales": a length of
    one unit, as "one-day" is."""
    return "DURATION", cal.duration_value(1, m["u"].lower()), None


@rule(
    "unit-long",
    rf"\b(?P<x>(?P<multi>multi-?)?(?P<u>{UNITS}|{UNIT})-?long|(?P<m2>multi)-?(?P<u2>{UNIT})){END}",
    re.IGNORECASE,
    needs=("long", "multi"),
)
def _unit_long(m, ctx):
    """ "a year-long strike", "a weeklong visit": one unit; "a multi-year deal", "a months-long dispute":
    some units."""
    unit = unit_of(m["u"] or m["u2"])
    some = m["multi"] or m["m2"] or (m["u"] and unit != m["u"].lower())
    return "DURATION", cal.duration_value(None if some else 1, unit), None


@rule("units-ahead", rf"\b(?P<x>the\s+(?P<u>{UNITS})\s+(?:ahead|to\s+come)){END}", re.I, needs=("ahead", "come"))
def _units_ahead(m, ctx):
    """ "in the months ahead", "the weeks to come": an unsaid number of units from now."""
    return _bare_units(m, ctx)


@rule(
    "coordinated-count",
    rf"\b(?P<x>(?P<n>{NUM}))\s+(?:and|to|or|-|–)\s+(?:{NUM})\s+(?P<u>{UNITS}){END}",
    re.IGNORECASE,
)
def _coordinated_count(m, ctx):
    """ "between 12 and 18 months": the first number shares the unit written after the second."""
    count = cal.number_value(m["n"])
    if count is None or m["n"].lower() in ("a", "an"):
        return None
    unit = unit_of(m["u"])
    return "DURATION", cal.duration_value(count, unit), None


@rule(
    "elapsed-time",
    rf"(?=\d)(?<!\bat\s)(?<!\bby\s){START}(?P<x>(?P<h>\d{{1,2}}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)){END}"
    r"(?!\s*(?:GMT|UTC|[AP]\.?M\b|[ECMP][SD]T\b|a\.m\.|p\.m\.))",
    needs=(":",),
)
def _elapsed_time(m, ctx):
    """ "finishing in 3:07:35": hours, minutes and seconds are a length of time. "At 14:32:10" or "14:32:10
    UTC" is a time of day, not a length (the clock rule)."""
    h, mi, sec = int(m["h"]), int(m["mi"]), int(m["s"])
    parts = (f"{h}H" if h else "") + (f"{mi}M" if mi else "") + (f"{sec}S" if sec else "")
    return ("DURATION", f"PT{parts}", None) if parts else None


@rule(
    "set",
    rf"\b(?P<x>(?:every|each)\s+(?:other\s+)?(?P<u>{UNIT}|{WEEKDAY}|{PART}|season)|(?P<adv>daily|weekly|monthly|"
    r"annually|yearly|nightly|hourly|quarterly))" + END,
    re.IGNORECASE,
    needs=("every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly", "quarterly"),
)
def _set(m, ctx):
    if m["adv"] and _PRESS_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):  # the words just before
        return None  # "the Communist Party daily", "the business weekly": a newspaper
    if m["adv"] and m["adv"][0].isupper() and _NAME_AFTER.match(ctx.text, m.end("x")):
        return None  # "the Daily Mail", "The Weekly Standard": the paper's name
    if m["adv"]:
        code = {
            "daily": "P1D",
            "weekly": "P1W",
            "monthly": "P1M",
            "annually": "P1Y",
            "yearly": "P1Y",
            "nightly": "TNI",
            "hourly": "PT1H",
            "quarterly": "P1Q",
        }[m["adv"].lower()]
        return "SET", code, None
    u = m["u"].lower()
    if u in cal.UNIT_CODES:
        return "SET", cal.duration_value(1, u), None
    if u in cal.WEEKDAYS:
        return "SET", f"XXXX-WXX-{cal.WEEKDAYS[u] + 1}", None
    if u in cal.PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{cal.PARTS_OF_DAY[u]}", None
    return "SET", "XXXX", None


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


@rule(
    "frequency",
    rf"\b(?P<x>(?:once|twice|thrice|(?P<k>{NUM})\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>{UNIT})"
    rf"|every\s+(?P<n>{NUM})\s+(?P<us>{UNITS})){END}",
    re.IGNORECASE,
    needs=("once", "twice", "thrice", "times", "every"),
)
def _frequency(m, ctx):
    """ "twice a day", "three times a week" (a SET of days, weeks), "every four years" (a SET of four years)."""
    if m["u"]:
        if m["k"] and cal.number_value(m["k"]) is None:
            return None
        return "SET", cal.duration_value(1, m["u"].lower()), None
    count = cal.number_value(m["n"])
    return ("SET", cal.duration_value(count, unit_of(m["us"])), None) if count else None


# The word before "daily"/"weekly" when the word is a newspaper: a name, a party, the press.
_PRESS_BEFORE = re.compile(
    r"(?:\b(?:Party|business|financial|state|tabloid|national|regional|local|English-language|official)|"
    r"[a-z,]\s+[A-Z][a-z]+)\s+$"
)


@rule(
    "recurring-weekday",
    rf"\b(?P<x>(?P<wd>{WEEKDAY})(?:(?P<plural>s)|\s+(?P<part>{PLURAL_PART}))?)(?![\w-])",
)
def _recurring_weekday(m, ctx):
    """ "on Mondays", "Tuesday nights", "Monday and Tuesday nights": a weekday that comes back every week."""
    part = m["part"]
    if not (m["plural"] or part):
        coordinated = RECURRING_AFTER.match(ctx.text, m.end("x"))
        if not coordinated:
            return None
        part = coordinated["part"]
    code = f"XXXX-WXX-{cal.WEEKDAYS[m['wd'].lower()] + 1}"
    return "SET", code + (f"T{cal.PARTS_OF_DAY[part.lower()[:-1]]}" if part else ""), None


@rule(
    "reference",
    r"\b(?P<x>now|currently|recently|nowadays|these\s+days|at\s+present|at\s+the\s+moment|the\s+present|"
    r"the\s+past|at\s+(?:the|that)\s+time|the\s+future|the\s+near\s+future|recent\s+(?:days|weeks|months|years|decades)|"
    r"the\s+coming\s+(?:days|weeks|months|years))" + END,
    re.IGNORECASE,
)
def _reference(m, ctx):
    if not ctx.refs:
        return None
    x = " ".join(m["x"].lower().split())
    if x in ("recently", "the past", "at the time", "at that time") or x.startswith("recent "):
        return "DATE", "PAST_REF", None
    if "future" in x or x.startswith("the coming"):
        return "DATE", "FUTURE_REF", None
    return "DATE", "PRESENT_REF", None
