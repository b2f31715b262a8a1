"""The user cache folder of a project: one per project path, under TIMELINE_CACHE_DIR when set, never one git
tracks; and the code fingerprint every cache is keyed by."""

from __future__ import annotations

import subprocess

from generator import cache, userdirs


def test_one_folder_per_project_path_under_the_override(tmp_path, monkeypatch):
    monkeypatch.setenv(userdirs.CACHE_ENV, str(tmp_path / "cache"))
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    assert userdirs.cache_folder(a).parent == tmp_path / "cache"
    assert userdirs.cache_folder(a) != userdirs.cache_folder(b)
    assert userdirs.cache_folder(a) == cache.cache_folder(a)  # the extraction cache uses the same folder


def test_a_cache_folder_git_tracks_is_never_used(tmp_path, monkeypatch):
    project = tmp_path / "project"
    monkeypatch.setenv(userdirs.CACHE_ENV, str(project / ".cache"))
    project.mkdir()
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    folder = userdirs.cache_folder(project)
    folder.mkdir(parents=True)
    (folder / "planted.json").write_text("{}", encoding="utf-8")
    subprocess.run(["git", "-C", str(project), "add", "-f", "."], check=True)
    assert userdirs.cache_folder(project) is None


def test_the_code_fingerprint_is_a_stable_hash():
    assert userdirs.code_fingerprint() == userdirs.code_fingerprint()
    assert len(userdirs.code_fingerprint()) == 64
