"""Ingest as maintainers run it: edits survive re-ingests, and a killed ingest leaves whole pages."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT
from test_cli import timeline

from generator.content import read_page


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_an_edit_survives_three_reingests_and_nothing_else_changes(tiny_project):
    assert timeline("ingest", cwd=tiny_project).returncode == 0
    (tiny_project / ".gitignore").write_text(".timeline-cache/\nsite/\n", encoding="utf-8")  # as the project's own
    _git(tiny_project, "init", "-q")
    _git(tiny_project, "add", "-A")
    _git(tiny_project, "commit", "-qm", "generated")
    page = sorted((tiny_project / "content" / "events").glob("*.md"))[0]
    edited = page.read_bytes().replace(b"\ntitle: ", b"\ntitle: Corrected by a reader: ", 1)
    page.write_bytes(edited)
    for _ in range(3):
        r = timeline("ingest", cwd=tiny_project)
        assert r.returncode == 0 and "1 kept as edited" in r.stdout and "0 added, 0 updated" in r.stdout
        assert page.read_bytes() == edited
    status = _git(tiny_project, "status", "--porcelain").splitlines()
    assert status == [f" M content/events/{page.name}"]


def _project(root: Path, shift_days: int) -> Path:
    """The seeds with every publication date moved by ``shift_days``: most pages come out different."""
    shutil.copytree(ROOT / "seeds", root / "seeds")
    sources = root / "seeds" / "sources.yml"
    text = sources.read_text(encoding="utf-8")
    for day in ("2025-08-07", "2025-01-24", "2025-08-19"):
        moved = f"{day[:-2]}{int(day[-2:]) + shift_days:02d}"
        text = text.replace(f"published: {day}", f"published: {moved}")
    sources.write_text(text, encoding="utf-8")
    (root / "content" / "topics").mkdir(parents=True)
    for topic in (ROOT / "content" / "topics").glob("*.md"):
        shutil.copy(topic, root / "content" / "topics")
    return root


def _pages(content: Path) -> dict[str, bytes]:
    return {str(p.relative_to(content)): p.read_bytes() for p in sorted(content.rglob("*.md"))}


def test_a_killed_ingest_leaves_every_page_old_or_new(tmp_path):
    old_project, new_project = _project(tmp_path / "old", 0), _project(tmp_path / "new", 1)
    assert timeline("ingest", cwd=old_project).returncode == 0
    assert timeline("ingest", cwd=new_project).returncode == 0
    old, new = _pages(old_project / "content"), _pages(new_project / "content")
    assert sum(old.get(k) != v for k, v in new.items()) > 50  # the two runs really differ

    started = time.monotonic()
    timeline("ingest", cwd=new_project)
    full_run = time.monotonic() - started
    rng = random.Random(20250815)
    work = tmp_path / "work"
    killed = 0
    for trial in range(20):
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(old_project, work)
        shutil.copy(new_project / "seeds" / "sources.yml", work / "seeds" / "sources.yml")
        proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "ingest"], cwd=work)
        time.sleep(rng.uniform(0.1, full_run))
        proc.send_signal(signal.SIGKILL if trial % 2 else signal.SIGINT)
        killed += proc.wait() != 0
        for rel, data in _pages(work / "content").items():
            assert data in (old.get(rel), new.get(rel)), f"trial {trial}: {rel} is neither old nor new"
            kind = rel.split("/")[0]
            if kind in ("events", "statements", "sources", "actors", "topics"):
                page, problems = read_page(work / "content" / rel, kind)
                assert page is not None and not problems, problems
    assert killed >= 10  # most trials really were interrupted mid-run
    assert timeline("ingest", cwd=work).returncode == 0  # after the last kill, the next run finishes ...
    assert not list((work / "content").rglob("*.tmp"))  # ... and leaves no temporary file behind


def _children(pid: int) -> set[int]:
    """Processes whose parent is ``pid``, read from /proc."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_a_killed_ingest_leaves_no_worker_behind(tiny_project):
    from generator.fixpoint import PARALLEL_FROM

    body = (tiny_project / "seeds" / "alpha.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    for n in range(PARALLEL_FROM + 12):  # enough articles for the pool, long enough to kill it at work
        (tiny_project / "seeds" / f"more-{n}.md").write_text(
            f"---\ntitle: Talks number {n}\npublished: 2025-08-07\n---\n{body * 40}", encoding="utf-8"
        )
    proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "ingest", "--jobs", "2"], cwd=tiny_project)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers |= _children(proc.pid)
        time.sleep(0.02)
    assert len(workers) >= 2, "the pool never started"
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = [w for w in workers if _alive(w)]
    for w in survivors:  # not left running should the test fail
        os.kill(w, signal.SIGKILL)
    assert not survivors, "a pool worker outlived its ingest"


