"""Article readers chosen by file type, as Pelican chooses them: one reader per suffix.

* ``NAME.txt`` — the plain text, with its metadata under the file name in a ``sources.yml`` beside it
  (as the seeds have);
* ``NAME.md`` — YAML front matter with the same metadata, then the text;
* ``NAME.html`` — a saved web page: trafilatura finds the main text, title and site name, htmldate the
  publication date in the markup (``timeline add`` writes such a page out as ``.md``).

Adding a file type is one class with ``read`` and one entry in ``READERS``.

``add_article`` (``timeline add``) writes a saved web page or a URL out as a ``.md`` article, the first step
before it can be ingested.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from . import yamlio
from .articles import decode, default_id, file_text, from_metadata, key_lines, parse_published, refuse_link
from .content import write_atomic
from .content.frontmatter import dumps, split_front_matter
from .errors import Problem, TimelineError
from .model import Article


class Reader(Protocol):
    """What a reader of one file type does: one file in, one checked Article out (or a TimelineError)."""

    def read(self, path: Path, published: dt.date | None = None) -> Article: ...


class TextReader:
    """Plain text; its metadata is in the ``sources.yml`` of its folder, under the file's name."""

    def read(self, path: Path, published: dt.date | None = None) -> Article:
        """The article of ``path``; ``published`` overrides (or stands in for) its metadata's date."""
        text = file_text(path)
        meta = _sidecar_metadata(path)
        if not meta and published is None:
            sidecar = path.parent / "sources.yml"
            raise TimelineError(Problem(str(path), None, f"no metadata for {path.name} in {sidecar}"))
        return from_metadata(path, text, meta, published, {})


class MarkdownReader:
    """Markdown with YAML front matter holding the metadata."""

    def read(self, path: Path, published: dt.date | None = None) -> Article:
        """The article of ``path``; ``published`` overrides (or stands in for) its front matter's date."""
        text = file_text(path)
        meta, body = split_front_matter(text, str(path))
        # Line 1 is the opening '---', so the front matter's first key is on line 2 of the file.
        return from_metadata(path, body, meta, published, key_lines(text[: len(text) - len(body)], 1))


@dataclass(frozen=True)
class WebArticle:
    """What was read off one web page."""

    title: str
    outlet: str | None
    url: str | None
    published: dt.date
    language: str | None
    text: str


class HtmlReader:
    """A saved web page: the article in it, found by trafilatura, dated by htmldate."""

    def read(self, path: Path, published: dt.date | None = None) -> Article:
        """The article of the page ``path``; ``published`` stands in when the page states no date."""
        page = read_web_article(file_text(path), str(path), None, published)
        meta = {"title": page.title, "outlet": page.outlet, "url": page.url, "language": page.language}
        return from_metadata(path, page.text, meta, page.published, {})


READERS: dict[str, Reader] = {
    ".txt": TextReader(),
    ".md": MarkdownReader(),
    ".html": HtmlReader(),
}


def read_article(path: str | Path, published: dt.date | None = None) -> Article:
    """Read one article file with the reader of its suffix (plain text for an unknown one, as always)."""
    path = Path(path)
    return READERS.get(path.suffix, READERS[".txt"]).read(path, published)


def article_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders into their article files (those a reader reads), sorted, so runs are deterministic."""
    found: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found.extend(sorted(q for q in p.iterdir() if q.suffix in READERS and q.is_file()))
        else:
            found.append(p)
    return found


def _sidecar_metadata(path: Path) -> dict[str, Any]:
    sidecar = path.parent / "sources.yml"
    if not sidecar.exists():
        return {}
    refuse_link(sidecar)
    try:
        data = yamlio.load(decode(sidecar.read_bytes(), str(sidecar)))
    except yamlio.YamlProblem as exc:
        raise TimelineError(Problem(str(sidecar), exc.line, str(exc))) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TimelineError(Problem(str(sidecar), None, "must map file names to their metadata"))
    meta = data.get(path.name)
    return meta if meta is not None else {}


def read_web_article(html: str, where: str, url: str | None, published: dt.date | None = None) -> WebArticle:
    """Extract the article in ``html``; ``published`` stands in when the page states no date."""
    import htmldate
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception:  # noqa: BLE001 - the parser's own failure on a page that is no article (an SVG, ...)
        raise TimelineError(Problem(where, None, "not a web page the article text can be read from")) from None
    if doc is None or not (doc.text or "").strip():
        raise TimelineError(Problem(where, None, "no article text found in the page"))
    title = (doc.title or "").strip()
    if not title:
        raise TimelineError(Problem(where, None, "the page has no title"))
    if published is None:
        # Only what the markup states (meta tags, <time>, URL): a date guessed from the text
        # (a copyright year, a "last updated") would misdate every relative expression.
        try:
            found = htmldate.find_date(
                html, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
            )
        except Exception:  # noqa: BLE001 - as above: the library fails on markup it cannot parse
            found = None
        if not found:
            raise TimelineError(
                Problem(where, None, "the page states no publication date; give it with --published YYYY-MM-DD")
            )
        published = parse_published(found, where)
    paragraphs = [p.strip() for p in doc.text.splitlines() if p.strip()]
    if paragraphs and paragraphs[0] == title:  # the headline repeated as the first line
        paragraphs = paragraphs[1:]
    return WebArticle(
        title=title,
        outlet=(doc.sitename or "").strip() or None,
        url=url or doc.url,
        published=published,
        language=doc.language,
        text="\n\n".join(paragraphs) + "\n",
    )


def _is_url(source: str) -> bool:
    return re.match(r"^https?://", source) is not None


def fetch(source: str) -> tuple[str, str | None]:
    """The HTML of a saved page or a URL, and the URL when there is one."""
    if _is_url(source):
        import trafilatura

        html = trafilatura.fetch_url(source)
        if not html:
            raise TimelineError(Problem(source, None, "could not download the page"))
        return html, source
    return file_text(Path(source)), None  # the checks and decoding of every article file


def article_markdown(article: WebArticle, article_id: str) -> str:
    """The article as Markdown with the front matter that `timeline ingest` reads."""
    meta = {
        "id": article_id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published.isoformat(),
        "language": article.language,
    }
    return dumps({k: v for k, v in meta.items() if v is not None}, article.text)


def add_article(source: str, folder: Path, published: dt.date | None = None) -> Path:
    """Write the article at ``source`` (a saved page or a URL) into ``folder``; never overwrite one."""
    html, url = fetch(source)
    article = read_web_article(html, source, url, published)
    article_id = default_id(article.outlet, article.title)
    path = folder / f"{article_id}.md"
    if path.exists():
        raise TimelineError(Problem(source, None, f"{path} already exists (the same article was added before?)"))
    write_atomic(path, article_markdown(article, article_id))
    return path
