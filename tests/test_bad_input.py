"""A battery of bad files: each is one `path[:line]: message` line, a non-zero exit, no traceback,
and nothing in content/ changed; an ingest goes on past a bad article and writes the good ones."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

import pytest
from test_cli import timeline

from generator.articles import MAX_ARTICLE_BYTES, megabytes

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
)

# (file name, bytes, what the message must say): articles dropped into seeds/ next to good ones.
BAD_ARTICLES = [
    ("empty.md", b"", "empty"),
    ("blank.md", b"\n  \n", "empty"),
    ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    ("noise.md", bytes(range(128, 256)) * 8, "not UTF-8"),
    ("yaml.md", b"---\ntitle: [unclosed\npublished: 2025-08-07\n---\nText.\n", "yaml.md:"),
    ("unclosed.md", b"---\ntitle: T\npublished: 2025-08-07\nText on Monday.\n", "never closed"),
    ("types.md", b"---\ntitle: {a: 1}\npublished: 2025-08-07\n---\nText.\n", "title"),
    ("list-date.md", b"---\ntitle: T\npublished: [2025, 8, 7]\n---\nText.\n", "published"),
    ("feb30.md", b"---\ntitle: T\npublished: 2025-02-30\n---\nText.\n", "not a real day"),
    ("slash-id.md", b"---\nid: ../escape\ntitle: T\npublished: 2025-08-07\n---\nText.\n", "id"),
    ("space-id.md", b"---\nid: two words\ntitle: T\npublished: 2025-08-07\n---\nText.\n", "id"),
    ("bomb.md", ("---\n" + BOMB + "title: T\npublished: 2025-08-07\n---\nText.\n").encode(), "alias"),
    ("unknown.md", b"---\ntitle: T\npublishd: 2025-08-07\n---\nText.\n", "publishd"),
    ("script-url.md", b"---\ntitle: T\nurl: javascript:alert(1)\npublished: 2025-08-07\n---\nText.\n",
     "script-url.md:3: 'url'"),
    ("dup.md", b"---\nid: example-wire-envoy-meets-the-president-in-moscow\ntitle: T\npublished: 2025-08-07\n---\nX.\n",
     "already used"),
]  # fmt: skip

# Pages dropped into content/ by a contributor: `timeline check` and the build refuse them.
_EVENT = "---\nid: {id}\ntitle: T\ndate: {date}\nprecision: day\nsources:\n- source: {source}\n{extra}---\n\nBody.\n"
BAD_PAGES = [
    ("events/bad-yaml.md", "---\nid: bad-yaml\ntitle: [x\n---\n", "bad-yaml.md:3"),
    ("events/feb30.md", _EVENT.format(id="feb30", date="2025-02-30", source="{source}", extra=""), "2025-02-30"),
    ("events/mismatch.md", _EVENT.format(id="other", date="2025-08-01", source="{source}", extra=""), "file name"),
    ("events/typo.md", _EVENT.format(id="typo", date="2025-08-01", source="{source}", extra="actrs: [x]\n"),
     "did you mean 'actors'"),
    ("events/no-source.md", _EVENT.format(id="no-source", date="2025-08-01", source="nowhere", extra=""), "nowhere"),
    ("events/types.md", _EVENT.format(id="types", date="2025-08-01", source="{source}", extra="actors: 7\n"),
     "actors"),
    ("events/bomb.md", "---\n" + BOMB + "id: bomb\n---\n", "alias"),
    ("events/binary.md", "\x00\x01\x02", "binary"),
    ("events/empty.md", "", "empty"),
    ("actors/two words.md", "---\nid: two words\nname: X\n---\n", "id"),
    ("sources/script-url.md", "---\nid: script-url\ntitle: T\nurl: javascript:alert(1)\npublished: '2025-08-07'\n---\n",
     "script-url.md:4: 'url'"),
]  # fmt: skip


def _snapshot(content: Path) -> dict[str, str]:
    return {
        str(p.relative_to(content)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(content.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    from conftest import DATA, ROOT

    root = tmp_path_factory.mktemp("project")
    shutil.copytree(DATA / "tiny" / "seeds", root / "seeds")
    (root / "content" / "topics").mkdir(parents=True)
    (root / "content" / "index.md").write_text("# Tiny\n", encoding="utf-8")
    shutil.copy(ROOT / "content" / "topics" / "territory.md", root / "content" / "topics")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    assert timeline("ingest", cwd=root).returncode == 0
    return root


@pytest.fixture
def project(ingested, tmp_path) -> Path:
    shutil.copytree(ingested, tmp_path / "p")
    return tmp_path / "p"


def _assert_one_line_each(r, path_part: str, must_say: str) -> None:
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    ours = [line for line in lines if path_part in line]
    assert len(ours) == 1, lines
    assert re.match(r"^timeline: \S.*?(:\d+)?: \S", ours[0]), ours[0]
    assert must_say in ours[0], ours[0]


@pytest.mark.parametrize(("name", "data", "must_say"), BAD_ARTICLES, ids=[c[0] for c in BAD_ARTICLES])
def test_a_bad_article_is_reported_and_the_others_still_ingest(project, name, data, must_say):
    before = _snapshot(project / "content")
    (project / "seeds" / name).write_bytes(data)
    r = timeline("ingest", cwd=project)
    _assert_one_line_each(r, name, must_say)
    assert "0 added, 0 updated" in r.stdout and "1 files left out" in r.stdout
    assert _snapshot(project / "content") == before


def test_a_50_mb_article_is_refused_without_reading_it(project):
    big = project / "seeds" / "huge.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: the size is what is checked, before any read
    before = _snapshot(project / "content")
    r = timeline("ingest", cwd=project)
    _assert_one_line_each(r, "huge.txt", "50 MB")
    assert _snapshot(project / "content") == before


def test_good_articles_are_written_when_one_is_bad(tmp_path, tiny_project):
    (tiny_project / "seeds" / "broken.md").write_bytes(b"---\ntitle: T\npublished: 2025-02-30\n---\nx\n")
    r = timeline("ingest", cwd=tiny_project)
    _assert_one_line_each(r, "broken.md", "not a real day")
    assert len(list((tiny_project / "content" / "sources").glob("*.md"))) == 2
    assert list((tiny_project / "content" / "events").glob("*.md"))


@pytest.mark.parametrize(("rel", "text", "must_say"), BAD_PAGES, ids=[c[0] for c in BAD_PAGES])
def test_a_bad_page_fails_check_and_build_and_ingest_leaves_it_alone(project, rel, text, must_say):
    content = project / "content"
    source = next((content / "sources").glob("*.md")).stem
    page = content / rel
    page.write_bytes(text.replace("{source}", source).encode("utf-8"))
    before = _snapshot(content)
    name = Path(rel).name
    _assert_one_line_each(timeline("check", cwd=project), name, must_say)
    _assert_one_line_each(timeline("build", "--no-ingest", cwd=project, env={"CI": ""}), name, must_say)
    timeline("ingest", cwd=project)  # may refuse or not; it must not touch the page or the others
    assert _snapshot(content) == before
    assert not (project / "site" / "events" / Path(rel).stem).exists()


def test_the_build_refuses_a_bad_page_through_plain_mkdocs_too(project):
    (project / "content" / "events" / "feb30.md").write_text(
        _EVENT.format(id="feb30", date="2025-02-30", source="x", extra=""), encoding="utf-8"
    )
    import subprocess
    import sys

    r = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=project,
        capture_output=True,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
    )
    assert r.returncode != 0
    assert "feb30.md" in r.stderr and "2025-02-30" in r.stderr
    assert "Traceback" not in r.stderr


def test_an_article_just_past_the_size_limit_is_refused_with_its_size_and_the_limit(tiny_project):
    limit = MAX_ARTICLE_BYTES
    with (tiny_project / "seeds" / "long.md").open("wb") as f:
        f.truncate(limit + 1)  # sparse: refused on its size, before any read
    r = timeline("ingest", cwd=tiny_project)
    _assert_one_line_each(r, "long.md", f"article is {megabytes(limit)} ({limit + 1:,} bytes)")
    assert f"the limit is {megabytes(limit)} ({limit:,} bytes)" in r.stderr
    assert len(list((tiny_project / "content" / "sources").glob("*.md"))) == 2  # the other two are ingested
    assert megabytes(limit) in timeline("ingest", "--help").stdout


def test_megabytes_are_written_to_a_tenth():
    assert megabytes(50 * 1024 * 1024) == "50 MB"
    assert megabytes(10 * 1024 * 1024 + 400 * 1024) == "10.4 MB"
