"""What content/ may hold (generator/gate.py), proven with each attack in a copy of a real project:
`timeline check` exits 1 with one `path: message` line and no traceback, the plugin alone (a strict
`mkdocs build`, without the CLI's check first) refuses too, and nothing of the attack reaches site/."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import DATA, ROOT
from test_cli import timeline

from generator import gate
from generator.mkdocs_plugin import published_only

PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)
XSS = "<img src=x onerror=alert(document.domain)>"


@pytest.fixture(scope="module")
def built_project(tmp_path_factory) -> Path:
    """The tiny project, ingested and built once: a real content/ of every kind of page."""
    root = tmp_path_factory.mktemp("gate") / "project"
    shutil.copytree(DATA / "tiny" / "seeds", root / "seeds")
    (root / "content" / "topics").mkdir(parents=True)
    (root / "content" / "index.md").write_text("# Tiny\n\nA tiny timeline.\n", encoding="utf-8")
    for name in ("territory", "summit-venue"):
        shutil.copy(ROOT / "content" / "topics" / f"{name}.md", root / "content" / "topics" / f"{name}.md")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    r = timeline("build", cwd=root)
    assert r.returncode == 0, r.stderr
    return root


@pytest.fixture
def project(built_project, tmp_path) -> Path:
    """A fresh copy of the built project, without its site/."""
    copy = tmp_path / "project"
    shutil.copytree(built_project, copy, ignore=shutil.ignore_patterns("site"))
    return copy


def mkdocs_build(project: Path) -> subprocess.CompletedProcess:
    """The plugin on its own: a strict MkDocs build, with no `timeline check` before it."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, capture_output=True, text=True, env=env
    )


def first_page(project: Path, kind: str) -> Path:
    return sorted((project / "content" / kind).glob("*.md"))[0]


def _html_file(p: Path) -> list[str]:
    (p / "content" / "x.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    return ["content/x.html: a file content/ may not hold"]


def _svg(p: Path) -> list[str]:
    (p / "content" / "x.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
    (p / "content" / "images").mkdir()
    (p / "content" / "images" / "y.svg").write_text('<svg onload="alert(1)"/>')
    return ["content/x.svg: a file content/ may not hold", "content/images/y.svg: not an allowed image"]


def _theme_bundle(p: Path) -> list[str]:
    folder = p / "content" / "assets" / "javascripts"
    folder.mkdir(parents=True)
    (folder / "bundle.0000.min.js").write_text("alert(document.domain)")
    return ["content/assets: a folder content/ may not hold"]


def _nested_redirect(p: Path) -> list[str]:
    event = first_page(p, "events").stem
    (p / "content" / "events" / event).mkdir()
    (p / "content" / "events" / event / "index.md").write_text(
        "---\ntemplate: redirect.html\nlocation: https://evil.example/\n---\n"
    )
    return [f"content/events/{event}: a folder in events/"]


def _template_key(p: Path) -> list[str]:
    page = first_page(p, "sources")
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("---\n", "---\ntemplate: redirect.html\n", 1), encoding="utf-8")
    return [f"content/sources/{page.name}:2: unknown key 'template'"]


def _home_author(p: Path) -> list[str]:
    (p / "content" / "index.md").write_text("---\ntitle: Tiny\nauthor: '\"><img src=x onerror=alert(1)>'\n---\n\n# T\n")
    return ["content/index.md:3: key 'author' is not allowed on the home page"]


def _home_bomb(p: Path) -> list[str]:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + b] * 9)}]\n" for b, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    (p / "content" / "index.md").write_text(f"---\n{bomb}title: T\n---\n\n# T\n")
    return ["content/index.md:3: invalid YAML: YAML aliases (*name) are not allowed"]


def _home_multimarkdown(p: Path) -> list[str]:
    (p / "content" / "index.md").write_text("Template: redirect.html\nLocation: https://evil.example/\n\n# T\n")
    return ["content/index.md:1: 'Key: value' lines at the top are metadata to MkDocs"]


def _links(p: Path) -> list[str]:
    content = p / "content"
    (p / ".git").mkdir()
    (p / ".git" / "config").write_text("[remote]\n\turl = secret\n")
    (content / "cfg.txt").symlink_to("../.git/config")
    (content / "env.txt").symlink_to("/proc/self/environ")
    (content / "etc").symlink_to("/etc", target_is_directory=True)
    (content / "topics" / "again.md").symlink_to("territory.md")  # even a link inside content/
    (content / "images").mkdir()
    (content / "images" / "sub").symlink_to("..", target_is_directory=True)
    return [
        f"content/{name}: a symbolic link" for name in ("cfg.txt", "env.txt", "etc", "topics/again.md", "images/sub")
    ]


