"""The build-time SVG pictures: valid, linked to their events, escaped, and legible when crowded."""

from __future__ import annotations

import datetime as dt
import random
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import ROOT

from generator.content.kinds import ActorPage, EventPage, EventReport, SourcePage
from generator.site.collect import SiteData, collect
from generator.site.picture import CROWDED, LANES, Marker, events_svg, statements_svg
from generator.site.render import timeline_anchor, timeline_periods

SVG = "{http://www.w3.org/2000/svg}"
SUMMIT = Marker(dt.date(2025, 8, 15), "Alaska summit")


def _link(target: str) -> str:
    return "../" + target.removesuffix(".md") + "/"


def _month_url(day: dt.date) -> str:
    return f"../timeline/#{day.strftime('%B-%Y').lower()}"


def test_the_seeds_picture_links_every_dot_to_its_event():
    data = collect(ROOT / "content")
    svg = ET.fromstring(events_svg(data, _link, [SUMMIT], _month_url))
    links = [a.get("href") for a in svg.iter(f"{SVG}a")]
    event_ids = {e.id for e in data.events}
    assert links and all(h.removeprefix("../events/").rstrip("/") in event_ids for h in links)
    assert len(svg.findall(f".//{SVG}circle")) == len(links)
    texts = ["".join(t.itertext()) for t in svg.iter(f"{SVG}text")]
    assert "Alaska summit, 15 August 2025" in texts
    assert [t for t in texts if t in ("Russia", "United States", "Ukraine", "Europe")] == [
        "Russia",
        "United States",
        "Ukraine",
        "Europe",
    ]
    # The two-source 6 August talks are drawn bigger than a one-source event.
    radii = {a.get("href"): float(a.find(f"{SVG}circle").get("r")) for a in svg.iter(f"{SVG}a")}
    multi = [e.id for e in data.events if len(e.sources) > 1]
    single = [e.id for e in data.events if len(e.sources) == 1]
    assert multi and max(radii.get(f"../events/{i}/", 0) for i in multi) > max(
        radii.get(f"../events/{i}/", 0) for i in single
    )


def _event(i: int, day: dt.date, title: str, actors: list[str], n_sources: int = 1) -> EventPage:
    return EventPage(
        path=Path(f"events/e{i:05d}.md"),
        id=f"e{i:05d}",
        title=title,
        date=day.isoformat(),
        precision="day",
        actors=tuple(actors),
        sources=tuple(EventReport(f"s{k}") for k in range(n_sources)),
    )


def _data(events: list[EventPage], statements: list = ()) -> SiteData:
    actors = [ActorPage(id=f"a-{side}", name=side, side=side) for side in LANES]
    sources = {"s0": SourcePage(id="s0", title="T", published="2025-08-19")}
    return SiteData(sources, events, list(statements), {a.id: a for a in actors}, {})


def test_a_thousand_events_become_one_dot_per_lane_and_week():
    rng = random.Random(7)
    start = dt.date(2024, 9, 1)
    events = [
        _event(i, start + dt.timedelta(days=rng.randrange(350)), f"Event {i}", [f"a-{rng.choice(LANES)}"])
        for i in range(1000)
    ]
    data = _data(sorted(events, key=lambda e: (e.date, e.id)))
    by, periods = timeline_periods(data, 300)

    def month_url(day: dt.date) -> str:
        uri, anchor = timeline_anchor(by, periods, day)
        return f"{_link(uri)}#{anchor}"

    text = events_svg(data, _link, [SUMMIT], month_url)
    svg = ET.fromstring(text)
    circles = svg.findall(f".//{SVG}circle")
    assert CROWDED < 1000 and len(circles) <= len(LANES) * 53
    titles = [
        "".join(a.find(f"{SVG}title").itertext()) for a in svg.iter(f"{SVG}a") if a.find(f"{SVG}circle") is not None
    ]
    assert sum(int(t.split()[0]) for t in titles) == 1000  # every event is counted in some week's dot
    # A thousand events page the timeline by month; each weekly dot links to the month of its first event,
    # on that month's page.
    assert by == "month"
    pages = {p.key: {e.date[:7] for e in p.events} for p in periods}
    for a in svg.iter(f"{SVG}a"):
        if a.find(f"{SVG}circle") is not None:
            page, anchor = a.get("href").removeprefix("../timeline/").split("/#")
            month = dt.datetime.strptime(anchor, "%B-%Y").strftime("%Y-%m")
            assert pages[page] == {month}
    assert len(text) < 200_000
    # Weekly dots never outgrow their week: along a lane, neighbours do not overlap.
    by_lane: dict[str, list[tuple[float, float]]] = {}
    for c in circles:
        by_lane.setdefault(c.get("cy"), []).append((float(c.get("cx")), float(c.get("r"))))
    for dots in by_lane.values():
        dots.sort()
        assert all(b[0] - a[0] >= a[1] + b[1] for a, b in zip(dots, dots[1:], strict=False))


def test_text_from_content_is_escaped():
    hostile = '<script>alert(1)</script> & "quotes"'
    svg_text = events_svg(_data([_event(1, dt.date(2025, 8, 6), hostile, ["a-russia"])]), _link, [], _month_url)
    assert "<script>" not in svg_text
    svg = ET.fromstring(svg_text)
    assert hostile in "".join(next(svg.iter(f"{SVG}a")).find(f"{SVG}title").itertext())


def test_statements_per_week_by_side():
    data = collect(ROOT / "content")
    svg = ET.fromstring(statements_svg(data))
    bars = [r for r in svg.iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    counted = sum(int("".join(r.find(f"{SVG}title").itertext()).split(": ")[1].split()[0]) for r in bars)
    left_out = [t for t in svg.iter(f"{SVG}text") if "earlier statements not shown" in "".join(t.itertext())]
    earlier = int("".join(left_out[0].itertext()).split()[0]) if left_out else 0
    assert counted + earlier == len(data.statements)


def test_the_last_weeks_are_drawn_again_wider_with_day_labels():
    from generator.site.picture import ZOOM_DAYS, events_figure

    data = collect(ROOT / "content")
    figure = events_figure(data, _link, [SUMMIT], _month_url)
    whole, zoom = (ET.fromstring(s[s.index("<svg") : s.index("</svg>") + 6]) for s in figure.split("</figure>")[:2])
    ticks = [t.text for t in zoom.iter(f"{SVG}text") if t.get("class") == "tl-tick-label"]
    assert ticks and all(t.split()[0].isdigit() for t in ticks)  # "4 Aug", never a month or "%-d"
    months = [t.text for t in whole.iter(f"{SVG}text") if t.get("class") == "tl-tick-label"]
    assert "Aug 2025" in months and "Aug 2025" not in ticks
    # The wider panel holds only the last weeks' dots, and more room for each: they link to events too.
    zoom_links = {a.get("href") for a in zoom.iter(f"{SVG}a") if a.find(f"{SVG}circle") is not None}
    recent = {f"../events/{e.id}/" for e in data.events if e.date >= "2025-07-11"}
    assert zoom_links and zoom_links <= {a.get("href") for a in whole.iter(f"{SVG}a")}
    assert zoom_links & recent
    assert len(zoom_links) < len({a.get("href") for a in whole.iter(f"{SVG}a")})
    assert ZOOM_DAYS // 7 == 6 and "The last 6 weeks" in figure


def test_few_events_get_no_second_panel():
    from generator.site.picture import events_figure

    data = _data([_event(i, dt.date(2025, 8, 1) + dt.timedelta(days=i), "E", ["a-russia"]) for i in range(3)])
    assert events_figure(data, _link, [], _month_url).count("<svg") == 1
