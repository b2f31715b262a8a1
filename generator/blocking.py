"""Which earlier reports an event can match at all, found without comparing it with every one (merge.py).

Two reports of one happening share an actor, and their dates are equal, or one covers the other,
or they start at most seven days apart (merge._same_event). When the dates differ, the
same kind of happening must also be named near both (``same_kind_near``), and dates that merely
start close need two shared actors. So a report is filed under each of its actors with its date as
it is; and for each kind of happening named near its date: under each pair of its actors with the
day it starts; under each actor with that day and year (as a date another may cover); and under
each day it spans, or each year for dates longer than a month (as a date that may cover another:
even one day covers another value of it, "2025-08-06T10:00"). An event looks under the same keys
for its own date: fifteen days of starts, the days its date covers, its day and year.

Within a group, reports that agree on everything the comparison reads (actors, words, the words
around the date, the date) are one entry: reposts and repeated wordings cost one comparison per
group, not one per article. The sources an entry stands for are kept (two are enough to know that
one differs from a given source).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .timex.calendar import end_of, precision_rank, start_of
from .wording import head_kind

_WEEK = dt.timedelta(days=7)
_MAX_YEARS = 300
_DAYS = 31  # a date of a month or less is filed under each of its days as one that may cover another


@dataclass(frozen=True)
class Features:
    """What the event comparison reads of one report, computed once."""

    actors: frozenset[str]
    words: frozenset[str]
    nucleus: frozenset[str]
    date: str
    rank: int  # the precision rank of the report's own precision
    start: dt.date | None
    end: dt.date | None
    source: str
    head: str = ""  # the kind of happening its headline names first (wording.head_kind)

    @classmethod
    def of(cls, ev, words: frozenset[str], nucleus: frozenset[str]) -> Features:
        return cls(
            frozenset(ev.actors), words, nucleus, ev.date, precision_rank(ev.precision),
            start_of(ev.date), end_of(ev.date), ev.source, head_kind(ev.title),
        )  # fmt: skip

    @property
    def signature(self) -> tuple:
        # The comparison reads the other report's precision only through its date, and its source only
        # to ask whether it differs: those two are left out, and sources are kept on the entry.
        return (self.actors, self.words, self.nucleus, self.date, self.head)


@dataclass
class Entry:
    """The reports of one group that the comparison cannot tell apart."""

    features: Features
    sources: list[str] = field(default_factory=list)

    def has_source_other_than(self, source: str) -> bool:
        return any(s != source for s in self.sources)


def _odd(f: Features) -> bool:
    """A span ending before it starts, or of centuries: compared with every report of its actors."""
    return f.end is not None and (f.end < f.start or f.end.year - f.start.year > _MAX_YEARS)


def _pairs(actors: frozenset[str]) -> list[tuple[str, str]]:
    ordered = sorted(actors)
    return [(x, y) for i, x in enumerate(ordered) for y in ordered[i + 1 :]]


def _kinds_or_none(words: frozenset[str], kinds: frozenset[str]) -> list[str]:
    return sorted(words & kinds) or ["none"]


def _days(first: dt.date, last: dt.date) -> range:
    return range(first.toordinal(), last.toordinal() + 1)


def _keys(f: Features, kinds: frozenset[str]) -> list[tuple]:
    """Where a report is filed."""
    actors = sorted(f.actors)  # a fixed order, so that the count of comparisons is reproducible
    keys: list[tuple] = [(actor, "date", f.date, k) for actor in actors for k in _kinds_or_none(f.words, kinds)]
    if f.start is None:
        return keys
    for kind in sorted(f.nucleus & kinds):
        day = f.start.toordinal()
        keys += [(pair, kind, "start", day) for pair in _pairs(f.actors)]  # close starts, two actors shared
        if f.end is None:
            continue  # covers nothing, is covered by nothing
        for actor in actors:
            keys += [(actor, kind, "any"), (actor, kind, "in", day), (actor, kind, "in-year", f.start.year)]
            if _odd(f):
                keys.append((actor, kind, "odd"))
            elif (f.end - f.start).days <= _DAYS:  # even one day covers another value of it ("2025-08-06T10:00")
                keys += [(actor, kind, "out-day", d) for d in _days(f.start, f.end)]
            else:
                keys += [(actor, kind, "out", y) for y in range(f.start.year, f.end.year + 1)]
    return keys


def _probes(f: Features, kinds: frozenset[str]) -> list[tuple]:
    """Where the reports are that the comparison could accept for this one."""
    # The same date: not when both sentences name kinds of happening and none is the same.
    own = sorted(f.words & kinds) or sorted(kinds)
    actors = sorted(f.actors)
    keys: list[tuple] = [(actor, "date", f.date, k) for actor in actors for k in [*own, "none"]]
    if f.start is None:
        return keys
    for kind in sorted(f.nucleus & kinds):  # other dates need the same kind of happening named near both
        day = f.start.toordinal()  # ordinals, not dates: a week either side of 1 January 0001 is no error
        days = range(day - _WEEK.days, day + _WEEK.days + 1)
        keys += [(pair, kind, "start", d) for pair in _pairs(f.actors) for d in days]
        if f.end is None:
            continue
        for actor in actors:
            if _odd(f):
                keys.append((actor, kind, "any"))
                continue
            keys += [(actor, kind, "odd"), (actor, kind, "out-day", f.start.toordinal())]  # dates that cover it
            keys.append((actor, kind, "out", f.start.year))
            if (f.end - f.start).days <= 400:  # reports whose dates it covers
                keys += [(actor, kind, "in", d) for d in _days(f.start, f.end)]
            else:
                keys += [(actor, kind, "in-year", y) for y in range(f.start.year, f.end.year + 1)]
    return keys


class Blocks:
    """Groups' entries filed under the keys of ``_keys``, for ``candidates``."""

    def __init__(self, kinds: frozenset[str]) -> None:
        self.kinds = kinds  # the words naming a kind of happening (wording.KINDS)
        self.cells: dict[tuple, dict[int, list[Entry]]] = {}
        self.entries: dict[tuple[int, tuple], Entry] = {}

    def add(self, group: int, f: Features) -> None:
        """File a report of ``group`` (one entry per group and signature)."""
        key = (group, f.signature)
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = Entry(f)
            for cell in _keys(f, self.kinds):
                self.cells.setdefault(cell, {}).setdefault(group, []).append(entry)
        if f.source not in entry.sources and len(entry.sources) < 2:
            entry.sources.append(f.source)

    def candidates(self, f: Features) -> list[tuple[int, list[Entry]]]:
        """Groups with entries ``f`` could match, in the order the groups were made, with those entries."""
        found: dict[int, dict[int, Entry]] = {}
        for key in _probes(f, self.kinds):
            if key in self.cells:
                for group, entries in self.cells[key].items():
                    seen = found.setdefault(group, {})
                    for e in entries:
                        seen.setdefault(id(e), e)
        return [(g, list(found[g].values())) for g in sorted(found)]
