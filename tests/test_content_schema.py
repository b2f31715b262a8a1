"""generator/content/schema.py: validation, key order, records and JSON Schemas, all from the declarations of
``generator.content.kinds``; every problem of a page is collected before one report. Web addresses are checked
as URLs (http or https, with a host), never by a narrow character list, and an article's address is read as a
browser would open it."""

from __future__ import annotations

import re

import pytest

from generator.content import schema
from generator.content.kinds import EventPage, EventReport
from generator.content.schema import URL_FORM, encoded_url, json_schema, valid_url

GOOD = [
    "http://en.wikinews.org/wiki/Beatles'_Apple_Corps_sues_Apple_Computer",
    "https://en.wikipedia.org/wiki/Apple_(company)",
    "https://example.org/a;b=c?q=1&r=%20x#frag",
    "https://example.org/%E2%80%93",
    "HTTPS://EXAMPLE.ORG/",
    "https://example.org:8443/path",
    "https://[2001:db8::1]/",
]
BAD = [
    "javascript:alert(1)",
    "JavaScript://example.org/%0Aalert(1)",
    "data:text/html,<b>x</b>",
    "ftp://example.org/file",
    "mailto:someone@example.org",
    "//example.org/path",
    "https://",
    "https:///path",
    "https://example.org/a b",
    "https://example.org/a\tb",
    "https://example.org/a\nb",
    "https://example.org/\x00",
    'https://example.org/"onmouseover="x',
    "https://example.org/<script>",
    "https://example.org/a\\b",
    "https://example.org:port/",
    "example.org",
    "",
]


@pytest.mark.parametrize("url", GOOD)
def test_valid_addresses_are_accepted(url):
    assert valid_url(url)
    assert re.fullmatch(json_schema("sources")["properties"]["url"]["pattern"], url)


@pytest.mark.parametrize("url", BAD)
def test_other_schemes_and_broken_addresses_are_refused(url):
    assert not valid_url(url)


def test_the_schema_pattern_is_the_one_validation_uses():
    assert json_schema("sources")["properties"]["url"]["pattern"] == URL_FORM.pattern
    assert not valid_url(None) and not valid_url(42)


def test_an_address_with_characters_a_browser_encodes_is_read_encoded():
    url = 'http://en.wikinews.org/wiki/Boeing_787_"Dreamliner"_makes_maiden_flight'
    assert encoded_url(url) == "http://en.wikinews.org/wiki/Boeing_787_%22Dreamliner%22_makes_maiden_flight"
    assert valid_url(encoded_url(url)) and not valid_url(url)
    assert encoded_url("javascript:alert(1)") == "javascript:alert(1)"  # still not http(s)


def test_a_precision_that_disagrees_with_its_date_is_refused_at_its_line():
    from generator.content.schema import validate

    def line_of(key):
        return {"precision": 4}.get(key, 1)

    base = {"id": "e", "title": "T", "sources": [{"source": "s"}]}
    assert [str(p) for p in validate("events", {**base, "date": "2025-08", "precision": "day"}, "e.md", line_of)] == [
        "e.md:4: 'precision' day does not match the date '2025-08', which is a month"
    ]
    for date, precision in (("2025-08-06", "day"), ("2025-08-06", "time"), ("2024-SU", "season"), ("199", "decade")):
        assert validate("events", {**base, "date": date, "precision": precision}, "e.md", line_of) == []


def _lines(key):
    return {"id": 2, "title": 3, "date": 4, "precision": 5, "scheduled": 6, "sources": 7, "colour": 8}.get(key, 1)


def test_every_problem_of_a_page_is_collected_in_one_report():
    meta = {
        "id": "Bad Id",
        "title": "",
        "date": "2025-02-30",
        "scheduled": "yes",
        "sources": [],
        "colour": "red",
    }
    assert [str(p) for p in schema.validate("events", meta, "e.md", _lines)] == [
        "e.md:8: unknown key 'colour'",
        "e.md:2: 'id' 'Bad Id' must be lowercase letters, digits and single hyphens",
        "e.md:3: 'title' must not be empty",
        f"e.md:4: 'date' {schema.dates.problem('2025-02-30')}",
        "e.md:1: missing required key 'precision'",
        "e.md:6: 'scheduled' must be true or false",
        "e.md:7: 'sources' must be a non-empty list",
    ]


def test_parse_gives_the_values_a_record_holds():
    meta = {
        "id": "e",
        "title": "T",
        "date": "2025-08",
        "precision": "month",
        "actors": ["a"],
        "sources": [{"source": "s"}],
    }
    values, problems = schema.parse("events", meta, "e.md", _lines)
    assert problems == []
    assert values == {
        "id": "e",
        "title": "T",
        "date": "2025-08",
        "precision": "month",
        "actors": ("a",),
        "sources": (EventReport("s"),),
    }
    assert schema.from_meta("events", meta, "events/e.md", "Body.") == EventPage(**values)
    with pytest.raises(ValueError, match="missing required key 'sources'"):
        schema.from_meta("events", {k: v for k, v in meta.items() if k != "sources"})


def test_key_order_and_empty_values_follow_the_declaration():
    meta = {"sources": [{"source": "s"}], "review": "", "actors": [], "scheduled": False, "title": "T", "id": "e"}
    assert list(schema.ordered("events", meta)) == ["id", "title", "sources"]
    assert schema.field_names("topics") == ["id", "label", "keywords", "generated"]
    assert json_schema("topics")["required"] == ["id", "label"]
