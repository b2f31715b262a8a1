"""suppressed.yml: a generated page an editor removed stays removed, through ingest and --prune."""

from __future__ import annotations

from pathlib import Path

from test_cli import timeline


def _events(project: Path) -> list[Path]:
    return sorted((project / "content" / "events").glob("*.md"))


def test_a_suppressed_page_is_never_written_again(tiny_project):
    assert timeline("ingest", "seeds", cwd=tiny_project).returncode == 0
    junk = _events(tiny_project)[0]
    junk.unlink()
    assert timeline("ingest", "seeds", cwd=tiny_project).returncode == 0
    assert junk.exists()  # deleting alone does not keep it gone: the next ingest finds it again

    junk.unlink()
    (tiny_project / "suppressed.yml").write_text(f"- page: events/{junk.name}\n  reason: not a happening\n")
    r = timeline("ingest", "seeds", cwd=tiny_project)
    assert r.returncode == 0, r.stderr
    assert "1 suppressed" in r.stdout
    assert not junk.exists()
    assert timeline("check", cwd=tiny_project).returncode == 0
    assert timeline("build", "--no-ingest", cwd=tiny_project).returncode == 0


def test_a_suppressed_copy_left_on_disk_is_stale_and_pruned(tiny_project):
    assert timeline("ingest", "seeds", cwd=tiny_project).returncode == 0
    junk = _events(tiny_project)[0]
    (tiny_project / "suppressed.yml").write_text(f"- page: events/{junk.name}\n  reason: a duplicate\n")
    r = timeline("ingest", "seeds", cwd=tiny_project)
    assert "1 stale" in r.stdout and junk.exists()
    r = timeline("ingest", "seeds", "--prune", cwd=tiny_project)
    assert r.returncode == 0, r.stderr
    assert not junk.exists()
    assert str(junk.relative_to(tiny_project)) not in "".join(str(p) for p in _events(tiny_project))


def test_an_edited_suppressed_page_is_kept(tiny_project):
    assert timeline("ingest", "seeds", cwd=tiny_project).returncode == 0
    page = _events(tiny_project)[0]
    page.write_text(page.read_text(encoding="utf-8") + "\nAn editor's note.\n", encoding="utf-8")
    (tiny_project / "suppressed.yml").write_text(f"- page: events/{page.name}\n  reason: wrong\n")
    assert timeline("ingest", "seeds", "--prune", cwd=tiny_project).returncode == 0
    assert "An editor's note." in page.read_text(encoding="utf-8")


def test_a_bad_entry_is_a_problem_with_its_line(tiny_project):
    before = sorted(p.name for p in (tiny_project / "content").rglob("*"))
    (tiny_project / "suppressed.yml").write_text(
        "- page: events/fine.md\n  reason: ok\n- page: ../etc/passwd\n  reason: x\n- page: events/b.md\n"
    )
    for args in (("check",), ("ingest", "seeds")):
        r = timeline(*args, cwd=tiny_project)
        assert r.returncode == 1
        assert "suppressed.yml:3: 'page' '../etc/passwd' must name a page" in r.stderr
        assert "suppressed.yml:5: each entry needs exactly 'page' and 'reason'" in r.stderr
        assert "Traceback" not in r.stderr
    assert sorted(p.name for p in (tiny_project / "content").rglob("*")) == before
