"""Section 5: audio. A 256 MiB speech body streamed to a file: peak memory growth, throughput, time to first byte."""

from __future__ import annotations

import json
import subprocess
import tempfile

from _common import HERE, PYTHON, SDKS, Context, Row, fail_note, log, median

SECTION = "5. Speech audio to file (256 MiB)"
SIZE = 256 * 1024 * 1024
MIB = 1024 * 1024


def _one(sdk: str, url: str, size: int, scratch: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(dir=scratch) as folder:
        done = subprocess.run(
            [PYTHON, str(HERE / "audio_worker.py"), sdk, url, f"{folder}/speech.bin", str(size)],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or [f"exit status {done.returncode}"]
        raise RuntimeError(lines[-1])
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(ctx: Context) -> list[Row]:
    repeats = ctx.reps(3, 1)
    size = SIZE
    memory = Row(SECTION, "peak RSS growth while streaming to a file (goal < 32 MiB)", "MiB", "lower")
    speed = Row(SECTION, "throughput to file", "MiB/s", "higher")
    first = Row(SECTION, "time to first audio byte in user code", "ms", "lower")
    rows = (memory, speed, first)
    samples: dict[str, list[dict[str, float]]] = {sdk: [] for sdk in SDKS}
    for _ in range(repeats):  # each run a fresh process per SDK, round-robin
        for sdk in SDKS:
            if sdk in memory.notes:
                continue
            try:
                samples[sdk].append(_one(sdk, ctx.url, size, str(ctx.scratch)))
            except (RuntimeError, subprocess.TimeoutExpired, ValueError) as exc:
                for row in rows:
                    row.notes[sdk] = fail_note(exc)
                log(f"  {sdk}: n/a ({memory.notes[sdk]})")
    for sdk in SDKS:
        taken = samples[sdk]
        if sdk in memory.notes or not taken:
            for row in rows:
                row.values[sdk] = None
            continue
        memory.values[sdk] = median([max(s["rss_growth_sampled"], s["rss_growth_maxrss"]) for s in taken]) / MIB
        speed.values[sdk] = size / MIB / median([s["seconds"] for s in taken])
        first.values[sdk] = median([s["first_byte_seconds"] for s in taken]) * 1000
        memory.detail.setdefault("samples", {})[sdk] = taken
        log(
            f"  {sdk}: +{memory.values[sdk]:.1f} MiB, {speed.values[sdk]:.0f} MiB/s, "
            f"first byte {first.values[sdk]:.1f} ms"
        )
    memory.detail["how"] = (
        "fresh process per SDK and run; growth = max(peak RSS sampled every 2 ms, ru_maxrss) minus RSS before the "
        "download (after import, client and a 64 KiB warm-up download)"
    )
    memory.detail["apis"] = {
        "modelgates": "tts.create_speech(...) -> SpeechResponse.stream_to_file",
        "httpx": "client.stream('POST', ...) -> iter_bytes() written to a file",
        "openai": "with_streaming_response.audio.speech.create(...) -> stream_to_file",
        "openrouter": "tts.create_speech(...) returns the streamed httpx.Response -> iter_bytes() written to a file",
    }
    return list(rows)
