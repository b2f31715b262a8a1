"""The aggregate pages as plain functions: paging the timeline, and setting generated HTML aside."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import jinja2
import markdown

from generator.content.kinds import EventPage, EventReport
from generator.site.collect import SiteData, sort_key
from generator.site.render import stash_html, timeline_anchor, timeline_periods, unstash_html


def _data(dates: list[str]) -> SiteData:
    events = [
        EventPage(
            path=Path(f"events/e{i}.md"), id=f"e{i}", title="T", date=d, precision="day", sources=(EventReport("s"),)
        )
        for i, d in enumerate(dates)
    ]
    return SiteData({}, sorted(events, key=sort_key), [], {}, {})


def test_the_timeline_is_one_page_until_it_is_long():
    assert timeline_periods(_data(["2025-08-01", "2025-08-02"]), 2) == ("one", [])


def test_a_long_timeline_splits_by_year_while_every_year_fits():
    by, periods = timeline_periods(_data(["2024-11-05", "2025-01-02", "2025-08-01", "2025"]), 3)
    assert by == "year"
    assert [(p.key, p.label, [e.date for e in p.events]) for p in periods] == [
        ("2024", "2024", ["2024-11-05"]),
        ("2025", "2025", ["2025", "2025-01-02", "2025-08-01"]),  # the year-only date heads its year
    ]
    assert timeline_anchor(by, periods, dt.date(2025, 8, 1)) == ("timeline/2025.md", "august-2025")


def test_then_by_month_with_coarser_dates_on_pages_of_their_own():
    dates = ["202", "2025", "2025-08-01", "2025-08-20", "2025-W33", "2025-09-01", "2025-08/2025-10"]
    by, periods = timeline_periods(_data(dates), 4)
    assert by == "month"
    assert [(p.key, p.label, len(p.events)) for p in periods] == [
        ("2020s", "the 2020s", 1),
        ("2025", "2025", 1),
        ("2025-08", "August 2025", 4),  # a range starting in August, and the week of 11 August
        ("2025-09", "September 2025", 1),
    ]
    assert [p.uri for p in periods][2] == "timeline/2025-08.md"
    assert timeline_anchor(by, periods, dt.date(2025, 9, 3)) == ("timeline/2025-09.md", "september-2025")
    # A day of a month without a page of its own (no events) falls back to the overview.
    assert timeline_anchor(by, periods, dt.date(2025, 12, 1))[0] == "timeline.md"


def test_a_month_longer_than_a_page_is_cut_into_parts():
    dates = [f"2025-08-{d:02d}" for d in range(1, 31)] + ["2025-09-01"]
    by, periods = timeline_periods(_data(dates), 12)
    assert by == "month"
    assert [(p.key, p.label, len(p.events)) for p in periods] == [
        ("2025-08", "August 2025 (1 of 3)", 12),
        ("2025-08-part-2", "August 2025 (2 of 3)", 12),
        ("2025-08-part-3", "August 2025 (3 of 3)", 6),
        ("2025-09", "September 2025", 1),
    ]
    # A day links to the part its events are on.
    assert timeline_anchor(by, periods, dt.date(2025, 8, 20)) == ("timeline/2025-08-part-2.md", "august-2025")
    assert timeline_anchor(by, periods, dt.date(2025, 8, 1))[0] == "timeline/2025-08.md"


def test_generated_html_blocks_come_back_unchanged_around_converted_markdown():
    generated = (
        "# Title\n\n"
        '<p class="tl-meta"><a href="../x/">A &amp; B</a></p>\n\n'
        "Some *Markdown* text.\n\n"
        "## Sources { data-search-exclude }\n\n"
        '<ul class="tl-sources" data-search-exclude>\n<li>one</li>\n</ul>\n\n'
        "<span>inline HTML stays Markdown's</span>\n"
    )
    blocks: list[str] = []
    text = stash_html(generated, blocks)
    assert len(blocks) == 2 and "tl-meta" not in text and "<span>" in text
    html = markdown.markdown(text, extensions=["attr_list"])
    restored, late = unstash_html(html, blocks)
    assert '<p class="tl-meta"><a href="../x/">A &amp; B</a></p>' in restored
    assert "<em>Markdown</em>" in restored and "@@tl-block" not in restored
    # The block search skips is left as a marker for after indexing.
    [(marker, block)] = late
    assert marker in restored and block.startswith('<ul class="tl-sources"') and "tl-sources" not in restored


def test_the_templates_get_each_record_beside_what_is_worked_out_for_it():
    from generator.site import render

    data = _data(["2025-08-01"])
    (ev,) = data.events
    row = render.event_row(data, ev, lambda target: target)
    assert row["record"] is ev and row["url"] == "events/e0.md" and row["date"] == "1 August 2025"
    template = jinja2.Environment(undefined=jinja2.StrictUndefined).from_string("{{ e.record.title }} on {{ e.date }}")
    assert template.render(e=row) == "T on 1 August 2025"


def _said(i: int, speaker: str, quote: str, *, views_other: bool = False, context: str | None = None):
    from generator.content.kinds import StatementPage, StatementReport

    return StatementPage(
        path=Path(f"statements/s{i}.md"),
        id=f"s{i}",
        speaker=speaker,
        kind="direct",
        quote=quote,
        date="2025-08-07",
        topics=("ceasefire",),
        views_other=views_other,
        sources=(StatementReport("src", quote, context),),
    )


def _said_data():
    from generator.content.kinds import ActorPage, SourcePage, TopicPage

    statements = [
        _said(1, "zoe", "No, he doesn't", context="Asked whether Putin wants a ceasefire, Zoe said: “No, he doesn't.”"),
        _said(2, "adam", "we will win at any cost", views_other=True),
        _said(3, "adam", "talks must go on"),
    ]
    actors = {a: ActorPage(id=a, name=a.title(), side="analyst") for a in ("adam", "zoe")}
    source = SourcePage(id="src", title="T", outlet="Daily", published="2025-08-07")
    return SiteData(
        {"src": source}, [], statements, actors, {"ceasefire": TopicPage(id="ceasefire", label="Ceasefire")}
    )


def test_a_statement_page_shows_its_words_in_context_and_says_when_they_are_someone_elses_view():
    from generator.site.render import statement_sections

    data = _said_data()
    head, _ = statement_sections(data, data.statement_by_id["s1"], lambda uri: "/" + uri)
    assert "In context, in Daily, 7 August 2025:" in head and "Asked whether Putin wants a ceasefire" in head
    assert "someone else" not in head
    head, _ = statement_sections(data, data.statement_by_id["s2"], lambda uri: "/" + uri)
    assert "In context" not in head and "describes someone else's view" in head


def test_positions_count_only_what_speakers_say_for_themselves_and_sources_list_who_said_what():
    from generator.site.render import positions_page, source_sections

    data = _said_data()
    page = positions_page(data, lambda uri: "/" + uri)
    adam_row = next(line for line in page.splitlines() if ">Adam<" in line)
    # One position of his own, not two: his account of another's view is not counted.
    assert 'what-they-said">1</a></td>' in adam_row and 'topic-ceasefire">1</a>' in adam_row
    listing = source_sections(data, data.sources["src"], lambda uri: "/" + uri)
    speakers = [line.split("</a></span>")[0].rsplit(">", 1)[1] for line in listing.splitlines() if "tl-speaker" in line]
    assert speakers == ["Adam", "Adam", "Zoe"]  # speaker by speaker


def test_blocks_set_aside_one_after_another_share_one_placeholder_and_come_back_as_markdown_writes_them():
    ul, ol, p, last = (
        '<ul class="a">\n<li>one</li>\n</ul>',
        '<ol class="b" data-search-exclude>\n<li>two</li>\n</ol>',
        '<p class="c">three</p>',
        '<p class="d">four</p>',
    )
    generated = f"Text.\n\n{ul}\n\n{ol}\n\n{p}\n\nMore *text*.\n\n{last}\n"
    blocks: list = []
    text = stash_html(generated, blocks)
    assert len(blocks) == 4 and text.count("@@tl-block-") == 2  # one placeholder per run of blocks
    restored, late = unstash_html(markdown.markdown(text), blocks)
    # What a placeholder for each block gave: Markdown's paragraphs, one a line, each replaced by its block.
    one_each = markdown.markdown("Text.\n\n@@0@@\n\n@@1@@\n\n@@2@@\n\nMore *text*.\n\n@@3@@\n")
    for i, block in enumerate((ul, '<div data-tl-late="1"></div>', p, last)):
        one_each = one_each.replace(f"<p>@@{i}@@</p>", block)
    assert restored == one_each
    assert late == [('<div data-tl-late="1"></div>', ol)]
