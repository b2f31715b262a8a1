"""Dated sentences that report a happening become events, titled as headlines.

Which date of a sentence dates its happening, and which further dates date happenings of their own:
``dating.py``; happenings named by their distance from the sentence's day ("two days before a deadline"):
``anchored.py``; undated sentences dated by their context: ``carry.py``. A question, a first-person sentence
outside quotation marks (a columnist's, an interviewee's answer), a quotation with no speaker, a hedge or an
opinion is no event.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .actors import Registry
from .anchored import (
    anchored,
    happening_days,
    happening_of,
    learn_day,
    named_anchor,
    object_possessive,
    possessive_days,
    standard_days,
)
from .carry import LEAD_PARAGRAPHS, blog_days, carried, in_blog, paragraph_saying, same_day, story_carried
from .cuts import open_quote
from .dating import CARRIED, aside_dates, event_date, own_conjunct, side_dates
from .headlines import Context, Name, Reading, read
from .model import Article, Event, Sentence, Statement, Timex
from .sentences import is_time_stamp
from .timex import TimexIndex, phrase
from .timex.tense import FUTURE, clause_tense
from .titling import finish


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
        out.extend(_semicolon_clauses(s, text))
        i = j + 1
    return out


def _semicolon_clauses(s: Sentence, text: str) -> list[Sentence]:
    """A sentence's clauses joined by a semicolon outside quotation marks, each a unit of its own ("That was
    the day his deadline expired; he had set it on July 29"): each clause has its own happening and date."""
    parts, start = [], s.start
    for m in re.finditer(r";\s+", s.text):
        cut = s.start + m.start()
        if open_quote(text[s.start : cut]) >= 0:
            continue  # inside a quotation: the words said, not the writer's clauses
        if len(text[start:cut].split()) >= 4 and len(text[s.start + m.end() : s.end].split()) >= 4:
            parts.append(Sentence(start, cut + 1, text[start : cut + 1], s.paragraph))
            start = s.start + m.end()
    if not parts:
        return [s]
    return [*parts, Sentence(start, s.end, text[start : s.end], s.paragraph)]


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


_THE_DAY = re.compile(r"\bthe\s+(?:very\s+|same\s+)?day$", re.IGNORECASE)  # carried by carry.same_day
# A sentence whose subject is "I" or "we", outside quotation marks: news reports in the third person, so these
# are the words of a columnist or of an interviewee's unquoted answer ("In 1994 we gave up our weapons").
_FIRST_PERSON = re.compile(
    r"[\s*_(\[-]*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et)\s+)?(?:[A-Z][^,;:“”\"]{1,40},\s+|(?:In|On|At|By|After|Before|Since|"
    r"During|Last)\s+[\w.]+(?:\s+[\w.]+){0,3}?\s+(?=we\b|I\b))?(?:I|[Ww]e)\s+(?!\w+ing\b)[a-z]"
)


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
    if t.rule in CARRIED and _THE_DAY.search(t.text):  # "came on the day Trump's deadline expired"
        after = re.sub(r"^\s*(?:that|when)\s+", "", text[t.end : sentence.end])
        reading = Reading("event", finish(after, ctx, sentence.text, t.end - sentence.start))
    elif t.rule in ("anchored", "aside"):  # "two days before a deadline set by Trump": the deadline is the happening
        at, what = happening_of(t) if t.rule == "anchored" else (0, t.text)  # an aside's: its noun and words
        # "three days after his summit": "his" is the main clause's subject, the sentence's first person named
        subject = min((n.end for n in ctx.names if n.person), default=t.start - sentence.start + at)
        title = re.sub(r"^(?:His|Her|Their|Its)\s+", "", finish(what, ctx, sentence.text, subject))
        reading = Reading("event", title[:1].upper() + title[1:])  # a possessive no one was found for goes
    else:
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
        date_text=(t.text or (last.date_text if last else ""))
        if t.rule in CARRIED
        else (text[t.start : t.end] if t.rule == "aside" else phrase(text, t)),
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
    named = happening_days(text, timexes)
    previous: Sentence | None = None
    story_day = ""
    last_carried = False  # whether the last main event's date came from the sentences around it
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
            or named_anchor(sentence, named)  # "Two days before the summit, …": the summit the article dates
            or carried(text, sentence, last, own, statements or [], lead)
            or story_carried(text, sentence, last, own, story_day)
            or paragraph_saying(text, sentence, None if last_carried else last, own)
        )
        if t is not None and t.rule not in CARRIED:
            swap, possessed = object_possessive(text, sentence, t)  # "described Friday's meeting": the meeting's
            t = possessed if swap else t
        if sentence.text.rstrip(" *_#”\"’'").endswith("?") or _FIRST_PERSON.match(sentence.text):
            continue  # a question, bold or quoted, asks; the writer's or an interviewee's own words are no event
        # "since a heated exchange in February", "than at the row in February": a happening of its own date
        standard = standard_days(text, sentence, own)
        if t is None or t.rule in CARRIED:  # "…, floated by Washington the previous day, …": the aside's own
            standard += aside_dates(text, sentence, own)
        if t is None:  # "… to avoid a repeat of February's Oval Office clash": the possessed happening's date
            standard += possessive_days(text, sentence, Timex(-1, -1, "", "DATE", None, None, None), own)
            events.extend(e for s in standard if (e := _event(article, sentence, s, registry, topics, None, last)))
            continue
        main = _event(article, sentence, t, registry, topics, statements, last)
        if main is not None and t.rule not in CARRIED:  # "arrived on Sunday and met Witkoff this morning"
            main = replace(main, title=own_conjunct(text, sentence, t, own, main.title))
        if main is not None:
            events.append(main)
            last, last_carried = main, t.rule in CARRIED
            if main.precision == "day":  # "Summit will be held" on Friday: what "the eve of the summit" counts from
                learn_day(named, main.title, main.date)
            if not story_day and main.start < lead and main.precision == "day" and not main.scheduled:
                story_day = main.date  # the lead's day: the story's own happenings are told of it further down
        # "two days before a deadline", "ahead of Friday's meeting between …": happenings named by their day
        further = anchored(text, sentence, t, own) + possessive_days(text, sentence, t, own)
        further = (further if t.rule not in CARRIED else []) + standard
        for side in side_dates(text, sentence, own, t):  # "…, where the two sides last met on July 23"
            # a side clause's happening stands whether or not the main clause reports one ("Since his return
            # in January, Trump has swung between … — he froze intelligence sharing in March — …")
            event = (
                None
                if any(f.start == side.start for f in further)
                else _event(article, sentence, side, registry, topics, statements, main)
            )
            if event is not None:
                events.append(replace(event, title=own_conjunct(text, sentence, side, own, event.title)))
        for side in further:
            event = _event(article, sentence, side, registry, topics, statements, main)
            if event is not None and all(e.date != event.date or e.start != event.start for e in events[-3:]):
                events.append(event)
    return events
