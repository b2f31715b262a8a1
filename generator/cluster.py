"""Extraction on a Dask distributed cluster (``timeline ingest --scheduler tcp://HOST:PORT``).

Only extraction leaves this machine: the articles go to the workers in batches, their extractions
come back here, where they are cached, merged and written exactly as after a local run. Workers
need the generator importable (installed, or on their PYTHONPATH) and nothing else: the registries
travel with the work.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .actors import Registry
from .errors import Problem, TimelineError
from .extract import extract
from .model import Article
from .topics import Topics

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
