"""Speech audio is streamed, saved atomically, and reported truthfully when cut short."""

from __future__ import annotations

import errno
import multiprocessing
import os
import random
import resource
import signal
import socket
import tracemalloc
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from modelgates import ModelGates
from modelgates.errors import IncompleteResponseError, InvalidRequestError, LocalFileError, StreamConsumedError

from tests._rawserver import RawServer, WireRequest

from .conftest import chunked, fixed, send_chunks

AUDIO = random.Random(7).randbytes(300_001)  # odd size: no accidental alignment with chunk sizes
ARGS = {"input": "Hello world", "model": "elevenlabs/eleven-turbo-v2", "voice": "alloy"}


def serve(
    server: RawServer, body: bytes, content_type: str | None = "audio/mpeg", *, cut_at: int | None = None
) -> None:
    """Answer every request with ``body`` (Content-Length); with ``cut_at``, hang up after that many bytes."""
    headers = {"Content-Type": content_type} if content_type is not None else {}

    def handler(request: WireRequest, conn: socket.socket) -> bool:
        assert request.path == "/audio/speech"
        if cut_at is None:
            conn.sendall(fixed(200, headers, body))
            return True
        conn.sendall(fixed(200, headers, body[:cut_at], content_length=len(body)))
        return False

    server.handler = handler


def leftovers(directory: Path, keep: set[str]) -> list[str]:
    return sorted(name for name in os.listdir(directory) if name not in keep)


# -- reading


def test_read_returns_the_exact_bytes_and_keeps_them(server: RawServer, client: ModelGates) -> None:
    serve(server, AUDIO)
    with client.tts.create_speech(**ARGS) as res:
        assert res.status_code == 200
        assert res.read() == AUDIO
        assert res.content is res.read()  # cached, not read twice
    assert res.http_response.is_closed


def test_iter_bytes_streams_the_exact_bytes_in_bounded_pieces(server: RawServer, client: ModelGates) -> None:
    serve(server, AUDIO)
    with client.tts.create_speech(**ARGS) as res:
        pieces = list(res.iter_bytes(chunk_size=4096))
    assert b"".join(pieces) == AUDIO
    assert max(map(len, pieces)) == 4096
    assert len(pieces) == -(-len(AUDIO) // 4096)


@pytest.mark.parametrize(
    "content_type", ["application/octet-stream", "audio/mpeg", "audio/wav", "audio/*", "audio/pcm", None]
)
def test_a_200_is_audio_whatever_its_content_type(
    server: RawServer, client: ModelGates, content_type: str | None
) -> None:
    serve(server, AUDIO[:1000], content_type)
    with client.tts.create_speech(**ARGS) as res:
        assert res.content_type == content_type
        assert res.read() == AUDIO[:1000]


def test_repr_shows_status_type_and_size_but_not_the_body(server: RawServer, client: ModelGates) -> None:
    serve(server, b"ID3-secret-audio-bytes", "audio/mpeg")
    with client.tts.create_speech(**ARGS) as res:
        text = repr(res)
        assert text == "<BinaryResponse [200 OK] audio/mpeg, 22 bytes>"
        assert str(res) == text  # what seed 000's print(res) shows
        assert "secret" not in text


def test_read_of_a_cut_body_says_how_many_bytes_arrived(server: RawServer, client: ModelGates) -> None:
    serve(server, AUDIO, cut_at=1000)
    with client.tts.create_speech(**ARGS) as res, pytest.raises(IncompleteResponseError) as caught:
        res.read()
    assert caught.value.bytes_received == 1000
    assert f"1000 of {len(AUDIO)} bytes" in str(caught.value)
    assert res.http_response.is_closed


# -- stream_to_file


def test_stream_to_file_writes_the_exact_bytes_and_no_temp_file(
    server: RawServer, client: ModelGates, tmp_path: Path
) -> None:
    serve(server, AUDIO)
    progress: list[int] = []
    res = client.tts.create_speech(**ARGS)
    written = res.stream_to_file(tmp_path / "out.mp3", progress=progress.append)
    assert written == len(AUDIO)
    assert (tmp_path / "out.mp3").read_bytes() == AUDIO
    assert progress[-1] == len(AUDIO)
    assert progress == sorted(progress)
    assert leftovers(tmp_path, {"out.mp3"}) == []
    assert res.http_response.is_closed


def test_stream_to_file_file_gets_ordinary_permissions(server: RawServer, client: ModelGates, tmp_path: Path) -> None:
    serve(server, AUDIO[:10])
    client.tts.create_speech(**ARGS).stream_to_file(tmp_path / "out.mp3")
    plain = tmp_path / "plain"
    plain.write_bytes(b"")
    assert (tmp_path / "out.mp3").stat().st_mode == plain.stat().st_mode


@pytest.mark.parametrize("existing", [None, b"the previous take"])
def test_a_cut_download_leaves_the_destination_as_it_was(
    server: RawServer, client: ModelGates, tmp_path: Path, existing: bytes | None
) -> None:
    target = tmp_path / "out.mp3"
    if existing is not None:
        target.write_bytes(existing)
    serve(server, AUDIO, cut_at=100_000)
    res = client.tts.create_speech(**ARGS)
    with pytest.raises(IncompleteResponseError) as caught:
        res.stream_to_file(target)
    assert f"100000 of {len(AUDIO)} bytes" in str(caught.value)
    assert caught.value.bytes_received == 100_000
    assert (target.read_bytes() if target.exists() else None) == existing
    assert leftovers(tmp_path, {"out.mp3"}) == []
    assert res.http_response.is_closed


def test_a_cut_chunked_download_is_refused_too(server: RawServer, client: ModelGates, tmp_path: Path) -> None:
    def handler(request: WireRequest, conn: socket.socket) -> bool:
        send_chunks(conn, 200, {"Content-Type": "audio/mpeg"}, [AUDIO[:5000], AUDIO[5000:9000]])
        return False  # no terminating zero-size chunk

    server.handler = handler
    with pytest.raises(IncompleteResponseError) as caught:
        client.tts.create_speech(**ARGS).stream_to_file(tmp_path / "out.mp3")
    assert caught.value.bytes_received == 9000
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_disk_error_or_ctrl_c_mid_write_leaves_no_trace(
    server: RawServer, client: ModelGates, tmp_path: Path, failure: BaseException
) -> None:
    target = tmp_path / "out.mp3"
    target.write_bytes(b"old")
    serve(server, AUDIO)
    res = client.tts.create_speech(**ARGS)

    def progress(done: int) -> None:
        if done > 50_000:
            raise failure

    with pytest.raises(type(failure)):
        res.stream_to_file(target, progress=progress)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path, {"out.mp3"}) == []
    assert res.http_response.is_closed


