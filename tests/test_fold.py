"""The second look at merged events: one happening at one place, and same-day near-duplicates."""

from __future__ import annotations

from generator.fold import fold
from generator.merge import MergedEvent
from generator.model import Event


def _ev(title: str, date: str, source: str, actors: list[str], sentence: str = "", precision: str = "day") -> Event:
    return Event(date, precision, date, sentence or title + ".", 0, 1, actors, [], source, title)


def test_the_same_kind_of_happening_at_one_place_on_covering_dates_is_one():
    a = MergedEvent([_ev("The leaders’ meeting in Geneva ended in no deal", "1985", "a", ["reagan"], precision="year")])
    b = MergedEvent([_ev("First superpower summit in years held in Geneva", "1985-11", "b", ["us"], precision="month")])
    out = fold([a, b])
    assert len(out) == 1 and [r.source for r in out[0].reports] == ["a", "b"]
    assert out[0].best.date == "1985-11" and not out[0].notes


def test_other_places_other_years_or_one_source_stay_apart():
    geneva = _ev("Summit held in Geneva", "1985", "a", ["us"], precision="year")
    assert len(fold([MergedEvent([geneva]), MergedEvent([_ev("Summit held in Reykjavik", "1985", "b", [])])])) == 2
    assert len(fold([MergedEvent([geneva]), MergedEvent([_ev("Summit held in Geneva", "1986", "b", [])])])) == 2
    same_source = _ev("Second summit held in Geneva", "1985-11", "a", [], precision="month")
    assert len(fold([MergedEvent([geneva]), MergedEvent([same_source])])) == 2


def test_same_day_near_duplicates_are_one_entry_flagged_for_review():
    a = MergedEvent([_ev("Navy seizes tanker in the Gulf of Oman", "2024-01-11", "a", ["navy"])])
    b = MergedEvent([_ev("Navy seizes second tanker near Oman", "2024-01-11", "a", ["navy"])])
    c = MergedEvent([_ev("Parliament approves budget", "2024-01-11", "b", ["parliament"])])
    out = fold([a, b, c])
    assert [len(g.reports) for g in out] == [2, 1]
    assert out[0].notes and "may be two happenings" in out[0].notes[0]


def test_a_merged_event_cites_each_source_once_and_takes_the_best_headline():
    g = MergedEvent(
        [
            _ev("He met the envoy", "2024-05-02", "a", ["x"]),
            _ev("Prime Minister Kishida met envoy Campbell in Tokyo", "2024-05-02", "a", ["x"]),
            _ev("Kishida met Campbell", "2024-05-02", "b", ["x"]),
        ]
    )
    assert [r.source for r in g.cited] == ["a", "b"]
    assert g.title == "Prime Minister Kishida met envoy Campbell in Tokyo"


def test_same_day_talks_of_other_people_or_at_other_places_stay_two():
    oslo = MergedEvent([_ev("Witkoff held talks with Zelensky in Oslo", "2025-10-17", "a", ["witkoff", "zelensky"])])
    other = MergedEvent([_ev("Trump held talks with Witkoff in Ljubljana", "2025-10-17", "b", ["trump", "witkoff"])])
    assert len(fold([oslo, other])) == 2
    same = MergedEvent([_ev("Witkoff held talks with Zelensky in Bergen", "2025-10-17", "b", ["witkoff", "zelensky"])])
    assert len(fold([oslo, same])) == 2


def test_one_days_reports_at_one_place_fold_when_only_the_sentence_names_the_kind_of_happening():
    a = Event(date="2025-05-16", precision="day", date_text="Friday", start=0, end=1, actors=[], topics=[],
              sentence="Delegations sat down at Istanbul's Dolmabahce Palace on Friday for negotiations.",
              source="a", title="Delegations sat down at Istanbul's Dolmabahce Palace")  # fmt: skip
    b = Event(date="2025-05-16", precision="day", date_text="Friday", start=0, end=1, actors=[], topics=[],
              sentence="Russian and Ukrainian delegations met in Istanbul on Friday.",
              source="b", title="Russian and Ukrainian delegations met in Istanbul")  # fmt: skip
    assert [len(g.reports) for g in fold([MergedEvent([a]), MergedEvent([b])])] == [2]
