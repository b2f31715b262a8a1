"""The site's data from content/: pages in date order, the lookups the aggregate pages use, every problem."""

from __future__ import annotations

import shutil
from types import SimpleNamespace

import pytest
from conftest import DATA

from generator.errors import TimelineError
from generator.site.collect import collect, sort_key

CONTENT = DATA / "golden" / "content"


def test_events_and_statements_in_date_order_with_their_lookups():
    data = collect(CONTENT)
    # the bridge article's scheduled opening (September 2025) is an event of its own
    assert [p.date for p in data.events] == [
        "2021-05",
        "2024-02-22",
        "2024-03-06",
        "2024-03-07",
        "2024-03-11",
        "2025-09",
    ]
    assert list(data.sources) == [
        "harbour-times-port-workers-end-strike-after-wage",
        "coast-daily-rivermouth-bridge-to-open-next-year",
    ]  # by publication date
    assert [p.id for p in data.by_actor_statements["maria-costa"]] == [
        "maria-costa-2024-03-07-this-deal-shows-that-standing"
    ]
    assert len(data.by_source["harbour-times-port-workers-end-strike-after-wage"]) == 4  # 3 events, 1 statement
    assert data.source_label("harbour-times-port-workers-end-strike-after-wage") == "Harbour Times, 7 March 2024"
    assert data.actor_name("maria-costa") == "Maria Costa" and data.actor_name("nobody") == "nobody"


def test_a_coarser_date_sorts_before_the_days_it_covers():
    keys = [
        sort_key(SimpleNamespace(id="b", date="2025-08-06", precision="day")),
        sort_key(SimpleNamespace(id="a", date="2025-08", precision="month")),
        sort_key(SimpleNamespace(id="c", date="2025-07-31", precision="day")),
    ]
    assert sorted(keys) == [keys[2], keys[1], keys[0]]


def test_content_with_problems_is_refused_with_all_of_them(tmp_path):
    shutil.copytree(CONTENT, tmp_path / "content")
    events = sorted((tmp_path / "content" / "events").glob("*.md"))
    for page in events[:2]:
        page.write_text(page.read_text(encoding="utf-8").replace("precision: ", "precison: "), encoding="utf-8")
    with pytest.raises(TimelineError) as exc:
        collect(tmp_path / "content")
    assert sorted({p.path for p in exc.value.problems}) == sorted(str(p) for p in events[:2])
