"""One declaration per page kind: its typed record, whose fields are the front-matter keys.

Each kind is a frozen dataclass. A field declared with ``key(type, doc, ...)`` is a front-matter key:
its type (``generator.content.fields``), whether it is required, its default and its one-line doc.
Key order is declaration order. ``timeline check``, the JSON Schemas, ingest's page writer and the
site's collector all read these declarations (``generator.content.schema``), so adding a key is one
line here (and its template and tests). A kind's pages live in ``content/<kind>/<id>.md``.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from . import dates
from .fields import Bool, Choice, Date, FieldType, Id, Ids, Items, Text, TextList, Url

PRECISIONS = dates.PRECISIONS
SIDES = ("russia", "united-states", "ukraine", "europe", "analyst", "other")
GENERATED_DOC = (
    "Hash of the page as the generator wrote it; a page whose content no "
    "longer matches has been edited by a person and is never overwritten."
)


@dataclass(frozen=True)
class Key:
    """What a record field is as a front-matter key."""

    type: FieldType
    required: bool
    doc: str


def key(type_: FieldType, doc: str, *, required: bool = False, default: Any = None) -> Any:
    """Declare a record field as a front-matter key (optional keys default to None, or to ``default``)."""
    meta = {"key": Key(type_, required, doc)}
    if required:
        return dataclasses.field(metadata=meta)
    return dataclasses.field(default=default, metadata=meta)  # defaults are immutable (None, False, ())


@dataclass(frozen=True, kw_only=True)
class Record:
    """A page of ``content/``: its front matter as typed fields, its file and its Markdown body."""

    folder: ClassVar[str]  # the folder of content/ its pages live in
    path: Path = dataclasses.field(default=Path(), compare=False)
    body: str = dataclasses.field(default="", compare=False, repr=False)

    @property
    def uri(self) -> str:
        """The page's path inside content/: ``<kind>/<id>.md`` (the id rule: the file is named by the id)."""
        return uri_of(self.folder, self.id)  # type: ignore[attr-defined]

    def front_matter(self) -> dict[str, Any]:
        """The keys that are set, in declaration order, as front matter holds them."""
        out: dict[str, Any] = {}
        for f in keys(type(self)):
            value = getattr(self, f.name)
            if value is None or (not f.metadata["key"].required and value in ((), "", False)):
                continue
            out[f.name] = f.metadata["key"].type.dump(value)
        return out

    @classmethod
    def cross_check(cls, meta: dict[str, Any]) -> list[tuple[str, str]]:
        """Problems between keys, as (key, message); a key wrong on its own is left to its type. None by default."""
        return []


def uri_of(kind: str, page_id: str) -> str:
    """Where the page of ``kind`` with ``page_id`` lives inside content/."""
    return f"{kind}/{page_id}.md"


@functools.cache  # asked for every page read and written
def keys(record: type[Record]) -> tuple[dataclasses.Field, ...]:
    """The record's front-matter keys, in declaration order."""
    return tuple(f for f in dataclasses.fields(record) if "key" in f.metadata)


@dataclass(frozen=True)
class EventReport:
    """One article's report of an event."""

    source: str
    date_text: str | None = None
    date: str | None = None
    quote: str | None = None


@dataclass(frozen=True)
class StatementReport:
    """One article's report of a statement."""

    source: str
    quote: str | None = None
    context: str | None = None  # the sentences around the words in that article, from the speaker's name on


@dataclass(frozen=True, kw_only=True)
class SourcePage(Record):
    """An article the events and statements cite: ``content/sources/<id>.md``."""

    folder: ClassVar[str] = "sources"
    id: str = key(Id(), "Stable id, the file name without .md.", required=True)
    title: str = key(Text(nonempty=True), "The article's headline.", required=True)
    outlet: str | None = key(Text(), "Who published it.")
    url: str | None = key(Url(), "Where it was published, an http(s) address (only if known; never invented).")
    published: str = key(
        Date(day_only=True), "Publication date, YYYY-MM-DD: relative dates are resolved against it.", required=True
    )
    language: str | None = key(Text(), "Language code, e.g. en.")
    file: str | None = key(Text(), "The article file it was read from.")
    generated: str | None = key(Text(), GENERATED_DOC)


