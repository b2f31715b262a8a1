"""A web page in, an article file out: the first step before an article can be ingested.

trafilatura finds the main text, title and site name; htmldate finds the publication date
from the page's markup. The article is written as Markdown with front matter into the
articles folder, where `timeline ingest` reads it like any other.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from . import yamlio
from .articles import MAX_ARTICLE_BYTES, decode, default_id, parse_published
from .content import write_atomic
from .errors import Problem, TimelineError


@dataclass(frozen=True)
class WebArticle:
    """What was read off one web page."""

    title: str
    outlet: str | None
    url: str | None
    published: dt.date
    language: str | None
    text: str


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
    path = Path(source)
    if not path.is_file():
        raise TimelineError(Problem(source, None, "is a folder, not a file" if path.is_dir() else "no such file"))
    if path.stat().st_size > MAX_ARTICLE_BYTES:
        raise TimelineError(Problem(source, None, "page is too large to be an article"))
    return decode(path.read_bytes(), source), None


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
    front = yamlio.dump({k: v for k, v in meta.items() if v is not None})
    return f"---\n{front}---\n\n{article.text}"


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
