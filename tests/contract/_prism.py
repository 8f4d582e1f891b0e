"""Prism (``@stoplight/prism-cli``), the independent OpenAPI mock server, as a session fixture.

``make prism`` installs the pinned Prism into ``.prism/`` (``make test`` depends on it). The
``prism`` fixture starts ``prism mock`` on a free loopback port with the spec the SDK was generated
from, waits until it answers HTTP, and stops it at the end of the session.

How Prism behaves, as read from its source (prism-http, prism-http-server 5.x):

- It always validates a request in mock mode: an invalid one gets the operation's declared 400/422
  response (or a generated 422; 401 without a bearer key) instead of the mock answer. Every
  violation it finds, of the request or of its own answer, is listed in the ``sl-violations``
  response header. ``--errors`` is not used: all it adds is to replace an answer that violates the
  response schema by a 500 problem, which hides the body the SDK should be tested on.
- Without ``--dynamic`` it answers from the spec's examples (deterministic); a request may ask for
  a body generated from the schema with ``Prefer: dynamic=true, seed=S`` (deterministic per seed).
- It serves the spec's paths at the root: the base URL has no ``/api/v1``.
- It cannot send a JSON object as ``text/event-stream`` (500 ``NO_COMPLEX_OBJECT_TEXT``), and the
  spec describes each stream by the schema of one event's data (the Speakeasy convention; OpenAPI
  3.1 has no way to describe a stream of items). So the document Prism gets differs from the
  shipped one in that one place, ``prism_document``: each event-stream response carries its
  example as the SSE text our own server sends for it (``data: <the example>``, then
  ``data: [DONE]``), typed as a string. Requests are validated against the spec unchanged.

When Prism is not installed the tests that use it skip, saying to run ``make prism``.
"""

from __future__ import annotations

import copy
import json
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from modelgates.testing import load_spec
from modelgates.testing._generic import _event_stream, _resolve

from tests._support import LOOPBACK_TLS

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / ".prism" / "node_modules" / ".bin" / "prism"
EVENT_STREAM = "text/event-stream"
START_TIMEOUT = 180.0  # seconds: Prism dereferences the whole spec before it listens (~20 s on a busy 2-core box)
STOP_TIMEOUT = 10.0
_POLL = 0.1  # seconds between readiness probes (the probe waits on the process, so an early exit ends it)


@dataclass(frozen=True)
class Prism:
    url: str  # the base URL: the spec's paths are served at the root
    log: Path  # Prism's own output (every request and its validation verdict)

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


def prism_document(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with every ``text/event-stream`` response given as SSE text (see the module docstring)."""
    out = copy.deepcopy(spec)
    for item in out["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for response in (operation.get("responses") or {}).values():
                media = (_resolve(out, response).get("content") or {}).get(EVENT_STREAM)
                if media is None or isinstance(media.get("example"), str):
                    continue
                text = _event_stream(spec, media).decode()
                media.clear()
                media.update({"schema": {"type": "string"}, "example": text})
    return out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_ready(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    with httpx.Client(verify=LOOPBACK_TLS, timeout=5.0) as probe:
        while time.monotonic() < deadline:
            try:
                probe.get(url + "/")  # any HTTP answer (404: no such path) means it is listening
                return
            except httpx.TransportError:
                pass
            try:
                code = process.wait(timeout=_POLL)
            except subprocess.TimeoutExpired:
                continue
            raise RuntimeError(f"prism exited with {code} before listening:\n{log.read_text(errors='replace')}")
    raise RuntimeError(f"prism did not listen within {START_TIMEOUT:.0f} s:\n{log.read_text(errors='replace')}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prism]:
    """A running Prism mock of the shipped spec (the one the SDK was generated from; see ``prism_document``)."""
    if not PRISM.exists():
        pytest.skip(f"Prism is not installed ({PRISM.relative_to(ROOT)} missing): run `make prism`")
    work = tmp_path_factory.mktemp("prism")
    document = work / "openapi.json"  # the same document as JSON: Prism reads it ~25% faster than the YAML
    document.write_text(json.dumps(prism_document(load_spec())), encoding="utf-8")
    log = work / "prism.log"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    command = [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), "-v", "warn", str(document)]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        _wait_until_ready(process, url, log)
        yield Prism(url, log)
    finally:
        _stop(process)
