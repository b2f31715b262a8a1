"""Blocking finds, without comparing every pair, the groups an event could match: shared actor, close dates."""

from __future__ import annotations

from generator.blocking import Blocks, Features
from generator.model import Event

KINDS = frozenset({"talks", "meeting"})


def _features(date: str, actors: list[str], source: str = "s1", words: str = "talks") -> Features:
    precision = {10: "day", 7: "month", 4: "year"}[len(date)]
    ev = Event(date, precision, date, "x", 0, 1, actors, [], source)
    kinds = frozenset(words.split())
    return Features.of(ev, kinds, kinds)


def _groups(blocks: Blocks, f: Features) -> list[int]:
    return [group for group, _ in blocks.candidates(f)]


def test_a_report_is_found_by_an_equal_date_and_a_shared_actor():
    blocks = Blocks(KINDS)
    blocks.add(0, _features("2025-08-06", ["putin", "witkoff"]))
    blocks.add(1, _features("2025-08-06", ["zelensky"]))
    assert _groups(blocks, _features("2025-08-06", ["witkoff"], "s2")) == [0]
    assert _groups(blocks, _features("2025-08-06", ["merz"], "s2")) == []


def test_a_date_that_covers_another_is_a_candidate():
    blocks = Blocks(KINDS)
    blocks.add(0, _features("2025-08", ["putin"]))
    blocks.add(1, _features("2024-08-06", ["putin"]))
    assert _groups(blocks, _features("2025-08-06", ["putin"], "s2")) == [0]


def test_reports_alike_in_everything_compared_are_one_entry_keeping_two_sources():
    blocks = Blocks(KINDS)
    for source in ("s1", "s2", "s3"):
        blocks.add(0, _features("2025-08-06", ["putin"], source))
    ((group, entries),) = blocks.candidates(_features("2025-08-06", ["putin"], "s4"))
    assert group == 0 and len(entries) == 1
    assert entries[0].sources == ["s1", "s2"]
    assert entries[0].has_source_other_than("s1")
    single = Blocks(KINDS)
    single.add(0, _features("2025-08-06", ["putin"], "s1"))
    ((_, (entry,)),) = single.candidates(_features("2025-08-06", ["putin"], "s2"))
    assert not entry.has_source_other_than("s1")
