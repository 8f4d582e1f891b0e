"""Write a file so that it appears complete or not at all.

The bytes go to a temporary file next to the destination (same directory, hence same file
system, so ``os.replace`` is atomic); only ``commit()`` flushes, fsyncs and moves it into place.
Anything else (an exception, Ctrl-C, a cancelled task) removes the temporary file and leaves
the destination exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from types import TracebackType
from typing import BinaryIO

__all__ = ["AtomicFile"]

# O_EXCL: never reuse a file someone else created. O_BINARY matters on Windows only.
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


class AtomicFile:
    """``with AtomicFile(path) as out: out.file.write(...); out.commit()``."""

    def __init__(self, destination: str | os.PathLike[str]) -> None:
        self.destination = os.path.abspath(os.fspath(destination))
        directory, name = os.path.split(self.destination)
        while True:
            self.temp_path = os.path.join(directory, f".{name}.{secrets.token_hex(6)}.part")
            try:
                # Created by os.open with mode 0o666 so the umask applies, as for a plain open():
                # mkstemp's 0o600 would leave the finished file unreadable to others.
                fd = os.open(self.temp_path, _FLAGS, 0o666)
            except FileExistsError:  # pragma: no cover - a 48-bit random name collided
                continue
            break
        self.file: BinaryIO = os.fdopen(fd, "wb")
        self.committed = False

    def commit(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.temp_path, self.destination)
        self.committed = True
        _fsync_directory(os.path.dirname(self.destination))

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.temp_path)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not self.committed:
            self.discard()


def _fsync_directory(directory: str) -> None:
    """Make the rename itself durable; best effort (not possible on Windows)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
