from __future__ import annotations

import datetime as dt

import pytest
from test_cli import timeline

from generator.errors import TimelineError
from generator.readers import article_paths, read_article


def test_txt_with_sources_yml(seeds_dir):
    a = read_article(seeds_dir / "003_c34388011b2ea258.txt")
    assert a.published == dt.date(2025, 1, 24)
    assert a.outlet == "Izvestia"
    assert a.title.startswith("In business readiness")
    assert a.url is None  # never invented
    assert a.id == "izvestia-in-business-readiness-putin-assessed-the"


def test_md_with_front_matter(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: T\npublished: 2025-08-07\noutlet: O\n---\nBody on Monday.\n", encoding="utf-8")
    a = read_article(p)
    assert (a.title, a.published, a.text) == ("T", dt.date(2025, 8, 7), "Body on Monday.\n")


@pytest.mark.parametrize(
    "front, where, message",
    [
        ("title: T\n", "", "missing publication date"),
        ("title: T\npublished: 2025-02-30\n", ":3", "is not a real day"),
        ("title: T\npublished: yesterday\n", ":3", "'published' must be a date of the form YYYY-MM-DD"),
        ("published: 2025-08-07\n", "", "missing title"),
        ("title: T\npublished: 2025-08-07\nauthor: X\n", ":4", "unknown metadata key 'author'"),
        ("title: T\npublised: 2025-08-07\n", ":3", "'publised' (did you mean 'published'?)"),
        ("title: T\nid: 7\npublished: 2025-08-07\n", ":3", "'id' must be text"),
        ("title: [unclosed\npublished: 2025-08-07\n", ":2", "invalid YAML"),
    ],
)
def test_bad_metadata_is_an_error_naming_the_file_and_line(tmp_path, front, where, message):
    p = tmp_path / "bad.md"
    p.write_text(f"---\n{front}---\nText.\n", encoding="utf-8")
    with pytest.raises(TimelineError) as exc:
        read_article(p)
    assert str(exc.value).startswith(f"{p}{where}: ") and message in str(exc.value)


def test_encodings(tmp_path):
    p = tmp_path / "u16.md"
    p.write_bytes("---\ntitle: Ü\npublished: 2025-08-07\n---\nТекст\n".encode("utf-16"))
    assert read_article(p).text == "Текст\n"
    russian = (
        "Президент России Владимир Путин встретился с Уиткоффом 6 августа в Кремле. Переговоры длились три часа.\n"
    )
    legacy = tmp_path / "cp.md"
    legacy.write_bytes(f"---\ntitle: Встреча\npublished: 2025-08-07\n---\n{russian}".encode("cp1251"))
    article = read_article(legacy)
    assert (article.title, article.text) == ("Встреча", russian)
    western = tmp_path / "cp1252.md"
    western.write_bytes(
        "---\ntitle: T\npublished: 2025-08-07\n---\nThe café “talks” in Zürich — on Friday.\n".encode("cp1252")
    )
    assert read_article(western).text == "The café “talks” in Zürich — on Friday.\n"
    noise = tmp_path / "noise.md"
    noise.write_bytes(bytes(range(128, 256)) * 4)
    with pytest.raises(TimelineError, match="not UTF-8"):
        read_article(noise)
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    with pytest.raises(TimelineError, match="empty"):
        read_article(empty)


def test_yaml_aliases_are_refused(tmp_path):
    p = tmp_path / "bomb.md"
    p.write_text("---\ntitle: &a T\noutlet: *a\npublished: 2025-08-07\n---\nx\n", encoding="utf-8")
    with pytest.raises(TimelineError, match="aliases"):
        read_article(p)


def test_folders_expand_sorted(seeds_dir):
    names = [p.name for p in article_paths([seeds_dir])]
    assert names == sorted(names) and len(names) == 5


def test_a_publication_date_after_tomorrow_is_refused_with_its_line(tmp_path):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    ok = tmp_path / "ok.md"
    ok.write_text(f"---\ntitle: T\npublished: {tomorrow.isoformat()}\n---\nText on Monday.\n", encoding="utf-8")
    assert read_article(ok).published == tomorrow  # a day's grace for time zones ahead of ours
    for value in ("2999-01-01", (tomorrow + dt.timedelta(days=1)).isoformat()):
        late = tmp_path / "late.md"
        late.write_text(f"---\ntitle: T\npublished: {value}\n---\nText on Monday.\n", encoding="utf-8")
        with pytest.raises(TimelineError) as caught:
            read_article(late)
        assert str(caught.value) == f"{late}:3: publication date {value} is in the future"


def test_a_future_date_leaves_content_untouched(tiny_project):
    assert timeline("ingest", "seeds", cwd=tiny_project).returncode == 0
    before = {p: p.read_bytes() for p in (tiny_project / "content").rglob("*.md")}
    (tiny_project / "seeds" / "future.md").write_text("---\ntitle: T\npublished: 2999-01-01\n---\nOn Monday.\n")
    r = timeline("ingest", "seeds", cwd=tiny_project)
    assert r.returncode == 1
    last = r.stderr.strip().splitlines()[-1]
    assert last == "timeline: seeds/future.md:3: publication date 2999-01-01 is in the future"
    assert "Traceback" not in r.stderr
    assert {p: p.read_bytes() for p in (tiny_project / "content").rglob("*.md")} == before


def test_utf8_with_a_stray_byte_is_refused_not_guessed(tmp_path):
    mixed = tmp_path / "mixed.md"
    text = "---\ntitle: “Talks”\npublished: 2025-08-07\n---\nThe envoy said “yes” on Monday — in Zürich.\n"
    mixed.write_bytes(text.encode() + b"Then caf\xe9 time.\n")
    with pytest.raises(TimelineError) as exc:
        read_article(mixed)
    assert str(exc.value).startswith(f"{mixed}:6: UTF-8 text with a byte that is not UTF-8")
    # A legacy file where two bytes happen to form a UTF-8 character (С» is D1 BB) is still read whole.
    russian = "Агентство ТАСС» сообщило, что переговоры в Кремле 6 августа длились три часа.\n" * 5
    legacy = tmp_path / "cp.md"
    legacy.write_bytes(f"---\ntitle: Встреча\npublished: 2025-08-07\n---\n{russian}".encode("cp1251"))
    assert read_article(legacy).text == russian


def test_an_address_is_read_as_a_url(tmp_path):
    """Any http(s) address ("'", "(", ";", percent-escapes); '"' is read percent-encoded, as a browser opens it;
    another scheme is refused with the file and line."""
    page = tmp_path / "a.md"
    for url, read in (
        (
            "http://en.wikinews.org/wiki/Beatles'_Apple_(Corps);_x%41",
            "http://en.wikinews.org/wiki/Beatles'_Apple_(Corps);_x%41",
        ),
        ('"http://example.org/Boeing_787_\\"Dreamliner\\""', "http://example.org/Boeing_787_%22Dreamliner%22"),
    ):
        page.write_text(f"---\ntitle: T\npublished: 2025-08-07\nurl: {url}\n---\nText.\n", encoding="utf-8")
        assert read_article(page).url == read
    page.write_text("---\ntitle: T\npublished: 2025-08-07\nurl: javascript:alert(1)\n---\nText.\n", encoding="utf-8")
    with pytest.raises(TimelineError) as err:
        read_article(page)
    assert str(err.value.problems[0]).startswith(f"{page}:4: 'url'")
