"""Section 7: regeneration. Wall time of ``scripts/generate.py --out <tmp>`` on the vendored spec."""

from __future__ import annotations

import subprocess
import tempfile
import time

from _common import OURS, PEERS, PYTHON, ROOT, Context, Row, log, median

SECTION = "7. Regeneration from the spec"


def _once(scratch: str) -> float:
    with tempfile.TemporaryDirectory(dir=scratch) as folder:
        started = time.perf_counter()
        done = subprocess.run(
            [PYTHON, str(ROOT / "scripts" / "generate.py"), "--out", f"{folder}/generated"],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            cwd=ROOT,
        )
        elapsed = time.perf_counter() - started
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or [f"exit status {done.returncode}"]
        raise RuntimeError(lines[-1])
    return elapsed


def run(ctx: Context) -> list[Row]:
    row = Row(SECTION, "scripts/generate.py --out <tmp> (vendored openapi.yaml)", "s", "lower")
    for peer in PEERS:
        row.notes[peer] = "not applicable: ships prebuilt"
        row.values[peer] = None
    try:
        first = _once(str(ctx.scratch))
        # Repeat only while cheap: a slow regeneration is measured once.
        samples = [first] + [_once(str(ctx.scratch)) for _ in range(ctx.reps(2, 0) if first < 20 else 0)]
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        row.values[OURS] = None
        row.notes[OURS] = str(exc)
        log(f"  {OURS}: n/a ({exc})")
        return [row]
    row.values[OURS] = median(samples)
    row.detail["samples_s"] = samples
    log(f"  {OURS}: {row.values[OURS]:.1f} s")
    return [row]
