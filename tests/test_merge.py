"""Merging with blocking gives exactly what comparing every pair gives, with about linearly many comparisons."""

from __future__ import annotations

import datetime as dt
import random

from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import merge
from generator.actors import Registry
from generator.blocking import Entry, Features
from generator.content import load_registry
from generator.extract import extract
from generator.merge import MergedEvent, merge_events
from generator.model import Event
from generator.readers import article_paths, read_article
from generator.timex.calendar import precision_of
from generator.topics import Topics
from generator.wording import content_words


def exhaustive(events: list[Event]) -> list[MergedEvent]:
    """The merge without blocking: each event against every report of each group sharing an actor (and the
    group's first report, and its dates' spread)."""
    merged: list[MergedEvent] = []
    by_actor: dict[str, set[int]] = {}
    copies: dict[tuple[str, str], int] = {}  # a sentence copied word for word, on one date: one report
    for ev in events:
        copy = (merge._said_alike(ev.sentence), ev.date)
        if copy in copies:
            merged[copies[copy]].reports.append(ev)
            for a in ev.actors:
                by_actor.setdefault(a, set()).add(copies[copy])
            continue
        for i in sorted({i for a in ev.actors for i in by_actor.get(a, ())}):
            group = merged[i]
            starts = [merge._start_of(r.date) for r in [*group.reports, ev]]
            if (
                any(merge._same_event(ev, other) for other in group.reports)
                and merge._same_event(ev, group.reports[0])
                and merge.within_spread(starts)
                and all(r.sentence != ev.sentence for r in group.reports)
            ):
                group.reports.append(ev)
                break
        else:
            i = len(merged)
            merged.append(MergedEvent([ev]))
        for a in ev.actors:
            by_actor.setdefault(a, set()).add(i)
        copies[copy] = i
    return merged


def _shape(groups: list[MergedEvent]) -> list[list[int]]:
    return [[id(r) for r in g.reports] for g in groups]


ACTORS = ["putin", "trump", "zelensky", "witkoff"]
WORDS = ["met", "talks", "called", "phone", "strikes", "drones", "said", "geneva", "truce", "ceasefire", "plan",
         "prisoners", "grain", "summit", "envoy", "draft"]  # fmt: skip
# Dates of every precision the comparison treats differently: days close together, a week, months, a
# season, years, ranges (one ending before it starts), a decade, and values off the calendar.
DATES = ["2025-08-04", "2025-08-06", "2025-08-06", "2025-08-09", "2025-08-13", "2025-08-14", "2025-08-31",
         "2025-09-01", "2025-W32", "2025-08", "2025-09", "2025-SU", "2025-Q3", "2025", "2024", "2017/2021",
         "2026/2024", "202", "PRESENT_REF", "2025-XX-XX", "2025-08-06T10:00"]  # fmt: skip


@st.composite
def events(draw) -> Event:
    date = draw(st.sampled_from(DATES))
    before = draw(st.lists(st.sampled_from(WORDS + ACTORS), max_size=8))
    after = draw(st.lists(st.sampled_from(WORDS + ACTORS), max_size=4))
    date_text = draw(st.sampled_from(["on Wednesday", "in August", "yesterday", ""]))
    padding = " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=12)))
    sentence = f"{' '.join(before)} {date_text} {' '.join(after)} {padding}".strip() or "nothing"
    return Event(
        date=date,
        precision=draw(st.sampled_from([precision_of(date) or "day", "day", "month", "year"])),
        date_text=date_text,
        sentence=sentence,
        start=0,
        end=len(sentence),
        actors=draw(st.lists(st.sampled_from(ACTORS), min_size=0, max_size=3, unique=True)),
        topics=[],
        source=draw(st.sampled_from(["a", "b", "c"])),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events(), max_size=40))
def test_blocking_merges_exactly_as_the_exhaustive_comparison(evs):
    assert _shape(merge_events(evs)) == _shape(exhaustive(evs))


@settings(max_examples=500, deadline=None)
@given(events(), events())
def test_the_comparison_of_features_is_the_comparison_of_events(a, b):
    fa = Features.of(a, frozenset(content_words(a.sentence)), frozenset(merge._nucleus(a)))
    fb = Features.of(b, frozenset(content_words(b.sentence)), frozenset(merge._nucleus(b)))
    assert merge._matches(fa, Entry(fb, [b.source])) == merge._same_event(a, b)


def test_the_seeds_merge_as_before():
    actors, topics = load_registry(ROOT / "content")
    registry, topic_index = Registry(actors), Topics(topics)
    extractions = [extract(read_article(p), registry, topic_index)[0] for p in article_paths([ROOT / "seeds"])]
    extractions.sort(key=lambda x: (x.article.published, x.article.id))
    evs = [e for x in extractions for e in x.events]
    groups = merge_events(evs)
    assert _shape(groups) == _shape(exhaustive(evs))
    assert any(len(g.reports) > 1 for g in groups)  # the seeds do report some happenings twice


