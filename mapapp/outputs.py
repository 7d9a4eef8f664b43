"""Writing output files the way careful Unix tools do.

* Atomically: the data goes to a hidden temporary file beside the target, which is renamed onto
  the target only when complete. A failure, Ctrl+C or SIGTERM leaves the old file (or none) and
  removes the temporary file; one left by a process that was killed outright (SIGKILL, power
  loss) is removed by the next write to the same target.
* Through symlinks: a symlink is followed and its target replaced; the link stays.
* Streams stay streams: a FIFO or a character device (``/dev/null``, ``/dev/stdout``) is written
  to directly, never replaced by a regular file.
* The mode of an existing file is kept; a new file gets the umask's mode (as ``>`` would).
* Bad paths (empty, a directory, a read-only file, a missing or unwritable folder, a socket or
  block device, a full disk) raise :class:`~mapapp.errors.OutputError` with one line saying
  what to do.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from mapapp.errors import OutputError

__all__ = ["replacing", "write_atomic"]

_STALE = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.tmp$")


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` (see the module docstring for what happens to odd paths).

    Raises
    ------
    OutputError
        When ``path`` cannot be written; the message says why and what to do.
    """
    with replacing(path) as tmp:
        try:
            with open(tmp, "wb") as fh:
                fh.write(data)
                fh.flush()
                with contextlib.suppress(OSError):  # pipes and devices cannot be synced
                    os.fsync(fh.fileno())
        except OSError as err:
            raise OutputError(
                f"cannot write {str(path)!r} ({err.strerror or err}); check the disk and the path"
            ) from err


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a path to write to; on success it becomes ``path`` (or ``path`` was written directly).

    For a FIFO or a character device the path itself is yielded: write to it as a stream.

    Examples
    --------
    >>> target = tmp_path / "out.txt"
    >>> with replacing(target) as tmp:
    ...     _ = tmp.write_text("done")
    >>> target.read_text(), sorted(p.name for p in tmp_path.iterdir())
    ('done', ['out.txt'])
    """
    target, existing = _target(path)
    if existing is not None and (stat.S_ISFIFO(existing.st_mode) or stat.S_ISCHR(existing.st_mode)):
        yield target
        return
    _remove_stale(target)
    try:
        fd, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp"
        )
    except OSError as err:
        raise OutputError(
            f"cannot write in folder {str(target.parent)!r} ({err.strerror or err}); "
            "choose another folder or fix its permissions"
        ) from err
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, stat.S_IMODE(existing.st_mode) if existing else _umask_mode())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _target(path: str | os.PathLike[str]) -> tuple[Path, os.stat_result | None]:
    """The file to write (symlinks followed) and its stat, or None when it does not exist yet."""
    if not str(path).strip():
        raise OutputError("the output path is empty; name a file, or - for standard output")
    target = Path(os.path.realpath(path))
    try:
        info: os.stat_result | None = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise OutputError(f"cannot use {str(path)!r} as output ({err.strerror or err})") from err
    if info is None:
        if not target.parent.is_dir():
            raise OutputError(f"folder {str(Path(path).parent)!r} does not exist; create it first")
        return target, None
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{str(path)!r} is a folder; name a file inside it, e.g. {path}/out")
    if stat.S_ISSOCK(info.st_mode) or stat.S_ISBLK(info.st_mode):
        raise OutputError(f"{str(path)!r} is not a file (a socket or a disk); name a file")
    if stat.S_ISREG(info.st_mode) and not info.st_mode & 0o222:
        raise OutputError(
            f"{str(path)!r} is read-only; make it writable (chmod u+w) or choose another name"
        )
    return target, info


def _umask_mode() -> int:
    """0o666 less the process's umask: the mode `>` would give a new file."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _remove_stale(target: Path) -> None:
    """Remove temporary files of earlier writes to ``target`` whose process no longer runs."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            found = _STALE.match(entry.name)
            if not found or found["name"] != target.name or _alive(int(found["pid"])):
                continue
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
