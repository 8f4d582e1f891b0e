"""ModelGates Python SDK: ``from modelgates import ModelGates``.

Speech (``client.tts.create_speech``) and chat (``client.chat.send``), sync and async, with
typed errors (``modelgates.errors``), retries (``modelgates.utils.RetryConfig``), streamed
audio (``SpeechResponse``) and chat events (``ChatStream``).
"""

from . import errors, utils
from ._accumulate import ChatAccumulator
from ._chat_stream import AsyncChatStream, ChatStream
from ._client import ModelGates
from ._exceptions import APIStatusError, ModelGatesError
from ._retry import BackoffStrategy, RetryConfig
from ._speech_response import AsyncSpeechResponse, SpeechResponse
from ._version import __version__

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
