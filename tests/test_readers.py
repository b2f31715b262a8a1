"""Readers chosen by file type: each suffix has its reader, and a folder yields the files a reader reads."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from conftest import DATA
from test_cli import timeline

from generator.errors import TimelineError
from generator.readers import READERS, HtmlReader, MarkdownReader, TextReader, article_paths, read_article

PAGE = DATA / "add" / "envoy.html"


def test_each_suffix_has_its_reader():
    assert isinstance(READERS[".txt"], TextReader)
    assert isinstance(READERS[".md"], MarkdownReader)
    assert isinstance(READERS[".html"], HtmlReader)


def test_a_saved_page_is_read_like_any_article(tmp_path):
    page = tmp_path / "envoy.html"
    shutil.copy(PAGE, page)
    article = read_article(page)
    assert article.title == "Envoy meets Putin in Moscow ahead of summit"
    assert (article.outlet, article.published) == ("Example Wire", dt.date(2025, 8, 7))
    assert article.url == "https://wire.example.org/world/envoy-meets-putin"
    assert article.id == "example-wire-envoy-meets-putin-in-moscow-ahead"
    assert article.text.startswith("US special envoy Steve Witkoff met")
    assert article.path == str(page)


def test_a_page_date_given_on_the_command_line_wins(tmp_path):
    page = tmp_path / "envoy.html"
    shutil.copy(PAGE, page)
    assert read_article(page, dt.date(2025, 8, 9)).published == dt.date(2025, 8, 9)


def test_html_is_checked_as_every_article_file_is(tmp_path):
    link = tmp_path / "link.html"
    link.symlink_to(PAGE)
    with pytest.raises(TimelineError) as exc:
        read_article(link)
    assert str(exc.value) == f"{link}: is a symbolic link; an article must be a file of its own"
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    with pytest.raises(TimelineError) as exc:
        read_article(empty)
    assert str(exc.value) == f"{empty}: the file is empty"


def test_an_unknown_suffix_is_read_as_plain_text_with_its_sidecar(tmp_path):
    (tmp_path / "a.text").write_text("Talks began on Monday.\n", encoding="utf-8")
    (tmp_path / "sources.yml").write_text("a.text:\n  title: Talks\n  published: 2025-08-07\n", encoding="utf-8")
    article = read_article(tmp_path / "a.text")
    assert (article.title, article.text) == ("Talks", "Talks began on Monday.\n")


def test_a_folder_yields_the_files_a_reader_reads_in_order(tmp_path):
    for name in ("b.md", "a.txt", "c.html", "notes.docx", "sources.yml"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub.md").mkdir()
    assert [p.name for p in article_paths([tmp_path])] == ["a.txt", "b.md", "c.html"]


def test_a_markdown_article_with_toml_front_matter_is_refused(tmp_path):
    p = tmp_path / "hugo.md"
    p.write_text('+++\ntitle = "T"\npublished = 2025-08-07\n+++\nText.\n', encoding="utf-8")
    with pytest.raises(TimelineError) as exc:
        read_article(p)
    assert str(exc.value) == f"{p}:1: TOML front matter ('+++') is not read; write it as YAML between '---' lines"


# `timeline add` on saved web pages (no network): main text, title, outlet and date, ready to ingest.


def test_a_saved_page_becomes_an_article_that_ingests(tiny_project):
    r = timeline("add", str(PAGE), cwd=tiny_project)
    assert r.returncode == 0, r.stderr
    article = tiny_project / "seeds" / "example-wire-envoy-meets-putin-in-moscow-ahead.md"
    text = article.read_text(encoding="utf-8")
    front, body = text.split("\n---\n", 1)
    assert "title: Envoy meets Putin in Moscow ahead of summit" in front
    assert "outlet: Example Wire" in front and "url: https://wire.example.org/world/envoy-meets-putin" in front
    assert "published: '2025-08-07'" in front
    assert body.lstrip().startswith("US special envoy Steve Witkoff met")
    for boilerplate in ("Subscribe", "Most read", "Football", "Cookie", "All rights reserved"):
        assert boilerplate not in body
    assert "\n\n" in body.strip()  # paragraphs stay paragraphs

    x = json.loads(timeline("extract", str(article), "--json", cwd=tiny_project).stdout)
    assert any(t["text"] == "Wednesday" and t["value"] == "2025-08-06" for t in x["timexes"])
    assert any(s["speaker"] == "steve-witkoff" for s in x["statements"])
    assert timeline("ingest", cwd=tiny_project).returncode == 0


def test_adding_the_same_page_twice_never_overwrites(tiny_project):
    assert timeline("add", str(PAGE), cwd=tiny_project).returncode == 0
    article = next((tiny_project / "seeds").glob("example-wire-*.md"))
    article.write_text(article.read_text(encoding="utf-8") + "\nA maintainer's note.\n", encoding="utf-8")
    before = article.read_bytes()
    r = timeline("add", str(PAGE), cwd=tiny_project)
    assert r.returncode == 1 and "already exists" in r.stderr and "Traceback" not in r.stderr
    assert article.read_bytes() == before


def test_a_page_without_a_date_needs_published(tmp_path):
    html = PAGE.read_text(encoding="utf-8").replace("2025-08-07T09:30:00+00:00", "").replace("7 August 2025", "")
    page = tmp_path / "undated.html"
    page.write_text(html, encoding="utf-8")
    r = timeline("add", str(page), "--to", str(tmp_path / "articles"), cwd=tmp_path)
    assert r.returncode == 1
    assert (
        r.stderr.strip()
        == f"timeline: {page}: the page states no publication date; give it with --published YYYY-MM-DD"
    )
    assert not (tmp_path / "articles").exists()
    r = timeline("add", str(page), "--to", str(tmp_path / "articles"), "--published", "2025-08-08", cwd=tmp_path)
    assert r.returncode == 0
    assert "published: '2025-08-08'" in next((tmp_path / "articles").glob("*.md")).read_text(encoding="utf-8")


def test_pages_that_are_not_articles_are_refused(tmp_path):
    for name, data in (("empty.html", b""), ("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>")):
        (tmp_path / name).write_bytes(data)
        r = timeline("add", str(tmp_path / name), cwd=tmp_path)
        assert (
            r.returncode == 1 and r.stderr.startswith(f"timeline: {tmp_path / name}: ") and "Traceback" not in r.stderr
        )
    r = timeline("add", str(tmp_path / "missing.html"), cwd=tmp_path)
    assert r.returncode == 1 and "no such file" in r.stderr
    r = timeline("add", str(tmp_path), cwd=tmp_path)
    assert r.returncode == 1 and r.stderr == f"timeline: {tmp_path}: is a folder, not a file\n"