def test_ingest_never_writes_into_a_linked_folder(project, tmp_path):
    """`timeline build` ingests before it checks: a content/events/ that is a link elsewhere is refused
    before anything is written through it."""
    elsewhere = tmp_path / "elsewhere"
    (project / "content" / "events").rename(elsewhere)
    (project / "content" / "events").symlink_to(elsewhere, target_is_directory=True)
    for page in elsewhere.iterdir():
        page.unlink()
    r = timeline("build", cwd=project)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "timeline: content/events: a symbolic link" in r.stderr
    assert list(elsewhere.iterdir()) == []


def _reserved_id(p: Path) -> list[str]:
    page = first_page(p, "sources")
    text = page.read_text(encoding="utf-8").replace(f"id: {page.stem}\n", "id: index\n")
    (page.parent / "index.md").write_text(text, encoding="utf-8")
    (page.parent / "README.md").write_text(text.replace("id: index\n", "id: README\n"), encoding="utf-8")
    return ["content/sources/index.md: the id 'index' is reserved", "content/sources/README.md: the id 'README'"]


def _remote_images(p: Path) -> list[str]:
    page = first_page(p, "events")
    lines = page.read_text(encoding="utf-8").count("\n")
    body = '\n<img src="https://track.example/a.gif">\n\n![pixel](//track.example/b.gif)\n\n![c][r]\n\n[r]: http://t.example/c\n'
    page.write_text(page.read_text(encoding="utf-8") + body, encoding="utf-8")
    shown = f"content/events/{page.name}"
    return [f"{shown}:{lines + n}: a remote image" for n in (2, 4, 6)]


def _fake_image(p: Path) -> list[str]:
    (p / "content" / "images").mkdir()
    (p / "content" / "images" / "ok.png").write_bytes(PNG)
    (p / "content" / "images" / "page.png").write_text("<script>alert(1)</script>")
    return ["content/images/page.png: its bytes are not those of a png image"]


ATTACKS: dict[str, Callable[[Path], list[str]]] = {
    "html file": _html_file,
    "svg": _svg,
    "theme bundle": _theme_bundle,
    "nested redirect page": _nested_redirect,
    "template key": _template_key,
    "home page author": _home_author,
    "multimarkdown metadata": _home_multimarkdown,
    "home page yaml bomb": _home_bomb,
    "symbolic links": _links,
    "reserved id": _reserved_id,
    "remote images": _remote_images,
    "fake image": _fake_image,
}


@pytest.mark.parametrize("attack", ATTACKS, ids=list(ATTACKS))
def test_check_and_build_refuse_the_attack_and_publish_nothing(project, attack):
    expected = ATTACKS[attack](project)
    r = timeline("check", cwd=project)
    assert r.returncode == 1, r.stdout
    assert "Traceback" not in r.stderr
    lines = r.stderr.splitlines()
    assert all(re.match(r"^timeline: content/\S*(:\d+)?: \S", line) for line in lines), r.stderr
    for want in expected:
        assert any(line.startswith(f"timeline: {want}") for line in lines), (want, r.stderr)
    built = mkdocs_build(project)
    assert built.returncode != 0
    assert "Traceback" not in built.stderr
    for want in expected:
        assert want in built.stderr, (want, built.stderr)
    assert not (project / "site").exists()  # refused before MkDocs wrote (or even listed) anything
    r = timeline("build", "--no-ingest", cwd=project)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert not (project / "site").exists()


def test_allowed_images_are_published(project):
    (project / "content" / "images" / "maps").mkdir(parents=True)
    (project / "content" / "images" / "maps" / "front.png").write_bytes(PNG)
    page = first_page(project, "events")
    page.write_text(page.read_text(encoding="utf-8") + "\n![The front](../images/maps/front.png)\n")
    r = timeline("check", cwd=project)
    assert r.returncode == 0, r.stderr
    assert timeline("build", "--no-ingest", cwd=project).returncode == 0
    assert (project / "site" / "images" / "maps" / "front.png").read_bytes() == PNG


