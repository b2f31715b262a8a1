"""The front-matter schema of every page kind, written down once.

Writing (key order), reading (types) and validation (``timeline check`` and
the MkDocs plugin) all use these declarations.
"""

from __future__ import annotations

import difflib
import re
import urllib.parse
from dataclasses import dataclass
from typing import Any

from . import dates
from .errors import Problem

ID_FORM = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A web address the site links to: http(s) only, so no "javascript:" or "data:" link reaches a reader.
# The JSON Schema's pattern; ``valid_url`` checks the same and that the address parses with a host.
URL_FORM = re.compile(r"^[hH][tT][tT][pP][sS]?://[^\s<>\"\\`\x00-\x1f\x7f]+$")
PRECISIONS = dates.PRECISIONS
SIDES = ("russia", "united-states", "ukraine", "europe", "analyst", "other")


@dataclass(frozen=True)
class Field:
    """One front-matter key: its type, whether it is required, and what it means."""

    name: str
    type: str  # str, text, url, id, ids, date, day, precision, bool, kind, side, aliases, event-/statement-sources
    required: bool
    doc: str


COMMON_TAIL = (
    Field(
        "generated",
        "str",
        False,
        "Hash of the page as the generator wrote it; a page whose content no "
        "longer matches has been edited by a person and is never overwritten.",
    ),
)

KINDS: dict[str, tuple[Field, ...]] = {
    "sources": (
        Field("id", "id", True, "Stable id, the file name without .md."),
        Field("title", "text", True, "The article's headline."),
        Field("outlet", "str", False, "Who published it."),
        Field("url", "url", False, "Where it was published, an http(s) address (only if known; never invented)."),
        Field("published", "day", True, "Publication date, YYYY-MM-DD: relative dates are resolved against it."),
        Field("language", "str", False, "Language code, e.g. en."),
        Field("file", "str", False, "The article file it was read from."),
        *COMMON_TAIL,
    ),
    "events": (
        Field("id", "id", True, "Stable id, the file name without .md."),
        Field("title", "text", True, "Who did what, in a few words."),
        Field("date", "date", True, dates.FORMS_TEXT.replace(", A/B", ", or a range A/B") + "."),
        Field("precision", "precision", True, ", ".join(PRECISIONS) + "."),
        Field("mod", "str", False, "START, MID or END for 'early', 'mid', 'late'."),
        Field("scheduled", "bool", False, "True when the event was still ahead when reported."),
        Field("review", "str", False, "Why an editor should check this event (e.g. sources disagree on the date)."),
        Field("milestone", "str", False, "Marks a turning point on the timeline, e.g. 'The Alaska summit'."),
        Field("actors", "ids", False, "Actor ids."),
        Field("topics", "ids", False, "Topic ids."),
        Field("sources", "event-sources", True, "Each reporting article: {source, date_text, date, quote}."),
        *COMMON_TAIL,
    ),
    "statements": (
        Field("id", "id", True, "Stable id, the file name without .md."),
        Field("speaker", "id", False, "Actor id of who said it (absent when unattributed)."),
        Field("speaker_text", "str", False, "The speaker as the article names them."),
        Field("role", "str", False, "The speaker's role as written in the article."),
        Field("kind", "kind", True, "direct (quoted) or indirect (reported)."),
        Field("quote", "text", True, "The words, exactly as in the first source."),
        Field("date", "date", True, "When it was said (or the publication date, see date_is_publication)."),
        Field("date_text", "str", False, "The expression the date came from."),
        Field("date_is_publication", "bool", False, "True when the date is the reporting article's date."),
        Field("topics", "ids", False, "Topic ids."),
        Field("sources", "statement-sources", True, "Each reporting article: {source, quote}."),
        *COMMON_TAIL,
    ),
    "actors": (
        Field("id", "id", True, "Lowercase-hyphenated full name: vladimir-putin."),
        Field("name", "text", True, "Full name."),
        Field("kind", "str", False, "person or body."),
        Field("side", "side", False, "russia, united-states, ukraine, europe, analyst or other."),
        Field("role", "str", False, "Office or affiliation."),
        Field("aliases", "aliases", False, "Other ways the text names them: surnames, misspellings, role phrases."),
        *COMMON_TAIL,
    ),
    "topics": (
        Field("id", "id", True, "Stable id."),
        Field("label", "text", True, "Shown on the site."),
        Field("keywords", "aliases", False, "Words that tag a statement or event with this topic."),
        *COMMON_TAIL,
    ),
}


def ordered(kind: str, meta: dict[str, Any]) -> dict[str, Any]:
    """The front matter in schema order, without empty optional values."""
    out: dict[str, Any] = {}
    for f in KINDS[kind]:
        value = meta.get(f.name)
        if value is None or (not f.required and value in ([], "", False)):
            continue
        out[f.name] = value
    return out


def valid_date(value: str) -> bool:
    """A date value in one of the forms of ``generator.dates``, or a range A/B of two of them."""
    return dates.is_valid(value)


# Characters a browser percent-encodes in an address it is given (WHATWG URL, the path and fragment sets):
# an article's address written with them is the same address, encoded.
_BROWSER_ENCODES = {'"': "%22", "<": "%3C", ">": "%3E", "`": "%60"}


def encoded_url(value: str) -> str:
    """``value`` with the characters a browser would percent-encode in it encoded, as the browser would."""
    return "".join(_BROWSER_ENCODES.get(c, c) for c in value)


