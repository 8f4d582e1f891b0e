#!/usr/bin/env python3
"""Benchmark modelgates beside its peers (openai, openrouter, raw httpx), side by side in one run.

Starts the local ModelGates-compatible server in its own process, runs each section (its own module,
bounded in time), profiles modelgates, then writes ``benchmarks/results.json``, prints the table and
regenerates ``benchmarks/ratios.png`` and ``BENCHMARKS.md`` (``report.py``). A section that fails is
recorded as such; it never ends the run. Usage: ``benchmarks/run.py [--quick] [--only NAME ...]``.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_audio
import bench_concurrency
import bench_footprint
import bench_import
import bench_overhead
import bench_profiles
import bench_regen
import bench_sse_framing
import bench_stream
import report
from _common import HERE, Context, Row, Server, log, timed

SECTIONS: dict[str, ModuleType] = {
    "import": bench_import,
    "overhead": bench_overhead,
    "concurrency": bench_concurrency,
    "stream": bench_stream,
    "audio": bench_audio,
    "footprint": bench_footprint,
    "regen": bench_regen,
    "sse": bench_sse_framing,
}
DISTRIBUTIONS = ("modelgates", "httpx", "httpx-sse", "attrs", "openai", "httpx2", "openrouter", "pydantic")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, Any]:
    import psutil

    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gib": psutil.virtual_memory().total / 2**30,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": platform.platform(),
    }


def versions() -> dict[str, str]:
    found = {}
    for name in DISTRIBUTIONS:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def _guarded(name: str, work: Callable[[], Any], errors: dict[str, str]) -> Any:
    try:
        return work()
    except Exception as exc:
        errors[name] = f"{type(exc).__name__}: {exc}"
        log(f"  section {name} failed:\n{traceback.format_exc()}")
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats: a smoke run, not figures to publish")
    parser.add_argument("--only", nargs="+", choices=[*SECTIONS, "profiles"], help="run only these sections")
    args = parser.parse_args()
    chosen = args.only or [*SECTIONS, "profiles"]
    started = time.perf_counter()
    rows: list[Row] = []
    seconds: dict[str, float] = {}
    errors: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="modelgates-bench-") as scratch, Server() as server:
        ctx = Context(url=server.url, quick=args.quick, scratch=Path(scratch))
        log(f"server at {server.url}; scratch {scratch}")
        for name, module in SECTIONS.items():
            if name not in chosen:
                continue
            section_started = time.perf_counter()
            with timed(getattr(module, "SECTION", name)):
                found = _guarded(name, lambda module=module: module.run(ctx), errors)  # type: ignore[misc]
            rows += found or []
            seconds[name] = time.perf_counter() - section_started
        if "profiles" in chosen:
            section_started = time.perf_counter()
            with timed("profiles of modelgates"):
                _guarded("profiles", lambda: bench_profiles.run(ctx), errors)
            seconds["profiles"] = time.perf_counter() - section_started
    results = {
        "generated_at": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "quick": args.quick,
        "machine": machine(),
        "versions": versions(),
        "total_seconds": time.perf_counter() - started,
        "section_seconds": seconds,
        "errors": errors,
        "rows": [row.to_json() for row in rows],
    }
    (HERE / "results.json").write_text(json.dumps(results, indent=1) + "\n")
    if not args.only:  # a partial run does not measure every goal
        report.record_history(results)
    print("\n".join(report.table_lines(results)))
    print(
        f"\ntotal {results['total_seconds']:.0f}s; sections: " + ", ".join(f"{k} {v:.0f}s" for k, v in seconds.items())
    )
    _guarded("report", report.main, errors)
    if errors:
        print("sections that failed: " + ", ".join(f"{k} ({v})" for k, v in errors.items()))


if __name__ == "__main__":
    main()
