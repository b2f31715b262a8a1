"""The extraction cache holds data, never code: JSON read back field by field, kept outside the checkout."""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT
from test_cli import timeline

from generator.actors import Registry
from generator.cache import ExtractionCache, cache_folder, decode_entry, encode_entry
from generator.content import load_registry
from generator.extract import extract
from generator.readers import article_paths, read_article
from generator.topics import Topics


def _seed_extractions():
    actors, topics = load_registry(ROOT / "content")
    registry, tagger = Registry(actors), Topics(topics)
    return [extract(read_article(p), registry, tagger) for p in article_paths([ROOT / "seeds"])]


def test_every_seed_extraction_round_trips_through_json_exactly():
    values = _seed_extractions()
    assert len(values) >= 5 and any(x.events and x.statements for x, _ in values)
    for value in values:
        text = encode_entry("k", value)
        assert decode_entry("k", text) == value
        assert "pickle" not in text and json.loads(text)["format"] == 1


def test_an_entry_holds_what_dataclasses_asdict_gives():
    for extraction, found in _seed_extractions():
        entry = _entry((extraction, found))
        assert entry["extraction"] == json.loads(json.dumps(dataclasses.asdict(extraction), default=str))
        assert entry["found"] == found


def _entry(value) -> dict:
    return json.loads(encode_entry("k", value))


def _damaged(entry: dict):
    """Entries of the wrong shape, each one change away from a good one."""
    x = entry["extraction"]
    yield "not json", "{"
    yield "a list", "[]"
    yield "another key", json.dumps({**entry, "key": "other"})
    yield "another format", json.dumps({**entry, "format": 0})
    yield "no article", json.dumps({**entry, "extraction": {k: v for k, v in x.items() if k != "article"}})
    yield "an extra field", json.dumps({**entry, "extraction": {**x, "code": "import os"}})
    yield (
        "a bad date",
        json.dumps({**entry, "extraction": {**x, "article": {**x["article"], "published": "2025-02-30"}}}),
    )
    event = {**x["events"][0], "start": True}  # a bool is not an int
    yield "a bool offset", json.dumps({**entry, "extraction": {**x, "events": [event]}})
    event = {**x["events"][0], "actors": "steve-witkoff"}  # text is not a list
    yield "a string list", json.dumps({**entry, "extraction": {**x, "events": [event]}})
    yield "found not text", json.dumps({**entry, "found": {"a": 1}})
    yield "deep", '{"format": 1, "key": "k", "extraction": ' + "[" * 100_000 + "]" * 100_000 + "}"
    yield "huge number", '{"format": 1, "key": "k", "extraction": ' + "9" * 5000 + "}"


def test_a_malformed_entry_is_a_miss_never_an_exception(tmp_path):
    value = next(v for v in _seed_extractions() if v[0].events)
    cache = ExtractionCache(tmp_path, code="c", folder=tmp_path / "cache")
    key = "ab" + "0" * 62
    cache.put(key, value)
    assert cache.get(key) == value and cache.hits == 1
    path = tmp_path / "cache" / "extractions" / "ab" / f"{key}.json"
    for what, text in _damaged(_entry(value)):
        path.write_text(text.replace('"key": "k"', f'"key": "{key}"'), encoding="utf-8")
        assert cache.get(key) is None, what
    path.write_bytes(b"\xff\xfe garbage")
    assert cache.get(key) is None
    assert cache.misses == len(list(_damaged(_entry(value)))) + 1