def valid_url(value: object) -> bool:
    """An http(s) address with a host: any characters a URL may hold (' ( ; %41), none that end an
    HTML attribute or hide in a link (whitespace, control characters, < > " \\ `)."""
    if not isinstance(value, str) or not URL_FORM.match(value):
        return False
    try:
        parts = urllib.parse.urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _check_value(f: Field, value: Any) -> str | None:
    t = f.type
    if t in ("str", "text"):
        if not isinstance(value, str):
            return f"'{f.name}' must be text, not {type(value).__name__}"
        if t == "text" and not value.strip():
            return f"'{f.name}' must not be empty"
    elif t == "url":
        if not valid_url(value):
            return f"'{f.name}' {value!r} must be a web address starting with http:// or https://"
    elif t == "id":
        if not isinstance(value, str) or not ID_FORM.match(value):
            return f"'{f.name}' {value!r} must be lowercase letters, digits and single hyphens"
    elif t == "ids":
        if not isinstance(value, list) or not all(isinstance(v, str) and ID_FORM.match(v) for v in value):
            return f"'{f.name}' must be a list of ids (lowercase letters, digits and hyphens)"
    elif t == "aliases":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            return f"'{f.name}' must be a list of text"
    elif t == "bool":
        if not isinstance(value, bool):
            return f"'{f.name}' must be true or false"
    elif t in ("date", "day"):
        if not isinstance(value, str):
            return f"'{f.name}' must be a quoted date string like '2025-08-06'"
        if t == "day" and not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            return f"'{f.name}' {value!r} must be a day, YYYY-MM-DD"
        why = dates.problem(value)
        if why:
            return f"'{f.name}' {why}"
    elif t == "precision":
        if value not in PRECISIONS:
            return f"'{f.name}' must be one of {', '.join(PRECISIONS)}"
    elif t == "kind":
        if value not in ("direct", "indirect"):
            return f"'{f.name}' must be direct or indirect"
    elif t == "side":
        if value not in SIDES:
            return f"'{f.name}' must be one of {', '.join(SIDES)}"
    elif t in ("event-sources", "statement-sources"):
        keys = {"source", "date_text", "date", "quote"} if t == "event-sources" else {"source", "quote"}
        if not isinstance(value, list) or not value:
            return f"'{f.name}' must be a non-empty list"
        for i, item in enumerate(value, 1):
            if not isinstance(item, dict) or not isinstance(item.get("source"), str):
                return f"'{f.name}' item {i} must be a mapping with a 'source' id"
            unknown = set(item) - keys
            if unknown:
                return f"'{f.name}' item {i} has unknown key(s): {', '.join(sorted(unknown))}"
            for k, v in item.items():
                if not isinstance(v, str):
                    return f"'{f.name}' item {i}: '{k}' must be text"
            if "date" in item and (why := dates.problem(item["date"])):
                return f"'{f.name}' item {i}: date {why}"
    return None


def validate(kind: str, meta: dict[str, Any], path: str, line_of) -> list[Problem]:
    """Every problem with one page's front matter; ``line_of(key)`` gives a key's file line."""
    problems: list[Problem] = []
    fields = {f.name: f for f in KINDS[kind]}
    for key in meta:
        if key not in fields:
            near = difflib.get_close_matches(str(key), list(fields), n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            problems.append(Problem(path, line_of(key), f"unknown key '{key}'{hint}"))
    for f in fields.values():
        if f.name not in meta or meta[f.name] is None:
            if f.required:
                problems.append(Problem(path, line_of(None), f"missing required key '{f.name}'"))
            continue
        message = _check_value(f, meta[f.name])
        if message:
            problems.append(Problem(path, line_of(f.name), message))
    disagreement = _precision_disagreement(meta)
    if disagreement:
        problems.append(Problem(path, line_of("precision"), disagreement))
    return problems


def _precision_disagreement(meta: dict[str, Any]) -> str | None:
    """Why a page's ``precision`` is not that of its ``date`` (a day may be given to the hour), or None."""
    value, stated = meta.get("date"), meta.get("precision")
    if not isinstance(value, str) or stated not in PRECISIONS or not dates.is_valid(value):
        return None  # each is reported on its own
    form = dates.precision(value)
    if stated == form or (stated == "time" and form == "day"):
        return None
    return f"'precision' {stated} does not match the date {value!r}, which is a {form}"


def _json_type(f: Field) -> dict[str, Any]:
    """The JSON Schema of one field, from the same declaration validation uses."""
    t = f.type
    ident = {"type": "string", "pattern": ID_FORM.pattern}
    if t in ("str", "text"):
        return {"type": "string"}
    if t == "url":
        return {"type": "string", "pattern": URL_FORM.pattern, "format": "uri"}
    if t == "id":
        return ident
    if t == "ids":
        return {"type": "array", "items": ident}
    if t == "aliases":
        return {"type": "array", "items": {"type": "string"}}
    if t == "bool":
        return {"type": "boolean"}
    if t == "date":
        return {"type": "string", "pattern": dates.PATTERN}
    if t == "day":
        return {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    if t == "precision":
        return {"enum": list(PRECISIONS)}
    if t == "kind":
        return {"enum": ["direct", "indirect"]}
    if t == "side":
        return {"enum": list(SIDES)}
    keys = ["source", "date_text", "date", "quote"] if t == "event-sources" else ["source", "quote"]
    return {
        "type": "array",
        "minItems": 1,
        "items": {
            "type": "object",
            "required": ["source"],
            "additionalProperties": False,
            "properties": {k: ident if k == "source" else {"type": "string"} for k in keys},
        },
    }


def json_schema(kind: str) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of one page kind's front matter, for editors' completion and checks."""
    fields = KINDS[kind]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{kind}.schema.json",
        "title": f"Front matter of content/{kind}/*.md",
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in fields if f.required],
        "properties": {f.name: {**_json_type(f), "description": f.doc} for f in fields},
    }