def test_the_next_ingest_removes_temporary_files_a_killed_one_left(tiny_project):
    assert timeline("ingest", cwd=tiny_project).returncode == 0
    events = tiny_project / "content" / "events"
    page = sorted(events.glob("*.md"))[0]
    left = [events / f".{page.name}.k3x_9abc.tmp", tiny_project / "content" / "sources" / ".x.md.abcdefgh.tmp"]
    others = [events / "notes.tmp", events / ".x.md.tmp", events / ".x.txt.abcdefgh.tmp"]
    for path in left:
        path.write_text("half a page", encoding="utf-8")
    r = timeline("ingest", cwd=tiny_project)
    assert r.returncode == 0 and "0 added, 0 updated" in r.stdout
    assert not any(p.exists() for p in left)  # write_atomic's own names: removed
    for path in others:
        path.write_text("half a page", encoding="utf-8")
    r = timeline("ingest", cwd=tiny_project)
    assert r.returncode == 1  # anything else is not ours to remove: content/ may not hold it
    assert all(p.exists() for p in others)
    assert all(str(p.relative_to(tiny_project)) in r.stderr for p in others)


def test_a_deleted_article_takes_its_pages_with_it_on_prune(tiny_project):
    assert timeline("ingest", "seeds", cwd=tiny_project).returncode == 0
    content = tiny_project / "content"
    before = {p.relative_to(content).as_posix() for p in content.rglob("*.md")}
    (source,) = [p for p in (content / "sources").glob("*.md") if "file: seeds/alpha.md" in p.read_text()]
    citing = [
        p.relative_to(content).as_posix()
        for folder in ("events", "statements")
        for p in (content / folder).glob("*.md")
        if f"source: {source.stem}" in p.read_text()
    ]
    assert citing
    (tiny_project / "seeds" / "alpha.md").unlink()
    r = timeline("ingest", "seeds", cwd=tiny_project)
    assert r.returncode == 0 and "stale" in r.stdout, r.stdout + r.stderr
    assert source.exists()  # reported, not removed, without --prune
    r = timeline("ingest", "seeds", "--prune", cwd=tiny_project)
    assert r.returncode == 0, r.stderr
    after = {p.relative_to(content).as_posix() for p in content.rglob("*.md")}
    assert not source.exists()
    assert not set(citing) & after
    assert after < before
    assert timeline("check", cwd=tiny_project).returncode == 0
    assert timeline("build", "--no-ingest", cwd=tiny_project).returncode == 0


def test_a_page_given_unrendered_is_written_as_render_makes_it_and_checked(tmp_path):
    from generator.content import WriteReport, render
    from generator.errors import TimelineError
    from generator.ingest import PendingPages

    content = tmp_path / "content"
    spec = ("topics", {"id": "talks", "label": "Talks"}, "")
    pending = PendingPages()
    pending.add(content / "topics" / "talks.md", spec, [])
    report = WriteReport()
    pending.write(report)
    assert (content / "topics" / "talks.md").read_text(encoding="utf-8") == render(*spec)
    assert report.added == [str(content / "topics" / "talks.md")]
    refused = PendingPages()
    event = {"id": "e", "title": "T", "date": "2025-13", "precision": "month", "sources": [{"source": "s"}]}
    refused.add(content / "events" / "e.md", ("events", event, ""), ["a.md"])
    with pytest.raises(TimelineError) as exc:
        refused.write(WriteReport())
    assert [str(p) for p in exc.value.problems] == [
        "a.md: bug: the page events/e.md would be refused (line 4: 'date' '2025-13' is not a real "
        "date (a month, like '2025-08', within the years 1-9999))"
    ]
    assert not (content / "events").exists()


def test_a_new_actors_page_says_where_its_name_came_from(tmp_path):
    """An editor fixing a speaker made by ingest sees the article and the words that named it."""
    from generator.ingest import actor_page
    from generator.model import Actor

    _, meta, body = actor_page(Actor("jane-roe", "Jane Roe"), ("daily-news-talks", "Mayor *Jane* Roe"))
    assert meta["id"] == "jane-roe"
    assert body == (
        "Jane Roe was first quoted in [daily-news-talks](../sources/daily-news-talks.md) as “Mayor \\*Jane\\* Roe”; "
        "check the name, kind, side and role, and add aliases."
    )
