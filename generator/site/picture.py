"""Static SVG pictures, drawn at build time: no charting library runs in the reader's browser.

``events_svg``: the run-up along a time axis, one lane per side, a dot per event sized by its
number of sources, linked to the event; when a lane gets crowded the dots become one per week.
``statements_svg``: statements per week, stacked by side.

Every text that came from content/ is XML-escaped here; the plugin inserts the result after the
page's HTML was cleaned (the cleaner does not keep SVG, and nothing here came from a contributor
unescaped).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from ..content import dates
from .collect import SIDE_LABELS, SiteData
from .render import display_date


def _day(d: dt.date) -> str:
    return display_date(d.isoformat())


def _plus(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held at the calendar's ends (1 January 1, 31 December 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


LANES = ("russia", "united-states", "ukraine", "europe")
OTHER = "other-sides"
WIDTH, GUTTER, RIGHT = 960, 118, 16
LANE_H, AXIS_H = 54, 34
WINDOW_DAYS = 400  # older events are counted at the lane's start, not drawn: the picture is the run-up
SPAN_DAYS = 92  # dates up to a quarter long are drawn as a span; longer ones as a ring at their middle
CROWDED = 150  # more dots than this in the window, and each lane shows one dot per week
ZOOM_DAYS, ZOOM_MIN = 42, 8  # the wider panel of the last six weeks, drawn when it holds this many dots


@dataclass(frozen=True)
class Marker:
    """A day marked across all lanes (the summit, a milestone)."""

    day: dt.date
    label: str
    url: str | None = None


@dataclass(frozen=True)
class _Dot:
    lane: str
    first: dt.date
    last: dt.date
    n_sources: int
    label: str
    url: str


def _lanes_of(data: SiteData, actors: tuple[str, ...]) -> list[str]:
    sides = {data.side_of(a) for a in actors}
    lanes = [lane for lane in LANES if lane in sides]
    return lanes or [OTHER]


def _dots(data: SiteData, link) -> list[_Dot]:
    dots = []
    for ev in data.events:
        first, last = dates.start(ev.date), dates.end(ev.date)
        if first is None or last is None:
            continue
        when = display_date(ev.date, ev.precision, ev.mod)  # words, never the raw value ("2024-SU")
        n = len({s.source for s in ev.sources})
        label = f"{when}: {ev.title} ({n} source{'' if n == 1 else 's'})"
        for lane in _lanes_of(data, ev.actors):
            dots.append(_Dot(lane, first, last, n, label, link(ev.uri)))
    return dots


def _weekly(dots: list[_Dot], month_url: Callable[[dt.date], str]) -> list[_Dot]:
    """One dot per lane and ISO week, sized by the events in it, linking to the timeline's month of the
    week's first event (on whichever page of the timeline that month is)."""
    groups: dict[tuple[str, dt.date], list[_Dot]] = defaultdict(list)
    for d in dots:
        mid = d.first + (d.last - d.first) / 2
        groups[(d.lane, mid - dt.timedelta(days=mid.weekday()))].append(d)
    out = []
    for (lane, monday), members in sorted(groups.items()):
        first = min(d.first + (d.last - d.first) / 2 for d in members)
        out.append(
            _Dot(
                lane,
                monday,
                _plus(monday, 6),
                len(members),
                f"{len(members)} events in the week of {_day(monday)}",
                month_url(first),
            )
        )
    return out


