"""`timeline ingest --scheduler`: extraction on a real Dask cluster (a scheduler and workers on this machine)."""

from __future__ import annotations

import filecmp
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT
from test_cli import timeline

sys.path.insert(0, str(ROOT / "bench"))
from ingest import new_project  # noqa: E402
from story import write_story_corpus  # noqa: E402

distributed = pytest.importorskip("distributed")
ENV = {"PYTHONPATH": str(ROOT)}  # the workers import this worktree's generator


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a running `dask scheduler` with two single-threaded `dask worker` processes."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = dict(os.environ, **ENV)
    command = str(Path(sys.executable).parent / "dask")  # the venv's `dask` command, as users run it
    started = []
    try:
        started.append(subprocess.Popen(
            [command, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        ))  # fmt: skip
        for _ in range(2):
            started.append(subprocess.Popen(
                [command, "worker", address, "--nthreads", "1", "--no-dashboard", "--no-nanny"],
                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            ))  # fmt: skip
        with distributed.Client(address, timeout="60s", set_as_default=False) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for process in reversed(started):
            _stop(process)


def _project(where: Path, n: int = 30) -> Path:
    project = new_project(where)
    write_story_corpus(n, project / "articles", registry=project / "content")
    return project


def _same_tree(a: Path, b: Path) -> bool:
    left = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    right = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    return left == right and all(filecmp.cmp(a / p, b / p, shallow=False) for p in left)


def test_a_cluster_run_writes_what_a_local_run_writes_and_fills_the_cache(scheduler, tmp_path):
    local = _project(tmp_path / "local")
    r = timeline("ingest", "articles", "--jobs", "1", cwd=local, env=ENV)
    assert r.returncode == 0, r.stderr

    cluster = _project(tmp_path / "cluster")
    r = timeline("ingest", "articles", "--scheduler", scheduler, cwd=cluster, env=ENV)
    assert r.returncode == 0, r.stderr
    assert "ingest: extracted 30/30" in r.stderr
    assert _same_tree(local / "content", cluster / "content")
    assert len(list((cluster / "content" / "events").glob("*.md"))) >= 8  # each happening once (fold.py)

    # A local run after it extracts nothing: every article comes from the cache the cluster run filled.
    shutil.rmtree(cluster / "content" / "events")  # so that the run does not stop at "nothing changed"
    r = timeline("ingest", "articles", "--jobs", "1", cwd=cluster, env=ENV)
    assert r.returncode == 0, r.stderr
    assert "extracted" not in r.stderr
    assert _same_tree(local / "content", cluster / "content")


def test_the_scheduler_can_come_from_the_environment(scheduler, tmp_path):
    project = _project(tmp_path / "p", n=20)
    r = timeline("ingest", "articles", cwd=project, env={**ENV, "TIMELINE_SCHEDULER": scheduler})
    assert r.returncode == 0, r.stderr
    assert "ingest: extracted 20/20" in r.stderr


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:{closed}", "127.0.0.1:8786", "tcp://host", "udp://x:1"])
def test_a_bad_address_is_one_line_and_nothing_is_written(tmp_path, address):
    project = _project(tmp_path / "p", n=5)
    address = address.format(closed=_free_port())
    started = time.monotonic()
    r = timeline("ingest", "articles", "--scheduler", address, cwd=project, env=ENV)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"timeline: {address}: "), r.stderr
    assert "Traceback" not in r.stderr
    assert not (project / "content" / "events").exists()
    assert time.monotonic() - started < 60
