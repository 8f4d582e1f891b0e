"""Section 1: cold start. Wall time of a fresh interpreter that imports the SDK (then makes a client, then one call)."""

from __future__ import annotations

import subprocess
import time

from _common import API_KEY, CHAT_MODEL, MESSAGES, PYTHON, SDKS, Context, Row, fail_note, log, median

SECTION = "1. Import / cold start"


def _snippets(url: str) -> dict[str, dict[str, str]]:
    """Per figure, per SDK: the program a fresh interpreter runs."""
    imports = {"modelgates": "import modelgates", "httpx": "import httpx", "openai": "import openai"}
    imports["openrouter"] = "import openrouter"
    clients = {
        "modelgates": f"c = modelgates.ModelGates(api_key={API_KEY!r}, server_url={url!r})",
        "httpx": "c = httpx.Client()",
        "openai": f"c = openai.OpenAI(api_key={API_KEY!r}, base_url={url!r})",
        "openrouter": f"c = openrouter.OpenRouter(api_key={API_KEY!r}, server_url={url!r})",
    }
    calls = {
        "modelgates": f"c.chat.send(messages={MESSAGES!r}, model={CHAT_MODEL!r}).choices[0].message.content",
        "httpx": (
            "import json; json.loads(c.post("
            f"{url + '/chat/completions'!r}, json={{'messages': {MESSAGES!r}, 'model': {CHAT_MODEL!r}}}, "
            f"headers={{'Authorization': 'Bearer {API_KEY}'}}).content)['choices'][0]['message']['content']"
        ),
        "openai": f"c.chat.completions.create(model={CHAT_MODEL!r}, messages={MESSAGES!r}).choices[0].message.content",
        "openrouter": f"c.chat.send(model={CHAT_MODEL!r}, messages={MESSAGES!r}).choices[0].message.content",
    }
    return {
        "import": imports,
        "import + client": {sdk: f"{imports[sdk]}; {clients[sdk]}" for sdk in SDKS},
        "import + client + first chat call": {sdk: f"{imports[sdk]}; {clients[sdk]}; {calls[sdk]}" for sdk in SDKS},
    }


def _run_once(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([PYTHON, "-c", code], check=True, capture_output=True, timeout=60)
    return time.perf_counter() - started


def run(ctx: Context) -> list[Row]:
    repeats = ctx.reps(7, 2)
    # Interpreter start-up alone, to show how much of each figure is Python itself.
    _run_once("pass")
    startup = median([_run_once("pass") for _ in range(repeats)])
    rows: list[Row] = []
    for figure, programs in _snippets(ctx.url).items():
        row = Row(SECTION, f"{figure} (fresh python -c)", "ms", "lower")
        row.detail["python_startup_ms"] = startup * 1000
        samples: dict[str, list[float]] = {sdk: [] for sdk in SDKS}
        for sdk in SDKS:  # warm-up: byte-compiled files exist, the page cache is hot; a failure means n/a
            try:
                _run_once(programs[sdk])
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
                stderr = getattr(exc, "stderr", b"") or b""
                lines = stderr.decode(errors="replace").strip().splitlines()
                row.notes[sdk] = lines[-1] if lines else fail_note(exc)
                samples.pop(sdk)
        for _ in range(repeats):  # round-robin, so drift of the machine hits every SDK alike
            for sdk, taken in samples.items():
                taken.append(_run_once(programs[sdk]))
        for sdk in SDKS:
            row.values[sdk] = median(samples[sdk]) * 1000 if sdk in samples else None
        row.detail["repeats"] = repeats
        log(f"  {figure}: " + ", ".join(f"{sdk} {row.values[sdk] or float('nan'):.0f} ms" for sdk in SDKS))
        rows.append(row)
    return rows
