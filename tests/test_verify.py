"""`timeline check` refuses all the strict build refuses: links in pages' bodies, checked against a real
MkDocs build of the same project; and quotes held to the articles they cite."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_cli import timeline

from generator.verify import _checkable, body_links, link_problem


def _ingested(project: Path) -> Path:
    r = timeline("ingest", "seeds", cwd=project)
    assert r.returncode == 0, r.stderr
    return next(iter(sorted((project / "content" / "events").glob("*.md"))))


# (link target in an event page's body, whether the strict build refuses it)
LINKS = [
    ("no-such-page.md", True),
    ("../actors/nobody.md#x", True),
    ("picture.png", True),
    ("../../outside.md", True),
    ("<with space.md>", True),
    ("a%20b.md", True),
    ("../timeline.md", False),
    ("../index.md", False),
    ("../events.csv", False),
    ("../topics/territory.md", False),
    ("https://example.org/a.md", False),
    ("#an-anchor", False),
    ("../actors/", False),  # MkDocs leaves links without a suffix as they are
]


@pytest.mark.parametrize(("target", "refused"), LINKS)
def test_check_refuses_every_link_the_strict_build_refuses(tiny_project, target, refused):
    page = _ingested(tiny_project)
    lines = page.read_text(encoding="utf-8").splitlines()
    page.write_text("\n".join(lines) + f"\n\nSee [this]({target}).\n", encoding="utf-8")
    check = timeline("check", cwd=tiny_project)
    build = timeline("build", "--no-ingest", cwd=tiny_project)
    assert (check.returncode == 1) == refused, check.stdout + check.stderr
    assert (build.returncode == 1) == refused, build.stderr
    assert "Traceback" not in check.stderr + build.stderr
    if refused:
        assert re.search(rf"{re.escape(str(page.relative_to(tiny_project)))}:{len(lines) + 2}: link ", check.stderr)


def test_a_warning_the_check_cannot_see_is_printed_by_the_failing_build(tiny_project):
    _ingested(tiny_project)
    config = tiny_project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - Sources: sources/index.md\n" in text
    nav = "  - Sources: sources/index.md\n"
    config.write_text(text.replace(nav, nav + "  - Gone: gone.md\n"))
    r = timeline("build", "--no-ingest", cwd=tiny_project)
    assert r.returncode == 1
    assert "gone.md" in r.stderr  # MkDocs' own warning, not only "Aborted with 1 warnings"
    assert "Traceback" not in r.stderr


def test_links_in_code_are_not_links():
    body = "```\n[a](gone.md)\n```\n\n    [b](gone.md)\n\nThe `[c](gone.md)` form; [d](here.md).\n\n[e]: ref.md\n"
    assert list(body_links(body)) == [(7, "here.md"), (9, "ref.md")]


def test_link_resolution_follows_the_page_folder():
    known = {"events/a.md", "actors/b.md"}
    assert link_problem("a.md", "events/x.md", known) is None
    assert link_problem("../actors/b.md", "events/x.md", known) is None
    assert "no content/events/b.md" in link_problem("b.md", "events/x.md", known)
    assert "outside content/" in link_problem("../../b.md", "events/x.md", known)


def test_a_quote_not_in_its_article_is_refused_with_its_line(tiny_project):
    _ingested(tiny_project)
    statement = next(iter(sorted((tiny_project / "content" / "statements").glob("*.md"))))
    text = statement.read_text(encoding="utf-8")
    lines = text.splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith("quote:"))
    words = lines[n].split()
    lines[n] = " ".join([*words[:2], "invented", *words[2:]])
    statement.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = timeline("check", cwd=tiny_project)
    assert r.returncode == 1
    assert f"{statement.relative_to(tiny_project)}:{n + 1}: quote " in r.stderr
    assert "is not in the article it cites" in r.stderr


def test_an_unknown_actor_has_its_line_and_a_suggestion(tiny_project):
    page = _ingested(tiny_project)
    text = page.read_text(encoding="utf-8")
    actor = re.search(r"^actors:\n- (\S+)$", text, re.M)
    assert actor, text
    page.write_text(text.replace(f"- {actor[1]}\n", f"- {actor[1]}x\n", 1), encoding="utf-8")
    line = text[: actor.start(1)].count("\n") + 1
    r = timeline("check", cwd=tiny_project)
    assert r.returncode == 1
    assert f"{page.relative_to(tiny_project)}:{line}: unknown actor '{actor[1]}x'" in r.stderr
    assert f"did you mean '{actor[1]}'?" in r.stderr


def test_an_article_is_checkable_only_inside_the_project_and_through_no_link(tmp_path):
    project = tmp_path / "project"
    (project / "articles").mkdir(parents=True)
    (project / "articles" / "a.txt").write_text("words", encoding="utf-8")
    (tmp_path / "outside.txt").write_text("words", encoding="utf-8")
    (project / "linked").symlink_to(project / "articles")
    assert _checkable(project, "articles/a.txt") == project / "articles" / "a.txt"
    assert _checkable(project, "articles/../articles/a.txt") is not None  # '..' that stays inside
    assert _checkable(project, str(project / "articles" / "a.txt")) is not None  # absolute, inside
    assert _checkable(project, "../outside.txt") is None
    assert _checkable(project, "articles/../../outside.txt") is None
    assert _checkable(project, str(tmp_path / "outside.txt")) is None
    assert _checkable(project, "linked/a.txt") is None  # a symbolic link on the way
    assert _checkable(project, "articles/missing.txt") is None
    assert _checkable(project, "articles") is None  # a folder


def test_a_quote_may_leave_words_out_with_an_ellipsis_but_each_part_must_be_there_in_order():
    from generator.verify import quoted_in

    article = "“It's over,” said Joe Park, a resident. “We lost everything in the flood.”"
    assert quoted_in("It's over … We lost everything in the flood.", article)
    assert not quoted_in("We lost everything in the flood. … It's over", article)  # out of order
    assert not quoted_in("It's over … We lost nothing", article)  # a part the article does not hold
    assert not quoted_in("It's over, we lost everything", article)
