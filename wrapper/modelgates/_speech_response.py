"""``BinaryResponse`` / ``AsyncBinaryResponse``: a binary body, streamed (the audio of
``tts.create_speech``, which names them ``SpeechResponse``; a file's or a video's content).

Nothing is buffered until asked: ``iter_bytes`` hands over pieces as they arrive, and
``stream_to_file`` / ``save_wav`` write them as they arrive into a temporary file that replaces
the destination only once the body is complete. Any 2xx is audio whatever its Content-Type
(servers say ``application/octet-stream``, ``audio/mpeg``, ``audio/wav``, ``audio/*`` or nothing).
"""

from __future__ import annotations

import contextlib
import os
import wave
from collections.abc import AsyncGenerator, Callable, Iterator

import httpx

from ._atomic import AtomicFile, terminate_cleanly, terminate_cleanly_async
from ._exceptions import (
    IncompleteResponseError,
    InvalidRequestError,
    ModelGatesError,
    ResponseTooLargeError,
    StreamConsumedError,
)
from ._limits import DEFAULT_LIMITS, Limits
from ._transport import error_from_transport
from ._wav import WAV_HEADER_SIZE, check_pcm_params, wav_header

__all__ = ["AsyncBinaryResponse", "AsyncSpeechResponse", "BinaryResponse", "SpeechResponse"]

PathLike = str | os.PathLike[str]
Progress = Callable[[int], object] | None  # called with the byte count so far, after each piece
# Media types that cannot be raw PCM: wrapping them in a WAV header would make noise.
_COMPRESSED = ("audio/mpeg", "audio/mp3", "audio/mpa", "audio/aac", "audio/ogg", "audio/opus", "audio/flac")
# A server that already sends a WAV file: saving it as it is, not inside a second header.
_WAV = ("audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave")


class _AudioBase:
    def __init__(self, response: httpx.Response, *, limits: Limits = DEFAULT_LIMITS) -> None:
        self._response = response
        self._content: bytes | None = None
        self._limits = limits
        self._decoded = 0
        self._encoded = "content-encoding" in response.headers
        self._started = False  # a read began: a failure after it closes the response, one before leaves it usable

    def _count(self, piece: bytes) -> None:
        """A decompression bomb (10 MB of gzip that expands to 10 GB) fails once the decoded bytes
        outgrow the received ones by ``max_decompression_ratio``; audio barely compresses, so a
        long file never does."""
        self._decoded += len(piece)
        limits = self._limits
        if (
            self._encoded
            and self._decoded > limits.ratio_after_bytes
            and self._decoded > limits.max_decompression_ratio * max(self.bytes_received, 1)
        ):
            raise ResponseTooLargeError(
                f"the body decompresses to over {limits.max_decompression_ratio:g} times its "
                f"{self.bytes_received} received bytes: a decompression bomb? Nothing more was read. To accept it, "
                "pass ModelGates(limits=Limits(max_decompression_ratio=...))",
                body="",
                raw_response=self._response,
            )

    @property
    def http_response(self) -> httpx.Response:
        """The underlying ``httpx.Response`` (opened with ``stream=True``)."""
        return self._response

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    @property
    def content_type(self) -> str | None:
        value: str | None = self._response.headers.get("content-type")
        return value

    @property
    def content_length(self) -> int | None:
        """The body size announced by the server (Content-Length), if any."""
        raw = self._response.headers.get("content-length", "")
        return int(raw) if raw.strip().isdigit() else None

    @property
    def bytes_received(self) -> int:
        """Body bytes read from the network so far (before any content decoding)."""
        return self._response.num_bytes_downloaded

    def _of_expected(self) -> str:
        expected = self.content_length
        return f"{self.bytes_received} of {expected}" if expected is not None else f"{self.bytes_received}"

    def _broken(self, exc: httpx.HTTPError) -> ModelGatesError:
        if isinstance(exc, httpx.TransportError):
            return IncompleteResponseError(
                f"the download broke off after {self._of_expected()} bytes: {error_from_transport(exc)}",
                bytes_received=self.bytes_received,
                partial=self.bytes_received,
                raw_response=self._response,
            )
        return error_from_transport(exc) if isinstance(exc, httpx.RequestError) else ModelGatesError(str(exc))

    def _reread(self, exc: httpx.StreamError) -> StreamConsumedError:
        if isinstance(exc, httpx.StreamClosed):
            return StreamConsumedError("the response was closed before its body was read")
        return StreamConsumedError(
            "the body was already read (iter_bytes, stream_to_file or save_wav) and not kept: "
            "call read() first to use it more than once"
        )

    def _check_complete(self) -> None:
        # httpx already refuses a short Content-Length body; this also covers odd transports.
        expected = self.content_length
        if expected is not None and self.bytes_received != expected:
            raise IncompleteResponseError(
                f"the body is incomplete: received {self._of_expected()} bytes",
                bytes_received=self.bytes_received,
                partial=self.bytes_received,
                raw_response=self._response,
            )

    def _is_wav_already(self, sample_rate: int, sample_width: int, channels: int) -> bool:
        """Whether the body is a WAV file itself; refuses compressed audio, which is not PCM."""
        check_pcm_params(sample_rate=sample_rate, sample_width=sample_width, channels=channels)
        media_type = (self.content_type or "").partition(";")[0].strip().lower()
        if media_type in _WAV:
            return True
        if media_type in _COMPRESSED:
            raise InvalidRequestError(
                f"save_wav wraps raw PCM (response_format='pcm'), but this response is {media_type}; "
                "use stream_to_file() to save it as it is"
            )
        return False

    def __repr__(self) -> str:
        size = len(self._content) if self._content is not None else self.content_length
        length = f"{size} bytes" if size is not None else "length unknown"
        status = f"{self.status_code} {self._response.reason_phrase}".strip()
        return f"<{type(self).__name__} [{status}] {self.content_type or 'no content type'}, {length}>"


