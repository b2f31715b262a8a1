"""A second look at merged events, through their headlines: one happening the first pass left as two.

``merge.merge_events`` joins reports that share an actor. Two cases remain, both read from the
groups' headlines (so they cost one pass over the groups, compared only within small buckets):

- the same kind of happening at the same named place, on dates that cover each other, told by
  different articles that name no actor in common ("Their meeting in Helsinki in 2018" and "In
  July 2018, the first Russia-US summit was held in Helsinki"): one happening, dated by the more
  precise report;
- two groups on the same day with the same actors (one's within the other's), at no two different
  places, whose headlines share half their words: near-duplicates. They are folded into one entry and
  flagged for review (``MergedEvent.notes``), never listed twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .merge import MergedEvent
from .timex.calendar import covers
from .wording import KIND_SET, content_words

NEAR = 0.5  # the share of headline words two entries of one day may have in common before they are one


@dataclass(frozen=True)
class _Head:
    """What folding reads of a group's headline."""

    words: frozenset[str]
    kinds: frozenset[str]
    places: frozenset[str]  # proper nouns of the headline that are no actor's name
    date: str
    sources: frozenset[str]
    actors: frozenset[str]


def _head(g: MergedEvent) -> _Head:
    title = g.title
    surnames = {a.rsplit("-", 1)[-1] for r in g.reports for a in r.actors}
    # Proper nouns but the first word's capital, without a possessive ending ("Istanbul's palace": "istanbul").
    proper = {re.sub(r"[’']s$", "", w.lower()) for w in re.findall(r"(?<=\s)[A-Z][\w’'-]+", title)}
    words = content_words(title)
    told = content_words(" ".join(r.sentence for r in g.reports)) & KIND_SET
    # The kind the headline names, else the one its sentences name ("sat down ... for negotiations": talks).
    kinds = frozenset(told & words) or (words & KIND_SET) or frozenset(told if len(told) == 1 else ())
    sources = frozenset(r.source for r in g.reports)
    actors = frozenset(a for r in g.reports for a in r.actors)
    return _Head(words, kinds, frozenset(proper - surnames), g.best.date, sources, actors)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the smaller word set that the other has too; one word in common (a name) is no share."""
    shared = len(a & b)
    return shared / min(len(a), len(b)) if shared > 1 else 0.0


def _same_place(a: _Head, b: _Head) -> bool:
    return (
        not a.sources & b.sources
        and bool(a.kinds & b.kinds)
        and bool(a.places & b.places)
        and (a.date == b.date or covers(a.date, b.date) or covers(b.date, a.date))
    )


def _year(date: str) -> str:
    return date[:4]


def fold(groups: list[MergedEvent]) -> list[MergedEvent]:
    """The groups with same-place reports of one happening joined and same-day near-duplicates folded and
    flagged; order is kept (a group folds into the earliest one it matches)."""
    heads = [_head(g) for g in groups]
    into: dict[int, int] = {}
    by_place: dict[tuple[str, str, str], list[int]] = {}  # (year, kind, place) -> groups
    by_day: dict[tuple[str, str], list[int]] = {}  # (date, headline word) -> groups
    for i, h in enumerate(heads):
        target = _find(i, h, heads, by_place, by_day, into)
        if target is not None:
            into[i] = target
            kept = groups[target]
            if _near(heads[target], h) and not _same_place(heads[target], h):
                kept.notes.append(f"may be two happenings: “{kept.title}” and “{groups[i].title}”")
            kept.reports.extend(groups[i].reports)
            continue
        for kind in h.kinds:
            for place in h.places:
                by_place.setdefault((_year(h.date), kind, place), []).append(i)
        for w in h.words:
            by_day.setdefault((h.date, w), []).append(i)
    return [g for i, g in enumerate(groups) if i not in into]


def _near(a: _Head, b: _Head) -> bool:
    """Same day, the same actors (one's within the other's), no two places, half the headline words."""
    if a.date != b.date or not is_day(a.date) or overlap(a.words, b.words) < NEAR:
        return False
    if a.places and b.places and not a.places & b.places:
        return False  # talks in Oslo and talks in Ljubljana are two
    return a.actors <= b.actors or b.actors <= a.actors


def is_day(date: str) -> bool:
    """Whether a date value names one day ("2025-08-06")."""
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", date))


def _find(i, h, heads, by_place, by_day, into) -> int | None:
    """The earliest kept group that group ``i`` is one happening with, or None."""
    found: set[int] = set()
    for kind in h.kinds:
        for place in h.places:
            found.update(j for j in by_place.get((_year(h.date), kind, place), ()) if _same_place(heads[j], h))
    for w in h.words:
        found.update(j for j in by_day.get((h.date, w), ()) if _near(heads[j], h))
    found -= set(into)
    return min(found) if found else None
