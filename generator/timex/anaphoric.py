"""Rules for expressions that refer back to a date named before them, or to a happening beside it: "that
same day", "the next morning", "later that year", "the week after", "the day before the vote", "the third
straight day". Each counts from the last day, month or year named (``Context``), or from publication."""

from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .grammar import END, MONTH, PART, Rule, part_code, registrar
from .tense import PAST

RULES: list[Rule] = []
rule = registrar(RULES)


# "the eve of the summit", "the eve of Zelensky's visit": a happening, not a date, follows
# (a determiner or a possessive before it: "the eve of Donald Trump said", a translation's "the day before", is no
# happening's eve)
_EVE_OF_HAPPENING = re.compile(
    r"\s+of\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b)|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*['’]s\s)"
)


@rule(
    "anaphoric-day",
    r"(?=[lLeEtT])\b(?P<x>(?:later|earlier|late|early)\s+in\s+the\s+day|(?:(?:later|earlier)\s+)?(?!(?:the|that)\s+day\s+one\b)"
    r"(?:the\s+(?:previous|next|following|same)\s+day|the\s+day(?P<rel>\s+(?:before|after))|that\s+(?:same\s+)?day|"
    rf"(?P<dir>that(?:\s+same)?|the\s+(?:next|following|previous)|the\s+same)\s+(?P<part>{PART})|the\s+eve))" + END,
    re.IGNORECASE,
)
def _anaphoric_day(m, ctx):
    """ "the next day", "that same day", "earlier in the day", "the next morning", "that night": counted
    from the last day named (or publication)."""
    x = " ".join(m["x"].lower().split())
    if m["rel"] and _CLAUSE_AFTER.match(ctx.text, m.end("x")):
        return None  # "the day before the son reported him missing": anchored to an event, see below
    if m["part"]:
        step = {"the next": 1, "the following": 1, "the previous": -1}.get(" ".join(m["dir"].lower().split()), 0)
        return "TIME", f"{(ctx.anchor + dt.timedelta(days=step)).isoformat()}T{part_code(m['part'])}", None
    if x.startswith("the eve"):
        if _EVE_OF_HAPPENING.match(ctx.text, m.end("x")):
            return None  # "on the eve of Zelensky's visit": that visit's eve, not the last day's (anchored.py)
        return "DATE", (ctx.anchor - dt.timedelta(days=1)).isoformat(), None
    delta = (
        -1 if ("previous" in x or "before" in x) else (1 if ("next" in x or "following" in x or "after" in x) else 0)
    )
    return "DATE", (ctx.anchor + dt.timedelta(days=delta)).isoformat(), None


@rule(
    "anaphoric-unit",
    r"(?=[lLeEtT])\b(?P<x>(?:(?:later|earlier)\s+(?:in\s+)?)?that\s+(?:same\s+)?(?P<u>year|month|week)|"
    r"(?:later|earlier|late|early)\s+in\s+the\s+(?P<cu>year|month|week))" + END,
    re.IGNORECASE,
)
def _anaphoric_unit(m, ctx):
    """ "later that year", "that same month", "earlier that week": the period of the last date named
    (a year: the story's year, else the publication's, as "the year before" counts). A month or a week
    with nothing named before says only its unit. "Later in the
    year" is the current one, unless a past story is being told ("in March 2019 ... later in the year")."""
    if m["cu"]:
        unit = m["cu"].lower()
        if ctx.tense_at(m.start(), m.end()) != PAST:
            return "DATE", cal.shift(ctx.dct, unit, 0), None
        if unit == "year":
            return "DATE", f"{ctx.story_year or ctx.dct.year:04d}", None
        return "DATE", cal.shift(ctx.month_anchor if unit == "month" else ctx.anchor, unit, 0), None
    unit = m["u"].lower()
    if unit == "year":
        year = ctx.story_year or (ctx.last_day.year if ctx.last_day else ctx.dct.year)
        return "DATE", f"{year:04d}", None
    base = ctx.last_month if unit == "month" else ctx.last_day
    return "DATE", cal.shift(base, unit, 0) if base else "XXXX-XX", None


# What follows "the day before" when it is an event: "the son reported", "his arrest".
_CLAUSE_AFTER = re.compile(r"\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?[A-Za-z]")


@rule(
    "anaphoric-period",
    r"\b(?P<x>the\s+(?P<u>week|month|year)\s+(?P<rel>before|after))" + END,
    re.IGNORECASE,
)
def _anaphoric_period(m, ctx):
    """ "the year before", "the week after": one unit from the last date named. A year counts from the
    story's year; a week or a month from the last day named (or publication)."""
    if _CLAUSE_AFTER.match(ctx.text, m.end("x")):
        return None  # "the year before the war": anchored to an event we cannot date (see below)
    unit = m["u"].lower()
    step = -1 if m["rel"].lower() == "before" else 1
    if unit == "year":
        return "DATE", f"{(ctx.story_year or ctx.dct.year) + step:04d}", None
    return "DATE", cal.shift(ctx.month_anchor if unit == "month" else ctx.anchor, unit, step), None


@rule("event-anchored-day", r"\b(?P<x>the\s+day)\s+(?:before|after)\s+(?!yesterday|today|tomorrow)[A-Za-z]", re.I)
def _event_anchored_day(m, ctx):
    """ "The day before the vote was held": a day next to an event we cannot date, in the story's year.

    The event belongs to the story being told, so its year is the story's (see Context); which day it
    is stays unknown. With no year named before it, the value says nothing but "a day".
    """
    return "DATE", f"{ctx.story_year}-XX-XX" if ctx.story_year else "XXXX-XX-XX", None


@rule(
    "event-anchored-period",
    r"\b(?P<x>the\s+(?P<u>week|month))\s+(?:before|after)\s+(?!yesterday|today|tomorrow|last|next|this)[A-Za-z]",
    re.I,
)
def _event_anchored_period(m, ctx):
    """ "the week before the election": a week (a month) next to an event we cannot date, in the story's
    year, as "the day before ..." is."""
    return "DATE", f"{ctx.story_year or 'XXXX'}-{'WXX' if m['u'].lower() == 'week' else 'XX'}", None


@rule(
    "ordinal-day",
    r"\b(?P<x>the\s+(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    rf"tenth|final)\s+(?:(?:consecutive|straight|successive)\s+)?day)(?![\w-])(?!\s+(?:of|in)\s+(?:the\s+)?(?:month|week|year|{MONTH})\b)",
    re.IGNORECASE,
)
def _ordinal_day(m, ctx):
    """ "on the 99th day", "the third straight day": a day counted from an undated start, so no calendar
    value."""
    return "DATE", "XXXX-XX-XX", None
