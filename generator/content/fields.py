"""The types a front-matter key may have, each a small class in the manner of MkDocs' ``config_options``.

Every type has ``validate(value) -> value``, which raises ``ValidationError`` with the reason (the
caller puts the key's name in front: ``'title' must not be empty``) and returns the value as a
record holds it (lists become tuples, source items become ``Item`` records), and ``json_schema()``,
the same rule for editors. Validation and the JSON Schemas are thus one declaration.
"""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from typing import Any

from . import dates

ID_FORM = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A web address the site links to: http(s) only, so no "javascript:" or "data:" link reaches a reader.
# The JSON Schema's pattern; ``valid_url`` checks the same and that the address parses with a host.
URL_FORM = re.compile(r"^[hH][tT][tT][pP][sS]?://[^\s<>\"\\`\x00-\x1f\x7f]+$")
DAY_FORM = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Characters a browser percent-encodes in an address it is given (WHATWG URL, the path and fragment sets):
# an article's address written with them is the same address, encoded.
_BROWSER_ENCODES = {'"': "%22", "<": "%3C", ">": "%3E", "`": "%60"}


class ValidationError(ValueError):
    """A value a key may not take; the message is the reason, without the key's name."""


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


def _ident_schema() -> dict[str, Any]:
    return {"type": "string", "pattern": ID_FORM.pattern}


class FieldType:
    """One type of front-matter value. Subclasses override ``validate`` and ``json_schema``."""

    def validate(self, value: Any) -> Any:
        """The value as a record holds it; ValidationError when the key may not take it."""
        return value

    def json_schema(self) -> dict[str, Any]:
        """The JSON Schema of a value of this type."""
        return {}

    def dump(self, value: Any) -> Any:
        """A record's value back as front matter holds it (tuples as lists)."""
        return value


class Text(FieldType):
    """Text; with ``nonempty``, text that is more than white space."""

    def __init__(self, nonempty: bool = False) -> None:
        self.nonempty = nonempty

    def validate(self, value: Any) -> str:
        if not isinstance(value, str):
            raise ValidationError(f"must be text, not {type(value).__name__}")
        if self.nonempty and not value.strip():
            raise ValidationError("must not be empty")
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string"}


class Url(FieldType):
    """An http(s) address with a host (``valid_url``)."""

    def validate(self, value: Any) -> str:
        if not valid_url(value):
            raise ValidationError(f"{value!r} must be a web address starting with http:// or https://")
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": URL_FORM.pattern, "format": "uri"}


class Id(FieldType):
    """A page id: lowercase letters, digits and single hyphens."""

    def validate(self, value: Any) -> str:
        if not isinstance(value, str) or not ID_FORM.match(value):
            raise ValidationError(f"{value!r} must be lowercase letters, digits and single hyphens")
        return value

    def json_schema(self) -> dict[str, Any]:
        return _ident_schema()


class Ids(FieldType):
    """A list of page ids."""

    def validate(self, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and ID_FORM.match(v) for v in value):
            raise ValidationError("must be a list of ids (lowercase letters, digits and hyphens)")
        return tuple(value)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "items": _ident_schema()}

    def dump(self, value: Any) -> Any:
        return list(value)


class TextList(FieldType):
    """A list of non-empty texts (aliases, keywords)."""

    def validate(self, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ValidationError("must be a list of text")
        return tuple(value)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "items": {"type": "string"}}

    def dump(self, value: Any) -> Any:
        return list(value)


class Bool(FieldType):
    """true or false."""

    def validate(self, value: Any) -> bool:
        if not isinstance(value, bool):
            raise ValidationError("must be true or false")
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


class Date(FieldType):
    """A date value of ``generator.content.dates`` (a range A/B too); with ``day_only``, one day YYYY-MM-DD."""

    def __init__(self, day_only: bool = False) -> None:
        self.day_only = day_only

    def validate(self, value: Any) -> str:
        if not isinstance(value, str):
            raise ValidationError("must be a quoted date string like '2025-08-06'")
        if self.day_only and not DAY_FORM.match(value):
            raise ValidationError(f"{value!r} must be a day, YYYY-MM-DD")
        why = dates.problem(value)
        if why:
            raise ValidationError(why)
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": DAY_FORM.pattern if self.day_only else dates.PATTERN}


class Choice(FieldType):
    """One of a fixed set of words; ``wording`` is how the error names them (default: 'one of a, b')."""

    def __init__(self, choices: tuple[str, ...], wording: str | None = None) -> None:
        self.choices = choices
        self.wording = wording or f"one of {', '.join(choices)}"

    def validate(self, value: Any) -> str:
        if value not in self.choices:
            raise ValidationError(f"must be {self.wording}")
        return value

    def json_schema(self) -> dict[str, Any]:
        return {"enum": list(self.choices)}


class Items(FieldType):
    """A non-empty list of mappings, each read into ``item`` (a dataclass whose first field, ``source``,
    is an id and whose other fields are optional text)."""

    def __init__(self, item: type) -> None:
        self.item = item
        self.keys = [f.name for f in dataclasses.fields(item)]

    def validate(self, value: Any) -> tuple[Any, ...]:
        if not isinstance(value, list) or not value:
            raise ValidationError("must be a non-empty list")
        for i, item in enumerate(value, 1):
            if not isinstance(item, dict) or not isinstance(item.get("source"), str):
                raise ValidationError(f"item {i} must be a mapping with a 'source' id")
            unknown = set(item) - set(self.keys)
            if unknown:
                raise ValidationError(f"item {i} has unknown key(s): {', '.join(sorted(unknown))}")
            for k, v in item.items():
                if not isinstance(v, str):
                    raise ValidationError(f"item {i}: '{k}' must be text")
            if "date" in item and (why := dates.problem(item["date"])):
                raise ValidationError(f"item {i}: date {why}")
        return tuple(self.item(**item) for item in value)

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["source"],
                "additionalProperties": False,
                "properties": {k: _ident_schema() if k == "source" else {"type": "string"} for k in self.keys},
            },
        }

    def dump(self, value: Any) -> Any:
        # Every field of an item is text or None: read them directly (``dataclasses.asdict`` deep-copies each).
        return [{k: v for k in self.keys if (v := getattr(item, k)) is not None} for item in value]
