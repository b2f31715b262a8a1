"""`timeline add` on saved web pages (no network): main text, title, outlet and date, ready to ingest."""

from __future__ import annotations

import json

from conftest import DATA
from test_cli import timeline

PAGE = DATA / "add" / "envoy.html"


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
