"""ModelGates Python SDK: ``from modelgates import ModelGates``.

Speech (``client.tts.create_speech``) and chat (``client.chat.send``), sync and async, with
typed errors (``modelgates.errors``) and retries (``modelgates.utils.RetryConfig``).
"""

from . import errors, utils
from ._client import ModelGates
from ._exceptions import APIStatusError, ModelGatesError
from ._retry import BackoffStrategy, RetryConfig
from ._version import __version__

__all__ = [
    "APIStatusError",
    "BackoffStrategy",
    "ModelGates",
    "ModelGatesError",
    "RetryConfig",
    "__version__",
    "errors",
    "utils",
]