def test_the_plugin_drops_every_file_not_allowed(project):
    """Were the check skipped, MkDocs' own listing of docs_dir still loses every file the gate refuses."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    _html_file(project)
    _svg(project)
    _theme_bundle(project)
    config = load_config(str(project / "mkdocs.yml"))
    files = get_files(config)
    env = config.theme.get_env()
    files.add_files_from_theme(env, config)
    assert files.get_file_from_path("x.html") is not None  # what MkDocs would publish
    docs = Path(config.docs_dir)
    kept = published_only(files, config.docs_dir, gate.allowed_uris(gate.scan(docs), docs))
    uris = {f.src_uri for f in kept}
    assert {"x.html", "x.svg", "images/y.svg", "assets/javascripts/bundle.0000.min.js"}.isdisjoint(uris)
    assert "index.md" in uris and any(u.startswith("events/") for u in uris)
    assert any(u.startswith("assets/javascripts/bundle.") for u in uris)  # the theme's own script stays


def _poison_titles(project: Path) -> None:
    """Markup in every title a contributor or an article sets: actor, topic, source, outlet, alias, event."""
    for kind, key in (("actors", "name"), ("topics", "label"), ("sources", "title"), ("events", "title")):
        page = first_page(project, kind)
        text = page.read_text(encoding="utf-8") + "\n## A heading &lt;img src=x onerror=alert(5)&gt;\n\nText.\n"
        text = re.sub(rf"^{key}: .*$", f"{key}: 'Kremlin summit {XSS}'", text, count=1, flags=re.M)
        page.write_text(text, encoding="utf-8")
    source = first_page(project, "sources")
    text = re.sub(r"^outlet: .*$", f"outlet: 'Outlet {XSS}'", source.read_text(encoding="utf-8"), count=1, flags=re.M)
    source.write_text(text, encoding="utf-8")
    actor = first_page(project, "actors")
    actor.write_text(actor.read_text(encoding="utf-8").replace("kind: ", f"aliases:\n- 'Alias {XSS}'\nkind: ", 1))


def poisoned_site(project: Path) -> Path:
    """The project built with markup in its titles and a home page description that breaks out of <meta>."""
    _poison_titles(project)
    (project / "content" / "index.md").write_text(
        f"---\ndescription: '\"><img src=x onerror=alert(1)>'\n---\n\n# Kremlin summit {XSS.replace('<', '&lt;')}\n"
    )
    r = timeline("build", "--no-ingest", cwd=project)
    assert r.returncode == 0, r.stderr
    return project / "site"


def test_search_index_holds_titles_as_text(project):
    site = poisoned_site(project)
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    poisoned = [d for d in docs if "onerror" in d["title"]]
    assert len({d["location"].split("#")[0] for d in poisoned}) >= 4  # actor, topic, source, event (and home)
    for doc in docs:
        assert "<img" not in doc["title"] and "<img" not in doc["text"], doc
    assert any("Kremlin summit &lt;img src=x onerror" in d["title"] for d in poisoned)


def test_home_description_is_escaped(project):
    html = (poisoned_site(project) / "index.html").read_text(encoding="utf-8")
    assert '<meta name="description" content="&#34;&gt;&lt;img src=x onerror=alert(1)&gt;">' in html
    assert "<img src=x onerror" not in html


def test_contributors_classes_come_from_the_allow_list(project):
    page = first_page(project, "events")
    body = (
        '\n<div class="md-dialog md-dialog--active">Your session expired</div>\n\n'
        "A paragraph styled like the search box.\n{: .md-search__input .md-typeset }\n\n"
        '!!! warning "Kept"\n    An admonition keeps its classes.\n\n<p data-md-component="dialog">x</p>\n'
    )
    page.write_text(page.read_text(encoding="utf-8") + body, encoding="utf-8")
    assert timeline("build", "--no-ingest", cwd=project).returncode == 0
    html = (project / "site" / "events" / page.stem / "index.html").read_text(encoding="utf-8")
    article = html.split('data-md-component="content"', 1)[1].split("</article>", 1)[0]
    assert "Your session expired" in article and "md-dialog" not in article
    assert "md-search__input" not in article and 'data-md-component="dialog"' not in article
    assert '<div class="admonition warning">' in article and 'class="admonition-title"' in article


def test_an_added_page_with_markup_in_its_title_is_text_in_the_search_index(project):
    saved = project / "saved.html"
    saved.write_text(
        f"<!doctype html><html><head><title>Kremlin summit {XSS.replace('<', '&lt;')}</title></head><body><article>"
        "<p>On 6 August 2025 envoy Steve Witkoff met President Vladimir Putin in Moscow for three hours of talks.</p>"
        "<p>Officials said on Thursday that the two leaders would meet next week.</p></article></body></html>",
        encoding="utf-8",
    )
    assert timeline("add", str(saved), "--published", "2025-08-07", cwd=project).returncode == 0
    r = timeline("build", cwd=project)
    assert r.returncode == 0, r.stderr
    docs = json.loads((project / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    titles = [d["title"] for d in docs if d["location"].startswith("sources/kremlin-summit")]
    assert titles and all(t.startswith("Kremlin summit &lt;img src=x onerror") for t in titles), titles