def _story(n_events: int, seed: int = 7) -> list[Event]:
    """One story: every event names two of the same four people; happenings on bursty days, reported often."""
    rng = random.Random(seed)
    start = dt.date(2025, 1, 1)
    keys = [start + dt.timedelta(days=rng.randrange(365)) for _ in range(12)]
    places = [f"place{i}" for i in range(40)]
    happenings = []
    for _ in range(max(12, n_events // 20)):
        day = rng.choice(keys) + dt.timedelta(days=round(rng.gauss(0, 2)))
        happenings.append((day, rng.sample(ACTORS, 2), rng.choice(["met", "called", "strikes"]), rng.choice(places)))
    out = []
    for i in range(n_events):
        day, (a, b), verb, place = rng.choice(happenings)
        when = rng.choice(["on Wednesday", f"on {day:%B} {day.day}", "yesterday"])
        extra = " ".join(rng.sample(WORDS, 3))
        sentence = f"{a} {verb} {b} in {place} {when} {extra}."
        out.append(Event(day.isoformat(), "day", when, sentence, 0, len(sentence), [a, b], [], f"s{i // 5}"))
    return out


def _comparisons(evs: list[Event]) -> int:
    merge.STATS["comparisons"] = 0
    merge_events(evs)
    return merge.STATS["comparisons"]


def test_comparisons_grow_about_linearly_with_the_events():
    small, large = _comparisons(_story(2000)), _comparisons(_story(8000))
    # The story puts four times the happenings on the same twelve days, so each block holds more groups
    # (chains no longer fold them into a few): a little more than linear, far below the square.
    assert small > 0 and large <= 4 * small * 1.5
    # The exhaustive comparison's count grows with the square: far more than this at 8,000 events.
    assert large < 8000 * 30


def test_every_pair_of_dates_is_blocked_as_the_exhaustive_comparison_would_merge_it():
    """Two reports of one meeting by two sources, for each ordered pair of dates (equal, close, covering)."""
    merged = 0
    for first in DATES:
        for second in DATES:
            pair = []
            for date, source in ((first, "a"), (second, "b")):
                sentence = f"putin met trump in geneva on Wednesday to agree a truce ({date} {source})"
                precision = precision_of(date) or "day"
                pair.append(Event(date, precision, "on Wednesday", sentence, 0, 9, ["putin", "trump"], [], source))
            assert _shape(merge_events(pair)) == _shape(exhaustive(pair)), (first, second)
            merged += len(merge_events(pair)) == 1
    assert merged > 2 * len(DATES)  # not only the equal dates: close and covering ones too


def _ev(sentence: str, title: str, date: str, actors: list[str], source: str) -> Event:
    return Event(date=date, precision="day", date_text="Wednesday", sentence=sentence, start=0, end=len(sentence),
                 actors=actors, topics=[], source=source, title=title)  # fmt: skip


def test_a_saying_and_a_deed_of_one_day_are_two_happenings_though_they_share_actors():
    deed = _ev("Witkoff met Putin in the Kremlin on Wednesday, two days before the deadline set by Trump.",
               "Witkoff met Putin in the Kremlin", "2025-08-06", ["putin", "trump", "witkoff"], "a")  # fmt: skip
    saying = _ev("Trump said on Wednesday that there was a good chance of a meeting with Putin very soon.",
                 "Trump said there was a good chance of a meeting", "2025-08-06", ["putin", "trump"], "b")  # fmt: skip
    assert len(merge_events([deed, saying])) == 2
    same = _ev("Putin received Witkoff in the Kremlin on Wednesday for a meeting of three hours.",
               "Putin received Witkoff in the Kremlin", "2025-08-06", ["putin", "witkoff"], "c")  # fmt: skip
    assert [len(g.reports) for g in merge_events([deed, same])] == [2]


def test_reports_days_apart_are_one_happening_only_when_they_name_the_same_object_or_place():
    moscow = _ev("Witkoff met Putin in Moscow on Wednesday for talks on the war.", "Witkoff met Putin in Moscow",
                 "2025-08-06", ["putin", "witkoff"], "a")  # fmt: skip
    alaska = _ev("Witkoff will meet Putin again in Alaska on Friday next week for talks.",
                 "Witkoff will meet Putin again in Alaska", "2025-08-08", ["putin", "witkoff"], "b")  # fmt: skip
    assert len(merge_events([moscow, alaska])) == 2
    moscow_again = _ev("Witkoff met Putin in Moscow on Thursday for talks on the war.", "Witkoff met Putin in Moscow",
                       "2025-08-07", ["putin", "witkoff"], "c")  # fmt: skip
    assert [len(g.reports) for g in merge_events([moscow, moscow_again])] == [2]


def _report(date: str, sentence: str, actors: list[str], source: str, title: str = "") -> Event:
    return Event(date, "day", "", sentence, 0, len(sentence), actors, [], source, title=title or sentence)


def test_a_chain_of_pairwise_joins_does_not_gather_different_happenings():
    """A ~ B and B ~ C, but C tells another happening than A: C founds an event of its own."""
    a = _report("2025-08-06", "Witkoff met Putin in Moscow", ["witkoff", "putin"], "a")
    b = _report("2025-08-09", "Witkoff met Putin in Moscow for truce talks", ["witkoff", "putin"], "b")
    c = _report("2025-08-12", "Witkoff met Putin for truce talks in Geneva", ["witkoff", "putin"], "c")
    assert merge._same_event(b, a) and merge._same_event(c, b) and not merge._same_event(c, a)
    groups = merge_events([a, b, c])
    assert [len(g.reports) for g in groups] == [2, 1]
    assert _shape(groups) == _shape(exhaustive([a, b, c]))


def test_a_merged_event_spans_at_most_a_week_of_dates():
    base = "Putin and Trump met for summit talks in Geneva"
    evs = [_report(d, f"{base} on {d}", ["trump", "putin"], s) for d, s in (("2025-08-06", "a"), ("2025-08-12", "b"))]
    late = _report("2025-08-15", f"{base} on 2025-08-15", ["trump", "putin"], "c")
    assert merge.within_spread([dt.date(2025, 8, 6), dt.date(2025, 8, 13)])
    assert not merge.within_spread([dt.date(2025, 8, 6), dt.date(2025, 8, 14)])
    groups = merge_events([*evs, late])
    assert all(merge.within_spread([merge._start_of(r.date) for r in g.reports]) for g in groups)


def test_two_articles_telling_one_meeting_of_the_same_two_people_on_one_day_are_one_event():
    """No word but the people and the verb in common ("Moscow" and "the Kremlin"): one happening all the same."""
    one = _ev("Witkoff met Putin in the Kremlin on Wednesday for three hours of talks.",
              "Witkoff met Putin in the Kremlin", "2025-08-06", ["putin", "witkoff"], "a")  # fmt: skip
    two = _ev("Envoy Steve Witkoff met Vladimir Putin in Moscow on Wednesday, his fifth trip.",
              "Steve Witkoff met Vladimir Putin in Moscow", "2025-08-06", ["putin", "witkoff"], "b")  # fmt: skip
    assert [len(g.reports) for g in merge_events([one, two])] == [2]
    same_source = _ev(two.sentence, two.title, "2025-08-06", ["putin", "witkoff"], "a")
    assert [len(g.reports) for g in merge_events([one, same_source])] == [1, 1]


def test_a_reposted_sentence_is_one_event_citing_both_articles_though_it_names_no_actor():
    line = "The bridge was part of the old trade road until 1867, when the city bought it."
    a = Event("1867", "year", "1867", line, 0, len(line), [], [], "daily")
    b = Event("1867", "year", "1867", line.replace(",", " ,"), 0, len(line), [], [], "repost")
    other = Event("1868", "year", "1868", line, 0, len(line), [], [], "repost")
    groups = merge_events([a, b, other])
    assert [[r.source for r in g.reports] for g in groups] == [["daily", "repost"], ["repost"]]
    assert [r.source for r in groups[0].cited] == ["daily", "repost"]


def test_two_articles_telling_one_deed_in_other_verbs_are_one_event():
    """"Dropped" and "abandoned" name one kind of happening (data/kinds.yml), as "met" and "talks" do."""
    one = _ev("On Saturday, the president dropped his demand for an immediate ceasefire in the war with Russia.",
              "Trump dropped his demand for an immediate ceasefire", "2025-08-16", ["trump"], "a")  # fmt: skip
    two = _ev("Trump abandoned his ceasefire demand on Saturday, officials in Washington and Kyiv confirmed.",
              "Trump abandoned his ceasefire demand", "2025-08-16", ["trump"], "b")  # fmt: skip
    assert [len(g.reports) for g in merge_events([one, two])] == [2]
    other_deed = _ev("On Saturday, the president imposed new tariffs on imports of steel from Brazil.",
                     "Trump imposed new tariffs on steel from Brazil", "2025-08-16", ["trump"], "c")  # fmt: skip
    assert len(merge_events([one, other_deed])) == 2


def test_a_short_sentence_sharing_only_names_is_not_the_same_happening():
    """"Putin got most of what he came for" shares all its words but one with any sentence naming Putin and
    the Kremlin; two words in common are no evidence, nor are function and light words ("got", "whether")."""
    visit = _ev("Putin flew in from Magadan, where he visited a factory on Friday morning, the Kremlin said.",
                "Putin visited a factory in Magadan", "2025-08-15", ["kremlin", "putin"], "a")  # fmt: skip
    verdict = _ev("Yet in the Kremlin's telling on Friday, Putin got most of what he came for.",
                  "Putin got most of what he came for", "2025-08-15", ["kremlin", "putin"], "b")  # fmt: skip
    assert len(merge_events([visit, verdict])) == 2
    defended = _ev("Rubio on Monday defended the decision to meet Putin, saying talks would find out whether "
                   "Russia was serious.", "Rubio defended the decision to meet Putin", "2025-08-11",
                   ["rubio", "trump"], "c")  # fmt: skip
    described = _ev("On Monday Trump described it as a feel-out meeting and said he would know early on whether "
                    "a deal could be made.", "Trump described it as a feel-out meeting", "2025-08-11", ["trump"],
                    "d")  # fmt: skip
    assert len(merge_events([defended, described])) == 2
