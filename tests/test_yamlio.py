"""Strict YAML in (no aliases, no duplicate keys, no absurd nesting or numbers) and deterministic YAML out."""

from __future__ import annotations

import pytest

from generator.yamlio import MAX_DEPTH, MAX_NUMBER_DIGITS, YamlProblem, dump, load


def _problem(text: str) -> tuple[str, int | None]:
    with pytest.raises(YamlProblem) as exc:
        load(text)
    return str(exc.value), exc.value.line


def test_dates_stay_text_and_other_scalars_are_typed():
    assert load("date: 2025-08-06\nweek: 2025-W33\nn: 3\nok: true\n") == {
        "date": "2025-08-06",
        "week": "2025-W33",
        "n": 3,
        "ok": True,
    }


def test_aliases_and_duplicate_keys_are_refused_at_their_line():
    assert _problem("a: &x [1]\nb: *x\n") == ("invalid YAML: YAML aliases (*name) are not allowed", 2)
    assert _problem("a: 1\nb: 2\na: 3\n") == ("invalid YAML: duplicate key 'a'", 3)


def test_keys_are_compared_as_what_they_load_as_not_as_they_are_written():
    assert _problem('"a": 1\nb: 2\na: 3\n') == ("invalid YAML: duplicate key 'a'", 3)  # quoted or not, one key
    assert _problem("1: a\n0x1: b\n") == ("invalid YAML: duplicate key '1'", 2)  # two spellings of one number
    assert _problem("x:\n  k: 1\n  k: 2\n") == ("invalid YAML: duplicate key 'k'", 3)  # nested too
    assert load('1: a\n"1": b\n') == {1: "a", "1": "b"}  # a number and a text are two keys


def test_unclosed_constructs_are_reported_where_they_begin():
    message, line = _problem("a: 1\nb: [2, 3\nc: 4\n")
    assert message.startswith("invalid YAML: ") and line == 2


def test_documents_no_page_needs_are_refused():
    assert _problem("a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n")[0] == (
        f"invalid YAML: nested more than {MAX_DEPTH} levels deep"
    )
    assert _problem("n: " + "9" * (MAX_NUMBER_DIGITS + 1) + "\n")[0] == (
        f"invalid YAML: a number of more than {MAX_NUMBER_DIGITS} digits"
    )
    assert _problem('s: "\\ud800"\n')[0] == "invalid YAML: text with a lone surrogate (not Unicode)"


def test_dump_keeps_the_order_given_and_writes_text_as_text():
    data = {"title": "Встреча in Genève", "date": "2025-08", "note": "line one\nline two\n", "n": "12345"}
    text = dump(data)
    assert text == "title: Встреча in Genève\ndate: 2025-08\nnote: |\n  line one\n  line two\nn: '12345'\n"
    assert load(text) == data
    shared = ["x"]
    assert "&" not in dump({"a": shared, "b": shared})  # never anchors, so never aliases to refuse


def test_a_control_character_is_one_line_naming_it_and_its_line():
    # A contributor's front matter with a bell character in a title: one line of error, not libyaml's two.
    with pytest.raises(YamlProblem) as caught:
        load('id: x\ntitle: "ok\x07bell"\n')
    assert (str(caught.value), caught.value.line) == ("invalid YAML: character #x0007 is not allowed", 2)
