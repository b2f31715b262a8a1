"""`timeline serve`, run as a user runs it: a real process on a free port, fetched over HTTP, then stopped."""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request

from conftest import ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ctrl_c_stops() -> None:
    """In the child: Ctrl-C (SIGINT) stops it as at a terminal, even when the tests run where it is ignored
    (a background job), which the child would inherit."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _lines(stream) -> queue.Queue:
    """The lines a process prints, as they come, read in a thread (a read must not block the test)."""
    lines: queue.Queue = queue.Queue()

    def read() -> None:
        for line in stream:
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    return lines


def _wait_for(lines: queue.Queue, pattern: str, seen: list[str], timeout: float = 120) -> re.Match:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            line = lines.get(timeout=max(0.1, end - time.monotonic()))
        except queue.Empty:
            break
        seen.append(line)
        if m := re.search(pattern, line):
            return m
    raise AssertionError(f"no line matching {pattern!r} in:\n{''.join(seen)}")


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        assert response.status == 200
        return response.read().decode("utf-8")


def test_serve_prints_its_address_serves_the_site_and_rebuilds_on_a_change(tmp_path):
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    port = _free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", GITHUB_REPOSITORY="")
    process = subprocess.Popen(
        [sys.executable, "-m", "generator.cli", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
        preexec_fn=_ctrl_c_stops,
    )  # fmt: skip
    seen: list[str] = []
    try:
        lines = _lines(process.stderr)
        address = _wait_for(lines, r"Serving on (http://\S+/)", seen)[1]
        assert address == f"http://127.0.0.1:{port}/"
        assert "Alaska summit" in _fetch(address + "timeline/")
        assert "A tiny change" not in _fetch(address)

        index = tmp_path / "content" / "index.md"
        index.write_text(index.read_text(encoding="utf-8") + "\nA tiny change.\n", encoding="utf-8")
        _wait_for(lines, r"Reloading browsers", seen)  # after the rebuild
        assert "A tiny change" in _fetch(address)
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl-C, as a user stops it
        try:
            code = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert code == 0, "".join(seen)
