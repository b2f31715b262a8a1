"""The GitHub workflows are valid against GitHub's own schema and run what the README promises."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from conftest import DATA, ROOT
from test_cli import timeline

from generator.content import read_page, render

WORKFLOWS = ROOT / ".github" / "workflows"


def test_workflows_validate_against_githubs_schema():
    files = sorted(str(p) for p in WORKFLOWS.glob("*.yml"))
    assert len(files) == 2
    r = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", *files],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def _steps(name: str) -> list[dict]:
    workflow = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def _step(name: str, step_id: str) -> dict:
    return next(step for step in _steps(name) if step.get("id") == step_id)


def test_pull_requests_are_checked_tested_and_built_strictly():
    workflow = yaml.safe_load((WORKFLOWS / "check.yml").read_text(encoding="utf-8"))
    assert "pull_request" in workflow[True]  # PyYAML reads the key `on` as True
    runs = " && ".join(step.get("run", "") for step in _steps("check.yml"))
    for command in ("timeline check", "pytest", "timeline build --no-ingest", "git status --porcelain -- content"):
        assert command in runs


def test_pages_publishes_what_the_pull_request_check_built():
    def runs(name: str) -> list[str]:
        return [step["run"] for step in _steps(name) if "run" in step and "pytest" not in step["run"]][1:]  # not pip

    assert runs("pages.yml") == runs("check.yml")
    assert [s.get("run") for s in _steps("pages.yml")].index(_step("pages.yml", "build")["run"]) < [
        s.get("uses", "").split("@")[0] for s in _steps("pages.yml")
    ].index("actions/upload-pages-artifact")


def _git(project: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=project,
        check=True,
        capture_output=True,
    )


def _run_step(project: Path, bin_dir: Path) -> subprocess.CompletedProcess:
    """The in-step check's own shell, as GitHub runs a `shell: bash` step, with `timeline` on PATH."""
    script = _step("check.yml", "content-in-step")["run"]
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", PYTHONPATH=str(ROOT))
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=project, capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


def test_the_in_step_check_fails_on_an_article_without_its_pages(tmp_path):
    project = _project(tmp_path / "project")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "timeline").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m generator.cli "$@"\n', encoding="utf-8")
    (bin_dir / "timeline").chmod(0o755)
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "the project as it is")
    r = _run_step(project, bin_dir)
    assert r.returncode == 0, r.stdout + r.stderr  # content/ is in step with seeds/

    article = sorted((DATA / "tiny" / "seeds").iterdir())[0]
    shutil.copy(article, project / "seeds" / article.name)
    _git(project, "add", "seeds")  # the article, without the pages it gives
    _git(project, "commit", "-qm", "an article")
    r = _run_step(project, bin_dir)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "::error::content/ is not what the articles give" in r.stdout
    assert "?? content/" in r.stdout  # the pages ingest would add, untracked

    _git(project, "add", "-A")  # now with its pages
    _git(project, "commit", "-qm", "its pages")
    r = _run_step(project, bin_dir)
    assert r.returncode == 0, r.stdout + r.stderr

    # A generated page the generator would now write otherwise (its text still matches its stamp: not
    # edited by hand): ingest rewrites it, and the check says so.
    path = sorted((project / "content" / "events").glob("*.md"))[0]
    page, problems = read_page(path, "events")
    assert page is not None and not problems
    path.write_text(render("events", {**page.meta, "title": "An older title"}, page.body), encoding="utf-8")
    _git(project, "commit", "-qam", "an older page")
    r = _run_step(project, bin_dir)
    assert r.returncode == 1, r.stdout + r.stderr
    assert f" M content/events/{path.name}" in r.stdout