def test_a_missing_directory_fails_before_reading_and_the_response_stays_usable(
    server: RawServer, client: ModelGates, tmp_path: Path
) -> None:
    serve(server, AUDIO)
    res = client.tts.create_speech(**ARGS)
    with pytest.raises(LocalFileError, match=r"missing/out\.mp3") as caught:
        res.stream_to_file(tmp_path / "missing" / "out.mp3")
    assert caught.value.errno == errno.ENOENT
    assert not res.http_response.is_closed
    # nothing was read: another destination gets the whole body
    assert res.stream_to_file(tmp_path / "out.mp3") == len(AUDIO)
    assert (tmp_path / "out.mp3").read_bytes() == AUDIO
    assert res.http_response.is_closed


def test_a_body_read_again_after_it_was_consumed_or_closed_is_a_typed_error(
    server: RawServer, client: ModelGates, tmp_path: Path
) -> None:
    serve(server, AUDIO)
    res = client.tts.create_speech(**ARGS)
    res.stream_to_file(tmp_path / "out.mp3")
    with pytest.raises(StreamConsumedError, match=r"already read .* call read\(\) first"):
        res.read()
    with pytest.raises(StreamConsumedError):
        res.stream_to_file(tmp_path / "again.mp3")
    assert leftovers(tmp_path, {"out.mp3"}) == []  # no empty again.mp3 presented as the audio
    serve(server, AUDIO)
    closed = client.tts.create_speech(**ARGS)
    closed.close()
    with pytest.raises(StreamConsumedError, match="closed before its body was read"):
        closed.read()
    serve(server, AUDIO)
    kept = client.tts.create_speech(**ARGS)
    assert kept.read() == AUDIO
    assert b"".join(kept.iter_bytes()) == AUDIO  # read() keeps the body for later uses


@pytest.fixture
def file_size_limit() -> Iterator[int]:
    """Files of this process may not grow past the returned size (writes beyond fail with EFBIG)."""
    limit = 200_000
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failing write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield limit
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def test_a_write_that_fails_midway_is_a_local_file_error_and_leaves_no_trace(
    server: RawServer, client: ModelGates, tmp_path: Path, file_size_limit: int
) -> None:
    target = tmp_path / "out.mp3"
    target.write_bytes(b"old")
    serve(server, AUDIO)  # larger than the limit
    res = client.tts.create_speech(**ARGS)
    with pytest.raises(LocalFileError, match=r"cannot save to .*out\.mp3.*File too large") as caught:
        res.stream_to_file(target)
    assert caught.value.errno == errno.EFBIG
    assert isinstance(caught.value.__cause__, OSError)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path, {"out.mp3"}) == []
    assert res.http_response.is_closed


