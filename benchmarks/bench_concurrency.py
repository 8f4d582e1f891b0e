"""Section 3: concurrency. 500 async chat calls at once (asyncio.gather): wall time and requests/s.

Two figures per SDK: the first burst on a fresh client (its connection pool fills during the burst),
then the median of bursts on the warm pool.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable

from _common import SDKS, Context, Row, attempt, log, median
from clients import AsyncClient

SECTION = "3. Concurrency (asyncio.gather)"
CONCURRENT = 500
SLOW_SECONDS = 3.0
# An SDK whose bursts have not finished by then is recorded as n/a ("timed out"), not waited for: the
# openrouter SDK once sat idle for 9 minutes in its warm burst (2026-12-03 13:17 run; 23 s in the run before).
SDK_TIMEOUT_SECONDS = 180.0


async def _burst(client: AsyncClient) -> float:
    started = time.perf_counter()
    texts = await asyncio.gather(*(client.call() for _ in range(CONCURRENT)))
    elapsed = time.perf_counter() - started
    if not all(texts):
        raise RuntimeError("some calls returned no text")
    return elapsed


async def _measure(sdk: str, url: str, repeats: int) -> tuple[float, list[float]]:
    """(seconds of the first burst on a fresh client, seconds of each burst on the warm pool)."""
    client = AsyncClient(sdk, url)
    try:
        cold = await _burst(client)
        warm = [await _burst(client)]
        if warm[0] < SLOW_SECONDS:  # a slow SDK is measured warm once, to stay within the time budget
            warm += [await _burst(client) for _ in range(repeats - 1)]
        return cold, warm
    finally:
        await client.aclose()


async def _bounded(measure: Awaitable[tuple[float, list[float]]]) -> tuple[float, list[float]]:
    return await asyncio.wait_for(measure, SDK_TIMEOUT_SECONDS)


def run(ctx: Context) -> list[Row]:
    repeats = ctx.reps(5, 1)
    cold = Row(SECTION, f"{CONCURRENT} concurrent calls, fresh client (pool fills during the burst)", "ms", "lower")
    wall = Row(SECTION, f"{CONCURRENT} concurrent calls, warm connection pool", "ms", "lower")
    rate = Row(SECTION, f"requests/s, {CONCURRENT} in flight, warm pool", "req/s", "higher")
    for sdk in SDKS:
        measured = attempt(cold, sdk, lambda sdk=sdk: asyncio.run(_bounded(_measure(sdk, ctx.url, repeats))))  # type: ignore[misc]
        if measured is None:
            for row in (wall, rate):
                row.values[sdk], row.notes[sdk] = None, cold.notes[sdk]
            continue
        first, samples = measured
        cold.values[sdk] = first * 1000
        wall.values[sdk] = median(samples) * 1000
        rate.values[sdk] = CONCURRENT / median(samples)
        wall.detail.setdefault("samples_s", {})[sdk] = samples
        log(f"  {sdk}: fresh {first * 1000:.0f} ms; warm {wall.values[sdk]:.0f} ms, {rate.values[sdk]:.0f} req/s")
    wall.detail["note"] = (
        "default pools: modelgates 100 connections (raw httpx given the same), openai 1000 (httpx2), openrouter "
        f"httpx's default 100; openrouter's send_async is its async API; warm bursts slower than {SLOW_SECONDS:.0f}s "
        "are measured once"
    )
    return [cold, wall, rate]
