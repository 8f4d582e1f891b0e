"""Deterministic speech for the local server: a tone per word, as raw PCM or real MP3 frames.

Each word becomes a sine tone whose pitch depends on the word and the voice, followed by a short
silence. Every pitch is ``SAMPLE_RATE / period`` for a whole ``period`` in samples, and every tone
lasts whole periods starting at phase zero, so a tone is one precomputed period repeated (fast
even for long inputs) and joins the silence without a click.
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from array import array
from collections.abc import Iterator

__all__ = [
    "CHANNELS",
    "PATTERN_BLOCK",
    "SAMPLE_RATE",
    "SAMPLE_WIDTH",
    "encode_mp3",
    "pattern_bytes",
    "synthesize_pcm",
    "word_seconds",
]

SAMPLE_RATE = 24_000
SAMPLE_WIDTH = 2  # bytes: 16-bit signed little-endian
CHANNELS = 1
MIN_SPEED, MAX_SPEED = 0.25, 4.0  # the range OpenAI-style TTS accepts; other values are clamped
_GAP_SECONDS = 0.06
_AMPLITUDE = 0.3 * 32767
_PERIODS = range(40, 120)  # 200-600 Hz at 24 kHz
_MP3_KBPS = 64
# A multiple of 256, so that consecutive blocks continue the byte pattern seamlessly.
PATTERN_BLOCK = bytes(range(256)) * 256


def word_seconds(word: str) -> float:
    """Tone length of a word at speed 1: a few hundred milliseconds, longer for longer words."""
    return 0.15 + 0.05 * min(len(word), 10)


def _clamp(speed: float) -> float:
    if not math.isfinite(speed):
        return 1.0
    return min(max(speed, MIN_SPEED), MAX_SPEED)


@functools.lru_cache(maxsize=len(_PERIODS))
def _period(samples: int) -> bytes:
    wave = array("h", (round(_AMPLITUDE * math.sin(2 * math.pi * i / samples)) for i in range(samples)))
    if wave.itemsize != SAMPLE_WIDTH:  # pragma: no cover - every CPython platform has 16-bit shorts
        raise RuntimeError("array('h') is not 16-bit here")
    return wave.tobytes() if _little_endian() else _swapped(wave)


def _little_endian() -> bool:
    return array("h", [1]).tobytes() == b"\x01\x00"


def _swapped(wave: array[int]) -> bytes:  # pragma: no cover - big-endian hosts only
    copy = array("h", wave)
    copy.byteswap()
    return copy.tobytes()


def synthesize_pcm(text: str, voice: str, speed: float = 1.0) -> bytes:
    """Mono 16-bit little-endian PCM at 24 kHz; the same arguments always give the same bytes."""
    pace = _clamp(speed)
    gap = b"\x00\x00" * round(_GAP_SECONDS / pace * SAMPLE_RATE)
    parts: list[bytes] = []
    for word in re.findall(r"\S+", text):
        samples = _PERIODS[zlib.crc32(f"{voice}\x00{word.lower()}".encode()) % len(_PERIODS)]
        repeats = max(1, round(word_seconds(word) / pace * SAMPLE_RATE / samples))
        parts += (_period(samples) * repeats, gap)
    return b"".join(parts)


def encode_mp3(pcm: bytes) -> bytes:
    """Real MPEG-2 Layer III frames (64 kbit/s, 24 kHz mono) for PCM from ``synthesize_pcm``."""
    try:
        import lameenc  # type: ignore[import-not-found]
    except ImportError as exc:  # pragma: no cover - only without the extra
        raise RuntimeError("MP3 output needs the 'server' extra: pip install 'modelgates[server]'") from exc
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(_MP3_KBPS)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_channels(CHANNELS)
    encoder.set_quality(5)
    return bytes(encoder.encode(pcm)) + bytes(encoder.flush())


def pattern_bytes(size: int, block: int = len(PATTERN_BLOCK)) -> Iterator[bytes]:
    """Exactly ``size`` bytes where byte ``i`` is ``i % 256``, in pieces of at most ``block`` bytes.

    Generated on the fly from one shared block, so a 256 MiB body costs 64 KiB of memory.
    """
    step = max(256, min(block, len(PATTERN_BLOCK)) // 256 * 256)  # whole cycles keep the pattern aligned
    chunk = PATTERN_BLOCK[:step]
    remaining = size
    while remaining >= step:
        yield chunk
        remaining -= step
    if remaining > 0:
        yield chunk[:remaining]
