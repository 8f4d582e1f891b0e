"""Write a file so that it appears complete or not at all.

The bytes go to a temporary file next to the destination (same directory, hence same file
system, so ``os.replace`` is atomic); only ``commit()`` flushes, fsyncs and moves it into place.
While a large body is written, a worker thread flushes what has arrived to the disk every
``WRITEBACK_EVERY`` bytes, so the durable end costs the tail only, not the whole file's disk write
at once after the last byte (the download and the disk work overlap).
A failing write or flush (disk full, file too large, I/O error) is a ``LocalFileError`` naming the
destination, and nothing is left behind.
Anything else (an exception, Ctrl-C, a cancelled task, SIGTERM inside ``terminate_cleanly`` or,
for an asyncio task, ``terminate_cleanly_async``)
removes the temporary file and leaves the destination exactly as it was.

The destination is checked before a byte is written: a symlink is followed (its target is
replaced, the link stays), an existing file keeps its permission bits, and anything that is not a
regular file (a directory, a FIFO, a device such as /dev/null) is refused, never renamed over.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import secrets
import signal
import stat
import sys
import threading
from collections.abc import AsyncIterator, Iterator
from types import FrameType
from typing import TYPE_CHECKING, BinaryIO

from ._exceptions import LocalFileError
from ._loops import running_asyncio_loop

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future, ThreadPoolExecutor

__all__ = ["WRITEBACK_EVERY", "AtomicFile", "terminate_cleanly", "terminate_cleanly_async"]

# O_EXCL: never reuse a file someone else created. O_BINARY matters on Windows only.
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)

# 8 MiB: large enough that a speech clip of a few seconds never starts the thread, small enough
# that the final fsync waits for little (256 MiB at loopback speed: 0.24 s of fsync -> ~0.04 s).
WRITEBACK_EVERY = 8 * 1024 * 1024
_sync_data = getattr(os, "fdatasync", os.fsync)  # fdatasync: the data, not the timestamps; not on macOS/Windows


@functools.cache
def _writeback_pool() -> ThreadPoolExecutor:
    """One thread for the process, started when a file first grows large."""
    from concurrent.futures import ThreadPoolExecutor  # only for files that large

    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="modelgates-writeback")


# A forked child inherits the pool but not its thread: its first large file would wait forever for a
# writeback nobody runs (multiprocessing forks by default on Linux). The child starts its own pool.
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_writeback_pool.cache_clear)


class AtomicFile:
    """``with AtomicFile(path) as out: out.write(...); out.commit()``."""

    def __init__(self, destination: str | os.PathLike[str]) -> None:
        self._given = os.fspath(destination)
        self.destination = os.path.realpath(self._given)  # through symlinks, to what they name
        self.committed = False
        self._unsynced = 0
        self._syncing: Future[None] | None = None
        try:
            mode = _existing_mode(self.destination, self._given)
            fd = self._create()
        except LocalFileError:
            raise
        except OSError as exc:  # a missing directory, no permission...: before a byte is downloaded
            raise self.failed(exc) from exc
        if mode is not None and hasattr(os, "fchmod"):  # a 0600 file must not come back 0644
            with contextlib.suppress(OSError):
                os.fchmod(fd, mode)
        self.file: BinaryIO = os.fdopen(fd, "wb")

    def _create(self) -> int:
        directory, name = os.path.split(self.destination)
        while True:
            self.temp_path = os.path.join(directory, f".{name}.{secrets.token_hex(6)}.part")
            try:
                # Created by os.open with mode 0o666 so the umask applies, as for a plain open():
                # mkstemp's 0o600 would leave the finished file unreadable to others.
                return os.open(self.temp_path, _FLAGS, 0o666)
            except FileExistsError:  # pragma: no cover - a 48-bit random name collided
                continue

    def write(self, data: bytes) -> None:
        try:
            self.file.write(data)
        except OSError as exc:
            raise self.failed(exc) from exc
        self._unsynced += len(data)
        if self._unsynced >= WRITEBACK_EVERY and (self._syncing is None or self._syncing.done()):
            self._unsynced = 0
            self._syncing = _writeback_pool().submit(_sync_data, self.file.fileno())

    def commit(self) -> None:
        try:
            self._settle()
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            os.replace(self.temp_path, self.destination)
        except OSError as exc:
            raise self.failed(exc) from exc
        self.committed = True
        _fsync_directory(os.path.dirname(self.destination))

    def _settle(self) -> None:
        """Wait for the writeback in flight: the descriptor must outlive it (raises its OSError)."""
        syncing, self._syncing = self._syncing, None
        if syncing is not None:
            syncing.result()

    def failed(self, exc: OSError) -> LocalFileError:
        """The error to raise for ``exc``, met while writing this file."""
        reason = exc.strerror or str(exc) or type(exc).__name__
        error = LocalFileError(f"cannot save to {self._given!r}: {reason}; the file was left as it was")
        error.errno, error.strerror, error.filename = exc.errno, exc.strerror, self._given
        return error

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self._settle()
        with contextlib.suppress(OSError):
            self.file.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.temp_path)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if not self.committed:
            self.discard()


def _existing_mode(path: str, given: str) -> int | None:
    """The permission bits of the file at ``path``, None if there is none; refuses a non-file."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        directory = stat.S_ISDIR(info.st_mode)
        kind = "a directory" if directory else "not a regular file (a FIFO, socket or device)"
        error = LocalFileError(f"cannot save to {given!r}: it is {kind}; nothing was written")
        # The errno a plain open() for writing would give (EISDIR), or the closest one: a file error as any other.
        code = errno.EISDIR if directory else errno.EINVAL
        error.errno, error.strerror, error.filename = code, os.strerror(code), given
        raise error
    return stat.S_IMODE(info.st_mode)


