"""Every article's extraction to a fixed point: extracted once, then again where speakers first found in
other articles could change it, from the cache where it can, in a process pool where it pays.

Speakers first seen in one article are actors in every article. So after the first pass the new speakers
are registered and the articles that could name one of them are extracted again (reusing the first pass's
dates), so that one ingest gives what the next would. Which articles could name a new speaker is decided by
a fast, conservative text search (``could_name``): an article it leaves out matches none of the new
actors' names, surnames, given names or fuzzy surname variants, so its extraction cannot change.
"""

from __future__ import annotations

import math
import os
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor

from rapidfuzz.distance import LCSseq
from rapidfuzz.process import extractOne

from .actors import FUZZY_SURNAME, Registry
from .cache import Cached, ExtractionCache, registry_fingerprint
from .errors import Problem, TimelineError
from .extract import extract
from .model import Actor, Article, Timex
from .speakers import new_actor
from .topics import Topics

PARALLEL_FROM = 48  # fewer articles than this are extracted in this process: starting workers costs more

# A surname variant the registry's fuzzy match accepts (Indel ratio >= FUZZY_SURNAME, ratio = 2 * LCS /
# (len(a) + len(b))) keeps at least this share of the surname's letters in order (LCS >= share * len).
_FUZZY_SHARE = FUZZY_SURNAME / (200 - FUZZY_SURNAME) - 0.01
_WORD = re.compile(r"\w+")


def could_name(texts: list[str], actors: list[Actor]) -> list[bool]:
    """For each text, whether the registry could match one of ``actors`` in it (never False when it could).

    A match needs a name or alias as a phrase (each of its words then is a word of the text, in any case),
    a surname or given name as written (a substring of the text), or a surname variant for the fuzzy match,
    which keeps most of the surname's letters, in order, within one of the text's whitespace-separated tokens.
    """
    if not actors:
        return [False] * len(texts)
    pieces = {w for a in actors for alias in [a.name, *a.aliases] for w in _WORD.findall(Registry._key(alias))}
    phrase = _alternation(pieces, r"\b(?:{})\b", re.IGNORECASE)
    people = [a.name.split() for a in actors if a.kind == "person"]
    written = _alternation({part for parts in people for part in parts}, "{}")
    surnames = sorted({parts[-1].lower() for parts in people if len(parts) > 1})
    tokens = sorted({t.lower() for text in texts for t in text.split() if not t.islower()})
    close = _fuzzy_close(tokens, surnames)
    return [
        bool(
            (phrase and phrase.search(text))
            or (written and written.search(text))
            or (close and any(t.lower() in close for t in text.split()))
        )
        for text in texts
    ]


def _fuzzy_close(tokens: list[str], surnames: list[str]) -> set[str]:
    """The tokens within which the registry's fuzzy match could find a variant of one of ``surnames``."""
    by_length: dict[int, list[str]] = {}
    for surname in surnames:
        by_length.setdefault(len(surname), []).append(surname)
    close = set()
    for length, group in by_length.items():
        need = math.ceil(length * _FUZZY_SHARE)
        close.update(t for t in tokens if extractOne(t, group, scorer=LCSseq.similarity, score_cutoff=need))
    return close


def _alternation(literals: set[str], frame: str, flags: int = 0) -> re.Pattern | None:
    if not literals:
        return None
    ordered = sorted(literals, key=lambda w: (-len(w), w))
    return re.compile(frame.format("|".join(re.escape(w) for w in ordered)), flags)


_WORKER: dict = {}


