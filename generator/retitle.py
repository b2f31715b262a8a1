"""A finished headline's second look: what ``headlines.read`` does when a title shows one of the editor's flaws.

``settle`` drops the article's own voice, gives a question's answer, a saying its words, a "when" clause its
happening and a coordination's verb its subject; ``drop_date`` takes the date phrase out of a headline's text and
repairs the punctuation it leaves.
"""

from __future__ import annotations

import re

from .clauses import words
from .cuts import flaws
from .naming import dated_saying
from .surface import meta
from .titling import Context, finish, subject_of

DATE_PREP = re.compile(
    r"\s*(?:\b(?:(?:early|late)\s+)?(?:on|in|by|at|during|as early as|as soon as|from|between|back in|until|since|"
    r"through|throughout)\s*|\b(?:early|late)\s*)?$",
    re.IGNORECASE,
)


def settle(title: str, sentence: str, ds: int, de: int, ctx: Context) -> str | None:
    """The title after a second look, or None when the sentence reports no happening at the date: the article's own
    voice ("Here is what we know so far", "He gave us his account") or an "it" clause that only describes."""
    if meta(title):
        return None
    answer = title.rsplit("? ", 1)[-1] if "question" in flaws(title) and "? " in title else ""
    if answer and "question" not in flaws(answer):  # "Will they meet again? The Kremlin said …": the answer
        title = answer[:1].upper() + answer[1:]
    if "empty saying" in flaws(title):  # "Putin said", "…told reporters": the words said, when they are quoted
        title = dated_saying(sentence, ds, de, ctx) or title
    when = re.match(r"\s*when\s+([^,;“”\"]{8,120}),\s+it\s+(?:is|was|will\s+be|would\s+be)\b", sentence, re.IGNORECASE)
    if when and when.start(1) <= ds < when.end(1):  # "When they meet on Friday, it will be …": the meeting is it
        title = finish(drop_date(when.group(1), sentence, ds, de, when.start(1)), ctx, sentence, when.start(1))
    elif when and title.lower().startswith("it "):  # "…, it will be the first time … since Putin attended X in 2015"
        sub = [
            m
            for m in re.finditer(r"\b(?:since|after|before|when)\s+(?=[A-Z])", sentence[:ds])
            if m.start() > when.end()
        ]
        if not sub:
            return None  # the "it" clause describes the happening, it reports none
        title = finish(
            drop_date(sentence[sub[-1].end() :], sentence, ds, de, sub[-1].end()), ctx, sentence, sub[-1].end()
        )
    if "no subject" in flaws(title):  # "…, and returned in March for talks": the sentence's subject did
        title = with_subject(title, sentence, ctx)
    return title


def with_subject(title: str, s: str, ctx: Context) -> str:
    """A second verb of a coordination given the sentence's subject ("He first met Putin in February … and returned
    in March for talks" -> "Witkoff returned for talks"): a pronoun opening the sentence, named, or a person named
    at its start; else the title as it is."""
    verb = title.split(" ", 1)[0].lower()
    if not re.search(rf"\band\s+{re.escape(verb)}\b", s):
        return title
    pronoun = re.match(r"(he|she|they)\b", s, re.IGNORECASE)
    subject = subject_of(s, 0, ctx, pronoun.group(1)) if pronoun else ""
    subject = subject or next((n.short for n in ctx.names if n.person and n.start <= 4), "")
    return f"{subject} {title[:1].lower()}{title[1:]}" if subject else title


def drop_date(text: str, sentence: str, ds: int, de: int, offset: int) -> str:
    """The text without the date phrase and its preposition ("on Wednesday")."""
    date = sentence[ds:de]
    at = text.find(date)
    if at < 0:
        return text
    head, tail = DATE_PREP.sub("", text[:at]).rstrip(), text[at + len(date) :].lstrip()
    if re.match(r"['’]s\b", tail):  # "described Friday's meeting": the date names the noun, it stays
        if text[:at].strip():
            return text
        tail = tail[2:].lstrip()
    if head.endswith(",") and tail.startswith(","):  # "in the Oval Office, on February 28, ended": an aside
        head, tail = head[:-1], tail[1:].lstrip()
    elif head.endswith(";") and tail.startswith(","):  # "visited Kyiv; on Tuesday, he returned": the date's clause
        return tail[1:].lstrip()
    elif tail[:1] in (",", ";", ":"):  # "Unlike in February, the leader wore": the date was the lead's object
        last = head.rsplit(" ", 1)[-1]
        w = words()
        if last.lower() in w.insert_before | w.np_prepositions | {"unlike", "despite", "since", "until", "amid"}:
            head = head[: len(head) - len(last)].rstrip()  # a preposition, not a verb's object ("set it")
        if not head.strip(" *_#-"):
            head, tail = "", tail[1:].lstrip()
    if head[-1:] in '“"' and tail[:1] in '”"':  # "a ceasefire “today”": the quotation held only the date
        head, tail = head[:-1].rstrip(), tail[1:].lstrip()
    return f"{head} {tail}"
