"""Dated sentences that report a happening become events.

A sentence is an event when it carries a calendar date that says when
something happened or is due. Not when the date is background: inside a
counterfactual ("if he had not had his victory stolen from him in 2020"), or
used as a modifier of a noun ("the 2016 US election", "the borders of 2022").
A sentence's event is dated by its most precise foreground expression; a further
date of another day or month in it dates a happening of its own ("…, where the two
sides last met on July 23"). Undated sentences dated by their context: ``carry.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .actors import Registry
from .carry import LEAD_PARAGRAPHS, blog_days, carried, in_blog, same_day
from .clauses import Clause, clause_at, clauses, words
from .cuts import open_quote
from .headlines import Context, Name, read
from .model import Article, Event, Sentence, Statement, Timex
from .sentences import is_time_stamp
from .timex import TimexIndex, phrase
from .timex.calendar import precision_rank
from .timex.tense import FUTURE, clause_tense

_COUNTERFACTUAL = re.compile(
    r"\b(?:if\s+\w+\s+had|had\s+\w+\s+not|would\s+have|might\s+(?:not\s+)?have|could\s+have|"
    r"should\s+have)\b",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"^(?:However|But|And|Also|Meanwhile|Thus|Still|Yet|Moreover|In addition|In fact|Indeed|Previously|"
    r"Following [^,]+|Shortly [^,]+|At the same time|In conclusion|According to [^,]+)\s*,\s*",
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
        r"\b(?:end|start|beginning|middle|spring|summer|autumn|fall|winter|month|week|day|eve)\s+of\s*$", before
    ):
        return True  # "the borders of 2022"
    # Only the words near the date count: a hostile sentence of a megabyte is not read once per date in it.
    lo = max(sentence.start, t.start - _REACH)
    clause_start = max(text.rfind(",", lo, t.start), text.rfind(";", lo, t.start), lo)
    return bool(_COUNTERFACTUAL.search(text, lo, t.start)) and bool(
        _COUNTERFACTUAL.search(text, clause_start, t.end) or re.search(r"\bif\b", text[lo : t.start])
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


def _joined(text: str, dates: list[Timex]) -> list[Timex]:
    """Coordinated dates of one precision, in order, as the one range they make (TimeML tags each on its
    own; the happening spans them): "held on April 24 and 25" is 2025-04-24/2025-04-25."""
    out: list[Timex] = []
    for t in dates:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.precision == t.precision
            and "/" not in prev.date_value
            and "/" not in t.date_value
            and prev.date_value < t.date_value
            and _COORDINATION.match(text[prev.end : t.start])
        ):
            value = f"{prev.date_value.split('/')[0]}/{t.date_value}"
            out[-1] = Timex(
                prev.start, t.end, text[prev.start : t.end], "DATE", value, prev.precision, None, "coordination"
            )
            continue
        out.append(t)
    return out


def event_date(text: str, sentence: Sentence, timexes: list[Timex]) -> Timex | None:
    """The expression that dates the sentence's happening: the most precise foreground one."""
    inside = [t for t in timexes if sentence.start <= t.start < sentence.end and t.is_calendar_date]
    if inside and _is_stamp(text, sentence, inside):
        return None
    foreground = _joined(text, [t for t in inside if not _is_background(text, t, sentence)])
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
            target = re.search(r"\b(?:to|until|till)\s*$", before)
            return bool(since or target) or c.opener == "rel" and c.word in ("which", "who", "whom")

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
    if chosen.rule in _CARRIED:
        return []
    inside = [t for t in timexes if sentence.start <= t.start < sentence.end and t.is_calendar_date]
    cs = clauses(sentence.text)
    main = (chosen.date_value or "").split("T")[0]
    out: list[Timex] = []
    for t in _joined(text, [t for t in inside if not _is_background(text, t, sentence)]):
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
            r"\b(?:to|until|till|by|for)\s*$", text[max(sentence.start, t.start - 12) : t.start]
        ):
            continue
        if all((o.date_value or "").split("T")[0] != value for o in out):
            out.append(t)
    return out


def title_for(sentence: str, date_text: str) -> str:
    """A headline for a sentence dated by ``date_text`` (its first occurrence), with no actors known."""
    at = sentence.find(date_text)
    reading = read(sentence, max(at, 0), max(at, 0) + len(date_text))
    return reading.title or date_text


