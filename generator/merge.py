"""The same happening or statement from several sentences and articles becomes one record.

Merging is conservative: events need the same date, a shared actor and
similar wording (the same kind of happening, or shared content words); a
report joins an event only if it matches the event's first report too, and
an event's dates span at most a week, so that a chain of pairwise joins
never gathers different happenings; statements need the same speaker and
date and overlapping words (two translations of one remark share their
names and key words). The words compared are read in ``wording.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .blocking import Blocks, Entry, Features
from .headlines import passes
from .model import Event, Statement
from .timex.calendar import covers, precision_rank, start_of
from .wording import KIND_SET, KINDS, content_words, head_kind, key_words, other_happenings, word_overlap


@dataclass
class MergedEvent:
    """One happening with every sentence that reports it."""

    reports: list[Event]
    notes: list[str] = field(default_factory=list)  # why an editor should look (fold.py: near-duplicates)

    @property
    def title(self) -> str:
        """The headline of the report that names the happening best: one that passes the headline rules,
        naming the most (proper nouns: who and where), the shortest; the first of equals."""

        def rank(item: tuple[int, Event]) -> tuple:
            i, r = item
            named = len(re.findall(r"(?<=\s)[A-Z][\w’'-]+", " " + r.title))
            return (not passes(r.title), r.scheduled, -named, len(r.title), i)  # what happened before what was due

        return min(enumerate(self.reports), key=rank)[1].title

    @property
    def cited(self) -> list[Event]:
        """One report per source (its first): an article is cited once, however often it tells the happening."""
        seen: dict[str, Event] = {}
        for r in self.reports:
            seen.setdefault(r.source, r)
        return list(seen.values())

    @property
    def first(self) -> Event:
        return self.reports[0]

    @property
    def best(self) -> Event:
        """The report with the most precise date (the first such): it dates the merged event."""
        return min(self.reports, key=lambda r: precision_rank(r.precision))

    @property
    def date_conflict(self) -> list[str]:
        """The dates reported, when two of them cannot both be right (neither covers the other)."""
        dates = sorted({r.date for r in self.reports})
        clash = any(not (covers(a, b) or covers(b, a)) for a in dates for b in dates if a < b)
        return dates if clash else []


@dataclass
class MergedStatement:
    reports: list[Statement]

    @property
    def first(self) -> Statement:
        return self.reports[0]


def _nucleus(ev: Event) -> frozenset[str]:
    """Content words of the phrase the date belongs to ("the Moscow talks on August 6")."""
    return _nucleus_of(ev.sentence, ev.date_text)


@lru_cache(maxsize=16384)
def _nucleus_of(sentence: str, date_text: str | None) -> frozenset[str]:
    at = sentence.find(date_text) if date_text else -1
    if at < 0:
        return content_words(sentence)
    around = sentence[max(0, at - 70) : at] + " " + sentence[at + len(date_text) : at + len(date_text) + 30]
    return content_words(around)


# The fewest words two reports of one happening share before their overlap counts (wording.word_overlap).
EVENT_WORDS = 3

# Calendar arithmetic on the same few date values again and again, for every pair of events compared.
_covers = lru_cache(maxsize=16384)(covers)
_start_of = lru_cache(maxsize=4096)(start_of)


def _alike(a: Event, b: Event) -> tuple[bool, bool, float]:
    """(same kind of happening named near both dates, wording alike enough to be one report, word overlap)."""
    wa, wb = content_words(a.sentence), content_words(b.sentence)
    overlap = word_overlap(wa, wb, EVENT_WORDS)
    kinds_a, kinds_b = wa & set(KINDS), wb & set(KINDS)
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        return False, False, overlap
    near = _nucleus(a) & _nucleus(b)
    same_kind_near = bool(near & set(KINDS)) and len(near) >= 2
    worded = bool(kinds_a & kinds_b) and overlap >= 0.2 or overlap >= 0.4
    return same_kind_near, worded or same_kind_near, overlap


def _pair_of_one_day(sources: tuple[str, str], shared: int, rank: int, heads: tuple[str, str], alike: bool) -> bool:
    """Two articles telling the same kind of happening of the same two people or more on the same day ("Witkoff
    met Putin in Moscow" and "Putin received Witkoff in the Kremlin"): one happening, though they name its
    place differently: their headlines name one kind of deed, and their sentences are worded alike."""
    return alike and rank == 0 and shared >= 2 and sources[0] != sources[1] and heads[0] == heads[1] not in ("", "say")


def _same_event(a: Event, b: Event) -> bool:
    shared = set(a.actors) & set(b.actors)
    if not shared:
        return False
    wa, wb = content_words(a.sentence), content_words(b.sentence)
    if other_happenings(head_kind(a.title), wa, head_kind(b.title), wb):
        return False
    same_kind_near, alike, overlap = _alike(a, b)
    if a.date == b.date:
        # A shared day is good evidence; a shared month or year alone is not. Two reports of that day are one
        # happening only if they name something in common beyond its actors and date ("Alaska", "venue").
        keys = key_words(wa, frozenset(a.actors)) & key_words(wb, frozenset(b.actors))
        heads = (head_kind(a.title), head_kind(b.title))
        if _pair_of_one_day((a.source, b.source), len(shared), precision_rank(a.precision), heads, alike):
            return True
        return bool(keys) and (alike if precision_rank(a.precision) == 0 else same_kind_near)
    if _covers(a.date, b.date) or _covers(b.date, a.date):
        # "in January" and "on January 23" may be one happening or two: only with much the same words.
        return same_kind_near and overlap >= 0.4
    # Dates that disagree by days: one happening only when two articles name it alike with the same people;
    # the merged event is then flagged for review, never silently given one of the dates.
    da, db = _start_of(a.date), _start_of(b.date)
    close = da is not None and db is not None and abs((da - db).days) <= 7
    keys = key_words(_nucleus(a), frozenset(a.actors)) & key_words(_nucleus(b), frozenset(b.actors))
    return close and a.source != b.source and same_kind_near and len(shared) >= 2 and bool(keys)


def _matches(a: Features, entry: Entry) -> bool:
    """``_same_event`` for a report and an entry of reports, from their computed features."""
    b = entry.features
    shared = a.actors & b.actors
    if not shared or other_happenings(a.head, a.words, b.head, b.words):
        return False
    kinds_a, kinds_b = a.words & KIND_SET, b.words & KIND_SET
    overlap = word_overlap(a.words, b.words, EVENT_WORDS)
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        same_kind_near = alike = False
    else:
        near = a.nucleus & b.nucleus
        same_kind_near = bool(near & KIND_SET) and len(near) >= 2
        alike = bool(kinds_a & kinds_b) and overlap >= 0.2 or overlap >= 0.4 or same_kind_near
    if a.date == b.date:
        keys = key_words(a.words, a.actors) & key_words(b.words, b.actors)
        if (
            a.rank == 0
            and len(shared) >= 2
            and entry.has_source_other_than(a.source)
            and a.head == b.head not in ("", "say")
            and alike
        ):
            return True
        return bool(keys) and (alike if a.rank == 0 else same_kind_near)
    if None not in (a.start, a.end, b.start, b.end) and (
        a.start <= b.start and b.end <= a.end or b.start <= a.start and a.end <= b.end
    ):
        return same_kind_near and overlap >= 0.4
    close = a.start is not None and b.start is not None and abs((a.start - b.start).days) <= 7
    if not (close and entry.has_source_other_than(a.source) and same_kind_near and len(shared) >= 2):
        return False
    # Dates days apart are one happening only when the same object or place is named near both: two
    # meetings of one pair of leaders a week apart are two.
    return bool(key_words(a.nucleus, a.actors) & key_words(b.nucleus, b.actors))


def _said_alike(sentence: str) -> str:
    """A sentence as a copy of it reads it: the same words whatever the quote marks, dashes and spacing."""
    return re.sub(r"\W+", " ", sentence.replace("’", "'")).strip().lower()


STATS = {"comparisons": 0}  # comparisons merge_events made since the process started (for the benchmarks)


def _counted(a: Features, entry: Entry) -> bool:
    STATS["comparisons"] += 1
    return _matches(a, entry)


# The most days between the starts of two reports of one merged event: a chain of joins (A~B, B~C) must not
# carry an event from one happening to another a week later.
SPREAD = 7


def within_spread(starts: list[dt.date | None]) -> bool:
    """Whether the known start days of a group's reports are at most ``SPREAD`` days apart."""
    known = [d for d in starts if d is not None]
    return not known or (max(known) - min(known)).days <= SPREAD


def merge_events(events: list[Event]) -> list[MergedEvent]:
    """Group events that report the same happening; input order decides which report comes first.

    A report joins the first earlier group (in the order the groups were made) that has a report it
    matches, if it also matches the group's first report (the happening the group is about: one member
    alone would let a chain of pairwise joins gather different happenings) and the group's dates stay
    within ``SPREAD`` days. That is exactly comparing each event with every report of every earlier group,
    but only reports that could match are compared (see ``blocking.Blocks``): comparisons grow about
    linearly with the events.
    """
    merged: list[MergedEvent] = []
    founders: list[Entry] = []  # per group: its first report, which every report joining it must match
    starts: list[list[dt.date | None]] = []
    sentences: list[set[str]] = []  # per group: a report never joins a group that already has its sentence
    blocks = Blocks(KIND_SET)
    features: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = {}
    copies: dict[tuple[str, str], int] = {}  # (a sentence's words, its date): the group that reports it
    for ev in events:
        words = features.get((ev.sentence, ev.date_text))
        if words is None:
            words = (frozenset(content_words(ev.sentence)), frozenset(_nucleus(ev)))
            features[(ev.sentence, ev.date_text)] = words
        f = Features.of(ev, *words)
        copy = (_said_alike(ev.sentence), ev.date)
        if copy in copies:  # a repost's sentence word for word: the same report, whoever it names (or none)
            i = copies[copy]
            merged[i].reports.append(ev)
            sentences[i].add(ev.sentence)
            starts[i].append(f.start)
            blocks.add(i, f)
            continue
        for i, entries in blocks.candidates(f):
            if ev.sentence in sentences[i]:
                continue
            if not within_spread([*starts[i], f.start]) or not _counted(f, founders[i]):
                continue  # the group's first report tells another happening: its other reports need no look
            if any(_counted(f, e) for e in entries):
                merged[i].reports.append(ev)
                sentences[i].add(ev.sentence)
                starts[i].append(f.start)
                break
        else:
            i = len(merged)
            merged.append(MergedEvent([ev]))
            sentences.append({ev.sentence})
            founders.append(Entry(f, [f.source]))
            starts.append([f.start])
        blocks.add(i, f)
        copies[copy] = i
    return merged


def _same_statement(a: Statement, b: Statement) -> bool:
    if not a.speaker or a.speaker != b.speaker or a.date != b.date:
        return False
    return word_overlap(content_words(a.quote), content_words(b.quote)) >= 0.35 and a.source != b.source


@dataclass
class _Day:
    """One speaker's statement groups of one day, and which sources each group holds."""

    groups: list[MergedStatement] = field(default_factory=list)
    by_source: dict[str, set[int]] = field(default_factory=dict)

    def open_to(self, source: str) -> list[int]:
        """The groups, in order, that hold a report from another source: only those can take one from ``source``
        (so that the many statements of one long article are not each compared with all the others)."""
        return sorted(set().union(*(g for s, g in self.by_source.items() if s != source)))


def merge_statements(statements: list[Statement]) -> list[MergedStatement]:
    """Group reports of the same remark by the same speaker on the same date (compared within that pair only)."""
    merged: list[MergedStatement] = []
    by_speaker_day: dict[tuple[str, str], _Day] = {}
    for st in statements:
        if not st.speaker:
            merged.append(MergedStatement([st]))
            continue
        day = by_speaker_day.setdefault((st.speaker, st.date), _Day())
        for i in day.open_to(st.source):
            if any(_same_statement(st, other) for other in day.groups[i].reports):
                day.groups[i].reports.append(st)
                break
        else:
            i = len(day.groups)
            day.groups.append(MergedStatement([st]))
            merged.append(day.groups[-1])
        day.by_source.setdefault(st.source, set()).add(i)
    return merged
