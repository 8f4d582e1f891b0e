"""The 44-byte RIFF/WAVE header that turns raw PCM samples into a ``.wav`` file."""

from __future__ import annotations

import struct

__all__ = ["WAV_HEADER_SIZE", "check_pcm_params", "wav_header"]

WAV_HEADER_SIZE = 44
_MAX_DATA = 0xFFFFFFFF - (WAV_HEADER_SIZE - 8)  # RIFF sizes are 32-bit


def wav_header(data_size: int, *, sample_rate: int, sample_width: int, channels: int) -> bytes:
    """Header of a PCM (format 1) WAV file whose data chunk holds ``data_size`` bytes."""
    check_pcm_params(sample_rate=sample_rate, sample_width=sample_width, channels=channels)
    if not 0 <= data_size <= _MAX_DATA:
        raise ValueError(f"{data_size} bytes of audio do not fit in a WAV file (limit {_MAX_DATA})")
    block_align = sample_width * channels
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        WAV_HEADER_SIZE - 8 + data_size,
        b"WAVE",
        b"fmt ",
        16,  # size of the fmt chunk for PCM
        1,  # format: integer PCM
        channels,
        sample_rate,
        sample_rate * block_align,  # bytes per second
        block_align,
        sample_width * 8,
        b"data",
        data_size,
    )


def check_pcm_params(*, sample_rate: int, sample_width: int, channels: int) -> None:
    if sample_width not in (1, 2, 3, 4):
        raise ValueError(f"sample_width is in bytes and must be 1, 2, 3 or 4, not {sample_width!r}")
    if not 0 < channels <= 0xFFFF:
        raise ValueError(f"channels must be a positive number, not {channels!r}")
    if not 0 < sample_rate <= 0xFFFFFFFF // (sample_width * channels):
        raise ValueError(f"sample_rate must be a positive number of samples per second, not {sample_rate!r}")
