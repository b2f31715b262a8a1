"""Incremental ingest: extractions cached by what they depend on, and a manifest of the last run.

An extraction depends on the article (its text and metadata), the registries it was matched
against (actors, topics) and the extractor's code. The key hashes all three, so an unchanged
article is never extracted twice and any change to the code or the registries redoes it.

The manifest records the inputs of the last complete ingest and the size and modification time
of every page it left. When neither has changed since, the next ingest has nothing to do and
says so after checking hashes and file stamps only.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from pathlib import Path

from .content import write_atomic
from .model import Actor, Article, Extraction, Topic

CACHE_DIR = ".timeline-cache"
_PACKAGE = Path(__file__).resolve().parent


def code_fingerprint() -> str:
    """A hash of the generator's own code and data files (the title lexicon): any change to the
    extractor invalidates the cache."""
    digest = hashlib.sha256()
    for path in sorted([*_PACKAGE.rglob("*.py"), *(_PACKAGE / "data").glob("*.yml")]):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def registry_fingerprint(actors: list[Actor], topics: list[Topic]) -> str:
    """A hash of what extraction reads from the registries."""
    rows = [
        ("actor", a.id, a.name, a.kind, a.side or "", a.role or "", tuple(a.aliases or ()))
        for a in sorted(actors, key=lambda a: a.id)
    ] + [("topic", t.id, t.label, tuple(t.keywords or ())) for t in sorted(topics, key=lambda t: t.id)]
    return hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()


def article_fingerprint(article: Article) -> str:
    fields = (article.id, article.path, article.title, article.outlet, article.url, article.language)
    data = repr((fields, article.published.isoformat(), article.text))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


class ExtractionCache:
    """Extractions on disk under ``<project>/.timeline-cache/extractions``, one file per key."""

    def __init__(self, root: Path, code: str | None = None):
        self.folder = root / CACHE_DIR / "extractions"
        self.code = code or code_fingerprint()
        self.hits = self.misses = 0

    def key(self, article: Article, registry: str) -> str:
        return hashlib.sha256(f"{self.code}|{registry}|{article_fingerprint(article)}".encode()).hexdigest()

    def get(self, key: str) -> tuple[Extraction, dict[str, str]] | None:
        path = self.folder / key[:2] / f"{key}.pickle"
        try:
            with path.open("rb") as f:
                value = pickle.load(f)  # noqa: S301 - our own cache, written by put() below
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: tuple[Extraction, dict[str, str]]) -> None:
        path = self.folder / key[:2] / f"{key}.pickle"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)


def _stamp(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def inputs_fingerprint(code: str, registry: str, articles: list[Article], prune: bool) -> str:
    digest = hashlib.sha256(f"{code}|{registry}|{prune}".encode())
    for article in articles:
        digest.update(article_fingerprint(article).encode())
    return digest.hexdigest()


def manifest_path(root: Path) -> Path:
    return root / CACHE_DIR / "manifest.json"


def _listing(content: Path) -> list[str]:
    return sorted(p.as_posix() for p in content.rglob("*.md"))


def unchanged_since_last_run(root: Path, content: Path, inputs: str) -> tuple[list[str], list[str]] | None:
    """The pages of the last ingest, (as generated, kept as edited), when its inputs were ``inputs`` and
    no page was added, removed or changed since; else None."""
    try:
        manifest = json.loads(manifest_path(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("inputs") != inputs or manifest.get("listing") != _listing(content):
        return None
    pages = manifest.get("pages", {})
    if any(_stamp(Path(name)) != stamp for name, stamp in pages.items()):
        return None
    kept = set(manifest.get("kept", []))
    return sorted(set(pages) - kept), sorted(kept)


def save_manifest(root: Path, content: Path, inputs: str, pages: list[str], kept: list[str]) -> None:
    """Record this ingest's inputs, every page under ``content``, and the stamps of the pages it wrote or kept."""
    stamps = {name: _stamp(Path(name)) for name in sorted([*pages, *kept])}
    manifest = {"inputs": inputs, "listing": _listing(content), "pages": stamps, "kept": sorted(kept)}
    write_atomic(manifest_path(root), json.dumps(manifest, sort_keys=True) + "\n")
