"""Speech from the local server: real, deterministic audio with the right length and labels."""

from __future__ import annotations

import io
import wave

import httpx
import miniaudio
import pytest
from modelgates.testing import CHANNELS, SAMPLE_RATE, SAMPLE_WIDTH, LocalServer, pattern_bytes, synthesize_pcm
from modelgates.testing._audio import word_seconds

from .conftest import SEED_SPEECH


def _seconds(pcm: bytes) -> float:
    return len(pcm) / (SAMPLE_RATE * SAMPLE_WIDTH * CHANNELS)


def test_pcm_is_deterministic_and_depends_on_text_and_voice() -> None:
    first = synthesize_pcm("Hello world", "alloy")
    assert first == synthesize_pcm("Hello world", "alloy")
    assert first != synthesize_pcm("Hello there", "alloy")
    assert first != synthesize_pcm("Hello world", "nova")
    assert synthesize_pcm("", "alloy") == b""


def test_pcm_length_matches_the_duration_math() -> None:
    text = "The quick brown fox jumps"
    pcm = synthesize_pcm(text, "alloy")
    assert len(pcm) % (SAMPLE_WIDTH * CHANNELS) == 0
    expected = sum(word_seconds(word) + 0.06 for word in text.split())
    assert _seconds(pcm) == pytest.approx(expected, abs=0.01 * len(text.split()))
    # Speed scales the duration, and is clamped to 0.25-4.
    assert _seconds(synthesize_pcm(text, "alloy", 2.0)) == pytest.approx(expected / 2, abs=0.05)
    assert synthesize_pcm(text, "alloy", 100.0) == synthesize_pcm(text, "alloy", 4.0)
    assert synthesize_pcm(text, "alloy", float("nan")) == pcm
    # Wrapped as WAV, the header's frame count and rate give the same duration.
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(CHANNELS)
        wav.setsampwidth(SAMPLE_WIDTH)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(pcm)
    with wave.open(io.BytesIO(buffer.getvalue()), "rb") as wav:
        assert wav.getnframes() / wav.getframerate() == pytest.approx(_seconds(pcm))


def test_seed_request_gets_pcm(client: httpx.Client) -> None:
    response = client.post("/audio/speech", json=SEED_SPEECH)
    assert response.status_code == 200
    assert response.headers["content-type"] == "audio/pcm"
    assert int(response.headers["content-length"]) == len(response.content)
    assert response.headers["x-generation-id"].startswith("gen-")
    assert response.content == synthesize_pcm("Hello world", "alloy", 1.0)
    assert 0.5 < _seconds(response.content) < 2.0


def test_mp3_is_real_and_decodes(client: httpx.Client) -> None:
    request = {**SEED_SPEECH, "response_format": "mp3"}
    response = client.post("/audio/speech", json=request)
    assert response.status_code == 200
    assert response.headers["content-type"] == "audio/mpeg"
    assert response.content == client.post("/audio/speech", json=request).content  # deterministic
    decoded = miniaudio.decode(response.content, nchannels=1, sample_rate=SAMPLE_RATE)
    assert len(decoded.samples) > 0.5 * SAMPLE_RATE
    assert max(abs(sample) for sample in decoded.samples) > 1000


def test_default_format_is_pcm(client: httpx.Client) -> None:
    response = client.post("/audio/speech", json={"input": "hi", "model": "m", "voice": "v"})
    assert response.headers["content-type"] == "audio/pcm"


def test_empty_input_is_rejected(client: httpx.Client) -> None:
    response = client.post("/audio/speech", json={"input": "  ", "model": "m", "voice": "v"})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "input must contain text to synthesize"


def test_bytes_model_returns_exactly_n_pattern_bytes(client: httpx.Client) -> None:
    size = 3 * 65536 + 1234
    received = bytearray()
    with client.stream("POST", "/audio/speech", json={"input": "x", "model": f"test/bytes-{size}", "voice": "v"}) as r:
        assert r.headers["content-length"] == str(size)
        assert r.headers["content-type"] == "audio/pcm"
        for piece in r.iter_raw():
            received += piece
    assert len(received) == size
    assert bytes(received) == bytes(i % 256 for i in range(size))
    assert b"".join(pattern_bytes(1000, block=300)) == bytes(i % 256 for i in range(1000))
    empty = client.post("/audio/speech", json={"input": "x", "model": "test/bytes-0", "voice": "v"})
    assert empty.status_code == 200
    assert empty.content == b""


def test_large_bytes_body_streams(server: LocalServer, client: httpx.Client) -> None:
    size = 32 * 1024 * 1024
    total = 0
    with client.stream("POST", "/audio/speech", json={"input": "x", "model": f"test/bytes-{size}", "voice": "v"}) as r:
        for piece in r.iter_raw(1 << 20):
            total += len(piece)
    assert total == size
