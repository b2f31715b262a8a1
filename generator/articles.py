"""What every article reader shares: decoding a file's bytes, and checking its metadata into an Article.

The readers of each file type are in ``generator.readers``. Title and publication date are required. A
missing or impossible date is an error naming the file, never a guess.
"""

from __future__ import annotations

import codecs
import datetime as dt
import difflib
import re
from pathlib import Path
from typing import Any

from .content.fields import encoded_url, valid_url
from .errors import Problem, TimelineError
from .model import Article
from .slugs import MAX_SLUG, slugify

# The largest article file read (10 MB): extraction is linear in size, about 3-5 s per MB, so a bigger
# file is more likely a dump or a mistake than one article. README and `timeline ingest --help` say it.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024
MAX_DECODE_CHAOS = 0.05
METADATA_KEYS = ("id", "title", "outlet", "url", "published", "language", "evidence")
# A folder's index.md is its list page: a source with this id would be hidden behind it.
RESERVED_IDS = ("index",)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def decode(raw: bytes, path: str) -> str:
    """Decode an article's bytes: UTF-8 (with or without BOM), UTF-16/32 with a BOM, or a legacy
    single-byte encoding (cp1251, cp1252, ...) when charset-normalizer recognises it without doubt.

    Anything else is refused rather than guessed, so no text is silently garbled.
    """
    if not raw.strip():
        raise TimelineError(Problem(path, None, "the file is empty"))
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise TimelineError(Problem(path, None, f"not valid {encoding}: {exc.reason}")) from None
    if b"\x00" in raw:
        raise TimelineError(Problem(path, None, "binary file, not a text article"))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        if _mostly_utf8(raw):
            raise TimelineError(
                Problem(path, line, "UTF-8 text with a byte that is not UTF-8 here (mixed encodings; save it as UTF-8)")
            ) from None
        legacy = _detect_legacy(raw)
        if legacy is not None:
            return legacy
        raise TimelineError(
            Problem(path, line, "not UTF-8 text, and no other encoding fits (save it as UTF-8)")
        ) from None


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(raw: bytes) -> bool:
    """True when ``raw`` holds real UTF-8 characters besides the bytes that are not: a mixed file.

    A legacy single-byte text forms a valid UTF-8 sequence only by chance (a capital before a '»' in cp1251,
    about one in a hundred of its non-ASCII bytes); a UTF-8 file with a stray Latin-1 byte has many more
    valid sequences than stray bytes. Decoding either as a codepage would garble the UTF-8 part.
    """
    sequences = _UTF8_SEQUENCE.findall(raw)
    stray = sum(b >= 0x80 for b in raw) - sum(len(s) for s in sequences)
    return bool(sequences) and len(sequences) * 10 >= stray


