"""A web page in, an article file out: the first step before an article can be ingested.

trafilatura finds the main text, title and site name; htmldate finds the publication date
from the page's markup. The article is written as Markdown with front matter into the
articles folder, where `timeline ingest` reads it like any other.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .articles import default_id, file_text
from .content import write_atomic
from .content.frontmatter import dumps
from .errors import Problem, TimelineError
from .readers import WebArticle, read_web_article


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