@pytest.mark.anyio
async def test_async_a_write_that_fails_midway_is_a_local_file_error(
    server: RawServer, client: ModelGates, tmp_path: Path, file_size_limit: int
) -> None:
    serve(server, AUDIO, "audio/pcm")
    res = await client.tts.create_speech_async(**ARGS)
    with pytest.raises(LocalFileError) as caught:
        await res.save_wav(tmp_path / "out.wav")
    assert caught.value.errno == errno.EFBIG
    assert leftovers(tmp_path, set()) == []


def test_memory_stays_flat_while_saving_a_large_body(server: RawServer, client: ModelGates, tmp_path: Path) -> None:
    big = random.Random(1).randbytes(8 * 1024 * 1024)
    serve(server, big, "audio/pcm")
    res = client.tts.create_speech(**ARGS)
    tracemalloc.start()
    try:
        res.stream_to_file(tmp_path / "big.pcm")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (tmp_path / "big.pcm").read_bytes() == big  # past WRITEBACK_EVERY: flushed in the background too
    assert peak < 1024 * 1024, f"peak {peak} bytes while streaming 8 MiB"


def _save_in_child(url: str, destination: str, expected: bytes) -> None:
    """A forked worker's job: a download larger than WRITEBACK_EVERY, on a client of its own."""
    with ModelGates(api_key="test-key", server_url=url) as sdk:
        sdk.tts.create_speech(**ARGS).stream_to_file(destination)
    if Path(destination).read_bytes() != expected:
        raise SystemExit(3)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_a_process_forked_after_a_large_download_can_save_a_large_file(
    server: RawServer, client: ModelGates, tmp_path: Path
) -> None:
    # The parent's download starts the background writeback; the child inherits that pool without its
    # thread, and used to hang forever on its own first large file.
    big = random.Random(2).randbytes(9 * 1024 * 1024)
    serve(server, big, "audio/pcm")
    client.tts.create_speech(**ARGS).stream_to_file(tmp_path / "parent.pcm")
    child = multiprocessing.get_context("fork").Process(
        target=_save_in_child, args=(server.url, str(tmp_path / "child.pcm"), big)
    )
    child.start()
    try:
        child.join(timeout=60)
        assert not child.is_alive(), "the forked child is stuck saving its file"
        assert child.exitcode == 0
    finally:
        if child.is_alive():
            child.kill()
            child.join()
    assert (tmp_path / "parent.pcm").read_bytes() == big
    assert leftovers(tmp_path, {"parent.pcm", "child.pcm"}) == []


def _download_in_child(sdk: ModelGates, expected: bytes) -> None:
    """A forked worker's job, on the client it inherited from its parent."""
    if sdk.tts.create_speech(**ARGS).read() != expected:
        raise SystemExit(3)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_a_forked_worker_uses_its_own_connection_not_the_parents(server: RawServer, client: ModelGates) -> None:
    # Requests of two processes on one inherited keep-alive socket would interleave and read each other's
    # answers; the child must open a connection of its own, and the parent's stays usable.
    serve(server, AUDIO)
    assert client.tts.create_speech(**ARGS).read() == AUDIO
    assert len(server.connections) == 1  # pooled, kept alive
    child = multiprocessing.get_context("fork").Process(target=_download_in_child, args=(client, AUDIO))
    child.start()
    try:
        child.join(timeout=60)
        assert not child.is_alive(), "the forked child is stuck"
        assert child.exitcode == 0
    finally:
        if child.is_alive():
            child.kill()
            child.join()
    assert len(server.connections) == 2
    assert client.tts.create_speech(**ARGS).read() == AUDIO
    assert len(server.connections) == 2  # the parent's connection still serves it


# -- save_wav


def test_save_wav_wraps_pcm_with_the_documented_defaults(server: RawServer, client: ModelGates, tmp_path: Path) -> None:
    pcm = AUDIO[:48_000]
    serve(server, pcm, "audio/pcm")
    pcm_bytes = client.tts.create_speech(**ARGS, response_format="pcm").save_wav(tmp_path / "out.wav")
    assert pcm_bytes == len(pcm)
    with wave.open(str(tmp_path / "out.wav"), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 24000)
        assert wav.getnframes() == 24_000
        assert wav.readframes(wav.getnframes()) == pcm
    assert leftovers(tmp_path, {"out.wav"}) == []


