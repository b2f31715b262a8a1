"""Key dates: the marked days and milestones, listed for search and placed among the timeline's entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.content.kinds import EventPage, EventReport
from generator.site.collect import SiteData, sort_key
from generator.site.keydates import entries, key_dates
from generator.site.picture import Marker
from generator.site.render import timeline_page


def _event(i: int, date: str, precision: str = "day", milestone: str | None = None) -> EventPage:
    return EventPage(
        path=Path(f"events/e{i}.md"),
        id=f"e{i}",
        title=f"Event {i}",
        date=date,
        precision=precision,
        milestone=milestone,
        sources=(EventReport("s"),),
    )


def _link(uri: str) -> str:
    return "/" + uri.removesuffix(".md") + "/"


def test_a_marked_day_lists_the_events_of_that_very_day():
    events = [_event(1, "2025-08-14"), _event(2, "2025-08-15"), _event(3, "2025-08", "month")]
    (key,) = key_dates([Marker(dt.date(2025, 8, 15), "Alaska summit")], events, _link)
    assert key.id == "key-date-2025-08-15-alaska-summit"
    assert key.events == ({"title": "Event 2", "url": "/events/e2/"},)  # not the month, not the day before


def test_a_marked_day_stands_before_the_events_of_its_day_and_only_within_the_events_listed():
    events = sorted([_event(1, "2025-08-14"), _event(2, "2025-08-15"), _event(3, "2025-08-16")], key=sort_key)
    marked = key_dates([Marker(dt.date(2025, 8, 15), "Summit"), Marker(dt.date(2026, 1, 1), "Later")], events, _link)
    order = [getattr(item, "id", None) for _, item in entries(marked, events, sort_key)]
    assert order == ["e1", "key-date-2025-08-15-summit", "e2", "e3"]  # "Later" is past the listed stretch
    # A milestone is its own event's entry: it is not listed twice.
    milestone = key_dates([Marker(dt.date(2025, 8, 15), "Summit", "/events/e2/")], events, _link)
    assert [getattr(item, "id", None) for _, item in entries(milestone, events, sort_key)] == ["e1", "e2", "e3"]


def test_the_timeline_lists_its_key_dates_under_a_heading_search_reads():
    events = sorted([_event(1, "2025-08-14"), _event(2, "2025-08-16", milestone="Talks end")], key=sort_key)
    data = SiteData({}, events, [], {}, {})
    markers = [Marker(dt.date(2025, 8, 15), "Alaska summit"), Marker(dt.date(2025, 8, 16), "Talks end", "/events/e2/")]
    page = timeline_page(data, _link, markers=markers)
    section = page.split("## Key dates\n", 1)[1].split("\n## ", 1)[0]
    assert "<strong>Alaska summit</strong>, 15 August 2025" in section
    assert '<a href="#key-date-2025-08-15-alaska-summit">on the timeline</a>' in section
    assert '<strong>Talks end</strong>, 16 August 2025 (<a href="/events/e2/">the event</a>)' in section
    assert "{ data-search-exclude }" not in page.split("## Key dates", 1)[1].split("\n", 1)[0]
    assert "## August 2025 { data-search-exclude }" in page  # the months are not indexed: events have pages
    assert page.count('<article class="tl-keydate" id="key-date-2025-08-15-alaska-summit"') == 1