def _detect_legacy(raw: bytes) -> str | None:
    """The text of ``raw`` in the one legacy encoding that reads as language, or None when unsure."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    # Chaos measures mojibake (odd symbol runs, mixed scripts); above a few percent it is a guess.
    if best is None or best.chaos > MAX_DECODE_CHAOS or best.encoding.startswith("utf"):
        return None
    return str(best)


def parse_published(value: Any, path: str, line: int | None = None) -> dt.date:
    """A publication date as a real calendar day, or a Problem naming the file."""
    if isinstance(value, dt.datetime):
        return _not_in_future(value.date(), path, line)
    if isinstance(value, dt.date):
        return _not_in_future(value, path, line)
    text = str(value).strip() if value is not None else ""
    if not text:
        raise TimelineError(Problem(path, line, "missing publication date ('published: YYYY-MM-DD')"))
    if not _DATE.match(text):
        raise TimelineError(Problem(path, line, f"'published' must be a date of the form YYYY-MM-DD, not {text!r}"))
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise TimelineError(Problem(path, line, f"publication date {text!r} is not a real day")) from None
    return _not_in_future(day, path, line)


# A day's grace: an article published "tomorrow" may come from a time zone ahead of this machine's.
_GRACE = dt.timedelta(days=1)


def _not_in_future(day: dt.date, path: str, line: int | None) -> dt.date:
    """Refuse a publication date after today: relative dates would be resolved against it.

    Today's date is read for this check alone; it never reaches what is written.
    """
    if day > dt.date.today() + _GRACE:
        raise TimelineError(Problem(path, line, f"publication date {day.isoformat()} is in the future"))
    return day


def key_lines(front: str, first_line: int) -> dict[str, int]:
    """The line of each top-level key in a YAML mapping, counting from ``first_line``."""
    lines: dict[str, int] = {}
    for n, line in enumerate(front.splitlines()):
        match = re.match(r"^([^\s#:][^:]*):(\s|$)", line)
        if match:
            lines.setdefault(match.group(1).strip(), first_line + n)
    return lines


def from_metadata(
    path: Path, text: str, meta: dict[str, Any], published_override: dt.date | None, lines: dict[str, int]
) -> Article:
    """The Article of ``text`` and its metadata, each key checked; ``lines`` gives the line of each key for
    the error, and ``published_override`` stands in for a missing title (the first line) and date."""
    shown = str(path)

    def problem(key: str | None, message: str) -> TimelineError:
        return TimelineError(Problem(shown, lines.get(key) if key else None, message))

    if not isinstance(meta, dict):
        raise problem(None, "metadata must be a mapping of keys to values")
    for key in sorted(set(meta) - set(METADATA_KEYS), key=str):
        near = difflib.get_close_matches(str(key), METADATA_KEYS, n=1)
        hint = f" (did you mean '{near[0]}'?)" if near else f" (known: {', '.join(METADATA_KEYS)})"
        raise problem(key, f"unknown metadata key '{key}'{hint}")
    title = meta.get("title")
    if title is not None and not isinstance(title, str):
        raise problem("title", "'title' must be text")
    if not title or not title.strip():
        first_line = text.strip().splitlines()[0].strip() if text.strip() else ""
        if published_override is None or not first_line:
            raise problem(None, "missing title ('title: ...')")
        title = first_line[:200]
    published = published_override or parse_published(meta.get("published"), shown, lines.get("published"))
    for key in ("outlet", "url", "language", "evidence", "id"):
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise problem(key, f"'{key}' must be text")
    if isinstance(meta.get("url"), str):
        meta["url"] = encoded_url(meta["url"].strip())  # 'a_"b"' is the address a browser opens as 'a_%22b%22'
    if meta.get("url") is not None and not valid_url(meta["url"]):
        raise problem("url", f"'url' {meta['url']!r} must be a web address starting with http:// or https://")
    article_id = meta.get("id") or default_id(meta.get("outlet"), title)
    if len(article_id) > MAX_SLUG:
        raise problem("id", f"id is {len(article_id)} characters long; the limit is {MAX_SLUG}")
    if article_id in RESERVED_IDS:
        raise problem("id", f"id '{article_id}' is reserved (content/sources/{article_id}.md is the list of sources)")
    if article_id != slugify(article_id):
        raise problem("id", f"id {article_id!r} must be lowercase letters, digits and '-'")
    return Article(
        id=article_id,
        path=shown,
        text=text,
        title=title.strip(),
        published=published,
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        language=meta.get("language") or "en",
        evidence=meta.get("evidence"),
    )


def default_id(outlet: str | None, title: str) -> str:
    """A stable, readable source id: outlet (without notes in brackets) and the title's first words."""
    outlet_part = slugify(re.sub(r"\(.*?\)", "", outlet or ""))[:24].strip("-")
    title_part = "-".join(slugify(title).split("-")[:6])
    return slugify("-".join(p for p in (outlet_part, title_part) if p)) or "article"


def file_text(path: Path) -> str:
    """The text of one article file, after the checks every reader needs (a real file, not a link, a UTF-8
    name, not over the size limit); a Problem naming the file otherwise."""
    if not path.is_file():
        raise TimelineError(Problem(str(path), None, "is a folder, not a file" if path.is_dir() else "no such file"))
    refuse_link(path)
    if not str(path).isascii():
        try:
            str(path).encode("utf-8")  # the name goes into the source page: it must be text
        except UnicodeEncodeError:
            raise TimelineError(Problem(str(path), None, "the file name is not UTF-8; rename the file")) from None
    return decode(_read_bytes(path), str(path))


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        limit = f"{megabytes(MAX_ARTICLE_BYTES)} ({MAX_ARTICLE_BYTES:,} bytes)"
        message = f"article is {megabytes(size)} ({size:,} bytes); the limit is {limit}"
        raise TimelineError(Problem(str(path), None, message))
    return path.read_bytes()


def refuse_link(path: Path) -> None:
    """A symbolic link in a pull request could make any file on the machine an article (and publish it)."""
    if path.is_symlink():
        raise TimelineError(Problem(str(path), None, "is a symbolic link; an article must be a file of its own"))


def megabytes(size: int) -> str:
    """``size`` bytes in MB, to a tenth: "50 MB", "10.4 MB"."""
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + " MB"
