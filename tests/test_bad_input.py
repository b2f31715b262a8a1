"""A battery of bad files: each is one `path[:line]: message` line, a non-zero exit, no traceback,
and nothing in content/ changed; an ingest goes on past a bad article and writes the good ones."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
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
    ("dup-key.md", b"---\ntitle: A\npublished: 2025-08-07\ntitle: B\n---\nText.\n",
     "dup-key.md:4: invalid YAML: duplicate key 'title'"),
    ("surrogate.md", b'---\ntitle: "Talks \\ud800"\npublished: 2025-08-07\n---\nText.\n', "lone surrogate"),
    ("deep.md", b"---\ntitle: " + b"[" * 5000 + b"]" * 5000 + b"\npublished: 2025-08-07\n---\nText.\n", "nested"),
    ("bigint.md", b"---\ntitle: T\npublished: " + b"9" * 5000 + b"\n---\nText.\n",
     "bigint.md:3: invalid YAML: a number"),
    ("long-id.md", b"---\nid: " + b"a" * 300 + b"\ntitle: T\npublished: 2025-08-07\n---\nText.\n",
     "long-id.md:2: id is 300 characters long"),
    ("index-id.md", b"---\nid: index\ntitle: T\npublished: 2025-08-07\n---\nText.\n",
     "index-id.md:2: id 'index' is reserved"),
    ("mixed.md", "---\ntitle: “Talks”\npublished: 2025-08-07\n---\nThe envoy said “yes” on Monday — at the caf".encode()
     + b"\xe9.\n", "mixed.md:5: UTF-8 text with a byte that is not UTF-8"),
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
    ("events/dup-key.md", _EVENT.format(id="dup-key", date="2025-08-01", source="{source}", extra="title: U\n"),
     "dup-key.md:8: invalid YAML: duplicate key 'title'"),
    ("events/surrogate.md", _EVENT.format(id="surrogate", date="2025-08-01", source="{source}", extra="")
     .replace("title: T", 'title: "\\udc00"'), "lone surrogate"),
    ("events/deep.md", _EVENT.format(id="deep", date="2025-08-01", source="{source}",
     extra="actors: " + "[" * 5000 + "]" * 5000 + "\n"), "nested"),
    ("events/bigint.md", _EVENT.format(id="bigint", date="2025-08-01", source="{source}",
     extra="scheduled: " + "1" * 5000 + "\n"), "bigint.md:8: invalid YAML: a number"),
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


@pytest.mark.parametrize(
    ("sidecar", "must_say"),
    [
        ("a.txt:\n  title: A\n  published: 2025-08-07\na.txt:\n  title: B\n  published: 2025-08-08\n",
         "sources.yml:4: invalid YAML: duplicate key 'a.txt'"),
        ("a.txt:\n  title: A\n  published: 2025-08-07\n  published: 2025-08-08\n",
         "sources.yml:4: invalid YAML: duplicate key 'published'"),
        ("a.txt:\n  id: index\n  title: A\n  published: 2025-08-07\n", "a.txt: id 'index' is reserved"),
    ],
    ids=["duplicate-file", "duplicate-key", "index-id"],
)  # fmt: skip
def test_a_bad_sources_yml_is_reported_and_nothing_changes(project, sidecar, must_say):
    more = project / "seeds" / "more"
    more.mkdir()
    (more / "a.txt").write_text("The envoy arrived on Monday.\n", encoding="utf-8")
    (more / "sources.yml").write_text(sidecar, encoding="utf-8")
    before = _snapshot(project / "content")
    _assert_one_line_each(timeline("ingest", "seeds/more", cwd=project), "more/", must_say)
    assert _snapshot(project / "content") == before


def test_a_300_letter_word_in_a_title_gives_pages_with_short_names(project):
    word = "x" * 300
    (project / "seeds" / "long.md").write_text(
        f"---\ntitle: Envoy {word} arrives\npublished: 2025-08-07\n---\n"
        f"Envoy Steve Witkoff {word} arrived in Moscow on Wednesday.\n",
        encoding="utf-8",
    )
    r = timeline("ingest", cwd=project)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    names = [p.name for p in (project / "content").rglob("*.md")]
    assert any(word[:40] in n for n in names)  # the article's pages were written ...
    assert max(len(n.encode()) for n in names) <= 200  # ... under names any file system takes
    assert timeline("check", cwd=project).returncode == 0


def test_a_folder_named_like_a_page_is_one_line(project):
    content = project / "content"
    (content / "events" / "notes.md").mkdir()
    (content / "events" / "notes.md" / "x.txt").write_text("x\n", encoding="utf-8")
    before = _snapshot(content)
    for args in (("check",), ("build", "--no-ingest"), ("ingest",)):
        _assert_one_line_each(timeline(*args, cwd=project), "notes.md", "a folder in events/")
    assert _snapshot(content) == before


def test_an_event_source_without_a_quote_builds(project):
    content = project / "content"
    source = next((content / "sources").glob("*.md")).stem
    (content / "events" / "no-quote.md").write_text(
        _EVENT.format(id="no-quote", date="2025-08-01", source=source, extra=""), encoding="utf-8"
    )
    r = timeline("build", "--no-ingest", cwd=project)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert (project / "site" / "events" / "no-quote" / "index.html").exists()


def test_adding_an_svg_is_one_line(project):
    svg = project / "drawing.svg"
    svg.write_text(
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        "<title>Hi</title><text>Some words here</text></svg>\n",
        encoding="utf-8",
    )
    before = _snapshot(project / "seeds")
    _assert_one_line_each(timeline("add", str(svg), cwd=project), "drawing.svg", "not a web page")
    assert _snapshot(project / "seeds") == before


def _add_an_article(project: Path) -> None:
    (project / "seeds" / "new.md").write_text(
        "---\ntitle: New talks\npublished: 2025-08-09\n---\nEnvoy Steve Witkoff arrived on Friday.\n", encoding="utf-8"
    )


def test_a_file_where_content_folders_are_is_one_line(project):
    _add_an_article(project)
    events = project / "content" / "events"
    shutil.rmtree(events)
    events.write_text("not a folder\n", encoding="utf-8")
    before = _snapshot(project / "content")
    _assert_one_line_each(timeline("ingest", cwd=project), "events", "is a file where the generator writes a folder")
    assert _snapshot(project / "content") == before
    shutil.rmtree(project / "content")
    (project / "content").write_text("not a folder\n", encoding="utf-8")
    r = timeline("ingest", cwd=project)
    assert r.returncode == 1 and "Traceback" not in r.stderr and "content" in r.stderr, r.stderr
    assert (project / "content").read_text(encoding="utf-8") == "not a folder\n"


def test_a_read_only_content_is_one_line(project):
    # Root writes through any chmod: a read-only bind mount is what really refuses it.
    content = project / "content"
    mounted = subprocess.run(["mount", "--bind", "-o", "ro", str(content), str(content)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {mounted.stderr.decode().strip()}")
    try:
        _add_an_article(project)
        before = _snapshot(content)
        _assert_one_line_each(timeline("ingest", cwd=project), "content", "cannot be written")
        assert _snapshot(content) == before
    finally:
        subprocess.run(["umount", str(content)], check=True)


def test_a_page_removed_while_it_is_read_is_a_problem_not_a_traceback(project):
    from generator.content import WriteReport, find_stale, read_page, write_page

    gone = project / "content" / "events" / "gone.md"
    page, problems = read_page(gone, "events")
    assert page is None and [str(p) for p in problems] == [f"{gone}: was removed while it was being read"]
    report = WriteReport()
    write_page(gone, "---\nid: gone\n---\n", report)  # not there when read: added
    assert report.added == [str(gone)] and gone.exists()
    gone.unlink()
    (gone.parent / "folder.md").mkdir()
    assert find_stale(gone.parent, set(), {"x"}) == []


def test_an_article_whose_name_is_not_utf8_is_one_line(project):
    name = os.fsdecode(b"caf\xe9.md")  # a Latin-1 file name, as an old archive unpacks it
    (project / "seeds" / name).write_bytes(b"---\ntitle: Cafe talks\npublished: 2025-08-07\n---\nOn Monday.\n")
    before = _snapshot(project / "content")
    _assert_one_line_each(timeline("ingest", cwd=project), "caf", "the file name is not UTF-8")
    assert _snapshot(project / "content") == before


def test_an_article_that_is_a_symbolic_link_is_refused(project, tmp_path):
    private = tmp_path / "private-notes.md"
    private.write_text("---\ntitle: Secret\npublished: 2025-08-07\n---\nThe secret plan starts on Monday.\n")
    (project / "seeds" / "link.md").symlink_to(private)
    before = _snapshot(project / "content")
    _assert_one_line_each(timeline("ingest", cwd=project), "link.md", "is a symbolic link")
    assert _snapshot(project / "content") == before


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
