"""A local ModelGates-compatible server for tests, demos and benchmarks (needs the ``server`` extra).

::

    from modelgates.testing import LocalServer

    with LocalServer() as server:           # http://127.0.0.1:<port>/api/v1, API key "test-key"
        server.enqueue_faults(["503;retry-after=0", None])
        ...                                 # point the client at server.url
        assert len(server.requests) == 2

Speech answers real audio (a deterministic tone per word: PCM, or MP3 frames); chat answers
deterministic text, JSON or server-sent events; every request is checked against the shipped
OpenAPI spec. Faults are injected per request (see ``parse_fault`` for the grammar) with the
``X-ModelGates-Fault`` header, a ``fault/<spec>`` model name, or ``LocalServer.enqueue_faults``.
Benchmark models: ``test/bytes-N`` (speech: exactly N bytes), ``test/stream-N`` (chat: N chunks),
``test/tool-call`` (chat: always a tool call).

Importing ``modelgates.testing`` (or its pytest plugin, which pytest loads in every run) needs
nothing beyond the plain install: each name is imported when first used, and without the extra
that use raises ``ImportError`` naming ``pip install 'modelgates[server]'``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._audio import CHANNELS, SAMPLE_RATE, SAMPLE_WIDTH, encode_mp3, pattern_bytes, synthesize_pcm
    from ._chat import PROVIDER
    from ._faults import FAULT_HEADER, MAX_STALL_SECONDS, Fault, FaultSpecError, parse_fault
    from ._server import LocalServer, serve
    from ._state import RecordedRequest
    from ._validation import SpecValidator, load_spec
    from ._wire import error_envelope

_WHERE = {
    "CHANNELS": "_audio",
    "SAMPLE_RATE": "_audio",
    "SAMPLE_WIDTH": "_audio",
    "encode_mp3": "_audio",
    "pattern_bytes": "_audio",
    "synthesize_pcm": "_audio",
    "PROVIDER": "_chat",
    "FAULT_HEADER": "_faults",
    "MAX_STALL_SECONDS": "_faults",
    "Fault": "_faults",
    "FaultSpecError": "_faults",
    "parse_fault": "_faults",
    "LocalServer": "_server",
    "serve": "_server",
    "RecordedRequest": "_state",
    "SpecValidator": "_validation",
    "load_spec": "_validation",
    "error_envelope": "_wire",
}

__all__ = [
    "CHANNELS",
    "FAULT_HEADER",
    "MAX_STALL_SECONDS",
    "PROVIDER",
    "SAMPLE_RATE",
    "SAMPLE_WIDTH",
    "Fault",
    "FaultSpecError",
    "LocalServer",
    "RecordedRequest",
    "SpecValidator",
    "encode_mp3",
    "error_envelope",
    "load_spec",
    "parse_fault",
    "pattern_bytes",
    "serve",
    "synthesize_pcm",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