def _init_worker(topics: Topics, cache: ExtractionCache | None, parent: int) -> None:
    _WORKER["topics"], _WORKER["cache"] = topics, cache
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """End this worker when the ingest that started it is gone (killed): it would otherwise wait forever."""
    try:  # Linux: the kernel sends SIGKILL the moment the parent dies
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # it died before the line above ran
        os._exit(1)

    def watch() -> None:  # everywhere else (and should the signal be missed): look every second
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _extract_in_worker(job: tuple[Article, list | None, Registry, str]) -> Cached:
    # The registry travels with each job: pickled once per chunk, its pattern from re's cache after the first.
    result = extract(job[0], job[2], _WORKER["topics"], timexes=job[1])
    if _WORKER["cache"] is not None:  # encoding and writing the entry here spares the parent a third of its work
        _WORKER["cache"].put(job[3], result)
    return result


class Extractor:
    """Extracts articles against a registry: from the cache, on a Dask cluster (``scheduler``), in one
    process pool kept for every pass, or in this process. Use as a context manager (it ends the pool)."""

    def __init__(
        self,
        topics: Topics,
        cache: ExtractionCache | None,
        jobs: int,
        progress: Callable[[int], Callable[[], None]],
        article_progress=None,
        scheduler: str | None = None,
    ) -> None:
        self.topics, self.cache, self.jobs, self.scheduler = topics, cache, jobs, scheduler
        self.progress, self.article_progress = progress, article_progress
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def run(
        self, articles: list[Article], registry: Registry, timexes: list | None = None, known: dict | None = None
    ) -> list[Cached]:
        """Every article's extraction; ``timexes`` per article from a first pass spare tagging again, and
        ``known`` (index -> extraction) are taken as they are (cached, not extracted)."""
        known = known or {}
        fingerprint = registry_fingerprint(list(registry.actors.values()), list(self.topics.topics.values()))
        keys = [self.cache.key(a, fingerprint) for a in articles] if self.cache else [""] * len(articles)
        results: list = [self.cache.get(k) for k in keys] if self.cache else [None] * len(articles)
        for i, value in known.items():
            if results[i] is None:
                results[i] = value
                self._put(keys[i], value)
        todo = [i for i, r in enumerate(results) if r is None]
        if not todo:
            return results
        report = self.progress(len(todo))
        jobs = [(articles[i], timexes[i] if timexes else None, keys[i]) for i in todo]
        for k, result, stored in self._extract(jobs, registry, report):
            results[todo[k]] = result
            if not stored:
                self._put(keys[todo[k]], result)
        return results

    def map(self, function: Callable, items: list) -> list:
        """``[function(i) for i in items]``, in the pool when extraction started one (``function`` importable)."""
        if self._pool is None or len(items) < PARALLEL_FROM:
            return [function(i) for i in items]
        return list(self._pool.map(function, items, chunksize=max(1, len(items) // (self.jobs * 4))))

    def _put(self, key: str, value: Cached) -> None:
        if self.cache:
            self.cache.put(key, value)

    def _extract(self, jobs: list[tuple[Article, list | None, str]], registry: Registry, report):
        """Yield (index in ``jobs``, extraction, whether it is already cached) for each job, reporting each."""
        if self.scheduler:
            on_cluster = [(a, t) for a, t, _ in jobs]  # a cluster's workers may not see this machine's cache
            for k, result in extract_on_cluster(self.scheduler, on_cluster, registry, self.topics, report):
                yield k, result, False
        elif self.jobs > 1 and len(jobs) >= PARALLEL_FROM:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    self.jobs, initializer=_init_worker, initargs=(self.topics, self.cache, os.getpid())
                )
            chunk = max(1, len(jobs) // (self.jobs * 8))
            mapped = self._pool.map(_extract_in_worker, [(a, t, registry, k) for a, t, k in jobs], chunksize=chunk)
            for k, result in enumerate(mapped):
                report()
                yield k, result, True
        else:
            for k, (article, known, _) in enumerate(jobs):
                within = self.article_progress(article) if self.article_progress else None
                result = extract(article, registry, self.topics, within, timexes=known)
                report()
                yield k, result, False


def extract_to_fixed_point(
    articles: list[Article], registry: Registry, run: Callable[..., list[Cached]]
) -> tuple[list, dict[str, str]]:
    """Every article's extraction (``run(articles, registry, timexes, known)``, as ``Extractor.run``), and
    the speakers found that were not registered.

    After the first pass, the speakers it found are registered and the articles that could name one of
    them are extracted again with their first-pass dates; the others keep their first extraction.
    """
    first = run(articles, registry)
    found: dict[str, str] = {}
    for _, names in first:
        for actor_id, name in names.items():
            found.setdefault(actor_id, name)
    fresh = {i: n for i, n in found.items() if i not in registry.actors}
    if not fresh:
        return [x for x, _ in first], fresh
    added = [new_actor(i, n) for i, n in sorted(fresh.items())]
    grown = Registry([*registry.actors.values(), *added])
    texts = [f"{a.title or ''}\n{a.text}" for a in articles]
    again = could_name(texts, added)
    for i, (_, names) in enumerate(first):
        again[i] = again[i] or any(actor_id in fresh for actor_id in names)
    timexes: list[list[Timex]] = [x.timexes for x, _ in first]
    second = run(articles, grown, timexes, {i: first[i] for i, redo in enumerate(again) if not redo})
    new_actors = dict(fresh)
    for _, names in second:
        for actor_id, name in names.items():
            if actor_id not in registry.actors:
                new_actors.setdefault(actor_id, name)
    return [x for x, _ in second], new_actors


# Extraction on a Dask distributed cluster (``timeline ingest --scheduler tcp://HOST:PORT``). Only extraction
# leaves this machine: the articles go to the workers in batches, their extractions come back here, where they
# are cached, merged and written exactly as after a local run. Workers need the generator importable
# (installed, or on their PYTHONPATH) and nothing else: the registries travel with the work. Dask is an
# extra, imported only when a scheduler is named.

CONNECT_TIMEOUT = "10s"


def _extract_batch(jobs: list[tuple[Article, list | None]], context: tuple[Registry, Topics]) -> list:
    """On a worker: extract each article of a batch (with its timexes, if known) with the registries sent once."""
    registry, topics = context
    return [extract(article, registry, topics, timexes=timexes) for article, timexes in jobs]


_ADDRESS = re.compile(r"(tcp|tls)://(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}")


def _connect(address: str):
    if not _ADDRESS.fullmatch(address):
        raise TimelineError(Problem(address, None, "not a Dask scheduler address: expected tcp://HOST:PORT"))
    try:
        from distributed import Client
    except ImportError:
        raise TimelineError(
            Problem(address, None, "a Dask scheduler needs the 'dask' extra: pip install 'timeline-generator[dask]'")
        ) from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, ValueError, TypeError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise TimelineError(Problem(address, None, f"cannot reach the Dask scheduler: {reason}")) from None


def extract_on_cluster(
    address: str,
    articles: list[tuple[Article, list | None]],
    registry: Registry,
    topics: Topics,
    report: Callable[[], None],
) -> Iterator[tuple[int, object]]:
    """Yield (index in ``articles``, extraction) as the cluster at ``address`` finishes them, in any order.

    ``articles``: each article with its timexes from an earlier pass, or None."""
    from distributed import as_completed

    client = _connect(address)
    try:
        workers = max(1, sum(client.nthreads().values()))
        size = max(1, min(32, len(articles) // (workers * 8)))
        batches = [list(range(i, min(i + size, len(articles)))) for i in range(0, len(articles), size)]
        context = client.scatter((registry, topics), broadcast=True)
        futures = client.map(
            _extract_batch, [[articles[i] for i in b] for b in batches], context=context, pure=False
        )  # fmt: skip
        which = {f.key: b for f, b in zip(futures, batches, strict=True)}
        pending, futures = as_completed(futures, loop=client.loop), None  # only as_completed holds them now
        for future in pending:
            for i, result in zip(which[future.key], future.result(), strict=True):
                report()
                yield i, result
            future.release()  # the worker may forget it: memory stays bounded by the batches in flight
    finally:
        client.close()
