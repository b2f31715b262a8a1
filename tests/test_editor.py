"""bench/editor.py: the editor's figures, and event recall against a gold list of happenings."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

from conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("editor", ROOT / "bench" / "editor.py")
editor = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(editor)


def _event(date: str, title: str, *quotes: tuple[str, str]) -> dict:
    return {"date": date, "title": title, "sources": [{"source": s, "quote": q} for s, q in quotes]}


EVENTS = [
    _event("2025-08-06", "Witkoff meets Putin in Moscow", ("a", "Witkoff met Putin in Moscow on Wednesday."),
           ("b", "Putin received Witkoff on Wednesday.")),
    _event("2025-08-06", "Trump says talks went well", ("a", "Trump said on Wednesday the talks went well.")),
    _event("2025-08-08", "Trump announces Alaska summit", ("c", "Trump announced on Friday a summit in Alaska.")),
]  # fmt: skip


def test_recall_counts_rows_found_at_their_date_and_tells_split_and_wrongly_merged_happenings():
    gold = [
        {"date": "2025-08-06", "anchor": "Witkoff met Putin in Moscow", "happening": "talks"},
        {"date": "2025-08-06", "anchor": "Putin received Witkoff", "happening": "talks"},
        {"date": "2025-08-06", "anchor": "Trump said on Wednesday", "happening": "talks"},
        {"date": "2025-08-07", "anchor": "Trump announced on Friday", "happening": "alaska"},
        {"date": "2025-08-09", "anchor": "the Kremlin confirmed", "happening": "venue"},
    ]
    figures, misses = editor.recall(EVENTS, gold)
    assert figures == {"gold_rows": 5, "event_recall": 60.0, "happenings_split": 1, "events_merging_two_happenings": 0}
    assert [m["anchor"] for m in misses] == ["Trump announced on Friday", "the Kremlin confirmed"]
    two = [{"date": "2025-08-06", "anchor": "Witkoff met Putin", "happening": "talks"},
           {"date": "2025-08-06", "anchor": "Putin received Witkoff", "happening": "reception"}]  # fmt: skip
    assert editor.recall(EVENTS, two)[0]["events_merging_two_happenings"] == 1


def test_a_gold_list_that_is_no_list_of_rows_is_one_line_naming_the_file(tmp_path):
    (tmp_path / "content" / "events").mkdir(parents=True)
    gold = tmp_path / "gold.yml"
    gold.write_text("date: 2025-08-06\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "editor.py"), str(tmp_path), "--gold", str(gold)],
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 1
    assert run.stderr.strip() == f"{gold}:1: the gold list must be a list of {{date, anchor, happening}} rows"


def test_the_editors_flaws_are_counted_by_class_and_fail_the_headline_rules():
    events = EVENTS + [
        _event("2025-08-09", "Two leaders met in Alaska since", ("d", "The two leaders met in Alaska since.")),
        _event("2025-08-10", "Trump called the talks “very productive", ("d", "Trump called the talks.")),
    ]
    f = editor.figures(events)
    assert f["headline_share"] == 60.0
    assert (f["titles_dangling_end"], f["titles_unclosed_quotation"], f["titles_numeral_subject"]) == (1, 1, 1)
    assert f["titles_bare_subject"] == 0


def test_round_three_flaws_are_counted_by_class():
    events = EVENTS + [
        _event("2025-08-11", "That is the line Kyiv has held", ("d", "That is the line Kyiv has held since 2022.")),
        _event("2025-08-12", "Leaders of Spain, Italy, Greece, Malta", ("d", "Leaders of Spain, Italy, … met.")),
        _event("2025-08-13", "Beijing annexed including the islands", ("d", "Beijing annexed the islands.")),
    ]
    f = editor.figures(events)
    assert f["headline_share"] == 50.0
    assert (f["titles_demonstrative_subject"], f["titles_fragment"], f["titles_broken_object"]) == (1, 1, 1)
    assert f["titles_spliced_aside"] == f["titles_no_article"] == f["titles_lead_in"] == 0
