"""Extraction on a Dask cluster: addresses are checked before anything connects, and a scheduler that does
not answer is named. (A real cluster's extraction is tested in test_ingest_dask.py.)"""

from __future__ import annotations

import pytest

from generator import cluster
from generator.cluster import _connect
from generator.errors import TimelineError


@pytest.mark.parametrize("address", ["localhost:8786", "http://host:8786", "tcp://host", "tcp://a b:1"])
def test_an_address_that_is_not_a_scheduler_is_refused(address):
    with pytest.raises(TimelineError) as exc:
        _connect(address)
    assert str(exc.value) == f"{address}: not a Dask scheduler address: expected tcp://HOST:PORT"


def test_a_scheduler_that_does_not_answer_is_named(monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "1s")  # the real wait, shortened
    with pytest.raises(TimelineError) as exc:
        _connect("tcp://127.0.0.1:9")  # the discard port: nothing listens
    assert str(exc.value).startswith("tcp://127.0.0.1:9: cannot reach the Dask scheduler: ")
