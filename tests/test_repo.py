"""The repository behind "edit this page" and the Pages address, from the environment."""

from __future__ import annotations

from types import SimpleNamespace

from generator.site import repo


def _config(**values) -> SimpleNamespace:
    return SimpleNamespace(**{"site_url": None, "repo_url": None, "edit_uri": None, "docs_dir": "/x/content", **values})


def test_github_actions_names_the_repository_edit_links_and_site_url(monkeypatch):
    monkeypatch.setenv("GITHUB_REPOSITORY", "someone/summit")
    monkeypatch.delenv("GITHUB_SERVER_URL", raising=False)
    config = _config()
    repo.configure_addresses(config, "trunk")
    assert (config.repo_url, config.edit_uri) == ("https://github.com/someone/summit", "edit/trunk/content/")
    assert config.site_url == "https://someone.github.io/summit/"
    assert repo.folder_url(config, "trunk", "events") == "https://github.com/someone/summit/tree/trunk/content/events"


def test_what_mkdocs_yml_says_wins(monkeypatch):
    monkeypatch.setenv("GITHUB_REPOSITORY", "someone/summit")
    config = _config(site_url="https://example.org/", repo_url="https://git.example.org/a/b", edit_uri="src/")
    repo.configure_addresses(config, "main")
    assert (config.site_url, config.repo_url, config.edit_uri) == (
        "https://example.org/",
        "https://git.example.org/a/b",
        "src/",
    )


def test_no_repository_no_folder_link():
    assert repo.folder_url(_config(), "main", "events") is None


def test_git_origin_names_the_repository(monkeypatch, tmp_path):
    import subprocess

    monkeypatch.delenv("GITHUB_REPOSITORY", raising=False)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "git@github.com:who/what.git"], check=True)
    monkeypatch.chdir(tmp_path)
    assert repo.repository_url() == "https://github.com/who/what"
    subprocess.run(
        ["git", "-C", str(tmp_path), "remote", "set-url", "origin", "https://gitlab.com/who/what"], check=True
    )
    assert repo.repository_url() is None
