"""The command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from generator.verify import quoted_in

ROOT = Path(__file__).resolve().parent.parent


def timeline(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "generator.cli", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=300
    )


def test_extract_json_contract(tmp_path):
    r = timeline("extract", str(ROOT / "seeds" / "002_7e7e3821608cc694.txt"), "--published", "2025-08-07", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    text = (ROOT / "seeds" / "002_7e7e3821608cc694.txt").read_text(encoding="utf-8")
    assert set(out) == {"source", "timexes", "events", "statements"}
    for t in out["timexes"]:
        assert text[t["start"] : t["end"]] == t["text"]
        assert set(t) == {"start", "end", "text", "type", "value", "precision", "mod", "point"}
    wed = next(t for t in out["timexes"] if t["text"] == "Wednesday")
    assert wed["value"] == "2025-08-06"
    for s in out["statements"]:
        # the quoted words of the span: a quotation its attribution splits, its parts joined by " … "
        assert quoted_in(" ".join(s["quote"].split()), " ".join(text[s["start"] : s["end"]].split()))
        assert s["kind"] in ("direct", "indirect")
    assert any(e["date"] == "2025-05/2025-07" for e in out["events"])


def test_bad_input_is_one_line_naming_the_file_without_traceback(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: T\npublished: 2025-02-30\n---\nText\n", encoding="utf-8")
    r = timeline("extract", str(bad), "--json")
    assert r.returncode == 1
    assert r.stderr.strip() == f"timeline: {bad}:3: publication date '2025-02-30' is not a real day"
    assert "Traceback" not in r.stderr


def _subcommands() -> dict[str, list[str]]:
    """The parser's real subcommands, each with the choices of its first positional argument, if any."""
    import argparse

    from generator.cli import _parser

    (sub,) = [a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return {
        name: next((list(a.choices) for a in parser._actions if a.choices and not a.option_strings), [])
        for name, parser in sub.choices.items()
    }


def _listed(text: str, pattern: str) -> set[str]:
    """The commands named in ``text`` by lines matching ``pattern`` (its group 1 the command, 2 a choice)."""
    return {" ".join(filter(None, m.groups())) for m in re.finditer(pattern, text, re.M)}


def test_the_readme_and_the_help_list_exactly_the_parsers_commands():
    import generator.cli

    commands = _subcommands()
    expected = {f"{name} {choice}".strip() for name, choices in commands.items() for choice in choices or [""]}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert _listed(readme, r"^\| `timeline ([a-z]+)(?: ([a-z]+)\b(?![-.]))?") == expected
    assert _listed(generator.cli.__doc__, r"^timeline ([a-z]+)(?: ([a-z]+)\b(?![-.]))?") == expected
    top = timeline("--help").stdout
    for command in commands:
        assert f"    {command} " in top
        r = timeline(command, "--help")
        assert r.returncode == 0 and r.stdout.startswith(f"usage: timeline {command}")


def test_eval_timeml_on_a_tiny_annotated_file(tmp_path):
    (tmp_path / "doc.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22">2013-03-22</TIMEX3></DCT>'
        '<TEXT>Shares fell <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> and will '
        'recover <TIMEX3 tid="t2" type="DATE" value="2013-W13">next week</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    r = timeline("eval", "timeml", str(tmp_path))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.splitlines()[-1])["value_f1"] == 100.0


def test_extract_names_a_folder_given_for_a_file(tmp_path):
    r = timeline("extract", str(tmp_path))
    assert r.returncode == 1 and r.stderr == f"timeline: {tmp_path}: is a folder, not a file\n"


def test_a_long_article_shows_its_progress_in_plain_lines_when_not_on_a_terminal(tiny_project):
    from generator.extract import LONG_ARTICLE

    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    body = "\n\n".join([seeds] * (LONG_ARTICLE // len(seeds) + 1))
    front = "---\ntitle: A long article\noutlet: Example News\npublished: 2025-08-07\n---\n"
    (tiny_project / "seeds" / "long.md").write_text(front + body, encoding="utf-8")
    r = timeline("ingest", cwd=tiny_project)  # a pipe, not a terminal
    assert r.returncode == 0, r.stderr
    lines = [line for line in r.stderr.splitlines() if "long.md" in line]
    assert lines and all(line.startswith("ingest: seeds/long.md (0.") for line in lines), r.stderr
    assert "% (dates)" in lines[0] and lines[-1].endswith(": 100% (events)")
    assert "\r" not in r.stderr  # no bar
    assert not [line for line in r.stderr.splitlines() if "alpha.md" in line or "beta.txt" in line]  # short ones
    r = timeline("extract", "seeds/long.md", "--json", cwd=tiny_project)
    assert r.stderr.splitlines()[-1] == lines[-1].replace("ingest:", "extract:", 1)
