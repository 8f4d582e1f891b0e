"""Section 2: per-call overhead. Sequential small chat calls over keep-alive, against raw httpx doing the same."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from _common import API_KEY, SDKS, Context, Row, attempt, log, median
from clients import SyncClient

SECTION = "2. Per-call overhead (sequential, keep-alive)"


def run(ctx: Context) -> list[Row]:
    calls, repeats, warmup = (200, 2, 20) if ctx.quick else (600, 5, 50)
    wall = Row(SECTION, "wall time per call (sequential, after warm-up)", "us", "lower")
    cpu = Row(SECTION, "client CPU per call (server runs in another process)", "us", "lower")
    over = Row(SECTION, "client CPU above raw httpx per call", "us", "lower")
    clients: dict[str, SyncClient] = {}
    counts: dict[str, int] = {}
    for sdk in SDKS:
        client = attempt(wall, sdk, lambda sdk=sdk: SyncClient(sdk, ctx.url))  # type: ignore[misc]
        if client is None:
            cpu.notes[sdk] = over.notes[sdk] = wall.notes[sdk]
            continue
        started = time.perf_counter()
        for _ in range(warmup):
            client.call()
        per_call = (time.perf_counter() - started) / warmup
        # A slow SDK gets fewer calls per repeat (at least 50, about a second's worth): same statistic, bounded time.
        counts[sdk] = max(50, min(calls, int(1.0 / per_call)))
        clients[sdk] = client
    walls, cpus = _round_robin({sdk: client.call for sdk, client in clients.items()}, counts, repeats, wall, cpu)
    for client in clients.values():
        client.close()
    baseline = cpu.values.get("httpx")
    for sdk in SDKS:
        value = cpu.values.get(sdk)
        over.values[sdk] = value - baseline if value is not None and baseline is not None else None
    over.detail["note"] = "client CPU per call minus raw httpx's: the SDK's own work (building, parsing, models)"
    wall.detail |= {"calls_per_repeat": counts, "repeats": repeats, "warmup": warmup, "samples": walls}
    cpu.detail |= {"samples": cpus}
    fresh = _fresh_client_per_call(ctx)
    small_wall, small_cpu = _small_get(ctx, calls, repeats, warmup)
    for row in (wall, cpu, over, fresh, small_wall, small_cpu):
        log(f"  {row.metric}: " + ", ".join(f"{sdk} {row.values.get(sdk) or float('nan'):.0f}" for sdk in SDKS))
    return [wall, cpu, over, fresh, small_wall, small_cpu]


def _round_robin(
    calls: dict[str, Callable[[], Any]], counts: dict[str, int], repeats: int, wall: Row, cpu: Row
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Each SDK's ``counts[sdk]`` calls per repeat, the SDKs in turn (every SDK sees the same machine state);
    the medians of wall time and client CPU per call (us) go into ``wall`` and ``cpu``; returns the samples."""
    walls: dict[str, list[float]] = {sdk: [] for sdk in calls}
    cpus: dict[str, list[float]] = {sdk: [] for sdk in calls}
    for _ in range(repeats):
        for sdk, call in calls.items():
            count = counts[sdk]
            cpu_started, started = time.process_time(), time.perf_counter()
            for _ in range(count):
                call()
            walls[sdk].append((time.perf_counter() - started) / count * 1e6)
            cpus[sdk].append((time.process_time() - cpu_started) / count * 1e6)
    for sdk in SDKS:
        wall.values[sdk] = median(walls[sdk]) if sdk in walls else None
        cpu.values[sdk] = median(cpus[sdk]) if sdk in cpus else None
    return walls, cpus


def _small_get_calls(sdk: str, url: str) -> tuple[Callable[[], Any], Callable[[], Any]] | None:
    """(call, close) for ``GET /models/count``, the smallest typed response; None for an SDK without it."""
    if sdk == "modelgates":
        import modelgates

        mg = modelgates.ModelGates(api_key=API_KEY, server_url=url)
        return (lambda: mg.models.count().data.count), mg.close
    if sdk == "httpx":
        import httpx

        http = httpx.Client()
        endpoint, headers = url + "/models/count", {"Authorization": f"Bearer {API_KEY}"}

        def call() -> Any:
            response = http.get(endpoint, headers=headers)
            response.raise_for_status()
            return json.loads(response.content)["data"]["count"]

        return call, http.close
    if sdk == "openrouter":
        import openrouter

        orc: Any = openrouter.OpenRouter(api_key=API_KEY, server_url=url)
        return (lambda: orc.models.count().data.count), lambda: orc.__exit__(None, None, None)
    return None  # openai has no call for it


def _small_get(ctx: Context, calls: int, repeats: int, warmup: int) -> tuple[Row, Row]:
    """Goal 6 of issue 15: the per-call figures hold for a small GET as for chat (same method as above)."""
    wall = Row(SECTION, "wall time per call, small GET (models.count)", "us", "lower")
    cpu = Row(SECTION, "client CPU per call, small GET (models.count)", "us", "lower")
    made: dict[str, tuple[Callable[[], Any], Callable[[], Any]]] = {}
    for sdk in SDKS:
        found = attempt(wall, sdk, lambda sdk=sdk: _small_get_calls(sdk, ctx.url))  # type: ignore[misc]
        if found is None:
            wall.notes.setdefault(sdk, "no call for GET /models/count")
            cpu.notes[sdk] = wall.notes[sdk]
            continue
        for _ in range(warmup):
            found[0]()
        made[sdk] = found
    counts = dict.fromkeys(made, calls)
    walls, _cpus = _round_robin({sdk: call for sdk, (call, _close) in made.items()}, counts, repeats, wall, cpu)
    for _call, close in made.values():
        close()
    wall.detail |= {"calls_per_repeat": calls, "repeats": repeats, "samples": walls}
    return wall, cpu


def _fresh_client_per_call(ctx: Context) -> Row:
    """A program that makes a client per request (a web handler, a script's helper) pays the client's
    construction on every call: a new client, one chat call, closed, in a process already warm."""
    row = Row(SECTION, "new client + one call + close, per call (warm process)", "us", "lower")
    count = 10 if ctx.quick else 40
    for sdk in SDKS:
        if attempt(row, sdk, lambda sdk=sdk: SyncClient(sdk, ctx.url).close() or True) is None:  # type: ignore[misc]
            continue
        samples = []
        for _ in range(count):
            started = time.perf_counter()
            SyncClient(sdk, ctx.url).close()  # the constructor makes the call and checks its text
            samples.append((time.perf_counter() - started) * 1e6)
        row.values[sdk] = median(samples)
    row.detail["count"] = count
    return row