@lru_cache(maxsize=4096)
def short_form(text: str, name: str) -> str:
    """The one word of a person's name that the article also uses alone ("Putin", "Xi"), else the name."""
    parts = name.split()
    if not parts:
        return name
    for word in (parts[-1], parts[0]):
        for m in re.finditer(rf"\b{re.escape(word)}\b(?!\s+[A-Z])", text):  # "Dmitry Medvedev": not alone
            before = [w.strip(",.;:’'\"“”") for w in text[max(0, m.start() - 40) : m.start()].split()[-1:]]
            after = [w.strip(",.;:’'\"“”") for w in text[m.end() : m.end() + 40].split()[:1]]
            if not set(before + after) & set(parts):
                return word
    return name


def _context(text: str, sentence: Sentence, registry: Registry) -> Context:
    """The actors a headline may name: those of the sentence, and the people named before it (read lazily)."""

    def short(actor_id: str) -> tuple[str, bool]:
        actor = registry.actors[actor_id]
        # a name all in capitals is a dateline taken for a speaker ("KYIV, Aug 10 —"): no one a pronoun stands for
        person = actor.kind == "person" and not (actor.name.isupper() and len(actor.name) > 3)
        return actor.name, person

    names = []
    for m in registry.mentions(text, sentence.start, sentence.end):
        if m.actor:
            name, person = short(m.actor)
            names.append(Name(m.start - sentence.start, m.end - sentence.start, name, person))

    def before() -> tuple[str, ...]:
        # The people of the last sentence before this one that names any: a pronoun that opens a sentence
        # most often stands for the previous sentence's subject, its first person named.
        lo = max(0, sentence.start - 1500)
        found = [m for m in registry.mentions(text, lo, sentence.start) if m.actor and short(m.actor)[1]]
        if not found:
            return ()
        cut = max(text.rfind(". ", lo, found[-1].start), text.rfind("\n", lo, found[-1].start))
        return tuple(dict.fromkeys(short(m.actor)[0] for m in found if m.start > cut))

    def pair() -> tuple[str, ...]:
        # "The two men": the two people of this sentence, else of the last sentence before it that names
        # exactly two (a sentence naming three leaves the pair open, and an earlier one is looked at).
        own = tuple(dict.fromkeys(n.short for n in names if n.person))
        if len(own) == 2:
            return own
        lo = max(0, sentence.start - 3000)
        people = [m for m in registry.mentions(text, lo, sentence.start) if m.actor and short(m.actor)[1]]
        by_sentence: dict[int, list[str]] = {}
        for m in people:
            cut = max(text.rfind(". ", lo, m.start), text.rfind("\n", lo, m.start))
            by_sentence.setdefault(cut, []).append(short(m.actor)[0])
        # The sentence before, else the story's first: the lede names whom the story is about.
        lede_end = text.find(". ") % (len(text) + 1)
        lede = [m for m in registry.mentions(text, 0, min(lede_end, sentence.start)) if m.actor and short(m.actor)[1]]
        last = by_sentence[max(by_sentence)] if by_sentence else []
        for found in (tuple(dict.fromkeys(last)), tuple(dict.fromkeys(short(m.actor)[0] for m in lede))):
            if len(found) == 2:
                return found
        return ()

    def previous() -> str:
        lo = max(0, sentence.start - 1500)
        start = max(text.rfind(". ", lo, sentence.start - 2), text.rfind("\n", lo, sentence.start - 1), lo - 1)
        return text[start + 1 : sentence.start].strip()

    return Context(tuple(names), before, lambda name: short_form(text, name), pair, previous)


def units(sentences: list[Sentence], text: str) -> list[Sentence]:
    """The sentences, with those of one quotation that runs over several of them as one ("“We are ready. The
    venue is agreed,” Lavrov said on Sunday"): the speech tag dates the whole saying, the words said are in
    the other sentences. A quotation left open at the paragraph's end, or after six sentences, stays split."""
    out: list[Sentence] = []
    i = 0
    while i < len(sentences):
        s = sentences[i]
        j = i
        if open_quote(s.text) >= 0:
            while (
                j + 1 < len(sentences)
                and j - i < 5
                and sentences[j + 1].paragraph == s.paragraph
                and open_quote(text[s.start : sentences[j].end]) >= 0
            ):
                j += 1
            if open_quote(text[s.start : sentences[j].end]) >= 0:
                j = i  # never closed: not one quotation
        if j > i:
            end = sentences[j].end
            s = Sentence(s.start, end, text[s.start : end], s.paragraph)
        out.append(s)
        i = j + 1
    return out


