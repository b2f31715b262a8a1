"""generator/content/pages.py: pages rendered in declaration order and stamped, written atomically, kept when
edited, validated with every problem at its line, references between pages checked, stale pages found."""

from __future__ import annotations

from generator.content import WriteReport, is_untouched, load_content, read_page, render, write_page
from generator.content.schema import valid_date


def test_render_stamps_and_detects_edits(tmp_path):
    text = render("topics", {"id": "t", "label": "T", "keywords": ["a"]}, "Body.")
    assert is_untouched(text)
    assert not is_untouched(text.replace("Body.", "Edited body."))
    assert text.index("id:") < text.index("label:") < text.index("keywords:") < text.index("generated:")


def test_write_page_adds_updates_and_keeps_edits(tmp_path):
    path = tmp_path / "topics" / "t.md"
    first = render("topics", {"id": "t", "label": "T"}, "One.")
    second = render("topics", {"id": "t", "label": "T"}, "Two.")
    report = WriteReport()
    write_page(path, first, report)
    write_page(path, first, report)
    write_page(path, second, report)
    assert (len(report.added), len(report.unchanged), len(report.updated)) == (1, 1, 1)
    edited = path.read_text(encoding="utf-8").replace("Two.", "A person wrote this.")
    path.write_text(edited, encoding="utf-8")
    write_page(path, first, report)
    assert report.kept == [str(path)] and path.read_text(encoding="utf-8") == edited
    assert not list(tmp_path.glob("topics/.*.tmp"))


def test_validation_reports_every_problem_with_its_line(tmp_path):
    folder = tmp_path / "events"
    folder.mkdir()
    page = folder / "e.md"
    page.write_text(
        "---\nid: e\ntitle: T\ndate: '2025-02-30'\nprecison: day\nactors: [nobody]\n"
        "sources:\n- {source: s, quote: q}\n---\n",
        encoding="utf-8",
    )
    _, problems = read_page(page, "events")
    messages = [str(p) for p in problems]
    assert messages == [
        f"{page}:5: unknown key 'precison' (did you mean 'precision'?)",
        f"{page}:4: 'date' '2025-02-30' is not a real date (a day, like '2025-08-06', within the years 1-9999)",
        f"{page}:1: missing required key 'precision'",
    ]


def test_references_between_pages_are_checked(tmp_path):
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "e.md").write_text(
        render(
            "events",
            {
                "id": "e",
                "title": "T",
                "date": "2025-08-06",
                "precision": "day",
                "actors": ["ghost"],
                "sources": [{"source": "nowhere", "date_text": "Wednesday", "date": "2025-08-06", "quote": "q"}],
            },
            "b",
        ),
        encoding="utf-8",
    )
    _, problems = load_content(tmp_path)
    assert sorted(p.message for p in problems) == [
        "unknown actor 'ghost' (no content/actors/ghost.md)",
        "unknown source 'nowhere' (no content/sources/nowhere.md)",
    ]


def test_date_forms():
    for good in ("2025", "2025-08", "2025-08-06", "2025-W33", "2025-05/2025-07", "2017/2021"):
        assert valid_date(good), good
    for bad in ("2025-02-30", "2025-13", "2025-W54", "2025-08-06T10", "2021/2017", "August"):
        assert not valid_date(bad), bad


def test_ingest_reports_pages_it_no_longer_yields_and_prunes_only_on_request(tiny_project):
    from generator.ingest import ingest

    content = tiny_project / "content"
    ingest([tiny_project / "seeds"], content)
    page = sorted((content / "statements").glob("*.md"))[0]
    text = page.read_text(encoding="utf-8")
    # What an older extractor wrote and this one no longer does: same sources, another id.
    old = content / "statements" / "someone-else-2025-01-01-an-old-attribution.md"
    old.write_text(render("statements", {**_meta(text), "id": old.stem}, ""), encoding="utf-8")
    edited = content / "statements" / "someone-else-2025-01-02-edited-by-a-person.md"
    edited.write_text(render("statements", {**_meta(text), "id": edited.stem}, "").replace("\n\n", "\n\nNote.\n"))

    report = ingest([tiny_project / "seeds"], content)
    assert report.stale == [str(old)] and old.exists()
    report = ingest([tiny_project / "seeds"], content, prune=True)
    assert report.removed == [str(old)] and not old.exists()
    assert edited.exists() and page.read_text(encoding="utf-8") == text


def _meta(page_text: str) -> dict:
    from generator import yamlio

    return yamlio.load(page_text.split("---\n")[1])


def test_json_schemas_accept_every_shipped_page_and_reject_a_typo():
    import json
    from pathlib import Path

    from generator import yamlio
    from generator.content.schema import KINDS, json_schema

    root = Path(__file__).resolve().parent.parent
    for kind in KINDS:
        shipped = json.loads((root / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
        assert shipped == json_schema(kind)  # the files in the repository are in step with the code
    schema = json_schema("events")
    page = next((root / "content" / "events").glob("*.md")).read_text(encoding="utf-8")
    meta = yamlio.load(page.split("---\n")[1])
    assert set(schema["required"]) <= set(meta) and set(meta) <= set(schema["properties"])
    assert "titel" not in schema["properties"] and schema["additionalProperties"] is False