def test_save_wav_takes_other_formats_and_drops_a_partial_frame(
    server: RawServer, client: ModelGates, tmp_path: Path
) -> None:
    pcm = AUDIO[:40_003]  # 10_000 stereo 16-bit frames and 3 stray bytes
    serve(server, pcm, None)
    with client.tts.create_speech(**ARGS, response_format="pcm") as res:
        res.save_wav(tmp_path / "out.wav", sample_rate=48_000, sample_width=2, channels=2)
    with wave.open(str(tmp_path / "out.wav"), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate(), wav.getnframes()) == (2, 2, 48_000, 10_000)
        assert wav.readframes(10_000) == pcm[:40_000]


def test_save_wav_of_a_cut_stream_writes_nothing(server: RawServer, client: ModelGates, tmp_path: Path) -> None:
    serve(server, AUDIO, "audio/pcm", cut_at=2000)
    with pytest.raises(IncompleteResponseError):
        client.tts.create_speech(**ARGS, response_format="pcm").save_wav(tmp_path / "out.wav")
    assert os.listdir(tmp_path) == []


def test_save_wav_refuses_mp3_before_writing(server: RawServer, client: ModelGates, tmp_path: Path) -> None:
    serve(server, AUDIO, "audio/mpeg")
    with client.tts.create_speech(**ARGS) as res, pytest.raises(InvalidRequestError, match="stream_to_file"):
        res.save_wav(tmp_path / "out.wav")
    assert os.listdir(tmp_path) == []


def test_save_wav_rejects_impossible_parameters(server: RawServer, client: ModelGates, tmp_path: Path) -> None:
    serve(server, AUDIO, "audio/pcm")
    with client.tts.create_speech(**ARGS) as res, pytest.raises(ValueError, match="sample_width"):
        res.save_wav(tmp_path / "out.wav", sample_width=16)


# -- async


@pytest.mark.anyio
async def test_async_read_and_iterate_return_the_exact_bytes(server: RawServer, client: ModelGates) -> None:
    serve(server, AUDIO)
    async with await client.tts.create_speech_async(**ARGS) as res:
        assert await res.aread() == AUDIO
        assert res.content == AUDIO
    async with await client.tts.create_speech_async(**ARGS) as res:
        pieces = [piece async for piece in res.aiter_bytes(chunk_size=10_000)]
    assert b"".join(pieces) == AUDIO
    assert max(map(len, pieces)) == 10_000
    await client.aclose()


@pytest.mark.anyio
async def test_async_stream_to_file_and_save_wav(server: RawServer, client: ModelGates, tmp_path: Path) -> None:
    serve(server, AUDIO[:4800], "audio/pcm")
    res = await client.tts.create_speech_async(**ARGS)
    assert await res.stream_to_file(tmp_path / "out.pcm") == 4800
    assert (tmp_path / "out.pcm").read_bytes() == AUDIO[:4800]
    res = await client.tts.create_speech_async(**ARGS, response_format="pcm")
    assert await res.save_wav(tmp_path / "out.wav") == 4800
    with wave.open(str(tmp_path / "out.wav"), "rb") as wav:
        assert wav.readframes(wav.getnframes()) == AUDIO[:4800]
    assert leftovers(tmp_path, {"out.pcm", "out.wav"}) == []
    await client.aclose()


@pytest.mark.anyio
async def test_async_cut_download_keeps_the_previous_file(
    server: RawServer, client: ModelGates, tmp_path: Path
) -> None:
    target = tmp_path / "out.mp3"
    target.write_bytes(b"previous")
    serve(server, AUDIO, cut_at=70_000)
    res = await client.tts.create_speech_async(**ARGS)
    with pytest.raises(IncompleteResponseError, match=f"70000 of {len(AUDIO)} bytes"):
        await res.stream_to_file(target)
    assert target.read_bytes() == b"previous"
    assert leftovers(tmp_path, {"out.mp3"}) == []
    assert res.http_response.is_closed
    await client.aclose()


def test_chunked_helper_builds_a_parsable_response() -> None:
    # Guards the test server itself: a chunk per piece, then the terminator.
    assert chunked(200, {}, [b"ab", b"c"]).endswith(b"2\r\nab\r\n1\r\nc\r\n0\r\n\r\n")


@pytest.mark.anyio
async def test_async_content_needs_aread_first_and_iterating_a_cut_body_raises(
    server: RawServer, client: ModelGates
) -> None:
    serve(server, AUDIO, cut_at=5000)
    async with await client.tts.create_speech_async(**ARGS) as res:
        with pytest.raises(RuntimeError, match="aread"):
            _ = res.content
        with pytest.raises(IncompleteResponseError, match=f"5000 of {len(AUDIO)}"):
            async for _ in res.aiter_bytes():
                pass
        assert res.headers["content-length"] == str(len(AUDIO))
    await client.aclose()