def _with_speaker(ctx: Context, sentence: Sentence, t: Timex, said: list[Statement], registry: Registry) -> Context:
    """``ctx`` with the speaker a statement found for a quotation's speech tag ("“…,” he said on Tuesday", "“…,”
    the Kremlin spokesman told reporters on Friday"), who the tag names by pronoun or role only; ``ctx`` when no
    statement of that day has its speaker in this sentence's words outside the quotation."""
    for st in said:
        if (
            st.speaker in registry.actors
            and st.speaker_start is not None
            and st.speaker_end is not None
            and sentence.start <= st.speaker_start < sentence.end
            and st.date == (t.date_value or "")[:10]
            and not any(n.start <= st.speaker_start - sentence.start < n.end for n in ctx.names)
        ):
            actor = registry.actors[st.speaker]
            at = (st.speaker_start - sentence.start, st.speaker_end - sentence.start)
            return replace(ctx, names=(*ctx.names, Name(*at, actor.name, actor.kind == "person")))
    return ctx


_CARRIED = ("previous event", "time stamp")  # a date from the sentences around: its words are theirs


def _event(
    article: Article,
    sentence: Sentence,
    t: Timex,
    registry: Registry,
    topics,
    statements: list[Statement] | None,
    last: Event | None,
) -> Event | None:
    """The event ``sentence`` reports on the date ``t``, titled from the clause of that date; None when what it
    says there is a quotation, hedge, opinion or background (a statement at most), nothing to title, or (for a
    further date of the sentence) the title of the event ``last`` the sentence gave already."""
    text = article.text
    ctx = _context(text, sentence, registry)
    reading = read(sentence.text, t.start - sentence.start, t.end - sentence.start, ctx)
    if reading.kind == "quotation" and statements:
        spoken = _with_speaker(ctx, sentence, t, statements, registry)
        if spoken is not ctx:
            reading = read(sentence.text, t.start - sentence.start, t.end - sentence.start, spoken)
    if reading.kind != "event" or not reading.title.strip():
        return None
    if last is not None and last.start == sentence.start and last.title == reading.title:
        return None  # the side date's clause has no happening of its own: the main clause was titled again
    actors = {m.actor for m in registry.mentions(text, sentence.start, sentence.end) if m.actor}
    # A pronoun the title resolved ("He signed an order" -> "Trump signed an order") names an actor too:
    # merging finds one happening's reports by the actors they share.
    actors |= {m.actor for m in registry.mentions(reading.title, 0, len(reading.title)) if m.actor}
    scheduled = clause_tense(sentence.text, t.start - sentence.start, t.end - sentence.start) == FUTURE
    day = t.date_value or ""
    return Event(
        date=day.split("T")[0],
        precision="day" if t.precision == "time" else (t.precision or "day"),
        date_text=(t.text or (last.date_text if last else "")) if t.rule in _CARRIED else phrase(text, t),
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        actors=sorted(actors),
        topics=topics.tag(sentence.text),
        source=article.id,
        title=reading.title,
        mod=t.mod,
        scheduled=scheduled and day[:10] >= article.published.isoformat()[: len(day[:10])],
    )


def extract_events(
    article: Article,
    sentences: list[Sentence],
    timexes: list[Timex],
    registry: Registry,
    topics,
    statements: list[Statement] | None = None,
) -> list[Event]:
    """The events one article reports; ``statements``, those found in it, name the speakers of dated sayings
    whose speech tag says only "he" or "the spokesman"."""
    text = article.text
    events: list[Event] = []
    index = TimexIndex(timexes)
    lead = next((s.start for s in sentences if s.paragraph > LEAD_PARAGRAPHS), len(text))
    days = blog_days(sentences, timexes, article.published.isoformat())
    previous: Sentence | None = None
    last: Event | None = None  # the last main event: a carried event carries on, the lead bounds the chain
    for sentence in units(sentences, text):
        own = index.starting_in(sentence.start, sentence.end)
        # the entry's first sentence: after its paragraph's time stamp, or opening its paragraph
        first = previous is None or previous.paragraph != sentence.paragraph or is_time_stamp(previous)
        previous = sentence
        t = (
            event_date(text, sentence, own)
            or in_blog(sentence, days, first, own)
            or same_day(text, sentence, last, own)
            or carried(text, sentence, last, own, statements or [], lead)
        )
        if t is None or sentence.text.rstrip(" *_#”\"’'").endswith("?"):  # a question, bold or quoted, asks
            continue
        main = _event(article, sentence, t, registry, topics, statements, last)
        if main is not None:
            events.append(main)
            last = main
        for side in side_dates(text, sentence, own, t):  # "…, where the two sides last met on July 23"
            # a side clause's happening stands whether or not the main clause reports one ("Since his return
            # in January, Trump has swung between … — he froze intelligence sharing in March — …")
            event = _event(article, sentence, side, registry, topics, statements, main)
            if event is not None:
                events.append(event)
    return events
