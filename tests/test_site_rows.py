from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.content.kinds import ActorPage, EventPage, EventReport, SourcePage, StatementPage, StatementReport
from generator.site.collect import SiteData
from generator.site.rows import event_row, statement_row


def _data() -> SiteData:
    source = SourcePage(path=Path("sources/s.md"), id="s", title="Talks", outlet="Wire", published="2025-08-07")
    putin = ActorPage(path=Path("actors/putin.md"), id="putin", name="Vladimir Putin", side="russia")
    ev = EventPage(
        path=Path("events/e.md"), id="e", title="Summit held", date="2025-08", precision="month",
        actors=("putin", "nobody"), sources=(EventReport("s", date_text="in August"), EventReport("s")),
    )  # fmt: skip
    st = StatementPage(
        path=Path("statements/q.md"), id="q", speaker="putin", kind="direct", quote="We agreed.",
        date="2025-08-07", sources=(StatementReport("s"),),
    )  # fmt: skip
    return SiteData({"s": source}, [ev], [st], {"putin": putin}, {})


def test_an_event_row_reads_as_the_dict_it_replaces():
    data = _data()
    calls: list[str] = []

    def link(target: str) -> str:
        calls.append(target)
        return f"../{target}"

    row = event_row(data, data.events[0], link)
    assert row["date"] == "August 2025" and row["n_sources"] == 1 and row["sides"] == ["russia"]
    assert row["actors"] == [
        {"id": "putin", "name": "Vladimir Putin", "url": "../actors/putin.md", "side": "russia"}
    ]  # an actor without a page gets no chip
    assert row["provenance"][0] == {"date_text": "in August", "source": "Wire, 7 August 2025", "url": "../sources/s.md"}
    assert "provenance" in row and "nope" not in row and len(row) == len(list(row))
    with pytest.raises(KeyError):
        row["nope"]


def test_a_row_works_out_only_the_keys_a_template_reads():
    data = _data()
    calls: list[str] = []
    row = event_row(data, data.events[0], lambda target: calls.append(target) or target)
    template = jinja2.Environment(undefined=jinja2.StrictUndefined).from_string("{{ e.date }}: {{ e.title }}")
    assert template.render(e=row) == "August 2025: Summit held"
    assert calls == []  # no chip, no provenance, so no link was asked for
    assert row["url"] == "events/e.md" and row["url"] == "events/e.md" and calls == ["events/e.md"]


def test_a_statement_row_names_its_speaker_and_sources():
    data = _data()
    row = statement_row(data, data.statements[0], lambda target: target)
    assert (row["speaker"], row["speaker_url"], row["date"]) == ("Vladimir Putin", "actors/putin.md", "7 August 2025")
    assert row["sources"] == [{"label": "Wire, 7 August 2025", "url": "sources/s.md"}]
    assert row["context"] is None and row["record"] is data.statements[0]
    template = jinja2.Environment(undefined=jinja2.StrictUndefined).from_string("{{ s.missing }}")
    with pytest.raises(jinja2.UndefinedError):
        template.render(s=row)
