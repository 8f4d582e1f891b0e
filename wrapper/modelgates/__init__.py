"""ModelGates Python SDK: ``from modelgates import ModelGates``.

Every operation of the API as ``client.<group>.<method>(...)`` with an ``_async`` twin (speech
``client.tts.create_speech``, chat ``client.chat.send``, ``client.models.list``...), with typed
errors (``modelgates.errors``), retries (``modelgates.utils.RetryConfig``), streamed binary
bodies (``BinaryResponse``: audio, files, video) and events (``ChatStream``, ``EventStream``).
"""

from typing import TYPE_CHECKING, Any

from . import utils
from ._client import ModelGates
from ._exceptions import APIStatusError, ModelGatesError
from ._retry import BackoffStrategy, RetryConfig
from ._version import __version__

if TYPE_CHECKING:
    from . import errors
    from ._accumulate import ChatAccumulator
    from ._chat_stream import AsyncChatStream, ChatStream
    from ._operation import RawResponse
    from ._speech_response import AsyncBinaryResponse, AsyncSpeechResponse, BinaryResponse, SpeechResponse
    from ._streams import AsyncEventStream, EventStream

# The streaming classes come back from calls; their modules load with the first call that needs
# them (or on first access here), which keeps `import modelgates` close to `import httpx`.
# ``errors`` too: it re-exports the classes generated into modelgates_api.status_errors, which
# import modelgates for their base class (an import of that module first must not find errors
# half-made).
_LAZY = {
    "errors": ".errors",
    "AsyncBinaryResponse": "._speech_response",
    "AsyncChatStream": "._chat_stream",
    "AsyncEventStream": "._streams",
    "AsyncSpeechResponse": "._speech_response",
    "BinaryResponse": "._speech_response",
    "ChatAccumulator": "._accumulate",
    "ChatStream": "._chat_stream",
    "EventStream": "._streams",
    "RawResponse": "._operation",
    "SpeechResponse": "._speech_response",
}

__all__ = [
    "APIStatusError",
    "AsyncBinaryResponse",
    "AsyncChatStream",
    "AsyncEventStream",
    "AsyncSpeechResponse",
    "BackoffStrategy",
    "BinaryResponse",
    "ChatAccumulator",
    "ChatStream",
    "EventStream",
    "ModelGates",
    "ModelGatesError",
    "RawResponse",
    "RetryConfig",
    "SpeechResponse",
    "__version__",
    "errors",
    "utils",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    imported = importlib.import_module(module, __name__)
    value = imported if name == "errors" else getattr(imported, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
