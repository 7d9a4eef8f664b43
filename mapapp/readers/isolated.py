"""Read a large upload in a worker process, so that one visitor's file cannot stall the others.

One Streamlit process serves every visitor. Reading a large file holds Python's interpreter lock
for long stretches (``json.loads`` of 50 MB, building a frame of 300,000 rows), and while it
does, the server answers no one else. A worker process has its own interpreter: the server's
threads run on, the worker's memory is capped (it cannot push the server out of memory), and a
read that takes too long is stopped. Small files are read in the calling thread: for them a
worker's start costs more than it saves.

>>> from mapapp.bundled import BUNDLED_EVENTS
>>> read_isolated(BUNDLED_EVENTS.read_bytes(), "events.geojson").summary()
'read 26 events (mapapp-geojson) from 26 rows'
"""

from __future__ import annotations

import os
import pickle
import resource
import subprocess
import sys
from pathlib import Path

from mapapp.errors import DataFileError, MapAppError, Problem
from mapapp.readers import ImportResult, read_bytes
from mapapp.readers.limits import UPLOAD, Limits, reading_under

__all__ = ["ISOLATE_ABOVE_BYTES", "WORKER_MEMORY_BYTES", "WORKER_SECONDS", "read_isolated"]

# Files up to this size are read in the calling thread (a few hundred milliseconds at most).
ISOLATE_ABOVE_BYTES = 2 * 1024 * 1024
# What a worker may allocate beyond what it holds once started, and how long it may read.
WORKER_MEMORY_BYTES = 1536 * 1024 * 1024
WORKER_SECONDS = 180.0
_PACKAGE_PARENT = str(Path(__file__).resolve().parent.parent.parent)


def read_isolated(
    data: bytes,
    name: str,
    format: str = "auto",
    *,
    limits: Limits = UPLOAD,
    timeout: float = WORKER_SECONDS,
    memory_bytes: int = WORKER_MEMORY_BYTES,
) -> ImportResult:
    """Like :func:`mapapp.readers.read_bytes` under ``limits``, in a worker process when large.

    The worker is a new ``python -m mapapp.readers.isolated``: the file goes in on its standard
    input and the result comes back pickled on its standard output.

    Raises
    ------
    DataFileError
        As ``read_bytes``; also when the worker ran out of its memory or time.
    UsageError
        Unknown ``format``.
    """
    if len(data) <= ISOLATE_ABOVE_BYTES:
        with reading_under(limits):
            return read_bytes(data, name, format)
    job = pickle.dumps((data, name, format, limits, memory_bytes), protocol=5)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            p for p in (_PACKAGE_PARENT, os.environ.get("PYTHONPATH")) if p
        ),
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "mapapp.readers.isolated"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        out, _ = worker.communicate(job, timeout=timeout)
    except subprocess.TimeoutExpired as err:
        worker.kill()
        worker.communicate()
        raise _failed(name, f"took more than {timeout:.0f} s to read and was stopped") from err
    if worker.returncode != 0 or not out:
        raise _failed(
            name, f"needed more than the {memory_bytes / 2**20:,.0f} MB of memory a file may use"
        )
    kind, value = pickle.loads(out)
    if kind == "error":
        raise value
    return value


def _failed(name: str, what: str) -> DataFileError:
    return DataFileError(
        Problem(name, None, None, what, "split the file into smaller ones and add them one by one")
    )


def _cap_memory(extra: int) -> None:
    """Let this process map at most ``extra`` bytes more than it has mapped now."""
    with open("/proc/self/statm", encoding="ascii") as fh:
        mapped = int(fh.read().split()[0]) * resource.getpagesize()
    limit = mapped + extra
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _work() -> None:
    """The worker: read the job from stdin, write ("ok", result) or ("error", exc) to stdout."""
    data, name, format, limits, memory_bytes = pickle.loads(sys.stdin.buffer.read())
    _cap_memory(memory_bytes)
    try:
        with reading_under(limits):
            answer: tuple[str, object] = ("ok", read_bytes(data, name, format))
    except MapAppError as err:
        answer = ("error", err)
    del data
    sys.stdout.buffer.write(pickle.dumps(answer, protocol=5))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _work()