@dataclass(frozen=True, kw_only=True)
class EventPage(Record):
    """A dated happening, with every article that reports it: ``content/events/<id>.md``."""

    folder: ClassVar[str] = "events"
    id: str = key(Id(), "Stable id, the file name without .md.", required=True)
    title: str = key(Text(nonempty=True), "Who did what, in a few words.", required=True)
    date: str = key(Date(), dates.FORMS_TEXT.replace(", A/B", ", or a range A/B") + ".", required=True)
    precision: str = key(Choice(PRECISIONS), ", ".join(PRECISIONS) + ".", required=True)
    mod: str | None = key(Text(), "START, MID or END for 'early', 'mid', 'late'.")
    scheduled: bool = key(Bool(), "True when the event was still ahead when reported.", default=False)
    review: str | None = key(Text(), "Why an editor should check this event (e.g. sources disagree on the date).")
    milestone: str | None = key(Text(), "Marks a turning point on the timeline, e.g. 'The Alaska summit'.")
    actors: tuple[str, ...] = key(Ids(), "Actor ids.", default=())
    topics: tuple[str, ...] = key(Ids(), "Topic ids.", default=())
    sources: tuple[EventReport, ...] = key(
        Items(EventReport), "Each reporting article: {source, date_text, date, quote}.", required=True
    )
    generated: str | None = key(Text(), GENERATED_DOC)

    @classmethod
    def cross_check(cls, meta: dict[str, Any]) -> list[tuple[str, str]]:
        """The ``precision`` must be that of the ``date`` (a day may be given to the hour)."""
        value, stated = meta.get("date"), meta.get("precision")
        if not isinstance(value, str) or stated not in PRECISIONS or not dates.is_valid(value):
            return []  # each is reported on its own
        form = dates.precision(value)
        if stated == form or (stated == "time" and form == "day"):
            return []
        return [("precision", f"'precision' {stated} does not match the date {value!r}, which is a {form}")]


# Where a quote leaves words out: a quotation split by its attribution is kept as its parts joined by this ("It's
# over … We lost everything"); `timeline check` finds each part in the article, one after the other.
QUOTE_GAP = " … "


@dataclass(frozen=True, kw_only=True)
class StatementPage(Record):
    """Words attributed to a speaker, with every article that reports them: ``content/statements/<id>.md``."""

    folder: ClassVar[str] = "statements"
    id: str = key(Id(), "Stable id, the file name without .md.", required=True)
    speaker: str | None = key(Id(), "Actor id of who said it (absent when unattributed).")
    speaker_text: str | None = key(Text(), "The speaker as the article names them.")
    role: str | None = key(Text(), "The speaker's role as written in the article.")
    kind: str = key(
        Choice(("direct", "indirect"), "direct or indirect"), "direct (quoted) or indirect (reported).", required=True
    )
    quote: str = key(
        Text(nonempty=True),
        "The words, exactly as in the first source (a quotation its attribution splits: its parts joined by ' … ').",
        required=True,
    )
    date: str = key(Date(), "When it was said (or the publication date, see date_is_publication).", required=True)
    date_text: str | None = key(Text(), "The expression the date came from.")
    date_is_publication: bool = key(Bool(), "True when the date is the reporting article's date.", default=False)
    topics: tuple[str, ...] = key(Ids(), "Topic ids.", default=())
    views_other: bool = key(
        Bool(), "True when the speaker describes someone else's view, not a position of their own.", default=False
    )
    sources: tuple[StatementReport, ...] = key(
        Items(StatementReport),
        "Each reporting article: {source, quote, context}, context being the sentences around the words.",
        required=True,
    )
    generated: str | None = key(Text(), GENERATED_DOC)


@dataclass(frozen=True, kw_only=True)
class ActorPage(Record):
    """A person or body that acts or speaks: ``content/actors/<id>.md``."""

    folder: ClassVar[str] = "actors"
    id: str = key(Id(), "Lowercase-hyphenated full name: vladimir-putin.", required=True)
    name: str = key(Text(nonempty=True), "Full name.", required=True)
    kind: str | None = key(Text(), "person or body.")
    side: str | None = key(Choice(SIDES), "russia, united-states, ukraine, europe, analyst or other.")
    role: str | None = key(Text(), "Office or affiliation.")
    aliases: tuple[str, ...] = key(
        TextList(), "Other ways the text names them: surnames, misspellings, role phrases.", default=()
    )
    generated: str | None = key(Text(), GENERATED_DOC)


@dataclass(frozen=True, kw_only=True)
class TopicPage(Record):
    """A subject of dispute, with the words that tag it: ``content/topics/<id>.md``."""

    folder: ClassVar[str] = "topics"
    id: str = key(Id(), "Stable id.", required=True)
    label: str = key(Text(nonempty=True), "Shown on the site.", required=True)
    keywords: tuple[str, ...] = key(TextList(), "Words that tag a statement or event with this topic.", default=())
    generated: str | None = key(Text(), GENERATED_DOC)


# Every page kind, by the folder of content/ its pages live in, in the order listings and checks go through.
KINDS: dict[str, type[Record]] = {r.folder: r for r in (SourcePage, EventPage, StatementPage, ActorPage, TopicPage)}