def test_the_cache_lives_in_the_users_cache_folder_keyed_by_project(tmp_path, monkeypatch):
    monkeypatch.delenv("TIMELINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    a, b = tmp_path / "a" / "project", tmp_path / "b" / "project"
    a.mkdir(parents=True), b.mkdir(parents=True)
    assert cache_folder(a).parent == tmp_path / "xdg" / "timeline"
    assert cache_folder(a) != cache_folder(b)
    assert cache_folder(a) == cache_folder(tmp_path / "a" / ".." / "a" / "project")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_folder(a).parent == tmp_path / "mine"


def _files(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_ino, p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_a_cached_reingest_writes_byte_identical_content(tiny_project):
    assert timeline("ingest", cwd=tiny_project).returncode == 0
    content = tiny_project / "content"
    first = {k: v for k, (_, v) in _files(content).items()}
    folder = cache_folder(tiny_project)
    entries = _files(folder / "extractions")
    assert entries and all(name.endswith(".json") for name in entries)
    assert not (tiny_project / ".timeline-cache").exists()  # nothing of the cache in the checkout
    for kind in ("events", "statements", "sources", "actors"):
        shutil.rmtree(content / kind)
    (folder / "manifest.json").unlink()
    r = timeline("ingest", cwd=tiny_project)
    assert r.returncode == 0 and "0 updated" in r.stdout
    assert {k: v for k, (_, v) in _files(content).items()} == first
    assert _files(folder / "extractions") == entries  # every extraction came from the cache: none was rewritten
    r = timeline("ingest", cwd=tiny_project)  # and the manifest is back: nothing to do
    assert r.returncode == 0 and "0 added, 0 updated" in r.stdout


def _payload(marker: Path) -> bytes:
    class Attack:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    return pickle.dumps(Attack())


def test_a_pickle_in_the_old_or_new_cache_never_runs(tiny_project, tmp_path):
    marker = tmp_path / "pwned"
    payload = _payload(marker)
    pickle.loads(payload)  # the payload is real: loading it runs the command
    assert marker.exists()
    marker.unlink()
    assert timeline("ingest", cwd=tiny_project).returncode == 0
    content = tiny_project / "content"
    before = _files(content)
    folder = cache_folder(tiny_project)
    for path in list((folder / "extractions").rglob("*.json")):
        path.write_bytes(payload)  # where the new cache lives, under the names it reads
        path.with_suffix(".pickle").write_bytes(payload)
        old = tiny_project / ".timeline-cache" / "extractions" / path.parent.name / path.with_suffix(".pickle").name
        old.parent.mkdir(parents=True, exist_ok=True)
        old.write_bytes(payload)  # where the old cache lived: what a pull request can add
    (folder / "manifest.json").write_bytes(payload)
    (tiny_project / ".timeline-cache" / "manifest.json").write_bytes(payload)
    r = timeline("build", cwd=tiny_project)
    assert r.returncode == 0, r.stderr
    assert not marker.exists()
    assert {k: v for k, (_, v) in _files(content).items()} == {k: v for k, (_, v) in before.items()}


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=cwd, check=True,
                   capture_output=True)  # fmt: skip


def _poison_every_entry(folder: Path) -> None:
    for path in (folder / "extractions").rglob("*.json"):
        entry = json.loads(path.read_text(encoding="utf-8"))
        for event in entry["extraction"]["events"]:
            event["title"] = "Poisoned by the cache"
        path.write_text(json.dumps(entry), encoding="utf-8")


def test_a_cache_folder_that_git_tracks_is_not_used(tiny_project):
    env = {"TIMELINE_CACHE_DIR": str(tiny_project / "cache")}
    _git(tiny_project, "init", "-q")
    assert timeline("ingest", cwd=tiny_project, env=env).returncode == 0
    (inside,) = (tiny_project / "cache").iterdir()
    _poison_every_entry(inside)
    events = tiny_project / "content" / "events"

    def ingest_events_again() -> list[str]:
        (inside / "manifest.json").unlink()
        shutil.rmtree(events)
        assert timeline("ingest", cwd=tiny_project, env=env).returncode == 0
        return [p.read_text(encoding="utf-8") for p in sorted(events.glob("*.md"))]

    # Untracked, it is the user's own cache and is used: the poisoned titles come through ...
    assert all("Poisoned by the cache" in t for t in ingest_events_again())
    # ... committed, it came with the repository and is not read.
    _git(tiny_project, "add", "-A")
    _git(tiny_project, "commit", "-qm", "a cache in the repository")
    titles = ingest_events_again()
    assert len(titles) >= 3 and not any("Poisoned" in t for t in titles)


def test_a_cache_that_cannot_be_written_only_costs_time(tiny_project, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder\n", encoding="utf-8")
    r = timeline("ingest", cwd=tiny_project, env={"TIMELINE_CACHE_DIR": str(blocked)})
    assert r.returncode == 0 and "added" in r.stdout, r.stderr
    assert len(list((tiny_project / "content" / "events").glob("*.md"))) >= 3


def test_fields_of_every_model_are_json_types():
    # A new field of a type the decoder does not know would make every entry a miss: say so here first.
    from generator import model

    allowed = {"str", "int", "bool", "str | None", "int | None", "list[str]", "dt.date", "list[Timex]",
               "list[Event]", "list[Statement]", "Article"}  # fmt: skip
    for cls in (model.Article, model.Timex, model.Event, model.Statement, model.Extraction):
        for f in dataclasses.fields(cls):
            assert f.type in allowed, (cls.__name__, f.name, f.type)


@pytest.mark.parametrize("text", ["", "null", '"x"', "1e999999"])
def test_nonsense_is_a_miss(text):
    assert decode_entry("k", text) is None
