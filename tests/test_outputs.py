"""Output paths behave like a careful Unix tool's: atomic, through symlinks, streams kept."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from mapapp.errors import OutputError, UsageError
from mapapp.outputs import replacing, write_atomic

ROOT = Path(__file__).resolve().parent.parent


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_outputs_write_replaces_a_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.geojson"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert _names(tmp_path) == ["out.geojson"]


def test_outputs_symlink_is_followed_and_kept(tmp_path):
    real = tmp_path / "real.geojson"
    real.write_bytes(b"old")
    link = tmp_path / "link.geojson"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"


def test_outputs_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.geojson"
    link.symlink_to(tmp_path / "made.geojson")
    write_atomic(link, b"data")
    assert link.is_symlink() and (tmp_path / "made.geojson").read_bytes() == b"data"


def test_outputs_character_device_is_written_not_replaced():
    before = os.stat(os.devnull)
    write_atomic(os.devnull, b"gone")
    after = os.stat(os.devnull)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_outputs_fifo_is_written_as_a_stream(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_atomic(fifo, b"streamed")
    reader.join(timeout=10)
    assert received == [b"streamed"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_outputs_new_file_follows_the_umask_and_existing_file_keeps_its_mode(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new.csv", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o640
    kept = tmp_path / "kept.csv"
    kept.write_bytes(b"old")
    kept.chmod(0o604)
    write_atomic(kept, b"new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o604


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (lambda d: "", "the output path is empty"),
        (lambda d: str(d), "is a folder"),
        (lambda d: str(d / "missing" / "out.csv"), "does not exist; create it first"),
    ],
)
def test_outputs_bad_paths_get_one_line(tmp_path, make, fragment):
    with pytest.raises(OutputError, match=fragment) as info:
        write_atomic(make(tmp_path), b"x")
    assert "\n" not in str(info.value)
    assert isinstance(info.value, UsageError)


def test_outputs_read_only_file_is_refused_not_replaced(tmp_path):
    target = tmp_path / "locked.csv"
    target.write_bytes(b"keep")
    target.chmod(0o444)
    with pytest.raises(OutputError, match="is read-only"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"keep"


def test_outputs_unwritable_folder_is_named(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(OutputError, match=r"cannot write in folder .*Permission denied"):
        write_atomic(tmp_path / "out.csv", b"x")


def test_outputs_failure_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.geojson"
    target.write_bytes(b"old")
    monkeypatch.setattr("os.replace", lambda *a: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert _names(tmp_path) == ["out.geojson"]


def test_outputs_stale_temporary_of_a_dead_process_is_removed(tmp_path):
    target = tmp_path / "out.geojson"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    stale = tmp_path / f".out.geojson.{dead.stdout.strip()}.abc123.tmp"
    stale.write_bytes(b"half")
    live = tmp_path / f".out.geojson.{os.getpid()}.xyz789.tmp"  # a write still running
    live.write_bytes(b"busy")
    write_atomic(target, b"new")
    assert _names(tmp_path) == sorted(["out.geojson", live.name])


def test_outputs_sigterm_during_a_write_removes_the_temporary(tmp_path):
    """The CLI turns SIGTERM into an orderly exit; the half-written file does not stay."""
    script = (
        "import signal, sys, time\n"
        "from mapapp.outputs import replacing\n"
        "signal.signal(signal.SIGTERM, lambda s, f: sys.exit(128 + s))\n"
        f"with replacing({str(tmp_path / 'big.geojson')!r}) as tmp:\n"
        "    tmp.write_bytes(b'x' * 1000)\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(60)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "writing"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 128 + signal.SIGTERM
    assert _names(tmp_path) == []


def test_outputs_replacing_yields_the_stream_itself_for_a_device():
    with replacing(os.devnull) as path:
        assert str(path) == os.path.realpath(os.devnull)
