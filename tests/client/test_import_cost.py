"""A sync-only program (a script, a CLI, a CI step) never pays for the async machinery it does not use,
and a program that only imports the SDK and makes a client pays for no HTTP machinery yet.

asyncio and anyio's core together take ~25 ms to import, a sixth of ``import modelgates``; the SDK imports
them only inside its async code paths (httpcore itself imports only anyio's lazy top-level module). A fresh
interpreter makes every sync kind of call (JSON, event stream, audio to a file) and reports what got imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from modelgates.testing import LocalServer

from tests.conftest import untraced_env

SCRIPT = textwrap.dedent(
    """
    import json, sys
    # httpcore imports trio (and with it sniffio) whenever trio is installed (make compat installs it):
    # its own choice, which every httpx program pays; this measures what the SDK imports.
    sys.modules["trio"] = None
    from modelgates import ModelGates

    out = sys.argv[2]
    chat = {"messages": [{"role": "user", "content": "hi"}], "model": "openai/gpt-4o"}
    async_modules = ("asyncio", "anyio._core", "sniffio", "concurrent.futures")
    with ModelGates(api_key="sk-test", server_url=sys.argv[1]) as client:
        result = client.chat.send(**chat)
        with client.chat.send(**chat, stream=True) as events:
            streamed = events.final()
        client.tts.create_speech(input="Hello", model="openai/gpt-4o-mini-tts", voice="alloy").stream_to_file(out)
    print(json.dumps({
        "answered": bool(result.choices) and bool(streamed.choices),
        "async_modules": sorted(m for m in async_modules if m in sys.modules),
    }))
    """
)


def test_sync_calls_import_neither_asyncio_nor_anyios_core(tmp_path: Path) -> None:
    with LocalServer(port=0, api_key=None) as server:
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, server.url, str(tmp_path / "hello.mp3")],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env=untraced_env(),
        )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["answered"]
    assert (tmp_path / "hello.mp3").stat().st_size > 0
    assert report["async_modules"] == []


def test_importing_the_sdk_and_making_a_client_load_no_http_machinery_yet() -> None:
    """Like ``import httpx``: httpcore, h11 and anyio (~15-20 ms) load with the first client that sends."""
    probe = (
        "import json, sys, modelgates; modelgates.ModelGates(api_key='sk-test'); "
        "print(json.dumps(sorted(m for m in ('httpcore', 'h11', 'anyio') if m in sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False, env=untraced_env()
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
