"""generator/content/fields.py: each type of front-matter value validates (returning the value as a record
holds it, or raising with the reason), gives its JSON Schema, and dumps back as front matter holds it."""

from __future__ import annotations

import re

import pytest

from generator.content import dates
from generator.content.fields import (
    URL_FORM,
    Bool,
    Choice,
    Date,
    Id,
    Ids,
    Items,
    Text,
    TextList,
    Url,
    ValidationError,
)
from generator.content.kinds import EventReport, StatementReport


def _reason(field_type, value) -> str:
    with pytest.raises(ValidationError) as exc:
        field_type.validate(value)
    return str(exc.value)


def test_text_and_non_empty_text():
    assert Text().validate("") == ""
    assert Text(nonempty=True).validate("Putin") == "Putin"
    assert _reason(Text(), 3) == "must be text, not int"
    assert _reason(Text(nonempty=True), "  \n") == "must not be empty"
    assert Text().json_schema() == {"type": "string"}


def test_ids_and_lists_become_tuples_and_dump_back_as_lists():
    assert Id().validate("vladimir-putin") == "vladimir-putin"
    assert _reason(Id(), "Vladimir Putin") == "'Vladimir Putin' must be lowercase letters, digits and single hyphens"
    assert _reason(Id(), "a--b").startswith("'a--b' must be")
    assert Ids().validate(["a", "b-2"]) == ("a", "b-2")
    assert Ids().dump(("a", "b-2")) == ["a", "b-2"]
    assert _reason(Ids(), "a") == "must be a list of ids (lowercase letters, digits and hyphens)"
    assert TextList().validate(["Putin", "the Kremlin leader"]) == ("Putin", "the Kremlin leader")
    assert _reason(TextList(), ["Putin", " "]) == "must be a list of text"
    assert Ids().json_schema()["items"]["pattern"] == Id().json_schema()["pattern"]


def test_bool_is_only_true_or_false():
    assert Bool().validate(False) is False
    assert _reason(Bool(), "yes") == "must be true or false"
    assert _reason(Bool(), 1) == "must be true or false"
    assert Bool().json_schema() == {"type": "boolean"}


def test_urls_are_http_addresses_with_a_host():
    assert Url().validate("https://example.org/a") == "https://example.org/a"
    assert _reason(Url(), "javascript:alert(1)") == (
        "'javascript:alert(1)' must be a web address starting with http:// or https://"
    )
    assert Url().json_schema() == {"type": "string", "pattern": URL_FORM.pattern, "format": "uri"}


def test_dates_and_days():
    assert Date().validate("2025-W33") == "2025-W33"
    assert Date().validate("2025-05/2025-07") == "2025-05/2025-07"
    assert _reason(Date(), 2025) == "must be a quoted date string like '2025-08-06'"
    assert _reason(Date(), "2025-02-30") == dates.problem("2025-02-30")
    assert _reason(Date(day_only=True), "2025-08") == "'2025-08' must be a day, YYYY-MM-DD"
    assert Date().json_schema()["pattern"] == dates.PATTERN
    assert re.fullmatch(Date(day_only=True).json_schema()["pattern"], "2025-08-07")


def test_choices_name_what_is_allowed():
    sides = Choice(("russia", "ukraine"))
    assert sides.validate("ukraine") == "ukraine"
    assert _reason(sides, "nato") == "must be one of russia, ukraine"
    assert _reason(Choice(("direct", "indirect"), "direct or indirect"), "quoted") == "must be direct or indirect"
    assert sides.json_schema() == {"enum": ["russia", "ukraine"]}


def test_source_items_become_records_and_every_item_is_checked():
    reports = Items(EventReport).validate([{"source": "bbc", "date_text": "Wednesday", "date": "2025-08-06"}])
    assert reports == (EventReport("bbc", "Wednesday", "2025-08-06"),)
    assert Items(EventReport).dump(reports) == [{"source": "bbc", "date_text": "Wednesday", "date": "2025-08-06"}]
    statements = Items(StatementReport)
    assert _reason(statements, []) == "must be a non-empty list"
    assert _reason(statements, [{"source": "a"}, {"quote": "q"}]) == "item 2 must be a mapping with a 'source' id"
    assert _reason(statements, [{"source": "a", "date": "2025"}]) == "item 1 has unknown key(s): date"
    assert _reason(statements, [{"source": "a", "quote": 5}]) == "item 1: 'quote' must be text"
    assert _reason(Items(EventReport), [{"source": "a", "date": "2025-13"}]) == (
        f"item 1: date {dates.problem('2025-13')}"
    )
    schema = Items(StatementReport).json_schema()
    assert list(schema["items"]["properties"]) == ["source", "quote", "context"] and schema["minItems"] == 1
