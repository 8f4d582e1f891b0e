"""Write a file so that it appears complete or not at all.

The bytes go to a temporary file next to the destination (same directory, hence same file
system, so ``os.replace`` is atomic); only ``commit()`` flushes, fsyncs and moves it into place.
Anything else (an exception, Ctrl-C, a cancelled task, SIGTERM inside ``terminate_cleanly`` or,
for an asyncio task, ``terminate_cleanly_async``)
removes the temporary file and leaves the destination exactly as it was.

The destination is checked before a byte is written: a symlink is followed (its target is
replaced, the link stays), an existing file keeps its permission bits, and anything that is not a
regular file (a directory, a FIFO, a device such as /dev/null) is refused, never renamed over.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import signal
import stat
import threading
from collections.abc import AsyncIterator, Iterator
from types import FrameType, TracebackType
from typing import BinaryIO

from ._exceptions import LocalFileError

__all__ = ["AtomicFile", "terminate_cleanly", "terminate_cleanly_async"]

# O_EXCL: never reuse a file someone else created. O_BINARY matters on Windows only.
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


class AtomicFile:
    """``with AtomicFile(path) as out: out.file.write(...); out.commit()``."""

    def __init__(self, destination: str | os.PathLike[str]) -> None:
        self.destination = os.path.realpath(os.fspath(destination))  # through symlinks, to what they name
        mode = _existing_mode(self.destination, os.fspath(destination))
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
        if mode is not None and hasattr(os, "fchmod"):  # a 0600 file must not come back 0644
            with contextlib.suppress(OSError):
                os.fchmod(fd, mode)
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


def _existing_mode(path: str, given: str) -> int | None:
    """The permission bits of the file at ``path``, None if there is none; refuses a non-file."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        kind = "a directory" if stat.S_ISDIR(info.st_mode) else "not a regular file (a FIFO, socket or device)"
        raise LocalFileError(f"cannot save to {given!r}: it is {kind}; nothing was written")
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
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # not asyncio
        loop = None
    task = asyncio.current_task() if loop is not None else None
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