def _wav_data_size(path: PathLike, written: int) -> int:
    """The audio bytes of a WAV file the server sent whole (its header says; else size minus 44)."""
    try:
        with wave.open(os.fspath(path), "rb") as saved:
            return saved.getnframes() * saved.getsampwidth() * saved.getnchannels()
    except (wave.Error, EOFError):
        return max(written - WAV_HEADER_SIZE, 0)


def _finish_wav(out: AtomicFile, size: int, sample_rate: int, sample_width: int, channels: int) -> int:
    """Fix the placeholder header once the data size is known; returns the PCM byte count."""
    size -= size % (sample_width * channels)  # a trailing partial frame is not audio
    try:
        out.file.truncate(WAV_HEADER_SIZE + size)
        out.file.seek(0)
    except OSError as exc:
        raise out.failed(exc) from exc
    out.write(wav_header(size, sample_rate=sample_rate, sample_width=sample_width, channels=channels))
    out.commit()
    return size


class BinaryResponse(_AudioBase):
    """Streamed audio: ``iter_bytes()``, ``read()``/``content``, ``stream_to_file()``, ``save_wav()``.

    The body can be consumed once (``read()`` keeps it for later). Use ``with`` (or ``close()``)
    when not reading it to the end, to release the connection.
    """

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in pieces as they arrive (each at most 64 KiB), or of ``chunk_size`` bytes.

        A connection cut raises ``IncompleteResponseError`` (with ``bytes_received``).
        """
        self._started = True
        try:
            for piece in self._response.iter_bytes(chunk_size):
                self._count(piece)
                yield piece
        except httpx.StreamError as exc:  # consumed or closed: not a broken download, nothing to close
            raise self._reread(exc) from exc
        except httpx.HTTPError as exc:
            self.close()
            raise self._broken(exc) from exc
        except ModelGatesError:
            self.close()
            raise
        self._check_complete()

    def read(self) -> bytes:
        """The whole body (kept: later calls and ``content`` return the same bytes)."""
        if self._content is None:
            # Piece by piece, not response.read(): the decompression guard must see every piece.
            self._content = self._response._content = b"".join(self.iter_bytes())
        return self._content

    @property
    def content(self) -> bytes:
        return self.read()

    def _copy(self, write: Callable[[bytes], object], progress: Progress) -> int:
        written = 0
        for piece in self.iter_bytes():
            write(piece)
            written += len(piece)
            if progress is not None:
                progress(written)
        return written

    def stream_to_file(self, path: PathLike, *, progress: Progress = None) -> int:
        """Write the body to ``path`` as it arrives; returns the number of bytes written.

        ``path`` appears only when the body is complete; on any failure it is left as it was. A
        destination refused before the body is read (a directory, a missing folder) leaves the
        response open: call again with another path.
        """
        try:
            with terminate_cleanly(), AtomicFile(path) as out:
                written = self._copy(out.write, progress)
                out.commit()
            return written
        finally:
            if self._started:
                self.close()

    def save_wav(
        self,
        path: PathLike,
        sample_rate: int = 24000,
        sample_width: int = 2,
        channels: int = 1,
        *,
        progress: Progress = None,
    ) -> int:
        """Save raw PCM (``response_format="pcm"``: 16-bit little-endian mono at 24 kHz by default)
        as a WAV file, streaming, atomically like ``stream_to_file``.

        Returns the number of PCM bytes in the file (its size minus the 44-byte header). A body the
        server already sent as ``audio/wav`` is saved as it is.
        """
        if self._is_wav_already(sample_rate, sample_width, channels):
            return _wav_data_size(path, self.stream_to_file(path, progress=progress))
        try:
            with terminate_cleanly(), AtomicFile(path) as out:
                out.write(bytes(WAV_HEADER_SIZE))  # placeholder: the sizes are known at the end
                size = self._copy(out.write, progress)
                return _finish_wav(out, size, sample_rate, sample_width, channels)
        finally:
            if self._started:
                self.close()

    def close(self) -> None:
        self._response.close()

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncBinaryResponse(_AudioBase):
    """The async twin of ``BinaryResponse``: ``aiter_bytes``, ``aread``, ``await stream_to_file``..."""

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncGenerator[bytes, None]:
        """The body in pieces as they arrive (each at most 64 KiB), or of ``chunk_size`` bytes."""
        self._started = True
        body = self._response.aiter_bytes(chunk_size)
        try:
            async for piece in body:
                self._count(piece)
                yield piece
        except httpx.StreamError as exc:
            raise self._reread(exc) from exc
        except httpx.HTTPError as exc:
            await self.aclose()
            raise self._broken(exc) from exc
        except ModelGatesError:
            await self.aclose()
            raise
        finally:
            await body.aclose()  # type: ignore[attr-defined]  # httpx returns an async generator
        self._check_complete()

    async def aread(self) -> bytes:
        """The whole body (kept: later calls and ``content`` return the same bytes)."""
        if self._content is None:
            async with contextlib.aclosing(self.aiter_bytes()) as pieces:
                self._content = self._response._content = b"".join([piece async for piece in pieces])
        return self._content

    @property
    def content(self) -> bytes:
        """The body, once ``aread()`` has been awaited."""
        if self._content is None:
            raise RuntimeError("await response.aread() before using .content")
        return self._content

    async def _copy(self, out: AtomicFile, progress: Progress) -> int:
        import anyio.to_thread  # here, not at the top: sync code never imports anyio (nor asyncio)

        written = 0
        async with contextlib.aclosing(self.aiter_bytes()) as pieces:
            async for piece in pieces:
                # File writes in a worker thread: a slow disk must not stall the event loop.
                await anyio.to_thread.run_sync(out.write, piece)
                written += len(piece)
                if progress is not None:
                    progress(written)
        return written

    async def stream_to_file(self, path: PathLike, *, progress: Progress = None) -> int:
        """Write the body to ``path`` as it arrives; returns the number of bytes written.

        ``path`` appears only when the body is complete; on any failure (cancellation
        included) it is left as it was.
        """
        import anyio.to_thread  # here, not at the top: sync code never imports anyio (nor asyncio)

        try:
            # AtomicFile created inline: a cancel between creation and `with` would leak it.
            async with terminate_cleanly_async():
                with AtomicFile(path) as out:
                    written = await self._copy(out, progress)
                    await anyio.to_thread.run_sync(out.commit)
            return written
        finally:
            if self._started:
                await self.aclose()

    async def save_wav(
        self,
        path: PathLike,
        sample_rate: int = 24000,
        sample_width: int = 2,
        channels: int = 1,
        *,
        progress: Progress = None,
    ) -> int:
        """Async ``BinaryResponse.save_wav``: raw PCM saved as a WAV file; returns the PCM byte count."""
        if self._is_wav_already(sample_rate, sample_width, channels):
            return _wav_data_size(path, await self.stream_to_file(path, progress=progress))
        import anyio.to_thread  # here, not at the top: sync code never imports anyio (nor asyncio)

        try:
            async with terminate_cleanly_async():
                with AtomicFile(path) as out:  # created inline: a cancel between creation and `with` would leak it
                    await anyio.to_thread.run_sync(out.write, bytes(WAV_HEADER_SIZE))
                    size = await self._copy(out, progress)
                    return await anyio.to_thread.run_sync(_finish_wav, out, size, sample_rate, sample_width, channels)
        finally:
            if self._started:
                await self.aclose()

    async def aclose(self) -> None:
        import anyio  # here, not at the top: sync code never imports anyio (nor asyncio)

        # Shielded: closing must complete even when the caller is being cancelled.
        with anyio.CancelScope(shield=True):
            await self._response.aclose()

    async def __aenter__(self) -> AsyncBinaryResponse:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


# The speech operation's name for them (every binary download of the API comes back as one).
SpeechResponse = BinaryResponse
AsyncSpeechResponse = AsyncBinaryResponse
