"""The front matter of every page kind, read from its declaration in ``generator.content.kinds``.

Validation (``timeline check`` and the MkDocs plugin), the JSON Schemas, the key order ingest writes
and the typed records the site reads all come from the same declarations.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import Problem
from . import dates
from .fields import ID_FORM, URL_FORM, ValidationError, encoded_url, valid_url
from .kinds import KINDS, PRECISIONS, SIDES, Key, Record, keys

__all__ = [
    "ID_FORM",
    "KINDS",
    "PRECISIONS",
    "SIDES",
    "URL_FORM",
    "encoded_url",
    "field_names",
    "from_meta",
    "json_schema",
    "ordered",
    "parse",
    "record",
    "valid_date",
    "valid_url",
    "validate",
]

LineOf = Callable[[str | None], int | None]  # a key's line in the file; None: the top of the front matter


def _keys(kind: str) -> dict[str, Key]:
    return {f.name: f.metadata["key"] for f in keys(KINDS[kind])}


def field_names(kind: str) -> list[str]:
    """The kind's front-matter keys, in the order pages are written."""
    return list(_keys(kind))


def ordered(kind: str, meta: dict[str, Any]) -> dict[str, Any]:
    """The front matter in declaration order, without empty optional values."""
    out: dict[str, Any] = {}
    for name, k in _keys(kind).items():
        value = meta.get(name)
        if value is None or (not k.required and value in ([], "", False)):
            continue
        out[name] = value
    return out


def valid_date(value: str) -> bool:
    """A date value in one of the forms of ``generator.content.dates``, or a range A/B of two of them."""
    return dates.is_valid(value)


def parse(kind: str, meta: dict[str, Any], path: str, line_of: LineOf) -> tuple[dict[str, Any], list[Problem]]:
    """Every problem with one page's front matter, all collected, and the values as its record holds them.

    ``line_of(key)`` gives a key's file line. The values are complete only when there are no problems.
    """
    problems: list[Problem] = []
    declared = _keys(kind)
    for name in meta:
        if name not in declared:
            near = difflib.get_close_matches(str(name), list(declared), n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            problems.append(Problem(path, line_of(name), f"unknown key '{name}'{hint}"))
    values: dict[str, Any] = {}
    for name, k in declared.items():
        if name not in meta or meta[name] is None:
            if k.required:
                problems.append(Problem(path, line_of(None), f"missing required key '{name}'"))
            continue
        try:
            values[name] = k.type.validate(meta[name])
        except ValidationError as exc:
            problems.append(Problem(path, line_of(name), f"'{name}' {exc}"))
    problems += [Problem(path, line_of(name), message) for name, message in KINDS[kind].cross_check(meta)]
    return values, problems


def validate(kind: str, meta: dict[str, Any], path: str, line_of: LineOf) -> list[Problem]:
    """Every problem with one page's front matter; ``line_of(key)`` gives a key's file line."""
    return parse(kind, meta, path, line_of)[1]


def record(kind: str, values: dict[str, Any], path: Path, body: str) -> Record:
    """The typed record of a page from its validated values (``parse``), its file and its body."""
    return KINDS[kind](**values, path=path, body=body)


def from_meta(kind: str, meta: dict[str, Any], path: Path | str = "", body: str = "") -> Record:
    """The record of a page whose front matter is ``meta``; ValueError with every problem when it is not valid."""
    values, problems = parse(kind, meta, str(path), lambda _key: None)
    if problems:
        raise ValueError("; ".join(p.message for p in problems))
    return record(kind, values, Path(path), body)


def json_schema(kind: str) -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of one page kind's front matter, for editors' completion and checks."""
    declared = _keys(kind)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{kind}.schema.json",
        "title": f"Front matter of content/{kind}/*.md",
        "type": "object",
        "additionalProperties": False,
        "required": [name for name, k in declared.items() if k.required],
        "properties": {name: {**k.type.json_schema(), "description": k.doc} for name, k in declared.items()},
    }
