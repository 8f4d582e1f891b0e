"""The SDK's exceptions, as the seeds name them: ``from modelgates import errors``.

See ``modelgates._exceptions`` for the class tree. The class of each error status the spec
declares (``BadRequestResponseError`` ...) is generated into ``modelgates_api.status_errors``.
"""

from modelgates_api import status_errors as _status_errors
from modelgates_api.status_errors import *  # noqa: F403 (one class per declared status, generated)

from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    IncompleteResponseError,
    InvalidRequestError,
    LocalFileError,
    MissingAPIKeyError,
    ModelGatesDefaultError,
    ModelGatesError,
    ResponseTooLargeError,
    ResponseValidationError,
    StreamConsumedError,
    StreamNotConsumedError,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ClientClosedError",
    "IncompleteResponseError",
    "InvalidRequestError",
    "LocalFileError",
    "MissingAPIKeyError",
    "ModelGatesDefaultError",
    "ModelGatesError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "StreamConsumedError",
    "StreamNotConsumedError",
]
__all__ += _status_errors.__all__
__all__.sort()
