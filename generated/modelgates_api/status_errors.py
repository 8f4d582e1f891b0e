"""One ``APIStatusError`` per error status the spec declares: generated from the spec by
scripts/status_errors.py. Do not edit; use them as ``modelgates.errors.<Class>``.

    400  BadRequestResponseError
    401  UnauthorizedResponseError
    402  PaymentRequiredResponseError
    403  ForbiddenResponseError
    404  NotFoundResponseError
    408  RequestTimeoutResponseError
    409  ConflictResponseError
    410  GoneResponseError
    413  PayloadTooLargeResponseError
    422  UnprocessableEntityResponseError
    429  TooManyRequestsResponseError
    500  InternalServerResponseError
    502  BadGatewayResponseError
    503  ServiceUnavailableResponseError
    524  EdgeNetworkTimeoutResponseError
    529  ProviderOverloadedResponseError

Any other error status is ``modelgates.errors.ModelGatesDefaultError``. Each class is named after
the error schema of its status; ``err.data`` is the body parsed into that schema's model.
"""

from __future__ import annotations

from modelgates._exceptions import APIStatusError

__all__ = [
    "BadGatewayResponseError",
    "BadRequestResponseError",
    "ConflictResponseError",
    "EdgeNetworkTimeoutResponseError",
    "ForbiddenResponseError",
    "GoneResponseError",
    "InternalServerResponseError",
    "NotFoundResponseError",
    "PayloadTooLargeResponseError",
    "PaymentRequiredResponseError",
    "ProviderOverloadedResponseError",
    "RequestTimeoutResponseError",
    "ServiceUnavailableResponseError",
    "TooManyRequestsResponseError",
    "UnauthorizedResponseError",
    "UnprocessableEntityResponseError",
]


class BadRequestResponseError(APIStatusError):
    """400: Bad Request - Invalid request parameters or malformed input."""

    model_path = "bad_request_response.BadRequestResponse"


class UnauthorizedResponseError(APIStatusError):
    """401: Unauthorized - Authentication required or invalid credentials."""

    model_path = "unauthorized_response.UnauthorizedResponse"


class PaymentRequiredResponseError(APIStatusError):
    """402: Payment Required - Insufficient credits or quota to complete request."""

    model_path = "payment_required_response.PaymentRequiredResponse"


class ForbiddenResponseError(APIStatusError):
    """403: Forbidden - Authentication successful but insufficient permissions, or blocked by moderation or a guardrail."""

    model_path = "forbidden_response.ForbiddenResponse"


class NotFoundResponseError(APIStatusError):
    """404: Not Found - Resource does not exist."""

    model_path = "not_found_response.NotFoundResponse"


class RequestTimeoutResponseError(APIStatusError):
    """408: Request Timeout - Operation exceeded time limit. Retried by default."""

    model_path = "request_timeout_response.RequestTimeoutResponse"


class ConflictResponseError(APIStatusError):
    """409: Conflict - Resource conflict or concurrent modification."""

    model_path = "conflict_response.ConflictResponse"


class GoneResponseError(APIStatusError):
    """410: Gone - Endpoint has been permanently removed or deprecated."""

    model_path = "gone_response.GoneResponse"


class PayloadTooLargeResponseError(APIStatusError):
    """413: Payload Too Large - Request payload exceeds size limits."""

    model_path = "payload_too_large_response.PayloadTooLargeResponse"


class UnprocessableEntityResponseError(APIStatusError):
    """422: Unprocessable Entity - Semantic validation failure."""

    model_path = "unprocessable_entity_response.UnprocessableEntityResponse"


class TooManyRequestsResponseError(APIStatusError):
    """429: Too Many Requests - Rate limit exceeded. Retried by default."""

    model_path = "too_many_requests_response.TooManyRequestsResponse"


class InternalServerResponseError(APIStatusError):
    """500: Internal Server Error - Unexpected server error. Retried by default."""

    model_path = "internal_server_response.InternalServerResponse"


class BadGatewayResponseError(APIStatusError):
    """502: Bad Gateway - Provider/upstream API failure. Retried by default."""

    model_path = "bad_gateway_response.BadGatewayResponse"


class ServiceUnavailableResponseError(APIStatusError):
    """503: Service Unavailable - Service temporarily unavailable. Retried by default."""

    model_path = "service_unavailable_response.ServiceUnavailableResponse"


class EdgeNetworkTimeoutResponseError(APIStatusError):
    """524: Infrastructure Timeout - Provider request timed out at edge network. Retried by default."""

    model_path = "edge_network_timeout_response.EdgeNetworkTimeoutResponse"


class ProviderOverloadedResponseError(APIStatusError):
    """529: Provider Overloaded - Provider is temporarily overloaded. Retried by default."""

    model_path = "provider_overloaded_response.ProviderOverloadedResponse"


# The class of each status; the class of any other 4XX/5XX is ModelGatesDefaultError.
ERROR_CLASSES_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestResponseError,
    401: UnauthorizedResponseError,
    402: PaymentRequiredResponseError,
    403: ForbiddenResponseError,
    404: NotFoundResponseError,
    408: RequestTimeoutResponseError,
    409: ConflictResponseError,
    410: GoneResponseError,
    413: PayloadTooLargeResponseError,
    422: UnprocessableEntityResponseError,
    429: TooManyRequestsResponseError,
    500: InternalServerResponseError,
    502: BadGatewayResponseError,
    503: ServiceUnavailableResponseError,
    524: EdgeNetworkTimeoutResponseError,
    529: ProviderOverloadedResponseError,
}
