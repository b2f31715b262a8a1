"""Incremental ingest: extractions cached by what they depend on (``generator.manifest``: the last run).

An extraction depends on the article (its text and metadata), the registries it was matched
against (actors, topics) and the extractor's code. The key hashes all three, so an unchanged
article is never extracted twice and any change to the code or the registries redoes it.

The cache holds data, never code: JSON, checked field by field against the dataclasses it came from
when read back (anything malformed or of the wrong shape is a miss). It lives outside the checkout,
in the user's cache folder, so a file a pull request adds cannot reach it; a cache folder inside the
project that git tracks is not used at all.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import types
import typing
from pathlib import Path
from typing import Any

from .model import Actor, Article, Extraction, Topic
from .userdirs import cache_folder, code_fingerprint

FORMAT = 1  # bumped when the stored shape changes

Cached = tuple[Extraction, dict[str, str]]


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


class _Malformed(Exception):
    """A cached value that does not have the shape of what put() stores."""


def _decode(tp: Any, value: Any) -> Any:
    """``value`` (parsed JSON) as an instance of the type ``tp``, or _Malformed: exact types, no coercion."""
    return _decoder(tp)(value)


@functools.cache
def _decoder(tp: Any):  # noqa: ANN202 - a function of one parsed JSON value
    """The checking decoder of one type, built once: cache hits read thousands of records."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [o for o in typing.get_args(tp) if o is not type(None)]
        decode_inner = _decoder(inner)
        return lambda value: None if value is None else decode_inner(value)
    if origin is list:
        decode_item = _decoder(typing.get_args(tp)[0])
        return lambda value: [decode_item(v) for v in _exact(list, value)]
    if origin is dict:
        decode_key, decode_item = (_decoder(t) for t in typing.get_args(tp))
        return lambda value: {decode_key(k): decode_item(v) for k, v in _exact(dict, value).items()}
    if dataclasses.is_dataclass(tp):
        fields = {name: _decoder(t) for name, t in typing.get_type_hints(tp).items()}
        names = set(fields)

        def record(value: Any) -> Any:
            if type(value) is not dict or value.keys() != names:
                raise _Malformed
            return tp(**{name: fields[name](v) for name, v in value.items()})

        return record
    if tp is dt.date:
        return _date
    if tp in (str, int, bool):
        return lambda value: _exact(tp, value)
    raise TypeError(f"no decoder for {tp!r}")


def _exact(tp: type, value: Any) -> Any:
    if type(value) is not tp:
        raise _Malformed
    return value


def _date(value: Any) -> dt.date:
    try:
        return dt.date.fromisoformat(_exact(str, value))
    except ValueError:
        raise _Malformed from None


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _encode(value: Any) -> Any:
    """What JSON cannot write as it is: a dataclass as dataclasses.asdict() gives it (without its deep copy;
    the encoder, in C, walks the lists and dicts), a date as ISO text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: getattr(value, name) for name in _field_names(type(value))}
    raise TypeError(f"cannot cache {type(value).__name__}")


def encode_entry(key: str, value: Cached) -> str:
    """The JSON text put() stores for ``value``."""
    extraction, found = value
    entry = {"format": FORMAT, "key": key, "extraction": extraction, "found": found}
    return json.dumps(entry, default=_encode, ensure_ascii=False, sort_keys=True)


def decode_entry(key: str, text: str) -> Cached | None:
    """What encode_entry() stored under ``key``, or None for anything else (never an exception)."""
    try:
        entry = json.loads(text)
        if type(entry) is not dict or entry.get("format") != FORMAT or entry.get("key") != key:
            return None
        return _decode(Extraction, entry.get("extraction")), _decode(dict[str, str], entry.get("found"))
    except (_Malformed, ValueError, TypeError, RecursionError):
        return None


class ExtractionCache:
    """Extractions on disk as JSON in the project's cache folder, one file per key."""

    def __init__(self, root: Path, code: str | None = None, folder: Path | None = None):
        self.folder = folder if folder is not None else cache_folder(root)
        self.code = code or code_fingerprint()
        self.hits = self.misses = 0

    def key(self, article: Article, registry: str) -> str:
        return hashlib.sha256(f"{self.code}|{registry}|{article_fingerprint(article)}".encode()).hexdigest()

    def _path(self, key: str) -> Path | None:
        return None if self.folder is None else self.folder / "extractions" / key[:2] / f"{key}.json"

    def get(self, key: str) -> Cached | None:
        path = self._path(key)
        value = None
        if path is not None:
            try:
                value = decode_entry(key, path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                value = None
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
        return value

    def put(self, key: str, value: Cached) -> None:
        """Store ``value``; a cache that cannot be written only costs the next run time."""
        path = self._path(key)
        if path is not None:
            from .content import write_atomic  # here: an unchanged re-ingest imports no page code

            with contextlib.suppress(OSError):
                write_atomic(path, encode_entry(key, value))


def inputs_fingerprint(code: str, registry: str, articles: list[Article], prune: bool) -> str:
    digest = hashlib.sha256(f"{code}|{registry}|{prune}".encode())
    for article in articles:
        digest.update(article_fingerprint(article).encode())
    return digest.hexdigest()
