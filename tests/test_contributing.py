"""CONTRIBUTING.md's and README.md's examples are exactly what works: applied in order to a copy of the real
project, each passes `timeline check` as it is applied (so none refers to what the guide has not made yet), and
a re-ingest keeps every edited page byte for byte."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import ROOT
from test_cli import timeline

from generator.readers import read_article

GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE = re.compile(r"^```(?:markdown|yaml) path=(\S+)\n(.*?)^```$", re.M | re.S)
EXAMPLES = EXAMPLE.findall(GUIDE)


def _project(tmp_path: Path) -> Path:
    for name in ("seeds", "content"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)
    return tmp_path


def test_the_guide_has_an_example_for_each_task():
    folders = sorted({p.split("/")[1] if p.startswith("content/") else p.split("/")[0] for p, _ in EXAMPLES})
    assert folders == ["actors", "events", "seeds", "statements", "suppressed.yml"]


def test_the_examples_pass_check_one_by_one_and_survive_ingest(tmp_path):
    project = _project(tmp_path)
    pages = [(p, t) for p, t in EXAMPLES if p != "suppressed.yml"]
    for path, text in pages:
        if path.startswith("content/") and not path.startswith("content/actors/"):
            assert (project / path).exists(), f"{path} is not a page of the project any more"
        (project / path).write_text(text, encoding="utf-8")
        r = timeline("check", cwd=project)
        assert r.returncode == 0, f"after {path}: {r.stderr}"

    article = read_article(next(project / p for p, _ in pages if p.startswith("seeds/")))
    assert article.published.isoformat() == "2025-08-08" and article.outlet == "Example News"

    r = timeline("ingest", cwd=project)
    assert r.returncode == 0, r.stderr
    for path, text in pages:
        assert (project / path).read_text(encoding="utf-8") == text
    assert list((project / "content" / "sources").glob("example-news-kremlin-confirms-the-summit.md"))
    assert timeline("check", cwd=project).returncode == 0


def test_the_suppression_example_keeps_its_page_away(tmp_path):
    project = _project(tmp_path)
    (text,) = [t for p, t in EXAMPLES if p == "suppressed.yml"]
    (page,) = re.findall(r"page: (\S+)", text)
    assert (project / "content" / page).exists(), f"{page} is not a page of the project any more"
    (project / "suppressed.yml").write_text(text, encoding="utf-8")
    r = timeline("ingest", "--prune", cwd=project)
    assert r.returncode == 0, r.stderr
    assert not (project / "content" / page).exists()
    assert timeline("ingest", cwd=project).returncode == 0
    assert not (project / "content" / page).exists()
    assert timeline("check", cwd=project).returncode == 0


def test_the_readme_examples_are_true(tmp_path):
    project = _project(tmp_path)
    (event_path, event), *rest = EXAMPLE.findall(README)
    assert not rest
    (project / event_path).write_text(event, encoding="utf-8")
    r = timeline("check", cwd=project)
    assert r.returncode == 0, r.stderr  # the quote is in the article it cites, the ids exist

    sidecar = re.search(r"```yaml\n# seeds/sources.yml\n(.*?)```", README, re.S)[1]
    markdown = re.search(r"```markdown\n(---\n.*?)```", README, re.S)[1]
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "sources.yml").write_text(sidecar, encoding="utf-8")
    (articles / "my-article.txt").write_text("The Kremlin confirmed on Thursday that talks will go on.\n")
    (articles / "kremlin.md").write_text(markdown, encoding="utf-8")
    assert read_article(articles / "my-article.txt").outlet == "Example News"
    assert read_article(articles / "kremlin.md").published.isoformat() == "2025-08-07"


def test_the_readme_opens_with_the_two_commands_ci_runs():
    block = re.search(r"\A# [^\n]+\n\n```bash\n(.*?)```", README, re.S)
    assert block, "the README must open with its set-up commands"
    commands = block[1].strip().splitlines()
    assert commands == ["pip install -e . && timeline build", "pip install -e '.[test]' && pytest"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "--upgrade pip" not in ci and "python3.11 -m venv" in ci
    assert "README.md" in ci  # .ci/run runs the commands it reads there, not a copy of them


def _modules() -> list[str]:
    """Every module of generator/, as a path under it ("readers.py", "timex/calendar.py")."""
    package = ROOT / "generator"
    return sorted(p.relative_to(package).as_posix() for p in package.rglob("*.py") if p.name != "__init__.py")


def test_every_module_has_its_test_file():
    missing = [
        module
        for module in _modules()
        if not (ROOT / "tests" / f"test_{module.removesuffix('.py').replace('/', '_')}.py").exists()
        and not (ROOT / "tests" / f"test_{Path(module).stem}.py").exists()
    ]
    assert missing == []


def test_the_architecture_section_places_every_module():
    section = GUIDE.split("## Architecture", 1)[1].split("\n## ", 1)[0]
    placed = set(re.findall(r"`([a-z_/]+\.py)`", section))
    # Inside a row of timex/ or site/, a module may be named without its folder.
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    for folder in ("timex", "site"):
        for row in (r for r in rows if f"`{folder}/" in r):
            placed |= {f"{folder}/{m}" for m in re.findall(r"`([a-z_]+\.py)`", row)}
    assert [m for m in _modules() if m not in placed] == []