def test_pushes_to_main_deploy_with_the_official_pages_actions():
    workflow = yaml.safe_load((WORKFLOWS / "pages.yml").read_text(encoding="utf-8"))
    assert workflow[True]["push"]["branches"] == ["main"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    uses = [step.get("uses", "").split("@")[0] for step in _steps("pages.yml")]
    assert "actions/upload-pages-artifact" in uses and "actions/deploy-pages" in uses


def _project(tmp_path: Path) -> Path:
    """A real copy of the project: articles, content/ and mkdocs.yml."""
    for name in ("seeds", "content"):
        shutil.copytree(ROOT / name, tmp_path / name)
    for name in ("mkdocs.yml", ".gitignore"):
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def _folder(site: Path, page: Path) -> str:
    """The URL path of a built page's folder, relative to the site's root: '' or 'actors/kremlin/'."""
    folder = page.parent.relative_to(site).as_posix()
    return "" if folder == "." else folder + "/"


@pytest.mark.parametrize(("repository", "address"), [
    ("someone/summit-timeline", "https://someone.github.io/summit-timeline/"),
    ("Someone/someone.github.io", "https://someone.github.io/"),  # a user's site is served at the root
    ("", None),  # off GitHub Actions: a site for the root of any server, as before
])  # fmt: skip
def test_a_build_on_github_actions_is_addressed_where_pages_serves_it(tmp_path, repository, address):
    project = _project(tmp_path)
    r = timeline("build", cwd=project, env={"GITHUB_REPOSITORY": repository})
    assert r.returncode == 0, r.stderr
    site = project / "site"
    path = urlsplit(address).path if address else "/"
    not_found = (site / "404.html").read_text(encoding="utf-8")
    assert f'href="{path}assets/stylesheets/' in not_found and f'src="{path}assets/javascripts/' in not_found
    if path != "/":
        assert 'href="/assets/' not in not_found and 'src="/assets/' not in not_found

    ns = {"a": "http://www.w3.org/2005/Atom", "s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    feed = ET.fromstring((site / "events.atom").read_bytes())
    links = [link.get("href") for link in feed.iter(f"{{{ns['a']}}}link")]
    assert len(links) == 2 + len(list((project / "content" / "events").glob("*.md")))
    pages = sorted(p for p in site.rglob("*.html") if p.name != "404.html")
    locs = [loc.text for loc in ET.parse(site / "sitemap.xml").getroot().iterfind("s:url/s:loc", ns)]
    if address:
        assert all(link.startswith(address) for link in links), links[:3]
        assert sorted(locs) == sorted(address + _folder(site, p) for p in pages)
    else:  # relative to the feed, which is at the root of the site wherever it is served
        assert all(not link.startswith(("/", "http")) for link in links), links[:3]
        assert locs == []
    for link in links[2:]:  # every entry leads to its event's page
        target = urlsplit(urljoin(address or "https://x/", link)).path.removeprefix(path)
        assert (site / target / "index.html").is_file(), link

    # Feed readers find the feed from any page, at any depth.
    for page in [*pages, site / "404.html"]:
        html = page.read_text(encoding="utf-8")
        m = re.search(r'<link rel="alternate" type="application/atom\+xml" title="[^"]+" href="([^"]+)">', html)
        assert m, page
        url = f"https://x{path}{_folder(site, page)}"
        assert urljoin(url, m[1]) == f"https://x{path}events.atom", (page, m[1])


def test_the_pages_address_comes_from_github_actions_variables(monkeypatch):
    from generator.mkdocs_plugin import pages_url

    for repository, server, address in [
        ("someone/summit-timeline", None, "https://someone.github.io/summit-timeline/"),
        ("Some-One/Summit.Timeline", "https://github.com", "https://some-one.github.io/Summit.Timeline/"),
        ("some-one/Some-One.github.io", None, "https://some-one.github.io/"),
        ("someone/summit-timeline", "https://github.example.org", None),  # Enterprise: set site_url
        ("", None, None),
        ("someone", None, None),
        ("someone/..", None, None),
        ("some one/x<y", None, None),
    ]:
        monkeypatch.setenv("GITHUB_REPOSITORY", repository)
        if server:
            monkeypatch.setenv("GITHUB_SERVER_URL", server)
        else:
            monkeypatch.delenv("GITHUB_SERVER_URL", raising=False)
        assert pages_url() == address, repository


def test_site_url_in_mkdocs_yml_wins_over_github_actions(tmp_path):
    project = _project(tmp_path)
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(f"site_url: https://timeline.example.org/\n{config}", encoding="utf-8")
    r = timeline("build", "--no-ingest", cwd=project, env={"GITHUB_REPOSITORY": "someone/summit-timeline"})
    assert r.returncode == 0, r.stderr
    assert '<link rel="self" href="https://timeline.example.org/events.atom"/>' in (
        project / "site" / "events.atom"
    ).read_text(encoding="utf-8")
    assert 'href="/assets/stylesheets/' in (project / "site" / "404.html").read_text(encoding="utf-8")
