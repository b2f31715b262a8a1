"""The who-said-what scorer: matching, each figure, gold checks, and the CLI on real set articles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_cli import ROOT, timeline

from generator.errors import TimelineError
from generator.eval_quotes import (
    GoldStatement,
    QuoteScores,
    SystemStatement,
    align,
    error_categories,
    read_gold,
    same_name,
    score_article,
    speaker_right,
)

SET = ROOT / "eval" / "quotes"

TEXT = '"We need more," she said. "Prices will rise." Analysts said growth was slowing. "Odd," he said.'


def span(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


SPLIT = GoldStatement(
    "direct", (span("We need more"), span("Prices will rise.")), "Mary Barra", "We need more || Prices will rise."
)
INDIRECT = GoldStatement("indirect", (span("growth was slowing"),), None, "growth was slowing")


def system(kind: str, text: str, name: str | None = None, speaker_text: str | None = None) -> SystemStatement:
    start, end = span(text)
    return SystemStatement(kind, start, end, name, speaker_text, text)


def test_a_split_quote_is_one_statement_and_its_other_half_a_fragment():
    first = system("direct", "We need more", "Mary Barra")
    second = system("direct", "Prices will rise.", "Mary Barra")
    # The larger overlap is matched first: the second half (17 characters) beats the first (12).
    matched, fragments = align([SPLIT, INDIRECT], [first, second])
    assert matched == {0: 1} and fragments == {0}


def test_overlap_must_reach_half_of_the_shorter():
    # "growth was" is 10 of the gold's 18 characters: more than half of the shorter (the system's 10).
    assert align([INDIRECT], [system("indirect", "growth was")])[0] == {0: 0}
    # "said growth" shares only "growth" (6 of 11 system characters, and the gold is longer): a match.
    assert align([INDIRECT], [system("indirect", "said growth")])[0] == {0: 0}
    # "Analysts said gr" shares 2 characters: no match.
    assert align([INDIRECT], [system("indirect", "Analysts said gr")])[0] == {}


def test_figures_for_a_split_quote_a_null_speaker_and_a_false_positive():
    scores = QuoteScores()
    found = [
        system("direct", "We need more", "Mary Barra"),
        system("direct", "Prices will rise.", "Mary Barra"),  # a fragment of the split quote
        system("indirect", "growth was slowing", "Analysts"),  # gold speaker is null: wrong
        system("direct", "Odd", None, "he"),  # not in the gold (a one-word quote): false positive
    ]
    score_article("a.md", [SPLIT, INDIRECT], found, {}, scores)
    s = scores.summary()
    assert s["documents"] == 1 and s["fragments"] == 1 and s["kind_agreement"] == 100.0
    assert (s["direct"]["gold"], s["direct"]["system"], s["direct"]["matched_system"]) == (1, 3, 2)
    assert (s["direct"]["precision"], s["direct"]["recall"], s["direct"]["f1"]) == (66.7, 100.0, 80.0)
    assert s["direct"]["speaker_accuracy"] == 100.0
    assert (s["indirect"]["precision"], s["indirect"]["recall"], s["indirect"]["speaker_accuracy"]) == (
        100.0,
        100.0,
        0.0,
    )
    assert (s["all"]["gold"], s["all"]["system"], s["all"]["matched_gold"], s["all"]["speaker_right"]) == (2, 4, 2, 1)
    assert s["all"]["precision"] == 75.0 and s["all"]["speaker_accuracy"] == 50.0
    assert scores.errors == [
        "a.md: wrong speaker for 'growth was slowing': gold None, got Analysts (speaker_text None)",
        "a.md: false positive direct 'Odd' (speaker None)",
    ]


def test_a_miss_is_listed_and_lowers_recall_only():
    scores = QuoteScores()
    score_article("a.md", [SPLIT, INDIRECT], [system("direct", "We need more", "Mary Barra")], {}, scores)
    s = scores.summary()
    assert s["indirect"]["recall"] == 0.0 and s["all"]["recall"] == 50.0 and s["all"]["precision"] == 100.0
    assert scores.errors == ["a.md: missed indirect 'growth was slowing' (speaker None)"]


def test_speaker_rule():
    gold = GoldStatement("direct", ((0, 1),), "United States Air Force", "")
    assert speaker_right(system("direct", "Odd", None, "USAF"), gold, {"United States Air Force": ["USAF"]})
    assert not speaker_right(system("direct", "Odd", None, "USAF"), gold, {})
    null = GoldStatement("direct", ((0, 1),), None, "")
    assert speaker_right(system("direct", "Odd", None, "analysts"), null, {})
    assert not speaker_right(system("direct", "Odd", "Cats Protection"), null, {})
    assert not speaker_right(system("direct", "Odd", None, "he"), SPLIT, {})
    assert same_name("President Bush", "George W. Bush") and same_name("M. Golden", "Michael R. Golden")
    assert same_name("Alabama Governor Bob Riley", "Bob Riley")
    assert same_name("William Clay Ford", "William Clay Ford Jr.")
    assert not same_name("Jane Smith", "John Smith") and not same_name("General Duncan", "Duncan McNab")


def test_a_company_legal_form_and_a_possessive_do_not_change_the_name():
    assert same_name("General Motors Corporation", "General Motors") and same_name("Apple Inc.", "Apple")
    assert same_name("Acme Corp.", "Acme") and same_name("Chrysler LLC", "Chrysler")
    assert same_name("Boeing's", "Boeing") and same_name("Reuters", "Thomson Reuters plc")
    assert not same_name("General Motors Corporation", "General Electric") and not same_name("Ford Co.", "Fiat")


def test_gold_whose_text_is_not_the_article_is_refused(tmp_path):
    gold = tmp_path / "a.yml"
    gold.write_text(
        'file: a.md\nstatements:\n  - kind: direct\n    content:\n      - {start: 1, end: 5, text: "We ne"}\n'
        "    speaker: null\n    speaker_text: null\n    cue: null\n",
        encoding="utf-8",
    )
    with pytest.raises(TimelineError, match=r"a.yml: statement 1: span 1-5 is 'We n', not its 'text'"):
        read_gold(gold, TEXT)


def test_every_gold_span_of_the_set_is_its_article_text():
    from generator.readers import read_article

    golds = sorted((SET / "gold").glob("*.yml"))
    assert len(golds) == 40
    total = 0
    for path in golds:
        total += len(read_gold(path, read_article(SET / "articles" / f"{path.stem}.md").text))
    assert total >= 150


def _two_article_set(tmp_path: Path) -> Path:
    names = ("1007169-mary-barra-appointed-as-general-motors-chief", "116834-japan-enters-recession")
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    for name in names:
        shutil.copy(SET / "articles" / f"{name}.md", tmp_path / "articles")
        shutil.copy(SET / "gold" / f"{name}.yml", tmp_path / "gold")
    shutil.copy(SET / "speakers.yml", tmp_path)
    return tmp_path


def test_cli_eval_quotes_on_two_articles(tmp_path):
    folder = _two_article_set(tmp_path)
    r = timeline("eval", "quotes", str(folder), "--errors")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    summary = json.loads(lines[-1])
    assert summary["documents"] == 2
    assert summary["direct"]["gold"] == 4 and summary["indirect"]["gold"] == 0
    assert 0 <= summary["all"]["matched_gold"] <= 4
    assert len(lines) - 1 == len([x for x in lines[:-1] if x.split(": ")[1].split()[0] in ("missed", "wrong", "false")])


def test_cli_eval_quotes_refuses_an_article_without_gold(tmp_path):
    folder = _two_article_set(tmp_path)
    (folder / "gold" / "116834-japan-enters-recession.yml").unlink()
    r = timeline("eval", "quotes", str(folder))
    article = folder / "articles" / "116834-japan-enters-recession.md"
    gold = folder / "gold" / "116834-japan-enters-recession.yml"
    assert r.returncode == 1 and r.stderr == f"timeline: {article}: has no gold annotation {gold}\n"


BODY = (
    "Mary Barra spoke on Monday.\n\n"
    '"We need more," she said. "Prices will rise."\n\n'
    'The board met. Toyota said sales fell, the report said. "Odd," he said.'
)


def gold_at(text: str, speaker: str | None, *more: str) -> GoldStatement:
    spans = tuple((BODY.index(t), BODY.index(t) + len(t)) for t in (text, *more))
    return GoldStatement("direct", spans, speaker, " || ".join((text, *more)))


def test_breakdown_categories_of_a_wrong_speaker():
    split = gold_at("We need more", "Mary Barra", "Prices will rise.")
    wrong = SystemStatement("direct", *split.spans[0], "Bob Smith", None, "We need more")
    assert error_categories(wrong, split, BODY, {}, ("Mary Barra",)) == [
        "kind: direct",
        "system: wrong",
        "gold named: earlier paragraph",
        "gold named, system: earlier paragraph, wrong",
        "gold speaker: known actor",
        "quote position: split quote",
    ]
    toyota = gold_at("sales fell", "Toyota")
    none = SystemStatement("direct", *toyota.spans[0], None, None, "sales fell")
    got = error_categories(none, toyota, BODY, {}, ())
    assert got[1:4:2] == ["system: none", "gold named, system: same sentence, none"]
    assert got[4:] == ["gold speaker: organisation (or one word)", "quote position: mid-paragraph"]
    odd = gold_at("Odd", "Jane Doe")
    got = error_categories(SystemStatement("direct", *odd.spans[0], None, "he", "Odd"), odd, BODY, {}, ())
    assert got[2] == "gold named: only as a pronoun" and got[-1] == "quote position: mid-paragraph"
    assert error_categories(none, gold_at("Odd", None), BODY, {}, ())[-1] == "gold: null"
    opening = gold_at("We need more", "Ann Lee")
    assert error_categories(none, opening, BODY, {}, ())[-1] == "quote position: paragraph-opening"


def test_breakdown_counts_only_wrong_speakers():
    scores = QuoteScores(known=("Mary Barra",))
    split = gold_at("We need more", "Mary Barra", "Prices will rise.")
    right = SystemStatement("direct", *split.spans[0], "Mary Barra", None, "We need more")
    score_article("a.md", [split], [right], {}, scores, BODY)
    assert not scores.breakdown
    score_article("b.md", [split], [SystemStatement("direct", *split.spans[0], None, None, "x")], {}, scores, BODY)
    assert scores.breakdown["system: none"] == 1 and scores.breakdown["gold speaker: known actor"] == 1


def test_cli_breakdown_prints_counts_only(tmp_path):
    folder = _two_article_set(tmp_path)
    r = timeline("eval", "quotes", str(folder), "--breakdown")
    assert r.returncode == 0, r.stderr
    first, last = r.stdout.splitlines()
    counts = json.loads(first)["speaker_errors"]
    assert all(isinstance(v, int) and ": " in k for k, v in counts.items())
    assert counts.get("system: none", 0) + counts.get("system: wrong", 0) == (
        json.loads(last)["all"]["matched_gold"] - json.loads(last)["all"]["speaker_right"]
    )
    r = timeline("eval", "timeml", str(folder), "--breakdown")
    assert r.returncode == 1 and "only 'eval quotes' takes --breakdown" in r.stderr
