"""ModelGates Python SDK: ``from modelgates import ModelGates``.

Speech (``client.tts.create_speech``) and chat (``client.chat.send``), sync and async, with
typed errors (``modelgates.errors``), retries (``modelgates.utils.RetryConfig``), streamed
audio (``SpeechResponse``) and chat events (``ChatStream``).
"""

from typing import TYPE_CHECKING, Any

from . import errors, utils
from ._client import ModelGates
from ._exceptions import APIStatusError, ModelGatesError
from ._retry import BackoffStrategy, RetryConfig
from ._version import __version__

if TYPE_CHECKING:
    from ._accumulate import ChatAccumulator
    from ._chat_stream import AsyncChatStream, ChatStream
    from ._speech_response import AsyncSpeechResponse, SpeechResponse

# The streaming classes come back from calls; their modules load with the first call that needs
# them (or on first access here), which keeps `import modelgates` close to `import httpx`.
_LAZY = {
    "AsyncChatStream": "._chat_stream",
    "AsyncSpeechResponse": "._speech_response",
    "ChatAccumulator": "._accumulate",
    "ChatStream": "._chat_stream",
    "SpeechResponse": "._speech_response",
}

__all__ = [
    "APIStatusError",
    "AsyncChatStream",
    "AsyncSpeechResponse",
    "BackoffStrategy",
    "ChatAccumulator",
    "ChatStream",
    "ModelGates",
    "ModelGatesError",
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

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