class _Terminated(BaseException):
    """Raised by the SIGTERM handler of ``terminate_cleanly``: unwinds like Ctrl-C."""


@contextlib.contextmanager
def terminate_cleanly() -> Iterator[None]:
    """While the body is written, SIGTERM unwinds (removing the ``.part`` file) and is then
    delivered again, so the process still ends as it would have. Only in the main thread, and
    only when SIGTERM has its default action: a handler of the application's own is left alone."""
    if not _sigterm_is_default():
        yield
        return

    def on_sigterm(signum: int, frame: FrameType | None) -> None:
        raise _Terminated

    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        yield
    except _Terminated:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.raise_signal(signal.SIGTERM)  # the default action: the process ends here
        raise  # pragma: no cover - not reached
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _sigterm_is_default() -> bool:
    return threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL


# The asyncio tasks writing a file under terminate_cleanly_async, per event loop, and the loops
# SIGTERM has reached. One handler per loop serves all of its writers: a second writer must not
# replace the first one's handler (nor remove it when it finishes first).
_writers: dict[asyncio.AbstractEventLoop, set[asyncio.Task[object]]] = {}
_terminated: set[asyncio.AbstractEventLoop] = set()


@contextlib.asynccontextmanager
async def terminate_cleanly_async() -> AsyncIterator[None]:
    """The asyncio twin of ``terminate_cleanly``. A Python signal handler that raises would unwind
    the event loop, not the tasks that write (their ``.part`` files would stay); so SIGTERM cancels
    every writing task of the loop instead (the loop's own signal handling), and once the last of
    them has unwound, removing its file, SIGTERM is delivered again with its default action. Under
    another event loop (trio, through anyio), outside the main thread, or when the application
    handles SIGTERM itself: nothing changes."""
    loop = running_asyncio_loop()
    task = sys.modules["asyncio"].current_task() if loop is not None else None
    if loop is None or task is None:
        yield
        return
    writers = _writers.get(loop)
    if writers is None:
        if not _sigterm_is_default():
            yield
            return

        # The SIGTERM lines run in tests/regressions' child process, which the signal ends before
        # coverage can save what it saw.
        def on_sigterm() -> None:  # pragma: no cover
            _terminated.add(loop)
            for writer in _writers.get(loop, ()):
                writer.cancel()

        try:
            loop.add_signal_handler(signal.SIGTERM, on_sigterm)
        except (NotImplementedError, RuntimeError, ValueError):  # a loop without signal support (Windows)
            yield
            return
        writers = _writers[loop] = set()
    writers.add(task)
    try:
        yield
    finally:
        writers.discard(task)
        if not writers:
            del _writers[loop]
            loop.remove_signal_handler(signal.SIGTERM)  # back to the default action
            if loop in _terminated:  # pragma: no cover - see on_sigterm
                _terminated.discard(loop)
                signal.raise_signal(signal.SIGTERM)  # the process ends here, every file removed


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
