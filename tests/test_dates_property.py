"""Articles assembled from many date and quote forms ingest into pages that `timeline check` and a strict
MkDocs build accept, and that show no raw date value; ingest never writes a page check would refuse."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cli import timeline
from test_content_dates import visible_text

from generator.content import WriteReport, dates, read_page, render
from generator.errors import TimelineError
from generator.ingest import PendingPages

DATE_PHRASES = [
    "last summer",
    "this fall",
    "next spring",
    "in the winter of 2019",
    "over the weekend",
    "last weekend",
    "next weekend",
    "in the third quarter",
    "in the first quarter of 2024",
    "in Q4 2023",
    "in the first half of 2022",
    "in the 1990s",
    "in the early 2000s",
    "in the late '80s",
    "in the 20th century",
    "in the 1st century",
    "last week",
    "next week",
    "last month",
    "in early August",
    "in mid-July",
    "in late 2024",
    "from May to July",
    "between 2017 and 2021",
    "on 3 March 2025",
    "on Wednesday",
    "yesterday",
    "two days later",
    "recently",
    "now",
]
QUOTE_FORMS = [
    '"{words}," {who} said {when}.',
    "{who} said {when} that {words}.",
    '"{words}," {who} told reporters {when}.',
    "{who} met the minister {when}.",
    "{who} will sign the treaty {when}.",
    "According to {who}, {words} {when}.",
]
WHO = ["Steve Witkoff", "Sergey Lavrov", "the minister", "Officials"]
WORDS = ["the talks went well", "nothing was agreed", "we will see what happens", "the deal is close"]
URL = "https://example.org/wiki/Beatles'_Apple_(Corps);_sues_%41pple"

sentence = st.builds(
    lambda form, who, words, when: form.format(who=who, words=words, when=when),
    st.sampled_from(QUOTE_FORMS),
    st.sampled_from(WHO),
    st.sampled_from(WORDS),
    st.sampled_from(DATE_PHRASES),
)
article = st.tuples(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2025, 12, 31)),  # a later date is refused: after today
    st.lists(sentence, min_size=2, max_size=6),
)

RAW = re.compile(r"(?<![\w-])\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12]|W\d\d(?:-WE)?)(?![\w-])")


def _write_articles(seeds: Path, batch: list[tuple[dt.date, list[str]]]) -> None:
    shutil.rmtree(seeds, ignore_errors=True)
    seeds.mkdir()
    for i, (published, sentences) in enumerate(batch):
        text = f"---\ntitle: Article {i}\noutlet: Example Wire\nurl: {URL}{i}\npublished: {published}\n---\n"
        (seeds / f"a{i:02d}.md").write_text(text + "\n\n".join(sentences) + "\n", encoding="utf-8")


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(article, min_size=3, max_size=8))
def test_ingested_articles_always_check_and_build(tiny_project, batch):
    _write_articles(tiny_project / "seeds", batch)
    shutil.rmtree(tiny_project / "content" / "events", ignore_errors=True)
    shutil.rmtree(tiny_project / "content" / "statements", ignore_errors=True)
    r = timeline("build", "--config", "mkdocs.yml", cwd=tiny_project)  # ingest seeds/, check, strict build
    assert r.returncode == 0, r.stdout + r.stderr
    assert timeline("check", cwd=tiny_project).returncode == 0
    site = tiny_project / "site"
    for page in [site / "timeline" / "index.html", *(site / "events").glob("*/index.html")]:
        shown = visible_text(page.read_text(encoding="utf-8"))
        assert not RAW.search(shown), (page, RAW.search(shown))
    for event in (tiny_project / "content" / "events").glob("*.md"):
        page, problems = read_page(event, "events")
        assert not problems and dates.is_valid(page.meta["date"])
    source = (site / "sources" / "example-wire-article-0" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/wiki/Beatles&#39;_Apple_(Corps);_sues_%41pple0"' in source


def test_articles_at_the_calendar_edges_ingest_and_build(tiny_project):
    """ "last week" on 1 January of year 1 has no value, and the picture's axis stops at the calendar's start;
    an article dated 31 December 9999 is refused (a publication date after today), not resolved against."""
    seeds = tiny_project / "seeds"
    _write_articles(seeds, [(dt.date(1, 1, 1), ["Officials met last week.", "Lavrov met Witkoff on 1 January."])])
    r = timeline("build", "--config", "mkdocs.yml", cwd=tiny_project)
    assert r.returncode == 0, r.stderr
    assert timeline("check", cwd=tiny_project).returncode == 0
    events = {read_page(p, "events")[0].meta["date"] for p in (tiny_project / "content" / "events").glob("*.md")}
    assert "0001-01-01" in events
    (seeds / "end.md").write_text(
        "---\ntitle: The end\npublished: 9999-12-31\n---\nOfficials met last week. They meet next week.\n",
        encoding="utf-8",
    )
    r = timeline("ingest", "seeds", cwd=tiny_project)
    assert r.returncode == 1 and "seeds/end.md:3: publication date 9999-12-31 is in the future" in r.stderr


def test_a_page_check_would_refuse_is_reported_and_nothing_is_written(tmp_path):
    content = tmp_path / "content"
    good = render("topics", {"id": "talks", "label": "Talks"}, "")
    bad = render(
        "events",
        {"id": "e", "title": "T", "date": "2025-13", "precision": "month", "sources": [{"source": "s", "quote": "q"}]},
        "",
    )
    pending = PendingPages()
    pending.add(content / "topics" / "talks.md", good, [])
    pending.add(content / "events" / "e.md", bad, ["seeds/a.md", "seeds/b.md"])
    with pytest.raises(TimelineError) as err:
        pending.write(WriteReport())
    assert [str(p) for p in err.value.problems] == [
        f"seeds/{name}.md: bug: the page events/e.md would be refused (line 4: 'date' '2025-13' is not a real "
        "date (a month, like '2025-08', within the years 1-9999))"
        for name in ("a", "b")
    ]
    assert not content.exists()  # not even the valid page
