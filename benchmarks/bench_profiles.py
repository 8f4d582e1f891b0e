"""Profiles of modelgates where it loses, saved as short text summaries in ``benchmarks/profiles/``.

pyinstrument (sampling) for the per-call path, the stream and the speech download; ``-X importtime``
for the cold first call. Each profile is of modelgates only: the peers' figures are in results.json.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import API_KEY, CHAT_MODEL, HERE, MESSAGES, PYTHON, Context, log

PROFILES = HERE / "profiles"
_SECONDS = re.compile(r"^[\s|`-]*(\d+\.\d+) ")
BURST = 250  # the cost is quadratic in the burst: half the benchmark's 500 keeps the profile short


def _burst(url: str) -> Callable[[], None]:
    """One burst of concurrent calls on a fresh modelgates client (its pool fills during the burst)."""
    import asyncio

    import modelgates

    async def burst() -> None:
        async with modelgates.ModelGates(api_key=API_KEY, server_url=url) as client:
            await asyncio.gather(*(client.chat.send_async(messages=MESSAGES, model=CHAT_MODEL) for _ in range(BURST)))

    return lambda: asyncio.run(burst())


def _pyinstrument(
    name: str, title: str, work: Callable[[], None], interval: float = 0.0005, *, library_frames: bool = False
) -> Path:
    """Profile ``work``; ``library_frames`` shows httpx/httpcore frames too (those above 5% of the time)."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=interval)
    profiler.start()
    work()
    profiler.stop()
    text = profiler.output_text(unicode=False, color=False, show_all=library_frames, short_mode=False)
    if library_frames:
        text = _heavy_lines(text, 0.05)
    path = PROFILES / f"{name}.txt"
    path.write_text(f"# {title}\n# pyinstrument, sampling every {interval * 1e3:.1f} ms\n{_strip_banner(text)}")
    return path


def _heavy_lines(text: str, share: float) -> str:
    """Only the frames that take at least ``share`` of the heaviest frame's time."""
    timed = [(float(match.group(1)), line) for line in text.splitlines() if (match := _SECONDS.search(line))]
    if not timed:
        return text
    floor = max(seconds for seconds, _ in timed) * share
    return "\n".join(line for seconds, line in timed if seconds >= floor)


def _strip_banner(text: str) -> str:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(("Profile at", "Recorded"))), 0)
    kept = [line for line in lines[start:] if line.strip()]
    return "\n".join(kept[:60]) + "\n"


def _importtime(url: str) -> Path:
    """What the first chat call imports, heaviest first (cumulative microseconds)."""
    code = (
        f"import modelgates; c = modelgates.ModelGates(api_key={API_KEY!r}, server_url={url!r}); "
        f"c.chat.send(messages={MESSAGES!r}, model={CHAT_MODEL!r})"
    )
    done = subprocess.run([PYTHON, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True)
    rows = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            head, cumulative, name = line.split("|", 2)
            rows.append((int(cumulative), int(head.split(":")[1]), name.strip()))
    rows.sort(reverse=True)
    path = PROFILES / "cold_first_call_importtime.txt"
    lines = [
        "# Cold start: import modelgates, make a client, one chat call (python -X importtime)",
        "# cumulative_us  self_us  module  (the 25 heaviest)",
        *(f"{cumulative:>12} {self_us:>8}  {name}" for cumulative, self_us, name in rows[:25]),
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def run(ctx: Context) -> list[Path]:
    import modelgates

    PROFILES.mkdir(exist_ok=True)
    written: list[Path] = []
    client = modelgates.ModelGates(api_key=API_KEY, server_url=ctx.url)
    calls = 300 if ctx.quick else 1000

    def chat_calls() -> None:
        for _ in range(calls):
            client.chat.send(messages=MESSAGES, model=CHAT_MODEL)

    chat_calls()  # warm-up
    written.append(_pyinstrument("per_call_sync", f"{calls} sequential chat.send calls (loopback)", chat_calls, 0.0002))

    def stream() -> None:
        with client.chat.send(messages=MESSAGES, model="test/stream-10000", stream=True) as events:
            for _ in events:
                pass

    written.append(_pyinstrument("stream_10000", "one 10,000-chunk chat stream, iterated", stream))

    with tempfile.TemporaryDirectory(dir=ctx.scratch) as folder:

        def speech() -> None:
            with client.tts.create_speech(input="x", model=f"test/bytes-{256 * 1024 * 1024}", voice="alloy") as audio:
                audio.stream_to_file(f"{folder}/speech.bin")

        written.append(_pyinstrument("speech_to_file_256mib", "256 MiB speech body, stream_to_file", speech))
    client.close()
    written.append(
        _pyinstrument(
            "concurrency_fresh_pool",
            f"{BURST} concurrent send_async on a fresh client",
            _burst(ctx.url),
            library_frames=True,
        )
    )
    written.append(_importtime(ctx.url))
    for path in written:
        log(f"  wrote {path.relative_to(HERE.parent)}")
    return written


if __name__ == "__main__":
    from _common import Server

    started = time.perf_counter()
    with Server() as server:
        run(Context(url=server.url))
    log(f"profiles in {time.perf_counter() - started:.1f}s")