def _offset(k: int) -> int:
    """Vertical offset of the k-th dot on the same spot of a lane: 0, -9, +9, -18, +18, then round again."""
    magnitude = 9 * (((k + 1) // 2 - 1) % 2 + 1) if k else 0
    return -magnitude if k % 2 else magnitude


def _short(day: dt.date, by_day: bool = False) -> str:
    """An axis label: "Aug 2025", or "4 Aug" on a picture of weeks (no "%-d": not every C library has it)."""
    return f"{day.day} {day.strftime('%b')}" if by_day else day.strftime("%b %Y")


def _week_ticks(start: dt.date, end: dt.date) -> list[dt.date]:
    """Every Monday from ``start`` to ``end``, at most a dozen labels."""
    first = _plus(start, (7 - start.weekday()) % 7)
    ticks = [_plus(first, 7 * i) for i in range((end - first).days // 7 + 1)] if first <= end else []
    return ticks[:: max(1, math.ceil(len(ticks) / 12))]


def _month_ticks(start: dt.date, end: dt.date) -> list[dt.date]:
    ticks, d = [], dt.date(start.year, start.month, 1)
    while d <= end:
        if d >= start:
            ticks.append(d)
        if (d.year, d.month) == (dt.MAXYEAR, 12):
            break
        d = dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    step = max(1, math.ceil(len(ticks) / 12))  # at most a dozen labels
    return ticks[::step]


def events_svg(data: SiteData, link, markers: list[Marker], month_url: Callable[[dt.date], str]) -> str:
    """The picture of the run-up (see ``_draw_events``)."""
    return _draw_events(data, link, markers, month_url)[0]


def _window(data: SiteData, dots: list[_Dot], markers: list[Marker]) -> tuple[dt.date, dt.date]:
    """The days the picture shows. It ends at the newest article (or marker): what was reported as still
    ahead, such as "the treaty expires in 2026", is counted at the lane's end rather than stretching the axis."""
    published = [dt.date.fromisoformat(s.published) for s in data.sources.values()]
    end = _plus(max(published + [m.day for m in markers] or [max(d.first for d in dots)]), 3)
    return _plus(max(min(d.first for d in dots), _plus(end, -WINDOW_DAYS)), -3), end


def _draw_events(
    data: SiteData,
    link,
    markers: list[Marker],
    month_url: Callable[[dt.date], str],
    last_days: int | None = None,
) -> tuple[str, bool]:
    """The picture of the run-up: lanes by side, dots linking to events, markers across the lanes.
    ``month_url(day)`` is where the timeline lists that day's month (used when the dots are weekly).
    With ``last_days``, only the end of the run-up, drawn wider: the crowded weeks before the summit."""
    dots = _dots(data, link)
    if not dots:
        return "", False
    start, end = _window(data, dots, markers)
    if last_days is not None:
        start = max(start, _plus(end, -last_days))
    earlier = Counter(d.lane for d in dots if d.last < start)
    later = Counter(d.lane for d in dots if d.first > end)
    shown = [
        _Dot(d.lane, max(d.first, start), min(d.last, end), d.n_sources, d.label, d.url)
        for d in dots
        if d.last >= start and d.first <= end
    ]
    weekly = len(shown) > CROWDED
    if weekly:
        shown = _weekly(shown, month_url)
    lanes = [*LANES, *([OTHER] if any(d.lane == OTHER for d in dots) else [])]
    height = AXIS_H + LANE_H * len(lanes) + 24
    span = max((end - start).days, 1)
    by_day = span <= 2 * SPAN_DAYS  # a picture of weeks is labelled by day, a longer one by month

    def x(day: dt.date) -> float:
        return round(GUTTER + (day - start).days / span * (WIDTH - GUTTER - RIGHT), 1)

    title = f"{len(data.events)} events by side" + (", one dot per week" if weekly else "")
    if last_days is not None:
        title = f"The last {last_days // 7} weeks, {len(shown)} events by side"
    out = [
        f'<svg class="tl-lanes" viewBox="0 0 {WIDTH} {height}" width="100%" role="group" '
        f'aria-label={quoteattr(title)} xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for i, lane in enumerate(lanes):
        top = AXIS_H + i * LANE_H
        name = SIDE_LABELS.get(lane, "Other sides")
        out.append(f'<rect class="tl-lane-bg" x="0" y="{top}" width="{WIDTH}" height="{LANE_H}"/>' if i % 2 else "")
        out.append(f'<text class="tl-lane-label" x="8" y="{top + LANE_H / 2 + 4}">{escape(name)}</text>')
        if later[lane]:
            out.append(
                f'<text class="tl-earlier" x="{WIDTH - RIGHT}" y="{top + LANE_H - 5}" text-anchor="end">'
                f"+{later[lane]} after {escape(_short(end, by_day))}</text>"
            )
        if earlier[lane]:
            out.append(
                f'<text class="tl-earlier" x="8" y="{top + LANE_H / 2 + 17}">+{earlier[lane]} before '
                f"{escape(_short(start, by_day))}</text>"
            )
    bottom = AXIS_H + LANE_H * len(lanes)
    for tick in _week_ticks(start, end) if by_day else _month_ticks(start, end):
        out.append(f'<line class="tl-tick" x1="{x(tick)}" y1="{AXIS_H - 6}" x2="{x(tick)}" y2="{bottom}"/>')
        out.append(f'<text class="tl-tick-label" x="{x(tick) + 3}" y="{AXIS_H - 10}">{_short(tick, by_day)}</text>')
    for m in markers:
        if start <= m.day <= end:
            out.append(f'<line class="tl-marker" x1="{x(m.day)}" y1="{AXIS_H - 4}" x2="{x(m.day)}" y2="{bottom}"/>')
            anchor = "end" if x(m.day) > WIDTH / 2 else "start"
            label = f'<text class="tl-marker-label" x="{x(m.day)}" y="{bottom + 16}" text-anchor="{anchor}">'
            label += f"{escape(m.label)}, {escape(_day(m.day))}</text>"
            out.append(f"<a href={quoteattr(m.url)}>{label}</a>" if m.url else label)
    out += _draw_dots(shown, lanes, x, span, weekly)
    out.append("</svg>")
    return "\n".join(line for line in out if line), weekly


def _draw_dots(
    shown: list[_Dot], lanes: list[str], x: Callable[[dt.date], float], span: int, weekly: bool
) -> list[str]:
    """The dots, stacked where they would overlap; a span for a week, month or quarter, a ring for a year."""
    out: list[str] = []
    # A weekly dot's area follows its count, relative to the busiest week, and never outgrows its week.
    week_px = 7 / span * (WIDTH - GUTTER - RIGHT)
    busiest = max((d.n_sources for d in shown), default=1)

    def _weekly_radius(n: int) -> float:
        largest = max(3.0, min(11.0, week_px * 0.48))
        return 1.5 + (largest - 1.5) * math.sqrt(n / busiest)

    stacked: Counter[tuple[str, int]] = Counter()
    for d in sorted(shown, key=lambda d: (lanes.index(d.lane), d.first, -d.n_sources, d.url)):
        i = lanes.index(d.lane)
        cx = round((x(d.first) + x(d.last)) / 2, 1)
        column = int(cx // 6)
        k = stacked[(d.lane, column)]
        stacked[(d.lane, column)] += 1
        cy = AXIS_H + i * LANE_H + LANE_H / 2 + _offset(k)
        r = min(3.5 + 1.5 * math.sqrt(d.n_sources - 1), 11) if not weekly else _weekly_radius(d.n_sources)
        parts = [f"<a href={quoteattr(d.url)} aria-label={quoteattr(d.label)}><title>{escape(d.label)}</title>"]
        days = (d.last - d.first).days
        if 0 < days <= SPAN_DAYS and not weekly:  # a week, month or quarter: show the span it covers
            parts.append(
                f'<line class="tl-span tl-side-{d.lane}" x1="{x(d.first)}" y1="{cy}" x2="{x(d.last)}" y2="{cy}"/>'
            )
        vague = " tl-vague" if days > SPAN_DAYS and not weekly else ""  # known to the year: a ring, not a point
        parts.append(
            f'<circle class="tl-dot tl-side-{d.lane}{vague}" cx="{cx}" cy="{round(cy, 1)}" r="{round(r, 1)}"/></a>'
        )
        out.append("".join(parts))
    return out


def events_figure(data: SiteData, link, markers: list[Marker], month_url: Callable[[dt.date], str]) -> str:
    """``events_svg`` in a figure with a caption that says how to read it ("" when there are no events)."""
    svg, weekly = _draw_events(data, link, markers, month_url)
    if not svg:
        return ""
    if weekly:
        caption = "Events by side, one dot per week; a bigger dot has more events. Each dot opens that month."
    else:
        caption = "Events by side; a bigger dot has more sources. Each dot links to its event."
    figures = [_figure(svg, caption)]
    dots = _dots(data, link)
    start, end = _window(data, dots, markers)
    recent = sum(1 for d in dots if d.last >= _plus(end, -ZOOM_DAYS))
    # A second panel, drawn wider, where the run-up crowds: the weeks before the newest article or marker.
    if (end - start).days > 3 * ZOOM_DAYS and recent >= ZOOM_MIN:
        zoom, zoom_weekly = _draw_events(data, link, markers, month_url, last_days=ZOOM_DAYS)
        per = "one dot per week; a bigger dot has more events" if zoom_weekly else "a bigger dot has more sources"
        figures.append(_figure(zoom, f"The last {ZOOM_DAYS // 7} weeks, drawn wider ({per})."))
    return "".join(figures)


def _figure(svg: str, caption: str) -> str:
    """A picture and its caption. On a narrow screen the picture keeps its size (its words stay legible)
    and scrolls sideways, with a hint that says so."""
    hint = '<span class="tl-scroll-hint" aria-hidden="true">Scroll sideways to see the whole picture →</span>'
    return (
        f'<figure class="tl-figure" data-search-exclude><div class="tl-scroll" tabindex="0" role="region" '
        f"aria-label={quoteattr(caption)}>{svg}</div>"
        f"<figcaption>{caption}{hint}</figcaption></figure>"
    )


def statements_figure(data: SiteData) -> str:
    """``statements_svg`` in a figure with its caption ("" when there are no statements)."""
    svg = statements_svg(data)
    caption = "Statements per week, by the speaker's side."
    return _figure(svg, caption) if svg else ""


def statements_svg(data: SiteData, weeks: int = 16) -> str:
    """Statements per ISO week, stacked by the speaker's side, over the last ``weeks`` weeks with any."""
    per_week: dict[dt.date, Counter[str]] = defaultdict(Counter)
    for st in data.statements:
        day = dates.start(st.date)
        if day is None:
            continue
        side = data.side_of(st.speaker) if st.speaker else None
        per_week[day - dt.timedelta(days=day.weekday())][side if side in LANES else OTHER] += 1
    if not per_week:
        return ""
    last = max(per_week)
    first = max(min(per_week), last - dt.timedelta(weeks=weeks - 1))
    columns = [first + dt.timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    left_out = sum(sum(c.values()) for w, c in per_week.items() if w < first)
    top_n = max(sum(per_week[w].values()) for w in columns) or 1
    height, base, bar_area = 240, 196, 170
    step = (WIDTH - GUTTER - RIGHT) / len(columns)
    title = "Statements per week by side"
    out = [
        f'<svg class="tl-weekly" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-label={quoteattr(title)} xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<line class="tl-tick" x1="{GUTTER}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}"/>',
        f'<text class="tl-tick-label" x="8" y="{base - bar_area + 10}">{top_n} a week</text>',
    ]
    for i, lane in enumerate([*LANES, OTHER]):
        out.append(
            f'<rect class="tl-dot tl-side-{lane}" x="8" y="{base - 90 + 16 * i}" width="10" height="10"/>'
            f'<text class="tl-lane-label" x="22" y="{base - 81 + 16 * i}">'
            f"{escape(SIDE_LABELS.get(lane, 'Others'))}</text>"
        )
    for i, week in enumerate(columns):
        x0, y = round(GUTTER + i * step + step * 0.15, 1), float(base)
        for lane in [*LANES, OTHER]:
            n = per_week[week][lane]
            if not n:
                continue
            h = n / top_n * bar_area
            y -= h
            label = f"Week of {_day(week)}: {n} from {SIDE_LABELS.get(lane, 'others')}"
            out.append(
                f'<rect class="tl-dot tl-side-{lane}" x="{x0}" y="{round(y, 1)}" width="{round(step * 0.7, 1)}" '
                f'height="{round(h, 1)}"><title>{escape(label)}</title></rect>'
            )
        if i % max(1, math.ceil(len(columns) / 10)) == 0:
            out.append(f'<text class="tl-tick-label" x="{x0}" y="{base + 16}">{_short(week, by_day=True)}</text>')
    if left_out:
        note = f"{left_out} earlier statements not shown"
        out.append(f'<text class="tl-earlier" x="{GUTTER}" y="{base + 34}">{note}</text>')
    out.append("</svg>")
    return "\n".join(out)
