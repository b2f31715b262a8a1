"""generator/content/dates.py: every date form parsed, validated, shown in words, placed and sorted; the calendar's
edges; and a real MkDocs build of a tiny project with one event of each form."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import sentence_of
from test_cli import timeline

from generator.content import dates, render
from generator.content.schema import json_schema

D = dt.date

# value, precision, first day, last day, words, words with mod END, TimelineJS start
FORMS = [
    ("2025-08-06", "day", D(2025, 8, 6), D(2025, 8, 6), "6 August 2025", "6 August 2025", "2025/8/6"),
    ("2025-W33", "week", D(2025, 8, 11), D(2025, 8, 17), "week of 11 August 2025",
     "late in the week of 11 August 2025", "2025/8/11"),
    ("2025-W31-WE", "weekend", D(2025, 8, 2), D(2025, 8, 3), "the weekend of 2–3 August 2025",
     "the weekend of 2–3 August 2025", "2025/8/2"),
    ("2025-W35-WE", "weekend", D(2025, 8, 30), D(2025, 8, 31), "the weekend of 30–31 August 2025",
     "the weekend of 30–31 August 2025", "2025/8/30"),
    ("2025-W22-WE", "weekend", D(2025, 5, 31), D(2025, 6, 1), "the weekend of 31 May – 1 June 2025",
     "the weekend of 31 May – 1 June 2025", "2025/5/31"),
    ("2022-W52-WE", "weekend", D(2022, 12, 31), D(2023, 1, 1), "the weekend of 31 December 2022 – 1 January 2023",
     "the weekend of 31 December 2022 – 1 January 2023", "2022/12/31"),
    ("2025-08", "month", D(2025, 8, 1), D(2025, 8, 31), "August 2025", "late August 2025", "2025/8"),
    ("2024-SP", "season", D(2024, 3, 1), D(2024, 5, 31), "spring 2024", "late spring 2024", "2024/3"),
    ("2024-SU", "season", D(2024, 6, 1), D(2024, 8, 31), "summer 2024", "late summer 2024", "2024/6"),
    ("2011-FA", "season", D(2011, 9, 1), D(2011, 11, 30), "autumn 2011", "late autumn 2011", "2011/9"),
    ("2023-WI", "season", D(2023, 12, 1), D(2024, 2, 29), "winter 2023", "late winter 2023", "2023/12"),
    ("2009-Q3", "quarter", D(2009, 7, 1), D(2009, 9, 30), "Q3 2009", "late Q3 2009", "2009/7"),
    ("2009-Q4", "quarter", D(2009, 10, 1), D(2009, 12, 31), "Q4 2009", "late Q4 2009", "2009/10"),
    ("2010-H1", "half", D(2010, 1, 1), D(2010, 6, 30), "the first half of 2010",
     "late in the first half of 2010", "2010/1"),
    ("2010-H2", "half", D(2010, 7, 1), D(2010, 12, 31), "the second half of 2010",
     "late in the second half of 2010", "2010/7"),
    ("2025", "year", D(2025, 1, 1), D(2025, 12, 31), "2025", "late 2025", "2025"),
    ("199", "decade", D(1990, 1, 1), D(1999, 12, 31), "the 1990s", "the late 1990s", "1990"),
    ("19", "century", D(1900, 1, 1), D(1999, 12, 31), "the 20th century", "the late 20th century", "1900"),
    ("20", "century", D(2000, 1, 1), D(2099, 12, 31), "the 21st century", "the late 21st century", "2000"),
    ("2025-05/2025-07", "month", D(2025, 5, 1), D(2025, 7, 31), "May – July 2025", "May – July 2025", "2025/5"),
    ("2024-11/2025-02", "month", D(2024, 11, 1), D(2025, 2, 28), "November 2024 – February 2025",
     "November 2024 – February 2025", "2024/11"),
    ("2017/2021", "year", D(2017, 1, 1), D(2021, 12, 31), "2017 – 2021", "2017 – 2021", "2017"),
    ("2025-08-01/2025-08-03", "day", D(2025, 8, 1), D(2025, 8, 3), "1 August 2025 – 3 August 2025",
     "1 August 2025 – 3 August 2025", "2025/8/1"),
]  # fmt: skip


@pytest.mark.parametrize(("value", "precision", "first", "last", "words", "late", "tl"), FORMS)
def test_every_form(value, precision, first, last, words, late, tl):
    assert dates.problem(value) is None
    assert dates.precision(value) == precision
    assert (dates.start(value), dates.end(value)) == (first, last)
    assert dates.display(value) == words
    assert dates.display(value, "END") == late
    assert "/".join(dates.timelinejs(value).values()) == tl
    end = dates.timelinejs_end(value)
    assert end == (None if first == last else {"year": str(last.year), "month": str(last.month), "day": str(last.day)})
    assert re.fullmatch(dates.PATTERN, value)  # the JSON Schemas accept what validation accepts
    assert dates.atom_updated(value) == f"{first.isoformat()}T00:00:00Z"


def test_early_and_mid():
    assert dates.display("2025-08", "START") == "early August 2025"
    assert dates.display("2025-08", "MID") == "mid August 2025"
    assert dates.display("199", "START") == "the early 1990s"


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("2025-02-30", "not a real date (a day"),
        ("2025-13", "not a real date (a month"),
        ("2025-W53", "not a real date (a week"),  # 2025 has 52 ISO weeks
        ("2025-W00-WE", "not a real date (a weekend"),
        ("2025-Q5", "allowed form"),
        ("2025-H3", "allowed form"),
        ("2025-SO", "allowed form"),
        ("August", "allowed form"),
        ("2025-08-06T10:00", "allowed form"),
        ("XXXX-XX-XX", "allowed form"),
        ("PRESENT_REF", "allowed form"),
        ("P3D", "allowed form"),
        ("2021/2017", "must end after it starts"),
        ("2025/2025", "must end after it starts"),
        ("2025/2026/2027", "two ends"),
        ("0000", "not a real date"),  # there is no year 0
        ("000", "calendar starts in year 1"),
        ("00", "calendar starts in year 1"),
        ("9999-W52", "within the years 1-9999"),  # its Sunday is in the year 10000
        ("9999-W52-WE", "within the years 1-9999"),
        ("9999-WI", "within the years 1-9999"),  # winter runs into the next year
    ],
)
def test_refused_with_a_reason(value, why):
    assert why in dates.problem(value)
    assert not dates.is_valid(value)
    assert dates.start(value) is None and dates.end(value) is None and dates.precision(value) is None
    assert dates.display(value) == value
    if "allowed form" in why:
        assert not re.fullmatch(dates.PATTERN, value)


def test_the_calendar_edges_are_handled_without_overflow():
    assert (dates.start("9999-12"), dates.end("9999-12")) == (D(9999, 12, 1), D(9999, 12, 31))
    assert dates.end("9999") == D(9999, 12, 31) and dates.end("999") == D(9999, 12, 31)
    assert dates.end("99") == D(9999, 12, 31) and dates.start("01") == D(100, 1, 1)
    assert (dates.start("0001/9999"), dates.end("0001/9999")) == (D(1, 1, 1), D(9999, 12, 31))
    assert dates.start("0001-W01") == D(1, 1, 1)
    assert dates.end("9999-W51") == D(9999, 12, 26)
    assert dates.display("9999-Q4") == "Q4 9999"
    assert dates.problem(None) and dates.problem(2025)


def test_sorting_by_first_day_then_coarser_first():
    values = ["2025-08-06", "2025-08", "2025-W31-WE", "2025-Q3", "2025-H2", "2025-SU", "2025", "202", "20", "2024-WI"]
    assert sorted(values, key=dates.sort_key) == [
        "20",
        "202",
        "2024-WI",  # 1 December 2024
        "2025",
        "2025-SU",
        "2025-H2",  # 1 July: the half before the quarter
        "2025-Q3",
        "2025-08",
        "2025-W31-WE",  # Saturday 2 August
        "2025-08-06",
    ]
    assert dates.sort_key("PRESENT_REF")[0] == dt.date.max


def test_the_schemas_and_the_precisions_come_from_the_declaration():
    date = json_schema("events")["properties"]["date"]
    assert date["pattern"] == dates.PATTERN
    assert set(json_schema("events")["properties"]["precision"]["enum"]) >= {f.precision for f in dates.FORMS}
    assert all(dates.form_of(f.example) == f and dates.is_valid(f.example) for f in dates.FORMS)


class _Visible(HTMLParser):
    """The text a reader sees or hears: text outside scripts and styles, titles and ARIA labels."""

    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        self._hidden += tag in ("script", "style")
        self.chunks += [v for k, v in attrs if k in ("title", "aria-label") and v]

    def handle_endtag(self, tag):
        self._hidden -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._hidden:
            self.chunks.append(data)


def visible_text(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    return "\n".join(parser.chunks)


# One event of each form, and the calendar's edges; (date, mod) by event id.
SITE_EVENTS = {
    "day": ("2025-08-06", None),
    "week": ("2025-W33", None),
    "weekend": ("2025-W31-WE", None),
    "month": ("2025-07", "START"),
    "season": ("2024-SU", "END"),
    "quarter": ("2009-Q3", None),
    "half": ("2010-H1", None),
    "year": ("2023", None),
    "decade": ("199", None),
    "century": ("19", None),
    "range": ("2025-05/2025-06", None),
    "far-future": ("9999-12", None),
    "everything": ("0001/9999", None),
}


def _site_with_every_form(project: Path) -> Path:
    r = timeline("ingest", "seeds", cwd=project)
    assert r.returncode == 0, r.stderr
    source = sorted((project / "content" / "sources").glob("*.md"))[0].stem
    quote = sentence_of(project, source)
    for name, (value, mod) in SITE_EVENTS.items():
        meta = {
            "id": f"form-{name}",
            "title": f"The {name} event",
            "date": value,
            "precision": dates.precision(value),
            "mod": mod,
            "sources": [{"source": source, "date": value, "date_text": name, "quote": quote}],
        }
        page = project / "content" / "events" / f"form-{name}.md"
        page.write_text(render("events", meta, "Written by hand.", generated=False), encoding="utf-8")
    r = timeline("check", cwd=project)
    assert r.returncode == 0, r.stdout + r.stderr
    r = timeline("build", "--config", "mkdocs.yml", cwd=project)
    assert r.returncode == 0, r.stderr
    return project / "site"


def test_a_site_shows_every_form_in_words(tiny_project):
    site = _site_with_every_form(tiny_project)
    words = {
        "day": "6 August 2025",
        "week": "week of 11 August 2025",
        "weekend": "the weekend of 2–3 August 2025",
        "month": "early July 2025",
        "season": "late summer 2024",
        "quarter": "Q3 2009",
        "half": "the first half of 2010",
        "year": "2023",
        "decade": "the 1990s",
        "century": "the 20th century",
        "range": "May – June 2025",
        "far-future": "December 9999",
        "everything": "0001 – 9999",
    }
    timeline_html = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    shown = visible_text(timeline_html)
    for name, text in words.items():
        assert text in shown, name
        event = visible_text((site / "events" / f"form-{name}" / "index.html").read_text(encoding="utf-8"))
        assert text in event, name
        raw = SITE_EVENTS[name][0]
        if not raw.isdigit():  # a year is its own word; no other value shows as written
            assert not re.search(rf"(?<![\w-]){re.escape(raw)}(?![\w-])", shown + event), name
    # Oldest first; on the same first day the coarser value first.
    order = re.findall(r'data-date="([^"]+)"', timeline_html)
    mine = re.findall(r'id="form-[a-z-]+" data-date="([^"]+)"', timeline_html)
    assert mine == ["0001/9999", "19", "199", "2009-Q3", "2010-H1", "2023", "2024-SU", "2025-05/2025-06",
                    "2025-07", "2025-W31-WE", "2025-08-06", "2025-W33", "9999-12"]  # fmt: skip
    assert order == sorted(order, key=dates.sort_key)


def test_the_exports_carry_every_form(tiny_project):
    site = _site_with_every_form(tiny_project)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO((site / "events.csv").read_text(encoding="utf-8")))}
    assert rows["form-weekend"]["date"] == "2025-W31-WE" and rows["form-weekend"]["precision"] == "weekend"
    assert rows["form-weekend"]["display_date"] == "the weekend of 2–3 August 2025"
    assert rows["form-season"]["display_date"] == "late summer 2024"
    assert rows["form-century"]["display_date"] == "the 20th century"
    tl = {e["unique_id"]: e for e in json.loads((site / "timeline.json").read_text(encoding="utf-8"))["events"]}
    assert tl["form-season"]["start_date"] == {"year": "2024", "month": "6"}
    assert tl["form-season"]["end_date"] == {"year": "2024", "month": "8", "day": "31"}
    assert tl["form-season"]["display_date"] == "late summer 2024"
    assert "late summer 2024." in tl["form-season"]["text"]["text"]  # the precision, said in words
    assert tl["form-weekend"]["start_date"] == {"year": "2025", "month": "8", "day": "2"}
    assert tl["form-decade"]["start_date"] == {"year": "1990"} and tl["form-decade"]["display_date"] == "the 1990s"
    assert "end_date" not in tl["form-day"]
    assert tl["form-everything"]["end_date"] == {"year": "9999", "month": "12", "day": "31"}
    atom = (site / "events.atom").read_text(encoding="utf-8")
    updated = re.findall(r"<id>[^<]*events/(form-[a-z-]+)/</id>\s*<link[^>]*/>\s*<updated>([^<]+)</updated>", atom)
    assert dict(updated)["form-quarter"] == "2009-07-01T00:00:00Z"
    assert dict(updated)["form-weekend"] == "2025-08-02T00:00:00Z"
    assert [i for i, _ in updated][0] == "form-far-future"  # newest first


def test_check_refuses_a_value_off_the_calendar_in_one_line(tiny_project):
    assert timeline("ingest", "seeds", cwd=tiny_project).returncode == 0
    source = sorted((tiny_project / "content" / "sources").glob("*.md"))[0].stem
    for value in ("9999-W52", "000", "2025-W31-XX"):
        meta = {"id": "edge", "title": "Edge", "date": value, "precision": "week", "sources": [{"source": source}]}
        page = tiny_project / "content" / "events" / "edge.md"
        page.write_text(render("events", meta, "", generated=False), encoding="utf-8")
        r = timeline("check", cwd=tiny_project)
        assert r.returncode == 1 and "Traceback" not in r.stderr
        assert r.stderr.strip().splitlines() == [f"timeline: content/events/edge.md:4: 'date' {dates.problem(value)}"]
