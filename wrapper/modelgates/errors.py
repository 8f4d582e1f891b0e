"""The SDK's exceptions, as the seeds name them: ``from modelgates import errors``.

See ``modelgates._exceptions`` for the class tree.
"""

from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadGatewayResponseError,
    BadRequestResponseError,
    EdgeNetworkTimeoutResponseError,
    ForbiddenResponseError,
    IncompleteResponseError,
    InternalServerResponseError,
    InvalidRequestError,
    ModelGatesDefaultError,
    ModelGatesError,
    NotFoundResponseError,
    PayloadTooLargeResponseError,
    PaymentRequiredResponseError,
    ProviderOverloadedResponseError,
    RequestTimeoutResponseError,
    ResponseValidationError,
    ServiceUnavailableResponseError,
    TooManyRequestsResponseError,
    UnauthorizedResponseError,
    UnprocessableEntityResponseError,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "BadGatewayResponseError",
    "BadRequestResponseError",
    "EdgeNetworkTimeoutResponseError",
    "ForbiddenResponseError",
    "IncompleteResponseError",
    "InternalServerResponseError",
    "InvalidRequestError",
    "ModelGatesDefaultError",
    "ModelGatesError",
    "NotFoundResponseError",
    "PayloadTooLargeResponseError",
    "PaymentRequiredResponseError",
    "ProviderOverloadedResponseError",
    "RequestTimeoutResponseError",
    "ResponseValidationError",
    "ServiceUnavailableResponseError",
    "TooManyRequestsResponseError",
    "UnauthorizedResponseError",
    "UnprocessableEntityResponseError",
]
