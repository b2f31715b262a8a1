"""The TimeML scorer on small documents written here: counts, figures, errors and the bootstrap interval."""

from __future__ import annotations

import json

from test_cli import timeline

from generator.evaluate import Scores, bootstrap, evaluate_documents, evaluate_timeml

DOC = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}">{dct}</TIMEX3></DCT>
<TEXT>{text}</TEXT>
</TimeML>
"""


def _write(folder, name: str, dct: str, text: str) -> None:
    (folder / name).write_text(DOC.format(dct=dct, text=text), encoding="utf-8")


def test_counts_and_figures_of_a_right_a_wrong_and_a_missed_expression(tmp_path):
    _write(
        tmp_path,
        "a.tml",
        "2025-08-07",
        'Talks were held on <TIMEX3 tid="t1" type="DATE" value="2025-08-06">Wednesday</TIMEX3>.'
        ' They resume <TIMEX3 tid="t2" type="DATE" value="2025-09">next month</TIMEX3>.'
        ' The envoy left <TIMEX3 tid="t3" type="DATE" value="2025-08-01">a week ago</TIMEX3>, aides said.',
    )
    scores = evaluate_timeml(tmp_path)
    assert (scores.documents, scores.gold) == (1, 3)
    summary = scores.summary()
    assert summary["gold"] == 3 and 0 < summary["value_f1"] <= summary["relaxed_f1"] <= 100
    assert scores.value_right <= scores.relaxed_gold <= 3


def test_the_bootstrap_interval_holds_the_figure_and_is_repeatable(tmp_path):
    for day in range(1, 9):
        text = f'Ministers met on <TIMEX3 tid="t1" type="DATE" value="2025-08-0{day}">August {day}</TIMEX3>.'
        if day % 3 == 0:  # some documents the engine gets wrong: the interval has a width
            text = f'It ended <TIMEX3 tid="t1" type="DATE" value="2025-07-2{day}">that same day</TIMEX3>.'
        _write(tmp_path, f"d{day}.tml", "2025-08-09", text)
    documents = evaluate_documents(tmp_path)
    total = Scores()
    for d in documents:
        total.add(d)
    interval = bootstrap(documents, rounds=200)
    assert interval == bootstrap(documents, rounds=200)
    for name, (low, high) in interval.items():
        assert low <= total.summary()[name] <= high
    assert interval["value_f1"][0] < interval["value_f1"][1]


def test_the_cli_prints_the_interval(tmp_path):
    _write(
        tmp_path, "a.tml", "2025-08-07", 'Talks on <TIMEX3 tid="t1" type="DATE" value="2025-08-06">Wednesday</TIMEX3>.'
    )
    r = timeline("eval", "timeml", str(tmp_path), "--bootstrap")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["value_f1"] == 100.0 and out["ci95"]["value_f1"] == [100.0, 100.0]
