"""bench/build.py's phase breakdown: which profiled functions count towards which phase."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent


def _bench_build():
    spec = importlib.util.spec_from_file_location("bench_build", ROOT / "bench" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_build"] = module
    spec.loader.exec_module(module)
    return module


def test_phase_seconds_adds_up_each_phase_by_file_and_function() -> None:
    build = _bench_build()
    stats = SimpleNamespace(
        stats={
            ("/venv/site-packages/markdown/core.py", 322, "convert"): (1, 1, 0.1, 1.5, {}),
            ("/venv/site-packages/jinja2/environment.py", 1275, "render"): (3, 3, 0.2, 2.0, {}),
            ("/venv/site-packages/other/environment.py", 1, "render"): (3, 3, 0.2, 9.0, {}),  # not Jinja's
            ("C:\\wt\\generator\\cli.py", 289, "_validate"): (1, 1, 0.0, 0.5, {}),
        }
    )
    found = build.phase_seconds(stats)
    assert found["Markdown conversion"] == 1.5
    assert found["theme templates (Jinja render)"] == 2.0
    assert found["timeline check (before MkDocs)"] == 0.5
    assert found["search indexing (on_page_context)"] == 0.0
    assert list(found) == [label for label, _, _ in build.PHASES]


def test_print_phases_shows_the_extra_time(capsys) -> None:
    build = _bench_build()
    build.print_phases({"Markdown conversion": 1.4}, {"Markdown conversion": 0.5})
    out = capsys.readouterr().out
    assert "Markdown conversion" in out and "+0.90" in out
