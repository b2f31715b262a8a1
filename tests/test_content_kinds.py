"""generator/content/kinds.py: one declaration per page kind. Its typed record gives back the page's front
matter, and a key declared there is checked, written, described in the JSON Schema and read into the record
with no other file changed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import pytest

from generator.content import kinds, load_content, read_page, render, schema
from generator.content.fields import Id, Text, TextList
from generator.content.kinds import (
    GENERATED_DOC,
    KINDS,
    EventPage,
    EventReport,
    Record,
    StatementPage,
    key,
)

ROOT = Path(__file__).resolve().parent.parent


def test_every_kind_is_declared_once_with_its_folder():
    assert list(KINDS) == ["sources", "events", "statements", "actors", "topics"]
    assert all(record.folder == folder and issubclass(record, Record) for folder, record in KINDS.items())
    for record in KINDS.values():
        names = [f.name for f in kinds.keys(record)]
        assert names[0] == "id" and names[-1] == "generated"  # the writer appends `generated` last


def test_records_are_frozen_and_know_their_page():
    ev = EventPage(id="talks", title="Talks", date="2025-08-06", precision="day", sources=(EventReport("bbc"),))
    assert ev.uri == "events/talks.md" and ev.actors == () and ev.scheduled is False
    with pytest.raises(dataclasses.FrozenInstanceError):
        ev.title = "Other"  # type: ignore[misc]
    assert ev.front_matter() == {
        "id": "talks",
        "title": "Talks",
        "date": "2025-08-06",
        "precision": "day",
        "sources": [{"source": "bbc"}],
    }


def test_every_shipped_page_gives_back_its_front_matter():
    pages, problems = load_content(ROOT / "content")
    assert problems == []
    for kind, found in pages.items():
        assert found, kind
        for page in found:
            assert isinstance(page.record, KINDS[kind])
            assert page.record.front_matter() == schema.ordered(kind, page.meta), page.path
            assert page.record.uri == f"{kind}/{page.path.name}" and page.record.body == page.body


def test_a_statement_kind_and_an_actor_kind_are_keys_not_folders():
    st = schema.from_meta(
        "statements", {"id": "s", "kind": "direct", "quote": "Q", "date": "2025", "sources": [{"source": "a"}]}
    )
    assert isinstance(st, StatementPage) and st.kind == "direct" and st.folder == "statements"
    actor = schema.from_meta("actors", {"id": "a", "name": "A", "kind": "body"})
    assert actor.kind == "body" and actor.folder == "actors"


# A test copy of the topic kind with one key more: the only declaration a new key needs.
@dataclass(frozen=True, kw_only=True)
class ColouredTopic(Record):
    folder: ClassVar[str] = "topics"
    id: str = key(Id(), "Stable id.", required=True)
    label: str = key(Text(nonempty=True), "Shown on the site.", required=True)
    keywords: tuple[str, ...] = key(TextList(), "Words that tag a statement or event with this topic.", default=())
    colour: str | None = key(Text(nonempty=True), "The colour of the topic's chips.")
    generated: str | None = key(Text(), GENERATED_DOC)


def test_a_key_declared_once_is_checked_written_described_and_read(tmp_path, monkeypatch):
    assert [f.name for f in kinds.keys(ColouredTopic)] == [*schema.field_names("topics")[:-1], "colour", "generated"]
    monkeypatch.setitem(KINDS, "topics", ColouredTopic)
    # The JSON Schema describes it.
    assert schema.json_schema("topics")["properties"]["colour"] == {
        "type": "string",
        "description": "The colour of the topic's chips.",
    }
    # The writer puts it in declaration order, before the hash.
    text = render("topics", {"colour": "teal", "label": "Sanctions", "id": "sanctions"}, "Body.")
    assert text.index("label:") < text.index("colour: teal") < text.index("generated:")
    path = tmp_path / "topics" / "sanctions.md"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    # The reader makes it a field of the record.
    page, problems = read_page(path, "topics")
    assert problems == [] and isinstance(page.record, ColouredTopic) and page.record.colour == "teal"
    # The check refuses a wrong value at its line, with the type's reason.
    path.write_text(text.replace("colour: teal", "colour: ' '"), encoding="utf-8")
    _, problems = read_page(path, "topics")
    assert [str(p) for p in problems] == [f"{path}:4: 'colour' must not be empty"]


def test_without_the_declaration_the_key_is_unknown(tmp_path):
    path = tmp_path / "topics" / "sanctions.md"
    path.parent.mkdir()
    path.write_text("---\nid: sanctions\nlabel: Sanctions\ncolour: teal\n---\n", encoding="utf-8")
    _, problems = read_page(path, "topics")
    assert [str(p) for p in problems] == [f"{path}:4: unknown key 'colour'"]
